import {
  D,
  defineState,
  electionDay,
  evenYears,
  MONDAY,
  nth,
  offset,
  oursOnly,
  peerFederalOnly,
  peerOnly,
} from './build.ts';

/**
 * Ind. Code § 1-1-9-1(a): the legal holidays of Indiana — New Year's Day; Martin Luther King, Jr. Day (third
 * Monday in January); Lincoln's Birthday (February 12); Washington's Birthday (third Monday in February); Good
 * Friday; Memorial Day; Independence Day; Labor Day; Columbus Day; Veterans Day; Thanksgiving Day; Christmas
 * Day; and (§ 1-1-9-1(b)) general, primary and special election days are also legal holidays. State offices
 * keep Lincoln's and Washington's Birthdays on other days set by the Governor (the day after Thanksgiving and
 * a day near Christmas), which we do not model.
 */
export const IN = defineState({
  state: 'IN',
  citation: 'Ind. Code § 1-1-9-1',
  observance: 'none',
  verified: false,
  notes: 'The statute gives no weekend rule as far as we know.',
  days: [
    D.newYear(),
    D.mlk(),
    D.lincoln({
      notes:
        'The statute keeps February 12; state offices observe it on the day after Thanksgiving by the Governor’s order (not modeled).',
    }),
    D.washington(),
    D.goodFriday(),
    D.memorial(),
    D.independence(),
    D.labor(),
    D.columbus(),
    D.veterans(),
    D.thanksgiving(),
    D.christmas(),
    {
      id: 'primary',
      name: 'Primary Election Day',
      rule: evenYears(offset(nth(1, MONDAY, 5), 1)),
      sourceText: 'primary election day',
      notes:
        'Indiana’s primary is held the first Tuesday after the first Monday in May in even-numbered years (Ind. Code § 3-10-1-3).',
    },
    D.electionEven({
      rule: evenYears(electionDay('all')),
      notes: 'Indiana’s general election is held in even-numbered years (Ind. Code § 3-10-2-1).',
    }),
  ],
  peer: [
    peerFederalOnly('^Juneteenth$'),
    oursOnly(
      'in-lincoln',
      'Ind. Code § 1-1-9-1 keeps February 12; the peer lists the day state offices observe it (the day after Thanksgiving).',
    ),
    peerOnly(
      "^Lincoln's Birthday$",
      'The day after Thanksgiving, when state offices observe Lincoln’s Birthday by the Governor’s order; not modeled (see in-lincoln).',
    ),
    peerOnly(
      '^(Primary )?Election Day$',
      'Odd-year municipal elections are not held throughout the state; the table models the even-year primary and general election days only.',
    ),
  ],
});
