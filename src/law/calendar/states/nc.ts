import { D, defineState, fixed, oursOnly, peerFederalOnly, peerOnly } from './build.ts';

const NC_CLOSE =
  'A "public holiday" in N.C. Gen. Stat. § 103-4(a), but not among the days state offices and courts close (the State Human Resources holiday schedule); § 103-4 does not require offices to close.';

/**
 * N.C. Gen. Stat. § 103-4(a): the public holidays of North Carolina — January 1; the third Monday in January
 * (Martin Luther King, Jr.); January 19 (Robert E. Lee); the third Monday in February (Washington); April 12
 * (Anniversary of the Halifax Resolves); May 10 (Confederate Memorial Day); the last Monday in May; May 20
 * (Anniversary of the Mecklenburg Declaration of Independence); July 4; the first Monday in September; the
 * second Monday in October (Columbus Day); November 11; the Tuesday after the first Monday in November in
 * even-numbered years (election day); the fourth Thursday in November; December 25. State offices close on
 * Good Friday and the day after Thanksgiving under the State Human Resources Commission's schedule (25 N.C.
 * Admin. Code 01E .0901).
 */
export const NC = defineState({
  state: 'NC',
  citation: 'N.C. Gen. Stat. § 103-4(a)',
  observance: 'saturdayToFridaySundayToMonday',
  observanceCitation: '25 N.C. Admin. Code 01E .0901 (state offices)',
  verified: false,
  days: [
    D.newYear(),
    D.mlk(),
    {
      id: 'lee',
      name: "Robert E. Lee's Birthday",
      rule: fixed(1, 19),
      sourceText: "January 19, Robert E. Lee's Birthday",
      observance: 'none',
      closeCall: NC_CLOSE,
    },
    D.washington({ observance: 'none', closeCall: NC_CLOSE }),
    {
      id: 'halifax',
      name: 'Anniversary of the Halifax Resolves',
      rule: fixed(4, 12),
      sourceText: 'April 12, Anniversary of the signing of the Halifax Resolves',
      observance: 'none',
      closeCall: NC_CLOSE,
    },
    D.goodFriday({ citation: '25 N.C. Admin. Code 01E .0901', observance: 'none' }),
    {
      id: 'confederate-memorial',
      name: 'Confederate Memorial Day',
      rule: fixed(5, 10),
      sourceText: 'May 10, Confederate Memorial Day',
      observance: 'none',
      closeCall: NC_CLOSE,
    },
    {
      id: 'mecklenburg',
      name: 'Anniversary of the Mecklenburg Declaration of Independence',
      rule: fixed(5, 20),
      sourceText: 'May 20, Anniversary of the Mecklenburg Declaration of Independence',
      observance: 'none',
      closeCall: NC_CLOSE,
    },
    D.memorial(),
    D.independence(),
    D.labor(),
    D.columbus({ observance: 'none', closeCall: NC_CLOSE }),
    D.electionEven({ observance: 'none', closeCall: NC_CLOSE }),
    D.veterans(),
    D.thanksgiving(),
    D.dayAfterThanksgiving({ citation: '25 N.C. Admin. Code 01E .0901', observance: 'none' }),
    D.christmas(),
  ],
  leftOut: [
    {
      name: 'Christmas Eve and the day after Christmas',
      reason:
        'State offices close on two or three Christmas days whose dates the Commission sets each year; not modeled.',
    },
  ],
  peer: [
    peerFederalOnly('^Juneteenth$'),
    oursOnly(
      'nc-washington',
      'Kept as a close call (see the record): the statute calls it a legal holiday but offices and courts stay open; the peer lists only the days offices close.',
    ),
    oursOnly(
      'nc-halifax',
      'Kept as a close call (see the record): the statute calls it a legal holiday but offices and courts stay open; the peer lists only the days offices close.',
    ),
    oursOnly(
      'nc-confederate-memorial',
      'Kept as a close call (see the record): the statute calls it a legal holiday but offices and courts stay open; the peer lists only the days offices close.',
    ),
    oursOnly(
      'nc-mecklenburg',
      'Kept as a close call (see the record): the statute calls it a legal holiday but offices and courts stay open; the peer lists only the days offices close.',
    ),
    oursOnly(
      'nc-columbus',
      'Kept as a close call (see the record): the statute calls it a legal holiday but offices and courts stay open; the peer lists only the days offices close.',
    ),
    oursOnly(
      'nc-lee',
      'Kept as a close call (see the record): the statute calls it a legal holiday but offices and courts stay open; the peer lists only the days offices close.',
    ),
    oursOnly(
      'nc-election',
      'Kept as a close call (see the record): the statute calls it a legal holiday but offices and courts stay open; the peer lists only the days offices close.',
    ),
    peerOnly(
      '^Christmas Eve$',
      'The Christmas days state offices close vary each year by the State Human Resources schedule; not modeled (see leftOut).',
    ),
  ],
});
