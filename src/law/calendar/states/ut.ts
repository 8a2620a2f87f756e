import { D, defineState, fixed, oursOnly, peerFederalOnly, peerOnly } from './build.ts';

/**
 * Utah Code Ann. § 63G-1-301(1) (text before May 7, 2025): "The following-named days are legal holidays in this
 * state: (i) every Sunday …; (ii) January 1, called New Year's Day; (iii) the third Monday of January, called Dr.
 * Martin Luther King, Jr. Day; (iv) the third Monday of February, called Washington and Lincoln Day; (v) the last
 * Monday of May, called Memorial Day; (vi) July 4, called Independence Day; (vii) July 24, called Pioneer Day; (viii)
 * the first Monday of September, called Labor Day; (ix) the second Monday of October, called Columbus Day; (x)
 * November 11, called Veterans Day; (xi) the fourth Thursday of November, called Thanksgiving Day; (xii) December 25,
 * called Christmas; and (xiii) all days which may be set apart by the President … or the governor … as days of fast
 * or thanksgiving"; a holiday on a Sunday is kept the following Monday, on a Saturday the preceding Friday. 2022
 * H.B. 238 added June 19, Juneteenth National Freedom Day. From May 7, 2025 ("Juneteenth Observance Amendments"):
 * "If June 19 falls on a Tuesday, Wednesday, Thursday, or Friday, the preceding Monday is the legal holiday. If June
 * 19 falls on Saturday or Sunday, the following Monday is the legal holiday." The text in force from May 6, 2026
 * also lists Good Friday, "subject to Subsection (6)".
 */
export const UT = defineState({
  state: 'UT',
  citation: 'Utah Code Ann. § 63G-1-301(1)',
  observance: 'saturdayToFridaySundayToMonday',
  observanceCitation: 'Utah Code Ann. § 63G-1-301(2)',
  verified: true,
  notes:
    'Checked against § 63G-1-301 as printed in 2021 S.B. 166, 2022 H.B. 238 and the 2025 and 2026 texts; subsection (6), which conditions Good Friday, was not read.',
  days: [
    D.newYear(),
    D.mlk({ notes: 'Named Human Rights Day until 2000; the date did not change.' }),
    D.washington({ name: "Washington and Lincoln Day (Presidents' Day from 2026)" }),
    D.memorial(),
    D.juneteenth({
      name: 'Juneteenth National Freedom Day',
      from: '2022-06-19',
      to: '2025-05-06',
      citation: 'Utah Code Ann. § 63G-1-301, as amended by 2022 H.B. 238',
    }),
    {
      id: 'juneteenth-monday',
      name: 'Juneteenth National Freedom Day (observed Monday)',
      rule: {
        type: 'listed',
        dates: [
          '2025-06-16',
          '2026-06-15',
          '2027-06-21',
          '2028-06-19',
          '2029-06-18',
          '2030-06-17',
          '2031-06-16',
          '2032-06-21',
          '2033-06-20',
          '2034-06-19',
          '2035-06-18',
        ],
      },
      from: '2025-05-07',
      citation: 'Utah Code Ann. § 63G-1-301(2)(c)–(d)',
      sourceText:
        'If June 19 falls on a Tuesday, Wednesday, Thursday, or Friday, the preceding Monday is the legal holiday. If June 19 falls on Saturday or Sunday, the following Monday is the legal holiday.',
      observance: 'none',
      notes:
        'The Monday of the week of June 19 (the next Monday after a weekend June 19); dates listed through 2035 — extend before then.',
    },
    D.independence(),
    { id: 'pioneer', name: 'Pioneer Day', rule: fixed(7, 24), sourceText: 'July 24, Pioneer Day' },
    D.goodFriday({
      from: '2026-05-06',
      observance: 'none',
      verified: false,
      closeCall:
        'Listed in § 63G-1-301 from May 6, 2026 "subject to Subsection (6)", whose conditions were not read.',
    }),
    D.labor(),
    D.columbus(),
    D.veterans(),
    D.thanksgiving(),
    D.christmas(),
  ],
  peer: [
    oursOnly('ut-good-friday', 'Listed from May 2026 (a close call, see the record); the peer omits it.'),
    oursOnly(
      'ut-juneteenth-monday',
      'From May 7, 2025 Utah keeps Juneteenth on the Monday of its week; the peer keeps June 19.',
    ),
    peerOnly(
      '^Juneteenth$',
      'June 19 itself, which Utah has kept on a Monday since May 7, 2025 (see ut-juneteenth-monday); a federal legal holiday anyway.',
      [2025, 2035],
    ),
    peerFederalOnly('^Juneteenth$'),
  ],
});
