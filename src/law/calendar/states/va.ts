import { D, defineState, MONDAY, nth, offset, oursOnly } from './build.ts';

/**
 * Va. Code Ann. § 2.2-3300: the legal holidays of Virginia — January 1; the third Monday in January (Martin
 * Luther King, Jr. Day; from 1984 to 2000 shared as Lee-Jackson-King Day); the Friday before it (Lee-Jackson
 * Day, 2000 to 2020); the third Monday in February (George Washington Day); the last Monday in May; June 19
 * (Juneteenth, from 2020); July 4; the first Monday in September; the second Monday in October (Columbus Day
 * and Yorktown Victory Day); the Tuesday after the first Monday in November (Election Day, from 2020);
 * November 11; the fourth Thursday in November and the Friday after; December 25. "Whenever any of such days
 * falls on Saturday, the Friday next preceding such day, and whenever any of such days falls on Sunday, the
 * Monday next following such day, shall be a legal holiday."
 */
export const VA = defineState({
  state: 'VA',
  citation: 'Va. Code Ann. § 2.2-3300',
  observance: 'saturdayToFridaySundayToMonday',
  observanceCitation: 'Va. Code Ann. § 2.2-3300',
  verified: true,
  notes:
    'The list was checked against the current text of § 2.2-3300 and S.B. 5031 (2020); before 2001 the section was § 2.1-21.',
  days: [
    D.newYear(),
    {
      id: 'lee-jackson',
      name: 'Lee-Jackson Day',
      rule: offset(nth(3, MONDAY, 1), -3),
      from: '2000-01-01',
      to: '2020-06-30',
      sourceText: 'the Friday preceding the third Monday in January, Lee-Jackson Day',
      observance: 'none',
      notes:
        'Split from Lee-Jackson-King Day in 2000; repealed by 2020 Va. Acts ch. 418, effective July 1, 2020 (chapter unverified).',
    },
    D.mlk({ notes: 'Lee-Jackson-King Day on the same Monday until 2000.' }),
    D.washington({ name: 'George Washington Day' }),
    D.memorial(),
    D.juneteenth({
      from: '2020-07-01',
      notes: 'Added in 2020 (first kept by proclamation in 2020, by statute from 2021; unverified).',
    }),
    D.independence(),
    D.labor(),
    D.columbus({ name: 'Columbus Day and Yorktown Victory Day' }),
    D.election({
      from: '2020-07-01',
      observance: 'none',
      notes: 'Added by S.B. 601 (2020) in place of Lee-Jackson Day, effective July 1, 2020.',
    }),
    D.veterans(),
    D.thanksgiving({ observance: 'none' }),
    D.dayAfterThanksgiving({ observance: 'none' }),
    D.christmas(),
  ],
  peer: [
    oursOnly(
      'va-day-after-thanksgiving',
      'Va. Code Ann. § 2.2-3300 lists the Friday after Thanksgiving; the peer omits it.',
    ),
    oursOnly(
      'va-election',
      'Virginia holds elections every November, and § 2.2-3300 makes Election Day a holiday each year; the peer lists even years only.',
    ),
  ],
});
