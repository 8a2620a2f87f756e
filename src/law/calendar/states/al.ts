import { D, defineState, easter, MONDAY, nth, oursOnly, peerFederalOnly } from './build.ts';

/**
 * Ala. Code § 1-3-8(a): the legal public holidays of Alabama, several of them shared days (the third Monday in
 * January, "Robert E. Lee/Martin Luther King Birthday"; the third Monday in February, "George
 * Washington/Thomas Jefferson Birthday"), with Confederate Memorial Day (fourth Monday in April) and Jefferson
 * Davis' Birthday (first Monday in June). § 1-3-8(c) adds Mardi Gras in Baldwin and Mobile Counties.
 */
export const AL = defineState({
  state: 'AL',
  citation: 'Ala. Code § 1-3-8(a)',
  observance: 'saturdayToFridaySundayToMonday',
  observanceCitation: 'Ala. Code § 1-3-8(b) (state offices: Saturday → Friday, Sunday → Monday)',
  verified: true,
  notes:
    'The list was checked against the Alabama Department of Archives and History’s table “based on Section 1-3-8 … as amended by Act 91-250” (2014) and press reports through 2026; the weekend rule is the State Personnel Department’s and was not checked against the statute’s words. A bill to drop Jefferson Davis’ Birthday (H.B. 27) is not known to have passed.',
  days: [
    D.newYear(),
    D.mlk({
      name: 'Robert E. Lee/Martin Luther King Birthday',
      sourceText: 'the third Monday in January, Robert E. Lee/Martin Luther King Birthday',
    }),
    D.washington({
      name: 'George Washington/Thomas Jefferson Birthday',
      sourceText: 'the third Monday in February, George Washington/Thomas Jefferson Birthday',
    }),
    D.memorial({ sourceText: 'the last Monday in May, National Memorial Day' }),
    {
      id: 'confederate-memorial',
      name: 'Confederate Memorial Day',
      rule: nth(4, MONDAY, 4),
      sourceText: 'the fourth Monday in April, Confederate Memorial Day',
    },
    {
      id: 'jefferson-davis',
      name: "Jefferson Davis' Birthday",
      rule: nth(1, MONDAY, 6),
      sourceText: "the first Monday in June, Jefferson Davis' Birthday",
    },
    D.independence(),
    D.labor(),
    D.columbus({
      name: 'Columbus Day, Fraternal Day and American Indian Heritage Day',
      sourceText:
        'the second Monday in October, Columbus Day and Fraternal Day and American Indian Heritage Day',
    }),
    D.veterans(),
    D.thanksgiving(),
    D.christmas(),
    {
      id: 'mardi-gras',
      name: 'Mardi Gras Day (Baldwin and Mobile Counties)',
      rule: easter(-47),
      citation: 'Ala. Code § 1-3-8(c)',
      sourceText:
        'Mardi Gras Day … all state offices shall be closed in those counties [Baldwin and Mobile] on Mardi Gras',
      observance: 'none',
      area: { text: 'Baldwin and Mobile Counties', seats: ['alsd:mobile'] },
      notes:
        'Declared for two counties only: a holiday for S.D. Ala. sitting in Mobile, not in Selma (Dallas County) nor in N.D. or M.D. Ala.',
    },
  ],
  leftOut: [
    {
      name: 'Juneteenth',
      reason:
        'Given to state employees by the Governor’s proclamation year by year, not by § 1-3-8; it is a federal legal holiday anyway.',
    },
    {
      name: 'Rosa L. Parks Day (December 1)',
      reason: 'Ala. Code § 1-3-8(d) lets a county commission choose it; not a statewide holiday.',
    },
  ],
  peer: [
    oursOnly(
      'al-mardi-gras',
      'A holiday in Baldwin and Mobile Counties only (Ala. Code § 1-3-8(c)); kept as a part-of-state day for S.D. Ala. sitting at Mobile. The peer does not list it.',
    ),
    peerFederalOnly('^Juneteenth$'),
  ],
});
