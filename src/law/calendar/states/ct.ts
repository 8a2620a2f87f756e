import { D, defineState, peerFederalOnly } from './build.ts';

/**
 * Conn. Gen. Stat. § 1-4: "In each year the first day of January (known as New Year's Day), … the first Monday
 * occurring on or after January fifteenth (known as Martin Luther King, Jr. Day), the twelfth day of February (known
 * as Lincoln Day), the third Monday in February (known as Washington's Birthday), the last Monday in May (known as
 * Memorial Day or Decoration Day), the nineteenth day of June (known as Juneteenth Independence Day), the fourth day
 * of July (known as Independence Day), the first Monday in September (known as Labor Day), the second Monday in
 * October (known as Columbus Day), the eleventh day of November (known as Veterans' Day) and the twenty-fifth day of
 * December (known as Christmas) and any day appointed or recommended by the Governor of this state or the President
 * of the United States as a day of thanksgiving, fasting or religious observance, shall each be a legal holiday,
 * except that whenever any of such days which are not designated to occur on Monday, occurs upon a Sunday, the
 * Monday next following such day shall be a legal holiday and whenever any of such days occurs upon a Saturday, the
 * Friday immediately preceding such day shall be a legal holiday." Juneteenth was added by 2021 H.B. 6209
 * (effective October 1, 2021).
 */
export const CT = defineState({
  state: 'CT',
  citation: 'Conn. Gen. Stat. § 1-4',
  observance: 'saturdayToFridaySundayToMonday',
  observanceCitation: 'Conn. Gen. Stat. § 1-4 (Sunday → following day; Saturday → preceding day)',
  verified: true,
  notes: 'Checked against the current text of § 1-4, 2021 H.B. 6209 and the state’s 2024 holiday list.',
  days: [
    D.newYear(),
    D.mlk({
      sourceText: 'the first Monday occurring on or after January fifteenth, Martin Luther King Day',
      notes: 'The first Monday on or after January 15 is always the third Monday in January.',
    }),
    D.lincoln({ name: 'Lincoln Day' }),
    D.washington(),
    D.goodFriday({
      observance: 'none',
      sourceText: 'any day appointed or recommended by the Governor … as a day of … religious observance',
      notes:
        'Good Friday is a legal holiday through the Governor’s yearly recommendation (on the state’s holiday list every year seen, e.g. 2024).',
    }),
    D.memorial(),
    D.juneteenth({
      name: 'Juneteenth Independence Day',
      from: '2022-01-01',
      citation: 'Conn. Gen. Stat. § 1-4, as amended by 2021 H.B. 6209',
      notes: 'Added effective October 1, 2021; the first June 19 under it is 2022.',
    }),
    D.independence(),
    D.labor(),
    D.columbus(),
    D.veterans(),
    D.thanksgiving({
      sourceText: 'any day appointed or recommended by … the President … as a day of thanksgiving',
    }),
    D.christmas(),
  ],
  peer: [peerFederalOnly('^Juneteenth$')],
});
