/**
 * Benchmark (b) of issue 7: end-to-end HTTP ingest with durable storage. The real server (`pretrial serve`)
 * runs as a child process on a SQLite file (WAL); this process is the load: vendor-platform uploads of NDJSON
 * batches, a few in flight, and an SSE client on the alert stream. Figures: fixes per second from the first
 * request to the last acknowledgement (each acknowledged only after its commit), and alert latency — from
 * sending the POST that carries a strap opening to the SSE alert arriving here.
 *
 *   tsx bench/monitoring-http.ts [--people N] [--batches N] [--batch-size N] [--concurrency N]
 *
 * Targets: >= 50,000 fixes/s on a 2-core machine, alert latency p99 < 1 s.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildHaleCaseFile } from '../src/demo/index.ts';
import { demoEnrollment, PLACES } from '../src/monitoring/simulator/demo-week.ts';
import { seededRandom } from '../src/monitoring/simulator/tracks.ts';
import { caseIdFor } from '../src/store/cases.ts';

export interface HttpIngestBenchOptions {
  /** Supervised people (one device each). */
  people?: number;
  /** Uploads sent. */
  batches?: number;
  /** Events per upload. */
  batchSize?: number;
  /** Uploads in flight at once. */
  concurrency?: number;
  /** Strap openings (alerts) per upload. */
  alertsPerBatch?: number;
  log?: (line: string) => void;
}

export interface HttpIngestBenchResult {
  fixesPerSec: number;
  eventsPerSec: number;
  p50AlertLatencyMs: number;
  p99AlertLatencyMs: number;
  maxAlertLatencyMs: number;
  alertsMeasured: number;
  fixes: number;
  events: number;
  batches: number;
  batchSize: number;
  concurrency: number;
  people: number;
  seconds: number;
  /** p99 of the time from sending an upload to its acknowledgement, ms. */
  p99AckMs: number;
  /**
   * Fixes per second of the server process's own CPU time (user + system, from /proc; null elsewhere): what one
   * core sustains, whatever else the machine is running.
   */
  fixesPerServerCpuSec: number | null;
  /** Load average (1 min) when the run ended: other work on the machine lowers `fixesPerSec`. */
  loadAverage: number;
  storage: string;
}

const BIN = fileURLToPath(new URL('../bin/pretrial.js', import.meta.url));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => (a && typeof a === 'object' ? resolve(a.port) : reject(new Error('no port'))));
    });
  });
}

