/**
 * 18 U.S.C. § 3161(h)(5) (1979–2008): NARA treatment (repealed).
 */

import { type OrderWindows, repealedBasisWindows } from '../window-terms.ts';
import { exclusion, NARA_REPEALED_AFTER, STA } from './provision.ts';

export const naraTreatment = exclusion({
  kind: 'naraTreatment',
  label: 'NARA treatment (repealed)',
  citation: `${STA} 3161(h)(5) (1979–2008)`,
  formerCitations: { '1975': null, '1979-2008': '(h)(5)' },
  aoCodes: [{ code: 'O', meaning: 'NARA commitment' }],
  text: 'Any period of delay resulting from the treatment of the defendant pursuant to section 2902 of title 28, United States Code',
  automatic: true,
  period: 'the treatment; struck in 2008',
  inForce: { from: null, to: NARA_REPEALED_AFTER },
  docketCites: { current: null, before2008: '5' },
  parameters: [],
});

/** An order excluding time on this basis: excluded through the repeal, counted after it. */
export const naraTreatmentOrderWindows: OrderWindows = (ctx, o, out) =>
  repealedBasisWindows(ctx, o, out, NARA_REPEALED_AFTER);
