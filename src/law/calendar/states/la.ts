import { D, defineState, easter, fixed, oursOnly, peerFederalOnly } from './build.ts';

const LA_CLOSE =
  'A "day of public rest and legal holiday" in La. Rev. Stat. § 1:55(A), but not among the days the public offices of the state close (§ 1:55(B)); courts stay open.';

/**
 * La. Rev. Stat. § 1:55(A)(1) (current text): "The following shall be days of public rest and legal holidays:
 * Sundays; January 1, New Year's Day; January 8, Battle of New Orleans; the third Monday in January, Dr. Martin
 * Luther King, Jr.'s Birthday; the third Monday in February, Washington's Birthday and Presidents' Day; the day of
 * Mardi Gras; Good Friday; the last Monday in May, National Memorial Day; July 4, Independence Day; August 30,
 * Huey P. Long Day; the first Monday in September, Labor Day; the second Monday in October, Christopher Columbus
 * Day; November 1, All Saints' Day; November 11, Veterans' Day; the fourth Thursday in November, Thanksgiving Day;
 * December 25, Christmas Day; Inauguration Day in the city of Baton Rouge …". Earlier versions (quoted in 2018)
 * also listed January 19, Robert E. Lee Day, and June 3, Confederate Memorial Day, and named Mardi Gras only
 * elsewhere. § 1:55(B)(1)(a): "no employee shall work on New Year's Day, Dr. Martin Luther King, Jr.'s Birthday
 * …, Mardi Gras Day, Good Friday, Independence Day, Labor Day, Veterans' Day, Thanksgiving Day, Christmas Day,
 * Inauguration Day once in every four years in the city of Baton Rouge, or General Election Day every two years"
 * (and Juneteenth); if New Year's Day, Independence Day or Christmas Day falls on a Saturday the preceding Friday
 * is a holiday, on a Sunday the following Monday — "this does not apply to any other holiday".
 */
