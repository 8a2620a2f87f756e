import { D, defineState, peerFederalOnly } from './build.ts';

/**
 * Or. Rev. Stat. § 187.010(1): the legal holidays of Oregon — New Year's Day; Martin Luther King, Jr.'s
 * Birthday; Presidents' Day (the third Monday in February, Lincoln's and Washington's birthdays); Memorial
 * Day; Juneteenth (from 2022); Independence Day; Labor Day; Veterans Day; Thanksgiving Day; Christmas Day;
 * every day appointed by the Governor. § 187.010(2): a holiday on a Sunday is kept the Monday after, on a
 * Saturday the Friday before.
 */
export const OR = defineState({
  state: 'OR',
  citation: 'Or. Rev. Stat. § 187.010(1)',
  observance: 'saturdayToFridaySundayToMonday',
  observanceCitation: 'Or. Rev. Stat. § 187.010(2)',
  verified: false,
  days: [
    D.newYear(),
    D.mlk(),
    D.washington({ name: "Presidents' Day" }),
    D.memorial(),
    D.juneteenth({
      from: '2022-01-01',
      notes: 'Added by H.B. 2168 (2021), first kept 2022 (bill number unverified).',
    }),
    D.independence(),
    D.labor(),
    D.veterans(),
    D.thanksgiving(),
    D.christmas(),
  ],
  leftOut: [{ name: 'Columbus Day', reason: 'Not an Oregon legal holiday; a federal legal holiday anyway.' }],
  peer: [peerFederalOnly('^Juneteenth$'), peerFederalOnly('^Columbus Day$')],
});
