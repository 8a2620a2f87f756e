/**
 * Time to compute every Speedy Trial clock of a large multi-defendant case: 18 joined defendants with about 1,000
 * events each (`syntheticCaseFile`), all clocks with their ledgers and projections, including the § 3161(h)(6)
 * imports between co-defendants. Prints the median and 95th percentile of several runs. Target: < 20 ms.
 *
 *   npm run bench:clock [-- defendants eventsPerDefendant runs]
 */
import { computeSpeedyTrial } from '../src/law/speedy-trial/index.ts';
import { syntheticCaseFile } from './synthetic.ts';

const defendants = Number(process.argv[2] ?? 18);
const perDefendant = Number(process.argv[3] ?? 1000);
const runs = Number(process.argv[4] ?? 40);
const { caseFile, asOf, events } = syntheticCaseFile({ defendants, eventsPerDefendant: perDefendant });

let periods = 0;
for (let i = 0; i < 5; i++) computeSpeedyTrial(caseFile, asOf); // warm-up (JIT)
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  const r = computeSpeedyTrial(caseFile, asOf);
  times.push(performance.now() - t0);
  periods = r.defendants.reduce((s, d) => s + d.clocks.reduce((x, c) => x + c.ledger.length, 0), 0);
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
console.log(
  `Speedy Trial clocks for ${defendants} defendants × ${perDefendant} events (${events} events, ${periods} ledger periods, as of ${asOf}): median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, best ${times[0]!.toFixed(1)} ms over ${runs} runs (target < 20 ms)`,
);
