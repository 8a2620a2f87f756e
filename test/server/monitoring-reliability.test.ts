/**
 * Reliability of the ingest: the real server as a child process on a SQLite file, killed with SIGKILL while a
 * batch is in flight, then restarted: every acknowledged event is stored, resending the unacknowledged
 * batches stores each event once, and no alert is duplicated. And a fuzz test: malformed batches get a 400
 * that names the problem, and nothing is written.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHaleCaseFile } from '../../src/demo/index.ts';
import type { Alert } from '../../src/monitoring/alerts.ts';
import { DEMO_DEVICE, demoEnrollment, PLACES } from '../../src/monitoring/simulator/demo-week.ts';
import { seededRandom } from '../../src/monitoring/simulator/tracks.ts';
import type { MonitoringService } from '../../src/server/monitoring/service.ts';
import { testApp } from '../helpers/app.ts';
import { type ServerProcess, startServer } from '../helpers/server-process.ts';

const BATCHES = 40;
const PER_BATCH = 500;
const STEP_MS = 1_000;

/** Batch i: 480 fixes at home one second apart, a strap opened and restored, 18 events of a device nobody is enrolled with. */
function batch(i: number, base: number): Record<string, unknown>[] {
  const t0 = base + i * PER_BATCH * STEP_MS;
  const out: Record<string, unknown>[] = [];
  for (let k = 0; k < 480; k++)
    out.push({
      kind: 'fix',
      device: DEMO_DEVICE,
      at: new Date(t0 + k * STEP_MS).toISOString(),
      lat: PLACES.home.lat + ((k % 7) - 3) * 1e-5,
      lon: PLACES.home.lon,
      accuracyM: 8,
      source: 'gps',
    });
  out.push({ kind: 'strapOpen', device: DEMO_DEVICE, at: new Date(t0 + 100_500).toISOString() });
  out.push({ kind: 'strapRestored', device: DEMO_DEVICE, at: new Date(t0 + 110_500).toISOString() });
  for (let k = 0; k < 18; k++)
    out.push({ kind: 'heartbeat', device: 'LM-UNENROLLED-1', at: new Date(t0 + k * 20_000).toISOString() });
  return out;
}

const ndjson = (events: Record<string, unknown>[]) => events.map((e) => JSON.stringify(e)).join('\n');

async function post(
  server: { fetch: ServerProcess['fetch'] },
  body: string,
): Promise<{ status: number; json: Record<string, number> }> {
  const r = await server.fetch('/api/v1/monitoring/events', {
    method: 'POST',
    headers: { 'content-type': 'application/x-ndjson' },
    body,
  });
  return { status: r.status, json: (await r.json()) as Record<string, number> };
}

