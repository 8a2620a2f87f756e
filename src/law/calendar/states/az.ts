import { D, defineState, peerFederalOnly } from './build.ts';

/**
 * Ariz. Rev. Stat. § 1-301(A): the legal holidays of Arizona — Sunday; January 1; the third Monday in January,
 * "Martin Luther King Jr./Civil Rights Day"; the third Monday in February, "Lincoln/Washington Presidents'
 * Day"; the last Monday in May; July 4; the first Monday in September; the second Monday in October, Columbus
 * Day; November 11; the fourth Thursday in November; December 25. § 1-301(B): a holiday on a Sunday is
 * observed on the following Monday, on a Saturday the preceding Friday.
 */
export const AZ = defineState({
  state: 'AZ',
  citation: 'Ariz. Rev. Stat. § 1-301(A)',
  observance: 'saturdayToFridaySundayToMonday',
  observanceCitation: 'Ariz. Rev. Stat. § 1-301(B)',
  verified: false,
  days: [
    D.newYear(),
    D.mlk({
      name: 'Martin Luther King Jr./Civil Rights Day',
      from: '1993-01-01',
      sourceText: 'the third Monday in January, Martin Luther King Jr./Civil Rights Day',
      notes:
        'Made a paid state holiday by the voters in November 1992 (Proposition 300); first kept in 1993.',
    }),
    D.washington({
      name: "Lincoln/Washington Presidents' Day",
      sourceText: "the third Monday in February, Lincoln/Washington Presidents' Day",
    }),
    D.memorial(),
    D.independence(),
    D.labor(),
    D.columbus(),
    D.veterans(),
    D.thanksgiving(),
    D.christmas(),
  ],
  leftOut: [
    {
      name: 'Juneteenth',
      reason:
        'A 2021 Arizona law recognizes June 19 as a day of observance only; not added to § 1-301. A federal legal holiday anyway.',
    },
  ],
  peer: [peerFederalOnly('^Juneteenth$')],
});
