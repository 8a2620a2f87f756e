import { D, defineState, oursOnly, peerFederalOnly } from './build.ts';

/**
 * Wash. Rev. Code § 1.16.050(1): the legal holidays of Washington — January 1; the third Monday in January
 * (Martin Luther King, Jr.); the third Monday in February (Presidents' Day); the last Monday in May; June 19
 * (Juneteenth, from 2022); July 4; the first Monday in September; November 11; the fourth Thursday in November
 * and the Friday after (Native American Heritage Day from 2013); December 25. A holiday on a Sunday is kept the
 * Monday after, on a Saturday the Friday before.
 */
export const WA = defineState({
  state: 'WA',
  citation: 'Wash. Rev. Code § 1.16.050(1)',
  observance: 'saturdayToFridaySundayToMonday',
  observanceCitation: 'Wash. Rev. Code § 1.16.050',
  verified: false,
  days: [
    D.newYear(),
    D.mlk(),
    D.washington({ name: "Presidents' Day" }),
    D.memorial(),
    D.juneteenth({ from: '2022-01-01', notes: 'Added by H.B. 1016 (2021), first kept 2022.' }),
    D.independence(),
    D.labor(),
    D.veterans(),
    D.thanksgiving({ observance: 'none' }),
    D.dayAfterThanksgiving({
      name: 'Native American Heritage Day',
      observance: 'none',
      notes: 'The day after Thanksgiving; named Native American Heritage Day in 2013.',
    }),
    D.christmas(),
  ],
  leftOut: [
    { name: 'Columbus Day', reason: 'Not a Washington legal holiday; a federal legal holiday anyway.' },
  ],
  peer: [
    peerFederalOnly('^Juneteenth$'),
    peerFederalOnly('^Columbus Day$'),
    oursOnly(
      'wa-day-after-thanksgiving',
      'Wash. Rev. Code § 1.16.050 lists the Friday after Thanksgiving (Native American Heritage Day); the peer omits it.',
    ),
  ],
});
