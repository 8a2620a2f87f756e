import { D, defineState, fixed, MONDAY, nth, oursOnly, peerFederalOnly, peerOnly, TUESDAY } from './build.ts';

/**
 * Vt. Stat. Ann. tit. 1, § 371(a): the legal holidays of Vermont — January 1; the third Monday in January
 * (Martin Luther King, Jr. Day); the third Monday in February (Washington's Birthday); the first Tuesday in
 * March (Town Meeting Day); the last Monday in May; July 4; August 16 (Bennington Battle Day); the first Monday
 * in September; the second Monday in October (Columbus Day; Indigenous Peoples' Day from 2019); November 11;
 * the fourth Thursday in November; December 25. § 371(b): a holiday on a Sunday is kept the Monday after, on a
 * Saturday the Friday before.
 */
export const VT = defineState({
  state: 'VT',
  citation: 'Vt. Stat. Ann. tit. 1, § 371(a)',
  observance: 'saturdayToFridaySundayToMonday',
  observanceCitation: 'Vt. Stat. Ann. tit. 1, § 371(b)',
  verified: true,
  notes:
    'Checked against the current text of § 371 and an earlier published version (which also listed Lincoln’s Birthday and Columbus Day). § 371(b) binds state departments; office closing is otherwise a matter for collective bargaining.',
  days: [
    D.newYear(),
    D.mlk({ name: "Martin Luther King, Jr.'s Birthday" }),
    D.lincoln({
      to: '2018-12-31',
      verified: false,
      closeCall:
        'Listed in an earlier version of § 371(a) and not in the current one; the year it was dropped is unverified (we end it with 2018 at the latest).',
    }),
    D.washington({ name: "Presidents' Day" }),
    {
      id: 'town-meeting',
      name: 'Town Meeting Day',
      rule: nth(1, TUESDAY, 3),
      sourceText: 'the first Tuesday in March, Town Meeting Day',
      observance: 'none',
    },
    D.memorial(),
    D.independence(),
    {
      id: 'bennington',
      name: 'Bennington Battle Day',
      rule: fixed(8, 16),
      sourceText: 'August 16, Bennington Battle Day',
    },
    D.labor(),
    D.columbus({ to: '2018-12-31' }),
    {
      id: 'indigenous-peoples',
      name: "Indigenous Peoples' Day",
      rule: nth(2, MONDAY, 10),
      from: '2019-01-01',
      sourceText: "the second Monday in October, Indigenous Peoples' Day",
      notes: 'Renamed from Columbus Day in 2019 (the act number is unverified); same Monday.',
    },
    D.veterans(),
    D.thanksgiving({ observance: 'none' }),
    D.christmas(),
  ],
  peer: [
    oursOnly(
      'vt-lincoln',
      'In an earlier version of § 371(a); kept as a close call until an unverified year (see the record). The peer omits it.',
    ),
    peerFederalOnly('^Juneteenth$'),
    oursOnly(
      'vt-bennington',
      'Vt. Stat. Ann. tit. 1, § 371 keeps August 16; the peer keeps a Monday near it.',
    ),
    peerOnly('^Bennington Battle Day$', 'The peer’s Monday (see vt-bennington).'),
  ],
});
