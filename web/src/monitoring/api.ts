/**
 * Typed calls to the monitoring API (`/api/v1/monitoring`). The alert types are the engine's own
 * (`src/monitoring`), so the page and the server cannot drift apart.
 */
import type {
  Alert,
  AlertCauseCode,
  AlertChange,
  AlertKind,
  AlertState,
  Enrollment,
  Severity,
  TriageReport,
  ZoneFeature,
  ZoneRole,
} from '../../../src/contract.ts';
import { call } from '../api.ts';

export type {
  Alert,
  AlertCauseCode,
  AlertChange,
  AlertKind,
  AlertState,
  Enrollment,
  Severity,
  TriageReport,
  ZoneFeature,
  ZoneRole,
};

/** What an officer says when acting on an alert (a resolution and a dismissal need a cause). */
export interface ActionBody {
  note?: string;
  disposition?: string;
  cause?: AlertCauseCode;
  causeNote?: string;
}

export interface MapConfig {
  mapTileUrl: string | null;
  mapAttribution: string | null;
}

export interface EnrolledPerson {
  personId: string;
  caseId: string;
  caseCaption: string;
  defendant: number;
  label: string;
  deviceId: string;
  openAlerts: number;
  lastEventAt: string | null;
  /** The supervising district's time zone, when the server sends it. */
  timeZone?: string;
}

export interface ConditionView {
  id: string;
  kind: string;
  text: string;
  order: { id: string; date: string; docketEntry?: { id: string; number: number | null } | null };
}

export interface Fix {
  id: string;
  at: string;
  lat: number;
  lon: number;
  accuracyM: number;
  source: string;
}

export interface PersonView {
  personId: string;
  caseId: string;
  caseCaption: string;
  defendant: number;
  label: string;
  enrollment: Enrollment;
  conditions: ConditionView[];
  zones: { type: 'FeatureCollection'; features: ZoneFeature[] };
  absences: Enrollment['absences'];
  lastFix: Fix | null;
  timeZone?: string;
}

export type AlertAction = 'acknowledge' | 'escalate' | 'resolve' | 'dismiss' | 'notes';

const enc = encodeURIComponent;

function query(params: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}

export const monitoringApi = {
  config: () => call<MapConfig>('GET', '/api/v1/config'),
  enrollments: () => call<{ people: EnrolledPerson[] }>('GET', '/api/v1/monitoring/enrollments'),
  person: (personId: string) => call<PersonView>('GET', `/api/v1/monitoring/people/${enc(personId)}`),
  track: (personId: string, from: string, to: string) =>
    call<{ fixes: Fix[] }>('GET', `/api/v1/monitoring/people/${enc(personId)}/track${query({ from, to })}`),
  alerts: (
    filter: { state?: string; personId?: string; severity?: string; since?: string; limit?: string } = {},
  ) => call<{ alerts: Alert[] }>('GET', `/api/v1/monitoring/alerts${query(filter)}`),
  act: (alertId: string, action: AlertAction, body: ActionBody) =>
    call<Alert>('POST', `/api/v1/monitoring/alerts/${enc(alertId)}/${action}`, body),
  metrics: (period: { from?: string; to?: string }) => call<TriageReport>('GET', metricsUrl(period)),
};

/** The alert triage figures' address (JSON, or with `format: 'csv'` the CSV export). */
export const metricsUrl = (p: { from?: string; to?: string; format?: 'csv' }) =>
  `/api/v1/monitoring/metrics${query(p)}`;

/** The violation report's address (printable HTML, or a PDF). */
export const reportUrl = (personId: string, from: string, to: string, format: 'html' | 'pdf') =>
  `/api/v1/monitoring/people/${enc(personId)}/report${query({ from, to, format })}`;

export const STREAM_URL = '/api/v1/monitoring/stream';
