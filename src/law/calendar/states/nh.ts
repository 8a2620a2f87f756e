import { D, defineState, oursOnly, peerFederalOnly } from './build.ts';

/**
 * N.H. Rev. Stat. Ann. § 288:1: the legal holidays of New Hampshire — January 1; the third Monday in January
 * (Martin Luther King, Jr. Civil Rights Day, from 2000); the third Monday in February (Washington's Birthday);
 * the last Monday in May; July 4; the first Monday in September; the second Monday in October (Columbus Day);
 * November 11; the fourth Thursday in November and the day after; December 25; and the biennial election day.
 */
export const NH = defineState({
  state: 'NH',
  citation: 'N.H. Rev. Stat. Ann. § 288:1',
  observance: 'sundayToMonday',
  observanceCitation: 'N.H. Rev. Stat. Ann. § 288:1',
  verified: false,
  days: [
    D.newYear(),
    D.mlk({
      name: 'Martin Luther King, Jr. Civil Rights Day',
      from: '2000-01-01',
      sourceText: 'the third Monday in January, Martin Luther King, Jr. Civil Rights Day',
      notes: 'Adopted in 1999 (replacing Civil Rights Day), first kept in January 2000.',
    }),
    D.washington(),
    D.memorial(),
    D.independence(),
    D.labor(),
    D.columbus(),
    D.veterans(),
    D.thanksgiving({ observance: 'none' }),
    D.dayAfterThanksgiving({ observance: 'none' }),
    D.christmas(),
    D.electionEven({ sourceText: 'biennial election day', observance: 'none' }),
  ],
  leftOut: [
    {
      name: 'Juneteenth',
      reason:
        'A day of observance in New Hampshire (2019 law), not a legal holiday; a federal legal holiday anyway.',
    },
  ],
  peer: [
    peerFederalOnly('^Juneteenth$'),
    oursOnly(
      'nh-columbus',
      'N.H. Rev. Stat. Ann. § 288:1 lists Columbus Day as we have its text (unverified); the peer omits it.',
    ),
  ],
});
