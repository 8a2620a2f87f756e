import { D, defineState, peerFederalOnly } from './build.ts';

/**
 * Conn. Gen. Stat. § 1-4: the legal holidays of Connecticut — January 1; the first Monday occurring on or
 * after January 15 (Martin Luther King Day); February 12 (Lincoln Day); the third Monday in February
 * (Washington's Birthday); Good Friday; the last Monday in May; June 19 (Juneteenth, from 2023); July 4; the
 * first Monday in September; the second Monday in October (Columbus Day); November 11; Thanksgiving Day;
 * December 25. "When any of said days falls on a Sunday, the day following shall be a legal holiday; when
 * … on a Saturday, the day preceding shall be a legal holiday."
 */
export const CT = defineState({
  state: 'CT',
  citation: 'Conn. Gen. Stat. § 1-4',
  observance: 'saturdayToFridaySundayToMonday',
  observanceCitation: 'Conn. Gen. Stat. § 1-4 (Sunday → following day; Saturday → preceding day)',
  verified: false,
  days: [
    D.newYear(),
    D.mlk({
      sourceText: 'the first Monday occurring on or after January fifteenth, Martin Luther King Day',
      notes: 'The first Monday on or after January 15 is always the third Monday in January.',
    }),
    D.lincoln({ name: 'Lincoln Day' }),
    D.washington(),
    D.goodFriday({ observance: 'none' }),
    D.memorial(),
    D.juneteenth({
      from: '2023-01-01',
      notes: 'Added by Public Act 22-128 (2022), first kept in 2023; the act number is unverified.',
    }),
    D.independence(),
    D.labor(),
    D.columbus(),
    D.veterans(),
    D.thanksgiving(),
    D.christmas(),
  ],
  peer: [peerFederalOnly('^Juneteenth$')],
});
