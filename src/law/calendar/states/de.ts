import { D, defineState, peerFederalOnly } from './build.ts';

/**
 * Del. Code Ann. tit. 1, § 501: the legal holidays of Delaware — New Year's Day; Martin Luther King, Jr.'s
 * Birthday; Good Friday; Memorial Day; Juneteenth (from 2022); Independence Day; Labor Day; Veterans Day;
 * Thanksgiving Day and the day after; Christmas Day; the day of the general election in even-numbered years;
 * and Return Day (after 12 noon, in Sussex County only). Presidents' Day and Columbus Day were dropped from the
 * state list in exchange for the day after Thanksgiving and Good Friday long before 2000 (state employees
 * keep them as floating days). § 501: a holiday on a Saturday is kept on the Friday before, on a Sunday the
 * Monday after.
 */
export const DE = defineState({
  state: 'DE',
  citation: 'Del. Code Ann. tit. 1, § 501',
  observance: 'saturdayToFridaySundayToMonday',
  observanceCitation: 'Del. Code Ann. tit. 1, § 501',
  verified: false,
  days: [
    D.newYear(),
    D.mlk(),
    D.goodFriday({ observance: 'none' }),
    D.memorial(),
    D.juneteenth({ from: '2022-06-19', notes: 'Added in 2022; first kept June 2022 (unverified).' }),
    D.independence(),
    D.labor(),
    D.veterans(),
    D.thanksgiving({ observance: 'none' }),
    D.dayAfterThanksgiving({ observance: 'none' }),
    D.christmas(),
    D.electionEven({ observance: 'none' }),
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
