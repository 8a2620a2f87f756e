/**
 * Docket import speed and robustness (docs/import.md "Speed and hostile pages").
 *
 * 1. Time to parse and classify a PACER Docket Report of `bytes` (1 MB by default), built by repeating the
 *    real entries of the D. Neb. docket (ned.html). Median of 7 runs after 3 warm-ups, wall and CPU time (on a
 *    loaded machine, compare CPU time). Target: < 200 ms per MB.
 * 2. Hostile pages of 10 MB, each parsed or refused: tables nested inside tables after a PACER header
 *    (hundreds of thousands of levels), inline elements nested as deep, and a flat table of 10 MB of rows a
 *    docket table cannot read. In process, wall and CPU time (target < 2 s each), then uploaded to the server, which imports in a
 *    worker thread: the longest stall of the server's event loop during the upload
 *    (`perf_hooks.monitorEventLoopDelay`, 10 ms resolution; target ≤ 50 ms).
 *
 * `npm run bench:import [-- bytes]`; PRETRIAL_BENCH_DOCKET names another page to repeat.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { importDocket } from '../src/dockets/index.ts';
import { buildApp } from '../src/server/app.ts';
import { openSecurity } from '../src/server/auth/setup.ts';
import { CaseStore } from '../src/store/cases.ts';
import { openStore } from '../src/store/db.ts';
import { authorizeInject } from '../test/helpers/app.ts';
import { syntheticDocket } from './synthetic.ts';

const targetBytes = Number(process.argv[2] ?? 1_000_000);
const ned = readFileSync(
  process.env.PRETRIAL_BENCH_DOCKET ??
    fileURLToPath(new URL('../../shared/data/pacer/dockets/district/ned.html', import.meta.url)),
  'utf8',
);
console.log(
  `machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)}`,
);

// 1. Speed on a real docket's entries.
const bytes = Buffer.from(syntheticDocket(ned, targetBytes), 'utf8');
const runs: number[] = [];
const cpuRuns: number[] = [];
let entries = 0;
let events = 0;
for (let i = 0; i < 3; i++) importDocket(bytes); // warm-up (JIT)
for (let i = 0; i < 7; i++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const r = importDocket(bytes);
  const c = process.cpuUsage(c0);
  runs.push(performance.now() - t0);
  cpuRuns.push((c.user + c.system) / 1000);
  if (!r.ok) throw new Error(r.reason);
  entries = r.caseFile.docketEntries.length;
  events = r.caseFile.events.length;
}
runs.sort((a, b) => a - b);
cpuRuns.sort((a, b) => a - b);
const mb = bytes.length / 1e6;
console.log(
  `import of a ${mb.toFixed(2)} MB PACER docket (${entries} entries → ${events} events): median ${runs[3]!.toFixed(0)} ms (${(runs[3]! / mb).toFixed(0)} ms per MB), best ${runs[0]!.toFixed(0)} ms, worst ${runs[6]!.toFixed(0)} ms (target < 200 ms per MB); CPU time median ${cpuRuns[3]!.toFixed(0)} ms (${(cpuRuns[3]! / mb).toFixed(0)} ms per MB: on a loaded machine, wall time counts the time other processes ran)`,
);

// 2. Hostile pages.
const HEAD =
  '<html><head><title>CM/ECF - ned</title></head><body><h3 align=center>U.S. District Court<br>District of Nebraska (4 Lincoln)<br>CRIMINAL DOCKET FOR CASE #: 4:13-cr-03121-RGK-CRZ-1</h3>';
const TEN_MB = 10_000_000;
const fill = (unit: string, bytes: number) => unit.repeat(Math.floor((bytes - HEAD.length) / unit.length));
const hostile: Array<[string, string]> = [
  ['tables nested in tables (never closed)', HEAD + fill('<table><tr><td>', TEN_MB)],
  [
    'tables nested in tables (closed)',
    `${HEAD}${'<table><tr><td>x'.repeat(300_000)}${'</td></tr></table>'.repeat(300_000)}`,
  ],
  ['inline elements nested (<div><b><i>…)', HEAD + fill('<div><b><i>', TEN_MB)],
  [
    'a flat 10 MB docket table of unreadable rows',
    `${HEAD}<table><tr><td>Date Filed</td><th>#</th><td>Docket Text</td></tr>${fill('<tr><td>x</td><td>1</td><td>y</td></tr>', TEN_MB)}</table></body></html>`,
  ],
];

const store = await openStore(':memory:');
// The bench acts as a clerk with an API token on every request.
const security = openSecurity(store);
await security.accounts.create({ username: 'bench', roles: ['clerk'] });
await security.accounts.assign('bench', 'court', '*');
const { token } = await security.accounts.createToken('bench', { name: 'bench' });
const app = await buildApp({ store: new CaseStore(store.db), security });
authorizeInject(app, token);
// Start the import worker (its first import loads the sources) before measuring.
await app.inject({
  method: 'POST',
  url: '/api/v1/imports',
  payload: ' ',
  headers: { 'content-type': 'text/plain' },
});

// The server first, for every page (an import in this thread would leave garbage whose collection the
// event-loop figure would count), then the same pages in this thread.
const served: string[] = [];
for (const [, page] of hostile) {
  const body = Buffer.from(page, 'utf8');
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const t1 = performance.now();
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/imports',
    payload: body,
    headers: { 'content-type': 'text/html' },
  });
  const ms = performance.now() - t1;
  delay.disable();
  served.push(
    `through the server: HTTP ${res.statusCode} in ${ms.toFixed(0)} ms; event loop stalled at most ${(delay.max / 1e6).toFixed(0)} ms (target ≤ 50), mean delay ${(delay.mean / 1e6).toFixed(1)} ms`,
  );
}
await app.close();
await store.close();
for (const [i, [name, page]] of hostile.entries()) {
  const body = Buffer.from(page, 'utf8');
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const r = importDocket(body, { maxBytes: 30_000_000 });
  const c = process.cpuUsage(c0);
  const inProcess = performance.now() - t0;
  const outcome = r.ok ? `parsed (${r.caseFile.docketEntries.length} entries)` : `refused: ${r.reason}`;
  console.log(
    `hostile ${(body.length / 1e6).toFixed(1)} MB, ${name}: in process ${inProcess.toFixed(0)} ms wall, ${((c.user + c.system) / 1000).toFixed(0)} ms CPU (target < 2000), ${outcome}\n  ${served[i]}`,
  );
}
console.log(`load average at the end ${loadavg()[0]!.toFixed(1)}`);
