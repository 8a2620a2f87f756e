import { D, defineState, fixed, oursOnly, peerFederalOnly } from './build.ts';

const PA_CLOSE =
  'A legal holiday under 44 Pa. Stat. § 11, but Commonwealth offices and the courts stay open (Pa. Unified Judicial System holiday schedule).';

/**
 * 44 Pa. Stat. Ann. § 11 (Act of May 31, 1893, P.L. 188, as amended): the legal holidays of Pennsylvania — New
 * Year's Day; the third Monday in January (Martin Luther King, Jr.); the third Monday in February
 * (Presidents' Day); Good Friday; the last Monday in May; June 14 (Flag Day); July 4; the first Monday in
 * September; the second Monday in October (Columbus Day); November 11; the day of the general election;
 * Thanksgiving Day; Christmas Day. "Whenever any one of the days … shall fall on Sunday, the Monday next
 * following shall be deemed and declared a legal holiday."
 */
export const PA = defineState({
  state: 'PA',
  citation: '44 Pa. Stat. Ann. § 11',
  observance: 'sundayToMonday',
  observanceCitation: '44 Pa. Stat. Ann. § 11',
  verified: false,
  days: [
    D.newYear(),
    D.mlk(),
    D.washington({ name: "Presidents' Day" }),
    D.goodFriday({ observance: 'none', closeCall: PA_CLOSE }),
    D.memorial(),
    {
      id: 'flag',
      name: 'Flag Day',
      rule: fixed(6, 14),
      sourceText: 'the fourteenth day of June, known as Flag Day',
      closeCall: PA_CLOSE,
    },
    D.independence(),
    D.labor(),
    D.columbus(),
    D.veterans(),
    D.election({ observance: 'none', closeCall: PA_CLOSE }),
    D.thanksgiving(),
    D.christmas(),
  ],
  leftOut: [
    {
      name: 'Juneteenth',
      reason:
        'A day of observance under 44 Pa. Stat. § 11 amendments of 2019; a federal legal holiday anyway.',
    },
  ],
  peer: [
    peerFederalOnly('^Juneteenth$'),
    oursOnly(
      'pa-good-friday',
      'Kept as a close call (see the record): the statute calls it a legal holiday but offices and courts stay open; the peer lists only the days offices close.',
    ),
    oursOnly(
      'pa-election',
      'Kept as a close call (see the record): the statute calls it a legal holiday but offices and courts stay open; the peer lists only the days offices close.',
    ),
  ],
});
