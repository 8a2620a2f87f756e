import { D, defineState, lastOf, MONDAY, peerFederalOnly } from './build.ts';

/**
 * Miss. Code Ann. § 3-3-7: the legal holidays of Mississippi — January 1; the third Monday of January (Robert
 * E. Lee's birthday and Dr. Martin Luther King, Jr.'s birthday); the third Monday of February (Washington's
 * birthday); the last Monday of April (Confederate Memorial Day); the last Monday of May (National Memorial
 * Day and Jefferson Davis' birthday); July 4; the first Monday of September; November 11 (Armistice or
 * Veterans' Day); the day fixed by proclamation as Thanksgiving Day; December 25. A holiday on a Sunday is
 * kept on the Monday after.
 */
export const MS = defineState({
  state: 'MS',
  citation: 'Miss. Code Ann. § 3-3-7',
  observance: 'sundayToMonday',
  observanceCitation: 'Miss. Code Ann. § 3-3-7',
  verified: true,
  notes:
    'Checked against § 3-3-7 as current in 2023 and as printed in 2003–2024 bills (none of which, adding Juneteenth or election days or dropping Confederate Memorial Day, is known to have passed).',
  days: [
    D.newYear(),
    D.mlk({
      name: "Robert E. Lee's and Dr. Martin Luther King, Jr.'s Birthdays",
      sourceText:
        "the third Monday of January, Robert E. Lee's birthday and Dr. Martin Luther King, Jr.'s birthday",
      observance: 'none',
    }),
    D.washington({ observance: 'none' }),
    {
      id: 'confederate-memorial',
      name: 'Confederate Memorial Day',
      rule: lastOf(MONDAY, 4),
      sourceText: 'the last Monday of April, Confederate Memorial Day',
      observance: 'none',
    },
    D.memorial({
      name: "National Memorial Day and Jefferson Davis' Birthday",
      sourceText: "the last Monday of May, National Memorial Day and Jefferson Davis' birthday",
      observance: 'none',
    }),
    D.independence(),
    D.labor({ observance: 'none' }),
    D.veterans({ name: "Armistice Day (Veterans' Day)" }),
    D.thanksgiving({ observance: 'none' }),
    D.christmas(),
  ],
  leftOut: [
    {
      name: 'Mardi Gras or another local day',
      reason:
        'Miss. Code Ann. § 3-3-7(2) lets a county or city declare Mardi Gras or one other day a legal holiday in place of one state holiday; local, yearly choices not modeled.',
    },
    { name: 'Columbus Day', reason: 'Not a Mississippi legal holiday; a federal legal holiday anyway.' },
    { name: 'Juneteenth', reason: 'Not in § 3-3-7 as we have its text; a federal legal holiday anyway.' },
  ],
  peer: [peerFederalOnly('^Juneteenth$'), peerFederalOnly('^Columbus Day$')],
});
