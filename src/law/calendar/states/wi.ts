import { D, defineState, easter, oursOnly, peerFederalOnly, peerOnly } from './build.ts';

/**
 * Wis. Stat. § 895.20: the legal holidays of Wisconsin — January 1; the third Monday in January (Martin Luther
 * King, Jr.); the third Monday in February (George Washington); the last Monday in May; July 4; the first Monday
 * in September; the second Monday in October (Columbus Day); November 11; the fourth Thursday in November;
 * December 24; December 25; December 31; and "On Good Friday the period from 11 a.m. to 3 p.m. shall uniformly
 * be observed for the purpose of worship."
 */
export const WI = defineState({
  state: 'WI',
  citation: 'Wis. Stat. § 895.20',
  observance: 'none',
  verified: false,
  notes: 'The list and the election-day entries were not checked against the statute’s current words.',
  days: [
    D.newYear(),
    D.mlk(),
    D.washington(),
    D.memorial(),
    D.independence(),
    D.labor(),
    D.columbus(),
    D.veterans(),
    D.thanksgiving(),
    D.christmasEve(),
    D.christmas(),
    D.newYearsEve(),
    {
      id: 'good-friday',
      name: 'Good Friday (11 a.m. to 3 p.m.)',
      rule: easter(-2),
      sourceText:
        'On Good Friday the period from 11 a.m. to 3 p.m. shall uniformly be observed for the purpose of worship',
      partialDay: true,
      notes: 'Part of a day only: shown, never used to roll a deadline.',
    },
  ],
  leftOut: [
    {
      name: 'Election days',
      reason:
        'Whether § 895.20 makes primary and general election days legal holidays is unverified; not modelled.',
    },
    {
      name: 'Susan B. Anthony Day (February 15)',
      reason: 'A special observance day (Wis. Stat. § 995.20), not a legal holiday.',
    },
  ],
  peer: [
    peerFederalOnly('^Juneteenth$'),
    oursOnly(
      'wi-christmas-eve',
      'December 24 is a Wisconsin holiday as we have § 895.20 (unverified); the peer omits it.',
    ),
    oursOnly(
      'wi-new-years-eve',
      'December 31 is a Wisconsin holiday as we have § 895.20 (unverified); the peer omits it.',
    ),
    peerOnly('^Susan B\\. Anthony Day$', 'A special observance day, not a legal holiday (see leftOut).'),
    peerOnly(
      '^(Primary )?Election Day$',
      'Election days are not modelled for Wisconsin (unverified; see leftOut).',
    ),
  ],
});
