/** Plain words, order and times for alerts, as an officer reads them. */
import { Temporal } from 'temporal-polyfill';
import type { Alert, AlertKind, AlertState, Severity } from '../../../src/contract.ts';
import { dateTime, longDate } from '../format.ts';

export const KIND_WORDS: Record<AlertKind, string> = {
  unapprovedAbsence: 'Away from home without an approved absence',
  lateReturn: 'Late return from an approved absence',
  curfewNotHome: 'Not home at the start of curfew',
  curfewLeft: 'Left home during curfew',
  leftPermittedArea: 'Outside the permitted area',
  exclusionZone: 'Inside an exclusion zone',
  exclusionBuffer: 'Inside the buffer of an exclusion zone',
  possibleCrossing: 'Possible crossing of a zone between sparse fixes',
  mobileZone: 'Within the protected person’s zone',
  mobileBuffer: 'Within the buffer around a protected person',
  strapTamper: 'Strap tamper',
  caseTamper: 'Device case tamper',
  batteryLow: 'Battery low',
  batteryCritical: 'Battery critical',
  gpsLost: 'Moving without GPS',
  communicationFailure: 'No communication from the device',
  locationFailure: 'No location from the device',
};

export const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, serious: 1, warning: 2, info: 3 };
export const SEVERITIES: Severity[] = ['critical', 'serious', 'warning', 'info'];

export const STATE_WORDS: Record<AlertState, string> = {
  open: 'Open',
  acknowledged: 'Acknowledged',
  escalated: 'Escalated',
  cleared: 'Cleared by the device — needs follow-up',
  resolved: 'Resolved',
  dismissed: 'Dismissed',
};
export const STATES: AlertState[] = ['open', 'acknowledged', 'escalated', 'cleared', 'resolved', 'dismissed'];

/** 0: needs action now (open, escalated, acknowledged); 1: cleared by the device, awaiting follow-up; 2: closed. */
export function stateGroup(s: AlertState): number {
  return s === 'open' || s === 'escalated' || s === 'acknowledged' ? 0 : s === 'cleared' ? 1 : 2;
}

/** The queue's order: alerts needing action first, then by severity, then newest first. */
export function compareAlerts(a: Alert, b: Alert): number {
  return (
    stateGroup(a.state) - stateGroup(b.state) ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (a.startedAt < b.startedAt ? 1 : a.startedAt > b.startedAt ? -1 : 0) ||
    (a.alertId < b.alertId ? -1 : a.alertId > b.alertId ? 1 : 0)
  );
}

/** The actions a state allows (docs/monitoring.md § 5.2); the server has the last word and says why when it refuses. */
export function allowedActions(a: Alert): Array<'acknowledge' | 'escalate' | 'resolve' | 'dismiss'> {
  if (a.state === 'resolved' || a.state === 'dismissed') return [];
  const out: Array<'acknowledge' | 'escalate' | 'resolve' | 'dismiss'> = [];
  const seen = a.history.some((h) => h.action === 'acknowledged');
  if (a.state === 'open' || a.state === 'escalated' || (a.state === 'cleared' && !seen))
    out.push('acknowledge');
  if (a.state === 'open') out.push('escalate');
  out.push('resolve', 'dismiss');
  return out;
}

const fmtCache = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string, withDate: boolean): Intl.DateTimeFormat {
  const key = `${timeZone}|${withDate}`;
  let f = fmtCache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      ...(withDate ? { weekday: 'short', month: 'short', day: 'numeric' } : {}),
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    });
    fmtCache.set(key, f);
  }
  return f;
}

/** `2026-05-05T20:00:00Z` in Los Angeles → `Tue May 5, 2026 13:00 PDT` (the app's one form, `dateTime`). */
export function zonedTime(iso: string, timeZone: string): string {
  return dateTime(iso, timeZone);
}

/** The time only (`13:27 PDT`), for an end on the same local day as the start. */
export function zonedClock(iso: string, timeZone: string): string {
  return formatter(timeZone, false).format(new Date(iso));
}

export function sameLocalDay(a: string, b: string, timeZone: string): boolean {
  const day = (iso: string) =>
    Temporal.Instant.from(iso).toZonedDateTimeISO(timeZone).toPlainDate().toString();
  return day(a) === day(b);
}

/** A started–ended span in the zone: `Tue May 5, 2026 13:00 PDT – 13:27 PDT`, or `… – ongoing`. */
export function zonedSpan(from: string, to: string | null, timeZone: string): string {
  if (to === null) return `${zonedTime(from, timeZone)} – ongoing`;
  return `${zonedTime(from, timeZone)} – ${sameLocalDay(from, to, timeZone) ? zonedClock(to, timeZone) : zonedTime(to, timeZone)}`;
}

/** A `datetime-local` value (wall time in `timeZone`) for an instant. */
export function toLocalInput(iso: string, timeZone: string): string {
  return Temporal.Instant.from(iso)
    .toZonedDateTimeISO(timeZone)
    .toPlainDateTime()
    .toString({ smallestUnit: 'minute' });
}

/** A `datetime-local` value read as wall time in `timeZone` → an ISO instant; null when it is not a date-time. */
export function fromLocalInput(value: string, timeZone: string): string | null {
  try {
    return Temporal.PlainDateTime.from(value).toZonedDateTime(timeZone).toInstant().toString();
  } catch {
    return null;
  }
}

/** A calendar day in `timeZone`: the instants of its first moment and of the next day's first moment. */
export function localDayBounds(date: string, timeZone: string): { from: string; to: string } {
  const d = Temporal.PlainDate.from(date);
  return {
    from: d.toZonedDateTime({ timeZone }).toInstant().toString(),
    to: d.add({ days: 1 }).toZonedDateTime({ timeZone }).toInstant().toString(),
  };
}

export function localDate(iso: string, timeZone: string): string {
  return Temporal.Instant.from(iso).toZonedDateTimeISO(timeZone).toPlainDate().toString();
}

export function addHours(iso: string, hours: number): string {
  return Temporal.Instant.from(iso).add({ hours }).toString();
}

/** The time zone's long name, e.g. `Pacific Daylight Time (America/Los_Angeles)`. */
export function zoneName(timeZone: string, at: string): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'long' })
    .formatToParts(new Date(at))
    .find((p) => p.type === 'timeZoneName');
  return part ? `${part.value} (${timeZone})` : timeZone;
}

export function orderLabel(o: Alert['order']): string {
  const entry = o.docketEntry
    ? o.docketEntry.number !== null
      ? `ECF No. ${o.docketEntry.number}`
      : 'minute entry'
    : 'no docket entry';
  return `${longDate(o.date)} · ${entry}`;
}
