import { D, defineState, fixed, MONDAY, nth, oursOnly, peerFederalOnly, peerOnly } from './build.ts';

/**
 * 1 Guam Code Ann. § 1000: the legal holidays of Guam — New Year's Day; Martin Luther King, Jr. Day; Guam History
 * and Chamorro Heritage Day (the first Monday in March); Memorial Day; Independence Day; Liberation Day (July
 * 21); Labor Day; Columbus Day; All Souls' Day (November 2); Veterans Day; Thanksgiving Day; Our Lady of
 * Camarin Day (December 8); Christmas Day. A holiday on a Sunday is kept the Monday after, on a Saturday the
 * Friday before.
 */
export const GU = defineState({
  state: 'GU',
  citation: '1 Guam Code Ann. § 1000',
  observance: 'saturdayToFridaySundayToMonday',
  observanceCitation: '1 Guam Code Ann. § 1000',
  verified: false,
  notes: 'Written from the known list; the Code’s words were not checked.',
  days: [
    D.newYear(),
    D.mlk(),
    {
      id: 'guam-history',
      name: 'Guam History and Chamorro Heritage Day',
      rule: nth(1, MONDAY, 3),
      sourceText: 'the first Monday in March, Guam History and Chamorro Heritage Day',
      observance: 'none',
    },
    D.memorial(),
    D.independence(),
    { id: 'liberation', name: 'Liberation Day', rule: fixed(7, 21), sourceText: 'July 21, Liberation Day' },
    D.labor(),
    D.columbus(),
    { id: 'all-souls', name: "All Souls' Day", rule: fixed(11, 2), sourceText: "November 2, All Souls' Day" },
    D.veterans(),
    D.thanksgiving(),
    {
      id: 'camarin',
      name: 'Our Lady of Camarin Day',
      rule: fixed(12, 8),
      sourceText: 'December 8, Our Lady of Camarin Day',
    },
    D.christmas(),
  ],
  peer: [
    peerFederalOnly('^Juneteenth$'),
    oursOnly(
      'gu-liberation',
      'On a Sunday the peer lists the Monday as the holiday; we keep the date and its Monday as the observed day.',
    ),
    peerOnly(
      '^Liberation Day$',
      'The Monday the peer lists when July 21 is a Sunday; ours is the observed day (see gu-liberation).',
    ),
    oursOnly(
      'gu-camarin',
      'On a Sunday the peer lists the Monday as the holiday; we keep the date and its Monday as the observed day.',
    ),
    peerOnly(
      '^Our Lady of Camarin Day$',
      'The Monday the peer lists when December 8 is a Sunday; ours is the observed day (see gu-camarin).',
    ),
  ],
});
