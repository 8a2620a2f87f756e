/** 18 U.S.C. § 3161(c)(2): no trial sooner than thirty days after the first appearance through counsel. */
import { STA, type TimeLimitProvision } from './provision.ts';

export const earliestTrial = {
  days: 30,
  citation: `${STA} 3161(c)(2)`,
  text: 'Unless the defendant consents in writing to the contrary, the trial shall not commence less than thirty days from the date on which the defendant first appears through counsel or expressly waives counsel and elects to proceed pro se.',
} as const;

export const provisions: readonly TimeLimitProvision[] = [{ ...earliestTrial, aoCodes: [] }];
