/**
 * The time zone a supervised person's alerts are read in: the supervising district's. It is the one the rules
 * are compiled with (the home-detention, home-incarceration or curfew condition's own `timeZone`), else the
 * district of the residence or of the case (the court's seat, as Rule 45(a)(4)(A) reads it). The server's
 * `timeZone`, when it sends one, comes first (`people.ts`).
 */
import type { CaseFile } from '../../../src/case/index.ts';
import { DISTRICTS } from '../../../src/law/calendar/districts.ts';
import { conditionTimeline } from '../../../src/monitoring/conditions-in-force.ts';

export const FALLBACK_TZ = 'America/New_York';

export function supervisionTimeZone(file: CaseFile, defendant: number): string {
  const conditions = conditionTimeline(file, defendant).map((c) => c.condition);
  for (const c of conditions) {
    if ('timeZone' in c && typeof c.timeZone === 'string') return c.timeZone;
  }
  for (const c of conditions) {
    const district = 'residence' in c ? c.residence.district : undefined;
    const tz = district ? DISTRICTS.get(district)?.timeZone : undefined;
    if (tz) return tz;
  }
  return DISTRICTS.get(file.case.district)?.timeZone ?? FALLBACK_TZ;
}
