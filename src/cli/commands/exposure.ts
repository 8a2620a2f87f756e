import { parseCaseFile } from '../../case/index.ts';
import { isIsoDate } from '../../law/calendar/index.ts';
import {
  type CaseExposure,
  caseExposure,
  ExposureInputError,
  exposureSummaryRows,
  formatRange,
  type ScenarioExposure,
  shortCite,
  usd,
} from '../../law/penalties/index.ts';
import { pleaOfferWarnings, rule11Advisements } from '../../law/pleas/index.ts';
import {
  chargeFacts,
  detentionHearingGrounds,
  failureToAppearMaximum,
  OFFENSE_WHILE_RELEASED,
  probableCausePresumption,
} from '../../law/release/index.ts';
import { today } from '../dates.ts';
import { CliError, type Out, readText, table } from '../io.ts';

export interface ExposureCliOptions {
  defendant?: string;
  plea?: string;
  json?: boolean;
  asOf?: string;
  sentencing?: string;
  indigent?: string;
  section3014?: string;
  offers?: string;
}

function offersOption(value: string | undefined): 'open' | 'all' | 'none' {
  if (value === undefined) return 'open';
  if (value === 'open' || value === 'all' || value === 'none') return value;
  throw new CliError(`--offers must be open, all or none, got "${value}"`);
}

function date(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) throw new CliError(`${name} must be a date written YYYY-MM-DD, got "${value}"`);
  return value;
}

/** `pretrial exposure <case-file>`: statutory exposure per defendant, with plea scenarios beside it. */
export function exposureCommand(path: string, opts: ExposureCliOptions, out: Out): number {
  const parsed = parseCaseFile(readText(path));
  if (!parsed.ok) {
    out.error(
      `pretrial: ${path} is not a valid case file (${parsed.issues.length} problems); run pretrial validate ${path}`,
    );
    return 1;
  }
  let defendant: number | undefined;
  if (opts.defendant !== undefined) {
    if (!/^\d+$/.test(opts.defendant))
      throw new CliError(`--defendant must be a defendant number, got "${opts.defendant}"`);
    defendant = Number(opts.defendant);
  }
  const indigent =
    opts.indigent === undefined || opts.indigent === 'unknown'
      ? 'unknown'
      : opts.indigent === 'yes'
        ? true
        : opts.indigent === 'no'
          ? false
          : undefined;
  if (indigent === undefined)
    throw new CliError(`--indigent must be yes, no or unknown, got "${opts.indigent}"`);
  const unit = opts.section3014 ?? 'per-count';
  if (unit !== 'per-count' && unit !== 'per-defendant')
    throw new CliError(`--section-3014 must be per-count or per-defendant, got "${unit}"`);
  const pleaCounts = opts.plea
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (opts.plea !== undefined && (!pleaCounts || pleaCounts.length === 0))
    throw new CliError('--plea needs count numbers separated by commas, e.g. --plea 2s,3s');
  if (pleaCounts && defendant === undefined) throw new CliError('--plea needs --defendant N (whose counts?)');

  const asOf = date('--as-of', opts.asOf) ?? today();
  const sentencingDate = date('--sentencing', opts.sentencing);
  let result: CaseExposure;
  try {
    result = caseExposure(
      parsed.caseFile,
      {
        asOf,
        ...(sentencingDate ? { sentencingDate } : {}),
        indigent,
        section3014Unit: unit === 'per-defendant' ? 'perDefendant' : 'perCount',
      },
      {
        ...(defendant !== undefined ? { defendant } : {}),
        ...(pleaCounts ? { pleaCounts } : {}),
        offers: offersOption(opts.offers),
      },
    );
  } catch (e) {
    if (e instanceof ExposureInputError) throw new CliError(e.message);
    throw e;
  }
  const warnings = pleaOfferWarnings(parsed.caseFile, asOf).filter(
    (w) => defendant === undefined || w.defendant === defendant,
  );
  if (opts.json) {
    const advisements = result.defendants.flatMap((d) =>
      d.scenarios.map((s) => ({
        defendant: d.defendant,
        scenario: s.scenario,
        advisements: rule11Advisements(s),
      })),
    );
    out.log(
      JSON.stringify({ ...result, pleaOfferWarnings: warnings, rule11Advisements: advisements }, null, 2),
    );
    return 0;
  }
  out.log(`${result.caption} — statutory exposure as of ${result.asOf}`);
  out.log(
    `Options: indigent=${String(result.options.indigent)}; § 3014 ${result.options.section3014Unit}; sentencing date ${result.options.sentencingDate}`,
  );
  for (const d of result.defendants) {
    out.log('');
    out.log(`(${d.defendant}) ${d.name}`);
    const scenarios = [d.indictment, ...d.scenarios];
    out.log('');
    for (const line of summaryTable(scenarios)) out.log(`  ${line}`);
    for (const s of scenarios) {
      out.log('');
      out.log(`  ${s.scenario === 'indictment' ? 'Indictment' : s.scenario}: ${s.description}`);
      for (const line of countTable(s)) out.log(`    ${line}`);
      const notes = [...new Set(s.counts.flatMap((c) => c.notes.map((n) => `${c.label}: ${n}`)))];
      for (const u of s.totals.unresolved) out.log(`    ! ${u.label} not resolved: ${u.problem}`);
      if (!s.totals.complete) out.log('    ! the totals leave out the counts not resolved');
      for (const n of notes) out.log(`    - ${n}`);
      if (s.scenario !== 'indictment') {
        out.log('    Rule 11(b)(1) advisements for this plea:');
        for (const a of rule11Advisements(s)) out.log(`      ${a.clause} ${a.text}`);
      }
    }
    out.log('');
    out.log('  Release consequences of the pending counts (18 U.S.C. §§ 3142, 3146, 3147):');
    for (const line of releaseLines(parsed.caseFile, d.defendant, asOf)) out.log(`    ${line}`);
    for (const w of d.warnings) out.log(`  ! ${w}`);
    for (const w of warnings.filter((x) => x.defendant === d.defendant))
      out.log(`  ! ${w.citation}: ${w.message}`);
  }
  return 0;
}

