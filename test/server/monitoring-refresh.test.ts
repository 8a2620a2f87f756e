/**
 * An enrollment changed on a running server: only that person's device is replaced in the engine, with its
 * stored events (and the fixes of the protected person's phone it now follows) replayed; every other
 * device keeps its state. A server started afresh on the same store finds exactly the same alerts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHaleCaseFile } from '../../src/demo/index.ts';
import { acceleratedState } from '../../src/monitoring/accelerated/evaluator.ts';
import type { Alert } from '../../src/monitoring/alerts.ts';
import { type DeviceEvent, toInput } from '../../src/monitoring/device-events.ts';
import type { Engine } from '../../src/monitoring/engine.ts';
import { Enrollment } from '../../src/monitoring/enrollment.ts';
import {
  DEMO_DEVICE,
  DEMO_WEEK,
  demoEnrollment,
  demoWeekDeliveries,
  PLACES,
} from '../../src/monitoring/simulator/demo-week.ts';
import { MonitoringService } from '../../src/server/monitoring/service.ts';
import { CaseStore } from '../../src/store/cases.ts';
import { openStore } from '../../src/store/db.ts';
import { MonitoringRepo } from '../../src/store/monitoring.ts';
import { testApp } from '../helpers/app.ts';

const HALE = 'nyed-1-26-cr-00117';
/** The demo case again under another docket number: a second supervisee with the same conditions. */
const TWIN = 'nyed-1-26-cr-00118';
const TWIN_DEVICE = 'LM-TWIN-0002';
const PHONE = 'PH-PROTECTED-A';
const iso = (ms: number) => new Date(ms).toISOString();
/** Before the server below starts: a stream id from an earlier run of the server. */
const BEFORE = Date.now();

const protectedA = {
  id: 'pp-meridian-a',
  label: 'Protected person A',
  deviceId: PHONE,
  conditionId: 'c2-no-contact-meridian',
  radiusM: 400,
  bufferM: 200,
};
const twinEnrollment = {
  ...demoEnrollment,
  personId: 'twin-2',
  label: 'Second supervisee (2)',
  device: { ...demoEnrollment.device, id: TWIN_DEVICE },
  protectedPersons: [protectedA],
};

/** The engine inside the service (private: read here only to show which runtimes were replaced). */
const engineOf = (m: MonitoringService) => (m as unknown as { engine: Engine }).engine;
const ids = (alerts: readonly Alert[]) => alerts.map((a) => a.alertId).sort();

