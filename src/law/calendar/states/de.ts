import { D, defineState, peerFederalOnly } from './build.ts';

/**
 * Del. Code Ann. tit. 1, § 501(a): "The following days shall be legal holidays in this State: January 1, known as
 * New Year's Day; the third Monday in January, known as Martin Luther King, Jr. Day; Good Friday; July 4, known as
 * Independence Day; the first Monday in September, known as Labor Day; November 11, known as Veterans' Day; the
 * fourth Thursday in November, known as Thanksgiving Day; the Friday following Thanksgiving Day; December 25, known
 * as Christmas; Saturdays; the day of the General Election as it biennially occurs; and in Sussex County, Return
 * Day, the second day after the General Election, after 12:00 Noon. If any of the legal holidays fall on Sunday, the
 * Monday following shall be a legal holiday. If any of the legal holidays other than Saturday fall on Saturday, the
 * Friday preceding shall be a legal holiday." § 501(b): Memorial Day. Juneteenth was added in 2022.
 */
export const DE = defineState({
  state: 'DE',
  citation: 'Del. Code Ann. tit. 1, § 501',
  observance: 'saturdayToFridaySundayToMonday',
  observanceCitation: 'Del. Code Ann. tit. 1, § 501',
  verified: true,
  notes:
    'Checked against published copies of § 501 and the state’s 2016 holiday list; the Juneteenth amendment is unverified.',
  days: [
    D.newYear(),
    D.mlk(),
    D.goodFriday(),
    D.memorial(),
    D.juneteenth({ from: '2022-06-19', notes: 'Added in 2022; first kept June 2022 (unverified).' }),
    D.independence(),
    D.labor(),
    D.veterans(),
    D.thanksgiving(),
    D.dayAfterThanksgiving({ sourceText: 'the Friday following Thanksgiving Day' }),
    D.christmas(),
    D.electionEven({ sourceText: 'the day of the General Election as it biennially occurs' }),
  ],
  leftOut: [
    {
      name: 'Return Day (the Thursday after the general election, from 12 noon)',
      reason:
        'A half-day holiday in Sussex County only; the District of Delaware sits in Wilmington (New Castle County).',
    },
    {
      name: "Presidents' Day and Columbus Day",
      reason:
        'Not Delaware legal holidays (floating days for state employees); federal legal holidays anyway.',
    },
  ],
  peer: [peerFederalOnly('^Juneteenth$')],
});
