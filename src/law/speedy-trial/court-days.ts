/**
 * The court's business days, from the legal calendar (`law/calendar`: weekends, federal and presidential
 * holidays, and the state's holidays under Rule 45(a)(6)(C)), cached per engine run.
 */
import { closedDayReasons } from '../calendar/index.ts';
import type { Ctx } from './context.ts';
import { type Day, isoOf, plainDateOf } from './days.ts';

/** Why `day` is not a day a period counted forward can end on in the case's court (empty: a business day). */
export function closedReasons(ctx: Ctx, day: Day): string[] {
  const cached = ctx.closedDays.get(day);
  if (cached) return cached;
  const reasons = closedDayReasons(plainDateOf(day), { district: ctx.court, direction: 'forward' }).map(
    (r) => r.text,
  );
  ctx.closedDays.set(day, reasons);
  return reasons;
}

/**
 * Fed. R. Crim. P. 45(a)(1)(C): "if the last day is a Saturday, Sunday, or legal holiday, the period continues
 * to run until the end of the next day that is not a Saturday, Sunday, or legal holiday." Whether this reaches
 * the Speedy Trial limits is unsettled (docs/speedy-trial.md, "Counting", rule 8; option lastDayRoll); the engine shows both dates.
 */
export function rollForward(
  ctx: Ctx,
  day: Day,
): { day: Day; passedOver: Array<{ date: string; reasons: string[] }> } {
  const passedOver: Array<{ date: string; reasons: string[] }> = [];
  let d = day;
  for (let reasons = closedReasons(ctx, d); reasons.length > 0; reasons = closedReasons(ctx, d)) {
    passedOver.push({ date: isoOf(d), reasons });
    d++;
  }
  return { day: d, passedOver };
}

/** The `n`th day after `from` that is a business day (the pre-2009 short-period count, option transportDays). */
export function nthBusinessDayAfter(ctx: Ctx, from: Day, n: number): Day {
  let d = from;
  for (let counted = 0; counted < n; ) {
    d++;
    if (closedReasons(ctx, d).length === 0) counted++;
  }
  return d;
}
