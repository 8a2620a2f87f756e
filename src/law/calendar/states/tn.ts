import { D, defineState, peerFederalOnly } from './build.ts';

/**
 * Tenn. Code Ann. § 15-1-101: the legal holidays of Tennessee — January 1; the third Monday in January (Martin
 * Luther King, Jr. Day); the third Monday in February (Washington Day); Good Friday; the last Monday in May;
 * July 4; the first Monday in September; the second Monday in October (Columbus Day); November 11; the fourth
 * Thursday in November; December 24 and 25; and the days of elections the Governor declares holidays. A
 * holiday on a Sunday is kept the Monday after.
 */
export const TN = defineState({
  state: 'TN',
  citation: 'Tenn. Code Ann. § 15-1-101',
  observance: 'sundayToMonday',
  observanceCitation: 'Tenn. Code Ann. § 15-1-101',
  verified: false,
  days: [
    D.newYear(),
    D.mlk(),
    D.washington({ name: 'Washington Day' }),
    D.goodFriday({ observance: 'none' }),
    D.memorial(),
    D.independence(),
    D.labor(),
    D.columbus({
      notes:
        'State offices keep Columbus Day on the day after Thanksgiving by the Governor’s order (not modelled); the statute keeps the October Monday.',
    }),
    D.veterans(),
    D.thanksgiving({ observance: 'none' }),
    D.christmasEve(),
    D.christmas(),
  ],
  leftOut: [
    {
      name: 'Robert E. Lee Day, Confederate Decoration Day, Nathan Bedford Forrest Day',
      reason:
        'Tenn. Code Ann. § 15-2-101 makes them days of special observance the Governor proclaims, not holidays.',
    },
  ],
  peer: [peerFederalOnly('^Juneteenth$')],
});
