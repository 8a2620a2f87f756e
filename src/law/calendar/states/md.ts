import { D, defineState, fixed, oursOnly, peerFederalOnly, peerOnly } from './build.ts';

/**
 * Md. Code Ann., Gen. Provis. § 1-111(a): "'legal holiday' means: (1) January 1, for New Year's Day; (2) January 15,
 * for Dr. Martin Luther King, Jr.'s birthday; or … the day designated by the United States Congress; (3) February 12,
 * for Lincoln's birthday; (4) the third Monday in February, for Washington's birthday; (5) March 25, for Maryland
 * Day; (6) Good Friday; (7) … Memorial Day …; (8) June 19, for Juneteenth National Independence Day; (9) July 4 …;
 * (10) the first Monday in September, for Labor Day; (11) September 12, for Defenders' Day; (12) … Columbus Day …;
 * (13) November 11, for Veterans' Day; (14) the fourth Thursday in November, for Thanksgiving Day; (15) the Friday
 * after Thanksgiving Day, for American Indian Heritage Day; (16) December 25, for Christmas Day; (17) each
 * statewide general election day in the State; and (18) each other day that the President of the United States or
 * the Governor designates for general cessation of business." (b): a legal holiday falling on a Sunday is observed
 * on the next Monday. State offices close only on the State employee holidays (Md. Code Ann., State Pers. & Pens.
 * § 9-201), which do not include Lincoln's birthday, Maryland Day, Good Friday or Defenders' Day.
 */
const MD_CLOSE =
  'A "legal holiday" in Md. Code Ann., Gen. Provis. § 1-111(a), but not a State employee holiday (State Pers. & Pens. § 9-201): state offices and courts stay open.';

export const MD = defineState({
  state: 'MD',
  citation: 'Md. Code Ann., Gen. Provis. § 1-111(a)',
  observance: 'sundayToMonday',
  observanceCitation: 'Md. Code Ann., Gen. Provis. § 1-111(b)',
  verified: true,
  notes: 'Checked against a research copy of § 1-111 and the 2008 and 2022 bills amending it.',
  days: [
    D.newYear(),
    D.mlk(),
    D.lincoln({ sourceText: "February 12, for Lincoln's birthday", observance: 'none', closeCall: MD_CLOSE }),
    D.washington(),
    {
      id: 'maryland-day',
      name: 'Maryland Day',
      rule: fixed(3, 25),
      sourceText: 'March 25, for Maryland Day',
      observance: 'none',
      closeCall: MD_CLOSE,
    },
    D.goodFriday({ observance: 'none', closeCall: MD_CLOSE }),
    D.memorial(),
    D.juneteenth({ from: '2022-01-01', notes: 'Added in 2022 (unverified year).' }),
    D.independence(),
    D.labor(),
    {
      id: 'defenders',
      name: "Defenders' Day",
      rule: fixed(9, 12),
      sourceText: "September 12, for Defenders' Day",
      observance: 'none',
      closeCall: MD_CLOSE,
    },
    D.columbus(),
    D.veterans(),
    D.thanksgiving({ observance: 'none' }),
    D.dayAfterThanksgiving({
      name: 'American Indian Heritage Day',
      sourceText: 'the Friday after Thanksgiving Day, American Indian Heritage Day',
      observance: 'none',
      notes:
        'A state holiday (the day after Thanksgiving) since before 2000; named American Indian Heritage Day in 2008.',
    }),
    D.christmas(),
    D.electionEven({ sourceText: 'each statewide general election day in the State', observance: 'none' }),
  ],
  leftOut: [
    {
      name: 'Primary election days',
      reason: 'Section 1-111(a)(17) names only statewide general election days.',
    },
  ],
  peer: [
    oursOnly(
      'md-lincoln',
      'A legal holiday in § 1-111(a) kept as a close call (offices open); the peer omits it.',
    ),
    oursOnly(
      'md-maryland-day',
      'A legal holiday in § 1-111(a) kept as a close call (offices open); the peer omits it.',
    ),
    oursOnly(
      'md-good-friday',
      'A legal holiday in § 1-111(a) kept as a close call (offices open); the peer omits it.',
    ),
    oursOnly(
      'md-defenders',
      'A legal holiday in § 1-111(a) kept as a close call (offices open); the peer omits it.',
    ),
    peerFederalOnly('^Juneteenth$'),
    oursOnly(
      'md-election',
      'Md. Code Ann., Gen. Provis. § 1-111 makes each statewide general election day a legal holiday; the peer omits it.',
    ),
    peerOnly(
      '^Service Reduction Day$',
      'A one-time closure in 2015 by the Governor’s order; not modeled (unverified).',
      [2015, 2015],
    ),
  ],
});
