import { D, defineState, peerFederalOnly } from './build.ts';

/**
 * Wyo. Stat. Ann. § 8-4-101: the legal holidays of Wyoming — January 1; the third Monday in January (Martin
 * Luther King, Jr./Wyoming Equality Day); the third Monday in February (Washington-Lincoln Day); the last
 * Monday in May; July 4; the first Monday in September; November 11; the fourth Thursday in November; December
 * 25. A holiday on a Sunday is kept the Monday after.
 */
export const WY = defineState({
  state: 'WY',
  citation: 'Wyo. Stat. Ann. § 8-4-101',
  observance: 'sundayToMonday',
  observanceCitation: 'Wyo. Stat. Ann. § 8-4-101',
  verified: false,
  days: [
    D.newYear(),
    D.mlk({ name: 'Martin Luther King, Jr./Wyoming Equality Day' }),
    D.washington({ name: 'Washington-Lincoln Day' }),
    D.memorial(),
    D.independence(),
    D.labor(),
    D.veterans(),
    D.thanksgiving(),
    D.christmas(),
  ],
  leftOut: [{ name: 'Columbus Day', reason: 'Not a Wyoming legal holiday; a federal legal holiday anyway.' }],
  peer: [peerFederalOnly('^Juneteenth$'), peerFederalOnly('^Columbus Day$')],
});
