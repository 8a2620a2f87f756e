/**
 * Fed. R. Crim. P. 45(a)(6)(C): for periods measured after an event, a legal holiday also includes "any other
 * day declared a holiday by the state where the district court is located". Rule 1(b)(9): "'State' includes
 * the District of Columbia, and any commonwealth, territory, or possession of the United States."
 *
 * One table per state, each value dated and cited. Days the state law itself declares (including its own
 * weekend observance, e.g. New York's "if any of such days except Flag day is Sunday, the next day
 * thereafter") are state-declared days in every reading. Records start no earlier than 1971, the first year
 * this calendar models; a `from` of 1971-01-01 means "in force throughout the modelled period".
 *
 * States without a table here contribute no state holidays; the deadline trace says so.
 */
import { FRIDAY, MONDAY, THURSDAY } from './dates.ts';
import type { DateRule, HolidayRecord, WeekendObservance } from './holiday-types.ts';

const CHECKED = '2026-11-22';
const MODEL_START = '1971-01-01';

interface StateDay {
  id: string;
  name: string;
  rule: DateRule;
  from?: string;
  to?: string | null;
  sourceText: string;
  observance: WeekendObservance;
  partialDay?: boolean;
  notes?: string;
  citation?: string;
}

function table(
  state: string,
  citation: string,
  observanceCitation: string,
  days: readonly StateDay[],
): HolidayRecord[] {
  return days.map((d) => ({
    id: `${state.toLowerCase()}-${d.id}`,
    name: d.name,
    rule: d.rule,
    from: d.from ?? MODEL_START,
    to: d.to ?? null,
    source: 'state' as const,
    citation: d.citation ?? citation,
    sourceText: d.sourceText,
    observance: d.observance,
    ...(d.observance === 'none' ? {} : { observanceCitation }),
    checkedOn: CHECKED,
    ...(d.partialDay ? { partialDay: true } : {}),
    ...(d.notes ? { notes: d.notes } : {}),
  }));
}

/**
 * N.Y. Gen. Constr. Law § 24: "The term public holiday includes the following days in each year: the first day
 * of January … the third Monday of January … the twelfth day of February, known as Lincoln's birthday; the
 * third Monday in February … the last Monday in May … the second Sunday in June, known as Flag day; the
 * nineteenth day of June, known as Juneteenth; the fourth day of July … the first Monday in September … the
 * second Monday in October … the eleventh day of November … the fourth Thursday in November … and the
 * twenty-fifth day of December … and if any of such days except Flag day is Sunday, the next day thereafter;
 * each general election day …"
 */
const NY_CITE = 'N.Y. Gen. Constr. Law § 24';
const NY_OBS =
  'N.Y. Gen. Constr. Law § 24 ("if any of such days except Flag day is Sunday, the next day thereafter")';
const NEW_YORK = table('NY', NY_CITE, NY_OBS, [
  {
    id: 'new-year',
    name: "New Year's day",
    rule: { type: 'fixed', month: 1, day: 1 },
    sourceText: "the first day of January, known as New Year's day",
    observance: 'sundayToMonday',
  },
  {
    id: 'mlk',
    name: 'Dr. Martin Luther King, Jr. day',
    rule: { type: 'nthWeekday', month: 1, weekday: MONDAY, n: 3 },
    from: '1986-01-01',
    sourceText: 'the third Monday of January known as Dr. Martin Luther King, Jr. day',
    observance: 'sundayToMonday',
    notes: 'Start date follows the federal holiday; verify the New York session law that added it.',
  },
  {
    id: 'lincoln',
    name: "Lincoln's birthday",
    rule: { type: 'fixed', month: 2, day: 12 },
    sourceText: "the twelfth day of February, known as Lincoln's birthday",
    observance: 'sundayToMonday',
  },
  {
    id: 'washington',
    name: "Washington's birthday",
    rule: { type: 'nthWeekday', month: 2, weekday: MONDAY, n: 3 },
    sourceText: "the third Monday in February, known as Washington's birthday",
    observance: 'sundayToMonday',
  },
  {
    id: 'memorial',
    name: 'Memorial day',
    rule: { type: 'lastWeekday', month: 5, weekday: MONDAY },
    sourceText: 'the last Monday in May, known as Memorial day',
    observance: 'sundayToMonday',
  },
  {
    id: 'flag',
    name: 'Flag day',
    rule: { type: 'nthWeekday', month: 6, weekday: 7, n: 2 },
    sourceText: 'the second Sunday in June, known as Flag day',
    observance: 'none',
  },
  {
    id: 'juneteenth',
    name: 'Juneteenth',
    rule: { type: 'fixed', month: 6, day: 19 },
    from: '2020-10-16',
    citation: `${NY_CITE}, as amended by L. 2020, ch. 249`,
    sourceText: 'the nineteenth day of June, known as Juneteenth',
    observance: 'sundayToMonday',
  },
  {
    id: 'independence',
    name: 'Independence day',
    rule: { type: 'fixed', month: 7, day: 4 },
    sourceText: 'the fourth day of July, known as Independence day',
    observance: 'sundayToMonday',
  },
  {
    id: 'labor',
    name: 'Labor day',
    rule: { type: 'nthWeekday', month: 9, weekday: MONDAY, n: 1 },
    sourceText: 'the first Monday in September, known as Labor day',
    observance: 'sundayToMonday',
  },
  {
    id: 'columbus',
    name: 'Columbus day',
    rule: { type: 'nthWeekday', month: 10, weekday: MONDAY, n: 2 },
    sourceText: 'the second Monday in October, known as Columbus day',
    observance: 'sundayToMonday',
  },
  {
    id: 'election',
    name: 'General election day',
    rule: { type: 'generalElectionDay' },
    sourceText: 'each general election day',
    observance: 'none',
    notes:
      'N.Y. Elec. Law § 8-100: the general election is held on the Tuesday next succeeding the first Monday in November.',
  },
  {
    id: 'veterans',
    name: "Veterans' day",
    rule: { type: 'fixed', month: 11, day: 11 },
    sourceText: "the eleventh day of November, known as Veterans' day",
    observance: 'sundayToMonday',
  },
  {
    id: 'thanksgiving',
    name: 'Thanksgiving day',
    rule: { type: 'nthWeekday', month: 11, weekday: THURSDAY, n: 4 },
    sourceText: 'the fourth Thursday in November, known as Thanksgiving day',
    observance: 'none',
  },
  {
    id: 'christmas',
    name: 'Christmas day',
    rule: { type: 'fixed', month: 12, day: 25 },
    sourceText: 'the twenty-fifth day of December, known as Christmas day',
    observance: 'sundayToMonday',
  },
]);

