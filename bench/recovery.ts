/**
 * Benchmark: bounded recovery (issue 17). Builds SQLite stores of 1 M and 10 M device events, each with the
 * snapshot a running server would have written, then starts a server process on each and measures how
 * long until alerting resumes: from the process's start to the commit of the first alert raised by a new
 * upload (opening the store, compiling every enrollment, loading the snapshot, replaying the events after
 * it, and evaluating the upload).
 *
 *   node --import tsx bench/recovery.ts [--people 2000] [--interval-min 10] [--sizes 1000000,10000000]
 *                                       [--tail-min 10] [--runs 3] [--keep] [--reuse DIR]
 *
 * Each store is restarted `--runs` times (each run's upload opens the strap of another device), and the
 * median time to resumed alerting is reported, with each run's CPU time and the load average when it began:
 * on a shared machine the wall time follows the load. `--keep` keeps the stores (and what the restart needs
 * to know of them); `--reuse DIR` restarts on the stores kept in DIR instead of building them again.
 *
 * The workload: `--people` supervisees (the demo defendant's conditions: home detention with a curfew,
 * location monitoring), each at home, with a GPS fix every `--interval-min` minutes and a call-in plan to
 * match, uploaded together at each round; one strap opened and restored every round (an alert each). The
 * stores differ only in the length of the history (1 M events: 3.5 days; 10 M: 35 days). The snapshot
 * covers all but the last `--tail-min` minutes, which the server replays after it, as after a crash that
 * long after the last periodic snapshot.
 *
 * Building is done in this process without HTTP: the engine evaluates each round (as the server does), the
 * events are written with prepared statements in large transactions, and the snapshot is written with the
 * server's own code. The restart runs in a child process of its own (a fresh heap, as after a crash).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildHaleCaseFile } from '../src/demo/index.ts';
import type { Alert } from '../src/monitoring/alerts.ts';
import { conditionTimeline } from '../src/monitoring/conditions-in-force.ts';
import { type DeviceEvent, type StoredDeviceEvent, storedEvent } from '../src/monitoring/device-events.ts';
import {
  createEngine,
  ENGINE_STATE_VERSION,
  evaluateAll,
  exportDevices,
  tick,
} from '../src/monitoring/engine.ts';
import { Enrollment } from '../src/monitoring/enrollment.ts';
import { compileRules, type DeviceRules } from '../src/monitoring/rules.ts';
import { demoEnrollment, PLACES } from '../src/monitoring/simulator/demo-week.ts';
import { encodeDeviceState } from '../src/monitoring/snapshot.ts';
import { MonitoringService, personFingerprint } from '../src/server/monitoring/service.ts';
import { CaseStore, caseIdFor } from '../src/store/cases.ts';
import { openStore } from '../src/store/db.ts';
import { MonitoringRepo, type SnapshotDevice } from '../src/store/monitoring.ts';
import { INSERT_EVENT_SQL } from '../src/store/sqlite-writer.ts';

const MINUTE = 60_000;
const START = Date.parse('2026-05-04T07:00:00Z');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

interface BuildResult {
  events: number;
  position: bigint;
  snapshotBytes: number;
  alerts: number;
  seconds: number;
  lastReceived: number;
  lastAt: number;
  /** Milliseconds spent enrolling, generating, evaluating, writing events, and taking the snapshot. */
  spent: Record<string, number>;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Build a store of `size` events with a snapshot `tailMin` minutes before its end. */
