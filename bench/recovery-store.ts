/**
 * The stores of the recovery benchmark (`recovery.ts`): a history of device events, the alerts it raised,
 * and the snapshot a running server would have written `tailMin` minutes before its end — built in process,
 * without HTTP, as fast as the machine allows, and the same store a server would have written
 * (`test/server/monitoring-recovery-store.test.ts` builds one both ways and compares them).
 *
 * The workload: `people` supervisees (the demo defendant's conditions: home detention with a curfew,
 * location monitoring), each at home, with a GPS fix every `intervalMin` minutes and a call-in plan to
 * match, uploaded together at each round; one strap opened and restored every round (an alert each). The
 * rounds come from a seed: the same shape gives the same uploads.
 *
 * What is the server's own code: the enrollments are stored by `MonitoringRepo.putEnrollment`, each batch is
 * evaluated by `ingestBatch` (event ids, order, plausibility, ticks) on an engine compiled as the server
 * compiles it, events and alert changes are committed by `MonitoringRepo.commit` (the store's writer thread,
 * prepared statements, one transaction per commit), and the snapshot is made by `engineSnapshot` and written
 * by `MonitoringRepo.putSnapshot`. What differs from a server, and changes nothing stored: many rounds are
 * committed together (100,000 events a transaction, two in flight, while the next rounds are evaluated); the
 * idempotency key's index is built once after the load rather than row by row; and the in-memory
 * de-duplication is emptied after each round (the generated events have no duplicates).
 */
import { buildHaleCaseFile } from '../src/demo/index.ts';
import type { Alert } from '../src/monitoring/alerts.ts';
import { conditionTimeline } from '../src/monitoring/conditions-in-force.ts';
import type { DeviceEvent, StoredDeviceEvent } from '../src/monitoring/device-events.ts';
import { createEngine } from '../src/monitoring/engine.ts';
import { Enrollment } from '../src/monitoring/enrollment.ts';
import { ingestBatch, newIngestState } from '../src/monitoring/ingest.ts';
import { compileRules, type DeviceRules } from '../src/monitoring/rules.ts';
import { demoEnrollment, PLACES } from '../src/monitoring/simulator/demo-week.ts';
import { engineSnapshot, personFingerprint } from '../src/server/monitoring/service.ts';
import { CaseStore, caseIdFor } from '../src/store/cases.ts';
import { openStore } from '../src/store/db.ts';
import { MonitoringRepo } from '../src/store/monitoring.ts';

const MINUTE = 60_000;
/** The first round's device time. */
export const RECOVERY_START = Date.parse('2026-05-04T07:00:00Z');
/** When the first round is received (the engine starts then). */
export const FIRST_RECEIVED = RECOVERY_START + 30_000;

export interface RecoveryShape {
  /** Events in the store. */
  size: number;
  people: number;
  intervalMin: number;
  /** The snapshot leaves about this many minutes of rounds after it. */
  tailMin: number;
}

export const recoveryDevice = (i: number) => `LM-REC-${String(i).padStart(5, '0')}`;

/** The supervisees' enrollments (the demo enrollment, one device each, the plan of the workload). */
export function recoveryEnrollments(people: number, intervalMin: number): Enrollment[] {
  return Array.from({ length: people }, (_, i) =>
    Enrollment.parse({
      ...demoEnrollment,
      personId: `recovery-${String(i).padStart(5, '0')}`,
      label: `Supervisee ${i}`,
      device: {
        id: recoveryDevice(i),
        plan: { callInIntervalS: intervalMin * 60, fixIntervalS: intervalMin * 60 },
      },
      absences: [],
    }),
  );
}

const iso = (ms: number) => new Date(ms).toISOString();

/** The JSON a device sent for an event, as the upload carried it (the store keeps it as `raw`). */
export function rawOf(e: DeviceEvent): string {
  if (e.kind === 'fix')
    return `{"kind":"fix","device":"${e.device}","at":"${iso(e.at)}","lat":${e.lat},"lon":${e.lon},"accuracyM":${e.accuracyM},"source":"${e.source}"}`;
  return `{"kind":"${e.kind}","device":"${e.device}","at":"${iso(e.at)}"}`;
}

