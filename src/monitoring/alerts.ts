/**
 * Alerts and their lifecycle (docs/monitoring.md § 5). An alert reports what the data show about one episode of
 * one rule — which condition of which order it enforces, on what evidence, with which tolerances, and how sure
 * we are. It never says that a violation occurred: that is for the court (18 U.S.C. § 3148).
 *
 *             device clear / schedule ends                 officer: note (+ disposition)
 *   open ─────────────────────────────────► cleared ───────────────────────────────► resolved
 *    │  ▲                                      │
 *    │  └──────────── new evidence ────────────┘
 *    ├─► acknowledged (officer has seen it) ──► cleared / resolved
 *    ├─► escalated (not acknowledged in time; next contact in the protocol)
 *    └─► dismissed (false alarm; reason required)
 *
 * Every transition — by the system or by an officer — is appended to `history`; nothing is deleted.
 */
import type { OrderRef } from './conditions-in-force.ts';

export type Severity = 'critical' | 'serious' | 'warning' | 'info';
export type Confidence = 'high' | 'medium' | 'low';
export type AlertState = 'open' | 'acknowledged' | 'escalated' | 'cleared' | 'resolved' | 'dismissed';

export type AlertKind =
  | 'unapprovedAbsence'
  | 'lateReturn'
  | 'curfewNotHome'
  | 'curfewLeft'
  | 'leftPermittedArea'
  | 'exclusionZone'
  | 'exclusionBuffer'
  | 'possibleCrossing'
  | 'mobileZone'
  | 'mobileBuffer'
  | 'strapTamper'
  | 'caseTamper'
  | 'batteryLow'
  | 'batteryCritical'
  | 'gpsLost'
  | 'communicationFailure'
  | 'locationFailure';

/** Severity of each kind (docs/monitoring.md § 5.1). `exclusionBuffer` is critical around a protected person's places. */
export const SEVERITY: Record<AlertKind, Severity> = {
  exclusionZone: 'critical',
  exclusionBuffer: 'warning',
  mobileZone: 'critical',
  mobileBuffer: 'critical',
  strapTamper: 'critical',
  caseTamper: 'critical',
  unapprovedAbsence: 'serious',
  lateReturn: 'serious',
  curfewNotHome: 'serious',
  curfewLeft: 'serious',
  leftPermittedArea: 'serious',
  batteryCritical: 'serious',
  communicationFailure: 'serious',
  locationFailure: 'serious',
  batteryLow: 'warning',
  gpsLost: 'warning',
  possibleCrossing: 'warning',
};

/** Kinds that need an officer's note to resolve (docs/monitoring.md § 5.2). */
export const NOTE_REQUIRED_TO_RESOLVE: ReadonlySet<AlertKind> = new Set(['strapTamper', 'caseTamper']);

export interface FixSummary {
  /** The stored event id (64-bit, as a decimal string). */
  id: string;
  at: string;
  lat: number;
  lon: number;
  accuracyM: number;
  source: string;
  /** Signed distance to the zone boundary (negative inside), or to the other party for mobile zones. */
  distanceM?: number;
}

export interface AlertEvidence {
  /** Ids of the events that prove the alert (capped: the first and last 25; `eventCount` has the total). */
  eventIds: string[];
  eventCount: number;
  /** Key fixes: the first that opened the episode, the latest, and the one that cleared it. */
  fixes: FixSummary[];
  /** Every tolerance applied, e.g. { graceMin: 10 }: the report can say "late by 23 min, beyond the 10-min grace". */
  tolerances: Record<string, number>;
  /** e.g. { windowEnd: '…', lateByMin: 27 }. */
  facts: Record<string, string | number>;
  notes: string[];
}

export interface HistoryEntry {
  at: string;
  by: string;
  action:
    | 'opened'
    | 'evidence'
    | 'cleared'
    | 'reopened'
    | 'revised'
    | 'acknowledged'
    | 'escalated'
    | 'resolved'
    | 'dismissed'
    | 'note';
  note?: string;
  /**
   * The engine's clock when the entry was made, where it is not the wall clock (a replay of recorded device
   * events): response times are measured on it, while `at` is when the officer really acted.
   */
  clockAt?: string;
}

