/**
 * The demo week replayed through the HTTP API as the vendor platform would deliver it: each upload is one
 * `POST /api/v1/monitoring/events` (NDJSON) carrying the time it would have arrived (`Pretrial-Replay-Time`),
 * and the officer's steps (acknowledge, resolve, note) go through the lifecycle routes at their own times.
 * Paced or not: with `durationMs` the week is compressed into that much wall time, so someone watching the
 * UI sees the alerts arrive one after another.
 */
import { buildHaleCaseFile } from '../../demo/index.ts';
import type { Alert } from '../../monitoring/alerts.ts';
import { toInput } from '../../monitoring/device-events.ts';
import {
  DEMO_DEVICE,
  DEMO_OFFICER_STEPS,
  DEMO_WEEK,
  demoEnrollment,
  demoWeekDeliveries,
  type OfficerStep,
} from '../../monitoring/simulator/demo-week.ts';
import type { Delivery } from '../../monitoring/simulator/tracks.ts';
import { caseIdFor } from '../../store/cases.ts';

export interface ReplayOptions {
  /** The server, e.g. http://localhost:3000 */
  baseUrl: string;
  /** Spread the week over this much wall time (0: as fast as the server answers). */
  durationMs?: number;
  seed?: number;
  log?: (line: string) => void;
  signal?: AbortSignal;
  /** An API token (`pretrial users token`) of an account that may ingest the device's events and act on alerts. */
  token?: string;
}

export interface ReplaySummary {
  deliveries: number;
  accepted: number;
  duplicates: number;
  alertChanges: number;
  officerSteps: number;
  /** Officer steps found already done (a second replay against the same server): not applied again. */
  alreadyApplied: number;
  /** Whether the server ran on the replay's clock (`--demo`), or on its wall clock. */
  clock: 'replay' | 'wall' | 'unknown';
  problems: string[];
}

const iso = (ms: number) => new Date(ms).toISOString();
const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve();
    const onAbort = () => {
      clearTimeout(t);
      resolve();
    };
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

async function call(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: unknown; headers: Headers }> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(body !== undefined && typeof body !== 'string' ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = text;
  }
  return { status: res.status, json, headers: res.headers };
}

/** Make sure the demo case and Renee Castell's enrollment are on the server. */
export async function ensureDemoEnrollment(
  baseUrl: string,
  log: (l: string) => void = () => {},
  auth: Record<string, string> = {},
): Promise<void> {
  const person = await call(
    baseUrl,
    'GET',
    `/api/v1/monitoring/people/${demoEnrollment.personId}`,
    undefined,
    auth,
  );
  if (person.status === 401 || person.status === 403)
    throw new Error(
      `the server refused the replay (${person.status}: ${(person.json as { error?: string } | null)?.error ?? ''}); give an API token of an account with the officer and vendor roles (--token or PRETRIAL_API_TOKEN)`,
    );
  if (person.status === 200) return;
  const demo = buildHaleCaseFile();
  const caseId = caseIdFor(demo);
  const found = await call(baseUrl, 'GET', `/api/v1/cases/${caseId}`, undefined, auth);
  if (found.status === 404) {
    const created = await call(baseUrl, 'POST', '/api/v1/cases', demo, auth);
    if (created.status !== 201)
      throw new Error(`could not create the demo case: ${JSON.stringify(created.json)}`);
    log(`Created the demo case ${demo.case.caption} (${caseId}).`);
  }
  const enrolled = await call(
    baseUrl,
    'POST',
    '/api/v1/monitoring/enrollments',
    { caseId, enrollment: demoEnrollment },
    auth,
  );
  if (enrolled.status !== 201)
    throw new Error(`could not enroll the demo defendant: ${JSON.stringify(enrolled.json)}`);
  log(`Enrolled ${demoEnrollment.label}, device ${DEMO_DEVICE}.`);
}

const PAST = {
  acknowledge: 'acknowledged',
  escalate: 'escalated',
  resolve: 'resolved',
  dismiss: 'dismissed',
  note: 'note',
} as const;

