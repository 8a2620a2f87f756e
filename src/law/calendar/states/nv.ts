import { D, defineState, FRIDAY, fixed, lastOf, oursOnly, peerFederalOnly, peerOnly } from './build.ts';

/**
 * Nev. Rev. Stat. § 236.015(1): the legal holidays of Nevada — January 1; the third Monday in January (Martin
 * Luther King, Jr.'s birthday); the third Monday in February (Washington's Birthday); the last Monday in May;
 * June 19 (Juneteenth, from 2022); July 4; the first Monday in September; the last Friday in October (Nevada
 * Day, October 31 until 1999); November 11; the fourth Thursday in November and the Friday after (Family Day);
 * December 25; and any day proclaimed by the President or the Governor. § 236.015(2): if January 1, July 4,
 * Nevada Day, November 11 or December 25 falls on a Sunday, the Monday after is a holiday; on a Saturday, the
 * Friday before.
 */
export const NV = defineState({
  state: 'NV',
  citation: 'Nev. Rev. Stat. § 236.015(1)',
  observance: 'saturdayToFridaySundayToMonday',
  observanceCitation: 'Nev. Rev. Stat. § 236.015(2)',
  verified: true,
  notes:
    'Checked against NRS 236.015 (2013 text and 1999 S.B. 31, which moved Nevada Day from October 31 to the last Friday in October): "all state, county and city offices, courts, public schools … must close on the legal holidays". The Juneteenth amendment (NRS 236.033 was repealed when it became a holiday) is unverified.',
  days: [
    D.newYear(),
    D.mlk({ observance: 'none' }),
    D.washington({ observance: 'none' }),
    D.memorial({ observance: 'none' }),
    D.juneteenth({
      from: '2022-01-01',
      observance: 'none',
      verified: false,
      notes: 'Added in 2021, first kept 2022 (unverified).',
    }),
    D.independence(),
    D.labor({ observance: 'none' }),
    {
      id: 'nevada-day-oct31',
      name: 'Nevada Day',
      rule: fixed(10, 31),
      to: '1999-12-31',
      sourceText: 'October 31, Nevada Day',
      notes: 'Moved to the last Friday in October by 1999 S.B. 31 (first kept on Friday, October 27, 2000).',
    },
    {
      id: 'nevada-day',
      name: 'Nevada Day',
      rule: lastOf(FRIDAY, 10),
      from: '2000-01-01',
      sourceText: 'the last Friday in October, Nevada Day',
      observance: 'none',
    },
    D.veterans(),
    D.thanksgiving({ observance: 'none' }),
    D.dayAfterThanksgiving({
      name: 'Family Day',
      sourceText: 'the Friday following the fourth Thursday in November, Family Day',
      observance: 'none',
    }),
    D.christmas(),
  ],
  leftOut: [{ name: 'Columbus Day', reason: 'Not a Nevada legal holiday; a federal legal holiday anyway.' }],
  peer: [
    peerFederalOnly('^Juneteenth$'),
    oursOnly(
      'nv-day-after-thanksgiving',
      'Family Day is the Friday after the fourth Thursday in November (Nev. Rev. Stat. § 236.015); the peer keeps the fourth Friday, a week earlier when November begins on a Friday.',
    ),
    peerOnly('^Family Day$', 'The peer’s fourth Friday in November (see nv-day-after-thanksgiving).'),
  ],
});
