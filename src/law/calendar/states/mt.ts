import { D, defineState, peerFederalOnly, peerOnly } from './build.ts';

/**
 * Mont. Code Ann. § 1-1-216: the legal holidays of Montana — New Year's Day; Martin Luther King, Jr. Day;
 * Lincoln's and Washington's Birthdays (the third Monday in February); Memorial Day; Independence Day; Labor
 * Day; Columbus Day; Veterans' Day; Thanksgiving Day; Christmas Day; and the state general election day. A
 * holiday on a Sunday is kept the Monday after, on a Saturday the Friday before.
 */
export const MT = defineState({
  state: 'MT',
  citation: 'Mont. Code Ann. § 1-1-216',
  observance: 'saturdayToFridaySundayToMonday',
  observanceCitation: 'Mont. Code Ann. § 1-1-216(2)',
  verified: true,
  notes:
    'Checked against § 1-1-216 as printed in 2021 S.B. 94 (which would have named Indigenous Peoples’ Day and did not pass); Mont. Code Ann. § 13-1-104 holds the state general election in even-numbered years.',
  days: [
    D.newYear(),
    D.mlk(),
    D.washington({
      name: "Lincoln's and Washington's Birthdays",
      sourceText: "the third Monday in February, Lincoln's and Washington's Birthdays",
    }),
    D.memorial(),
    D.independence(),
    D.labor(),
    D.columbus(),
    D.veterans(),
    D.thanksgiving(),
    D.christmas(),
    D.electionEven({ sourceText: 'state general election day', observance: 'none' }),
  ],
  peer: [
    peerFederalOnly('^Juneteenth$'),
    peerOnly(
      '^Election Day$',
      'Montana’s holiday is the state general election day (even-numbered years); odd-year municipal elections are not a statewide holiday.',
    ),
    peerOnly(
      "^(Christmas Eve|New Year's Eve)$",
      'Not in Mont. Code Ann. § 1-1-216; the peer’s half-day closures are not a day the statute declares a holiday (unverified).',
    ),
  ],
});