export const LA = defineState({
  state: 'LA',
  citation: 'La. Rev. Stat. § 1:55(A)(1)',
  observance: 'none',
  observanceCitation: "La. Rev. Stat. § 1:55(B) (New Year's Day, Independence Day and Christmas Day only)",
  verified: false,
  notes:
    'The § 1:55(A)(1) list was checked against the current text on legis.la.gov and a 2018 quotation; § 1:55(B)(1)(a) and the weekend rule against a parish clerk’s quotation. The year Lee Day and Confederate Memorial Day left (A)(1) is unverified.',
  days: [
    D.newYear({ verified: true, observance: 'saturdayToFridaySundayToMonday' }),
    {
      id: 'battle-of-new-orleans',
      name: 'Battle of New Orleans',
      rule: fixed(1, 8),
      sourceText: 'January 8, Battle of New Orleans',
      observance: 'none',
      verified: true,
      closeCall: LA_CLOSE,
    },
    D.mlk({
      sourceText: "the third Monday in January, Dr. Martin Luther King, Jr.'s Birthday",
      verified: true,
    }),
    {
      id: 'lee',
      name: 'Robert E. Lee Day',
      rule: fixed(1, 19),
      sourceText: 'January 19, Robert E. Lee Day',
      observance: 'none',
      to: '2020-12-31',
      verified: false,
      closeCall: LA_CLOSE,
      notes:
        'In § 1:55(A)(1) as quoted in 2018, not in the current text; we end it with 2020 (the repealing act is unverified).',
    },
    D.washington({
      name: "Washington's Birthday and Presidents' Day",
      sourceText: "the third Monday in February, Washington's Birthday and Presidents' Day",
      verified: true,
    }),
    {
      id: 'mardi-gras',
      name: 'Mardi Gras Day',
      rule: easter(-47),
      citation: 'La. Rev. Stat. § 1:55(A)(1), (B)(1)(a)',
      sourceText: 'the day of Mardi Gras',
      observance: 'none',
      verified: true,
      notes:
        'A day of public rest and legal holiday throughout the state in the current § 1:55(A)(1), and a day state employees do not work (§ 1:55(B)(1)(a)); the Secretary of State and all 64 parish clerks close. Not a part-of-state day.',
    },
    D.goodFriday({ observance: 'none', verified: true }),
    D.memorial({ sourceText: 'the last Monday in May, National Memorial Day', verified: true }),
    {
      id: 'confederate-memorial',
      name: 'Confederate Memorial Day',
      rule: fixed(6, 3),
      sourceText: 'June 3, Confederate Memorial Day',
      observance: 'none',
      to: '2020-12-31',
      verified: false,
      closeCall: LA_CLOSE,
      notes:
        'In § 1:55(A)(1) as quoted in 2018, not in the current text; we end it with 2020 (the repealing act is unverified).',
    },
    D.independence({ verified: true, observance: 'saturdayToFridaySundayToMonday' }),
    {
      id: 'huey-long',
      name: 'Huey P. Long Day',
      rule: fixed(8, 30),
      sourceText: 'August 30, Huey P. Long Day',
      observance: 'none',
      verified: true,
      closeCall: LA_CLOSE,
    },
    D.labor({ verified: true }),
    D.columbus({
      name: 'Christopher Columbus Day',
      sourceText: 'the second Monday in October, Christopher Columbus Day',
      verified: true,
    }),
    {
      id: 'all-saints',
      name: "All Saints' Day",
      rule: fixed(11, 1),
      sourceText: "November 1, All Saints' Day",
      observance: 'none',
      verified: true,
      closeCall: LA_CLOSE,
    },
    D.electionEven({
      citation: 'La. Rev. Stat. § 1:55(B)(1)(a)',
      sourceText: 'General Election Day every two years',
      observance: 'none',
      verified: true,
    }),
    D.veterans({ sourceText: "November 11, Veterans' Day", verified: true }),
    D.thanksgiving({ verified: true }),
    D.christmas({ verified: true, observance: 'saturdayToFridaySundayToMonday' }),
    {
      id: 'inauguration-baton-rouge',
      name: 'Inauguration Day (city of Baton Rouge)',
      rule: {
        type: 'listed',
        dates: [
          '2000-01-10',
          '2004-01-12',
          '2008-01-14',
          '2012-01-09',
          '2016-01-11',
          '2020-01-13',
          '2024-01-08',
          '2028-01-10',
          '2032-01-12',
        ],
      },
      sourceText: 'Inauguration Day in the city of Baton Rouge',
      observance: 'none',
      verified: true,
      area: { text: 'the city of Baton Rouge', seats: ['lamd:baton-rouge'] },
      notes:
        "The Governor's term begins at noon on the second Monday in January after the election (La. Const. art. IV, § 3); dates listed through 2032 — extend before then. A holiday only where M.D. La. sits.",
    },
  ],
  leftOut: [
    {
      name: 'Orleans Parish court holidays (La. Rev. Stat. § 1:55(E))',
      reason:
        'Days the state courts in Orleans Parish close (e.g. the day after Thanksgiving, Christmas Eve, New Year’s Eve) are court closing days, not days the statute declares holidays for the place; not modeled (unverified).',
    },
  ],
  peer: [
    peerFederalOnly('^Juneteenth$'),
    oursOnly(
      'la-battle-of-new-orleans',
      'Kept as a close call (see the record): the statute calls it a legal holiday but offices and courts stay open; the peer lists only the days offices close.',
    ),
    oursOnly(
      'la-confederate-memorial',
      'Kept as a close call (see the record): the statute calls it a legal holiday but offices and courts stay open; the peer lists only the days offices close.',
    ),
    oursOnly(
      'la-huey-long',
      'Kept as a close call (see the record): the statute calls it a legal holiday but offices and courts stay open; the peer lists only the days offices close.',
    ),
    oursOnly(
      'la-all-saints',
      'Kept as a close call (see the record): the statute calls it a legal holiday but offices and courts stay open; the peer lists only the days offices close.',
    ),
    oursOnly(
      'la-lee',
      'Kept as a close call (see the record): the statute calls it a legal holiday but offices and courts stay open; the peer lists only the days offices close.',
    ),
    oursOnly(
      'la-inauguration-baton-rouge',
      'A holiday in the city of Baton Rouge only (La. Rev. Stat. § 1:55(A)(1)); the peer does not list part-of-state days.',
    ),
  ],
});
