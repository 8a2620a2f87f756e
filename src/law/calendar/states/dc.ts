import { defineState, MONDAY, oursOnly, peerFederalOnly, THURSDAY } from './build.ts';

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
export const DC = defineState({
  state: 'DC',
  citation: DC_CITE,
  observance: 'saturdayToFridaySundayToMonday',
  observanceCitation: DC_OBS,
  verified: true,
  days: [
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
  ],
  peer: [
    peerFederalOnly('^Juneteenth$'),
    oursOnly(
      'dc-inauguration',
      'D.C. Code § 28-2701 makes Inauguration Day a District holiday "for all purposes"; the peer omits it.',
    ),
  ],
});
