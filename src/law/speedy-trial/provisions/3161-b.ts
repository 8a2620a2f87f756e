/**
 * 18 U.S.C. § 3161(b): the information or indictment within thirty days of arrest or summons; sixty for a
 * felony where no grand jury sat in the thirty days (AO code W).
 */
import { STA, type TimeLimitProvision } from './provision.ts';

export const indictment = {
  days: 30,
  citation: `${STA} 3161(b)`,
  text: 'Any information or indictment charging an individual with the commission of an offense shall be filed within thirty days from the date on which such individual was arrested or served with a summons in connection with such charges.',
} as const;

export const indictmentNoGrandJury = {
  days: 60,
  citation: `${STA} 3161(b) (second sentence)`,
  text: 'If an individual has been charged with a felony in a district in which no grand jury has been in session during such thirty-day period, the period of time for filing of the indictment shall be extended an additional thirty days.',
} as const;

export const provisions: readonly TimeLimitProvision[] = [
  { ...indictment, aoCodes: [] },
  {
    ...indictmentNoGrandJury,
    aoCodes: [{ code: 'W', meaning: 'grand-jury time extended 30 days (§ 3161(b))', kind: 'limit' }],
  },
];
