/**
 * Benchmark: bounded recovery (issue 17). Builds SQLite stores of 1 M and 10 M device events, each with the
 * snapshot a running server would have written, then starts a server process on each and measures how
 * long until alerting resumes: from the start of the restart's code (Node and the modules loaded) to the
 * commit of the first alert raised by a new upload (opening the store, compiling every enrollment, loading
 * the snapshot, replaying the events after it, and evaluating the upload).
 *
 *   node --import tsx bench/recovery.ts [--people 2000] [--interval-min 10] [--sizes 1000000,10000000]
 *                                       [--tail-min 10] [--runs 3] [--keep] [--reuse DIR]
 *
 * Each store is restarted `--runs` times (each run's upload opens the strap of another device), and the
 * median time to resumed alerting is reported, with each run's CPU time and the load average when it began:
 * on a shared machine the wall time follows the load. `--keep` keeps the stores (and what the restart needs
 * to know of them); `--reuse DIR` restarts on the stores kept in DIR instead of building them again.
 *
 * The workload (`recovery-store.ts`): `--people` supervisees at home, a GPS fix every `--interval-min`
 * minutes each, a strap opened and restored every round. The stores differ only in the length of the
 * history (1 M events: 3.5 days; 10 M: 35 days). The snapshot covers all but the last `--tail-min` minutes,
 * which the server replays after it, as after a crash that long after the last periodic snapshot.
 *
 * Building is done in this process without HTTP, with the server's own code for everything stored
 * (`recovery-store.ts`). The restart runs in a child process of its own (a fresh heap, as after a crash).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DeviceEvent } from '../src/monitoring/device-events.ts';
import { MonitoringService } from '../src/server/monitoring/service.ts';
import { CaseStore } from '../src/store/cases.ts';
import { openStore } from '../src/store/db.ts';
import { MonitoringRepo } from '../src/store/monitoring.ts';
import { type BuildResult, buildRecoveryStore, recoveryDevice } from './recovery-store.ts';

const MINUTE = 60_000;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const iso = (ms: number) => new Date(ms).toISOString();

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
  const device = recoveryDevice(run + 1);
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
  const began = performance.now();
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
        const built = await buildRecoveryStore(db, { size, people, intervalMin, tailMin });
        b = { ...built, position: String(built.position) };
        if (keep) writeFileSync(sidecar, JSON.stringify(b));
        console.log(
          `  built ${b.events.toLocaleString('en-US')} events in ${b.seconds.toFixed(1)} s, ${b.cpuSeconds.toFixed(1)} s of CPU (load average ${loadavg()[0]?.toFixed(1)}; snapshot at event ${b.position}, ${(b.snapshotBytes / 1e6).toFixed(1)} MB; ${b.alerts} alerts stored; ${Object.entries(
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
  console.log(
    `  the benchmark took ${((performance.now() - began) / 1000).toFixed(0)} s; load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
  const [small, large] = [...resumed.entries()].sort((a, b) => a[0] - b[0]);
  if (small && large)
    console.log(
      `recovery: ${large[0]} stored events, alerting resumed in ${large[1].toFixed(2)} s (${small[0]}: ${small[1].toFixed(2)} s)`,
    );
}

await main();
