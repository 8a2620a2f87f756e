/**
 * 18 U.S.C. § 3161(h)(1)(C): interlocutory appeal ((h)(1)(E) from 1979 to 2008).
 */

import type { EventOf } from '../../../case/events.ts';
import { type Ctx, type Ev, isKnown } from '../context.ts';
import { dayOf, OPEN } from '../days.ts';
import type { FlagCode } from '../flags.ts';
import type { Window } from '../window.ts';
import { addProceedingWindow, proceedingPeriod } from '../window-terms.ts';
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

/**
 * The period of a `proceeding` event for an interlocutory appeal: from the notice of appeal to the day option
 * appealEnd names (default: the mandate issues); the stated end when the event does not give that day.
 */
export function interlocutoryAppealWindows(ctx: Ctx, ev: Ev<EventOf<'proceeding'>>, out: Window[]): void {
  const e = ev.e;
  const period = proceedingPeriod(ev);
  const { from, base } = period;
  let { to } = period;
  const flags: FlagCode[] = [];
  const pick =
    ctx.options.appealEnd === 'mandateIssued'
      ? e.mandateIssued
      : ctx.options.appealEnd === 'mandateReceived'
        ? e.mandateReceived
        : e.decided;
  if (pick !== undefined) to = dayOf(pick);
  else if (e.to !== null) flags.push('appealEndFallback');
  const waitingFor = `the ${ctx.options.appealEnd === 'decision' ? 'appellate decision' : ctx.options.appealEnd === 'mandateIssued' ? 'mandate' : 'receipt of the mandate'}`;
  if (to !== OPEN && !isKnown(ctx, ev, to)) to = OPEN;
  addProceedingWindow(out, ctx, ev, {
    ...base,
    kind: 'interlocutoryAppeal',
    from,
    to,
    excludes: true,
    part: 'h1C',
    flags,
    waitingFor,
  });
}
