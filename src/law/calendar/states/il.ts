import { D, defineState, electionDay, evenYears, MONDAY, nth, peerFederalOnly, peerOnly } from './build.ts';

/**
 * 205 Ill. Comp. Stat. 630/17 (Promissory Note and Bank Holiday Act): the holidays of Illinois — New Year's
 * Day; the third Monday in January (Dr. Martin Luther King, Jr.); February 12 (Lincoln's Birthday); the third
 * Monday in February (Washington's Birthday); the first Monday in March (Casimir Pulaski's birthday); the
 * last Monday in May; June 19 (Juneteenth, from 2022); July 4; the first Monday in September; the second Monday
 * in October (Columbus Day); November 11; Thanksgiving Day; Christmas Day; and the days of general elections.
 * 5 Ill. Comp. Stat. 70/1.11 (computing time) excludes such holidays. "When any such holiday falls on
 * Sunday, the following Monday is a holiday."
 */
export const IL = defineState({
  state: 'IL',
  citation: '205 Ill. Comp. Stat. 630/17',
  observance: 'sundayToMonday',
  observanceCitation: '205 Ill. Comp. Stat. 630/17',
  verified: false,
  days: [
    D.newYear(),
    D.mlk(),
    D.lincoln(),
    D.washington(),
    {
      id: 'pulaski',
      name: 'Casimir Pulaski Day',
      rule: nth(1, MONDAY, 3),
      citation: '5 Ill. Comp. Stat. 490/15',
      sourceText:
        'The first Monday in March of each year is a holiday to be observed throughout the State and to be known as the birthday of Casimir Pulaski',
      verified: true,
      notes: 'Also a school holiday under 105 Ill. Comp. Stat. 5/24-2.',
    },
    D.memorial(),
    D.juneteenth({
      from: '2022-01-01',
      citation: '5 Ill. Comp. Stat. 490/63, as amended by Public Act 102-334',
      sourceText:
        'The nineteenth day of June of each year is a holiday to be observed throughout the State … When June nineteenth shall fall on a Sunday, the following Monday shall be held and considered the holiday',
      observance: 'sundayToMonday',
      verified: true,
      notes:
        'A commemorative Saturday until Public Act 102-334 (2021) made June 19 a holiday observed throughout the State; first June 19 after it is 2022.',
    }),
    D.independence(),
    D.labor(),
    D.columbus(),
    D.veterans(),
    D.thanksgiving(),
    D.christmas(),
    {
      id: 'election',
      name: 'General Election Day',
      rule: evenYears(electionDay('all')),
      from: '2020-01-01',
      sourceText: 'the day of the general election',
      observance: 'none',
      notes:
        'A state holiday since the 2020 general election (Public Act 101-642, then made lasting for the even-year general elections); the acts are unverified.',
    },
  ],
  leftOut: [
    {
      name: 'Malcolm X Day (May 19)',
      reason:
        'A commemorative day in Illinois as far as we know, not a day state offices close (unverified).',
    },
    {
      name: 'Good Friday',
      reason:
        'A "State holiday" only for computing Election Code deadlines (10 Ill. Comp. Stat. 5/1-6(b)); state offices and courts stay open.',
    },
  ],
  peer: [
    peerFederalOnly('^Juneteenth$'),
    peerOnly(
      '^Malcolm X Day$',
      'A commemorative day as far as we know (see leftOut), not a day offices close.',
    ),
    peerOnly(
      '^Election Day$',
      'General election day is modeled as an Illinois holiday from 2020 (Public Act 101-642); the peer lists it in earlier even years too.',
      [2015, 2019],
    ),
  ],
});
