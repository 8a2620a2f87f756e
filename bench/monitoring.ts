/**
 * Monitoring benchmarks (issue 7), printed in one run:
 *
 * (a) rule evaluation in-process, one thread: fixes per second per core through the streaming evaluator
 *     (`evaluateAll` per one-minute batch, then `tick`), 5,000 supervised people with their own zones and
 *     2,000 shared zones (see `src/monitoring/simulator/workload.ts`). Target ≥ 1,000,000 fixes/s.
 * (b) end-to-end HTTP ingest with durable storage, from `bench/monitoring-http.ts` when it is present.
 * (c) the same fixes and zones evaluated in PostGIS (ST_Contains / ST_DWithin, GiST indexes, projected
 *     SRID 32611), in a scratch database created and dropped here; skipped with a printed reason when
 *     PostgreSQL or PostGIS is not available. Set PRETRIAL_BENCH_PG_URL to the server (default
 *     postgres://postgres@127.0.0.1:5432/postgres) and PRETRIAL_BENCH_PG_FIXES to the number of fixes.
 *
 * (a) starts with three unmeasured warm-up runs (printed, not counted): the compiler optimizes the evaluator
 * over the first runs (on the 200-minute workload, 390 functions compiled in the first run, 62 in the second,
 * 11 in the third, 5 after), and a server runs it for days. Then it measures `--runs` runs, each after a full
 * collection, and prints their median.
 *
 * Usage: npm run bench:monitoring [-- --people 5000 --shared 2000 --minutes 200 --runs 5 --warmup 3 --skip-http --skip-pg]
 * (the script runs it as the server runs: `node --max-semi-space-size=64 --import tsx bench/monitoring.ts`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Alert } from '../src/monitoring/alerts.ts';
import { createEngine, engineAlerts, evaluateAll, tick } from '../src/monitoring/engine.ts';
import { buildWorkload, DEFAULT_WORKLOAD, type Workload } from '../src/monitoring/simulator/workload.ts';
import { runPostgisBench } from './monitoring-postgis.ts';

const args = process.argv.slice(2);
const arg = (name: string, dflt: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const flag = (name: string) => args.includes(`--${name}`);

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

function machine(): string {
  const c = cpus();
  return `${c[0]?.model.trim() ?? 'unknown CPU'}, ${c.length} cores, Node ${process.version}, ${process.platform}/${process.arch}`;
}

/**
 * The server runs with a 64 MB young generation (`npm start`: `--max-semi-space-size=64`), and so does
 * `npm run bench:monitoring`, so that (a) measures the engine as the server runs it. Printed either way.
 */
function runtime(): string {
  const semi = process.execArgv.find((a) => a.startsWith('--max-semi-space-size'));
  return semi
    ? `V8 ${semi} (as npm start runs the server)`
    : 'default V8 young generation (npm start runs the server with --max-semi-space-size=64; npm run bench:monitoring does too)';
}

/** A digest of the alerts (ids, kinds, times, states, evidence counts): equal digests, equal behavior. */
function digest(alerts: readonly Alert[]): string {
  let h = 0x811c9dc5;
  const add = (s: string) => {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  };
  for (const a of alerts)
    add(
      `${a.alertId}|${a.kind}|${a.startedAt}|${a.endedAt}|${a.detectedAt}|${a.state}|${a.confidence}|${a.evidence.eventCount}|${a.evidence.eventIds.join(',')}`,
    );
  return h.toString(16).padStart(8, '0');
}

// A full collection before each run, so that no run pays for the garbage of the one before it (the workload
// alone holds a million fixes; an engine leaves hundreds of megabytes behind). A major collection of the kind
// the heap makes by itself (`type: 'major'`): the bare `gc()` also reduces memory, dropping every hidden class
// none of whose objects is alive — those of the previous run's engine, on which the compiled code of the
// evaluator is specialized — so each run would start by deoptimizing and recompiling it (about 0.2 s of
// compiler-thread time, counted in the run's CPU time). A server keeps its engine, and its code.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (options?: { type: 'major'; execution: 'sync' }) => void;
const collect = () => gc({ type: 'major', execution: 'sync' });

function runEvaluation(w: Workload) {
  collect();
  const engine = createEngine(w.devices, { startAt: w.start, library: w.library });
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let changes = 0;
  for (const batch of w.batches) {
    changes += evaluateAll(engine, batch).length;
    const last = batch[batch.length - 1];
    if (last) changes += tick(engine, last.receivedAt).length;
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, changes, alerts: engineAlerts(engine) };
}

