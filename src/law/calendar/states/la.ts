import { D, defineState, easter, fixed, oursOnly, peerFederalOnly } from './build.ts';

const LA_CLOSE =
  'A "day of public rest and legal holiday" in La. Rev. Stat. § 1:55(A), but not among the days the public offices of the state close (§ 1:55(B)); courts stay open.';

/**
 * La. Rev. Stat. § 1:55(A)(1): "The following shall be days of public rest and legal holidays: Sundays;
 * January 1, New Year's Day; January 8, Battle of New Orleans; the third Monday in January, Dr. Martin Luther
 * King, Jr.'s Birthday; January 19, Robert E. Lee Day; third Monday in February, Washington's Birthday; Good
 * Friday; the last Monday in May, National Memorial Day; June 3, Confederate Memorial Day; July 4,
 * Independence Day; August 30, Huey P. Long Day; the first Monday in September, Labor Day; the second Monday in
 * October, Christopher Columbus Day; November 1, All Saints' Day; November 11, Veterans' Day; the fourth
 * Thursday in November, Thanksgiving Day; December 25, Christmas Day; Inauguration Day in the city of Baton
 * Rouge …". § 1:55(B): the days the public offices of the state close, among them Mardi Gras Day, Good Friday
 * and general election day, and others the Governor proclaims.
 */
export const LA = defineState({
  state: 'LA',
  citation: 'La. Rev. Stat. § 1:55(A)(1)',
  observance: 'sundayToMonday',
  observanceCitation: 'La. Rev. Stat. § 1:55',
  verified: false,
  notes:
    'The § 1:55(A)(1) list was checked against a published quotation of the statute (2018); the § 1:55(B) office list and the weekend rule were not checked against the statute’s words.',
  days: [
    D.newYear({ verified: true }),
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
      verified: true,
      closeCall: LA_CLOSE,
    },
    D.washington({ verified: true }),
    {
      id: 'mardi-gras',
      name: 'Mardi Gras Day',
      rule: easter(-47),
      citation: 'La. Rev. Stat. § 1:55(B)',
      sourceText: 'Mardi Gras Day',
      observance: 'none',
      notes:
        'The public offices of the state close on Mardi Gras throughout the state, and § 1:55 makes it a holiday by name in Orleans and the neighbouring parishes; E.D. La. (New Orleans), M.D. La. (Baton Rouge) and W.D. La. keep it. The parish list was not checked.',
    },
    D.goodFriday({ observance: 'none', verified: true }),
    D.memorial({ sourceText: 'the last Monday in May, National Memorial Day', verified: true }),
    {
      id: 'confederate-memorial',
      name: 'Confederate Memorial Day',
      rule: fixed(6, 3),
      sourceText: 'June 3, Confederate Memorial Day',
      observance: 'none',
      verified: true,
      closeCall: LA_CLOSE,
    },
    D.independence({ verified: true }),
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
    D.electionEven({ citation: 'La. Rev. Stat. § 1:55(B)', observance: 'none' }),
    D.veterans({ sourceText: "November 11, Veterans' Day", verified: true }),
    D.thanksgiving({ verified: true }),
    D.christmas({ verified: true }),
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
        'Days the state courts in Orleans Parish close (e.g. the day after Thanksgiving, Christmas Eve, New Year’s Eve) are court closing days, not days the statute declares holidays for the place; not modelled (unverified).',
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