async function startServer(db: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  // As `npm start` runs it: a larger young generation (the ingest allocates many short-lived objects).
  const child = spawn(
    process.execPath,
    ['--max-semi-space-size=64', BIN, 'serve', '--no-build', '--db', db, '--port', String(port)],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (d: Buffer) => {
      out += d.toString();
      if (out.includes('pretrial is running at')) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}):\n${out}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

/** CPU seconds (user + system) a process has used, from /proc (Linux); null elsewhere. */
function cpuSeconds(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks / 100 : null;
  } catch {
    return null;
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number);

async function json(url: string, method = 'GET', body?: unknown): Promise<{ status: number; body: unknown }> {
  const r = await fetch(url, {
    method,
    ...(body !== undefined
      ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
      : {}),
  });
  return { status: r.status, body: await r.json() };
}

/** Enroll `people` supervisees: defendant 2 of copies of the demo case (one docket number each). */
async function enroll(url: string, people: number): Promise<string[]> {
  const devices: string[] = [];
  for (let i = 0; i < people; i++) {
    const file = buildHaleCaseFile();
    file.case.docketNumber = `1:26-cr-${String(10_000 + i).padStart(5, '0')}`;
    const caseId = caseIdFor(file);
    const c = await json(`${url}/api/v1/cases`, 'POST', file);
    if (c.status !== 201) throw new Error(`case ${caseId}: ${JSON.stringify(c.body)}`);
    const deviceId = `LM-BENCH-${String(i).padStart(5, '0')}`;
    const e = await json(`${url}/api/v1/monitoring/enrollments`, 'POST', {
      caseId,
      enrollment: {
        ...demoEnrollment,
        personId: `bench-${i}`,
        label: `Supervisee ${i}`,
        device: { id: deviceId },
      },
    });
    if (e.status !== 201) throw new Error(`enrollment ${i}: ${JSON.stringify(e.body)}`);
    devices.push(deviceId);
  }
  return devices;
}

interface Upload {
  body: string;
  fixes: number;
  events: number;
  /** alert key (device|startedAt) of each strap opening in the upload. */
  alerts: string[];
}

/** Uploads: fixes at home for every device in turn, one a second of device time each, and a few strap openings. */
function uploads(
  devices: string[],
  o: Required<Omit<HttpIngestBenchOptions, 'log'>>,
  start: number,
): Upload[] {
  const rnd = seededRandom(4242);
  const out: Upload[] = [];
  let tick = 0;
  let strap = 0;
  for (let b = 0; b < o.batches; b++) {
    const lines: string[] = [];
    const alerts: string[] = [];
    let fixes = 0;
    for (let a = 0; a < o.alertsPerBatch; a++) {
      // A strap opening at the device's current time (half a second after its fix), restored 0.2 s later (before its next fix: no late data).
      const device = devices[strap % devices.length] as string;
      const at = start + (Math.floor(tick / devices.length) + 1) * 1_000 + 500;
      strap++;
      lines.push(JSON.stringify({ kind: 'strapOpen', device, at: new Date(at).toISOString() }));
      lines.push(JSON.stringify({ kind: 'strapRestored', device, at: new Date(at + 200).toISOString() }));
      alerts.push(`${device}|${new Date(at).toISOString()}`);
    }
    while (lines.length < o.batchSize) {
      const device = devices[tick % devices.length] as string;
      const at = start + Math.floor(tick / devices.length) * 1_000;
      tick++;
      lines.push(
        JSON.stringify({
          kind: 'fix',
          device,
          at: new Date(at).toISOString(),
          lat: Math.round((PLACES.home.lat + (rnd() - 0.5) * 2e-4) * 1e6) / 1e6,
          lon: Math.round((PLACES.home.lon + (rnd() - 0.5) * 2e-4) * 1e6) / 1e6,
          accuracyM: 5 + Math.floor(rnd() * 10),
          source: 'gps',
        }),
      );
      fixes++;
    }
    out.push({ body: lines.join('\n'), fixes, events: lines.length, alerts });
  }
  return out;
}

/** Read the SSE stream; call `onAlert(key, arrivedAt)` for each opened alert. */
async function listen(
  url: string,
  onAlert: (key: string, at: number) => void,
  signal: AbortSignal,
): Promise<void> {
  const res = await fetch(`${url}/api/v1/monitoring/stream`, { signal });
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buf = '';
  (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        const now = performance.now();
        buf += decoder.decode(value, { stream: true });
        let cut = buf.indexOf('\n\n');
        while (cut >= 0) {
          const block = buf.slice(0, cut);
          buf = buf.slice(cut + 2);
          const data = block.split('\n').find((l) => l.startsWith('data: '));
          if (data) {
            const change = JSON.parse(data.slice(6)) as {
              change: string;
              alert: { kind: string; deviceId: string; startedAt: string };
            };
            if (change.change === 'opened' && change.alert.kind === 'strapTamper')
              onAlert(`${change.alert.deviceId}|${change.alert.startedAt}`, now);
          }
          cut = buf.indexOf('\n\n');
        }
      }
    } catch {
      // aborted at the end
    }
  })();
}

