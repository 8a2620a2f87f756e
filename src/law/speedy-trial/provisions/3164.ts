/**
 * 18 U.S.C. § 3164: trial of a detained or high-risk person within ninety days, with the § 3161(h) periods
 * excluded; past it, automatic review of the conditions of release.
 */
import { STA, type TimeLimitProvision } from './provision.ts';

export const detention = {
  days: 90,
  citation: `${STA} 3164(b)`,
  text: 'The trial of any person described in subsection (a)(1) or (a)(2) of this section shall commence not later than ninety days following the beginning of such continuous detention or designation of high risk by the attorney for the Government. The periods of delay enumerated in section 3161(h) are excluded in computing the time limitation specified in this section.',
} as const;

export const releaseReview = {
  citation: `${STA} 3164(c)`,
  text: 'Failure to commence trial of a detainee as specified in subsection (b), through no fault of the accused or his counsel, … shall result in the automatic review by the court of the conditions of release. No detainee, as defined in subsection (a), shall be held in custody pending trial after the expiration of such ninety-day period required for the commencement of his trial.',
} as const;

export const provisions: readonly TimeLimitProvision[] = [{ ...detention, aoCodes: [] }];
