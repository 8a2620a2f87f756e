/**
 * 18 U.S.C. § 3161(h)(1): other proceeding concerning the defendant.
 */
import { exclusion, STA } from './provision.ts';

export const otherProceeding = exclusion({
  kind: 'otherProceeding',
  label: 'Other proceeding concerning the defendant',
  citation: `${STA} 3161(h)(1)`,
  formerCitations: { '1975': '(h)(1)', '1979-2008': '(h)(1)' },
  aoCodes: [
    {
      code: 'H',
      meaning: 'miscellaneous proceedings: probation or parole revocation, deportation, extradition',
    },
  ],
  text: 'Any period of delay resulting from other proceedings concerning the defendant, including but not limited to',
  automatic: true,
  period:
    'start through end of the proceeding (revocation, extradition, deportation …); never a kind of delay a subparagraph governs (Bloate)',
  inForce: { from: null, to: null },
  docketCites: { current: '1', before2008: '1' },
  parameters: [],
});