async function build(
  db: string,
  size: number,
  people: number,
  intervalMin: number,
  tailMin: number,
): Promise<BuildResult> {
  const t0 = performance.now();
  const store = await openStore(db);
  const sqlite = store.sqlite;
  if (!sqlite) throw new Error('the recovery benchmark builds SQLite stores');
  const cases = new CaseStore(store.db);
  const repo = MonitoringRepo.of(store);
  const file = buildHaleCaseFile();
  const caseId = caseIdFor(file);
  await cases.createCase(file, { name: 'benchmark' });
  const devices: DeviceRules[] = [];
  const fingerprints = new Map<string, string>();
  const caseFile = (await cases.getCase(caseId))?.caseFile;
  const version = (await cases.getCase(caseId))?.version ?? 1;
  if (!caseFile) throw new Error('the benchmark case was not stored');
  // The enrollments in one transaction (as `putEnrollment` writes them, without an audit record each).
  const enrolled = new Date().toISOString();
  const putRow = sqlite.prepare(
    'insert into monitoring_enrollments (person_id, case_id, defendant, device_id, label, data, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const enrollments = Array.from({ length: people }, (_, i) =>
    Enrollment.parse({
      ...demoEnrollment,
      personId: `recovery-${String(i).padStart(5, '0')}`,
      label: `Supervisee ${i}`,
      device: {
        id: `LM-REC-${String(i).padStart(5, '0')}`,
        plan: { callInIntervalS: intervalMin * 60, fixIntervalS: intervalMin * 60 },
      },
      absences: [],
    }),
  );
  sqlite.transaction(() => {
    for (const e of enrollments)
      putRow.run(
        e.personId,
        caseId,
        e.defendant,
        e.device.id,
        e.label,
        JSON.stringify(e),
        enrolled,
        enrolled,
      );
  })();
  const timeline = conditionTimeline(caseFile, demoEnrollment.defendant);
  for (const record of await repo.listEnrollments()) {
    const compiled = compileRules(timeline, Enrollment.parse(record.enrollment), {});
    devices.push(compiled.device);
    fingerprints.set(record.deviceId, personFingerprint(record, version));
  }
  const ids = devices.map((d) => d.deviceId);
  const rounds = Math.ceil(size / people);
  const tailRounds = Math.max(1, Math.round(tailMin / intervalMin));
  const engine = createEngine(devices, { startAt: START + 30_000 });
  const insert = sqlite.prepare(INSERT_EVENT_SQL);
  const alerts = new Map<string, Alert>();
  let id = 0n;
  let seed = 12345;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x80000000;
  };
  let written = 0;
  let position = 0n;
  let snapshotBytes = 0;
  let lastReceived = 0;
  let lastAt = 0;
  const newestAt = new Map<string, number>();
  const pending: { e: StoredDeviceEvent; raw: string }[] = [];
  const spent = { generate: 0, evaluate: 0, write: 0, snapshot: 0, enroll: 0 };
  const flushRows = sqlite.transaction(() => {
    for (const { e, raw } of pending) {
      const f = e as StoredDeviceEvent & { lat?: number; lon?: number; accuracyM?: number; source?: string };
      insert.run(
        e.id,
        e.device,
        e.at,
        e.kind,
        e.receivedAt,
        f.lat ?? null,
        f.lon ?? null,
        f.accuracyM ?? null,
        f.source ?? null,
        raw,
      );
    }
  });
  const flush = () => {
    const t = performance.now();
    flushRows();
    spent.write += performance.now() - t;
  };
  sqlite.pragma('synchronous = OFF');
  // The idempotency key's index is built once after the load (a sort), not row by row.
  sqlite.exec('drop index device_events_key');
  spent.enroll = performance.now() - t0;
  for (let r = 0; r < rounds && written < size; r++) {
    const base = START + r * intervalMin * MINUTE;
    const receivedAt = base + 30_000;
    const tg = performance.now();
    const batch: StoredDeviceEvent[] = [];
    const n = Math.min(people, size - written);
    for (let k = 0; k < n; k++) {
      const device = ids[k] as string;
      const at = base + Math.floor((k / people) * 20_000);
      const lat = Math.round((PLACES.home.lat + (rnd() - 0.5) * 2e-4) * 1e6) / 1e6;
      const lon = Math.round((PLACES.home.lon + (rnd() - 0.5) * 2e-4) * 1e6) / 1e6;
      const accuracyM = 5 + Math.floor(rnd() * 10);
      // The shape `storedEvent` gives a canonical fix.
      const e = {
        kind: 'fix',
        device,
        at,
        lat,
        lon,
        accuracyM,
        source: 'gps',
        id: ++id,
        receivedAt,
      } as StoredDeviceEvent;
      batch.push(e);
      pending.push({
        e,
        raw: `{"kind":"fix","device":"${device}","at":"${iso(at)}","lat":${lat},"lon":${lon},"accuracyM":${accuracyM},"source":"gps"}`,
      });
      newestAt.set(device, at);
    }
    written += n;
    // A strap opened and restored on one device each round (an alert each), when room is left.
    if (written + 2 <= size) {
      const device = ids[r % n] as string;
      const at = base + 25_000;
      for (const kind of ['strapOpen', 'strapRestored'] as const) {
        const e = storedEvent({ kind, device, at: kind === 'strapOpen' ? at : at + 1_000 }, ++id, receivedAt);
        batch.push(e);
        pending.push({ e, raw: `{"kind":"${kind}","device":"${device}","at":"${iso(e.at)}"}` });
        newestAt.set(device, e.at);
      }
      written += 2;
    }
    const te = performance.now();
    spent.generate += te - tg;
    for (const c of evaluateAll(engine, batch)) alerts.set(c.alert.alertId, c.alert);
    for (const c of tick(engine, receivedAt)) alerts.set(c.alert.alertId, c.alert);
    spent.evaluate += performance.now() - te;
    lastReceived = receivedAt;
    lastAt = base + 26_000;
    if (pending.length >= 200_000) {
      flush();
      pending.length = 0;
    }
    // The snapshot once no more than `tailRounds` full rounds (of `people` fixes and a strap's two events) and
    // the last, partial one are left.
    const last = size - written <= (people + 2) * (tailRounds + 1);
    if (last && position === 0n) {
      flush();
      pending.length = 0;
      const ts = performance.now();
      position = id;
      const states = exportDevices(engine);
      const rows: SnapshotDevice[] = states.map((s) => ({
        deviceId: s.deviceId,
        personId: s.personId,
        fingerprint: fingerprints.get(s.deviceId) ?? 'followed',
        state: encodeDeviceState(s),
      }));
      snapshotBytes = rows.reduce((a, b) => a + b.state.byteLength, 0);
      // The alerts the live server would have stored with the events so far.
      await repo.upsertAlerts([...alerts.values()]);
      alerts.clear();
      await repo.putSnapshot(
        {
          position,
          takenAt: new Date().toISOString(),
          version: ENGINE_STATE_VERSION,
          libraryKey: '',
          startAt: engine.startAt,
          processedTo: receivedAt,
          devices: rows.length,
          newestAt: [...newestAt],
        },
        rows,
      );
      spent.snapshot += performance.now() - ts;
    }
  }
  flush();
  pending.length = 0;
  const ti = performance.now();
  sqlite.exec('create unique index device_events_key on device_events (device_id, at, kind)');
  spent.write += performance.now() - ti;
  await repo.upsertAlerts([...alerts.values()]);
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  const stored = await repo.countEvents();
  const alertCount = (await repo.allAlerts()).length;
  await repo.close();
  await store.close();
  return {
    events: stored,
    position,
    snapshotBytes,
    alerts: alertCount,
    seconds: (performance.now() - t0) / 1000,
    lastReceived,
    lastAt,
    spent,
  };
}

