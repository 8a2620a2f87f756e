import { D, defineState, FRIDAY, nth, oursOnly, peerOnly } from './build.ts';

/**
 * N.J. Stat. Ann. § 36:1-1: the public holidays of New Jersey — January 1; the third Monday in January (Martin
 * Luther King, Jr.'s Birthday); February 12 (Lincoln's Birthday); the third Monday in February (Washington's
 * Birthday); Good Friday; the last Monday in May; the third Friday in June (Juneteenth, from 2021); July 4; the
 * first Monday in September; the second Monday in October (Columbus Day); the general election day in
 * November; November 11; the fourth Thursday in November; December 25; and any day the President or the
 * Governor appoints. A holiday on a Sunday is kept the Monday after.
 */
export const NJ = defineState({
  state: 'NJ',
  citation: 'N.J. Stat. Ann. § 36:1-1',
  observance: 'sundayToMonday',
  observanceCitation: 'N.J. Stat. Ann. § 36:1-1',
  verified: false,
  days: [
    D.newYear(),
    D.mlk(),
    D.lincoln(),
    D.washington(),
    D.goodFriday({ observance: 'none' }),
    D.memorial(),
    {
      id: 'juneteenth',
      name: 'Juneteenth Day',
      rule: nth(3, FRIDAY, 6),
      from: '2021-01-01',
      citation: 'N.J. Stat. Ann. § 36:1-1, as amended by P.L. 2020, c. 99',
      sourceText: 'the third Friday in June, Juneteenth Day',
      observance: 'none',
      notes:
        'New Jersey keeps Juneteenth on the third Friday in June, not on June 19 (P.L. 2020, c. 99; chapter unverified).',
    },
    D.independence(),
    D.labor(),
    D.columbus(),
    D.election({ observance: 'none' }),
    D.veterans(),
    D.thanksgiving({ observance: 'none' }),
    D.christmas(),
  ],
  peer: [
    oursOnly(
      'nj-juneteenth',
      'New Jersey keeps Juneteenth on the third Friday in June (N.J. Stat. Ann. § 36:1-1); the peer keeps June 19.',
    ),
    peerOnly(
      '^Juneteenth$',
      'The peer keeps June 19; the New Jersey day is the third Friday in June (see nj-juneteenth). June 19 is a federal legal holiday anyway.',
    ),
  ],
});
