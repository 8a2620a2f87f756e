/**
 * 5 U.S.C. § 6103(a): "The following are legal public holidays: New Year's Day, January 1. Birthday of
 * Martin Luther King, Jr., the third Monday in January. Washington's Birthday, the third Monday in February.
 * Memorial Day, the last Monday in May. Juneteenth National Independence Day, June 19. Independence Day,
 * July 4. Labor Day, the first Monday in September. Columbus Day, the second Monday in October. Veterans Day,
 * November 11. Thanksgiving Day, the fourth Thursday in November. Christmas Day, December 25."
 *
 * Weekend observance: § 6103(b)(1) ("Instead of a holiday that occurs on a Saturday, the Friday immediately
 * before is a legal public holiday", for pay and leave of Monday–Friday employees) and Executive Order 11582
 * (Feb. 11, 1971) for a Sunday holiday (the following Monday). Whether Rule 45(a)(6) reaches those observed
 * days is the `observedDays` option (see rule45.ts).
 *
 * Dates of the Monday-holiday rules: the Uniform Monday Holiday Act, Pub. L. 90-363 (effective Jan. 1,
 * 1971); Martin Luther King Jr.'s Birthday, Pub. L. 98-144 (first observed Jan. 20, 1986); Veterans Day
 * returned to November 11 by Pub. L. 94-97 (effective Jan. 1, 1978); Juneteenth, Pub. L. 117-17 (June 17,
 * 2021).
 */
import { MONDAY, THURSDAY } from './dates.ts';
import type { HolidayRecord } from './holiday-types.ts';

const C = '5 U.S.C. § 6103(a)';
const OBS = '5 U.S.C. § 6103(b)(1) (Saturday → Friday); Executive Order 11582 (Sunday → Monday)';
const CHECKED = '2026-11-22';

const federal = (
  r: Omit<HolidayRecord, 'source' | 'observance' | 'observanceCitation' | 'checkedOn'>,
): HolidayRecord => ({
  ...r,
  source: 'federal',
  observance: 'saturdayToFridaySundayToMonday',
  observanceCitation: OBS,
  checkedOn: CHECKED,
});