/**
 * Cal. Gov. Code § 6700(a): "The holidays in this state are: (1) Every Sunday. (2) January 1. (3) The third
 * Monday in January … (4) … 'Lunar New Year.' (5) February 12, known as 'Lincoln Day.' (6) The third Monday
 * in February. (7) March 31, known as 'Cesar Chavez Day.' (8) April 24, known as 'Genocide Remembrance Day.'
 * (9) The last Monday in May. (10) June 19, known as 'Juneteenth.' (11) July 4. (12) The first Monday in
 * September. (13) September 9, known as 'Admission Day.' (14) The fourth Friday in September, known as 'Native
 * American Day.' (15) The second Monday in October, known as 'Columbus Day.' (16) November 11, known as
 * 'Veterans Day.' (17) December 25. (18) Good Friday from 12 noon until 3 p.m. (19) … Every day appointed by
 * the President or Governor for a public fast, thanksgiving, or holiday."
 *
 * § 6701: "If January 1st, February 12th, March 31st, July 4th, September 9th, November 11th, or December
 * 25th falls upon a Sunday, the Monday following is a holiday. If November 11th falls upon a Saturday, the
 * preceding Friday is a holiday."
 */
const CA_CITE = 'Cal. Gov. Code § 6700(a)';
const CA_OBS = 'Cal. Gov. Code § 6701';
const CALIFORNIA = table('CA', CA_CITE, CA_OBS, [
  {
    id: 'new-year',
    name: "New Year's Day",
    rule: { type: 'fixed', month: 1, day: 1 },
    sourceText: 'January 1.',
    observance: 'sundayToMonday',
  },
  {
    id: 'mlk',
    name: 'Dr. Martin Luther King, Jr. Day',
    rule: { type: 'nthWeekday', month: 1, weekday: MONDAY, n: 3 },
    from: '1986-01-01',
    sourceText: 'The third Monday in January, known as "Dr. Martin Luther King, Jr. Day."',
    observance: 'none',
    notes: 'Start date follows the federal holiday; verify the California statute that added it.',
  },
  {
    id: 'lunar-new-year',
    name: 'Lunar New Year',
    rule: {
      type: 'listed',
      dates: [
        '2023-01-22',
        '2024-02-10',
        '2025-01-29',
        '2026-02-17',
        '2027-02-06',
        '2028-01-26',
        '2029-02-13',
        '2030-02-03',
        '2031-01-23',
        '2032-02-11',
        '2033-01-31',
        '2034-02-19',
        '2035-02-08',
      ],
    },
    from: '2023-01-01',
    sourceText:
      'The date corresponding with the second new moon following the winter solstice, or the third new moon following the winter solstice should an intercalary month intervene, known as "Lunar New Year."',
    observance: 'none',
    notes:
      'Added by AB 2596 (Stats. 2022), effective Jan. 1, 2023. The statute defines the day astronomically; the dates listed are the published Lunar New Year dates through 2035 — extend the list before then.',
  },
  {
    id: 'lincoln',
    name: 'Lincoln Day',
    rule: { type: 'fixed', month: 2, day: 12 },
    sourceText: 'February 12, known as "Lincoln Day."',
    observance: 'sundayToMonday',
  },
  {
    id: 'washington',
    name: 'Third Monday in February',
    rule: { type: 'nthWeekday', month: 2, weekday: MONDAY, n: 3 },
    sourceText: 'The third Monday in February.',
    observance: 'none',
  },
  {
    id: 'chavez',
    name: 'Cesar Chavez Day',
    rule: { type: 'fixed', month: 3, day: 31 },
    from: '2001-01-01',
    sourceText: 'March 31, known as "Cesar Chavez Day."',
    observance: 'sundayToMonday',
    notes: 'Created in 2000 and first observed in 2001; verify the enacting statute.',
  },
  {
    id: 'genocide-remembrance',
    name: 'Genocide Remembrance Day',
    rule: { type: 'fixed', month: 4, day: 24 },
    from: '2025-01-01',
    sourceText: 'April 24, known as "Genocide Remembrance Day."',
    observance: 'none',
    notes: 'Added by AB 1801 (Stats. 2024), effective Jan. 1, 2025.',
  },
  {
    id: 'memorial',
    name: 'Last Monday in May',
    rule: { type: 'lastWeekday', month: 5, weekday: MONDAY },
    sourceText: 'The last Monday in May.',
    observance: 'none',
  },
  {
    id: 'juneteenth',
    name: 'Juneteenth',
    rule: { type: 'fixed', month: 6, day: 19 },
    from: '2023-01-01',
    sourceText: 'June 19, known as "Juneteenth."',
    observance: 'none',
    notes:
      'Added by AB 1655 (Stats. 2022), effective Jan. 1, 2023. Not among the days § 6701 moves off a Sunday.',
  },
  {
    id: 'independence',
    name: 'Independence Day',
    rule: { type: 'fixed', month: 7, day: 4 },
    sourceText: 'July 4.',
    observance: 'sundayToMonday',
  },
  {
    id: 'labor',
    name: 'First Monday in September',
    rule: { type: 'nthWeekday', month: 9, weekday: MONDAY, n: 1 },
    sourceText: 'The first Monday in September.',
    observance: 'none',
  },
  {
    id: 'admission',
    name: 'Admission Day',
    rule: { type: 'fixed', month: 9, day: 9 },
    sourceText: 'September 9, known as "Admission Day."',
    observance: 'sundayToMonday',
  },
  {
    id: 'native-american',
    name: 'Native American Day',
    rule: { type: 'nthWeekday', month: 9, weekday: FRIDAY, n: 4 },
    from: '2015-01-01',
    sourceText: 'The fourth Friday in September, known as "Native American Day."',
    observance: 'none',
    notes: 'Added by AB 1973 (Stats. 2014), effective Jan. 1, 2015.',
  },
  {
    id: 'columbus',
    name: 'Columbus Day',
    rule: { type: 'nthWeekday', month: 10, weekday: MONDAY, n: 2 },
    sourceText: 'The second Monday in October, known as "Columbus Day."',
    observance: 'none',
  },
  {
    id: 'veterans',
    name: 'Veterans Day',
    rule: { type: 'fixed', month: 11, day: 11 },
    sourceText: 'November 11, known as "Veterans Day."',
    observance: 'saturdayToFridaySundayToMonday',
  },
  {
    id: 'thanksgiving',
    name: 'Thanksgiving Day',
    rule: { type: 'nthWeekday', month: 11, weekday: THURSDAY, n: 4 },
    sourceText:
      'Every day appointed by the President or Governor for a public fast, thanksgiving, or holiday.',
    observance: 'none',
    notes: "The Thursday in November appointed as Thanksgiving Day, by the President's proclamation.",
  },
  {
    id: 'christmas',
    name: 'Christmas Day',
    rule: { type: 'fixed', month: 12, day: 25 },
    sourceText: 'December 25.',
    observance: 'sundayToMonday',
  },
  {
    id: 'good-friday',
    name: 'Good Friday (12 noon to 3 p.m.)',
    rule: { type: 'easter', offsetDays: -2 },
    sourceText: 'Good Friday from 12 noon until 3 p.m.',
    observance: 'none',
    partialDay: true,
    notes: 'A holiday for three hours only: shown, never used to roll a deadline.',
  },
]);

