/**
 * 18 U.S.C. § 3161(h)(1)(F): transportation ((h)(1)(H) from 1979 to 2008).
 */

import { type Ctx, cite, type Ev, eventsOf, isKnown } from '../context.ts';
import { nthBusinessDayAfter } from '../court-days.ts';
import { type Day, dayOf, describeDay, OPEN } from '../days.ts';
import type { FlagCode } from '../flags.ts';
import { addWindow, type Window } from '../window.ts';
import type { OrderWindows } from '../window-terms.ts';
import { exclusion, STA } from './provision.ts';

/** "in excess of ten days from the date an order … directing such transportation": beyond it, presumed unreasonable. */
export const TRANSPORTATION_CAP_DAYS = 10;

export const transportation = exclusion({
  kind: 'transportation',
  label: 'Transportation',
  citation: `${STA} 3161(h)(1)(F)`,
  formerCitations: { '1975': null, '1979-2008': '(h)(1)(H)' },
  aoCodes: [{ code: 'J', meaning: `transportation, at most ${TRANSPORTATION_CAP_DAYS} days` }],
  text: "delay resulting from transportation of any defendant from another district, or to and from places of examination or hospitalization, except that any time consumed in excess of ten days from the date an order of removal or an order directing such transportation, and the defendant's arrival at the destination shall be presumed to be unreasonable",
  automatic: true,
  period:
    'days 1–10 after the order, up to arrival; later days are counted as presumed unreasonable unless a finding rebuts the presumption',
  inForce: { from: null, to: null },
  docketCites: { current: '1F', before2008: '1H' },
  parameters: [
    {
      name: 'capDays',
      value: TRANSPORTATION_CAP_DAYS,
      unit: 'days',
      words:
        'in excess of ten days from the date an order of removal or an order directing such transportation',
      from: null,
    },
  ],
});

/**
 * (h)(1)(F): "delay resulting from transportation of any defendant from another district, or to and from places
 * of examination or hospitalization, except that any time consumed in excess of ten days from the date an order
 * of removal or an order directing such transportation, and the defendant's arrival at the destination shall be
 * presumed to be unreasonable". The one implementation, for the `transportation` event and for a `timeExclusion`
 * on that basis: the ten days run from the order date (day 0, Rule 45(a)(1)(A)); days 1–10 up to the arrival are
 * excluded; days 11 → arrival are counted and flagged, unless a finding that the time was reasonable is recorded.
 * The order day itself lies in the removal (E) or examination (A) proceeding, so the event excludes it only
 * through that proceeding; an order that names it in its own window ("excluded from X") excludes it
 * (`orderDayExcluded`). Option transportDays counts the ten days as calendar or business days.
 */
export function transportationWindows(
  ctx: Ctx,
  out: Window[],
  spec: {
    order: Day;
    arrival: Day | undefined;
    reasonable: boolean;
    defendants: readonly number[];
    sources: Ev[];
    label: string;
    orderDayExcluded: boolean;
    flags?: FlagCode[];
    aoCode?: string;
    citedAs?: string;
  },
): void {
  const { order, arrival, reasonable, defendants, sources, label } = spec;
  const first = sources[0]!;
  const tenth =
    ctx.options.transportDays === 'excludeWeekendsHolidays'
      ? nthBusinessDayAfter(ctx, order, TRANSPORTATION_CAP_DAYS)
      : order + TRANSPORTATION_CAP_DAYS;
  const extra = {
    ...(spec.aoCode ? { aoCode: spec.aoCode } : {}),
    ...(spec.citedAs ? { citedAs: spec.citedAs } : {}),
  };
  const flags: FlagCode[] = [
    ...(spec.flags ?? []),
    ...(arrival === undefined ? ['arrivalNotRecorded' as const] : []),
  ];
  addWindow(out, ctx, {
    kind: 'transportation',
    from: spec.orderDayExcluded ? order : order + 1,
    to: arrival === undefined ? tenth : Math.min(arrival, tenth),
    excludes: true,
    defendants,
    sources,
    part: 'h1F',
    label,
    flags,
    ...extra,
    note: `Order ${describeDay(order)}; ${arrival === undefined ? 'arrival not recorded' : `arrival ${describeDay(arrival)}`}; ten days end ${describeDay(tenth)} (transportDays=${ctx.options.transportDays}).`,
  });
  if (arrival !== undefined && arrival > tenth) {
    addWindow(out, ctx, {
      kind: 'transportation',
      from: tenth + 1,
      to: arrival,
      excludes: reasonable,
      defendants,
      sources,
      part: 'h1F-over',
      label: `${label}, beyond ten days`,
      flags: [...(spec.flags ?? []), reasonable ? 'presumptionRebutted' : 'presumedUnreasonable'],
      ...extra,
    });
    if (!reasonable) {
      ctx.warnings.push({
        code: 'presumedUnreasonable',
        severity: 'warning',
        message: `${cite(ctx, first)}: transportation took ${arrival - order} days from the order (${describeDay(order)}) to arrival (${describeDay(arrival)}); the ${arrival - tenth} day(s) beyond the tenth are presumed unreasonable and counted (§ 3161(h)(1)(F)) unless a finding rebuts the presumption.`,
        events: [first.e.id],
        defendants,
        date: first.e.date,
      });
    }
  }
}

/** The windows of each `transportation` event. */
export function transportationEventWindows(ctx: Ctx, out: Window[]): void {
  for (const ev of eventsOf(ctx, 'transportation')) {
    const e = ev.e;
    const arrivalDay = e.arrival ? dayOf(e.arrival) : undefined;
    transportationWindows(ctx, out, {
      order: ev.day,
      arrival: arrivalDay !== undefined && isKnown(ctx, ev, arrivalDay) ? arrivalDay : undefined,
      reasonable: e.delayFoundReasonable,
      defendants: e.defendants,
      sources: [ev],
      label: `Transportation (${e.purpose}${e.destination ? ` to ${e.destination}` : ''})`,
      orderDayExcluded: false,
    });
  }
}

/**
 * An order excluding time for transportation: the same windows as the event; the order's first day is the order
 * date, and the order names it in its own window, so it is excluded.
 */
export const transportationOrderWindows: OrderWindows = (ctx, o, out) => {
  const { ev, from, to, flags, base, aoCode } = o;
  transportationWindows(ctx, out, {
    order: from,
    arrival: to === OPEN ? undefined : to,
    reasonable: false,
    defendants: ev.e.defendants,
    sources: base.sources,
    label: transportation.label,
    orderDayExcluded: true,
    flags,
    ...(aoCode ? { aoCode } : {}),
    ...(ev.e.citedAs ? { citedAs: ev.e.citedAs } : {}),
  });
};
