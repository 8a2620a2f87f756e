/**
 * 18 U.S.C. § 3161(h)(1)(C): interlocutory appeal ((h)(1)(E) from 1979 to 2008).
 */
import { exclusion, STA } from './provision.ts';

export const interlocutoryAppeal = exclusion({
  kind: 'interlocutoryAppeal',
  label: 'Interlocutory appeal',
  citation: `${STA} 3161(h)(1)(C)`,
  formerCitations: { '1975': '(h)(1)(D)', '1979-2008': '(h)(1)(E)' },
  aoCodes: [{ code: 'D', meaning: 'interlocutory appeal' }],
  text: 'delay resulting from any interlocutory appeal',
  automatic: true,
  period: 'notice of appeal through the end the option appealEnd names (default: the mandate issues)',
  inForce: { from: null, to: null },
  docketCites: { current: '1C', before2008: '1E' },
  parameters: [],
});
