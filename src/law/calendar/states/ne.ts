import { D, defineState, FRIDAY, lastOf, oursOnly, peerFederalOnly } from './build.ts';

/**
 * Neb. Rev. Stat. § 25-2221 and § 84-1001: the holidays of Nebraska — New Year's Day; Martin Luther King, Jr.
 * Day; Presidents' Day; Arbor Day (the last Friday in April); Memorial Day; Independence Day; Labor Day;
 * Columbus Day; Veterans Day; Thanksgiving Day and the day after; Christmas Day. A holiday on a Sunday is kept
 * the Monday after, on a Saturday the Friday before.
 */
export const NE = defineState({
  state: 'NE',
  citation: 'Neb. Rev. Stat. § 25-2221',
  observance: 'saturdayToFridaySundayToMonday',
  observanceCitation: 'Neb. Rev. Stat. § 25-2221',
  verified: false,
  days: [
    D.newYear(),
    D.mlk(),
    D.washington({ name: "Presidents' Day" }),
    {
      id: 'arbor',
      name: 'Arbor Day',
      rule: lastOf(FRIDAY, 4),
      sourceText: 'the last Friday in April, Arbor Day',
      observance: 'none',
    },
    D.memorial(),
    D.independence(),
    D.labor(),
    D.columbus(),
    D.veterans(),
    D.thanksgiving({ observance: 'none' }),
    D.dayAfterThanksgiving({ citation: 'Neb. Rev. Stat. § 84-1001', observance: 'none' }),
    D.christmas(),
  ],
  peer: [
    peerFederalOnly('^Juneteenth$'),
    oursOnly(
      'ne-day-after-thanksgiving',
      'A state holiday under Neb. Rev. Stat. § 84-1001 as we have it (unverified); the peer omits it.',
    ),
  ],
});
