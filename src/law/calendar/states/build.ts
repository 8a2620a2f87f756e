/**
 * The shape of one state's holiday table, and small makers for the days most statutes share, so that each
 * state file reads as its statute does: the days it declares, each with its words, dates and weekend rule.
 *
 * Fed. R. Crim. P. 45(a)(6)(C) adds "any other day declared a holiday by … the state where the district court
 * is located"; Rule 1(b)(9) makes the District of Columbia and every commonwealth, territory or possession a
 * "state". A day is in a table when the state's statute makes it a legal or public holiday (a day of rest, a
 * day public offices close, or a day the statute calls a "legal holiday"); days the statute only asks people
 * to observe or commemorate are left out and listed in `leftOut` with why. The reasoning is in
 * docs/calendar.md.
 */
import { FRIDAY, type IsoWeekday, MONDAY, THURSDAY } from '../dates.ts';
import type { DateRule, HolidayArea, HolidayRecord, WeekendObservance } from '../holiday-types.ts';

/** The day the tables were last compared with the statutes (ISO date). */
export const CHECKED = '2026-12-07';
/** The first year this calendar models; a `from` of this date means "in force throughout". */
export const MODEL_START = '1971-01-01';

export const TUESDAY: IsoWeekday = 2;
export const WEDNESDAY: IsoWeekday = 3;
export { FRIDAY, MONDAY, THURSDAY };

export interface StateDay {
  id: string;
  name: string;
  rule: DateRule;
  from?: string;
  to?: string | null;
  /** The statute's words for the day (an excerpt; a paraphrase when the table is not verified). */
  sourceText: string;
  /** Defaults to the table's `observance`. */
  observance?: WeekendObservance;
  partialDay?: boolean;
  notes?: string;
  /** Defaults to the table's citation. */
  citation?: string;
  area?: HolidayArea;
  /** Why the day's Rule 45(a)(6)(C) status is doubtful (see `HolidayRecord.closeCall`). */
  closeCall?: string;
  /** Defaults to the table's `verified`. */
  verified?: boolean;
}

/**
 * One known difference between the table and the `date-holidays` package (the test oracle), with the reason.
 * `ours` names a record of ours the peer lacks; `peer` is a pattern matched against the peer's holiday name
 * for a day the peer lists and we do not. `years` limits the note to some years (inclusive).
 */
export interface PeerNote {
  ours?: string;
  peer?: string;
  years?: readonly [number, number];
  reason: string;
}

export interface StateTableDef {
  state: string;
  /** The statute that lists the holidays (used for every day that does not name its own). */
  citation: string;
  /** The state's weekend rule for most days, and where it comes from. */
  observance: WeekendObservance;
  observanceCitation?: string;
  /** False when the table was written from the code's known text but not checked against its current words. */
  verified: boolean;
  days: readonly StateDay[];
  /** Days a reader might expect that the table leaves out, each with why. */
  leftOut?: ReadonlyArray<{ name: string; reason: string }>;
  /** Known differences with the `date-holidays` peer list, each explained. */
  peer?: readonly PeerNote[];
  notes?: string;
}

export interface StateTable {
  state: string;
  citation: string;
  verified: boolean;
  records: readonly HolidayRecord[];
  leftOut: ReadonlyArray<{ name: string; reason: string }>;
  peer: readonly PeerNote[];
  notes?: string;
}

export function defineState(def: StateTableDef): StateTable {
  const records = def.days.map((d): HolidayRecord => {
    const observance = d.observance ?? def.observance;
    const verified = d.verified ?? def.verified;
    return {
      id: `${def.state.toLowerCase()}-${d.id}`,
      name: d.name,
      rule: d.rule,
      from: d.from ?? MODEL_START,
      to: d.to ?? null,
      source: 'state',
      citation: d.citation ?? def.citation,
      sourceText: d.sourceText,
      observance,
      ...(observance !== 'none' && def.observanceCitation
        ? { observanceCitation: def.observanceCitation }
        : {}),
      checkedOn: CHECKED,
      ...(d.partialDay ? { partialDay: true } : {}),
      ...(d.notes ? { notes: d.notes } : {}),
      ...(d.area ? { area: d.area } : {}),
      ...(d.closeCall ? { closeCall: d.closeCall } : {}),
      verified,
    };
  });
  return {
    state: def.state,
    citation: def.citation,
    verified: def.verified,
    records,
    leftOut: def.leftOut ?? [],
    peer: def.peer ?? [],
    ...(def.notes ? { notes: def.notes } : {}),
  };
}