export const FEDERAL_HOLIDAYS: readonly HolidayRecord[] = [
  federal({
    id: 'us-new-year',
    name: "New Year's Day",
    rule: { type: 'fixed', month: 1, day: 1 },
    from: '1971-01-01',
    to: null,
    citation: C,
    sourceText: "New Year's Day, January 1.",
  }),
  federal({
    id: 'us-mlk',
    name: 'Birthday of Martin Luther King, Jr.',
    rule: { type: 'nthWeekday', month: 1, weekday: MONDAY, n: 3 },
    from: '1986-01-01',
    to: null,
    citation: `${C}; Pub. L. 98-144`,
    sourceText: 'Birthday of Martin Luther King, Jr., the third Monday in January.',
  }),
  federal({
    id: 'us-washington',
    name: "Washington's Birthday",
    rule: { type: 'nthWeekday', month: 2, weekday: MONDAY, n: 3 },
    from: '1971-01-01',
    to: null,
    citation: `${C}; Pub. L. 90-363`,
    sourceText: "Washington's Birthday, the third Monday in February.",
  }),
  federal({
    id: 'us-memorial',
    name: 'Memorial Day',
    rule: { type: 'lastWeekday', month: 5, weekday: MONDAY },
    from: '1971-01-01',
    to: null,
    citation: `${C}; Pub. L. 90-363`,
    sourceText: 'Memorial Day, the last Monday in May.',
  }),
  federal({
    id: 'us-juneteenth',
    name: 'Juneteenth National Independence Day',
    rule: { type: 'fixed', month: 6, day: 19 },
    from: '2021-06-17',
    to: null,
    citation: `${C}; Pub. L. 117-17`,
    sourceText: 'Juneteenth National Independence Day, June 19.',
    notes:
      'Enacted June 17, 2021; first observed Friday, June 18, 2021. Named in Fed. R. Crim. P. 45(a)(6)(A) from Dec. 1, 2023; before that a legal holiday through 45(a)(6)(B) ("any day declared a holiday by … Congress").',
  }),
  federal({
    id: 'us-independence',
    name: 'Independence Day',
    rule: { type: 'fixed', month: 7, day: 4 },
    from: '1971-01-01',
    to: null,
    citation: C,
    sourceText: 'Independence Day, July 4.',
  }),
  federal({
    id: 'us-labor',
    name: 'Labor Day',
    rule: { type: 'nthWeekday', month: 9, weekday: MONDAY, n: 1 },
    from: '1971-01-01',
    to: null,
    citation: C,
    sourceText: 'Labor Day, the first Monday in September.',
  }),
  federal({
    id: 'us-columbus',
    name: 'Columbus Day',
    rule: { type: 'nthWeekday', month: 10, weekday: MONDAY, n: 2 },
    from: '1971-01-01',
    to: null,
    citation: `${C}; Pub. L. 90-363`,
    sourceText: 'Columbus Day, the second Monday in October.',
  }),
  federal({
    id: 'us-veterans-monday',
    name: 'Veterans Day',
    rule: { type: 'nthWeekday', month: 10, weekday: MONDAY, n: 4 },
    from: '1971-01-01',
    to: '1977-12-31',
    citation: 'Pub. L. 90-363 (fourth Monday in October, 1971–1977)',
    sourceText: 'Veterans Day, the fourth Monday in October.',
  }),
  federal({
    id: 'us-veterans',
    name: 'Veterans Day',
    rule: { type: 'fixed', month: 11, day: 11 },
    from: '1978-01-01',
    to: null,
    citation: `${C}; Pub. L. 94-97`,
    sourceText: 'Veterans Day, November 11.',
  }),
  federal({
    id: 'us-thanksgiving',
    name: 'Thanksgiving Day',
    rule: { type: 'nthWeekday', month: 11, weekday: THURSDAY, n: 4 },
    from: '1971-01-01',
    to: null,
    citation: C,
    sourceText: 'Thanksgiving Day, the fourth Thursday in November.',
  }),
  federal({
    id: 'us-christmas',
    name: 'Christmas Day',
    rule: { type: 'fixed', month: 12, day: 25 },
    from: '1971-01-01',
    to: null,
    citation: C,
    sourceText: 'Christmas Day, December 25.',
  }),
];

/**
 * 5 U.S.C. § 6103(c): "January 20 of each fourth year after 1965, Inauguration Day, is a legal public holiday
 * for the purpose of statutes relating to pay and leave of employees … employed in the District of Columbia,
 * Montgomery and Prince Georges Counties in Maryland, Arlington and Fairfax Counties in Virginia, and the
 * cities of Alexandria and Falls Church in Virginia. When January 20 of any fourth year after 1965 falls on
 * Sunday, the next succeeding day selected for the public observance of the inauguration of the President is
 * a legal public holiday for the purpose of this subsection."
 *
 * Limited by purpose and place and not named in Rule 45(a)(6)(A): applied only to courts in that area, and
 * only when the caller opts in (`inaugurationDay: true`); always flagged.
 */
export const INAUGURATION_DAY: HolidayRecord = {
  id: 'us-inauguration',
  name: 'Inauguration Day',
  rule: { type: 'fixed', month: 1, day: 20 },
  from: '1969-01-01',
  to: null,
  source: 'inauguration',
  citation: '5 U.S.C. § 6103(c)',
  sourceText:
    'January 20 of each fourth year after 1965, Inauguration Day, is a legal public holiday for the purpose of statutes relating to pay and leave of employees …',
  observance: 'sundayToMonday',
  observanceCitation: '5 U.S.C. § 6103(c) (a Sunday January 20 moves to the next succeeding day)',
  checkedOn: CHECKED,
};

/** True in the years § 6103(c) names: each fourth year after 1965 (1969, 1973, … 2025, 2029). */
export const isInaugurationYear = (year: number): boolean => year > 1965 && (year - 1965) % 4 === 0;
