/**
 * Time to parse and classify a 1 MB PACER Docket Report, built by repeating the real entries of the D. Neb.
 * docket (ned.html) until the page reaches the size. Prints the median of several runs. Target: < 200 ms.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importDocket } from '../src/dockets/index.ts';
import { syntheticDocket } from './synthetic.ts';

const targetBytes = Number(process.argv[2] ?? 1_000_000);
const page = syntheticDocket(
  readFileSync(
    process.env.PRETRIAL_BENCH_DOCKET ??
      fileURLToPath(new URL('../../shared/data/pacer/dockets/district/ned.html', import.meta.url)),
    'utf8',
  ),
  targetBytes,
);
const bytes = Buffer.from(page, 'utf8');
const runs: number[] = [];
let entries = 0;
let events = 0;
for (let i = 0; i < 3; i++) importDocket(bytes); // warm-up (JIT)
for (let i = 0; i < 7; i++) {
  const t0 = performance.now();
  const r = importDocket(bytes);
  runs.push(performance.now() - t0);
  if (!r.ok) throw new Error(r.reason);
  entries = r.caseFile.docketEntries.length;
  events = r.caseFile.events.length;
}
runs.sort((a, b) => a - b);
console.log(
  `import of a ${(bytes.length / 1e6).toFixed(2)} MB PACER docket (${entries} entries → ${events} events): median ${runs[3]!.toFixed(0)} ms, best ${runs[0]!.toFixed(0)} ms, worst ${runs[6]!.toFixed(0)} ms (target < 200 ms for 1 MB)`,
);