/**
 * The restart (in a process of its own): open the store, start the server's monitoring service from it,
 * then upload a strap opening and wait for its alert to be committed. Prints one JSON line.
 */
async function restart(db: string, lastReceived: number, lastAt: number, run: number): Promise<void> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  // The store's writer thread does not keep the process alive (a server's listener does): this does.
  const alive = setInterval(() => {}, 1_000);
  const store = await openStore(db);
  const monitoring = new MonitoringService(MonitoringRepo.of(store), new CaseStore(store.db), {
    replayClock: true,
    replayStart: lastReceived,
    tickEveryMs: 0,
    snapshotEveryMs: 0,
  });
  await monitoring.start();
  const started = performance.now();
  const startCpu = process.cpuUsage(c0);
  // Each run opens the strap of a device of its own (a new alert each time), a minute after the history.
  const device = `LM-REC-${String(run + 1).padStart(5, '0')}`;
  const at = lastAt + MINUTE;
  const event: DeviceEvent = { kind: 'strapOpen', device, at };
  const outcome = await monitoring.ingest(
    [{ event, raw: JSON.stringify({ kind: 'strapOpen', device, at: iso(at) }) }],
    at + 5_000,
  );
  const resumed = performance.now();
  const resumedCpu = process.cpuUsage(c0);
  const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;
  await monitoring.stop({ snapshot: false });
  await store.close();
  clearInterval(alive);
  process.stdout.write(
    `${JSON.stringify({
      startMs: started - t0,
      resumedMs: resumed - t0,
      startCpuMs: cpuMs(startCpu),
      resumedCpuMs: cpuMs(resumedCpu),
      alertChanges: outcome.alertChanges,
      recovery: monitoring.recovery,
      heapMB: Math.round(process.memoryUsage().rss / 1e6),
    })}\n`,
  );
}