describe('monitoring: an enrollment change replaces one device, not the engine', () => {
  let app: FastifyInstance;
  let token: string;
  let monitoring: MonitoringService;
  let close: () => Promise<void>;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pretrial-refresh-'));
    ({ app, monitoring, close, token } = await testApp(
      { replayClock: true, replayStart: DEMO_WEEK.from },
      join(dir, 'p.db'),
    ));
    const hale = buildHaleCaseFile();
    const twin = { ...hale, case: { ...hale.case, docketNumber: '1:26-cr-00118' } };
    for (const payload of [hale, twin])
      expect((await app.inject({ method: 'POST', url: '/api/v1/cases', payload })).statusCode).toBe(201);
    for (const [caseId, enrollment] of [
      [HALE, demoEnrollment],
      [TWIN, twinEnrollment],
    ] as const) {
      const r = await app.inject({
        method: 'POST',
        url: '/api/v1/monitoring/enrollments',
        payload: { caseId, enrollment },
      });
      expect(r.statusCode).toBe(201);
    }
    // The week, for both supervisees; the protected person's phone stays at their home, a fix a delivery.
    for (const d of demoWeekDeliveries()) {
      const phone: DeviceEvent = {
        kind: 'fix',
        device: PHONE,
        at: d.receivedAt - 60_000,
        lat: PLACES.protectedA.lat,
        lon: PLACES.protectedA.lon,
        accuracyM: 12,
        source: 'gps',
      };
      const events = [...d.events, ...d.events.map((e) => ({ ...e, device: TWIN_DEVICE })), phone];
      const r = await app.inject({
        method: 'POST',
        url: '/api/v1/monitoring/events',
        headers: { 'content-type': 'application/x-ndjson', 'pretrial-replay-time': iso(d.receivedAt) },
        payload: events.map((e) => JSON.stringify(toInput(e))).join('\n'),
      });
      expect(r.statusCode).toBe(200);
    }
  }, 120_000);
  afterAll(async () => {
    await close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('adding a protected person to one enrollment replays that device alone and raises its alert', async () => {
    const alertsOf = async (personId: string): Promise<Alert[]> =>
      (await app.inject({ method: 'GET', url: `/api/v1/monitoring/alerts?personId=${personId}` })).json()
        .alerts;
    const twinBefore = await alertsOf('twin-2');
    const haleBefore = await alertsOf('hale-2');
    // The twin, followed by the phone from the start, was warned when the track reached protected place A.
    expect(twinBefore.filter((a) => a.kind === 'mobileZone').length).toBeGreaterThan(0);
    expect(haleBefore.filter((a) => a.kind === 'mobileZone')).toEqual([]);
    const twinRuntime = acceleratedState(engineOf(monitoring)).devices.get(TWIN_DEVICE);
    const haleRuntime = acceleratedState(engineOf(monitoring)).devices.get(DEMO_DEVICE);
    const events = await monitoring.repo.countEvents();

    const r = await app.inject({
      method: 'POST',
      url: '/api/v1/monitoring/enrollments',
      payload: { caseId: HALE, enrollment: { ...demoEnrollment, protectedPersons: [protectedA] } },
    });
    expect(r.statusCode).toBe(201);
    // Only hale-2's device is new; the twin's runtime (and its state) is the one it had.
    expect(acceleratedState(engineOf(monitoring)).devices.get(TWIN_DEVICE)).toBe(twinRuntime);
    expect(acceleratedState(engineOf(monitoring)).devices.get(DEMO_DEVICE)).not.toBe(haleRuntime);
    const haleAfter = await alertsOf('hale-2');
    const twinAfter = await alertsOf('twin-2');
    expect(twinAfter).toEqual(twinBefore);
    // hale-2 keeps every alert it had and gets the protected person's, stored and listed.
    expect(ids(haleAfter)).toEqual(expect.arrayContaining(ids(haleBefore)));
    const mobile = haleAfter.filter((a) => a.kind === 'mobileZone');
    expect(mobile.length).toBeGreaterThan(0);
    expect(mobile.map((a) => a.condition.id)).toEqual(mobile.map(() => 'c2-no-contact-meridian'));
    // The same alert times as the twin's (the same track, the same phone).
    expect(mobile.map((a) => [a.startedAt, a.endedAt])).toEqual(
      twinAfter.filter((a) => a.kind === 'mobileZone').map((a) => [a.startedAt, a.endedAt]),
    );

    // A second reload finds nothing to do. A further change (a wider radius) reads hale-2's events and the
    // phone's, not the twin's.
    expect(await monitoring.reload()).toEqual({ replaced: 0, events: 0 });
    const wider = { ...demoEnrollment, protectedPersons: [{ ...protectedA, radiusM: 450 }] };
    await monitoring.repo.putEnrollment(HALE, Enrollment.parse(wider), { name: 'test officer' });
    const haleEvents = await monitoring.repo.countEvents(DEMO_DEVICE);
    const phoneEvents = await monitoring.repo.countEvents(PHONE);
    expect(await monitoring.reload()).toEqual({ replaced: 1, events: haleEvents + phoneEvents });
    expect(haleEvents + phoneEvents).toBeLessThan(events);
    expect(acceleratedState(engineOf(monitoring)).devices.get(TWIN_DEVICE)).toBe(twinRuntime);

    // A server started afresh on the same store rebuilds everything and finds the same alerts: none
    // missing (it would store them as found), none extra.
    const stored = ids(await monitoring.repo.allAlerts());
    const store = await openStore(join(dir, 'p.db'));
    const fresh = new MonitoringService(MonitoringRepo.of(store), new CaseStore(store.db), {
      tickEveryMs: 0,
      replayClock: true,
      replayStart: DEMO_WEEK.from,
    });
    await fresh.start();
    try {
      expect(ids([...engineOf(fresh).alerts.values()])).toEqual(
        ids([...engineOf(monitoring).alerts.values()]),
      );
      expect(ids(await fresh.repo.allAlerts())).toEqual(stored);
    } finally {
      await fresh.stop();
      await store.close();
    }
  });
  it('a client whose last event id is older than the running server gets every alert changed since, then live changes', async () => {
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const all = await monitoring.repo.allAlerts();
    expect(all.length).toBeGreaterThan(5);
    expect(monitoring.hub.covers(BEFORE * 1000)).toBe(false);
    expect(monitoring.hub.covers(monitoring.hub.current)).toBe(true);
    const ctrl = new AbortController();
    const res = await fetch(`${base}/api/v1/monitoring/stream`, {
      headers: { 'last-event-id': String(BEFORE * 1000), authorization: `Bearer ${token}` },
      signal: ctrl.signal,
    });
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    let text = '';
    const events = () => [...text.matchAll(/event: alert\nid: (\d+)\ndata: (.*)\n\n/g)];
    while (events().length < all.length) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    const got = events()
      .slice(0, all.length)
      .map((m) => JSON.parse(m[2] as string) as { change: string; alert: Alert });
    // Then the stream is live: a strap opened now arrives on it.
    const posted = await app.inject({
      method: 'POST',
      url: '/api/v1/monitoring/events',
      headers: { 'pretrial-replay-time': '2026-05-11T17:00:05Z' },
      payload: [{ kind: 'strapOpen', device: TWIN_DEVICE, at: '2026-05-11T10:00:00-07:00' }],
    });
    // The strap alert opens (and any other alert of the device the event revises).
    const { accepted, alertChanges } = posted.json();
    expect(accepted).toBe(1);
    expect(alertChanges).toBeGreaterThan(0);
    while (events().length < all.length + alertChanges) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    ctrl.abort();
    const next = events()
      .slice(all.length)
      .map((m) => JSON.parse(m[2] as string));
    expect(next).toContainEqual(
      expect.objectContaining({
        change: 'opened',
        alert: expect.objectContaining({ kind: 'strapTamper', deviceId: TWIN_DEVICE }),
      }),
    );
    expect(got.map((c) => c.change)).toEqual(all.map(() => 'updated'));
    expect(ids(got.map((c) => c.alert))).toEqual(ids(all));
    // Each carries an id the memory covers: the next reconnection is served from memory.
    for (const m of events()) expect(monitoring.hub.covers(Number(m[1]))).toBe(true);
    expect(Number((events()[all.length] as RegExpMatchArray)[1])).toBeGreaterThan(
      Number((events()[0] as RegExpMatchArray)[1]),
    );
  });
});