/**
 * What caused an alert, as the officer who resolved or dismissed it found: the participant's conduct, the
 * device or its GPS, a loss of communication, a zone or schedule set up wrongly, an officer's error, or
 * something else (said in the note). Counted per person and per caseload, so that an agency sees which
 * alerts are violations and which are noise (docs/monitoring.md § 5.3).
 */
export const ALERT_CAUSES = [
  'participantViolation',
  'deviceFault',
  'communicationLoss',
  'zoneOrScheduleError',
  'officerError',
  'other',
] as const;
export type AlertCauseCode = (typeof ALERT_CAUSES)[number];

export interface AlertCause {
  code: AlertCauseCode;
  /** Required for `other`. */
  note?: string;
}

export interface Alert {
  alertId: string;
  personId: string;
  deviceId: string;
  kind: AlertKind;
  severity: Severity;
  rule: { ruleId: string; kind: string; citation: string; description: string };
  condition: { id: string; kind: string; text: string };
  order: OrderRef;
  zone: { id: string; label: string } | null;
  /** When the episode began (for a late return: the end of the approved window). */
  startedAt: string;
  /** When the clearing event happened; null while the episode lasts. */
  endedAt: string | null;
  /** When the engine raised the alert (processing time). */
  detectedAt: string;
  /** Raised from data that arrived behind the device's evaluated timeline (docs/monitoring.md § 2.2). */
  late: boolean;
  /** detectedAt − the moment the alert could first have been raised (episode start + grace), seconds. */
  detectionDelaySec: number;
  evidence: AlertEvidence;
  confidence: Confidence;
  state: AlertState;
  disposition: string | null;
  /** The cause the officer gave when resolving or dismissing (absent before; the engine never sets it). */
  cause?: AlertCause;
  history: HistoryEntry[];
}

/** A change the engine or an officer made, as the store and the live stream receive it. */
export interface AlertChange {
  change: 'opened' | 'updated' | 'cleared' | 'reopened' | 'officer';
  alert: Alert;
}

export class LifecycleError extends Error {
  override name = 'LifecycleError';
}

const TERMINAL: ReadonlySet<AlertState> = new Set(['resolved', 'dismissed']);
const iso = (ms: number) => new Date(ms).toISOString();

export interface OfficerAction {
  by: string;
  /** Epoch milliseconds: when the officer acted. */
  at: number;
  /** The engine's clock, epoch milliseconds, when it follows a replay rather than the wall clock. */
  clockAt?: number;
  note?: string;
}

/** The entry's time fields: the officer's real time, and the replay clock's where one runs. */
function when(a: OfficerAction): { at: string; clockAt?: string } {
  return a.clockAt === undefined ? { at: iso(a.at) } : { at: iso(a.at), clockAt: iso(a.clockAt) };
}

function requireOfficer(a: OfficerAction): void {
  if (!a.by || a.by.trim() === '') throw new LifecycleError('an officer action needs `by` (who acted)');
}

function withEntry(
  alert: Alert,
  state: AlertState,
  entry: HistoryEntry,
  disposition?: string,
  cause?: AlertCause,
): Alert {
  return {
    ...alert,
    state,
    disposition: disposition ?? alert.disposition,
    ...(cause ? { cause } : {}),
    history: [...alert.history, entry],
  };
}

/** A cause as given, checked: `other` needs a note saying what it was. */
function checkedCause(alert: Alert, cause: AlertCause | undefined): AlertCause | undefined {
  if (!cause) return undefined;
  if (!ALERT_CAUSES.includes(cause.code))
    throw new LifecycleError(`alert ${alert.alertId}: unknown cause ${cause.code}`);
  const note = cause.note?.trim();
  if (cause.code === 'other' && !note)
    throw new LifecycleError(`alert ${alert.alertId}: the cause "other" needs a note saying what it was`);
  return note ? { code: cause.code, note } : { code: cause.code };
}

