import { D, defineState, FRIDAY, lastOf, oursOnly, peerFederalOnly } from './build.ts';

/**
 * Neb. Rev. Stat. § 25-2221: the last day of a period is excluded if it is "a day during which the offices of courts
 * of record may be legally closed": "All courts and their offices may be closed on Saturdays, Sundays, … and these
 * holidays: New Year's Day, January 1; Birthday of Martin Luther King, Jr., the third Monday in January; President's
 * Day, the third Monday in February; Arbor Day, the last Friday in April; Memorial Day, the last Monday in May;
 * Juneteenth National Independence Day, June 19; Independence Day, July 4; Labor Day, the first Monday in September;
 * Indigenous Peoples' Day and Columbus Day, the second Monday in October; Veterans Day, November 11; Thanksgiving Day,
 * the fourth Thursday in November; the day after Thanksgiving; Christmas Day, December 25; and all days declared by
 * law or proclamation of the Governor to be holidays. … If any such holiday falls on Sunday, the following Monday
 * shall be a holiday. If any such holiday falls on Saturday, the preceding Friday shall be a holiday. … If the date
 * designated by the state … is different from the date of observance … pursuant to a federal holiday schedule, the
 * federal holiday schedule shall be observed" (except Veterans Day).
 */
export const NE = defineState({
  state: 'NE',
  citation: 'Neb. Rev. Stat. § 25-2221',
  observance: 'saturdayToFridaySundayToMonday',
  observanceCitation: 'Neb. Rev. Stat. § 25-2221',
  verified: true,
  notes:
    'Checked against the current text of § 25-2221 and the Nebraska Supreme Court’s holiday list; the year Juneteenth was added is unverified.',
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
    D.juneteenth({
      from: '2022-01-01',
      verified: false,
      notes: 'In the current § 25-2221; the year added is unverified (a federal legal holiday anyway).',
    }),
    D.independence(),
    D.labor(),
    D.columbus({ name: "Indigenous Peoples' Day and Columbus Day" }),
    D.veterans(),
    D.thanksgiving({ observance: 'none' }),
    D.dayAfterThanksgiving({ sourceText: 'the day after Thanksgiving', observance: 'none' }),
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