describe('SIGKILL during ingest, then restart', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pretrial-kill-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every acknowledged event, stores each event once on resend, and duplicates no alert', async () => {
    const db = join(dir, 'monitor.db');
    // Device time: the last hours before now (the server runs on its wall clock).
    const base = Math.floor((Date.now() - BATCHES * PER_BATCH * STEP_MS - 600_000) / 1000) * 1000;
    const bodies = Array.from({ length: BATCHES }, (_, i) => ndjson(batch(i, base)));

    let server = await startServer(db);
    const created = await server.fetch('/api/v1/cases', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(buildHaleCaseFile()),
    });
    expect(created.status).toBe(201);
    const enrolled = await server.fetch('/api/v1/monitoring/enrollments', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ caseId: 'nyed-1-26-cr-00117', enrollment: demoEnrollment }),
    });
    expect(enrolled.status).toBe(201);

    // Stream batches, three in flight at a time (a vendor platform uploading for its devices); SIGKILL the
    // server as soon as `killAfter` batches are acknowledged, with the next ones still in flight.
    const killAfter = 15;
    const acked: number[] = [];
    const inFlight: Promise<unknown>[] = [];
    let next = 0;
    let killed: Promise<void> | null = null;
    await new Promise<void>((resolve) => {
      const launch = () => {
        if (killed || next >= BATCHES) return;
        const i = next++;
        const p = post(server, bodies[i] as string).then(
          (r) => {
            if (r.status === 200 && !killed) acked.push(i);
            if (acked.length >= killAfter && !killed) {
              killed = server.kill();
              killed.then(resolve);
            } else launch();
          },
          () => {},
        );
        inFlight.push(p);
      };
      for (let k = 0; k < 3; k++) launch();
    });
    await Promise.allSettled(inFlight);
    const sent = next;

    // Every acknowledged batch is wholly on disk; any other batch is wholly absent (never half-written).
    const read = new BetterSqlite3(db, { readonly: true });
    const perBatch = new Map<number, number>();
    for (const row of read
      .prepare('SELECT CAST((at - ?) / ? AS INTEGER) AS b, count(*) AS n FROM device_events GROUP BY b')
      .all(base, PER_BATCH * STEP_MS) as { b: number; n: number }[])
      perBatch.set(row.b, row.n);
    read.close();
    const committedUnacked = [...perBatch.keys()].filter((b) => !acked.includes(b)).sort((a, b) => a - b);
    console.log(
      `SIGKILL after ${acked.length} acknowledged batches with ${sent - acked.length} in flight; of those, committed before the kill: ${committedUnacked.length ? committedUnacked.join(', ') : 'none'}`,
    );
    for (const i of acked) expect(perBatch.get(i)).toBe(PER_BATCH);
    // Whatever is on disk beyond the acknowledged batches is whole batches that were in flight.
    for (const b of committedUnacked) {
      expect(perBatch.get(b)).toBe(PER_BATCH);
      expect(b).toBeLessThan(sent);
    }

    // Restart on the same file; the device resends everything it has no acknowledgement for.
    server = await startServer(db);
    let accepted = 0;
    let duplicates = 0;
    for (let i = 0; i < BATCHES; i++) {
      if (acked.includes(i)) continue;
      const r = await post(server, bodies[i] as string);
      expect(r.status).toBe(200);
      accepted += r.json.accepted as number;
      duplicates += r.json.duplicates as number;
    }
    // Batches committed but not acknowledged before the kill come back as duplicates; the rest are accepted.
    expect(accepted + duplicates).toBe((BATCHES - acked.length) * PER_BATCH);
    expect(duplicates).toBe(committedUnacked.length * PER_BATCH);

    const alerts = (
      (await (await server.fetch('/api/v1/monitoring/alerts?personId=hale-2&limit=10000')).json()) as {
        alerts: Alert[];
      }
    ).alerts;
    await server.stop();

    const check = new BetterSqlite3(db, { readonly: true });
    const total = (check.prepare('SELECT count(*) AS n FROM device_events').get() as { n: number }).n;
    const distinct = (
      check
        .prepare('SELECT count(*) AS n FROM (SELECT DISTINCT device_id, at, kind FROM device_events)')
        .get() as {
        n: number;
      }
    ).n;
    check.close();
    expect(total).toBe(BATCHES * PER_BATCH);
    expect(distinct).toBe(total);
    // One strap-tamper alert per strap opening, each cleared by its restore; nothing else, nothing twice.
    const tampers = alerts.filter((a) => a.kind === 'strapTamper');
    expect(alerts.map((a) => a.kind).filter((k) => k !== 'strapTamper')).toEqual([]);
    expect(new Set(tampers.map((a) => a.startedAt)).size).toBe(BATCHES);
    expect(new Set(tampers.map((a) => a.alertId)).size).toBe(BATCHES);
    expect(tampers.every((a) => a.state === 'cleared')).toBe(true);
  }, 180_000);
});

// ---------------------------------------------------------------------------------------------------------

