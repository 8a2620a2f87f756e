import { D, defineState, fixed, peerFederalOnly } from './build.ts';

/**
 * Utah Code Ann. § 63G-1-301(1): the legal holidays of Utah — January 1; the third Monday in January (Dr.
 * Martin Luther King, Jr. Day, called Human Rights Day until 2000); the third Monday in February (Washington
 * and Lincoln Day); the last Monday in May; June 19 (Juneteenth, from 2022); July 4; July 24 (Pioneer Day); the
 * first Monday in September; the second Monday in October (Columbus Day); November 11; the fourth Thursday in
 * November; December 25; and days the President or the Governor appoints. § 63G-1-301(2): a holiday on a
 * Sunday is kept the Monday after, on a Saturday the Friday before.
 */
export const UT = defineState({
  state: 'UT',
  citation: 'Utah Code Ann. § 63G-1-301(1)',
  observance: 'saturdayToFridaySundayToMonday',
  observanceCitation: 'Utah Code Ann. § 63G-1-301(2)',
  verified: false,
  days: [
    D.newYear(),
    D.mlk({ notes: 'Named Human Rights Day until 2000; the date did not change.' }),
    D.washington({ name: 'Washington and Lincoln Day' }),
    D.memorial(),
    D.juneteenth({
      from: '2022-01-01',
      notes:
        'Added by H.B. 238 (2022); whether Utah keeps it on June 19 or on a nearby Monday is unverified.',
    }),
    D.independence(),
    { id: 'pioneer', name: 'Pioneer Day', rule: fixed(7, 24), sourceText: 'July 24, Pioneer Day' },
    D.labor(),
    D.columbus(),
    D.veterans(),
    D.thanksgiving(),
    D.christmas(),
  ],
  peer: [peerFederalOnly('^Juneteenth$')],
});
