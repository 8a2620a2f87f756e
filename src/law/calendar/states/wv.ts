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
 * W. Va. Code § 2-2-1(a): "The following days are legal holidays: (1) January 1 is 'New Year's Day'; (2) The third
 * Monday of January is 'Martin Luther King's Birthday'; (3) The third Monday of February is 'Presidents' Day'; (4)
 * The last Monday in May is 'Memorial Day'; (5) June 20 is 'West Virginia Day'; (6) July 4 …; (7) The first Monday of
 * September is 'Labor Day'; (8) The second Monday of October is 'Columbus Day'; (9) November 11 …; (10) The fourth
 * Thursday of November is 'Thanksgiving Day'; (11) The day after Thanksgiving Day is 'Lincoln's Day'; (12) December 25
 * …; (13) Any day on which a general, primary or special election is held is a holiday throughout the state, a
 * political subdivision … in which the election is conducted; …" (b): a holiday on a Sunday → the following Monday,
 * on a Saturday → the preceding Friday, except for (13)–(15). Versions of 1994 and 2005 listed February 12
 * (Lincoln's Birthday) and Washington's Birthday instead of Lincoln's Day.
 */
export const WV = defineState({
  state: 'WV',
  citation: 'W. Va. Code § 2-2-1(a)',
  observance: 'saturdayToFridaySundayToMonday',
  observanceCitation: 'W. Va. Code § 2-2-1(b)',
  verified: true,
  notes:
    'Checked against the current text of § 2-2-1 and the 1994 and 2005 bills quoting it; the year Lincoln’s Birthday moved to the day after Thanksgiving is unverified.',
  days: [
    D.newYear(),
    D.mlk(),
    D.lincoln({
      to: '2008-12-31',
      verified: false,
      closeCall:
        'February 12 was a legal holiday in the 2005 text of § 2-2-1 and became Lincoln’s Day after Thanksgiving at an unverified date (we end it with 2008).',
    }),
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
