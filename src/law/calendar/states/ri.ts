import { D, defineState, MONDAY, nth, oursOnly, peerFederalOnly } from './build.ts';

/**
 * R.I. Gen. Laws § 25-1-1: the legal holidays of Rhode Island — January 1; the third Monday in January (Dr.
 * Martin Luther King, Jr.); the third Monday in February (Washington); the last Monday in May; July 4; the
 * second Monday in August (Victory Day); the first Monday in September; the second Monday in October
 * (Columbus Day); November 11; the fourth Thursday in November; December 25; and the days of general
 * elections. A holiday on a Sunday is kept the Monday after (§ 25-1-2).
 */
export const RI = defineState({
  state: 'RI',
  citation: 'R.I. Gen. Laws § 25-1-1',
  observance: 'sundayToMonday',
  observanceCitation: 'R.I. Gen. Laws § 25-1-2',
  verified: false,
  days: [
    D.newYear(),
    D.mlk(),
    D.washington(),
    D.memorial(),
    D.independence(),
    {
      id: 'victory',
      name: 'Victory Day',
      rule: nth(2, MONDAY, 8),
      sourceText: 'the second Monday in August, Victory Day',
      observance: 'none',
    },
    D.labor(),
    D.columbus(),
    D.electionEven({
      observance: 'none',
      notes: 'State offices close on the even-year general election day (unverified).',
    }),
    D.veterans(),
    D.thanksgiving({ observance: 'none' }),
    D.christmas(),
  ],
  leftOut: [
    { name: 'Juneteenth', reason: 'Not in § 25-1-1 as we have its text; a federal legal holiday anyway.' },
  ],
  peer: [
    peerFederalOnly('^Juneteenth$'),
    oursOnly(
      'ri-election',
      'State offices close on the even-year general election day as we have R.I. Gen. Laws § 25-1-1 (unverified); the peer omits it.',
    ),
  ],
});
