import { D, defineState, peerFederalOnly } from './build.ts';

/**
 * Ohio Rev. Code Ann. § 1.14: the legal holidays of Ohio — January 1; the third Monday in January (Martin
 * Luther King Day); the third Monday in February (Washington-Lincoln Day); the last Monday in May; July 4; the
 * first Monday in September; the second Monday in October (Columbus Day); November 11; the fourth Thursday in
 * November; December 25; and any day the Governor or the President appoints. "If any of the aforesaid
 * holidays falls on Sunday, the Monday next succeeding is the legal holiday. If … on Saturday, the Friday
 * immediately preceding is the legal holiday."
 */
export const OH = defineState({
  state: 'OH',
  citation: 'Ohio Rev. Code Ann. § 1.14',
  observance: 'saturdayToFridaySundayToMonday',
  observanceCitation: 'Ohio Rev. Code Ann. § 1.14',
  verified: false,
  days: [
    D.newYear(),
    D.mlk(),
    D.washington({ name: 'Washington-Lincoln Day' }),
    D.memorial(),
    D.independence(),
    D.labor(),
    D.columbus(),
    D.veterans(),
    D.thanksgiving(),
    D.christmas(),
  ],
  leftOut: [
    {
      name: 'Juneteenth',
      reason: 'Whether and when Ohio added it to § 1.14 is unverified; a federal legal holiday anyway.',
    },
  ],
  peer: [peerFederalOnly('^Juneteenth$')],
});
