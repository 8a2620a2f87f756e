/**
 * 18 U.S.C. § 3161(e): a retrial after a mistrial, an appeal or a collateral attack; seventy days from the day
 * the action occasioning the retrial becomes final, extensible to one hundred and eighty after an appeal or a
 * collateral attack only.
 */
import { STA, type TimeLimitProvision } from './provision.ts';

export const retrial = {
  days: 70,
  maxDays: 180,
  citation: `${STA} 3161(e)`,
  text: 'the trial shall commence within seventy days from the date the action occasioning the retrial becomes final; after an appeal or collateral attack the court may extend the period not to exceed one hundred and eighty days.',
} as const;

export const provisions: readonly TimeLimitProvision[] = [{ ...retrial, aoCodes: [] }];
