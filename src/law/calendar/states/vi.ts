import { D, defineState, easter, fixed, MONDAY, nth, oursOnly, peerFederalOnly } from './build.ts';

/**
 * V.I. Code Ann. tit. 1, § 171: the legal holidays of the Virgin Islands — New Year's Day; Three Kings Day
 * (January 6); Martin Luther King, Jr.'s Birthday; Presidents' Day; Transfer Day (March 31); Holy Thursday; Good
 * Friday; Easter Monday; Memorial Day; Emancipation Day (July 3); Independence Day; Hurricane Supplication Day
 * (the fourth Monday in July); Labor Day; Virgin Islands–Puerto Rico Friendship Day (the second Monday in
 * October, with Columbus Day); Liberty Day (November 1, D. Hamilton Jackson Day); Veterans Day; Thanksgiving Day;
 * Christmas Day; Christmas Second Day (December 26).
 */
export const VI = defineState({
  state: 'VI',
  citation: 'V.I. Code Ann. tit. 1, § 171',
  observance: 'sundayToMonday',
  observanceCitation: 'V.I. Code Ann. tit. 1, § 171',
  verified: false,
  notes: 'Written from the known list; the Code’s words and the weekend rule were not checked.',
  days: [
    D.newYear(),
    {
      id: 'three-kings',
      name: 'Three Kings Day',
      rule: fixed(1, 6),
      sourceText: 'January 6, Three Kings Day',
    },
    D.mlk(),
    D.washington({ name: "Presidents' Day" }),
    { id: 'transfer', name: 'Transfer Day', rule: fixed(3, 31), sourceText: 'March 31, Transfer Day' },
    {
      id: 'holy-thursday',
      name: 'Holy Thursday',
      rule: easter(-3),
      sourceText: 'Holy Thursday',
      observance: 'none',
    },
    D.goodFriday({ observance: 'none' }),
    {
      id: 'easter-monday',
      name: 'Easter Monday',
      rule: easter(1),
      sourceText: 'Easter Monday',
      observance: 'none',
    },
    D.memorial(),
    {
      id: 'emancipation',
      name: 'Emancipation Day',
      rule: fixed(7, 3),
      sourceText: 'July 3, Emancipation Day',
    },
    D.independence(),
    {
      id: 'hurricane-supplication',
      name: 'Hurricane Supplication Day',
      rule: nth(4, MONDAY, 7),
      sourceText: 'the fourth Monday in July, Hurricane Supplication Day',
      observance: 'none',
    },
    D.labor(),
    D.columbus({ name: 'Columbus Day and Virgin Islands–Puerto Rico Friendship Day' }),
    {
      id: 'liberty',
      name: 'Liberty Day (D. Hamilton Jackson Day)',
      rule: fixed(11, 1),
      sourceText: 'November 1, Liberty Day',
    },
    D.veterans(),
    D.thanksgiving({ observance: 'none' }),
    D.christmas(),
    {
      id: 'christmas-second',
      name: 'Christmas Second Day',
      rule: fixed(12, 26),
      sourceText: 'December 26, Christmas Second Day',
    },
  ],
  leftOut: [
    {
      name: 'Hurricane Thanksgiving Day (third Monday in October)',
      reason: 'Whether it is still a legal holiday is unverified; not modeled.',
    },
  ],
  peer: [
    peerFederalOnly('^Juneteenth$'),
    oursOnly('vi-liberty', 'Liberty Day (November 1) as we have the Code (unverified); the peer omits it.'),
    oursOnly(
      'vi-christmas-second',
      'Christmas Second Day (December 26) as we have the Code (unverified); the peer omits it.',
    ),
  ],
});
