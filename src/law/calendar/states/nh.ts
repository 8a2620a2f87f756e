import { D, defineState, oursOnly, peerFederalOnly } from './build.ts';

/**
 * N.H. Rev. Stat. Ann. § 288:1: "January 1; the third Monday in January, known as Martin Luther King, Jr. Civil
 * Rights Day; the third Monday in February, known as Washington's Birthday; the last Monday in May, known as
 * Memorial Day …; July 4, known as Independence Day; the first Monday in September, known as Labor Day; the second
 * Monday in October, known as Columbus Day; the day on which the biennial election is held; November 11, known as
 * Veterans Day; Thanksgiving Day, whenever appointed; and Christmas Day are legal holidays." The day after
 * Thanksgiving is a state employees' day off by agreement, not a legal holiday.
 */
export const NH = defineState({
  state: 'NH',
  citation: 'N.H. Rev. Stat. Ann. § 288:1',
  observance: 'sundayToMonday',
  observanceCitation: 'N.H. Rev. Stat. Ann. § 288:1',
  verified: true,
  notes:
    'Checked against a published copy of § 288:1 and a 2023 bill quoting it (which would add the state and presidential primaries; not known to have passed). The Sunday rule (§ 288:2) was not checked.',
  days: [
    D.newYear(),
    D.mlk({
      name: 'Martin Luther King, Jr. Civil Rights Day',
      from: '2000-01-01',
      sourceText: 'the third Monday in January, Martin Luther King, Jr. Civil Rights Day',
      notes: 'Adopted in 1999 (replacing Civil Rights Day), first kept in January 2000.',
    }),
    D.washington(),
    D.memorial(),
    D.independence(),
    D.labor(),
    D.columbus(),
    D.veterans(),
    D.thanksgiving({ observance: 'none' }),
    D.dayAfterThanksgiving({
      citation: 'state employees’ collective bargaining agreement (N.H.)',
      observance: 'none',
      verified: false,
      closeCall:
        'Not a legal holiday under § 288:1; state offices close by agreement with the employees (unverified).',
    }),
    D.christmas(),
    D.electionEven({ sourceText: 'the day on which the biennial election is held', observance: 'none' }),
  ],
  leftOut: [
    {
      name: 'Juneteenth',
      reason:
        'A day of observance in New Hampshire (2019 law), not a legal holiday; a federal legal holiday anyway.',
    },
  ],
  peer: [
    peerFederalOnly('^Juneteenth$'),
    oursOnly(
      'nh-columbus',
      'N.H. Rev. Stat. Ann. § 288:1 lists Columbus Day as we have its text (unverified); the peer omits it.',
    ),
  ],
});