/**
 * D.C. Code § 28-2701: "New Year's Day, January 1; Dr. Martin Luther King, Jr.'s Birthday, the third Monday in
 * January; Washington's Birthday, the third Monday in February; District of Columbia Emancipation Day, April
 * 16; Memorial Day, the last Monday in May; Independence Day, July 4; Labor Day, the first Monday in
 * September; Columbus Day, the second Monday in October; Veteran's Day, November 11; Thanksgiving Day, the
 * fourth Thursday in November; Christmas Day, December 25; … and the day of the inauguration of the
 * President, in every fourth year, are holidays in the District for all purposes. When a day set apart as a
 * legal holiday, other than the day of the inauguration of the President, falls on a Saturday, the next
 * preceding day is a holiday. When a day set apart as a legal holiday falls on a Sunday, the next succeeding
 * day is a holiday."
 *
 * Juneteenth is a District holiday under later amendments whose text we have not yet checked; the federal
 * table already makes June 19 (and its observed day) a legal holiday in D.D.C.
 */
const DC_CITE = 'D.C. Code § 28-2701';
const DC_OBS = 'D.C. Code § 28-2701 (Saturday → preceding day; Sunday → next day)';
const DC = table('DC', DC_CITE, DC_OBS, [
  {
    id: 'new-year',
    name: "New Year's Day",
    rule: { type: 'fixed', month: 1, day: 1 },
    sourceText: "New Year's Day, January 1",
    observance: 'saturdayToFridaySundayToMonday',
  },
  {
    id: 'mlk',
    name: "Dr. Martin Luther King, Jr.'s Birthday",
    rule: { type: 'nthWeekday', month: 1, weekday: MONDAY, n: 3 },
    from: '1986-01-01',
    sourceText: "Dr. Martin Luther King, Jr.'s Birthday, the third Monday in January",
    observance: 'none',
  },
  {
    id: 'washington',
    name: "Washington's Birthday",
    rule: { type: 'nthWeekday', month: 2, weekday: MONDAY, n: 3 },
    sourceText: "Washington's Birthday, the third Monday in February",
    observance: 'none',
  },
  {
    id: 'emancipation',
    name: 'District of Columbia Emancipation Day',
    rule: { type: 'fixed', month: 4, day: 16 },
    from: '2007-01-01',
    sourceText: 'District of Columbia Emancipation Day, April 16',
    observance: 'saturdayToFridaySundayToMonday',
    notes: 'A District holiday "beginning in the year 2007" (D.C. Code § 1-612.02(a)(11)).',
  },
  {
    id: 'memorial',
    name: 'Memorial Day',
    rule: { type: 'lastWeekday', month: 5, weekday: MONDAY },
    sourceText: 'Memorial Day, the last Monday in May',
    observance: 'none',
  },
  {
    id: 'independence',
    name: 'Independence Day',
    rule: { type: 'fixed', month: 7, day: 4 },
    sourceText: 'Independence Day, July 4',
    observance: 'saturdayToFridaySundayToMonday',
  },
  {
    id: 'labor',
    name: 'Labor Day',
    rule: { type: 'nthWeekday', month: 9, weekday: MONDAY, n: 1 },
    sourceText: 'Labor Day, the first Monday in September',
    observance: 'none',
  },
  {
    id: 'columbus',
    name: 'Columbus Day',
    rule: { type: 'nthWeekday', month: 10, weekday: MONDAY, n: 2 },
    sourceText: 'Columbus Day, the second Monday in October',
    observance: 'none',
  },
  {
    id: 'veterans',
    name: "Veteran's Day",
    rule: { type: 'fixed', month: 11, day: 11 },
    from: '1978-01-01',
    sourceText: "Veteran's Day, November 11",
    observance: 'saturdayToFridaySundayToMonday',
  },
  {
    id: 'thanksgiving',
    name: 'Thanksgiving Day',
    rule: { type: 'nthWeekday', month: 11, weekday: THURSDAY, n: 4 },
    sourceText: 'Thanksgiving Day, the fourth Thursday in November',
    observance: 'none',
  },
  {
    id: 'christmas',
    name: 'Christmas Day',
    rule: { type: 'fixed', month: 12, day: 25 },
    sourceText: 'Christmas Day, December 25',
    observance: 'saturdayToFridaySundayToMonday',
  },
  {
    id: 'inauguration',
    name: 'Inauguration Day',
    rule: { type: 'inaugurationDay' },
    sourceText:
      'the day of the inauguration of the President, in every fourth year, are holidays in the District for all purposes',
    observance: 'sundayToMonday',
    notes:
      'A District holiday "for all purposes", so a state holiday under Rule 45(a)(6)(C) for forward periods in D.D.C.',
  },
]);

/** State-holiday tables by two-letter state code. */
export const STATE_HOLIDAYS: Readonly<Record<string, readonly HolidayRecord[]>> = {
  NY: NEW_YORK,
  CA: CALIFORNIA,
  DC: DC,
};
