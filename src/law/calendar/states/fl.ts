import { D, defineState, fixed, MONDAY, nth, oursOnly, peerFederalOnly } from './build.ts';

const FL_CLOSE =
  'Fla. Stat. § 683.01 calls it a "legal holiday", but state offices and courts stay open: the paid holidays are those of § 110.117, and Fla. R. Gen. Prac. & Jud. Admin. 2.514(a)(6) counts only days the courts close. Whether such a day is "declared a holiday" under Rule 45(a)(6)(C) is unsettled.';

/**
 * Fla. Stat. § 683.01(1): the legal holidays of Florida — Sunday; January 1; the third Monday in January
 * (Martin Luther King, Jr.); January 19 (Robert E. Lee); the third Monday in February (Washington); February
 * 15 (Susan B. Anthony); April 2 (Pascua Florida Day); April 26 (Confederate Memorial Day); the last Monday in
 * May; June 3 (Jefferson Davis); June 14 (Flag Day); July 4; the first Monday in September; the second Monday
 * in October (Columbus Day and Farmers' Day); November 11; the fourth Thursday in November; December 25;
 * Shrove Tuesday in counties where carnival associations celebrate it; and general election day.
 *
 * Fla. Stat. § 110.117(1): the paid holidays of state offices — New Year's Day, Martin Luther King Day,
 * Memorial Day, Independence Day, Labor Day, Veterans' Day, Thanksgiving Day and the Friday after, Christmas
 * Day; a Saturday holiday is kept the Friday before, a Sunday holiday the Monday after (§ 110.117(2)).
 *
 * The days offices close on are certain; the other § 683.01 days are close calls (see `closeCall`).
 */
export const FL = defineState({
  state: 'FL',
  citation: 'Fla. Stat. § 110.117(1)',
  observance: 'saturdayToFridaySundayToMonday',
  observanceCitation: 'Fla. Stat. § 110.117(2)',
  verified: false,
  days: [
    D.newYear(),
    D.mlk(),
    D.memorial(),
    D.independence(),
    D.labor(),
    D.veterans(),
    D.thanksgiving(),
    D.dayAfterThanksgiving({ sourceText: 'the Friday after Thanksgiving' }),
    D.christmas(),
    ...(
      [
        ['lee', 'Robert E. Lee’s Birthday', fixed(1, 19), 'January 19, birthday of Robert E. Lee'],
        [
          'washington',
          "Washington's Birthday",
          nth(3, MONDAY, 2),
          'the third Monday in February, birthday of George Washington',
        ],
        [
          'susan-b-anthony',
          'Susan B. Anthony’s Birthday',
          fixed(2, 15),
          'February 15, birthday of Susan B. Anthony',
        ],
        ['pascua-florida', 'Pascua Florida Day', fixed(4, 2), 'April 2, Pascua Florida Day'],
        [
          'confederate-memorial',
          'Confederate Memorial Day',
          fixed(4, 26),
          'April 26, Confederate Memorial Day',
        ],
        ['jefferson-davis', 'Jefferson Davis’ Birthday', fixed(6, 3), 'June 3, birthday of Jefferson Davis'],
        ['flag', 'Flag Day', fixed(6, 14), 'June 14, Flag Day'],
        [
          'columbus',
          "Columbus Day and Farmers' Day",
          nth(2, MONDAY, 10),
          "the second Monday in October, Columbus Day and Farmers' Day",
        ],
        [
          'election',
          'General Election Day',
          { type: 'generalElectionDay', years: 'all' },
          'general election day',
        ],
      ] as const
    ).map(([id, name, rule, sourceText]) => ({
      id,
      name,
      rule,
      sourceText,
      citation: 'Fla. Stat. § 683.01(1)',
      observance: 'none' as const,
      closeCall: FL_CLOSE,
    })),
  ],
  leftOut: [
    {
      name: 'Shrove Tuesday (Mardi Gras)',
      reason:
        'Fla. Stat. § 683.01(1) makes it a legal holiday only "in counties where carnival associations are organized for the purpose of celebrating the same"; no federal court seat is known to be in such a county.',
    },
  ],
  peer: [
    peerFederalOnly('^Juneteenth$'),
    oursOnly(
      'fl-washington',
      'Kept as a close call (see the record): the statute calls it a legal holiday but offices and courts stay open; the peer lists only the days offices close.',
    ),
    oursOnly(
      'fl-pascua-florida',
      'Kept as a close call (see the record): the statute calls it a legal holiday but offices and courts stay open; the peer lists only the days offices close.',
    ),
    oursOnly(
      'fl-confederate-memorial',
      'Kept as a close call (see the record): the statute calls it a legal holiday but offices and courts stay open; the peer lists only the days offices close.',
    ),
    oursOnly(
      'fl-jefferson-davis',
      'Kept as a close call (see the record): the statute calls it a legal holiday but offices and courts stay open; the peer lists only the days offices close.',
    ),
    oursOnly(
      'fl-flag',
      'Kept as a close call (see the record): the statute calls it a legal holiday but offices and courts stay open; the peer lists only the days offices close.',
    ),
    oursOnly(
      'fl-columbus',
      'Kept as a close call (see the record): the statute calls it a legal holiday but offices and courts stay open; the peer lists only the days offices close.',
    ),
    oursOnly(
      'fl-election',
      'Kept as a close call (see the record): the statute calls it a legal holiday but offices and courts stay open; the peer lists only the days offices close.',
    ),
    oursOnly(
      'fl-lee',
      'Kept as a close call (see the record): the statute calls it a legal holiday but offices and courts stay open; the peer lists only the days offices close.',
    ),
  ],
});
