import { D, defineState, peerFederalOnly } from './build.ts';

/**
 * Minn. Stat. § 645.44, subd. 5: "'Holiday' includes New Year's Day, January 1; Martin Luther King's Birthday,
 * the third Monday in January; Washington's and Lincoln's Birthday, the third Monday in February; Memorial
 * Day, the last Monday in May; Juneteenth, June 19; Independence Day, July 4; Labor Day, the first Monday in
 * September; Christopher Columbus Day, the second Monday in October; Veterans Day, November 11; Thanksgiving
 * Day, the fourth Thursday in November; and Christmas Day, December 25 … When New Year's Day, January 1; or
 * Juneteenth, June 19; or Independence Day, July 4; or Veterans Day, November 11; or Christmas Day, December
 * 25; falls on Sunday, the following day shall be a holiday."
 */
export const MN = defineState({
  state: 'MN',
  citation: 'Minn. Stat. § 645.44, subd. 5',
  observance: 'sundayToMonday',
  observanceCitation: 'Minn. Stat. § 645.44, subd. 5',
  verified: false,
  days: [
    D.newYear(),
    D.mlk({ name: "Martin Luther King's Birthday", observance: 'none' }),
    D.washington({
      name: "Washington's and Lincoln's Birthday",
      sourceText: "Washington's and Lincoln's Birthday, the third Monday in February",
      observance: 'none',
    }),
    D.memorial({ observance: 'none' }),
    D.juneteenth({
      from: '2023-01-01',
      notes: 'Added in 2023 (first kept June 2023); the session law is unverified.',
    }),
    D.independence(),
    D.labor({ observance: 'none' }),
    D.columbus({ name: 'Christopher Columbus Day', observance: 'none' }),
    D.veterans(),
    D.thanksgiving({ observance: 'none' }),
    D.christmas(),
  ],
  peer: [peerFederalOnly('^Juneteenth$')],
});