async function main(): Promise<void> {
  if (process.argv.includes('--restart')) {
    await restart(
      arg('restart', ''),
      Number(arg('last-received', '0')),
      Number(arg('last-at', '0')),
      Number(arg('run', '0')),
    );
    return;
  }
  const people = Number(arg('people', '2000'));
  const intervalMin = Number(arg('interval-min', '10'));
  const tailMin = Number(arg('tail-min', '10'));
  const sizes = arg('sizes', '1000000,10000000').split(',').map(Number);
  const runs = Number(arg('runs', '3'));
  const reuse = process.argv.includes('--reuse') ? arg('reuse', '') : null;
  const keep = process.argv.includes('--keep') || reuse !== null;
  const dir = reuse ?? mkdtempSync(join(tmpdir(), 'pretrial-recovery-'));
  if (keep) console.log(`  stores kept in ${dir}`);
  const self = fileURLToPath(import.meta.url);
  console.log(
    `bench: recovery — ${people} supervisees, a fix every ${intervalMin} min each, snapshot ${tailMin} min before the end; ${runs} restarts each; Node ${process.version}; ${cpus().length} cores; load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
  const resumed = new Map<number, number>();
  try {
    for (const size of sizes) {
      const db = join(dir, `store-${size}.db`);
      const sidecar = `${db}.json`;
      // `restarts`: how many restarts the store has had (each opened the strap of a device of its own).
      let b: Omit<BuildResult, 'position'> & { position: string; restarts?: number };
      if (reuse !== null && existsSync(sidecar)) {
        b = JSON.parse(readFileSync(sidecar, 'utf8'));
        console.log(`  reusing the store of ${b.events.toLocaleString('en-US')} events built before`);
      } else {
        const built = await build(db, size, people, intervalMin, tailMin);
        b = { ...built, position: String(built.position) };
        if (keep) writeFileSync(sidecar, JSON.stringify(b));
        console.log(
          `  built ${b.events.toLocaleString('en-US')} events in ${b.seconds.toFixed(1)} s (snapshot at event ${b.position}, ${(b.snapshotBytes / 1e6).toFixed(1)} MB; ${b.alerts} alerts stored; ${Object.entries(
            b.spent,
          )
            .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`)
            .join(', ')})`,
        );
      }
      const wall: number[] = [];
      for (let run = 0; run < runs; run++) {
        const load = loadavg()[0] as number;
        const child = spawnSync(
          process.execPath,
          [
            '--max-semi-space-size=64',
            '--import',
            'tsx',
            self,
            '--restart',
            db,
            '--last-received',
            String(b.lastReceived),
            '--last-at',
            String(b.lastAt),
            '--run',
            String((b.restarts ?? 0) + run),
          ],
          { encoding: 'utf8', maxBuffer: 1 << 24 },
        );
        const line = child.stdout.trim().split('\n').pop() ?? '';
        if (child.status !== 0 || !line.startsWith('{'))
          throw new Error(`the restart failed (${child.status}):\n${child.stdout}\n${child.stderr}`);
        const r = JSON.parse(line) as {
          startMs: number;
          resumedMs: number;
          startCpuMs: number;
          resumedCpuMs: number;
          alertChanges: number;
          recovery: { mode: string; refused: string | null; replayed: number; ms: number; compileMs: number };
          heapMB: number;
        };
        if (r.recovery.mode !== 'snapshot' || r.alertChanges < 1)
          throw new Error(`the restart did not resume from the snapshot: ${line}`);
        console.log(
          `  restart ${run + 1} on ${b.events.toLocaleString('en-US')} events (load ${load.toFixed(1)}): engine ready in ${(r.startMs / 1000).toFixed(2)} s, ${(r.startCpuMs / 1000).toFixed(2)} s of CPU (enrollments read and compiled in ${(r.recovery.compileMs / 1000).toFixed(2)} s; snapshot loaded and ${r.recovery.replayed} events after it replayed in ${(r.recovery.ms / 1000).toFixed(2)} s), first new alert committed at ${(r.resumedMs / 1000).toFixed(2)} s, ${(r.resumedCpuMs / 1000).toFixed(2)} s of CPU; ${r.heapMB} MB resident`,
        );
        wall.push(r.resumedMs / 1000);
      }
      b.restarts = (b.restarts ?? 0) + runs;
      if (keep) writeFileSync(sidecar, JSON.stringify(b));
      wall.sort((x, y) => x - y);
      const median = wall[Math.floor((wall.length - 1) / 2)] as number;
      console.log(
        `  ${b.events.toLocaleString('en-US')} events: alerting resumed in ${median.toFixed(2)} s (median of ${wall.length}; ${wall.map((x) => x.toFixed(2)).join(', ')})`,
      );
      resumed.set(b.events, median);
      if (!keep) rmSync(db, { force: true });
    }
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
  const [small, large] = [...resumed.entries()].sort((a, b) => a[0] - b[0]);
  if (small && large)
    console.log(
      `recovery: ${large[0]} stored events, alerting resumed in ${large[1].toFixed(2)} s (${small[0]}: ${small[1].toFixed(2)} s)`,
    );
}

await main();
