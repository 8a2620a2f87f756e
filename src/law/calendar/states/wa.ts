import { D, defineState, oursOnly, peerFederalOnly } from './build.ts';

/**
 * Wash. Rev. Code § 1.16.050(1): "The following are state legal holidays: (a) Sunday; (b) The first day of January,
 * commonly called New Year's Day; (c) The third Monday of January, celebrated as the anniversary of the birth of
 * Martin Luther King, Jr.; (d) The third Monday of February, to be known as Presidents' Day …; (e) The last Monday of
 * May, commonly known as Memorial Day; (f) The fourth day of July …; (g) The first Monday in September, to be known as
 * Labor Day; (h) The eleventh day of November, to be known as Veterans' Day; (i) The fourth Thursday in November, to
 * be known as Thanksgiving Day; (j) The Friday immediately following the fourth Thursday in November, to be known as
 * Native American Heritage Day; and (k) The twenty-fifth day of December, commonly called Christmas Day." Native
 * American Heritage Day was named by 2014 c 177 (S.S.B. 6078, effective June 12, 2014); the day was a holiday before
 * as "the day immediately following Thanksgiving Day". Juneteenth was added by 2021 H.B. 1016.
 */
export const WA = defineState({
  state: 'WA',
  citation: 'Wash. Rev. Code § 1.16.050(1)',
  observance: 'saturdayToFridaySundayToMonday',
  observanceCitation: 'Wash. Rev. Code § 1.16.050',
  verified: true,
  notes:
    'Checked against RCW 1.16.050 and the 2004 and 2014 bills amending it; the weekend rule and the Juneteenth amendment were not read.',
  days: [
    D.newYear(),
    D.mlk(),
    D.washington({ name: "Presidents' Day" }),
    D.memorial(),
    D.juneteenth({ from: '2022-01-01', notes: 'Added by H.B. 1016 (2021), first kept 2022.' }),
    D.independence(),
    D.labor(),
    D.veterans(),
    D.thanksgiving({ observance: 'none' }),
    D.dayAfterThanksgiving({
      name: 'Native American Heritage Day',
      observance: 'none',
      notes: 'The day after Thanksgiving; named Native American Heritage Day in 2013.',
    }),
    D.christmas(),
  ],
  leftOut: [
    { name: 'Columbus Day', reason: 'Not a Washington legal holiday; a federal legal holiday anyway.' },
  ],
  peer: [
    peerFederalOnly('^Juneteenth$'),
    peerFederalOnly('^Columbus Day$'),
    oursOnly(
      'wa-day-after-thanksgiving',
      'Wash. Rev. Code § 1.16.050 lists the Friday after Thanksgiving (Native American Heritage Day); the peer omits it.',
    ),
  ],
});
