/**
 * The time zone a supervised person's alerts are read in: the one the server compiles the rules with
 * (`supervisionTimeZone` of the contract: the zoned condition's own, else a residence's district, else the case's
 * district). The server's `timeZone`, when it sends one, comes first (`people.ts`).
 */
import {
  type CaseFile,
  conditionTimeline,
  FALLBACK_TIME_ZONE,
  supervisionTimeZone as rule,
} from '../../../src/contract.ts';

export const FALLBACK_TZ = FALLBACK_TIME_ZONE;

export function supervisionTimeZone(file: CaseFile, defendant: number): string {
  return rule(
    conditionTimeline(file, defendant).map((c) => c.condition),
    file.case.district,
  );
}
