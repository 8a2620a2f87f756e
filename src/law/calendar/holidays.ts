/**
 * Builds the days off from the dated holiday records. Sets are built per year but looked up by date, so an
 * observed day that crosses a year boundary (New Year's Day on Saturday 2022-01-01 is observed Friday
 * 2021-12-31) is found from either year.
 */
import {
  iso,
  lastWeekdayOfMonth,
  MONDAY,
  nthWeekdayOfMonth,
  type PlainDate,
  SATURDAY,
  SUNDAY,
  Temporal,
} from './dates.ts';
import type { District } from './districts.ts';
import { FEDERAL_HOLIDAYS, INAUGURATION_DAY, isInaugurationYear } from './federal-holidays.ts';
import type { DateRule, HolidayOccurrence, HolidayRecord, WeekendObservance } from './holiday-types.ts';
import { PRESIDENTIAL_CLOSURES } from './presidential-closures.ts';
import { STATE_HOLIDAYS } from './state-holidays.ts';

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus). */
export function easterSunday(year: number): PlainDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Temporal.PlainDate.from({ year, month, day });
}

/** The holiday's own date(s) in `year` under `rule` (before any weekend observance). */
export function datesOfRule(rule: DateRule, year: number): PlainDate[] {
  switch (rule.type) {
    case 'fixed':
      return [Temporal.PlainDate.from({ year, month: rule.month, day: rule.day })];
    case 'nthWeekday':
      return [nthWeekdayOfMonth(year, rule.month, rule.weekday, rule.n)];
    case 'lastWeekday':
      return [lastWeekdayOfMonth(year, rule.month, rule.weekday)];
    case 'generalElectionDay':
      // The Tuesday after the first Monday in November (only even years when the statute says so).
      if (rule.years === 'even' && year % 2 !== 0) return [];
      return [nthWeekdayOfMonth(year, 11, MONDAY, 1).add({ days: 1 })];
    case 'evenYears':
      return year % 2 === 0 ? datesOfRule(rule.base, year) : [];
    case 'offset':
      return datesOfRule(rule.base, year).map((d) => d.add({ days: rule.days }));
    case 'listed':
      return rule.dates.filter((d) => d.startsWith(`${year}-`)).map((d) => Temporal.PlainDate.from(d));
    case 'easter':
      return [easterSunday(year).add({ days: rule.offsetDays })];
    case 'inaugurationDay':
      return isInaugurationYear(year) ? [Temporal.PlainDate.from({ year, month: 1, day: 20 })] : [];
  }
}

/** The weekday a weekend holiday is observed on, or null when it is not moved. */
export function observedDate(actual: PlainDate, observance: WeekendObservance): PlainDate | null {
  if (observance === 'none') return null;
  if (actual.dayOfWeek === SUNDAY) return actual.add({ days: 1 });
  if (actual.dayOfWeek === SATURDAY && observance === 'weekendToMonday') return actual.add({ days: 2 });
  if (actual.dayOfWeek === SATURDAY && observance === 'saturdayToFridaySundayToMonday') {
    return actual.subtract({ days: 1 });
  }
  return null;
}

function inForce(record: HolidayRecord, actual: PlainDate): boolean {
  const d = iso(actual);
  return d >= record.from && (record.to === null || d <= record.to);
}

/** The occurrences one record produces in one year: the holiday itself, and its observed day if moved. */
export function occurrencesOf(
  record: HolidayRecord,
  year: number,
  jurisdiction: string,
): HolidayOccurrence[] {
  const out: HolidayOccurrence[] = [];
  for (const actual of datesOfRule(record.rule, year)) {
    if (!inForce(record, actual)) continue;
    const base = {
      actualDate: iso(actual),
      name: record.name,
      recordId: record.id,
      source: record.source,
      citation: record.citation,
      partialDay: record.partialDay ?? false,
      jurisdiction,
      flags: record.source === 'inauguration' ? ['payAndLeaveOnly', 'rule45StatusUncertain'] : [],
      ...(record.area ? { area: record.area } : {}),
      ...(record.closeCall ? { closeCall: record.closeCall } : {}),
    };
    out.push({ ...base, date: iso(actual), observed: false });
    const moved = observedDate(actual, record.observance);
    if (moved) {
      out.push({
        ...base,
        date: iso(moved),
        observed: true,
        ...(record.observanceCitation ? { observanceCitation: record.observanceCitation } : {}),
      });
    }
  }
  return out;
}

