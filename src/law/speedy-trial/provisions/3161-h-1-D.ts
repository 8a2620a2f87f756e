/**
 * 18 U.S.C. § 3161(h)(1)(D): pretrial motion ((h)(1)(F) from 1979 to 2008).
 */
import { exclusion, STA } from './provision.ts';

export const pretrialMotion = exclusion({
  kind: 'pretrialMotion',
  label: 'Pretrial motion',
  citation: `${STA} 3161(h)(1)(D)`,
  formerCitations: { '1975': '(h)(1)(E)', '1979-2008': '(h)(1)(F)' },
  aoCodes: [{ code: 'E', meaning: 'pretrial motions, filing to hearing or other prompt disposition' }],
  text: 'delay resulting from any pretrial motion, from the filing of the motion through the conclusion of the hearing on, or other prompt disposition of, such motion',
  automatic: true,
  period:
    'filing day through the end of the hearing, or through the last submission the court needs (Henderson); then (h)(1)(H)',
  inForce: { from: null, to: null },
  docketCites: { current: '1D', before2008: '1F' },
  parameters: [],
});
