import { D, defineState, peerFederalOnly } from './build.ts';

/**
 * Idaho Code § 73-108: the legal holidays of Idaho — January 1; the third Monday in January, Martin Luther
 * King, Jr.–Idaho Human Rights Day; the third Monday in February, Washington's Birthday; the last Monday in
 * May; July 4; the first Monday in September; the second Monday in October, Columbus Day; November 11; the
 * fourth Thursday in November; December 25; and every day appointed by the President or the Governor. A
 * holiday on a Sunday is kept the Monday after, on a Saturday the Friday before.
 */
export const ID = defineState({
  state: 'ID',
  citation: 'Idaho Code § 73-108',
  observance: 'saturdayToFridaySundayToMonday',
  observanceCitation: 'Idaho Code § 73-108',
  verified: false,
  days: [
    D.newYear(),
    D.mlk({
      name: 'Martin Luther King, Jr.–Idaho Human Rights Day',
      sourceText: 'the third Monday in January, Martin Luther King, Jr.–Idaho Human Rights Day',
      notes: 'Idaho Human Rights Day since 1990; the date has not changed since 2000.',
    }),
    D.washington(),
    D.memorial(),
    D.independence(),
    D.labor(),
    D.columbus(),
    D.veterans(),
    D.thanksgiving(),
    D.christmas(),
  ],
  leftOut: [
    { name: 'Juneteenth', reason: 'Not in § 73-108 as we have its text; a federal legal holiday anyway.' },
  ],
  peer: [peerFederalOnly('^Juneteenth$')],
});
