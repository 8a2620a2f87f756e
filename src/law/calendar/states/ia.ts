import { D, defineState, oursOnly, peerFederalOnly } from './build.ts';

/**
 * Iowa Code § 1C.1: "The following are declared to be regular holidays": January 1; the third Monday in
 * January (Martin Luther King, Jr.'s Birthday); February 12 (Lincoln's Birthday); the third Monday in February
 * (Washington's Birthday); the last Monday in May; July 4; the first Monday in September; November 11; the
 * fourth Thursday in November; December 25. "If any of these holidays falls on a Sunday, the following
 * Monday shall be observed as a holiday." § 1C.2 gives state employees paid holidays, among them the Friday
 * after Thanksgiving, and not Lincoln's or Washington's Birthday.
 */
export const IA = defineState({
  state: 'IA',
  citation: 'Iowa Code § 1C.1',
  observance: 'sundayToMonday',
  observanceCitation: 'Iowa Code § 1C.1',
  verified: false,
  days: [
    D.newYear(),
    D.mlk(),
    D.lincoln({
      closeCall:
        'A "regular holiday" in § 1C.1, but not a paid holiday of state employees (§ 1C.2): state offices and courts stay open.',
    }),
    D.washington(),
    D.memorial(),
    D.independence(),
    D.labor(),
    D.veterans(),
    D.thanksgiving(),
    D.dayAfterThanksgiving({
      citation: 'Iowa Code § 1C.2',
      sourceText: 'the Friday following Thanksgiving (a paid holiday for state employees)',
      observance: 'none',
    }),
    D.christmas(),
  ],
  leftOut: [{ name: 'Columbus Day', reason: 'Not in § 1C.1; a federal legal holiday anyway.' }],
  peer: [
    peerFederalOnly('^Juneteenth$'),
    oursOnly(
      'ia-day-after-thanksgiving',
      'A paid holiday of state employees with offices closed (Iowa Code § 1C.2); the peer omits it.',
    ),
    peerFederalOnly('^(Columbus Day|Indigenous Peoples. Day)$'),
  ],
});
