import { D, defineState, MONDAY, nth, oursOnly, peerFederalOnly, peerOnly } from './build.ts';

/**
 * Ga. Code Ann. § 1-4-1(a): "public and legal holidays" are the days the Governor declares each year by
 * executive order under that section, among them New Year's Day, Martin Luther King, Jr.'s Birthday,
 * Memorial Day, Juneteenth (from 2022), Independence Day, Labor Day, Columbus Day, Veterans Day, Thanksgiving
 * Day, Christmas Day, and two days formerly named Confederate Memorial Day and Robert E. Lee's Birthday, called
 * "State Holiday" since 2016 and kept on the fourth Monday in April and the day after Thanksgiving. The
 * Governor's order also moves Washington's Birthday (to a day near Christmas), which we do not model.
 */
export const GA = defineState({
  state: 'GA',
  citation: 'Ga. Code Ann. § 1-4-1 and the Governor’s annual holiday order',
  observance: 'saturdayToFridaySundayToMonday',
  observanceCitation: 'the Governor’s annual holiday order under Ga. Code Ann. § 1-4-1',
  verified: false,
  days: [
    D.newYear(),
    D.mlk(),
    {
      id: 'state-holiday-april',
      name: 'State Holiday (formerly Confederate Memorial Day)',
      rule: nth(4, MONDAY, 4),
      from: '2016-01-01',
      sourceText: 'State Holiday (the fourth Monday in April under the Governor’s order)',
      observance: 'none',
      notes:
        'Named Confederate Memorial Day until 2015 and kept near April 26; the dates before 2016 are not modelled.',
    },
    D.memorial(),
    D.juneteenth({
      from: '2022-06-19',
      notes: 'Added by H.B. 1 (2022) as a public and legal holiday (bill number unverified).',
    }),
    D.independence(),
    D.labor(),
    D.columbus(),
    D.veterans(),
    D.thanksgiving(),
    D.dayAfterThanksgiving({
      id: 'state-holiday-november',
      name: 'State Holiday (formerly Robert E. Lee’s Birthday)',
      from: '2016-01-01',
      sourceText: 'State Holiday (the day after Thanksgiving under the Governor’s order)',
      observance: 'none',
      notes:
        'Kept on the day after Thanksgiving as Robert E. Lee’s Birthday before 2016; the earlier dates are not modelled.',
    }),
    D.christmas(),
  ],
  leftOut: [
    {
      name: "Washington's Birthday",
      reason:
        'The Governor’s order moves the state’s observance to a day near Christmas that changes yearly; the federal holiday in February is a legal holiday anyway, and the December day is not modelled.',
    },
  ],
  peer: [
    peerFederalOnly('^Juneteenth$'),
    peerOnly(
      '^(Confederate Memorial Day|Robert E\\. Lee)',
      'Before 2016 the two days had these names and other dates; the table models them from 2016 only.',
      [2015, 2015],
    ),
    peerOnly(
      "^Washington's Birthday$",
      'The Governor’s order keeps the state’s Washington’s Birthday near Christmas; not modelled (see leftOut). The federal February Monday is a legal holiday anyway.',
    ),
    oursOnly(
      'ga-state-holiday-april',
      'The peer keeps the April State Holiday on the last Monday in April, we on the fourth; they differ when April has five Mondays. The Governor’s order sets the day each year; unverified which rule it follows.',
    ),
    peerOnly(
      '^State Holiday$',
      'The peer’s last-Monday-in-April State Holiday (see the note on ga-state-holiday-april).',
      [2015, 2035],
    ),
  ],
});
