/** `pretrial guidelines <case-file>`: the Guidelines range per defendant and scenario, with its trail. */
import { parseCaseFile } from '../../case/index.ts';
import {
  type CaseGuidelines,
  caseGuidelines,
  formatRange,
  type GuidelineStep,
  GuidelinesInputError,
  signed,
} from '../../law/guidelines/index.ts';
import { formatYears } from '../../law/penalties/index.ts';
import { dateOption, today } from '../dates.ts';
import { CliError, defendantOption, type Out, readText, table } from '../io.ts';

export interface GuidelinesCliOptions {
  defendant?: string;
  manual?: string;
  plea?: string;
  json?: boolean;
  asOf?: string;
  sentencing?: string;
  offers?: string;
  trail?: string;
}

const MARK: Record<GuidelineStep['status'], string> = {
  applied: '+',
  notApplicable: '·',
  disputed: '?',
  notComputed: '!',
  info: ' ',
};

export function guidelinesCommand(path: string, opts: GuidelinesCliOptions, out: Out): number {
  const parsed = parseCaseFile(readText(path));
  if (!parsed.ok) {
    out.error(
      `pretrial: ${path} is not a valid case file (${parsed.issues.length} problems); run pretrial validate ${path}`,
    );
    return 1;
  }
  const defendant = defendantOption(opts.defendant);
  let manual: number | undefined;
  if (opts.manual !== undefined) {
    if (!/^(2023|2024|2025)$/.test(opts.manual))
      throw new CliError(`--manual must be 2023, 2024 or 2025, got "${opts.manual}"`);
    manual = Number(opts.manual);
  }
  const pleaCounts = opts.plea
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (opts.plea !== undefined && (!pleaCounts || pleaCounts.length === 0))
    throw new CliError('--plea needs count numbers separated by commas, e.g. --plea 2s,3s');
  if (pleaCounts && defendant === undefined) throw new CliError('--plea needs --defendant N (whose counts?)');
  const offers = opts.offers ?? 'open';
  if (offers !== 'open' && offers !== 'all' && offers !== 'none')
    throw new CliError(`--offers must be open, all or none, got "${offers}"`);
  const trail = opts.trail ?? 'applied';
  if (!['none', 'applied', 'all'].includes(trail))
    throw new CliError(`--trail must be none, applied or all, got "${trail}"`);
  const asOf = dateOption('--as-of', opts.asOf) ?? today();
  const sentencingDate = dateOption('--sentencing', opts.sentencing);
  let result: CaseGuidelines;
  try {
    result = caseGuidelines(parsed.caseFile, {
      asOf,
      ...(defendant !== undefined ? { defendant } : {}),
      ...(pleaCounts ? { pleaCounts } : {}),
      ...(manual !== undefined ? { manual } : {}),
      ...(sentencingDate ? { sentencingDate } : {}),
      offers,
    });
  } catch (e) {
    if (e instanceof GuidelinesInputError) throw new CliError(e.message);
    throw e;
  }
  if (opts.json) {
    out.log(JSON.stringify(result, null, 2));
    return 0;
  }
  out.log(`${result.caption} — U.S. Sentencing Guidelines, as of ${result.asOf}`);
  for (const d of result.defendants) {
    out.log('');
    out.log(`(${d.defendant}) ${d.name}`);
    for (const w of d.warnings) out.log(`  ! ${w}`);
    if (!d.hasFacts) continue;
    if (d.readings.length > 1) {
      out.log('  Readings:');
      for (const r of d.readings) out.log(`    ${r.id}: ${r.label}`);
    }
    const rows = d.scenarios.flatMap((s) =>
      s.results.map((x) => [
        s.scenario,
        x.reading,
        `${x.manual.edition}`,
        x.result.totalOffenseLevel === null ? '?' : `${x.result.totalOffenseLevel}`,
        x.result.criminalHistory.category,
        x.result.range ? formatRange(x.result.range) : 'unknown',
        x.result.restricted ? formatRange(x.result.restricted.range) : '',
        `${formatYears(s.exposure.floor)} – ${formatYears(s.exposure.ceiling)}`,
        x.result.complete ? '' : `missing facts: ${x.result.missing.join(', ')}`,
      ]),
    );
    out.log('');
    for (const line of table(
      [
        'Scenario',
        'Reading',
        'Manual',
        'Level',
        'CHC',
        'Range',
        'With statutory limits',
        'Statute (floor – ceiling)',
        '',
      ],
      rows,
    ))
      out.log(`  ${line}`);
    if (trail === 'none') continue;
    for (const s of d.scenarios) {
      const first = s.results[0];
      if (!first) continue;
      out.log('');
      out.log(`  Trail — ${s.scenario} (${first.reading}): ${s.description}`);
      for (const st of first.result.steps) {
        if (trail === 'applied' && st.status === 'notApplicable') continue;
        const lvl = st.levelAfter !== undefined ? ` → ${st.levelAfter}` : '';
        const chg = st.change !== undefined && st.change !== 0 ? ` ${signed(st.change)}` : '';
        out.log(
          `    ${MARK[st.status]} ${st.citation}${st.unit ? ` [${st.unit}]` : ''}: ${st.title}${chg}${lvl} — ${st.text}`,
        );
        for (const f of st.facts) if (!f.endsWith('not recorded')) out.log(`        ${f}`);
      }
    }
  }
  return 0;
}