describe('fuzzed bad events: a 400 that names the problem, and nothing written', () => {
  let app: FastifyInstance;
  let monitoring: MonitoringService;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ app, monitoring, close } = await testApp());
  });
  afterAll(async () => close());

  const good = (i: number): Record<string, unknown> => ({
    kind: 'fix',
    device: 'LM-FUZZ-1',
    at: new Date(Date.UTC(2026, 4, 4, 12, 0, i)).toISOString(),
    lat: 34.08,
    lon: -118.32,
    accuracyM: 10,
    source: 'gps',
  });

  /** Corruptions: each returns the raw line and the field the 400 must name ('' = the whole event). */
  const corruptions: ((
    e: Record<string, unknown>,
    rnd: () => number,
  ) => { line: string; field: string; message?: string })[] = [
    (e) => ({
      line: JSON.stringify({ ...e, lat: 'north' }),
      field: 'lat',
      message: 'Invalid input: expected number, received string',
    }),
    (e) => ({ line: JSON.stringify({ ...e, lon: 1e300 }), field: 'lon' }),
    (e) => ({ line: JSON.stringify({ ...e, accuracyM: -3 }), field: 'accuracyM' }),
    (e) => ({ line: JSON.stringify({ ...e, accuracyM: 1e12 }), field: 'accuracyM' }),
    (e) => {
      const { lat: _lat, ...rest } = e;
      return { line: JSON.stringify(rest), field: 'lat' };
    },
    (e) => {
      const { device: _d, ...rest } = e;
      return { line: JSON.stringify(rest), field: 'device' };
    },
    (e) => ({ line: JSON.stringify({ ...e, at: '2026-13-45T25:61:00Z' }), field: 'at' }),
    (e) => ({ line: JSON.stringify({ ...e, at: 1778000000000 }), field: 'at' }),
    (e) => ({ line: JSON.stringify({ ...e, at: '2026-05-04 12:00' }), field: 'at' }),
    (e) => ({ line: JSON.stringify({ ...e, kind: 'teleport' }), field: 'kind' }),
    (e) => ({ line: JSON.stringify({ ...e, source: 42 }), field: 'source' }),
    (e) => ({ line: JSON.stringify({ ...e, seq: 1.5 }), field: 'seq' }),
    (e) => ({ line: JSON.stringify({ ...e, battery: { percent: 300 } }), field: 'battery.percent' }),
    (e) => ({ line: JSON.stringify({ ...e, device: 'has spaces and / slashes' }), field: 'device' }),
    (e) => ({ line: JSON.stringify({ ...e, extra: true }), field: '' }),
    (_e, rnd) => ({ line: `{"kind":"fix","lat":${Math.floor(rnd() * 90)},`, field: '' }),
    () => ({ line: 'not json at all', field: '' }),
    () => ({ line: '[1, 2, 3]', field: '' }),
    () => ({ line: 'null', field: '' }),
    () => ({ line: '"a string"', field: '' }),
  ];

  it('200 random malformed batches (NDJSON and JSON arrays): each refused with the right line and field', async () => {
    const rnd = seededRandom(7);
    for (let round = 0; round < 200; round++) {
      const size = 1 + Math.floor(rnd() * 30);
      const events = Array.from({ length: size }, (_, i) => good(round * 100 + i));
      const bad = Math.floor(rnd() * size);
      const c = corruptions[Math.floor(rnd() * corruptions.length)] as (typeof corruptions)[number];
      const { line, field, message } = c(events[bad] as Record<string, unknown>, rnd);
      const asArray = rnd() < 0.5 && !line.startsWith('{"kind":"fix","lat":') && line !== 'not json at all';
      const r = asArray
        ? await app.inject({
            method: 'POST',
            url: '/api/v1/monitoring/events',
            headers: { 'content-type': 'application/json' },
            payload: `[${events.map((e, i) => (i === bad ? line : JSON.stringify(e))).join(',')}]`,
          })
        : await app.inject({
            method: 'POST',
            url: '/api/v1/monitoring/events',
            headers: { 'content-type': 'application/x-ndjson' },
            payload: events.map((e, i) => (i === bad ? line : JSON.stringify(e))).join('\n'),
          });
      const body = r.json() as { error: string; details: { path: string; message: string }[] };
      const context = `round ${round}: ${line}`;
      expect(r.statusCode, context).toBe(400);
      expect(body.error, context).toMatch(/^the batch has \d+ bad event field\(s\): nothing was stored$/);
      const where = asArray ? `$[${bad}]` : `line ${bad + 1}`;
      const path = field === '' ? where : asArray ? `${where}.${field}` : `${where}: $.${field}`;
      expect(
        body.details.some((d) => d.path === path || d.path.startsWith(`${path}`)),
        `${context} → ${JSON.stringify(body.details)}`,
      ).toBe(true);
      expect(body.details.every((d) => d.message.length > 0)).toBe(true);
      if (message) expect(body.details.find((d) => d.path === path)?.message, context).toBe(message);
    }
    expect(await monitoring.repo.countEvents()).toBe(0);
  });

  it('a body that is not JSON at all, or not an array, is named as such', async () => {
    const notJson = await app.inject({
      method: 'POST',
      url: '/api/v1/monitoring/events',
      headers: { 'content-type': 'application/json' },
      payload: '[{"kind": "fix",',
    });
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json().details[0].path).toBe('$');
    expect(notJson.json().details[0].message).toMatch(/^not valid JSON: /);
    const object = await app.inject({ method: 'POST', url: '/api/v1/monitoring/events', payload: good(0) });
    expect(object.statusCode).toBe(400);
    expect(object.json().details).toEqual([
      {
        path: '$',
        message: 'expected a JSON array of events (or NDJSON with Content-Type: application/x-ndjson)',
      },
    ]);
    expect(await monitoring.repo.countEvents()).toBe(0);
  });
});

