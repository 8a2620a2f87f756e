/**
 * The contract between the server and its clients: the shapes of what the REST API sends and receives, and the
 * few pure functions a client needs to present them the way the server computes them (the time zone a
 * supervised person's day is read in, the conditions in force, a Guidelines range and an exposure summary as
 * text). The web app (`web/src`) takes everything it uses from `src` through this module and nothing else;
 * types only where they come from the store or the server, so no server code reaches the browser.
 */

// The case file (request and response bodies of /api/v1/cases).
export type { CaseFile, Event } from './case/index.ts';
// The one date form of the app and of what the server prints for people.
export { longDate } from './export/dates.ts';
// Deadlines, exposure, Guidelines, release, Speedy Trial: the case reports.
export type { DeadlineReport } from './law/deadlines/index.ts';
export type { CaseGuidelines, ScenarioGuidelines } from './law/guidelines/case-guidelines.ts';
export { formatRange } from './law/guidelines/table.ts';
export type { GuidelineStep } from './law/guidelines/trace.ts';
export type { CaseExposure } from './law/penalties/schema.ts';
export { exposureSummaryRows } from './law/penalties/summary.ts';
export type {
  ConditionPeriodSchema,
  ReleaseIssueSchema,
  ReleaseSegmentSchema,
} from './law/release/schema.ts';
export type { Clock, DefendantClocks, LedgerPeriod, SpeedyTrialResult } from './law/speedy-trial/result.ts';
// Location monitoring.
export type {
  Alert,
  AlertCauseCode,
  AlertChange,
  AlertKind,
  AlertState,
  Severity,
} from './monitoring/alerts.ts';
export { conditionTimeline } from './monitoring/conditions-in-force.ts';
export type { Enrollment } from './monitoring/enrollment.ts';
export { FALLBACK_TIME_ZONE, supervisionTimeZone } from './monitoring/timezone.ts';
export type { ZoneFeature, ZoneRole } from './monitoring/zone-feature.ts';
export type { TriageReport } from './server/monitoring/triage.ts';
// The case list (GET /api/v1/cases).
export type { CaseSummary } from './store/cases.ts';
