import { D, defineState, fixed, peerFederalOnly } from './build.ts';

/**
 * Mo. Rev. Stat. § 9.010: the public holidays of Missouri — January 1; the third Monday in January (Martin
 * Luther King Day); February 12 (Lincoln Day); the third Monday in February (Washington's Birthday); May 8
 * (Truman Day); the last Monday in May; July 4; the first Monday in September; the second Monday in October
 * (Columbus Day); November 11; the fourth Thursday in November; December 25 — "are declared and established public
 * holidays; and when any of such holidays falls upon Sunday, the Monday next following shall be considered the
 * holiday." § 9.020 names Lincoln Day; § 9.035 Truman Day. State and county offices close on Lincoln Day.
 */
export const MO = defineState({
  state: 'MO',
  citation: 'Mo. Rev. Stat. § 9.010',
  observance: 'sundayToMonday',
  observanceCitation:
    'Mo. Rev. Stat. § 9.010 ("when any of such holidays falls upon Sunday, the Monday next following shall be considered the holiday")',
  verified: true,
  notes:
    'Checked against a published copy of § 9.010 and § 9.020; a 2010 bill to drop February 12 and May 8 (H.B. 2377) died.',
  days: [
    D.newYear(),
    D.mlk(),
    D.lincoln({ name: 'Lincoln Day' }),
    D.washington(),
    { id: 'truman', name: 'Truman Day', rule: fixed(5, 8), sourceText: 'May 8, Truman Day' },
    D.memorial(),
    D.independence(),
    D.labor(),
    D.columbus(),
    D.veterans(),
    D.thanksgiving(),
    D.christmas(),
  ],
  peer: [peerFederalOnly('^Juneteenth$')],
});
