import { D, defineState, MONDAY, nth, peerFederalOnly } from './build.ts';

/**
 * S.D. Codified Laws § 1-5-1: the legal holidays of South Dakota — every Sunday; January 1; the third Monday in
 * January (Martin Luther King, Jr. Day); the third Monday in February (Presidents' Day); the last Monday in May;
 * July 4; the first Monday in September; the second Monday in October (Native Americans' Day); November 11;
 * the fourth Thursday in November; December 25. § 1-5-1.1: a holiday on a Sunday is kept the Monday after, on
 * a Saturday the Friday before.
 */
export const SD = defineState({
  state: 'SD',
  citation: 'S.D. Codified Laws § 1-5-1',
  observance: 'saturdayToFridaySundayToMonday',
  observanceCitation: 'S.D. Codified Laws § 1-5-1.1',
  verified: false,
  days: [
    D.newYear(),
    D.mlk(),
    D.washington({ name: "Presidents' Day" }),
    D.memorial(),
    D.independence(),
    D.labor(),
    {
      id: 'native-americans',
      name: "Native Americans' Day",
      rule: nth(2, MONDAY, 10),
      sourceText: "the second Monday in October, Native Americans' Day",
      notes: 'In place of Columbus Day since 1990.',
    },
    D.veterans(),
    D.thanksgiving(),
    D.christmas(),
  ],
  peer: [peerFederalOnly('^Juneteenth$')],
});
