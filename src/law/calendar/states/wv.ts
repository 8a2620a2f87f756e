import {
  D,
  defineState,
  evenYears,
  fixed,
  nth,
  oursOnly,
  peerFederalOnly,
  peerOnly,
  TUESDAY,
} from './build.ts';

/**
 * W. Va. Code § 2-2-1(a): the legal holidays of West Virginia — January 1; the third Monday in January (Martin
 * Luther King's birthday); the third Monday in February (Presidents' Day); the last Monday in May; June 20
 * (West Virginia Day); July 4; the first Monday in September; the second Monday in October (Columbus Day);
 * November 11; the fourth Thursday in November and the Friday after (Lincoln's Day); December 25; and any day
 * on which a primary or general election is held throughout the state. § 2-2-1(b): a holiday on a Sunday is
 * kept the Monday after, on a Saturday the Friday before.
 */
export const WV = defineState({
  state: 'WV',
  citation: 'W. Va. Code § 2-2-1(a)',
  observance: 'saturdayToFridaySundayToMonday',
  observanceCitation: 'W. Va. Code § 2-2-1(b)',
  verified: false,
  days: [
    D.newYear(),
    D.mlk(),
    D.washington({ name: "Presidents' Day" }),
    D.memorial(),
    {
      id: 'west-virginia-day',
      name: 'West Virginia Day',
      rule: fixed(6, 20),
      sourceText: 'June 20, West Virginia Day',
    },
    D.independence(),
    D.labor(),
    D.columbus(),
    D.veterans(),
    D.thanksgiving({ observance: 'none' }),
    D.dayAfterThanksgiving({
      name: "Lincoln's Day",
      sourceText: "the day after Thanksgiving, Lincoln's Day",
      observance: 'none',
    }),
    D.christmas(),
    {
      id: 'primary',
      name: 'Primary Election Day',
      rule: evenYears(nth(2, TUESDAY, 5)),
      sourceText: 'any day on which a primary election is held throughout the state',
      observance: 'none',
      notes:
        'The statewide primary is the second Tuesday in May of even-numbered years (W. Va. Code § 3-1-31; unverified).',
    },
    D.electionEven({
      sourceText: 'any day on which a general election is held throughout the state',
      observance: 'none',
    }),
  ],
  peer: [
    peerFederalOnly('^Juneteenth$'),
    oursOnly(
      'wv-primary',
      'W. Va. Code § 2-2-1 makes statewide election days holidays; the peer omits them.',
    ),
    oursOnly(
      'wv-election',
      'W. Va. Code § 2-2-1 makes statewide election days holidays; the peer omits them.',
    ),
    oursOnly(
      'wv-day-after-thanksgiving',
      'Lincoln’s Day is the day after Thanksgiving; the peer keeps the fourth Friday, a week earlier when November begins on a Friday.',
    ),
    peerOnly("^Lincoln's Day$", 'The peer’s fourth Friday in November (see wv-day-after-thanksgiving).'),
    peerOnly('^Susan B\\. Anthony Day$', 'A commemorative day, not a legal holiday.'),
  ],
});
