import {
  D,
  defineState,
  electionDay,
  evenYears,
  fixed,
  MONDAY,
  nth,
  oursOnly,
  peerFederalOnly,
} from './build.ts';

const RI_OBS =
  'R.I. Gen. Laws § 25-1-1 ("in the event that day is a Saturday or Sunday, then state employees will celebrate the holiday on the following Monday"; other days: "when … [it] falls on the first day of the week, then the day following")';

/**
 * R.I. Gen. Laws § 25-1-1: "The first day of January or, in the event that day is a Saturday or Sunday, then state
 * employees will celebrate the holiday on the following Monday (as New Year's Day), the third Monday of January (as
 * Dr. Martin Luther King, Jr.'s Birthday), the third Monday of February (as Washington's Birthday), the fourth day
 * of May (as Rhode Island Independence Day), the last Monday of May (as Memorial Day), the fourth day of July [same
 * Saturday/Sunday rule] (as Independence Day), the second Monday of August (as Victory Day), the first Monday of
 * September (as Labor Day), the second Monday of October (as Columbus Day), the eleventh day of November [same
 * rule] (as Veterans' Day), the twenty-fifth day of December [same rule] (as Christmas Day), and each of the above
 * days in every year, or when either of the above days falls on the first day of the week, then the day following
 * it, the Tuesday next after the first Monday in November in each year in which a general election of state
 * officers is held (as election day), the first day of every week (commonly called Sunday), and any other days as
 * the governor or general assembly of this state or the president or the congress of the United States shall
 * appoint as holidays for any purpose, days of thanksgiving, or days of solemn fast, shall be holidays."
 */
export const RI = defineState({
  state: 'RI',
  citation: 'R.I. Gen. Laws § 25-1-1',
  observance: 'sundayToMonday',
  observanceCitation: RI_OBS,
  verified: true,
  notes:
    'Checked against a published copy of § 25-1-1; a later Juneteenth amendment, if any, is not modeled.',
  days: [
    D.newYear({
      sourceText: "The first day of January … (as New Year's Day)",
      observance: 'weekendToMonday',
    }),
    D.mlk({ sourceText: "the third Monday of January (as Dr. Martin Luther King, Jr.'s Birthday)" }),
    D.washington({ sourceText: "the third Monday of February (as Washington's Birthday)" }),
    {
      id: 'ri-independence',
      name: 'Rhode Island Independence Day',
      rule: fixed(5, 4),
      sourceText: 'the fourth day of May (as Rhode Island Independence Day)',
      closeCall:
        'Listed among the holidays of § 25-1-1, but state offices and courts stay open on May 4 (a day of celebration under § 25-2-1).',
    },
    D.memorial({ sourceText: 'the last Monday of May (as Memorial Day)' }),
    D.independence({
      sourceText: 'the fourth day of July … (as Independence Day)',
      observance: 'weekendToMonday',
    }),
    {
      id: 'victory',
      name: 'Victory Day',
      rule: nth(2, MONDAY, 8),
      sourceText: 'the second Monday of August (as Victory Day)',
    },
    D.labor({ sourceText: 'the first Monday of September (as Labor Day)' }),
    D.columbus({ sourceText: 'the second Monday of October (as Columbus Day)' }),
    {
      id: 'election',
      name: 'Election Day',
      rule: evenYears(electionDay('all')),
      sourceText:
        'the Tuesday next after the first Monday in November in each year in which a general election of state officers is held (as election day)',
      observance: 'none',
      notes: 'Rhode Island elects its general officers and General Assembly in even-numbered years.',
    },
    D.veterans({
      sourceText: "the eleventh day of November … (as Veterans' Day)",
      observance: 'weekendToMonday',
    }),
    D.thanksgiving({
      sourceText: 'any other days as … the president … shall appoint as … days of thanksgiving',
      observance: 'none',
      notes: 'Thanksgiving is a holiday through the days-appointed clause (the President’s proclamation).',
    }),
    D.christmas({
      sourceText: 'the twenty-fifth day of December … (as Christmas Day)',
      observance: 'weekendToMonday',
    }),
  ],
  leftOut: [{ name: 'Juneteenth', reason: 'Not in § 25-1-1 as published; a federal legal holiday anyway.' }],
  peer: [
    peerFederalOnly('^Juneteenth$'),
    oursOnly(
      'ri-election',
      'Section 25-1-1 makes the even-year general election day a holiday; the peer omits it.',
    ),
    oursOnly(
      'ri-ri-independence',
      'May 4 is in § 25-1-1 (kept as a close call, offices open); the peer omits it.',
    ),
  ],
});
