import { D, defineState, FRIDAY, fixed, nth, peerFederalOnly } from './build.ts';

/**
 * Haw. Rev. Stat. § 8-1: the state holidays of Hawaii — New Year's Day; Dr. Martin Luther King, Jr., Day (third
 * Monday in January); Presidents' Day (third Monday in February); Prince Jonah Kuhio Kalanianaole Day (March
 * 26); Good Friday; Memorial Day; King Kamehameha I Day (June 11); Independence Day; Statehood Day (third Friday
 * in August); Labor Day; Veterans' Day; Thanksgiving Day; Christmas Day; "All election days, except primary and
 * special election days, in the county wherein the election is held"; and any day proclaimed by the
 * President or the Governor. "If any of the holidays … falls on a Sunday, the following Monday shall be a
 * holiday; if … on a Saturday, the preceding Friday shall be a holiday."
 */
export const HI = defineState({
  state: 'HI',
  citation: 'Haw. Rev. Stat. § 8-1',
  observance: 'saturdayToFridaySundayToMonday',
  observanceCitation:
    'Haw. Rev. Stat. § 8-1 and the state’s holiday practice (Sunday → Monday; Saturday → Friday; the statute’s words for this were not checked)',
  verified: true,
  notes:
    'The list was checked against the text of § 8-1 as quoted in bills of 2006 and 2011; the weekend rule was not.',
  days: [
    D.newYear(),
    D.mlk(),
    D.washington({ name: "Presidents' Day", sourceText: "the third Monday in February, Presidents' Day" }),
    {
      id: 'kuhio',
      name: 'Prince Jonah Kuhio Kalanianaole Day',
      rule: fixed(3, 26),
      sourceText: 'March 26, Prince Jonah Kuhio Kalanianaole Day',
    },
    D.goodFriday({ observance: 'none' }),
    D.memorial(),
    {
      id: 'kamehameha',
      name: 'King Kamehameha I Day',
      rule: fixed(6, 11),
      sourceText: 'June 11, King Kamehameha I Day',
    },
    D.independence(),
    {
      id: 'statehood',
      name: 'Statehood Day',
      rule: nth(3, FRIDAY, 8),
      sourceText: 'the third Friday in August, Statehood Day',
      observance: 'none',
    },
    D.labor(),
    D.veterans(),
    D.thanksgiving(),
    D.christmas(),
    D.electionEven({
      sourceText: 'All election days, except primary and special election days',
      observance: 'none',
      notes:
        'Hawaii holds its general election in even-numbered years (Haw. Rev. Stat. § 11-91); the District of Hawaii sits in Honolulu, where it is held.',
    }),
  ],
  leftOut: [
    {
      name: "Discoverers' Day (second Monday in October)",
      reason: 'Haw. Rev. Stat. § 8-1.5: a day of observance, "not … a state holiday".',
    },
    {
      name: 'Juneteenth',
      reason:
        'A day of observance in Hawaii (2021 law), not a state holiday under § 8-1; a federal legal holiday anyway.',
    },
  ],
  peer: [peerFederalOnly('^Juneteenth$')],
});
