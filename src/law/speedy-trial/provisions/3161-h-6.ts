/**
 * 18 U.S.C. § 3161(h)(6): joined co-defendant ((h)(7) from 1979 to 2008).
 */

import { addWindow } from '../window.ts';
import type { OrderWindows } from '../window-terms.ts';
import { exclusion, STA } from './provision.ts';

export const codefendant = exclusion({
  kind: 'codefendant',
  label: 'Joined co-defendant',
  citation: `${STA} 3161(h)(6)`,
  formerCitations: { '1975': null, '1979-2008': '(h)(7)' },
  aoCodes: [{ code: 'R', meaning: 'awaiting trial of a co-defendant, no severance' }],
  text: 'A reasonable period of delay when the defendant is joined for trial with a codefendant as to whom the time for trial has not run and no motion for severance has been granted',
  automatic: true,
  period:
    'each excludable period of a joined co-defendant, until severance; flagged for a reasonableness review',
  inForce: { from: null, to: null },
  docketCites: { current: '6', before2008: '7' },
  parameters: [],
});

/**
 * An order excluding time for a joined co-defendant: the period it names, flagged so the reasonableness of the
 * delay is reviewed. (The periods imported from a co-defendant's own windows are the engine's `covers.ts`.)
 */
export const codefendantOrderWindows: OrderWindows = (ctx, o, out) => {
  addWindow(out, ctx, {
    ...o.base,
    kind: o.ev.e.basis,
    from: o.from,
    to: o.to,
    excludes: true,
    part: 'h6',
    flags: [...o.flags, 'codefendantOrder', 'reviewReasonableness'],
    aoCode: o.aoCode,
  });
};
