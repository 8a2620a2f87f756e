/**
 * 18 U.S.C. § 3161(k): a defendant absent on the day set for trial; more than twenty-one days, deemed to have
 * first appeared on the day of the subsequent appearance; twenty-one days or less, the limit is extended by
 * twenty-one days.
 */
import { STA, type TimeLimitProvision } from './provision.ts';

export const absentOnTrialDay = {
  days: 21,
  citation: `${STA} 3161(k)`,
  text: 'more than 21 days after the day set for trial: deemed to have first appeared on the date of the subsequent appearance; 21 days or less: the time limit, as extended by subsection (h), is further extended by 21 days.',
} as const;

export const provisions: readonly TimeLimitProvision[] = [{ ...absentOnTrialDay, aoCodes: [] }];
