import { D, defineState, fixed, oursOnly, peerFederalOnly } from './build.ts';

/**
 * S.C. Code Ann. § 53-5-10: the legal holidays of South Carolina — January 1; the third Monday in January (Dr.
 * Martin Luther King, Jr., from 2001); the third Monday in February (George Washington); May 10 (Confederate
 * Memorial Day); the last Monday in May; July 4; the first Monday in September; November 11; the fourth
 * Thursday in November and the Friday after; December 24, 25 and 26. A holiday on a Saturday is kept the Friday
 * before, on a Sunday the Monday after.
 */
export const SC = defineState({
  state: 'SC',
  citation: 'S.C. Code Ann. § 53-5-10',
  observance: 'saturdayToFridaySundayToMonday',
  observanceCitation: 'S.C. Code Ann. § 53-5-10',
  verified: false,
  days: [
    D.newYear(),
    D.mlk({
      from: '2001-01-01',
      notes:
        'Made a state holiday by Act No. 292 of 2000 (with Confederate Memorial Day); first kept in January 2001.',
    }),
    D.washington(),
    {
      id: 'confederate-memorial',
      name: 'Confederate Memorial Day',
      rule: fixed(5, 10),
      sourceText: 'May 10, Confederate Memorial Day',
    },
    D.memorial(),
    D.independence(),
    D.labor(),
    D.veterans(),
    D.thanksgiving({ observance: 'none' }),
    D.dayAfterThanksgiving({ observance: 'none' }),
    D.christmasEve(),
    D.christmas(),
    {
      id: 'day-after-christmas',
      name: 'Day after Christmas',
      rule: fixed(12, 26),
      sourceText: 'December 26',
    },
  ],
  leftOut: [
    { name: 'Columbus Day', reason: 'Not a South Carolina legal holiday; a federal legal holiday anyway.' },
  ],
  peer: [
    peerFederalOnly('^Juneteenth$'),
    peerFederalOnly('^Columbus Day$'),
    oursOnly(
      'sc-day-after-thanksgiving',
      'S.C. Code Ann. § 53-5-10 lists the Friday after Thanksgiving; the peer omits it.',
    ),
    oursOnly('sc-christmas-eve', 'S.C. Code Ann. § 53-5-10 lists December 24; the peer omits it.'),
  ],
});
