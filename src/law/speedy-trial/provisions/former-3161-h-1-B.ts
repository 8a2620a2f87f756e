/**
 * 18 U.S.C. § 3161(h)(1)(B) (1979–2008): NARA examination (repealed).
 */

import { type OrderWindows, repealedBasisWindows } from '../window-terms.ts';
import { exclusion, NARA_REPEALED_AFTER, STA } from './provision.ts';

export const naraExam = exclusion({
  kind: 'naraExam',
  label: 'NARA examination (repealed)',
  citation: `${STA} 3161(h)(1)(B) (1979–2008)`,
  formerCitations: { '1975': '(h)(1)(B)', '1979-2008': '(h)(1)(B)' },
  aoCodes: [{ code: 'B', meaning: 'NARA examination' }],
  text: 'delay resulting from any proceeding, including any examination of the defendant, pursuant to section 2902 of title 28, United States Code',
  automatic: true,
  period: 'the examination proceeding; struck in 2008',
  inForce: { from: null, to: NARA_REPEALED_AFTER },
  docketCites: { current: null, before2008: '1B' },
  parameters: [],
});

/** An order excluding time on this basis: excluded through the repeal, counted after it. */
export const naraExamOrderWindows: OrderWindows = (ctx, o, out) =>
  repealedBasisWindows(ctx, o, out, NARA_REPEALED_AFTER);
