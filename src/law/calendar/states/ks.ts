import { defineState, federalTen, oursOnly, peerFederalOnly } from './build.ts';

/**
 * Kan. Stat. Ann. § 35-107: the legal public holidays of Kansas — New Year's Day; Martin Luther King, Jr. Day;
 * Washington's Birthday (Presidents' Day); Memorial Day; Independence Day; Labor Day; Columbus Day; Veterans
 * Day; Thanksgiving Day; Christmas Day — on the days the federal calendar keeps them.
 */
export const KS = defineState({
  state: 'KS',
  citation: 'Kan. Stat. Ann. § 35-107',
  observance: 'none',
  verified: false,
  notes:
    'Kansas adds no day of its own to the federal list as far as we know; the weekend rule is not modeled.',
  days: federalTen(),
  leftOut: [
    { name: 'Kansas Day (January 29)', reason: 'A commemorative day (schools), not a legal holiday.' },
    { name: 'Juneteenth', reason: 'Not in § 35-107 as we have its text; a federal legal holiday anyway.' },
  ],
  peer: [
    peerFederalOnly('^Juneteenth$'),
    oursOnly(
      'ks-washington',
      'Kan. Stat. Ann. § 35-107 lists Washington’s Birthday as we have its text (unverified); the peer omits it for Kansas.',
    ),
  ],
});