export async function runHttpIngestBench(opts: HttpIngestBenchOptions = {}): Promise<HttpIngestBenchResult> {
  const o = {
    people: opts.people ?? 200,
    batches: opts.batches ?? 120,
    batchSize: opts.batchSize ?? 5_000,
    concurrency: opts.concurrency ?? 3,
    alertsPerBatch: opts.alertsPerBatch ?? 2,
  };
  const log = opts.log ?? (() => {});
  const dir = mkdtempSync(join(tmpdir(), 'pretrial-bench-'));
  const { url, child } = await startServer(join(dir, 'bench.db'));
  const stopStream = new AbortController();
  try {
    log(`server up (SQLite file, WAL); enrolling ${o.people} people …`);
    const devices = await enroll(url, o.people);
    // Device time: the last hours before now (the server's clock is the wall clock; nothing is "future").
    const perDevice = Math.ceil((o.batches * o.batchSize) / devices.length);
    const start = Math.floor((Date.now() - perDevice * 1_000 - 600_000) / 1000) * 1000;
    const work = uploads(devices, o, start);
    log(`${work.length} uploads of ${o.batchSize} events ready; ${o.concurrency} in flight`);

    const sent = new Map<string, number>();
    const latencies: number[] = [];
    const arrived = new Map<string, number>();
    await listen(
      url,
      (key, at) => {
        arrived.set(key, at);
        const s = sent.get(key);
        if (s !== undefined) latencies.push(at - s);
      },
      stopStream.signal,
    );
    await new Promise((r) => setTimeout(r, 200));

    const acks: number[] = [];
    let next = 0;
    const cpu0 = cpuSeconds(child.pid);
    const t0 = performance.now();
    const worker = async () => {
      while (next < work.length) {
        const u = work[next++] as Upload;
        const sentAt = performance.now();
        for (const k of u.alerts) sent.set(k, sentAt);
        const r = await fetch(`${url}/api/v1/monitoring/events`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-ndjson' },
          body: u.body,
        });
        const body = (await r.json()) as { accepted: number };
        if (r.status !== 200 || body.accepted !== u.events)
          throw new Error(`upload refused or short: ${r.status} ${JSON.stringify(body)}`);
        acks.push(performance.now() - sentAt);
      }
    };
    await Promise.all(Array.from({ length: o.concurrency }, worker));
    const seconds = (performance.now() - t0) / 1000;
    const cpu1 = cpuSeconds(child.pid);
    // Alerts committed with the last uploads are on their way: give the stream a moment.
    const expected = work.reduce((n, u) => n + u.alerts.length, 0);
    for (let i = 0; i < 50 && arrived.size < expected; i++) await new Promise((r) => setTimeout(r, 100));
    const sortedLat = [...latencies].sort((a, b) => a - b);
    const sortedAck = [...acks].sort((a, b) => a - b);
    const fixes = work.reduce((n, u) => n + u.fixes, 0);
    const events = work.reduce((n, u) => n + u.events, 0);
    return {
      fixesPerSec: Math.round(fixes / seconds),
      eventsPerSec: Math.round(events / seconds),
      p50AlertLatencyMs: Math.round(percentile(sortedLat, 50)),
      p99AlertLatencyMs: Math.round(percentile(sortedLat, 99)),
      maxAlertLatencyMs: Math.round(sortedLat[sortedLat.length - 1] ?? Number.NaN),
      alertsMeasured: latencies.length,
      fixes,
      events,
      batches: work.length,
      batchSize: o.batchSize,
      concurrency: o.concurrency,
      people: devices.length,
      seconds: Math.round(seconds * 100) / 100,
      p99AckMs: Math.round(percentile(sortedAck, 99)),
      fixesPerServerCpuSec:
        cpu0 !== null && cpu1 !== null && cpu1 > cpu0
          ? Math.round(work.reduce((n, u) => n + u.fixes, 0) / (cpu1 - cpu0))
          : null,
      loadAverage: Math.round(((await import('node:os')).loadavg()[0] as number) * 100) / 100,
      storage: 'SQLite file, WAL; the ingest writer commits with synchronous=FULL (fsync before the answer)',
    };
  } finally {
    stopStream.abort();
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : undefined;
  };
  const opts: HttpIngestBenchOptions = { log: (l) => console.log(`  ${l}`) };
  const people = arg('people');
  const batches = arg('batches');
  const batchSize = arg('batch-size');
  const concurrency = arg('concurrency');
  if (people) opts.people = people;
  if (batches) opts.batches = batches;
  if (batchSize) opts.batchSize = batchSize;
  if (concurrency) opts.concurrency = concurrency;
  const json = process.argv.includes('--json');
  if (json) delete opts.log;
  else console.log('Monitoring (b): end-to-end HTTP ingest, durable storage, load from a second process');
  const r = await runHttpIngestBench(opts);
  if (json) {
    // One line for `bench/monitoring.ts`, which runs this in a process of its own.
    console.log(JSON.stringify(r));
    process.exit(0);
  }
  console.log(`  fixes/s                 ${r.fixesPerSec.toLocaleString('en-US')}   (target >= 50,000)`);
  console.log(`  events/s                ${r.eventsPerSec.toLocaleString('en-US')}`);
  console.log(
    `  alert latency p50 / p99 ${r.p50AlertLatencyMs} / ${r.p99AlertLatencyMs} ms (max ${r.maxAlertLatencyMs}; ${r.alertsMeasured} alerts; target p99 < 1,000 ms)`,
  );
  console.log(`  ack p99                 ${r.p99AckMs} ms per upload of ${r.batchSize} events`);
  if (r.fixesPerServerCpuSec !== null)
    console.log(
      `  fixes per server CPU-s  ${r.fixesPerServerCpuSec.toLocaleString('en-US')}   (the server's own CPU time; load average ${r.loadAverage} on ${(await import('node:os')).cpus().length} cores)`,
    );
  console.log(
    `  ${r.fixes.toLocaleString('en-US')} fixes in ${r.batches} uploads, ${r.concurrency} in flight, ${r.people} people, ${r.seconds} s; ${r.storage}`,
  );
}
