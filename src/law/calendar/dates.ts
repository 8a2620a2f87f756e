/**
 * Calendar-date helpers on `Temporal.PlainDate`. Legal periods are counted in calendar days, never by
 * subtracting JS `Date` timestamps (which carry time zones and daylight-saving hours).
 */
import { Temporal } from 'temporal-polyfill';

export type PlainDate = Temporal.PlainDate;
export { Temporal };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parse a strict `YYYY-MM-DD` calendar date; throws a RangeError that names the bad value. */
export function parseDate(value: string): PlainDate {
  const m = ISO_DATE.exec(value);
  if (!m) throw new RangeError(`"${value}" is not a date in the form YYYY-MM-DD`);
  try {
    return Temporal.PlainDate.from(value, { overflow: 'reject' });
  } catch {
    throw new RangeError(`"${value}" is not a real calendar date`);
  }
}

/** True when `value` is a real calendar date written as `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  try {
    Temporal.PlainDate.from(value, { overflow: 'reject' });
    return true;
  } catch {
    return false;
  }
}

export const iso = (d: PlainDate): string => d.toString();

export const WEEKDAY_NAMES = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export const SATURDAY: IsoWeekday = 6;
export const SUNDAY: IsoWeekday = 7;
export const MONDAY: IsoWeekday = 1;
export const THURSDAY: IsoWeekday = 4;
export const FRIDAY: IsoWeekday = 5;

export const weekdayName = (d: PlainDate): string => WEEKDAY_NAMES[d.dayOfWeek - 1] ?? '';
export const isWeekend = (d: PlainDate): boolean => d.dayOfWeek === SATURDAY || d.dayOfWeek === SUNDAY;
/** `Fri 2026-04-17`: the form used in traces. */
export const describe = (d: PlainDate): string => `${weekdayName(d).slice(0, 3)} ${iso(d)}`;

export const addDays = (d: PlainDate, n: number): PlainDate => d.add({ days: n });

export const compare = (a: PlainDate, b: PlainDate): number => Temporal.PlainDate.compare(a, b);
export const isBefore = (a: PlainDate, b: PlainDate): boolean => compare(a, b) < 0;
export const isAfter = (a: PlainDate, b: PlainDate): boolean => compare(a, b) > 0;
export const sameDay = (a: PlainDate, b: PlainDate): boolean => compare(a, b) === 0;
export const maxDate = (a: PlainDate, b: PlainDate): PlainDate => (compare(a, b) >= 0 ? a : b);
export const minDate = (a: PlainDate, b: PlainDate): PlainDate => (compare(a, b) <= 0 ? a : b);

/** Every calendar day from `from` to `to`, both included (empty when `to` is before `from`). */
export function* eachDay(from: PlainDate, to: PlainDate): Generator<PlainDate> {
  for (let d = from; compare(d, to) <= 0; d = addDays(d, 1)) yield d;
}

/**
 * Number of calendar days in the closed interval [from, to]; 0 when `to` is before `from`.
 * Counting days in a set, not subtracting dates (docs/speedy-trial.md, "Counting", rule 4).
 */
export function daysInclusive(from: PlainDate, to: PlainDate): number {
  if (isAfter(from, to)) return 0;
  return from.until(to, { largestUnit: 'days' }).days + 1;
}

/** The `n`th (1-based) given weekday of a month, e.g. the fourth Thursday of November. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: IsoWeekday, n: number): PlainDate {
  const first = Temporal.PlainDate.from({ year, month, day: 1 });
  const offset = (weekday - first.dayOfWeek + 7) % 7;
  return first.add({ days: offset + 7 * (n - 1) });
}

/** The last given weekday of a month, e.g. the last Monday in May. */
export function lastWeekdayOfMonth(year: number, month: number, weekday: IsoWeekday): PlainDate {
  const last = Temporal.PlainDate.from({ year, month, day: 1 }).add({ months: 1 }).subtract({ days: 1 });
  const offset = (last.dayOfWeek - weekday + 7) % 7;
  return last.subtract({ days: offset });
}

export type YearRounding = 'down' | 'up';

/**
 * Add whole years. February 29 plus a year has no same day: `down` (default) gives February 28, `up`
 * gives March 1 (option `rounding`; Catala's explicit rounding).
 */
export function addYears(d: PlainDate, years: number, rounding: YearRounding = 'down'): PlainDate {
  const constrained = d.add({ years }, { overflow: 'constrain' });
  if (rounding === 'up' && d.month === 2 && d.day === 29 && constrained.day === 28) {
    return constrained.add({ days: 1 });
  }
  return constrained;
}
