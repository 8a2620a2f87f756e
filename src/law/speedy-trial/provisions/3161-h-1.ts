/**
 * 18 U.S.C. § 3161(h)(1): other proceeding concerning the defendant.
 */

import type { EventOf } from '../../../case/events.ts';
import { type Ctx, cite, type Ev } from '../context.ts';
import type { Day } from '../days.ts';
import type { FlagCode } from '../flags.ts';
import { addWindow, type Window } from '../window.ts';
import {
  addProceedingWindow,
  eventText,
  type OrderBase,
  type OrderWindows,
  proceedingPeriod,
} from '../window-terms.ts';
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

/** An order or continuance that speaks of plea negotiations ("plea discussions", "negotiating a resolution"). */
export const PLEA_NEGOTIATIONS =
  /plea\s+(negotiation|discussion|talk)s?|negotiat\w*\s+(a\s+)?(plea|disposition|resolution)/i;

/**
 * Plea negotiations (docs/speedy-trial.md, "Plea negotiations"): negotiation time is not an (h)(1) proceeding;
 * it is excluded only by an (h)(7) order with findings (Bloate, 559 U.S. 196; White v. United States, 138 S. Ct. 641 (2018) (GVR on the Solicitor General's
 * confession); 6th Cir. White; 11th Cir. Mathurin). Option pleaNegotiation=automatic reproduces pre-Bloate
 * computations.
 */
export function pleaNegotiationWindow(
  ctx: Ctx,
  ev: Ev,
  out: Window[],
  from: Day,
  to: Day,
  flags: FlagCode[],
  base: OrderBase,
) {
  const automatic = ctx.options.pleaNegotiation === 'automatic';
  addWindow(out, ctx, {
    ...base,
    kind: 'otherProceeding',
    from,
    to,
    excludes: automatic,
    part: 'plea-negotiations',
    label: 'Plea negotiations',
    flags: [...flags, automatic ? 'pleaNegotiationsAutomatic' : 'pleaNegotiationsNotExcluded'],
  });
  if (!automatic) {
    ctx.warnings.push({
      code: 'pleaNegotiationsNotExcluded',
      severity: 'warning',
      message: `${cite(ctx, ev)}: time for plea negotiations without an ends-of-justice order with findings is not excludable (Bloate; White) — the days are counted.`,
      events: [ev.e.id],
      defendants: ev.e.defendants,
      date: ev.e.date,
    });
  }
}

/** The period of any other `proceeding` event concerning the defendant: its first through its last day. */
export function otherProceedingWindows(ctx: Ctx, ev: Ev<EventOf<'proceeding'>>, out: Window[]): void {
  const { from, to, base } = proceedingPeriod(ev);
  const waitingFor = 'the end of the proceeding';
  addProceedingWindow(out, ctx, ev, {
    ...base,
    kind: 'otherProceeding',
    from,
    to,
    excludes: true,
    part: 'h1',
    waitingFor,
  });
}

/**
 * An order excluding time for another proceeding: the period it names — unless what it names is plea
 * negotiations, which no (h)(1) proceeding covers (`pleaNegotiationWindow`).
 */
export const otherProceedingOrderWindows: OrderWindows = (ctx, o, out) => {
  const { ev, from, to, flags, base, aoCode } = o;
  if (PLEA_NEGOTIATIONS.test(eventText(ctx, ev))) {
    pleaNegotiationWindow(ctx, ev, out, from, to, flags, base);
    return;
  }
  addWindow(out, ctx, { ...base, kind: ev.e.basis, from, to, excludes: true, part: 'h1', flags, aoCode });
};
