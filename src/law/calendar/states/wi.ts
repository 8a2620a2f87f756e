import { D, defineState, easter, electionDay, evenYears, nth, oursOnly, peerOnly, TUESDAY } from './build.ts';

const WI_CLOSE =
  'A legal holiday under Wis. Stat. § 995.20 (not counted in deciding whether a paper was filed in time under state law), but not among the days state offices close (Wis. Stat. § 230.35(4)(a)); whether it is "declared a holiday" for Rule 45 is a close call.';
const OFFICES = 'Wis. Stat. § 230.35(4)(a)';

/**
 * Wis. Stat. § 995.20: "January 1, the 3rd Monday in January (which shall be the day of celebration for January
 * 15), the 3rd Monday in February (which shall be the day of celebration for February 12 and 22), the last Monday
 * in May …, June 19, which shall be the day of observation for Juneteenth Day, July 4, the 1st Monday in September
 * which shall be known as Labor day, the 2nd Monday in October, November 11, the 4th Thursday in November …,
 * December 25, the day of holding the September primary election, and the day of holding the general election in
 * November are legal holidays. On Good Friday the period from 11 a.m. to 3 p.m. shall uniformly be observed for
 * the purpose of worship. In every 1st class city the day of holding any municipal election is a legal holiday
 * …" Whenever a legal holiday falls on Sunday, the succeeding Monday is the legal holiday. Wis. Stat. §
 * 230.35(4)(a): state offices close on New Year's Day, Martin Luther King, Jr. Day, Memorial Day, Independence
 * Day, Labor Day, Thanksgiving Day, December 24, December 25 and December 31.
 */
export const WI = defineState({
  state: 'WI',
  citation: 'Wis. Stat. § 995.20',
  observance: 'sundayToMonday',
  observanceCitation: 'Wis. Stat. § 995.20 (a Sunday legal holiday is kept on the succeeding Monday)',
  verified: true,
  notes:
    'Checked against § 995.20 as quoted in 2009 S.B. 170 and a current copy, and a summary of § 230.35(4)(a); the year Juneteenth entered § 995.20 is unverified.',
  days: [
    D.newYear(),
    D.mlk(),
    D.washington({
      sourceText: 'the 3rd Monday in February (which shall be the day of celebration for February 12 and 22)',
      closeCall: WI_CLOSE,
    }),
    D.memorial(),
    D.juneteenth({
      from: '2021-06-17',
      verified: false,
      closeCall: WI_CLOSE,
      notes:
        'In the current § 995.20; the year added is unverified (a federal legal holiday anyway from 2021).',
    }),
    D.independence(),
    D.labor(),
    D.columbus({ sourceText: 'the 2nd Monday in October', closeCall: WI_CLOSE }),
    D.veterans({ closeCall: WI_CLOSE }),
    D.thanksgiving(),
    D.christmasEve({ citation: OFFICES, observance: 'none' }),
    D.christmas(),
    D.newYearsEve({ citation: OFFICES, observance: 'none' }),
    {
      id: 'primary-september',
      name: 'Partisan primary election day',
      rule: evenYears(nth(2, TUESDAY, 9)),
      to: '2011-12-31',
      sourceText: 'the day of holding the September primary election',
      observance: 'none',
      closeCall: WI_CLOSE,
      notes: 'The second Tuesday in September of even years, until the primary moved to August in 2012.',
    },
    {
      id: 'primary-august',
      name: 'Partisan primary election day',
      rule: evenYears(nth(2, TUESDAY, 8)),
      from: '2012-01-01',
      sourceText: 'the day of holding the September primary election',
      observance: 'none',
      closeCall: WI_CLOSE,
      verified: false,
      notes:
        'The partisan primary has been held on the second Tuesday in August of even years since 2012; that § 995.20 still reaches it under its "September" wording is assumed (unverified).',
    },
    {
      id: 'election',
      name: 'General Election Day',
      rule: evenYears(electionDay('all')),
      sourceText: 'the day of holding the general election in November',
      observance: 'none',
      closeCall: WI_CLOSE,
    },
    {
      id: 'good-friday',
      name: 'Good Friday (11 a.m. to 3 p.m.)',
      rule: easter(-2),
      sourceText:
        'On Good Friday the period from 11 a.m. to 3 p.m. shall uniformly be observed for the purpose of worship',
      observance: 'none',
      partialDay: true,
      notes: 'Part of a day only: shown, never used to roll a deadline.',
    },
  ],
  leftOut: [
    {
      name: 'Municipal election days in a first-class city (Milwaukee)',
      reason:
        'Wis. Stat. § 995.20 makes them legal holidays in Milwaukee, where E.D. Wis. sits; their dates (spring elections and primaries, special elections) are not modeled — a gap for E.D. Wis. at Milwaukee.',
    },
    { name: 'Susan B. Anthony Day (February 15)', reason: 'A special observance day, not a legal holiday.' },
  ],
  peer: [
    oursOnly(
      'wi-christmas-eve',
      'State offices close on December 24 (Wis. Stat. § 230.35(4)(a)); the peer omits it.',
    ),
    oursOnly(
      'wi-new-years-eve',
      'State offices close on December 31 (Wis. Stat. § 230.35(4)(a)); the peer omits it.',
    ),
    peerOnly('^Susan B\\. Anthony Day$', 'A special observance day, not a legal holiday (see leftOut).'),
    peerOnly(
      '^(Primary )?Election Day$',
      'The peer lists election days every year (and the primary on another date); § 995.20 reaches the even-year partisan primary and general election, which we keep as close calls.',
    ),
    oursOnly('wi-primary-august', 'The peer keeps the primary on another day.'),
  ],
});