type Table = { jurisdiction: string; records: readonly HolidayRecord[] };

const cache = new Map<string, ReadonlyMap<string, HolidayOccurrence[]>>();

/** Occurrences by date for `year` and its neighbors (so observed days across year ends are included). */
function byDate(table: Table, year: number): ReadonlyMap<string, HolidayOccurrence[]> {
  const key = `${table.jurisdiction}:${table.records.length}:${year}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const map = new Map<string, HolidayOccurrence[]>();
  for (const y of [year - 1, year, year + 1]) {
    for (const record of table.records) {
      for (const occ of occurrencesOf(record, y, table.jurisdiction)) {
        if (!occ.date.startsWith(`${year}-`)) continue;
        const list = map.get(occ.date) ?? [];
        list.push(occ);
        map.set(occ.date, list);
      }
    }
  }
  cache.set(key, map);
  return map;
}

const FEDERAL_TABLE: Table = { jurisdiction: 'US', records: FEDERAL_HOLIDAYS };
const PRESIDENTIAL_TABLE: Table = { jurisdiction: 'US', records: PRESIDENTIAL_CLOSURES };
const INAUGURATION_TABLE: Table = {
  jurisdiction: 'US',
  records: [{ ...INAUGURATION_DAY, rule: { type: 'inaugurationDay' } }],
};

export const federalOn = (d: PlainDate): HolidayOccurrence[] =>
  byDate(FEDERAL_TABLE, d.year).get(iso(d)) ?? [];
export const presidentialOn = (d: PlainDate): HolidayOccurrence[] =>
  byDate(PRESIDENTIAL_TABLE, d.year).get(iso(d)) ?? [];
export const inaugurationOn = (d: PlainDate): HolidayOccurrence[] =>
  byDate(INAUGURATION_TABLE, d.year).get(iso(d)) ?? [];

/** State-declared days for the district's state; `undefined` when no table exists for that state yet. */
export function stateOn(d: PlainDate, state: string): HolidayOccurrence[] | undefined {
  const records = STATE_HOLIDAYS[state];
  if (!records) return undefined;
  return byDate({ jurisdiction: state, records }, d.year).get(iso(d)) ?? [];
}

export const hasStateTable = (state: string): boolean => STATE_HOLIDAYS[state] !== undefined;

export interface HolidayListOptions {
  district?: District;
  /** Include Inauguration Day for courts in the § 6103(c) area. */
  inaugurationDay?: boolean;
}

/** Every holiday occurrence (federal, presidential, and the district's state) from `from` to `to`. */
export function holidaysBetween(
  from: PlainDate,
  to: PlainDate,
  opts: HolidayListOptions = {},
): HolidayOccurrence[] {
  const out: HolidayOccurrence[] = [];
  for (let year = from.year; year <= to.year; year++) {
    const tables: Table[] = [FEDERAL_TABLE, PRESIDENTIAL_TABLE];
    if (opts.district?.inaugurationArea && opts.inaugurationDay) tables.push(INAUGURATION_TABLE);
    const stateRecords = opts.district ? STATE_HOLIDAYS[opts.district.state] : undefined;
    if (opts.district && stateRecords)
      tables.push({ jurisdiction: opts.district.state, records: stateRecords });
    for (const table of tables) {
      for (const list of byDate(table, year).values()) out.push(...list);
    }
  }
  const lo = iso(from);
  const hi = iso(to);
  return out
    .filter((o) => o.date >= lo && o.date <= hi)
    .sort((a, b) =>
      a.date === b.date ? a.jurisdiction.localeCompare(b.jurisdiction) : a.date < b.date ? -1 : 1,
    );
}
