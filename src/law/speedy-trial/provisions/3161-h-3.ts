/**
 * 18 U.S.C. § 3161(h)(3)(A): absence or unavailability of the defendant or an essential witness.
 */

import type { EventOf } from '../../../case/events.ts';
import type { Ctx, Ev } from '../context.ts';
import { addWindow, type Window } from '../window.ts';
import { addProceedingWindow, type OrderWindows, proceedingPeriod } from '../window-terms.ts';
import { exclusion, STA } from './provision.ts';

export const absenceUnavailability = exclusion({
  kind: 'absenceUnavailability',
  label: 'Absence or unavailability of the defendant or an essential witness',
  citation: `${STA} 3161(h)(3)(A)`,
  formerCitations: { '1975': '(h)(3)(A)', '1979-2008': '(h)(3)(A)' },
  aoCodes: [{ code: 'M', meaning: 'absence or unavailability of defendant or essential witness' }],
  text: 'Any period of delay resulting from the absence or unavailability of the defendant or an essential witness',
  automatic: true,
  period:
    'the period of absence or unavailability as defined in (h)(3)(B); the Government goes forward with the evidence (§ 3162(a)(2))',
  inForce: { from: null, to: null },
  docketCites: { current: '3', before2008: '3' },
  parameters: [],
});

/**
 * The period of a `proceeding` event for the defendant's absence or a witness's unavailability, flagged: the
 * Government goes forward with the evidence (§ 3162(a)(2)).
 */
export function absenceWindows(ctx: Ctx, ev: Ev<EventOf<'proceeding'>>, out: Window[]): void {
  const { from, to, base } = proceedingPeriod(ev);
  const absence = ev.e.proceeding === 'absence';
  const waitingFor = absence ? 'the defendant’s appearance' : 'the end of the unavailability';
  addProceedingWindow(out, ctx, ev, {
    ...base,
    kind: 'absenceUnavailability',
    from,
    to,
    excludes: true,
    part: 'h3',
    label: absence ? 'Absence' : 'Unavailability',
    flags: ['governmentBurden'],
    waitingFor,
  });
}

/** An order excluding time for absence or unavailability: the period it names, flagged for the burden. */
export const absenceOrderWindows: OrderWindows = (ctx, o, out) => {
  addWindow(out, ctx, {
    ...o.base,
    kind: o.ev.e.basis,
    from: o.from,
    to: o.to,
    excludes: true,
    part: 'h3',
    flags: [...o.flags, 'governmentBurden'],
    aoCode: o.aoCode,
  });
};