export interface Upload {
  receivedAt: number;
  events: DeviceEvent[];
  /** The snapshot is taken after this upload. */
  snapshotAfter: boolean;
}

/** The uploads of the workload, round by round, `shape.size` events in all. */
export function* recoveryUploads(shape: RecoveryShape): Generator<Upload> {
  const { size, people, intervalMin, tailMin } = shape;
  const rounds = Math.ceil(size / people);
  const tailRounds = Math.max(1, Math.round(tailMin / intervalMin));
  let seed = 12345;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x80000000;
  };
  let written = 0;
  let snapshotTaken = false;
  for (let r = 0; r < rounds && written < size; r++) {
    const base = RECOVERY_START + r * intervalMin * MINUTE;
    const events: DeviceEvent[] = [];
    const n = Math.min(people, size - written);
    for (let k = 0; k < n; k++) {
      const lat = Math.round((PLACES.home.lat + (rnd() - 0.5) * 2e-4) * 1e6) / 1e6;
      const lon = Math.round((PLACES.home.lon + (rnd() - 0.5) * 2e-4) * 1e6) / 1e6;
      const accuracyM = 5 + Math.floor(rnd() * 10);
      const at = base + Math.floor((k / people) * 20_000);
      events.push({ kind: 'fix', device: recoveryDevice(k), at, lat, lon, accuracyM, source: 'gps' });
    }
    written += n;
    // A strap opened and restored on one device each round (an alert each), when room is left.
    if (written + 2 <= size) {
      const device = recoveryDevice(r % n);
      events.push({ kind: 'strapOpen', device, at: base + 25_000 });
      events.push({ kind: 'strapRestored', device, at: base + 26_000 });
      written += 2;
    }
    // The snapshot once no more than `tailRounds` full rounds (of `people` fixes and a strap's two events)
    // and the last, partial one are left.
    const snapshotAfter = !snapshotTaken && size - written <= (people + 2) * (tailRounds + 1);
    if (snapshotAfter) snapshotTaken = true;
    yield { receivedAt: base + 30_000, events, snapshotAfter };
  }
}

export interface BuildResult {
  events: number;
  position: bigint;
  snapshotBytes: number;
  alerts: number;
  seconds: number;
  /** CPU time of the building process (its threads included), seconds. */
  cpuSeconds: number;
  /** The last round's reception and its last event's device time. */
  lastReceived: number;
  lastAt: number;
  /** Milliseconds (wall) spent enrolling, generating and evaluating, waiting for the writer, snapshotting, indexing. */
  spent: Record<string, number>;
}

/** Events per commit while building. */
const CHUNK = 100_000;

/** Build a store of `shape.size` events at `db` (an SQLite file), with its snapshot. */
export async function buildRecoveryStore(db: string, shape: RecoveryShape): Promise<BuildResult> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  // The store's writer thread does not keep the process alive (a server's listener does): this does.
  const alive = setInterval(() => {}, 1_000);
  try {
    return await build(db, shape, t0, c0);
  } finally {
    clearInterval(alive);
  }
}

