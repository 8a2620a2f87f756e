import { D, defineState, peerFederalOnly } from './build.ts';

/**
 * Ark. Code Ann. § 1-5-101(a): the legal holidays of Arkansas — New Year's Day; the third Monday in January,
 * Dr. Martin Luther King, Jr.'s Birthday (shared with Robert E. Lee's Birthday until Act 561 of 2017);
 * the third Monday in February, George Washington's Birthday and Daisy Gatson Bates Day; Memorial Day;
 * Independence Day; Labor Day; Veterans' Day; Thanksgiving Day; Christmas Eve; Christmas Day; and the
 * employee's birthday (a personal day, not a day the state keeps). § 1-5-101(b): a holiday on a Saturday is
 * observed on the preceding Friday, on a Sunday the following Monday.
 */
export const AR = defineState({
  state: 'AR',
  citation: 'Ark. Code Ann. § 1-5-101(a)',
  observance: 'saturdayToFridaySundayToMonday',
  observanceCitation: 'Ark. Code Ann. § 1-5-101(b)',
  verified: false,
  days: [
    D.newYear(),
    D.mlk({
      name: "Dr. Martin Luther King, Jr.'s Birthday",
      sourceText: "the third Monday in January, Dr. Martin Luther King, Jr.'s Birthday",
      notes:
        "Shared with Robert E. Lee's Birthday until Act 561 of 2017 moved Lee to a memorial day; the date did not change.",
    }),
    D.washington({
      name: "George Washington's Birthday and Daisy Gatson Bates Day",
      sourceText: "the third Monday in February, George Washington's Birthday and Daisy Gatson Bates Day",
    }),
    D.memorial(),
    D.independence(),
    D.labor(),
    D.veterans(),
    D.thanksgiving(),
    D.christmasEve(),
    D.christmas(),
  ],
  leftOut: [
    {
      name: 'Columbus Day',
      reason: 'Not a paid state holiday in § 1-5-101; a federal legal holiday anyway.',
    },
    {
      name: "Employee's birthday",
      reason: 'A personal day off for each state employee, not a day the state keeps.',
    },
    {
      name: 'Juneteenth',
      reason:
        'Recognized as a memorial day (Ark. Code Ann. § 1-5-109) rather than listed as a legal holiday in § 1-5-101 as we have its text; a federal legal holiday anyway.',
    },
  ],
  peer: [peerFederalOnly('^Columbus Day$'), peerFederalOnly('^Juneteenth$')],
});