type Item = { at: number; delivery: Delivery } | { at: number; step: OfficerStep };

export async function replayDemoWeek(o: ReplayOptions): Promise<ReplaySummary> {
  const log = o.log ?? (() => {});
  const base = o.baseUrl.replace(/\/$/, '');
  const auth: Record<string, string> = o.token ? { authorization: `Bearer ${o.token}` } : {};
  await ensureDemoEnrollment(base, log, auth);
  const items: Item[] = [
    ...demoWeekDeliveries(o.seed).map((delivery) => ({ at: delivery.receivedAt, delivery })),
    ...DEMO_OFFICER_STEPS.map((step) => ({ at: step.at, step })),
  ].sort((a, b) => a.at - b.at);
  const span = DEMO_WEEK.to - DEMO_WEEK.from;
  const started = Date.now();
  const summary: ReplaySummary = {
    deliveries: 0,
    accepted: 0,
    duplicates: 0,
    alertChanges: 0,
    officerSteps: 0,
    alreadyApplied: 0,
    clock: 'unknown',
    problems: [],
  };
  for (const item of items) {
    if (o.signal?.aborted) break;
    if (o.durationMs) {
      const due = started + ((item.at - DEMO_WEEK.from) / span) * o.durationMs;
      await sleep(due - Date.now(), o.signal);
    }
    const replayHeader = { 'pretrial-replay-time': iso(item.at) };
    if ('delivery' in item) {
      const body = item.delivery.events.map((e) => JSON.stringify(toInput(e))).join('\n');
      const r = await call(base, 'POST', '/api/v1/monitoring/events', body, {
        'content-type': 'application/x-ndjson',
        ...replayHeader,
        ...auth,
      });
      if (r.status !== 200) {
        summary.problems.push(`delivery at ${iso(item.at)}: ${r.status} ${JSON.stringify(r.json)}`);
        continue;
      }
      const clock = r.headers.get('pretrial-clock');
      if (clock === 'replay' || clock === 'wall') summary.clock = clock;
      const j = r.json as { accepted: number; duplicates: number; alertChanges: number };
      summary.deliveries++;
      summary.accepted += j.accepted;
      summary.duplicates += j.duplicates;
      summary.alertChanges += j.alertChanges;
    } else {
      const s = item.step;
      const list = await call(
        base,
        'GET',
        `/api/v1/monitoring/alerts?personId=${demoEnrollment.personId}`,
        undefined,
        auth,
      );
      const ofKind = ((list.json as { alerts?: Alert[] }).alerts ?? []).filter((a) => a.kind === s.alertKind);
      // A replay run again against the same server finds its steps done: each is applied once (the same
      // action with the same note on an alert of the kind), never twice.
      const done = ofKind.some((a) =>
        a.history.some((h) => h.action === PAST[s.action] && (h.note ?? '') === (s.note ?? '')),
      );
      if (done) {
        summary.alreadyApplied++;
        continue;
      }
      const alerts = ofKind.filter((a) => a.state !== 'resolved' && a.state !== 'dismissed');
      const target = alerts[alerts.length - 1];
      if (!target) {
        summary.problems.push(`officer step at ${iso(s.at)}: no open ${s.alertKind} alert to ${s.action}`);
        continue;
      }
      const action = s.action === 'note' ? 'notes' : s.action;
      const r = await call(
        base,
        'POST',
        `/api/v1/monitoring/alerts/${target.alertId}/${action}`,
        {
          note: s.note,
          ...(s.cause ? { cause: s.cause.code, ...(s.cause.note ? { causeNote: s.cause.note } : {}) } : {}),
        },
        { ...replayHeader, ...auth },
      );
      if (r.status !== 200)
        summary.problems.push(`officer step ${action} ${s.alertKind}: ${r.status} ${JSON.stringify(r.json)}`);
      else {
        summary.officerSteps++;
        log(`Officer: ${action} ${s.alertKind} — ${s.note}`);
      }
    }
  }
  return summary;
}