async function build(
  db: string,
  shape: RecoveryShape,
  t0: number,
  c0: NodeJS.CpuUsage,
): Promise<BuildResult> {
  const spent = { enroll: 0, evaluate: 0, write: 0, snapshot: 0, index: 0 };
  const store = await openStore(db);
  const sqlite = store.sqlite;
  if (!sqlite || store.location === ':memory:') throw new Error('the recovery stores are SQLite files');
  const cases = new CaseStore(store.db);
  const repo = MonitoringRepo.of(store);
  const file = buildHaleCaseFile();
  const caseId = caseIdFor(file);
  await cases.createCase(file, { name: 'benchmark' });
  sqlite.pragma('synchronous = OFF');
  for (const e of recoveryEnrollments(shape.people, shape.intervalMin))
    await repo.putEnrollment(caseId, e, { name: 'benchmark' });
  // The people compiled as the server compiles them at start (`MonitoringService.loadPeople`).
  const stored = await cases.getCase(caseId);
  if (!stored) throw new Error('the benchmark case was not stored');
  const fingerprints = new Map<string, string>();
  const devices: DeviceRules[] = [];
  const timelines = new Map<number, ReturnType<typeof conditionTimeline>>();
  for (const record of await repo.listEnrollments()) {
    let timeline = timelines.get(record.defendant);
    if (!timeline) {
      timeline = conditionTimeline(stored.caseFile, record.defendant);
      timelines.set(record.defendant, timeline);
    }
    const compiled = compileRules(timeline, Enrollment.parse(record.enrollment), {
      district: stored.caseFile.case.district,
    });
    devices.push(compiled.device);
    fingerprints.set(record.deviceId, personFingerprint(record, stored.version));
  }
  const engine = createEngine(devices, { startAt: FIRST_RECEIVED });
  const state = newIngestState(engine);
  // The idempotency key's index is built once after the load (a sort), not row by row.
  sqlite.exec('drop index device_events_key');
  spent.enroll = performance.now() - t0;

  const newestAt = new Map<string, number>();
  let events: StoredDeviceEvent[] = [];
  let alerts = new Map<string, Alert>();
  const inFlight: Promise<void>[] = [];
  const flush = async () => {
    if (events.length === 0 && alerts.size === 0) return;
    const batch = {
      events: events.map((event) => ({ event, raw: rawOf(event) })),
      alerts: [...alerts.values()],
    };
    events = [];
    alerts = new Map();
    inFlight.push(repo.commit(batch));
    const tw = performance.now();
    while (inFlight.length > 2) await inFlight.shift();
    spent.write += performance.now() - tw;
  };
  let position = 0n;
  let snapshotBytes = 0;
  let lastReceived = 0;
  let lastAt = 0;
  let count = 0;
  for (const u of recoveryUploads(shape)) {
    const te = performance.now();
    const result = ingestBatch(state, u.events, u.receivedAt);
    if (!result.ok) throw new Error(`the benchmark's upload was refused: ${JSON.stringify(result.problems)}`);
    for (const e of result.accepted) {
      events.push(e);
      const newest = newestAt.get(e.device);
      if (newest === undefined || e.at > newest) newestAt.set(e.device, e.at);
      if (e.at > lastAt) lastAt = e.at;
    }
    for (const c of result.changes) alerts.set(c.alert.alertId, c.alert);
    state.seen.clear();
    count += result.accepted.length;
    lastReceived = u.receivedAt;
    spent.evaluate += performance.now() - te;
    if (events.length >= CHUNK) await flush();
    if (u.snapshotAfter) {
      const ts = performance.now();
      position = state.nextId - 1n;
      const { meta, devices: rows } = engineSnapshot(engine, {
        position,
        takenAt: new Date().toISOString(),
        libraryKey: '',
        processedTo: u.receivedAt,
        newestAt,
        fingerprint: (deviceId) => fingerprints.get(deviceId) ?? 'followed',
      });
      snapshotBytes = rows.reduce((a, b) => a + b.state.byteLength, 0);
      await repo.putSnapshot(meta, rows);
      spent.snapshot += performance.now() - ts;
    }
  }
  await flush();
  const tw = performance.now();
  await Promise.all(inFlight);
  await repo.close();
  spent.write += performance.now() - tw;
  const ti = performance.now();
  sqlite.exec('create unique index device_events_key on device_events (device_id, at, kind)');
  spent.index = performance.now() - ti;
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  const storedEvents = await repo.countEvents();
  if (storedEvents !== count) throw new Error(`${count} events evaluated, ${storedEvents} stored`);
  const alertCount = (await repo.allAlerts()).length;
  await store.close();
  const c = process.cpuUsage(c0);
  return {
    events: storedEvents,
    position,
    snapshotBytes,
    alerts: alertCount,
    seconds: (performance.now() - t0) / 1000,
    cpuSeconds: (c.user + c.system) / 1e6,
    lastReceived,
    lastAt,
    spent,
  };
}
