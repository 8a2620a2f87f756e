import { D, defineState, fixed, oursOnly, peerFederalOnly } from './build.ts';

const ND_OBS = 'N.D. Cent. Code §§ 1-03-02 (Sunday → Monday), 1-03-02.1 (Saturday → Friday)';

/**
 * N.D. Cent. Code § 1-03-01: "Holidays are as follows: 1. Every Sunday. 2. The first day of January, which is
 * New Year's Day. 3. The third Monday of January, which is Martin Luther King Day … 4. The third Monday in
 * February, in recognition of the birthday of George Washington. 5. The Friday next preceding Easter Sunday and
 * commonly known as Good Friday. 6. The last Monday in May, which is Memorial Day. 7. The fourth day of July …
 * 8. The first Monday in September, which is Labor Day. 9. The eleventh day of November, which is Veterans' Day.
 * 10. The fourth Thursday in November, which is Thanksgiving Day. 11. The twenty-fifth day of December, which is
 * Christmas Day. 12. Every day appointed by the President of the United States or by the governor of this state
 * for a public holiday." § 1-03-01.1: "State offices must be closed at twelve noon on December twenty-fourth".
 * § 1-03-02: if January 1, July 4, November 11 or December 25 falls on a Sunday, the Monday following is the
 * holiday; § 1-03-02.1: if one of them falls on a Saturday, the Friday immediately before.
 */
export const ND = defineState({
  state: 'ND',
  citation: 'N.D. Cent. Code § 1-03-01',
  observance: 'none',
  observanceCitation: ND_OBS,
  verified: true,
  notes: 'Checked against a published copy of chapter 1-03 (Juneteenth was not in it).',
  days: [
    D.newYear({
      sourceText: "The first day of January, which is New Year's Day",
      observance: 'saturdayToFridaySundayToMonday',
    }),
    D.mlk({ sourceText: 'The third Monday of January, which is Martin Luther King Day' }),
    D.washington({
      sourceText: 'The third Monday in February, in recognition of the birthday of George Washington',
    }),
    D.goodFriday({ sourceText: 'The Friday next preceding Easter Sunday and commonly known as Good Friday' }),
    D.memorial({ sourceText: 'The last Monday in May, which is Memorial Day' }),
    D.independence({ sourceText: 'The fourth day of July', observance: 'saturdayToFridaySundayToMonday' }),
    D.labor({ sourceText: 'The first Monday in September, which is Labor Day' }),
    D.veterans({
      sourceText: "The eleventh day of November, which is Veterans' Day",
      observance: 'saturdayToFridaySundayToMonday',
    }),
    D.thanksgiving({ sourceText: 'The fourth Thursday in November, which is Thanksgiving Day' }),
    D.christmas({
      sourceText: 'The twenty-fifth day of December, which is Christmas Day',
      observance: 'saturdayToFridaySundayToMonday',
    }),
    {
      id: 'christmas-eve-afternoon',
      name: 'Christmas Eve (from noon)',
      rule: fixed(12, 24),
      citation: 'N.D. Cent. Code § 1-03-01.1',
      sourceText: 'State offices must be closed at twelve noon on December twenty-fourth, Christmas Eve day',
      partialDay: true,
      notes: 'Offices close for the afternoon only: shown, never used to roll a deadline.',
    },
  ],
  leftOut: [{ name: 'Columbus Day', reason: 'Not in § 1-03-01; a federal legal holiday anyway.' }],
  peer: [
    peerFederalOnly('^Columbus Day$'),
    peerFederalOnly('^Juneteenth$'),
    oursOnly('nd-good-friday', 'N.D. Cent. Code § 1-03-01(5) names Good Friday; the peer omits it.'),
  ],
});
