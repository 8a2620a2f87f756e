/** 18 U.S.C. § 3161(c)(1): trial within seventy days of the indictment or first appearance, whichever is later. */
import { STA, type TimeLimitProvision } from './provision.ts';

export const trial = {
  days: 70,
  citation: `${STA} 3161(c)(1)`,
  text: 'the trial … shall commence within seventy days from the filing date (and making public) of the information or indictment, or from the date the defendant has appeared before a judicial officer of the court in which such charge is pending, whichever date last occurs.',
} as const;

export const provisions: readonly TimeLimitProvision[] = [{ ...trial, aoCodes: [] }];
