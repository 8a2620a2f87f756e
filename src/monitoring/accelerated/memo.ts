/**
 * The accelerator's memos and copies for code both evaluators share (`episodes.ts`, `machines.ts`): pure in what
 * they return, tuned in how. Each gives the result its plain version would (`new Date(ms).toISOString()`, the
 * summary made afresh, a spread of the alert), only cheaper on the hot path, where an open episode describes its
 * alert again on every fix. Kept here so that the shared code reads plainly; the differential test between the
 * evaluators holds them to the plain results.
 */
import type { Alert, AlertEvidence, Confidence, FixSummary, HistoryEntry } from '../alerts.ts';

/**
 * An instant as ISO text, through a small cache: an open episode reports its first and latest fixes on every
 * fix, so the same instants are formatted again and again.
 */
const ISO_SLOTS = 4096;
const isoKeys = new Float64Array(ISO_SLOTS).fill(Number.NaN);
const isoText: string[] = new Array<string>(ISO_SLOTS).fill('');
export function iso(ms: number): string {
  const slot = Math.floor(ms / 1000) & (ISO_SLOTS - 1);
  if (isoKeys[slot] === ms) return isoText[slot] as string;
  const text = new Date(ms).toISOString();
  isoKeys[slot] = ms;
  isoText[slot] = text;
  return text;
}

/**
 * A copy of the alert with a new description of its episode. Every field is written out, in the order
 * `newAlert` makes them: the copy is one allocation of a known shape, where a spread followed by the
 * changed fields costs several times as much (an open episode revises its alert on every fix).
 */
export function revisedAlert(
  a: Alert,
  startedAt: string,
  endedAt: string | null,
  state: Alert['state'],
  confidence: Confidence,
  evidence: AlertEvidence,
  history: HistoryEntry[],
): Alert {
  const out: Alert = {
    alertId: a.alertId,
    personId: a.personId,
    deviceId: a.deviceId,
    kind: a.kind,
    severity: a.severity,
    rule: a.rule,
    condition: a.condition,
    order: a.order,
    zone: a.zone,
    startedAt,
    endedAt,
    detectedAt: a.detectedAt,
    late: a.late,
    detectionDelaySec: a.detectionDelaySec,
    evidence,
    confidence,
    state,
    disposition: a.disposition,
    history,
  };
  // The officer's cause (resolved or dismissed alerts only: rare) is kept through a revision.
  if (a.cause !== undefined) out.cause = a.cause;
  return out;
}

/**
 * A fix's summary through a small cache by identity: an open episode quotes its first and latest fixes on every
 * fix. A summary is never changed once made, so alerts may share one.
 */
const SUMMARY_SLOTS = 1024;
const summaryRefs: (object | null)[] = new Array<object | null>(SUMMARY_SLOTS).fill(null);
const summaryText: (FixSummary | null)[] = new Array<FixSummary | null>(SUMMARY_SLOTS).fill(null);

export function memoSummary<F extends { at: number; lat: number }>(
  f: F,
  make: (f: F) => FixSummary,
): FixSummary {
  const slot = (Math.floor(f.at / 1000) ^ Math.floor(f.lat * 1e5)) & (SUMMARY_SLOTS - 1);
  if (summaryRefs[slot] === f) return summaryText[slot] as FixSummary;
  const s = make(f);
  summaryRefs[slot] = f;
  summaryText[slot] = s;
  return s;
}
