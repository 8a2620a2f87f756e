/**
 * 18 U.S.C. § 3161(h)(2): deferred prosecution.
 */

import type { EventOf } from '../../../case/events.ts';
import type { Ctx, Ev } from '../context.ts';
import { addWindow, type Window } from '../window.ts';
import { addProceedingWindow, type OrderWindows, proceedingPeriod } from '../window-terms.ts';
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

/** The period of a `proceeding` event for a deferral of prosecution, flagged for its elements to be checked. */
export function deferredProsecutionWindows(ctx: Ctx, ev: Ev<EventOf<'proceeding'>>, out: Window[]): void {
  const { from, to, base } = proceedingPeriod(ev);
  const waitingFor = 'the end of the proceeding';
  addProceedingWindow(out, ctx, ev, {
    ...base,
    kind: 'deferredProsecution',
    from,
    to,
    excludes: true,
    part: 'h2',
    flags: ['verifyElements'],
    waitingFor,
  });
}

/** An order excluding time for a deferral of prosecution: the period it names, flagged for its elements. */
export const deferredProsecutionOrderWindows: OrderWindows = (ctx, o, out) => {
  addWindow(out, ctx, {
    ...o.base,
    kind: o.ev.e.basis,
    from: o.from,
    to: o.to,
    excludes: true,
    part: 'h2',
    flags: [...o.flags, 'verifyElements'],
    aoCode: o.aoCode,
  });
};
