import { D, defineState, peerFederalOnly } from './build.ts';

/**
 * Okla. Stat. tit. 25, § 82.1(A): "The designation and dates of holidays in Oklahoma shall be as follows: Each
 * Saturday, Sunday, New Year's Day on the 1st day of January, Martin Luther King, Jr.'s Birthday on the third Monday
 * in January, Presidents' Day on the third Monday in February, Memorial Day on the last Monday in May, Independence
 * Day on the 4th day of July, Labor Day on the first Monday in September, Veterans' Day on the 11th day of November,
 * Thanksgiving Day on the fourth Thursday in November, the day after Thanksgiving Day, Christmas on the 25th day of
 * December, the day before or after Christmas if Christmas is not on a Saturday or Sunday, [two days around a
 * weekend Christmas] …; and if any of such holidays other than Christmas fall on Saturday, the preceding Friday shall
 * be a holiday in that year and if … on Sunday, the succeeding Monday". (C): "Any act authorized, required, or
 * permitted to be performed on a holiday … may be performed on the next succeeding business day".
 */
export const OK = defineState({
  state: 'OK',
  citation: 'Okla. Stat. tit. 25, § 82.1',
  observance: 'saturdayToFridaySundayToMonday',
  observanceCitation: 'Okla. Stat. tit. 25, § 82.1(A)',
  verified: true,
  notes: 'Checked against § 82.1 as printed in 2023 and 2025 bills (2021 text) and an older copy.',
  days: [
    D.newYear(),
    D.mlk(),
    D.washington({ name: "Presidents' Day" }),
    D.memorial(),
    D.independence(),
    D.labor(),
    D.veterans(),
    D.thanksgiving({ observance: 'none' }),
    D.dayAfterThanksgiving({ observance: 'none' }),
    D.christmas(),
  ],
  leftOut: [
    { name: 'Columbus Day', reason: 'Not an Oklahoma state holiday; a federal legal holiday anyway.' },
    {
      name: 'The extra Christmas day(s)',
      reason:
        'Section 82.1(A) adds "the day before or after Christmas" (chosen in the Governor’s yearly executive order) or two days around a weekend Christmas (earlier: the Monday before a Tuesday Christmas, the Friday after a Thursday one); the chosen day is not modeled — a gap, the earlier date being the safer one.',
    },
    { name: 'General election day', reason: 'Only proposed (2025 H.B. 1692); not in § 82.1.' },
  ],
  peer: [peerFederalOnly('^Juneteenth$'), peerFederalOnly('^Columbus Day$')],
});
