/**
 * 18 U.S.C. § 3161(h)(1)(B): trial on other charges ((h)(1)(D) from 1979 to 2008).
 */

import type { EventOf } from '../../../case/events.ts';
import type { Ctx, Ev } from '../context.ts';
import type { Window } from '../window.ts';
import { addProceedingWindow, proceedingPeriod } from '../window-terms.ts';
import { exclusion, STA } from './provision.ts';

export const otherTrial = exclusion({
  kind: 'otherTrial',
  label: 'Trial on other charges',
  citation: `${STA} 3161(h)(1)(B)`,
  formerCitations: { '1975': '(h)(1)(C)', '1979-2008': '(h)(1)(D)' },
  aoCodes: [{ code: 'C', meaning: 'trial on other charges' }],
  text: 'delay resulting from trial with respect to other charges against the defendant',
  automatic: true,
  period: 'first through last day of the other trial',
  inForce: { from: null, to: null },
  docketCites: { current: '1B', before2008: '1D' },
  parameters: [],
});

/** The period of a `proceeding` event for a trial on other charges: its first through its last day. */
export function otherTrialWindows(ctx: Ctx, ev: Ev<EventOf<'proceeding'>>, out: Window[]): void {
  const { from, to, base } = proceedingPeriod(ev);
  const waitingFor = 'the end of the proceeding';
  addProceedingWindow(out, ctx, ev, {
    ...base,
    kind: 'otherTrial',
    from,
    to,
    excludes: true,
    part: 'h1B',
    waitingFor,
  });
}
