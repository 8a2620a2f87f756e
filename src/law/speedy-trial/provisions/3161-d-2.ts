/**
 * 18 U.S.C. § 3161(d)(2): trial after an appeal reinstates the charge; seventy days from the day the action
 * occasioning the trial becomes final, which the court may extend to one hundred and eighty.
 */
import { STA, type TimeLimitProvision } from './provision.ts';

export const reinstatement = {
  days: 70,
  maxDays: 180,
  citation: `${STA} 3161(d)(2)`,
  text: 'the trial shall commence within seventy days from the date the action occasioning the trial becomes final, except that the court retrying the case may extend the period for trial not to exceed one hundred and eighty days …',
} as const;

export const provisions: readonly TimeLimitProvision[] = [{ ...reinstatement, aoCodes: [] }];
