import { D, defineState, oursOnly, peerFederalOnly } from './build.ts';

/**
 * N.D. Cent. Code § 1-03-01: the legal holidays of North Dakota — New Year's Day; Martin Luther King, Jr. Day;
 * Washington's Birthday (Presidents' Day); Good Friday; Memorial Day; Independence Day; Labor Day; Veterans'
 * Day; Thanksgiving Day; Christmas Day; and every day appointed by the President or the Governor. A holiday
 * on a Sunday is kept the Monday after, on a Saturday the Friday before (§ 1-03-02).
 */
export const ND = defineState({
  state: 'ND',
  citation: 'N.D. Cent. Code § 1-03-01',
  observance: 'saturdayToFridaySundayToMonday',
  observanceCitation: 'N.D. Cent. Code § 1-03-02',
  verified: false,
  days: [
    D.newYear(),
    D.mlk(),
    D.washington({ name: "Presidents' Day" }),
    D.goodFriday({ observance: 'none' }),
    D.memorial(),
    D.independence(),
    D.labor(),
    D.veterans(),
    D.thanksgiving(),
    D.christmas(),
  ],
  leftOut: [
    {
      name: 'Columbus Day',
      reason:
        'Not a North Dakota state holiday as we have the statute (unverified); a federal legal holiday anyway.',
    },
  ],
  peer: [
    peerFederalOnly('^Juneteenth$'),
    oursOnly(
      'nd-good-friday',
      'N.D. Cent. Code § 1-03-01 lists Good Friday as we have its text (unverified); the peer omits it.',
    ),
    peerFederalOnly('^Columbus Day$'),
  ],
});
