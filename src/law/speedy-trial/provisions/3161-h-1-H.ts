/**
 * 18 U.S.C. § 3161(h)(1)(H): under advisement ((h)(1)(J) from 1979 to 2008).
 */
import { exclusion, STA } from './provision.ts';

/** "not to exceed thirty days": the days under advisement the period may last. */
export const ADVISEMENT_CAP_DAYS = 30;

export const underAdvisement = exclusion({
  kind: 'underAdvisement',
  label: 'Under advisement',
  citation: `${STA} 3161(h)(1)(H)`,
  formerCitations: { '1975': '(h)(1)(G)', '1979-2008': '(h)(1)(J)' },
  aoCodes: [{ code: 'G', meaning: `proceeding under advisement, at most ${ADVISEMENT_CAP_DAYS} days` }],
  text: 'delay reasonably attributable to any period, not to exceed thirty days, during which any proceeding concerning the defendant is actually under advisement by the court',
  automatic: true,
  period: 'from the day after the court has everything it needs, at most 30 days per matter',
  inForce: { from: null, to: null },
  docketCites: { current: '1H', before2008: '1J' },
  parameters: [
    {
      name: 'capDays',
      value: ADVISEMENT_CAP_DAYS,
      unit: 'days',
      words: 'not to exceed thirty days',
      from: null,
    },
  ],
});
