/**
 * 18 U.S.C. § 3161(h)(2): deferred prosecution.
 */
import { exclusion, STA } from './provision.ts';

export const deferredProsecution = exclusion({
  kind: 'deferredProsecution',
  label: 'Deferred prosecution',
  citation: `${STA} 3161(h)(2)`,
  formerCitations: { '1975': '(h)(2)', '1979-2008': '(h)(2)' },
  aoCodes: [{ code: 'K', meaning: 'prosecution deferred by written agreement' }],
  text: 'Any period of delay during which prosecution is deferred by the attorney for the Government pursuant to written agreement with the defendant, with the approval of the court, for the purpose of allowing the defendant to demonstrate his good conduct',
  automatic: true,
  period: 'the deferral period, when there is a written agreement, court approval and a good-conduct purpose',
  inForce: { from: null, to: null },
  docketCites: { current: '2', before2008: '2' },
  parameters: [],
});
