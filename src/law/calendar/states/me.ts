import { D, defineState, MONDAY, nth, peerFederalOnly } from './build.ts';

/**
 * Me. Rev. Stat. tit. 4, § 1051: the legal holidays of Maine — New Year's Day; Martin Luther King, Jr. Day;
 * Washington's Birthday; Patriots' Day (the third Monday in April); Memorial Day; Juneteenth (from 2022);
 * Independence Day; Labor Day; Indigenous Peoples' Day (the second Monday in October, from 2019, in place of
 * Columbus Day); Veterans Day; Thanksgiving Day; Christmas Day. A holiday on a Sunday is kept the Monday after.
 */
export const ME = defineState({
  state: 'ME',
  citation: 'Me. Rev. Stat. tit. 4, § 1051',
  observance: 'sundayToMonday',
  observanceCitation: 'Me. Rev. Stat. tit. 4, § 1051',
  verified: false,
  days: [
    D.newYear(),
    D.mlk(),
    D.washington(),
    {
      id: 'patriots',
      name: "Patriots' Day",
      rule: nth(3, MONDAY, 4),
      sourceText: "the third Monday of April, Patriots' Day",
      observance: 'none',
    },
    D.memorial(),
    D.juneteenth({
      from: '2022-01-01',
      notes: 'Added in 2021, first kept 2022; the enacting law is unverified.',
    }),
    D.independence(),
    D.labor(),
    D.columbus({ to: '2018-12-31', notes: "Renamed Indigenous Peoples' Day from 2019 (P.L. 2019, c. 179)." }),
    {
      id: 'indigenous-peoples',
      name: "Indigenous Peoples' Day",
      rule: nth(2, MONDAY, 10),
      from: '2019-01-01',
      citation: 'Me. Rev. Stat. tit. 4, § 1051, as amended by P.L. 2019, c. 179',
      sourceText: "the second Monday of October, Indigenous Peoples' Day",
    },
    D.veterans(),
    D.thanksgiving({ observance: 'none' }),
    D.christmas(),
  ],
  peer: [peerFederalOnly('^Juneteenth$')],
});
