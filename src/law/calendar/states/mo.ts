import { D, defineState, fixed, peerFederalOnly } from './build.ts';

/**
 * Mo. Rev. Stat. § 9.010: the public holidays of Missouri — January 1; the third Monday in January (Martin
 * Luther King Day); February 12 (Lincoln Day); the third Monday in February (Washington's Birthday); May 8
 * (Truman Day); the last Monday in May; July 4; the first Monday in September; the second Monday in October
 * (Columbus Day); November 11; the fourth Thursday in November; December 25. A holiday on a Saturday is kept
 * the Friday before, on a Sunday the Monday after.
 */
export const MO = defineState({
  state: 'MO',
  citation: 'Mo. Rev. Stat. § 9.010',
  observance: 'saturdayToFridaySundayToMonday',
  observanceCitation: 'Mo. Rev. Stat. § 9.010',
  verified: false,
  days: [
    D.newYear(),
    D.mlk(),
    D.lincoln({ name: 'Lincoln Day' }),
    D.washington(),
    { id: 'truman', name: 'Truman Day', rule: fixed(5, 8), sourceText: 'May 8, Truman Day' },
    D.memorial(),
    D.independence(),
    D.labor(),
    D.columbus(),
    D.veterans(),
    D.thanksgiving(),
    D.christmas(),
  ],
  peer: [peerFederalOnly('^Juneteenth$')],
});