/**
 * The officer has seen the alert: open or escalated → acknowledged. A cleared alert (the device's clear came
 * first: SCRAM's "flashing blue") stays cleared, with the acknowledgement in its history.
 */
export function acknowledgeAlert(alert: Alert, a: OfficerAction): Alert {
  requireOfficer(a);
  if (alert.state !== 'open' && alert.state !== 'escalated' && alert.state !== 'cleared')
    throw new LifecycleError(`alert ${alert.alertId} is ${alert.state}: it cannot be acknowledged`);
  return withEntry(alert, alert.state === 'cleared' ? 'cleared' : 'acknowledged', {
    ...when(a),
    by: a.by,
    action: 'acknowledged',
    ...(a.note ? { note: a.note } : {}),
  });
}

/** Not acknowledged in time: the next contact in the protocol takes it. Allowed from open. */
export function escalateAlert(alert: Alert, a: OfficerAction): Alert {
  requireOfficer(a);
  if (alert.state !== 'open')
    throw new LifecycleError(`alert ${alert.alertId} is ${alert.state}: only an open alert can be escalated`);
  return withEntry(alert, 'escalated', {
    ...when(a),
    by: a.by,
    action: 'escalated',
    ...(a.note ? { note: a.note } : {}),
  });
}

/**
 * Close the alert with the officer's disposition. Only after the episode has ended (the device's clear or the
 * schedule's end: `endedAt` set) — an alert that is still going on is acknowledged, or dismissed as a false
 * alarm. Strap and case tampers need a note (docs/monitoring.md § 5.2); a case tamper also needs the device to have
 * reported the case closed, which is what ends its episode.
 */
export function resolveAlert(
  alert: Alert,
  a: OfficerAction & { disposition?: string; cause?: AlertCause },
): Alert {
  requireOfficer(a);
  if (TERMINAL.has(alert.state)) throw new LifecycleError(`alert ${alert.alertId} is already ${alert.state}`);
  if (alert.endedAt === null)
    throw new LifecycleError(
      alert.kind === 'caseTamper'
        ? `alert ${alert.alertId}: a case tamper can be resolved only after the device reports the case closed`
        : `alert ${alert.alertId} is still going on (no clearing event yet): acknowledge it, or dismiss it as a false alarm with a reason`,
    );
  if (NOTE_REQUIRED_TO_RESOLVE.has(alert.kind) && !a.note?.trim())
    throw new LifecycleError(
      `alert ${alert.alertId}: a ${alert.kind} alert can be resolved only with a note`,
    );
  const cause = checkedCause(alert, a.cause);
  return withEntry(
    alert,
    'resolved',
    { ...when(a), by: a.by, action: 'resolved', ...(a.note ? { note: a.note } : {}) },
    a.disposition ?? 'resolved',
    cause,
  );
}

/** A false alarm: the reason is required. */
export function dismissAlert(alert: Alert, a: OfficerAction & { cause?: AlertCause }): Alert {
  requireOfficer(a);
  if (TERMINAL.has(alert.state)) throw new LifecycleError(`alert ${alert.alertId} is already ${alert.state}`);
  if (!a.note?.trim())
    throw new LifecycleError(`alert ${alert.alertId}: dismissing an alert needs a reason (note)`);
  const cause = checkedCause(alert, a.cause);
  return withEntry(
    alert,
    'dismissed',
    { ...when(a), by: a.by, action: 'dismissed', note: a.note },
    'dismissed',
    cause,
  );
}

/** A note on any alert, in any state. */
export function noteAlert(alert: Alert, a: OfficerAction): Alert {
  requireOfficer(a);
  if (!a.note?.trim()) throw new LifecycleError('a note needs text');
  return withEntry(alert, alert.state, { ...when(a), by: a.by, action: 'note', note: a.note });
}
