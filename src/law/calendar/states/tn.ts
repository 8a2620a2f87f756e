import {
  D,
  defineState,
  electionDay,
  evenYears,
  nth,
  oursOnly,
  peerFederalOnly,
  peerOnly,
  THURSDAY,
} from './build.ts';

const TN_ELECTION =
  'Tenn. Code Ann. § 15-1-101 makes "all days set apart by law for holding county, state, or national elections, throughout this state" legal holidays on which public offices "may be closed"; state offices and courts in fact stay open, so the day is a close call.';

/**
 * Tenn. Code Ann. § 15-1-101: "January 1; the third Monday in January, 'Martin Luther King, Jr. Day'; the third
 * Monday in February, known as 'Washington Day'; the last Monday in May, known as 'Memorial' or 'Decoration Day';
 * June 19, known as 'Juneteenth'; July 4; the first Monday in September, known as 'Labor Day'; the second Monday
 * in October, known as 'Columbus Day'; November 11, known as 'Veterans' Day'; the fourth Thursday in November,
 * known as 'Thanksgiving Day'; December 25; and Good Friday; and when any one (1) of these days falls on Sunday,
 * then the following Monday shall be substituted; and when any of these days falls on Saturday, then the
 * preceding Friday shall be substituted; also, all days appointed by the governor or by the president of the
 * United States as days of fasting or thanksgiving, and all days set apart by law for holding county, state, or
 * national elections, throughout this state, are made legal holidays …"
 */
export const TN = defineState({
  state: 'TN',
  citation: 'Tenn. Code Ann. § 15-1-101',
  observance: 'saturdayToFridaySundayToMonday',
  observanceCitation:
    'Tenn. Code Ann. § 15-1-101 ("when any one (1) of these days falls on Sunday, then the following Monday shall be substituted; and when any of these days falls on Saturday, then the preceding Friday shall be substituted")',
  verified: true,
  notes:
    'Checked against the 2024 Code text. Christmas Eve and the day after Thanksgiving are not legal holidays in Tennessee (Wright v. Blalock: a clerk’s office closed on the day after Thanksgiving did not extend a filing deadline).',
  days: [
    D.newYear(),
    D.mlk(),
    D.washington({ name: 'Washington Day' }),
    D.goodFriday({ sourceText: 'Good Friday' }),
    D.memorial({ name: 'Memorial or Decoration Day' }),
    D.juneteenth({
      from: '2022-01-01',
      citation: 'Tenn. Code Ann. § 15-1-101, as amended by 2022 Pub. Ch. 844',
      notes: 'Added by Public Chapter 844 (2022).',
    }),
    D.independence(),
    D.labor(),
    D.columbus(),
    D.veterans(),
    D.thanksgiving(),
    D.christmas(),
    {
      id: 'august-election',
      name: 'August election day',
      rule: evenYears(nth(1, THURSDAY, 8)),
      sourceText:
        'all days set apart by law for holding county, state, or national elections, throughout this state',
      observance: 'none',
      closeCall: TN_ELECTION,
      verified: false,
      notes:
        'The county general election and state primary on the first Thursday in August of even years (Tenn. Code Ann. § 2-3-203; unverified).',
    },
    {
      id: 'election',
      name: 'November general election day',
      rule: evenYears(electionDay('all')),
      sourceText:
        'all days set apart by law for holding county, state, or national elections, throughout this state',
      observance: 'none',
      closeCall: TN_ELECTION,
    },
  ],
  leftOut: [
    {
      name: 'Christmas Eve',
      reason:
        'State offices usually close by the Governor’s schedule, but it is not a legal holiday under § 15-1-101, and a closure outside that list does not extend a Tennessee deadline (Wright v. Blalock).',
    },
    {
      name: 'Robert E. Lee Day, Abraham Lincoln Day and other days of special observance',
      reason: 'Tenn. Code Ann. § 15-2-101: days the Governor proclaims for observance, not legal holidays.',
    },
  ],
  peer: [
    peerOnly(
      '^Christmas Eve$',
      'Not a legal holiday under § 15-1-101 (see leftOut); the peer lists the day state offices usually close.',
    ),
    peerFederalOnly('^Juneteenth$', [2021, 2021]),
    oursOnly('tn-august-election', 'A close call (see the record); the peer omits election days.'),
    oursOnly('tn-election', 'A close call (see the record); the peer omits election days.'),
  ],
});
