import { D, defineState, fixed, MONDAY, nth } from './build.ts';

/**
 * 1 N. Mar. I. Code § 311, as amended by Public Law 15-4 (2006): the legal holidays of the Commonwealth of the
 * Northern Mariana Islands — New Year's Day; Martin Luther King, Jr. Day (restored 2006); Presidents' Day;
 * Commonwealth Covenant Day (March 24; Commonwealth Day, January 9, merged into it in 2006); Good Friday;
 * Memorial Day; Juneteenth (observed since 2022); Independence Day; Labor Day; Commonwealth Cultural Day (the
 * second Monday in October, formerly Columbus Day); Citizenship Day (November 4); Veterans Day; Thanksgiving
 * Day; Constitution Day (December 8); Christmas Day. The Governor's yearly memorandum under § 311 keeps a
 * Saturday holiday on the Friday before and a Sunday holiday on the Monday after.
 */
export const MP = defineState({
  state: 'MP',
  citation: '1 N. Mar. I. Code § 311',
  observance: 'saturdayToFridaySundayToMonday',
  observanceCitation: 'the Governor’s yearly legal-holiday memorandum under 1 N. Mar. I. Code § 311',
  verified: false,
  notes:
    'Checked against the Governor’s 2022 memorandum and the Office of Personnel Management’s 2021 list, not the Code’s words.',
  days: [
    D.newYear(),
    D.mlk({ from: '2006-04-01', citation: '1 N. Mar. I. Code § 311, as amended by Pub. L. 15-4' }),
    {
      id: 'commonwealth-day',
      name: 'Commonwealth Day',
      rule: fixed(1, 9),
      to: '2006-03-31',
      sourceText: 'January 9, Commonwealth Day',
      notes: 'Merged into Commonwealth Covenant Day by Pub. L. 15-4 (2006).',
    },
    D.washington({ name: "Presidents' Day" }),
    {
      id: 'covenant',
      name: 'Commonwealth Covenant Day',
      rule: fixed(3, 24),
      sourceText: 'March 24, Commonwealth Covenant Day',
    },
    D.goodFriday({ observance: 'none' }),
    D.memorial(),
    D.juneteenth({
      from: '2022-01-01',
      notes: 'Listed in the Governor’s 2022 memorandum; the amending law is unverified.',
    }),
    D.independence(),
    D.labor(),
    D.columbus({ to: '2006-03-31', notes: 'Renamed Commonwealth Cultural Day by Pub. L. 15-4 (2006).' }),
    {
      id: 'cultural',
      name: 'Commonwealth Cultural Day',
      rule: nth(2, MONDAY, 10),
      from: '2006-04-01',
      citation: '1 N. Mar. I. Code § 311, as amended by Pub. L. 15-4',
      sourceText: 'the second Monday in October, Commonwealth Cultural Day',
    },
    {
      id: 'citizenship',
      name: 'Citizenship Day',
      rule: fixed(11, 4),
      sourceText: 'November 4, Citizenship Day',
    },
    D.veterans(),
    D.thanksgiving(),
    {
      id: 'constitution',
      name: 'Constitution Day',
      rule: fixed(12, 8),
      sourceText: 'December 8, Constitution Day',
    },
    D.christmas(),
  ],
});
