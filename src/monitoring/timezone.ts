/**
 * The time zone a supervised person's rules are compiled in and their alerts read in: the supervising
 * district's. In order: the home-detention, home-incarceration or curfew condition's own `timeZone`; else the
 * district of a residence the conditions name; else the case's district (the court's seat, as Fed. R. Crim. P.
 * 45(a)(4)(A) reads it: "midnight in the court's time zone"); else `FALLBACK_TIME_ZONE`. The server compiles with
 * it (`compileRules`) and the web app shows alerts with it, so both read a person's day the same way.
 */

import { DISTRICTS } from '../case/districts.ts';
import type { Condition } from '../case/index.ts';

/** Used only when neither the conditions nor the case name a district this project knows. */
export const FALLBACK_TIME_ZONE = 'America/New_York';

export function supervisionTimeZone(conditions: readonly Condition[], caseDistrict?: string): string {
  for (const c of conditions) {
    if ('timeZone' in c && typeof c.timeZone === 'string') return c.timeZone;
  }
  for (const c of conditions) {
    const district = 'residence' in c ? c.residence.district : undefined;
    const tz = district ? DISTRICTS.get(district)?.timeZone : undefined;
    if (tz) return tz;
  }
  return (caseDistrict ? DISTRICTS.get(caseDistrict)?.timeZone : undefined) ?? FALLBACK_TIME_ZONE;
}
