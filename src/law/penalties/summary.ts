/**
 * The exposure summary as rows of words (floor, ceiling, life, supervised release, fines, assessments), each
 * figure followed by its citations: the command line and the web app print the same rows.
 */
import type { ScenarioExposure } from './schema.ts';
import type { Years } from './types.ts';

export const formatYears = (y: Years): string => (y === 'life' ? 'life' : `${y} year${y === 1 ? '' : 's'}`);
export const formatRange = (p: { min: Years; max: Years }): string =>
  p.min === 'life'
    ? 'mandatory life'
    : p.min === 0
      ? `up to ${formatYears(p.max)}`
      : `${formatYears(p.min)} to ${formatYears(p.max)}`;
export const usd = (n: number): string => `$${n.toLocaleString('en-US')}`;

export const shortCite = (c: string) =>
  c.replace(/18 U\.S\.C\. /g, '').replace(/21 U\.S\.C\. /g, '21 U.S.C. ');

/** `value (citation; …)` with duplicate citations removed. */
export function cite(value: string, citation: string, extra: string[] = []): string {
  const all = [...new Set([...extra, citation].map(shortCite))].join('; ');
  return `${value} (${all})`;
}

export interface SummaryRow {
  label: string;
  /** One cell per scenario, in order. */
  cells: string[];
}

export function exposureSummaryRows(scenarios: readonly ScenarioExposure[]): SummaryRow[] {
  const row = (
    label: string,
    cell: (t: ScenarioExposure['totals'], s: ScenarioExposure) => string,
  ): SummaryRow => ({
    label,
    cells: scenarios.map((s) => cell(s.totals, s)),
  });
  return [
    row('Mandatory floor', (t) =>
      t.floor.parts.length === 0
        ? 'none'
        : cite(
            formatYears(t.floor.years),
            t.floor.citation,
            t.floor.parts.map((p) => p.citation),
          ),
    ),
    row('Ceiling (all consecutive)', (t) => cite(formatYears(t.ceiling.years), t.ceiling.citation)),
    row('Life', (t) =>
      t.life.mandatory ? 'mandatory' : t.life.available ? `available (${t.life.counts.join(', ')})` : 'no',
    ),
    row('Supervised release', (t) =>
      t.supervisedRelease
        ? cite(
            formatRange(t.supervisedRelease),
            t.supervisedRelease.citation.replace('; 18 U.S.C. § 3624(e)', ''),
          )
        : '—',
    ),
    row('Maximum fine', (t, s) =>
      cite(
        `${usd(t.fines.maxUsd)} or 2× gain/loss`,
        t.fines.citation,
        s.counts.flatMap((c) => (c.fine?.citation.includes('3571(b)(1)') ? [c.fine.citation] : [])),
      ),
    ),
    row('Assessment § 3013', (t) => cite(usd(t.assessments.section3013Usd), '§ 3013(a)')),
    row('Assessment § 3014', (t) => {
      const a = t.assessments;
      if (a.section3014Status === 'notApplicable') return 'none (§ 3014(a))';
      const r = a.section3014Rule;
      const unit =
        r.unit === 'unsettled'
          ? `per count; ${usd(r.perOffenderUsd)} if once per offender — unsettled${r.circuit ? ` in the ${r.circuit} Cir.` : ''}`
          : r.unit === 'perOffender'
            ? `once per offender${r.source === 'circuit' ? `, ${r.circuit} Cir.: ${r.authority?.split(',')[0]}` : ', by option'}`
            : `per count${r.source === 'circuit' ? `, ${r.circuit} Cir.: ${r.authority?.split(',')[0]}` : ', by option'}`;
      const flags = [
        unit,
        a.section3014Condition === 'unknownIndigency' ? 'if not indigent' : '',
        a.section3014Status === 'unverified' ? 'in force at sentencing unverified' : '',
      ].filter(Boolean);
      return `${usd(a.section3014Usd)} (§ 3014(a); ${flags.join('; ')})`;
    }),
    row('Probation barred', (t, s) =>
      t.probationBarred.length === 0
        ? 'no'
        : t.probationBarred
            .map((label) => {
              const c = s.counts.find((x) => x.label === label);
              return `${label} (${shortCite(c?.probationBarred ?? '')})`;
            })
            .join(', '),
    ),
    ...(scenarios.some((s) => s.totals.capital.length > 0)
      ? [
          row('Death penalty', (t, s) =>
            t.capital.length === 0
              ? 'no'
              : `authorized: ${t.capital.map((label) => `${label} (${shortCite(s.counts.find((x) => x.label === label)?.capital?.citation ?? '')})`).join(', ')}`,
          ),
        ]
      : []),
    row('Complete', (t) =>
      t.complete ? 'yes' : `no: ${t.unresolved.map((u) => u.label).join(', ')} unresolved`,
    ),
  ];
}
