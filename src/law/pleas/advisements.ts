/**
 * Fed. R. Crim. P. 11(b)(1): before accepting a plea the court must address the defendant and make sure the
 * defendant understands, among other things, "(H) any maximum possible penalty, including imprisonment,
 * fine, and term of supervised release; (I) any mandatory minimum penalty; … (L) the court's obligation to
 * impose a special assessment". The exposure engine supplies those figures for the counts of a plea scenario;
 * (J) forfeiture, (K) restitution, (M) the Guidelines, (N) waivers and (O) immigration remain the court's.
 */
import { formatRange, formatYears, type ScenarioExposure, usd } from '../penalties/index.ts';

export interface Rule11Advisement {
  clause: string;
  citation: string;
  text: string;
}

export function rule11Advisements(s: ScenarioExposure): Rule11Advisement[] {
  const t = s.totals;
  const sr = t.supervisedRelease;
  const per = s.counts
    .filter((c) => c.status === 'resolved')
    .map((c) => `count ${c.label}: ${c.prison ? formatRange(c.prison) : '?'} (${c.prison?.citation ?? ''})`)
    .join('; ');
  const out: Rule11Advisement[] = [
    {
      clause: '(H)',
      citation: 'Fed. R. Crim. P. 11(b)(1)(H)',
      text: `Maximum possible penalty: imprisonment ${formatYears(t.ceiling.years)} if every term ran consecutively (${per}); a fine of up to ${usd(t.fines.maxUsd)} or ${t.fines.alternatives.join(', or ')}; supervised release ${sr ? `${formatRange(sr)} (${sr.citation})` : 'none'}.`,
    },
    {
      clause: '(I)',
      citation: 'Fed. R. Crim. P. 11(b)(1)(I)',
      text:
        t.floor.parts.length === 0
          ? 'No mandatory minimum penalty.'
          : `Mandatory minimum: ${formatYears(t.floor.years)} (${t.floor.text})${t.probationBarred.length ? `; probation barred on ${t.probationBarred.join(', ')}` : ''}.`,
    },
    {
      clause: '(L)',
      citation: 'Fed. R. Crim. P. 11(b)(1)(L)',
      text: `Special assessment: ${t.assessments.text}`,
    },
  ];
  if (!t.complete)
    out.push({
      clause: '—',
      citation: 'Fed. R. Crim. P. 11(b)(1)',
      text: `Incomplete: ${t.unresolved.map((u) => `${u.label} (${u.problem})`).join('; ')}.`,
    });
  return out;
}
