import { defineState, FRIDAY, MONDAY, oursOnly, peerFederalOnly, THURSDAY } from './build.ts';

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
export const CA = defineState({
  state: 'CA',
  citation: CA_CITE,
  observance: 'none',
  observanceCitation: CA_OBS,
  verified: true,
  days: [
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
      verified: false,
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
      closeCall:
        'Listed in Cal. Gov. Code § 6700(a), but not a judicial holiday (Cal. Civ. Proc. Code § 135) and not a paid holiday on which state offices close (Cal. Gov. Code § 19853); unverified.',
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
      verified: false,
    },
    {
      id: 'genocide-remembrance',
      name: 'Genocide Remembrance Day',
      rule: { type: 'fixed', month: 4, day: 24 },
      from: '2025-01-01',
      sourceText: 'April 24, known as "Genocide Remembrance Day."',
      observance: 'none',
      notes: 'Added by AB 1801 (Stats. 2024), effective Jan. 1, 2025.',
      closeCall:
        'Listed in Cal. Gov. Code § 6700(a), but not a judicial holiday (Cal. Civ. Proc. Code § 135) and not a paid holiday on which state offices close (Cal. Gov. Code § 19853); unverified.',
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
      closeCall:
        'Listed in Cal. Gov. Code § 6700(a), but not a judicial holiday (Cal. Civ. Proc. Code § 135) and not a paid holiday on which state offices close (Cal. Gov. Code § 19853); unverified.',
    },
    {
      id: 'native-american',
      name: 'Native American Day',
      rule: { type: 'nthWeekday', month: 9, weekday: FRIDAY, n: 4 },
      from: '2015-01-01',
      sourceText: 'The fourth Friday in September, known as "Native American Day."',
      observance: 'none',
      notes: 'Added by AB 1973 (Stats. 2014), effective Jan. 1, 2015.',
      closeCall:
        'Listed in Cal. Gov. Code § 6700(a), but not a judicial holiday (Cal. Civ. Proc. Code § 135) and not a paid holiday on which state offices close (Cal. Gov. Code § 19853); unverified.',
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
      id: 'day-after-thanksgiving',
      name: 'Day after Thanksgiving',
      rule: { type: 'offset', base: { type: 'nthWeekday', month: 11, weekday: THURSDAY, n: 4 }, days: 1 },
      citation: 'Cal. Gov. Code § 19853(a)',
      sourceText: 'the day after Thanksgiving (a paid holiday of state employees)',
      observance: 'none',
      verified: false,
      closeCall:
        'Not in Cal. Gov. Code § 6700; a paid holiday of state employees (§ 19853) on which state offices close, and a judicial holiday as we read Cal. Civ. Proc. Code § 135 (unverified).',
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
  ],
  peer: [
    peerFederalOnly('^Juneteenth$'),
    oursOnly(
      'ca-lincoln',
      'Cal. Gov. Code § 6700(a)(5) lists February 12; the peer follows the state employees’ paid holidays, which dropped it.',
    ),
    oursOnly('ca-columbus', 'Cal. Gov. Code § 6700(a)(15) lists Columbus Day; the peer omits it.'),
    oursOnly(
      'ca-admission',
      'Kept as a close call (see the record): the statute calls it a legal holiday but offices and courts stay open; the peer lists only the days offices close.',
    ),
    oursOnly(
      'ca-native-american',
      'Kept as a close call (see the record): the statute calls it a legal holiday but offices and courts stay open; the peer lists only the days offices close.',
    ),
    oursOnly(
      'ca-lunar-new-year',
      'Kept as a close call (see the record): the statute calls it a legal holiday but offices and courts stay open; the peer lists only the days offices close.',
    ),
    oursOnly(
      'ca-genocide-remembrance',
      'Kept as a close call (see the record): the statute calls it a legal holiday but offices and courts stay open; the peer lists only the days offices close.',
    ),
  ],
});