export async function main() {
  const people = arg('people', DEFAULT_WORKLOAD.people);
  const sharedZones = arg('shared', DEFAULT_WORKLOAD.sharedZones);
  const minutes = arg('minutes', DEFAULT_WORKLOAD.minutes);
  const runs = arg('runs', 5);
  const warmup = arg('warmup', 3);
  console.log(`Monitoring benchmarks — ${machine()}; load average ${loadavg()[0]?.toFixed(1)} at start`);
  console.log(runtime());
  const tb = performance.now();
  const w = buildWorkload({ ...DEFAULT_WORKLOAD, people, sharedZones, minutes });
  const ruleCount = w.devices.reduce((n, d) => n + d.rules.length, 0);
  console.log(
    `workload: ${fmt(people)} supervised people (${fmt(ruleCount)} rules), ${fmt(w.protectedSpots.size)} protected persons' phones, ${fmt(sharedZones)} shared zones, ${fmt(w.fixes)} fixes over ${minutes} min (built in ${fmt(performance.now() - tb)} ms)`,
  );

  // (a)
  const results: number[] = [];
  let last: ReturnType<typeof runEvaluation> | null = null;
  for (let r = 0; r < warmup; r++) {
    const x = runEvaluation(w);
    console.log(
      `  (a) warm-up ${r + 1}: ${fmt(x.cpuMs)} ms CPU (${fmt(x.ms)} ms wall): ${fmt(w.fixes / (x.cpuMs / 1000))} fixes/s per core — not counted`,
    );
  }
  for (let r = 0; r < runs; r++) {
    last = runEvaluation(w);
    // Per core: fixes over the CPU time this thread used (the machine may be busy with other work; wall
    // time is printed too).
    results.push(w.fixes / (last.cpuMs / 1000));
    console.log(
      `  (a) run ${r + 1}: ${fmt(last.cpuMs)} ms CPU (${fmt(last.ms)} ms wall): ${fmt(w.fixes / (last.cpuMs / 1000))} fixes/s per core (${fmt(w.fixes / (last.ms / 1000))} by wall time)`,
    );
  }
  const sorted = [...results].sort((x, y) => x - y);
  const median = sorted[Math.floor(sorted.length / 2)] as number;
  const best = sorted[sorted.length - 1] as number;
  const alerts = last?.alerts ?? [];
  const byKind = new Map<string, number>();
  for (const a of alerts) byKind.set(a.kind, (byKind.get(a.kind) ?? 0) + 1);
  console.log(
    `(a) rule evaluation in-process, one core: median ${fmt(median)} fixes/s, best ${fmt(best)} (target ≥ 1,000,000)`,
  );
  console.log(
    `    alerts: ${alerts.length} (${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')}); digest ${digest(alerts)}`,
  );

  // (b), in a process of its own: its load generator does not share this process's heap (the million fixes
  // of the workload above), whose collections would hold back its uploads.
  const httpBench = new URL('./monitoring-http.ts', import.meta.url);
  if (flag('skip-http')) console.log('(b) end-to-end HTTP ingest: skipped (--skip-http)');
  else if (existsSync(httpBench)) {
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(httpBench), '--json'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const last = child.stdout.trim().split('\n').pop() ?? '';
    if (child.status === 0 && last.startsWith('{'))
      console.log('(b) end-to-end HTTP ingest:', JSON.parse(last));
    else
      console.log(`(b) end-to-end HTTP ingest: failed (exit ${child.status}): ${child.stdout.slice(-500)}`);
  } else
    console.log('(b) end-to-end HTTP ingest: not available (bench/monitoring-http.ts is not in this tree)');

  // (c)
  if (flag('skip-pg')) console.log('(c) PostGIS: skipped (--skip-pg)');
  else {
    const pg = await runPostgisBench(w, Number(process.env.PRETRIAL_BENCH_PG_FIXES ?? w.fixes));
    if (!pg.ok) console.log(`(c) PostGIS: not run — ${pg.reason}`);
    else {
      for (const line of pg.lines) console.log(`    ${line}`);
      console.log(
        `(c) PostGIS (${pg.method}): ${fmt(pg.fixesPerS)} fixes/s over ${fmt(pg.fixes)} fixes — (a) is ${(median / pg.fixesPerS).toFixed(1)} × faster`,
      );
    }
  }
}

await main();