function releaseLines(file: Parameters<typeof chargeFacts>[0], defendant: number, asOf: string): string[] {
  const facts = file.counts
    .filter((c) => c.defendant === defendant && c.status === 'pending')
    .map((c) => chargeFacts(file, c, asOf));
  const lines = [...facts.flatMap(probableCausePresumption), ...facts.flatMap(detentionHearingGrounds)]
    .filter((f) => f.status === 'applies')
    .map((f) => `${f.citation}: ${f.text}`);
  const max = facts.reduce<number | 'life' | null>(
    (m, f) => (f.max === null ? m : m === 'life' || f.max === 'life' ? 'life' : Math.max(m ?? 0, f.max)),
    null,
  );
  const fta = failureToAppearMaximum(max);
  if (fta) lines.push(`${fta.citation}: failure to appear — ${fta.text}`);
  lines.push(
    `${OFFENSE_WHILE_RELEASED.citation}: an offense committed while released adds up to ${OFFENSE_WHILE_RELEASED.felonyYears} years (felony) or ${OFFENSE_WHILE_RELEASED.misdemeanorYears} year (misdemeanor), consecutive`,
  );
  return lines;
}

function summaryTable(scenarios: ScenarioExposure[]): string[] {
  return table(
    ['', ...scenarios.map((s) => (s.scenario === 'indictment' ? 'Indictment' : s.scenario))],
    exposureSummaryRows(scenarios).map((r) => [r.label, ...r.cells]),
  );
}

function countTable(s: ScenarioExposure): string[] {
  return table(
    ['Count', 'Citation', 'Prison', 'Class', 'Supervised release', 'Fine', '§ 3013', '§ 3014'],
    s.counts.map((c) =>
      c.status !== 'resolved'
        ? [c.label, c.citation, `${c.status}`, '', '', '', '', '']
        : [
            c.label,
            c.citation,
            `${c.prison ? formatRange(c.prison) : ''}${c.consecutive ? ', consecutive' : ''} (${shortCite(c.prison?.citation ?? '')})`,
            c.offenseClass?.class ?? '',
            c.supervisedRelease
              ? `${formatRange(c.supervisedRelease)} (${shortCite(c.supervisedRelease.citation)})`
              : '',
            c.fine ? usd(c.fine.maxUsd) : '',
            c.assessment3013 ? usd(c.assessment3013.amountUsd) : '',
            c.assessment3014?.applies ? usd(c.assessment3014.amountUsd) : '—',
          ],
    ),
  );
}
