import { D, defineState, MONDAY, nth, oursOnly, peerFederalOnly } from './build.ts';

/**
 * Colo. Rev. Stat. § 24-11-101(1): the legal holidays of Colorado — January 1; the third Monday in January,
 * Martin Luther King Day; the third Monday in February, Washington-Lincoln Day; the last Monday in May;
 * June 19, Juneteenth (from 2022); July 4; the first Monday in September; the first Monday in October,
 * Frances Xavier Cabrini Day (from 2020, in place of Columbus Day on the second Monday in October); November 11;
 * the fourth Thursday in November; December 25; and any day appointed by the President or the Governor.
 */
export const CO = defineState({
  state: 'CO',
  citation: 'Colo. Rev. Stat. § 24-11-101(1)',
  observance: 'sundayToMonday',
  observanceCitation:
    'Colo. Rev. Stat. § 24-11-101(2) ("In case any of said holidays … falls upon a Sunday, then the Monday following shall be considered as the holiday")',
  verified: true,
  notes:
    'Checked against the current text of § 24-11-101 (the holidays "shall … for the holding of courts, be treated and considered as is the first day of the week") and the Public Utilities Commission notice of H.B. 20-1031 (signed March 20, 2020). The year Juneteenth was added is unverified.',
  days: [
    D.newYear(),
    D.mlk(),
    D.washington({
      name: 'Washington-Lincoln Day',
      sourceText: 'the third Monday in February, Washington-Lincoln Day',
    }),
    D.memorial(),
    D.juneteenth({
      from: '2022-06-19',
      citation: 'Colo. Rev. Stat. § 24-11-101(1) (2022 amendment)',
      notes: 'Added in 2022; the enacting bill number is unverified.',
    }),
    D.independence(),
    D.labor(),
    D.columbus({
      to: '2019-12-31',
      notes: 'Replaced by Frances Xavier Cabrini Day by H.B. 20-1031 (2020).',
    }),
    {
      id: 'cabrini',
      name: 'Frances Xavier Cabrini Day',
      rule: nth(1, MONDAY, 10),
      from: '2020-01-01',
      citation: 'Colo. Rev. Stat. § 24-11-101(1), as amended by H.B. 20-1031',
      sourceText: 'the first Monday in October, Frances Xavier Cabrini Day',
    },
    D.veterans(),
    D.thanksgiving(),
    D.christmas(),
  ],
  leftOut: [
    {
      name: 'Cesar Chavez Day (March 31)',
      reason: 'Colo. Rev. Stat. § 24-11-111 makes it a commemorative day, not a legal holiday.',
    },
  ],
  peer: [
    peerFederalOnly('^Juneteenth$'),
    oursOnly(
      'co-columbus',
      'Colo. Rev. Stat. § 24-11-101 kept Columbus Day until H.B. 20-1031 (2020); the peer lists neither it nor anything on that Monday before 2020.',
    ),
  ],
});
