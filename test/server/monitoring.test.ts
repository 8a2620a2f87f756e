import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHaleCaseFile } from '../../src/demo/index.ts';
import type { Alert } from '../../src/monitoring/alerts.ts';
import { toInput } from '../../src/monitoring/device-events.ts';
import {
  DEMO_DEVICE,
  DEMO_WEEK,
  demoEnrollment,
  demoWeekDeliveries,
  runDemoWeek,
} from '../../src/monitoring/simulator/demo-week.ts';
import type { MonitoringService } from '../../src/server/monitoring/service.ts';
import { TESTER_ACTOR, testApp } from '../helpers/app.ts';

const CASE_ID = 'nyed-1-26-cr-00117';
const iso = (ms: number) => new Date(ms).toISOString();
const episode = (a: Alert) => [a.alertId, a.kind, a.startedAt, a.endedAt, a.late];

describe('monitoring API: the demo week through HTTP, with the replay clock', () => {
  let app: FastifyInstance;
  let monitoring: MonitoringService;
  let close: () => Promise<void>;
  let token: string;
  let dir: string;
  const reference = runDemoWeek(buildHaleCaseFile());

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pretrial-mon-'));
    ({ app, monitoring, close, token } = await testApp(
      { replayClock: true, replayStart: DEMO_WEEK.from },
      join(dir, 'p.db'),
    ));
    const created = await app.inject({ method: 'POST', url: '/api/v1/cases', payload: buildHaleCaseFile() });
    expect(created.statusCode).toBe(201);
  });
  afterAll(async () => {
    await close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('GET /config: OpenStreetMap tiles by default', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/v1/config' });
    expect(r.json()).toEqual({
      mapTileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      mapAttribution:
        '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
    });
  });

  it('refuses an enrollment for a defendant the case does not have, and a bad enrollment, naming the field', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/api/v1/monitoring/enrollments',
      payload: { caseId: CASE_ID, enrollment: { ...demoEnrollment, defendant: 9 } },
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().details).toEqual([
      {
        path: '$.enrollment.defendant',
        message: `defendant 9 is not in case ${CASE_ID} (known: 1, 2, 3, 4, 5, 6)`,
      },
    ]);
    const bad = await app.inject({
      method: 'POST',
      url: '/api/v1/monitoring/enrollments',
      payload: { caseId: CASE_ID, enrollment: { ...demoEnrollment, homeRadiusM: -5 } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.map((d: { path: string }) => d.path)).toEqual(['$.enrollment.homeRadiusM']);
    const noCase = await app.inject({
      method: 'POST',
      url: '/api/v1/monitoring/enrollments',
      payload: { caseId: 'nyed-9-99-cr-00001', enrollment: demoEnrollment },
    });
    expect(noCase.statusCode).toBe(404);
  });

  it('enrolls Renee Castell (defendant 2): rules compiled from the release order of 2026-04-21', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/api/v1/monitoring/enrollments',
      payload: { caseId: CASE_ID, enrollment: demoEnrollment },
    });
    expect(r.statusCode).toBe(201);
    const body = r.json();
    expect(body).toMatchObject({
      personId: 'hale-2',
      caseId: CASE_ID,
      caseCaption: 'United States v. Hale et al.',
      defendant: 2,
      deviceId: DEMO_DEVICE,
      replaced: false,
    });
    expect(body.rules.map((x: { kind: string }) => x.kind)).toEqual(
      expect.arrayContaining(['inclusion', 'exclusion', 'deviceHealth']),
    );
    const list = await app.inject({ method: 'GET', url: '/api/v1/monitoring/enrollments' });
    expect(list.json()).toEqual({
      people: [
        {
          personId: 'hale-2',
          caseId: CASE_ID,
          caseCaption: 'United States v. Hale et al.',
          defendant: 2,
          label: 'Renee Castell (2)',
          deviceId: DEMO_DEVICE,
          timeZone: 'America/Los_Angeles',
          openAlerts: 0,
          lastEventAt: null,
        },
      ],
    });
  });

  it('the person: conditions in force with their order and docket entry, zones as GeoJSON', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/v1/monitoring/people/hale-2' });
    expect(r.statusCode).toBe(200);
    const p = r.json();
    expect(p.timeZone).toBe('America/Los_Angeles');
    const noContact = p.conditions.find((c: { id: string }) => c.id === 'c2-no-contact-meridian');
    expect(noContact.order).toMatchObject({ date: '2026-04-21' });
    expect(
      p.zones.features.map((f: { properties: { id: string; role: string; radiusM?: number } }) => [
        f.properties.role,
        f.properties.id,
        f.properties.radiusM,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['exclusion', 'protected-location-a', 150],
        ['absence', 'counsel-office', 100],
      ]),
    );
    expect(
      p.zones.features.filter((f: { properties: { role: string } }) => f.properties.role === 'home'),
    ).toHaveLength(1);
    expect(p.lastFix).toBeNull();
    expect((await app.inject({ method: 'GET', url: '/api/v1/monitoring/people/nobody' })).statusCode).toBe(
      404,
    );
  });

  it('refuses a batch with bad events, naming each one, and stores nothing', async () => {
    const good = toInput(demoWeekDeliveries()[0]?.events[0] as never);
    const ndjson = [
      JSON.stringify(good),
      JSON.stringify({ ...good, lat: 'north' }),
      '{"kind":"fix",',
      JSON.stringify({ ...good, at: '2026-05-04 10:00' }),
    ].join('\n');
    const r = await app.inject({
      method: 'POST',
      url: '/api/v1/monitoring/events',
      headers: { 'content-type': 'application/x-ndjson' },
      payload: ndjson,
    });
    expect(r.statusCode).toBe(400);
    const body = r.json();
    expect(body.error).toBe('the batch has 3 bad event field(s): nothing was stored');
    expect(body.details.map((d: { path: string }) => d.path)).toEqual([
      'line 2: $.lat',
      'line 3',
      'line 4: $.at',
    ]);
    const arr = await app.inject({
      method: 'POST',
      url: '/api/v1/monitoring/events',
      payload: [good, { ...good, kind: 'teleport' }],
    });
    expect(arr.statusCode).toBe(400);
    expect(arr.json().details[0]).toMatchObject({ path: '$[1].kind' });
    expect(await monitoring.repo.countEvents()).toBe(0);
  });

  it('replays the week delivery by delivery: the same alerts as the engine in process, acknowledged after commit', async () => {
    let accepted = 0;
    let duplicates = 0;
    for (const d of demoWeekDeliveries()) {
      const r = await app.inject({
        method: 'POST',
        url: '/api/v1/monitoring/events',
        headers: { 'content-type': 'application/x-ndjson', 'pretrial-replay-time': iso(d.receivedAt) },
        payload: d.events.map((e) => JSON.stringify(toInput(e))).join('\n'),
      });
      expect(r.statusCode).toBe(200);
      accepted += r.json().accepted;
      duplicates += r.json().duplicates;
    }
    expect(accepted).toBe(reference.events);
    expect(duplicates).toBe(reference.duplicates);
    expect(await monitoring.repo.countEvents(DEMO_DEVICE)).toBe(reference.events);
    const r = await app.inject({ method: 'GET', url: '/api/v1/monitoring/alerts?personId=hale-2' });
    const alerts: Alert[] = r.json().alerts;
    expect(alerts.map(episode).sort()).toEqual(reference.alerts.map(episode).sort());
    // Newest first.
    expect(alerts.map((a) => a.detectedAt)).toEqual([...alerts.map((a) => a.detectedAt)].sort().reverse());
    const critical = await app.inject({ method: 'GET', url: '/api/v1/monitoring/alerts?severity=critical' });
    expect(
      critical
        .json()
        .alerts.map((a: Alert) => a.kind)
        .sort(),
    ).toEqual(['exclusionZone', 'strapTamper']);
  });

  it('a repeated delivery is all duplicates; the track comes back with 64-bit ids as strings', async () => {
    const d = demoWeekDeliveries()[10];
    if (!d) throw new Error('no delivery');
    const r = await app.inject({
      method: 'POST',
      url: '/api/v1/monitoring/events',
      payload: d.events.map((e) => toInput(e)),
    });
    expect(r.json()).toEqual({
      accepted: 0,
      duplicates: d.events.length,
      quarantined: 0,
      refused: 0,
      alertChanges: 0,
    });
    const t = await app.inject({
      method: 'GET',
      url: '/api/v1/monitoring/people/hale-2/track?from=2026-05-05T13:00:00-07:00&to=2026-05-05T13:30:00-07:00',
    });
    const fixes = t.json().fixes;
    expect(fixes).toHaveLength(31);
    expect(fixes[0]).toMatchObject({ at: '2026-05-05T20:00:00.000Z', source: 'gps' });
    expect(fixes[0].id).toMatch(/^[1-9][0-9]*$/);
  });

  it('lifecycle: a strap tamper cannot be resolved without a note (409); each action audited with the actor', async () => {
    const tamper = (await app.inject({ method: 'GET', url: '/api/v1/monitoring/alerts?severity=critical' }))
      .json()
      .alerts.find((a: Alert) => a.kind === 'strapTamper') as Alert;
    const url = (action: string) => `/api/v1/monitoring/alerts/${tamper.alertId}/${action}`;
    const noNote = await app.inject({ method: 'POST', url: url('resolve'), payload: {} });
    expect(noNote.statusCode).toBe(409);
    expect(noNote.json().error).toBe(
      `alert ${tamper.alertId}: a strapTamper alert can be resolved only with a note`,
    );
    const ack = await app.inject({
      method: 'POST',
      url: url('acknowledge'),
      payload: { note: 'Called her.' },
    });
    expect(ack.statusCode).toBe(200);
    // A resolution needs a cause (400 without one, naming the choices); "other" needs a note saying what.
    const noCause = await app.inject({
      method: 'POST',
      url: url('resolve'),
      payload: { note: 'Home visit: strap intact.', disposition: 'no violation' },
    });
    expect(noCause.statusCode).toBe(400);
    expect(noCause.json().error).toBe(
      'resolving an alert needs a cause: one of participantViolation, deviceFault, communicationLoss, zoneOrScheduleError, officerError, other (other with a causeNote)',
    );
    const otherBare = await app.inject({
      method: 'POST',
      url: url('resolve'),
      payload: { note: 'Home visit: strap intact.', cause: 'other' },
    });
    expect(otherBare.statusCode).toBe(409);
    expect(otherBare.json().error).toBe(
      `alert ${tamper.alertId}: the cause "other" needs a note saying what it was`,
    );
    const resolved = await app.inject({
      method: 'POST',
      url: url('resolve'),
      payload: { note: 'Home visit: strap intact.', disposition: 'no violation', cause: 'deviceFault' },
    });
    expect(resolved.statusCode).toBe(200);
    expect(resolved.json()).toMatchObject({
      state: 'resolved',
      disposition: 'no violation',
      cause: { code: 'deviceFault' },
    });
    const again = await app.inject({ method: 'POST', url: url('dismiss'), payload: { note: 'x' } });
    expect(again.statusCode).toBe(409);
    // No body at all is an action without a note: a note without text is a lifecycle error.
    const noBody = await app.inject({ method: 'POST', url: url('notes') });
    expect(noBody.statusCode).toBe(409);
    expect(noBody.json().error).toBe('a note needs text');
    const badAction = await app.inject({ method: 'POST', url: url('delete'), payload: {} });
    expect(badAction.statusCode).toBe(400);
    const missing = await app.inject({
      method: 'POST',
      url: '/api/v1/monitoring/alerts/ffff/notes',
      payload: { note: 'x' },
    });
    expect(missing.statusCode).toBe(404);
    const log = (await app.inject({ method: 'GET', url: `/api/v1/cases/${CASE_ID}/audit` })).json();
    const entries = log.records.filter((e: { entityId: string }) => e.entityId === tamper.alertId);
    expect(entries.map((e: { action: string; actor: string }) => [e.action, e.actor])).toEqual([
      ['alert.resolve', TESTER_ACTOR],
      ['alert.acknowledge', TESTER_ACTOR],
    ]);
    const one = await app.inject({ method: 'GET', url: `/api/v1/monitoring/alerts/${tamper.alertId}` });
    expect(
      one
        .json()
        .history.slice(-2)
        .map((h: { action: string; by: string }) => [h.action, h.by]),
    ).toEqual([
      ['acknowledged', TESTER_ACTOR],
      ['resolved', TESTER_ACTOR],
    ]);
  });

  it('the violation report: each alert with local times, place, condition, order and docket entry, notes', async () => {
    const url =
      '/api/v1/monitoring/people/hale-2/report?from=2026-05-04T00:00:00-07:00&to=2026-05-11T00:00:00-07:00';
    const r = await app.inject({ method: 'GET', url });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    const html = r.body;
    expect(html).toContain('4 alert(s) in this period.');
    // Tuesday's late return: the window ended 13:00 PDT, she was home at 13:27.
    expect(html).toContain('Late return from an approved absence');
    expect(html).toContain('<tr><th>Began</th><td>Tue May 5, 2026 13:00 PDT</td></tr>');
    expect(html).toContain('<tr><th>Ended</th><td>Tue May 5, 2026 13:27 PDT</td></tr>');
    expect(html).toContain('<tr><th>Duration</th><td>27 min</td></tr>');
    // Saturday: the exclusion zone, found from late data.
    expect(html).toContain(
      '<tr><th>Place</th><td>Protected location A (home of a Meridian Circle member)</td></tr>',
    );
    expect(html).toMatch(/Order Setting Conditions of Release \(Tue Apr 21, 2026[^<]*; docket entry \d+/);
    expect(html).toContain('18 U.S.C. § 3142(c)(1)(B)');
    expect(html).toContain('Home visit: strap intact.');
    expect(html).toContain('@media print');
    expect(html).toContain('Whether a condition of release was violated is for the court to decide');
    const pdf = await app.inject({ method: 'GET', url: `${url}&format=pdf` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.rawPayload.subarray(-6).toString()).toContain('%%EOF');
    expect(pdf.rawPayload.toString('latin1').match(/\/Type \/Page\b/g)?.length).toBeGreaterThanOrEqual(2);
    const bad = await app.inject({ method: 'GET', url: `${url}&format=docx` });
    expect(bad.statusCode).toBe(400);
  });

  it('streams alert changes as server-sent events, and replays missed ones after Last-Event-ID', async () => {
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const read = async (headers: Record<string, string>, until: (text: string) => boolean) => {
      const ctrl = new AbortController();
      const res = await fetch(`${base}/api/v1/monitoring/stream`, {
        headers: { ...headers, authorization: `Bearer ${token}` },
        signal: ctrl.signal,
      });
      expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
      const reader = (res.body as ReadableStream<Uint8Array>).getReader();
      return {
        text: (async () => {
          let text = '';
          while (!until(text)) {
            const { value, done } = await reader.read();
            if (done) break;
            text += new TextDecoder().decode(value);
          }
          ctrl.abort();
          return text;
        })(),
      };
    };
    const first = await read({}, (t) => t.includes('event: alert'));
    const at = '2026-05-11T10:00:00-07:00';
    const posted = await app.inject({
      method: 'POST',
      url: '/api/v1/monitoring/events',
      headers: { 'pretrial-replay-time': '2026-05-11T17:00:05Z' },
      payload: [{ kind: 'strapOpen', device: DEMO_DEVICE, at }],
    });
    expect(posted.json()).toMatchObject({ accepted: 1, alertChanges: 1 });
    const text = await first.text;
    const m = /event: alert\nid: (\d+)\ndata: (.*)\n\n/.exec(text);
    if (!m) throw new Error(`no alert event in ${text}`);
    const change = JSON.parse(m[2] as string);
    expect(change).toMatchObject({
      change: 'opened',
      alert: { kind: 'strapTamper', startedAt: '2026-05-11T17:00:00.000Z' },
    });
    const again = await read({ 'last-event-id': String(Number(m[1]) - 1) }, (t) =>
      t.includes('event: alert'),
    );
    expect(await again.text).toContain(`id: ${m[1]}\ndata: ${m[2]}`);
  });

  it('documents every monitoring route in the OpenAPI document', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(
      Object.keys(doc.paths)
        .filter((p) => p.includes('monitoring') || p.endsWith('/config'))
        .sort(),
    ).toEqual([
      '/api/v1/config',
      '/api/v1/monitoring/alerts',
      '/api/v1/monitoring/alerts/{alertId}',
      '/api/v1/monitoring/alerts/{alertId}/{action}',
      '/api/v1/monitoring/enrollments',
      '/api/v1/monitoring/events',
      '/api/v1/monitoring/metrics',
      '/api/v1/monitoring/people/{personId}',
      '/api/v1/monitoring/people/{personId}/report',
      '/api/v1/monitoring/people/{personId}/suspensions',
      '/api/v1/monitoring/people/{personId}/track',
      '/api/v1/monitoring/stream',
      '/api/v1/monitoring/zones',
    ]);
  });
  it('a change to the case record recompiles the rules: a condition removed by a modification order is no longer in force', async () => {
    const before = (await app.inject({ method: 'GET', url: '/api/v1/monitoring/people/hale-2' })).json();
    expect(before.conditions.map((c: { id: string }) => c.id)).toContain('c2-no-contact-meridian');
    const added = await app.inject({
      method: 'POST',
      url: `/api/v1/cases/${CASE_ID}/events`,
      payload: {
        kind: 'conditionModification',
        id: 'ev-castell-modification-test',
        date: '2026-05-10',
        defendants: [2],
        order: 'ev-castell-release',
        removed: ['c2-no-contact-meridian'],
        provenance: { source: 'manual', by: 'test clerk' },
      },
    });
    expect(added.statusCode).toBe(201);
    // The server queues the rebuild once the response is sent: wait for the queue to pass it.
    let ids: string[] = [];
    for (let i = 0; i < 100; i++) {
      await monitoring.serial(async () => {});
      const after = (await app.inject({ method: 'GET', url: '/api/v1/monitoring/people/hale-2' })).json();
      ids = after.conditions.map((c: { id: string }) => c.id);
      if (!ids.includes('c2-no-contact-meridian')) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(ids).not.toContain('c2-no-contact-meridian');
    expect(ids).toContain('c2-home-detention');
  });
});
