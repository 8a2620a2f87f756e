import { D, defineState, oursOnly, peerFederalOnly, peerOnly } from './build.ts';

const SCHEDULE = 'Ga. Code Ann. § 1-4-1; the Governor’s state holiday schedule';

/**
 * Ga. Code Ann. § 1-4-1: the public and legal holidays of Georgia are those the Governor declares each year under
 * that section; the published schedule lists the days "the Georgia State Capitol and state office buildings will
 * be closed": New Year's Day, Martin Luther King, Jr.'s Birthday, a spring "State Holiday" (Confederate Memorial
 * Day until 2015, on the fourth Monday in April; Good Friday in 2023–2025), Memorial Day, Juneteenth (from 2022),
 * Independence Day, Labor Day, Columbus Day, Veterans Day, Thanksgiving Day, a November "State Holiday" (the
 * Friday after Thanksgiving; Robert E. Lee's Birthday until 2015), Washington's Birthday (kept on a day near
 * Christmas) and Christmas Day. The days that move are listed only for the years whose schedule we have seen.
 */
export const GA = defineState({
  state: 'GA',
  citation: SCHEDULE,
  observance: 'saturdayToFridaySundayToMonday',
  observanceCitation: 'the Governor’s state holiday schedule under Ga. Code Ann. § 1-4-1',
  verified: false,
  notes:
    'The 2024 and 2025 schedules were read on georgia.gov; 2015 and 2023 come from secondary lists. Spring and December days of other years are not modeled (the earlier date is the safer one to file by).',
  days: [
    D.newYear(),
    D.mlk({ name: "Martin Luther King, Jr.'s Birthday" }),
    {
      id: 'state-holiday-spring',
      name: 'State Holiday (spring)',
      rule: { type: 'listed', dates: ['2015-04-27', '2023-04-07', '2024-03-29', '2025-04-18'] },
      sourceText: 'A state holiday will be observed on Friday, March 29 (2024); Friday, April 18 (2025)',
      observance: 'none',
      notes:
        'Confederate Memorial Day (the fourth Monday in April) until 2015; unnamed since 2016; Good Friday in 2023–2025. Other years are not modeled.',
    },
    D.memorial(),
    D.juneteenth({ from: '2022-01-01', notes: 'On the schedule since 2022 (2024 and 2025 seen).' }),
    D.independence(),
    D.labor(),
    D.columbus(),
    D.veterans(),
    D.thanksgiving(),
    D.dayAfterThanksgiving({
      id: 'state-holiday-november',
      name: 'State Holiday (day after Thanksgiving)',
      sourceText: 'A state holiday will be observed on Friday, November 29 (2024)',
      observance: 'none',
      notes:
        "Robert E. Lee's Birthday (observed) until 2015; unnamed since 2016; the Friday after Thanksgiving throughout.",
    }),
    {
      id: 'washington-december',
      name: "Washington's Birthday (observed in December)",
      rule: { type: 'listed', dates: ['2015-12-24', '2023-12-26', '2024-12-24', '2025-12-26'] },
      sourceText: "Washington's Birthday will be observed on Tuesday, December 24 (2024)",
      observance: 'none',
      notes:
        'The Governor keeps the state’s Washington’s Birthday near Christmas; other years are not modeled.',
    },
    D.christmas(),
  ],
  leftOut: [
    {
      name: 'The spring State Holiday and the December Washington’s Birthday in years not listed',
      reason: 'The Governor sets them each year; only the schedules we have seen are modeled.',
    },
  ],
  peer: [
    peerFederalOnly('^Juneteenth$'),
    peerOnly(
      "^(Washington's Birthday|State Holiday|Confederate Memorial Day)$",
      'The peer keeps a fixed rule (December 24; the last Monday in April) for days the Governor sets each year; we list only the years whose schedule we have seen.',
    ),
    oursOnly(
      'ga-state-holiday-spring',
      'Good Friday in 2023–2025 by the Governor’s schedule; the peer keeps the last Monday in April.',
    ),
    oursOnly(
      'ga-washington-december',
      'December 26 in 2023 and 2025 by the Governor’s schedule; the peer keeps December 24.',
    ),
  ],
});
