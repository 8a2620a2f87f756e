import { parseCaseFile } from '../../case/index.ts';
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
import { dateOption, today } from '../dates.ts';
import { CliError, defendantOption, type Out, readText, table } from '../io.ts';
import { fittedTable, hanging, TERMINAL_WIDTH } from '../layout.ts';

export interface ExposureCliOptions {
  defendant?: string;
  plea?: string;
  json?: boolean;
  asOf?: string;
  sentencing?: string;
  indigent?: string;
  section3014?: string;
  offers?: string;
  /** Every column, unwrapped (default: fit 120 columns, the count citation left to the prison cell). */
  wide?: boolean;
}

const UNITS = {
  'by-circuit': 'byCircuit',
  'per-count': 'perCount',
  'per-defendant': 'perDefendant',
} as const;

function offersOption(value: string | undefined): 'open' | 'all' | 'none' {
  if (value === undefined) return 'open';
  if (value === 'open' || value === 'all' || value === 'none') return value;
  throw new CliError(`--offers must be open, all or none, got "${value}"`);
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
  const defendant = defendantOption(opts.defendant);
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
  const unitName = opts.section3014 ?? 'by-circuit';
  if (!(unitName in UNITS))
    throw new CliError(`--section-3014 must be by-circuit, per-count or per-defendant, got "${unitName}"`);
  const unit = UNITS[unitName as keyof typeof UNITS];
  const pleaCounts = opts.plea
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (opts.plea !== undefined && (!pleaCounts || pleaCounts.length === 0))
    throw new CliError('--plea needs count numbers separated by commas, e.g. --plea 2s,3s');
  if (pleaCounts && defendant === undefined) throw new CliError('--plea needs --defendant N (whose counts?)');

  const asOf = dateOption('--as-of', opts.asOf) ?? today();
  const sentencingDate = dateOption('--sentencing', opts.sentencing);
  let result: CaseExposure;
  try {
    result = caseExposure(
      parsed.caseFile,
      {
        asOf,
        ...(sentencingDate ? { sentencingDate } : {}),
        indigent,
        section3014Unit: unit,
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
  // Offers are named by their date, never by their internal ids.
  const byDate = (text: string) =>
    parsed.caseFile.pleaOffers.reduce(
      (t, o) =>
        t.split(`offer ${o.id}`).join(`offer of ${o.madeOn}`).split(o.id).join(`the offer of ${o.madeOn}`),
      text,
    );
  const warnings = pleaOfferWarnings(parsed.caseFile, asOf)
    .filter((w) => defendant === undefined || w.defendant === defendant)
    .map((w) => ({ ...w, message: byDate(w.message) }));
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
  const wide = opts.wide === true;
  // Default: every line fits a 120-column terminal; --wide prints every column on one line each.
  const say = (prefix: string, text: string, indent = prefix.length) => {
    if (wide) out.log(`${prefix}${text}`);
    else for (const l of hanging(prefix, text, TERMINAL_WIDTH, indent)) out.log(l);
  };
  say('', `${result.caption} — statutory exposure as of ${result.asOf}`);
  const unitText =
    result.options.section3014Unit === 'byCircuit'
      ? `§ 3014 counted by the court's circuit${result.options.court ? ` (${result.options.court})` : ''}`
      : `§ 3014 ${result.options.section3014Unit === 'perCount' ? 'per count' : 'once per defendant'} (option)`;
  say(
    '',
    `Options: indigent=${String(result.options.indigent)}; ${unitText}; sentencing date ${result.options.sentencingDate}`,
  );
  for (const d of result.defendants) {
    out.log('');
    out.log(`(${d.defendant}) ${d.name}`);
    const scenarios = [d.indictment, ...d.scenarios];
    out.log('');
    for (const line of summaryTable(scenarios, wide)) out.log(`  ${line}`);
    const rule3014 = d.indictment.totals.assessments;
    if (rule3014.section3014Status !== 'notApplicable') say('  § 3014: ', rule3014.section3014Rule.text);
    for (const s of scenarios) {
      out.log('');
      say('  ', `${headingOf(s)}: ${s.description}`, 4);
      for (const line of countTable(s, wide)) out.log(`    ${line}`);
      const notes = [...new Set(s.counts.flatMap((c) => c.notes.map((n) => `${c.label}: ${n}`)))];
      for (const u of s.totals.unresolved) say('    ! ', `${u.label} not resolved: ${u.problem}`);
      for (const c of s.counts) if (c.eitherWay) say('    ! ', c.eitherWay.text);
      for (const c of s.counts) if (c.capital) say('    ! ', `${c.label}: ${c.capital.text}`);
      if (!s.totals.complete) say('    ! ', 'the totals leave out the counts not resolved');
      for (const n of notes) say('    - ', n);
      if (s.scenario !== 'indictment') {
        out.log('    Rule 11(b)(1) advisements for this plea:');
        for (const a of rule11Advisements(s)) say(`      ${a.clause} `, a.text);
      }
    }
    out.log('');
    say('  ', 'Release consequences of the pending counts (18 U.S.C. §§ 3142, 3146, 3147):');
    for (const line of releaseLines(parsed.caseFile, d.defendant, asOf)) say('    ', line, 6);
    for (const w of d.warnings) say('  ! ', w);
    for (const w of warnings.filter((x) => x.defendant === d.defendant))
      say('  ! ', `${w.citation}: ${w.message}`);
  }
  return 0;
}

const headingOf = (s: ScenarioExposure): string =>
  s.scenario === 'indictment' ? 'Indictment' : (s.label ?? s.scenario);

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

function summaryTable(scenarios: ScenarioExposure[], wide: boolean): string[] {
  const header = ['', ...scenarios.map(headingOf)];
  const rows = exposureSummaryRows(scenarios).map((r) => [r.label, ...r.cells]);
  return wide ? table(header, rows) : fittedTable(header, rows, { indent: 2, minWidth: 18 });
}

function countTable(s: ScenarioExposure, wide: boolean): string[] {
  const header = ['Count', 'Citation', 'Prison', 'Class', 'Supervised release', 'Fine', '§ 3013', '§ 3014'];
  const rows = s.counts.map((c) =>
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
  );
  if (wide) return table(header, rows);
  // Without --wide the charged citation is left out: the prison cell names the penalty provision, and an
  // unresolved count keeps its citation in place of the prison term.
  const narrow = rows.map((r, i) =>
    s.counts[i]?.status === 'resolved'
      ? [r[0] ?? '', ...r.slice(2)]
      : [r[0] ?? '', `${r[2]}: ${r[1]}`, ...r.slice(3)],
  );
  return fittedTable([header[0] ?? '', ...header.slice(2)], narrow, { indent: 4, minWidth: 8 });
}
