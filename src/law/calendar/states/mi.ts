import { D, defineState, oursOnly, peerFederalOnly } from './build.ts';

const MI_OFFICES =
  'State offices close by the Civil Service Commission’s holiday schedule, not by statute; Mich. Comp. Laws § 435.101 does not list the day.';

/**
 * Mich. Comp. Laws § 435.101: the legal holidays of Michigan — January 1; the third Monday in January (Martin
 * Luther King, Jr. Day); the third Monday in February (Presidents' Day); the last Monday in May; July 4; the
 * first Monday in September; the second Monday in October (Columbus Day); November 11; the fourth Thursday in
 * November; December 25. A holiday on a Sunday is kept on the Monday after.
 */
export const MI = defineState({
  state: 'MI',
  citation: 'Mich. Comp. Laws § 435.101',
  observance: 'sundayToMonday',
  observanceCitation: 'Mich. Comp. Laws § 435.101',
  verified: false,
  days: [
    D.newYear(),
    D.mlk(),
    D.washington({ name: "Presidents' Day" }),
    D.memorial(),
    D.independence(),
    D.labor(),
    D.columbus(),
    D.veterans(),
    D.thanksgiving(),
    D.dayAfterThanksgiving({
      citation: 'Mich. Civil Service Commission holiday schedule',
      observance: 'none',
      closeCall: MI_OFFICES,
    }),
    D.christmasEve({
      citation: 'Mich. Civil Service Commission holiday schedule',
      observance: 'none',
      closeCall: MI_OFFICES,
    }),
    D.christmas(),
    D.newYearsEve({
      citation: 'Mich. Civil Service Commission holiday schedule',
      observance: 'none',
      closeCall: MI_OFFICES,
    }),
  ],
  leftOut: [
    {
      name: 'Juneteenth',
      reason: 'Not added to § 435.101 as far as we know; a federal legal holiday anyway.',
    },
  ],
  peer: [
    peerFederalOnly('^Juneteenth$'),
    oursOnly(
      'mi-day-after-thanksgiving',
      'A close call (Civil Service Commission schedule, not statute); the peer omits it.',
    ),
  ],
});
