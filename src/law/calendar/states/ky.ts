import { D, defineState, easter, fixed, oursOnly, peerFederalOnly, peerOnly } from './build.ts';

const KY_CLOSE =
  'A holiday in Ky. Rev. Stat. § 2.110 "on which all the public offices of this Commonwealth may be closed", but not among the days state offices are closed (§ 18A.190); courts stay open.';
const OFFICES = 'Ky. Rev. Stat. § 18A.190(1)';
const EXTRA =
  'One of the "extra" days § 18A.190(1) adds to New Year\'s Day and Christmas Day, which "the Governor shall designate"; usually December 24 and December 31, but the day is set each year.';

/**
 * Ky. Rev. Stat. § 2.110(1): "The first day of January (New Year's Day), the third Monday of January (Birthday of
 * Martin Luther King, Jr.), the nineteenth day of January (Robert E. Lee Day), the thirtieth day of January
 * (Franklin D. Roosevelt Day), the twelfth day of February (Lincoln's Birthday), the third Monday in February
 * (Washington's Birthday), the last Monday in May (Memorial Day), the third day of June (Confederate Memorial Day,
 * and Jefferson Davis Day), the fourth day of July (Independence Day), the first Monday in September (Labor Day),
 * the second Monday in October (Columbus Day), the eleventh day of November (Veterans Day), the twenty-fifth day of
 * December (Christmas Day) of each year, and all days appointed by the President of the United States or by the
 * Governor as days of thanksgiving, are holidays, on which all the public offices of this Commonwealth may be
 * closed." § 18A.190(1): "State offices shall be closed" on January 1 plus one extra day, the third Monday in
 * January, Good Friday (one-half day), the last Monday in May, July 4, the first Monday in September, November 11,
 * presidential election day (§ 2.190), the fourth Thursday in November plus one extra day, and December 25 plus one
 * extra day; (2) a Saturday day is observed on the preceding Friday, a Sunday day on the following Monday.
 */
export const KY = defineState({
  state: 'KY',
  citation: 'Ky. Rev. Stat. § 2.110(1)',
  observance: 'none',
  observanceCitation: 'Ky. Rev. Stat. § 18A.190(2)',
  verified: true,
  notes: 'Checked against research copies of §§ 2.110, 2.190 and 18A.190.',
  days: [
    D.newYear({ observance: 'saturdayToFridaySundayToMonday' }),
    D.mlk({ name: 'Birthday of Martin Luther King, Jr.', observance: 'saturdayToFridaySundayToMonday' }),
    {
      id: 'lee',
      name: 'Robert E. Lee Day',
      rule: fixed(1, 19),
      sourceText: 'the nineteenth day of January (Robert E. Lee Day)',
      closeCall: KY_CLOSE,
    },
    {
      id: 'fdr',
      name: 'Franklin D. Roosevelt Day',
      rule: fixed(1, 30),
      sourceText: 'the thirtieth day of January (Franklin D. Roosevelt Day)',
      closeCall: KY_CLOSE,
    },
    D.lincoln({ sourceText: "the twelfth day of February (Lincoln's Birthday)", closeCall: KY_CLOSE }),
    D.washington({ closeCall: KY_CLOSE }),
    {
      id: 'good-friday',
      name: 'Good Friday (one-half day)',
      rule: easter(-2),
      citation: OFFICES,
      sourceText: 'Good Friday, one-half (1/2) day',
      partialDay: true,
      notes: 'Offices close for half the day only: shown, never used to roll a deadline.',
    },
    D.memorial({ observance: 'saturdayToFridaySundayToMonday' }),
    {
      id: 'jefferson-davis',
      name: 'Confederate Memorial Day and Jefferson Davis Day',
      rule: fixed(6, 3),
      sourceText: 'the third day of June (Confederate Memorial Day, and Jefferson Davis Day)',
      closeCall: KY_CLOSE,
    },
    D.independence({ observance: 'saturdayToFridaySundayToMonday' }),
    D.labor({ observance: 'saturdayToFridaySundayToMonday' }),
    D.columbus({ closeCall: KY_CLOSE }),
    D.veterans({ observance: 'saturdayToFridaySundayToMonday' }),
    {
      id: 'presidential-election',
      name: 'Presidential Election Day',
      rule: {
        type: 'listed',
        dates: [
          '2000-11-07',
          '2004-11-02',
          '2008-11-04',
          '2012-11-06',
          '2016-11-08',
          '2020-11-03',
          '2024-11-05',
          '2028-11-07',
          '2032-11-02',
          '2036-11-04',
        ],
      },
      citation: 'Ky. Rev. Stat. § 2.190',
      sourceText:
        'The Tuesday after the first Monday in November in Presidential election years shall be a state holiday on which all state offices, all schools and all state universities and colleges shall be closed',
    },
    D.thanksgiving({ sourceText: 'all days appointed by the President … as days of thanksgiving' }),
    D.dayAfterThanksgiving({
      citation: OFFICES,
      sourceText: 'The fourth Thursday in November plus one (1) extra day',
      verified: false,
      notes:
        'The Governor designates the extra day; it has been the Friday after Thanksgiving (assumed for every year).',
    }),
    D.christmasEve({
      citation: OFFICES,
      sourceText: 'The twenty-fifth day of December plus one (1) extra day',
      closeCall: EXTRA,
    }),
    D.christmas({ observance: 'saturdayToFridaySundayToMonday' }),
    D.newYearsEve({
      citation: OFFICES,
      sourceText: 'The first day of January plus one (1) extra day',
      closeCall: EXTRA,
    }),
  ],
  leftOut: [
    {
      name: 'Juneteenth National Freedom Day',
      reason:
        'Ky. Rev. Stat. § 2.147: a day the Governor proclaims for observance, not a holiday; a federal legal holiday anyway.',
    },
  ],
  peer: [
    peerFederalOnly('^Juneteenth$'),
    oursOnly('ky-lincoln', 'Kept as a close call (offices open); the peer omits it.'),
    oursOnly('ky-jefferson-davis', 'Kept as a close call (offices open); the peer omits it.'),
    oursOnly('ky-lee', 'Kept as a close call (offices open); the peer omits it.'),
    oursOnly('ky-fdr', 'Kept as a close call (offices open); the peer omits it.'),
    oursOnly(
      'ky-washington',
      'Kept as a close call (in § 2.110, offices open); the peer omits it for Kentucky.',
    ),
    oursOnly(
      'ky-day-after-thanksgiving',
      'The extra Thanksgiving day state offices close (§ 18A.190); the peer omits it.',
    ),
    oursOnly(
      'ky-presidential-election',
      'Ky. Rev. Stat. § 2.190 closes state offices on presidential election day; the peer omits it.',
    ),
    peerOnly(
      '^Good Friday$',
      'Only half the day is a holiday (§ 18A.190): kept as a part-day record, which never rolls a deadline.',
    ),
  ],
});
