/**
 * The recovery benchmark's stores (`bench/recovery-store.ts`) are stores a server could have written: the same
 * uploads, given to a server (`MonitoringService.ingest`, a snapshot taken by `MonitoringService.snapshot`
 * after the same upload, then the server killed), leave the same events (ids, order, raw text), the same
 * alerts and the same snapshot (position, processing time, every device's state) as the benchmark's fast
 * build; and a server started on either resumes from the snapshot, replays the same events after it, holds
 * the same alerts, and raises the same alert for a new upload.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize } from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildRecoveryStore,
  FIRST_RECEIVED,
  type RecoveryShape,
  rawOf,
  recoveryDevice,
  recoveryEnrollments,
  recoveryUploads,
} from '../../bench/recovery-store.ts';
import { buildHaleCaseFile } from '../../src/demo/index.ts';
import type { Alert } from '../../src/monitoring/alerts.ts';
import type { Engine } from '../../src/monitoring/engine.ts';
import { MonitoringService } from '../../src/server/monitoring/service.ts';
import { CaseStore, caseIdFor } from '../../src/store/cases.ts';
import { openStore } from '../../src/store/db.ts';
import { MonitoringRepo } from '../../src/store/monitoring.ts';

// 10 supervisees, a fix every 20 minutes, 200 rounds (66 hours: past the 48-hour horizon, so timelines have
// been cut and checkpoints taken), the snapshot when two full rounds and a last one are left (an hour).
const shape: RecoveryShape = { size: 200 * 12, people: 10, intervalMin: 20, tailMin: 40 };
const dir = mkdtempSync(join(tmpdir(), 'pretrial-recovery-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const engineOf = (m: MonitoringService) => (m as unknown as { engine: Engine }).engine;
const byId = (a: Alert, b: Alert) => (a.alertId < b.alertId ? -1 : 1);

/** The same store written by a server given the uploads one by one. */
async function throughServer(db: string): Promise<void> {
  const store = await openStore(db);
  const cases = new CaseStore(store.db);
  const repo = MonitoringRepo.of(store);
  const file = buildHaleCaseFile();
  await cases.createCase(file, { name: 'test' });
  for (const e of recoveryEnrollments(shape.people, shape.intervalMin))
    await repo.putEnrollment(caseIdFor(file), e, { name: 'test' });
  const m = new MonitoringService(repo, cases, {
    replayClock: true,
    replayStart: FIRST_RECEIVED,
    tickEveryMs: 0,
    snapshotEveryMs: 0,
  });
  await m.start();
  let snapshots = 0;
  for (const u of recoveryUploads(shape)) {
    const outcome = await m.ingest(
      u.events.map((event) => ({ event, raw: rawOf(event) })),
      u.receivedAt,
    );
    expect(outcome.accepted).toBe(u.events.length);
    if (u.snapshotAfter) {
      await m.snapshot();
      snapshots++;
    }
  }
  expect(snapshots).toBe(1);
  // Killed: no snapshot at the end.
  await m.stop({ snapshot: false });
  await store.close();
}

interface Contents {
  events: unknown[];
  alerts: Alert[];
  meta: unknown;
  states: { deviceId: string; personId: string; state: unknown }[];
}

async function contents(db: string): Promise<Contents> {
  const store = await openStore(db);
  const repo = MonitoringRepo.of(store);
  const events = (store.sqlite as NonNullable<typeof store.sqlite>)
    .prepare(
      'select id, device_id, at, kind, received_at, lat, lon, accuracy_m, source, raw from device_events order by id',
    )
    .all();
  const alerts = (await repo.allAlerts()).sort(byId);
  const meta = await repo.snapshotMeta();
  const states: Contents['states'] = [];
  for await (const page of repo.snapshotDevices())
    for (const d of page)
      states.push({ deviceId: d.deviceId, personId: d.personId, state: deserialize(d.state) });
  await store.close();
  const { takenAt: _, ...rest } = meta ?? { takenAt: null };
  return { events, alerts, meta: rest, states };
}

/** Start a server on the store, then upload a strap opening a minute after the history. */
async function restart(db: string, lastReceived: number, lastAt: number) {
  const store = await openStore(db);
  const m = new MonitoringService(MonitoringRepo.of(store), new CaseStore(store.db), {
    replayClock: true,
    replayStart: lastReceived,
    tickEveryMs: 0,
    snapshotEveryMs: 0,
  });
  await m.start();
  const recovered = [...engineOf(m).alerts.values()].sort(byId);
  const at = lastAt + 60_000;
  const device = recoveryDevice(3);
  const outcome = await m.ingest(
    [{ event: { kind: 'strapOpen', device, at }, raw: rawOf({ kind: 'strapOpen', device, at }) }],
    at + 5_000,
  );
  const after = [...engineOf(m).alerts.values()].sort(byId);
  const recovery = m.recovery;
  await m.stop({ snapshot: false });
  await store.close();
  return { recovery, recovered, outcome, after };
}

describe('the recovery benchmark’s stores', () => {
  it('are the stores a server given the same uploads writes, and restart to the same alerts', async () => {
    const fast = join(dir, 'fast.db');
    const served = join(dir, 'served.db');
    const built = await buildRecoveryStore(fast, shape);
    await throughServer(served);
    expect(built.events).toBe(shape.size);

    const a = await contents(fast);
    const b = await contents(served);
    expect(a.events.length).toBe(shape.size);
    expect(a.events).toEqual(b.events);
    // 200 straps opened and restored: one alert each.
    expect(a.alerts.length).toBe(200);
    expect(a.alerts).toEqual(b.alerts);
    expect(a.meta).toMatchObject({ position: built.position, processedTo: built.lastReceived - 60 * 60_000 });
    expect(a.meta).toEqual(b.meta);
    expect(a.states.length).toBe(shape.people);
    expect(a.states).toEqual(b.states);

    const ra = await restart(fast, built.lastReceived, built.lastAt);
    const rb = await restart(served, built.lastReceived, built.lastAt);
    expect(ra.recovery).toMatchObject({ mode: 'snapshot', refused: null, replayed: 3 * 12 });
    expect(rb.recovery).toMatchObject({ mode: 'snapshot', refused: null, replayed: 3 * 12 });
    expect(ra.recovered).toEqual(rb.recovered);
    expect(ra.outcome.alertChanges).toBe(1);
    expect(ra.outcome).toEqual(rb.outcome);
    expect(ra.after).toEqual(rb.after);
  }, 120_000);
});