// Date rules.
export const fixed = (month: number, day: number): DateRule => ({ type: 'fixed', month, day });
export const nth = (n: number, weekday: IsoWeekday, month: number): DateRule => ({
  type: 'nthWeekday',
  month,
  weekday,
  n,
});
export const lastOf = (weekday: IsoWeekday, month: number): DateRule => ({
  type: 'lastWeekday',
  month,
  weekday,
});
export const easter = (offsetDays: number): DateRule => ({ type: 'easter', offsetDays });
export const offset = (base: DateRule, days: number): DateRule => ({ type: 'offset', base, days });
export const evenYears = (base: DateRule): DateRule => ({ type: 'evenYears', base });
export const electionDay = (years: 'all' | 'even' = 'all'): DateRule => ({
  type: 'generalElectionDay',
  years,
});

const THANKSGIVING = nth(4, THURSDAY, 11);

type Maker = (o?: Partial<StateDay>) => StateDay;
const day =
  (id: string, name: string, rule: DateRule, sourceText: string): Maker =>
  (o = {}) => ({ id, name, rule, sourceText, ...o });

/** The days most state statutes share with 5 U.S.C. § 6103(a), and a few other common ones. */
export const D = {
  newYear: day('new-year', "New Year's Day", fixed(1, 1), "January 1, New Year's Day"),
  mlk: day(
    'mlk',
    'Martin Luther King, Jr. Day',
    nth(3, MONDAY, 1),
    'the third Monday in January, Martin Luther King, Jr. Day',
  ),
  lincoln: day('lincoln', "Lincoln's Birthday", fixed(2, 12), "February 12, Lincoln's Birthday"),
  washington: day(
    'washington',
    "Washington's Birthday",
    nth(3, MONDAY, 2),
    "the third Monday in February, Washington's Birthday",
  ),
  goodFriday: day('good-friday', 'Good Friday', easter(-2), 'Good Friday'),
  memorial: day('memorial', 'Memorial Day', lastOf(MONDAY, 5), 'the last Monday in May, Memorial Day'),
  juneteenth: day('juneteenth', 'Juneteenth', fixed(6, 19), 'June 19, Juneteenth'),
  independence: day('independence', 'Independence Day', fixed(7, 4), 'July 4, Independence Day'),
  labor: day('labor', 'Labor Day', nth(1, MONDAY, 9), 'the first Monday in September, Labor Day'),
  columbus: day('columbus', 'Columbus Day', nth(2, MONDAY, 10), 'the second Monday in October, Columbus Day'),
  veterans: day('veterans', 'Veterans Day', fixed(11, 11), 'November 11, Veterans Day'),
  election: day('election', 'General Election Day', electionDay('all'), 'general election day'),
  electionEven: day(
    'election',
    'General Election Day',
    electionDay('even'),
    'the day of the general election (in even-numbered years)',
  ),
  thanksgiving: day(
    'thanksgiving',
    'Thanksgiving Day',
    THANKSGIVING,
    'the fourth Thursday in November, Thanksgiving Day',
  ),
  dayAfterThanksgiving: day(
    'day-after-thanksgiving',
    'Day after Thanksgiving',
    offset(THANKSGIVING, 1),
    'the day after Thanksgiving',
  ),
  christmasEve: day('christmas-eve', 'Christmas Eve', fixed(12, 24), 'December 24, Christmas Eve'),
  christmas: day('christmas', 'Christmas Day', fixed(12, 25), 'December 25, Christmas Day'),
  newYearsEve: day('new-years-eve', "New Year's Eve", fixed(12, 31), "December 31, New Year's Eve"),
};

/** The ten days of 5 U.S.C. § 6103(a) before Juneteenth, as most state lists have them. */
export const federalTen = (): StateDay[] => [
  D.newYear(),
  D.mlk(),
  D.washington(),
  D.memorial(),
  D.independence(),
  D.labor(),
  D.columbus(),
  D.veterans(),
  D.thanksgiving(),
  D.christmas(),
];

/** Replace the days with the same id (and drop those mapped to null), keeping the order. */
export function edit(days: StateDay[], changes: Record<string, Partial<StateDay> | null>): StateDay[] {
  const out: StateDay[] = [];
  for (const d of days) {
    const c = changes[d.id];
    if (c === null) continue;
    out.push(c ? { ...d, ...c } : d);
  }
  return out;
}

/** A peer note for a day of ours the peer lacks, with the reason. */
export const oursOnly = (ours: string, reason: string, years?: readonly [number, number]): PeerNote => ({
  ours,
  reason,
  ...(years ? { years } : {}),
});

/** A peer note for a day the peer lists and we do not, with the reason. */
export const peerOnly = (peer: string, reason: string, years?: readonly [number, number]): PeerNote => ({
  peer,
  reason,
  ...(years ? { years } : {}),
});

/** A peer note for a federal day the state's own list lacks (it is a legal holiday anyway, Rule 45(a)(6)(A)). */
export const peerFederalOnly = (peer: string, years?: readonly [number, number]): PeerNote => ({
  peer,
  ...(years ? { years } : {}),
  reason:
    'The peer lists the federal holiday for this state; the state statute does not declare it (in these years). It is a legal holiday in every district anyway under Rule 45(a)(6)(A) or (B).',
});
