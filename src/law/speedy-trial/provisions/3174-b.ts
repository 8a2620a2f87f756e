/**
 * 18 U.S.C. § 3174(b): a judicial emergency suspends the (c) limit for the cases charged in its window, to at
 * most one hundred and eighty days.
 */
import { STA, type TimeLimitProvision } from './provision.ts';

export const judicialEmergency = {
  days: 180,
  citation: `${STA} 3174(b)`,
  text: 'the time limits for commencement of trial … shall not be increased to exceed one hundred and eighty days.',
} as const;

export const provisions: readonly TimeLimitProvision[] = [{ ...judicialEmergency, aoCodes: [] }];