describe('a commit that fails', () => {
  it('answers with an error, stores nothing of the batch, and the engine forgets it: the resend is accepted whole', async () => {
    const { app, monitoring, close } = await testApp();
    try {
      expect(
        (await app.inject({ method: 'POST', url: '/api/v1/cases', payload: buildHaleCaseFile() })).statusCode,
      ).toBe(201);
      expect(
        (
          await app.inject({
            method: 'POST',
            url: '/api/v1/monitoring/enrollments',
            payload: { caseId: 'nyed-1-26-cr-00117', enrollment: demoEnrollment },
          })
        ).statusCode,
      ).toBe(201);
      const base = Math.floor((Date.now() - 3_600_000) / 1000) * 1000;
      const body = ndjson(batch(0, base));
      const repo = monitoring.repo;
      const commit = repo.commit.bind(repo);
      let failures = 1;
      repo.commit = async (b) => {
        if (failures-- > 0) throw new Error('disk full (simulated)');
        return commit(b);
      };
      const failed = await app.inject({
        method: 'POST',
        url: '/api/v1/monitoring/events',
        headers: { 'content-type': 'application/x-ndjson' },
        payload: body,
      });
      expect(failed.statusCode).toBe(503);
      expect(failed.json().error).toBe(
        'the upload could not be stored (disk full (simulated)); nothing of it was kept: send it again',
      );
      expect(await repo.countEvents()).toBe(0);
      const again = await app.inject({
        method: 'POST',
        url: '/api/v1/monitoring/events',
        headers: { 'content-type': 'application/x-ndjson' },
        payload: body,
      });
      expect(again.json()).toEqual({
        accepted: PER_BATCH,
        duplicates: 0,
        quarantined: 18,
        refused: 0,
        alertChanges: 1,
      });
      expect(await repo.countEvents()).toBe(PER_BATCH);
      const alerts = (await app.inject({ method: 'GET', url: '/api/v1/monitoring/alerts' })).json()
        .alerts as Alert[];
      expect(alerts.map((a) => a.kind)).toEqual(['strapTamper']);
    } finally {
      await close();
    }
  });
});
