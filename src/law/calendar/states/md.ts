import { D, defineState, oursOnly, peerFederalOnly, peerOnly } from './build.ts';

/**
 * Md. Code Ann., Gen. Provis. § 1-111(a): the legal holidays of Maryland — January 1; the third Monday in
 * January (Martin Luther King, Jr.); the third Monday in February (Washington's Birthday); the last Monday in
 * May; June 19 (Juneteenth, from 2022); July 4; the first Monday in September; the second Monday in October
 * (Columbus Day); November 11; the fourth Thursday in November; the Friday after Thanksgiving (American Indian
 * Heritage Day); December 25; each statewide general election day; and other days the Governor designates.
 */
export const MD = defineState({
  state: 'MD',
  citation: 'Md. Code Ann., Gen. Provis. § 1-111(a)',
  observance: 'sundayToMonday',
  observanceCitation: 'Md. Code Ann., Gen. Provis. § 1-111(b)',
  verified: false,
  days: [
    D.newYear(),
    D.mlk(),
    D.washington(),
    D.memorial(),
    D.juneteenth({ from: '2022-01-01', notes: 'Added in 2022 (unverified year).' }),
    D.independence(),
    D.labor(),
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
      name: 'Maryland Day (March 25), Defenders’ Day (September 12)',
      reason: 'Commemorative days, not legal holidays.',
    },
  ],
  peer: [
    peerFederalOnly('^Juneteenth$'),
    oursOnly(
      'md-election',
      'Md. Code Ann., Gen. Provis. § 1-111 makes each statewide general election day a legal holiday; the peer omits it.',
    ),
    peerOnly(
      '^Service Reduction Day$',
      'A one-time closure in 2015 by the Governor’s order; not modelled (unverified).',
      [2015, 2015],
    ),
  ],
});
