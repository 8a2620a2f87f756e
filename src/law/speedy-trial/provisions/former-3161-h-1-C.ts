/**
 * 18 U.S.C. § 3161(h)(1)(C) (1979–2008): NARA deferral of prosecution (repealed).
 */

import { type OrderWindows, repealedBasisWindows } from '../window-terms.ts';
import { exclusion, NARA_REPEALED_AFTER, STA } from './provision.ts';

export const naraDeferral = exclusion({
  kind: 'naraDeferral',
  label: 'NARA deferral of prosecution (repealed)',
  citation: `${STA} 3161(h)(1)(C) (1979–2008)`,
  formerCitations: { '1975': null, '1979-2008': '(h)(1)(C)' },
  aoCodes: [],
  text: 'delay resulting from deferral of prosecution pursuant to section 2902 of title 28, United States Code',
  automatic: true,
  period: 'the deferral; struck in 2008',
  inForce: { from: null, to: NARA_REPEALED_AFTER },
  docketCites: { current: null, before2008: '1C' },
  parameters: [],
});

/** An order excluding time on this basis: excluded through the repeal, counted after it. */
export const naraDeferralOrderWindows: OrderWindows = (ctx, o, out) =>
  repealedBasisWindows(ctx, o, out, NARA_REPEALED_AFTER);
