import { D, defineState, fixed, oursOnly, peerFederalOnly } from './build.ts';

/**
 * S.C. Code Ann. § 53-5-10: "The first day of January-New Year's Day, the third Monday of January-Martin Luther
 * King, Jr. Day, the third Monday in February-George Washington's birthday/President's Day, the tenth day of
 * May-Confederate Memorial Day, the last Monday of May-National Memorial Day, the fourth day of July-Independence
 * Day, the first Monday in September-Labor Day, the eleventh day of November-Veterans Day, National Thanksgiving
 * Day and the day after, and the twenty-fourth, twenty-fifth, and twenty-sixth days of December in each year are
 * legal holidays." History: 2000 Act No. 246 (eff. May 1, 2000) made Martin Luther King, Jr. Day and Confederate
 * Memorial Day regular holidays (first kept in 2001) and deleted the general election day holiday; 2009 Act No.
 * 33 (eff. June 2, 2009) added December 24.
 */
export const SC = defineState({
  state: 'SC',
  citation: 'S.C. Code Ann. § 53-5-10',
  observance: 'sundayToMonday',
  observanceCitation:
    'S.C. Code Ann. § 53-5-10 as applied by the state (a Sunday holiday is kept on Monday; section unverified)',
  verified: true,
  notes:
    'The list and its history were checked against the Code on scstatehouse.gov; the weekend rule was not.',
  days: [
    D.newYear(),
    D.mlk({
      from: '2001-01-01',
      notes:
        'Made a regular holiday by 2000 Act No. 246 (an optional one before); first kept in January 2001.',
    }),
    D.washington({ name: "George Washington's Birthday/President's Day" }),
    {
      id: 'confederate-memorial',
      name: 'Confederate Memorial Day',
      rule: fixed(5, 10),
      from: '2001-01-01',
      sourceText: 'the tenth day of May-Confederate Memorial Day',
      notes: 'A regular holiday by 2000 Act No. 246; state government first closed for it on May 10, 2001.',
    },
    D.memorial({ name: 'National Memorial Day' }),
    D.independence(),
    D.labor(),
    D.veterans(),
    D.thanksgiving({ sourceText: 'National Thanksgiving Day', observance: 'none' }),
    D.dayAfterThanksgiving({ sourceText: 'National Thanksgiving Day and the day after', observance: 'none' }),
    D.christmasEve({
      from: '2009-06-02',
      citation: 'S.C. Code Ann. § 53-5-10, as amended by 2009 Act No. 33',
    }),
    D.christmas(),
    {
      id: 'day-after-christmas',
      name: 'Day after Christmas',
      rule: fixed(12, 26),
      sourceText: 'the twenty-sixth day of December',
    },
    D.election({
      to: '2000-04-30',
      observance: 'none',
      sourceText: 'All general election days are legal holidays',
      notes: 'Deleted by 2000 Act No. 246.',
    }),
  ],
  leftOut: [{ name: 'Columbus Day', reason: 'Not in § 53-5-10; a federal legal holiday anyway.' }],
  peer: [
    peerFederalOnly('^Juneteenth$'),
    peerFederalOnly('^Columbus Day$'),
    oursOnly(
      'sc-day-after-thanksgiving',
      'S.C. Code Ann. § 53-5-10 lists the day after Thanksgiving; the peer omits it.',
    ),
    oursOnly('sc-christmas-eve', 'S.C. Code Ann. § 53-5-10 lists December 24 since 2009; the peer omits it.'),
  ],
});
