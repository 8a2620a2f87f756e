import { D, defineState, FRIDAY, nth, oursOnly, peerOnly } from './build.ts';

/**
 * N.J. Stat. Ann. § 36:1-1: the public holidays of New Jersey — January 1; the third Monday in January (Martin
 * Luther King, Jr.'s Birthday); February 12 (Lincoln's Birthday); the third Monday in February (Washington's
 * Birthday); Good Friday; the last Monday in May; the third Friday in June (Juneteenth, from 2021); July 4; the
 * first Monday in September; the second Monday in October (Columbus Day); the general election day in
 * November; November 11; the fourth Thursday in November; December 25; and any day the President or the
 * Governor appoints. § 36:1-1(b): "Whenever any of the days herein enumerated … shall fall on a Sunday, the
 * Monday next following shall … be deemed a public holiday"; § 36:1-1.2: a legal holiday on a Saturday makes the
 * preceding Friday a holiday. § 36:1-1(d): February 12, Lincoln's Birthday, "shall not be considered a public
 * holiday for the purposes of conducting State government business … All public offices of State government in
 * this State shall be open on this day." N.J. Stat. Ann. § 11A:6-24.1 (P.L. 2008, c. 89, § 25) limits the paid
 * holidays of state employees to New Year's Day, Martin Luther King's Birthday, Presidents Day, Good Friday,
 * Memorial Day, Juneteenth Day (the third Friday in June), Independence Day, Labor Day, Columbus Day, Veterans'
 * Day, Thanksgiving Day, Christmas Day and the general election day.
 */
export const NJ = defineState({
  state: 'NJ',
  citation: 'N.J. Stat. Ann. § 36:1-1',
  observance: 'saturdayToFridaySundayToMonday',
  observanceCitation: 'N.J. Stat. Ann. §§ 36:1-1(b) (Sunday → Monday), 36:1-1.2 (Saturday → Friday)',
  verified: true,
  notes:
    'Checked against published copies of § 36:1-1(b)–(d) and § 11A:6-24.1; the year § 36:1-1(d) took Lincoln’s Birthday out of state business is taken as 2009 (P.L. 2008, c. 89), unverified.',
  days: [
    D.newYear(),
    D.mlk(),
    D.lincoln({ to: '2008-12-31' }),
    D.lincoln({
      id: 'lincoln-since-2009',
      from: '2009-01-01',
      citation: 'N.J. Stat. Ann. § 36:1-1(d)',
      closeCall:
        'Still listed in § 36:1-1(a), but § 36:1-1(d) says it "shall not be considered a public holiday for the purposes of conducting State government business" and state offices open.',
    }),
    D.washington(),
    D.goodFriday({ observance: 'none' }),
    D.memorial(),
    {
      id: 'juneteenth',
      name: 'Juneteenth Day',
      rule: nth(3, FRIDAY, 6),
      from: '2021-01-01',
      citation: 'N.J. Stat. Ann. §§ 36:1-1, 11A:6-24.1',
      sourceText: 'the third Friday in June, Juneteenth Day',
      observance: 'none',
      notes:
        'New Jersey keeps Juneteenth on the third Friday in June, not on June 19 (added in 2020; the chapter law is unverified).',
    },
    D.independence(),
    D.labor(),
    D.columbus(),
    D.election({ observance: 'none' }),
    D.veterans(),
    D.thanksgiving({ observance: 'none' }),
    D.christmas(),
  ],
  peer: [
    oursOnly(
      'nj-juneteenth',
      'New Jersey keeps Juneteenth on the third Friday in June (N.J. Stat. Ann. § 36:1-1); the peer keeps June 19.',
    ),
    peerOnly(
      '^Juneteenth$',
      'The peer keeps June 19; the New Jersey day is the third Friday in June (see nj-juneteenth). June 19 is a federal legal holiday anyway.',
    ),
  ],
});
