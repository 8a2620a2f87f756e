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
}

export interface ReplaySummary {
  deliveries: number;
  accepted: number;
  duplicates: number;
  alertChanges: number;
  officerSteps: number;
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
): Promise<void> {
  const person = await call(baseUrl, 'GET', `/api/v1/monitoring/people/${demoEnrollment.personId}`);
  if (person.status === 200) return;
  const demo = buildHaleCaseFile();
  const caseId = caseIdFor(demo);
  const found = await call(baseUrl, 'GET', `/api/v1/cases/${caseId}`);
  if (found.status === 404) {
    const created = await call(baseUrl, 'POST', '/api/v1/cases', demo);
    if (created.status !== 201)
      throw new Error(`could not create the demo case: ${JSON.stringify(created.json)}`);
    log(`Created the demo case ${demo.case.caption} (${caseId}).`);
  }
  const enrolled = await call(baseUrl, 'POST', '/api/v1/monitoring/enrollments', {
    caseId,
    enrollment: demoEnrollment,
  });
  if (enrolled.status !== 201)
    throw new Error(`could not enroll the demo defendant: ${JSON.stringify(enrolled.json)}`);
  log(`Enrolled ${demoEnrollment.label}, device ${DEMO_DEVICE}.`);
}

type Item = { at: number; delivery: Delivery } | { at: number; step: OfficerStep };

export async function replayDemoWeek(o: ReplayOptions): Promise<ReplaySummary> {
  const log = o.log ?? (() => {});
  const base = o.baseUrl.replace(/\/$/, '');
  await ensureDemoEnrollment(base, log);
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
        {},
      );
      const alerts = ((list.json as { alerts?: Alert[] }).alerts ?? []).filter(
        (a) => a.kind === s.alertKind && a.state !== 'resolved' && a.state !== 'dismissed',
      );
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
        replayHeader,
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
