/**
 * Holidays are dated, cited data (OpenFisca's parameter habit): each record says which day it is, from when
 * to when the law made it a holiday, the citation and text it comes from, and how weekend days are observed.
 */
import type { IsoWeekday } from './dates.ts';

export type DateRule =
  /** A fixed day of the year, e.g. July 4. */
  | { type: 'fixed'; month: number; day: number }
  /** The n-th weekday of a month, e.g. the fourth Thursday in November. */
  | { type: 'nthWeekday'; month: number; weekday: IsoWeekday; n: number }
  /** The last given weekday of a month, e.g. the last Monday in May. */
  | { type: 'lastWeekday'; month: number; weekday: IsoWeekday }
  /**
   * The Tuesday after the first Monday in November (general election day); `years: 'even'` for states whose
   * holiday is only the biennial general election.
   */
  | { type: 'generalElectionDay'; years?: 'all' | 'even' }
  /** Another rule's date moved by a number of days, e.g. the day after Thanksgiving. */
  | { type: 'offset'; base: DateRule; days: number }
  /** Another rule's date in even-numbered years only (e.g. a biennial primary election day). */
  | { type: 'evenYears'; base: DateRule }
  /** Days listed one by one (one-off closures, or days a formula in the statute makes astronomical). */
  | { type: 'listed'; dates: readonly string[] }
  /** Easter Sunday (Gregorian computus) plus an offset in days; Good Friday is -2. */
  | { type: 'easter'; offsetDays: number }
  /** January 20 of each fourth year after 1965 (5 U.S.C. § 6103(c); D.C. Code § 28-2701). */
  | { type: 'inaugurationDay' };

/**
 * How a holiday falling on a weekend is observed.
 * - `saturdayToFridaySundayToMonday`: 5 U.S.C. § 6103(b)(1) (Saturday) and Executive Order 11582 (Sunday).
 * - `sundayToMonday`: only a Sunday holiday moves, to the next day.
 * - `weekendToMonday`: a Saturday or Sunday holiday moves to the following Monday (R.I. Gen. Laws § 25-1-1).
 * - `none`: the day is the holiday, whatever the weekday.
 */
export type WeekendObservance =
  | 'saturdayToFridaySundayToMonday'
  | 'sundayToMonday'
  | 'weekendToMonday'
  | 'none';

export type HolidaySource = 'federal' | 'presidential' | 'state' | 'inauguration';

export interface HolidayRecord {
  id: string;
  name: string;
  rule: DateRule;
  /** First day on which the law made this a holiday (ISO date). */
  from: string;
  /** Last day on which it was one, or null while in force. */
  to: string | null;
  source: HolidaySource;
  citation: string;
  /** The words of the source that create the holiday (an excerpt). */
  sourceText: string;
  observance: WeekendObservance;
  /** Citation for the weekend-observance rule, when there is one. */
  observanceCitation?: string;
  /** The day the record was last checked against its source (ISO date). */
  checkedOn: string;
  /** A holiday for part of the day only (e.g. California's Good Friday, noon to 3 p.m.): never rolls a deadline. */
  partialDay?: boolean;
  notes?: string;
  /** Only part of the state keeps the day (e.g. Suffolk County, Mass.); see `HolidayArea`. */
  area?: HolidayArea;
  /**
   * Set when it is doubtful that the day is "declared a holiday by … the state" in Rule 45(a)(6)(C)'s sense
   * (e.g. a "legal holiday" on which the state's own offices and courts stay open): the reason. Such days are
   * not used unless the `stateCloseCalls` option says so, and a result shows the date the other reading gives.
   */
  closeCall?: string;
  /**
   * False when the record (its citation, words or dates) could not be checked against the current text of
   * the statute; the note says what is unsure.
   */
  verified?: boolean;
}

/**
 * A holiday declared for part of a state only. The court's place of sitting decides whether it is "declared a
 * holiday by … the state where the district court is located" for that court: `seats` names the district
 * seats (`district:seat`, see `District.seats`) inside the area.
 */
export interface HolidayArea {
  /** The area in the statute's words, e.g. "Suffolk County". */
  text: string;
  seats: readonly string[];
}

/** One day that is (or may be) a legal holiday, produced from a record for a given year. */
export interface HolidayOccurrence {
  /** The day off. */
  date: string;
  /** The holiday's own date (differs from `date` when observed on a Friday or Monday). */
  actualDate: string;
  name: string;
  recordId: string;
  source: HolidaySource;
  citation: string;
  /** True when `date` is a weekday observance of a weekend holiday. */
  observed: boolean;
  observanceCitation?: string;
  partialDay: boolean;
  /** Jurisdiction the day belongs to: `US`, or a state code such as `NY`. */
  jurisdiction: string;
  flags: string[];
  /** Set when only part of the state keeps the day. */
  area?: HolidayArea;
  /** Copied from the record: why the day's Rule 45 status is doubtful. */
  closeCall?: string;
}
