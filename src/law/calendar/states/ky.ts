import { D, defineState, easter, fixed, oursOnly, peerFederalOnly, peerOnly } from './build.ts';

const KY_CLOSE =
  'Listed as a legal holiday in Ky. Rev. Stat. § 2.110, but not among the days state offices close (§ 18A.190); courts stay open.';

/**
 * Ky. Rev. Stat. § 2.110: the legal holidays of Kentucky — New Year's Day; Martin Luther King Day; Robert E.
 * Lee's Birthday (January 19); Lincoln's Birthday (February 12); Washington's Birthday; Memorial Day;
 * Confederate Memorial Day and Jefferson Davis' Birthday (June 3); Independence Day; Labor Day; Columbus Day;
 * Veterans Day; Thanksgiving Day; Christmas Day. Ky. Rev. Stat. § 18A.190: the days state offices close —
 * among them one-half day on Good Friday, the Friday after Thanksgiving, Christmas Eve and New Year's Eve.
 */
export const KY = defineState({
  state: 'KY',
  citation: 'Ky. Rev. Stat. § 2.110',
  observance: 'saturdayToFridaySundayToMonday',
  observanceCitation: 'Ky. Rev. Stat. § 18A.190 (state offices)',
  verified: false,
  days: [
    D.newYear(),
    D.mlk(),
    {
      id: 'lee',
      name: "Robert E. Lee's Birthday",
      rule: fixed(1, 19),
      sourceText: "January 19, Robert E. Lee's Birthday",
      observance: 'none',
      closeCall: KY_CLOSE,
    },
    D.lincoln({ observance: 'none', closeCall: KY_CLOSE }),
    D.washington(),
    D.memorial(),
    {
      id: 'jefferson-davis',
      name: "Confederate Memorial Day and Jefferson Davis' Birthday",
      rule: fixed(6, 3),
      sourceText: "June 3, Confederate Memorial Day and Jefferson Davis' Birthday",
      observance: 'none',
      closeCall: KY_CLOSE,
    },
    D.independence(),
    D.labor(),
    D.columbus({ observance: 'none', closeCall: KY_CLOSE }),
    D.veterans(),
    D.thanksgiving(),
    D.dayAfterThanksgiving({ citation: 'Ky. Rev. Stat. § 18A.190', observance: 'none' }),
    D.christmasEve({ citation: 'Ky. Rev. Stat. § 18A.190', observance: 'none' }),
    D.christmas(),
    D.newYearsEve({ citation: 'Ky. Rev. Stat. § 18A.190', observance: 'none' }),
    {
      id: 'good-friday',
      name: 'Good Friday (one-half day)',
      rule: easter(-2),
      citation: 'Ky. Rev. Stat. § 18A.190',
      sourceText: 'one-half day on Good Friday',
      observance: 'none',
      partialDay: true,
      notes: 'Offices close for the afternoon only: shown, never used to roll a deadline.',
    },
  ],
  peer: [
    oursOnly(
      'ky-lincoln',
      'Kept as a close call (see the record): the statute calls it a legal holiday but offices and courts stay open; the peer lists only the days offices close.',
    ),
    oursOnly(
      'ky-jefferson-davis',
      'Kept as a close call (see the record): the statute calls it a legal holiday but offices and courts stay open; the peer lists only the days offices close.',
    ),
    oursOnly(
      'ky-lee',
      'Kept as a close call (see the record): the statute calls it a legal holiday but offices and courts stay open; the peer lists only the days offices close.',
    ),
    oursOnly(
      'ky-washington',
      'Ky. Rev. Stat. § 2.110 lists it as we have its text (unverified); the peer omits it for Kentucky.',
    ),
    oursOnly(
      'ky-day-after-thanksgiving',
      'A day state offices close (Ky. Rev. Stat. § 18A.190); the peer omits it.',
    ),
    peerOnly(
      '^Good Friday$',
      'Only the afternoon is a holiday (Ky. Rev. Stat. § 18A.190): kept as a part-day record, which never rolls a deadline.',
    ),
    peerFederalOnly('^Juneteenth$'),
  ],
});
