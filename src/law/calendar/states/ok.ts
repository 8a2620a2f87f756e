import { D, defineState, peerFederalOnly } from './build.ts';

/**
 * Okla. Stat. tit. 25, § 82.1: the holidays of Oklahoma — New Year's Day; Martin Luther King, Jr. Day;
 * Presidents' Day; Memorial Day; Independence Day; Labor Day; Veterans Day; Thanksgiving Day and the day
 * after; Christmas Day; and each day of a statewide election. A holiday on a Saturday is kept the Friday
 * before, on a Sunday the Monday after.
 */
export const OK = defineState({
  state: 'OK',
  citation: 'Okla. Stat. tit. 25, § 82.1',
  observance: 'saturdayToFridaySundayToMonday',
  observanceCitation: 'Okla. Stat. tit. 25, § 82.2',
  verified: false,
  days: [
    D.newYear(),
    D.mlk(),
    D.washington({ name: "Presidents' Day" }),
    D.memorial(),
    D.independence(),
    D.labor(),
    D.veterans(),
    D.thanksgiving({ observance: 'none' }),
    D.dayAfterThanksgiving({ observance: 'none' }),
    D.christmas(),
  ],
  leftOut: [
    { name: 'Columbus Day', reason: 'Not an Oklahoma state holiday; a federal legal holiday anyway.' },
    {
      name: 'Statewide election days',
      reason: 'Whether § 82.1 still makes them holidays is unverified; not modelled.',
    },
  ],
  peer: [peerFederalOnly('^Juneteenth$'), peerFederalOnly('^Columbus Day$')],
});
