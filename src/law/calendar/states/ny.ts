import { defineState, MONDAY, oursOnly, peerOnly, THURSDAY } from './build.ts';

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
export const NY = defineState({
  state: 'NY',
  citation: NY_CITE,
  observance: 'sundayToMonday',
  observanceCitation: NY_OBS,
  verified: true,
  days: [
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
      verified: false,
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
  ],
  peer: [
    oursOnly(
      'ny-flag',
      'N.Y. Gen. Constr. Law § 24 lists the second Sunday in June, Flag day; the peer omits it (a Sunday, so it never rolls a deadline by itself).',
    ),
    peerOnly('^Susan B\\. Anthony Day$', 'A commemorative day, not in N.Y. Gen. Constr. Law § 24.'),
  ],
});
