/** 18 U.S.C. § 3161(i): a withdrawn guilty plea; the defendant is deemed indicted when the order is final (AO code U). */
import { STA, type TimeLimitProvision } from './provision.ts';

export const pleaWithdrawn = {
  days: 70,
  citation: `${STA} 3161(i)`,
  text: 'the defendant shall be deemed indicted with respect to all charges therein contained within the meaning of this section, on the day the order permitting withdrawal of the plea becomes final.',
} as const;

export const provisions: readonly TimeLimitProvision[] = [
  {
    ...pleaWithdrawn,
    aoCodes: [{ code: 'U', meaning: 'time up to withdrawal of a guilty plea (§ 3161(i))', kind: 'trigger' }],
  },
];
