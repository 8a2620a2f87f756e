/**
 * Calendar days as integers (days since 1970-01-01) for the clock's inner loops. The Speedy Trial Act counts
 * whole calendar days (docs/speedy-trial.md, "Counting"), so a day number is exact; converting with the proleptic
 * Gregorian algorithms below avoids building a `Temporal.PlainDate` for every day of every period. Dates enter
 * and leave the engine as ISO strings; `Temporal` is used where the calendar module needs one (holidays).
 */
import { type PlainDate, parseDate } from '../calendar/index.ts';

/** A day number: days since 1970-01-01 (a Thursday). */
export type Day = number;

/** An open end: the window waits for an event that has not happened. */
export const OPEN: Day = Number.POSITIVE_INFINITY;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysFromCivil(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The day number of a `YYYY-MM-DD` date; throws a RangeError naming the value when it is not a real date. */
export function dayOf(value: string): Day {
  const m = ISO_DATE.exec(value);
  if (!m) throw new RangeError(`"${value}" is not a date in the form YYYY-MM-DD`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const n = daysFromCivil(year, month, day);
  if (month < 1 || month > 12 || day < 1 || isoOf(n) !== value) {
    throw new RangeError(`"${value}" is not a real calendar date`);
  }
  return n;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** `YYYY-MM-DD` of a day number. */
export function isoOf(n: Day): string {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export const weekdayOf = (n: Day): number => ((((n + 3) % 7) + 7) % 7) + 1;

const SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
/** `Fri 2026-04-17`, the form used in ledgers and messages. */
export const describeDay = (n: Day): string => `${SHORT[weekdayOf(n) - 1]} ${isoOf(n)}`;

export const plainDateOf = (n: Day): PlainDate => parseDate(isoOf(n));

/** Number of days in the closed interval [from, to] (0 when empty). */
export const span = (from: Day, to: Day): number => (to < from ? 0 : to - from + 1);

/** The same calendar day one year later (February 29 → February 28), for the one-year cap of § 3161(h)(8). */
export function addOneYear(n: Day): Day {
  const iso = isoOf(n);
  const year = Number(iso.slice(0, 4)) + 1;
  const rest = iso.slice(4);
  const candidate = `${String(year).padStart(4, '0')}${rest}`;
  if (rest === '-02-29') return dayOf(`${String(year).padStart(4, '0')}-02-28`);
  return dayOf(candidate);
}
