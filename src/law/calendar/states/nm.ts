import { D, defineState, MONDAY, nth, peerFederalOnly } from './build.ts';

/**
 * N.M. Stat. Ann. § 12-5-2: the legal public holidays of New Mexico — New Year's Day; Martin Luther King, Jr.'s
 * Birthday; Presidents' Day (the third Monday in February); Memorial Day; Independence Day; Labor Day; the
 * second Monday in October (Columbus Day, Indigenous Peoples' Day from 2019); Veterans' Day; Thanksgiving Day;
 * Christmas Day.
 */
export const NM = defineState({
  state: 'NM',
  citation: 'N.M. Stat. Ann. § 12-5-2',
  observance: 'none',
  verified: false,
  notes: 'No weekend rule in the statute as far as we know.',
  days: [
    D.newYear(),
    D.mlk(),
    D.washington({ name: "Presidents' Day" }),
    D.memorial(),
    D.independence(),
    D.labor(),
    D.columbus({ to: '2018-12-31' }),
    {
      id: 'indigenous-peoples',
      name: "Indigenous Peoples' Day",
      rule: nth(2, MONDAY, 10),
      from: '2019-01-01',
      sourceText: "the second Monday in October, Indigenous Peoples' Day",
      notes: 'Renamed from Columbus Day in 2019; same Monday.',
    },
    D.veterans(),
    D.thanksgiving(),
    D.dayAfterThanksgiving({
      citation: 'the Governor’s annual state holiday schedule (N.M.)',
      closeCall:
        'State offices close on the day after Thanksgiving in place of Presidents’ Day by the Governor’s schedule, not by § 12-5-2.',
    }),
    D.christmas(),
  ],
  peer: [peerFederalOnly('^Juneteenth$')],
});
