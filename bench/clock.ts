/**
 * Time to compute every Speedy Trial clock of a large multi-defendant case (`syntheticCaseFile`): 18 joined
 * defendants, all clocks with their ledgers and projections, including the § 3161(h)(6) imports between
 * co-defendants. Two sizes: about 1,000 events in all (a large real docket; target < 20 ms), and a stress size
 * of 1,000 events per defendant (18,000 events). Prints the median and 95th percentile of several runs.
 *
 *   npm run bench:clock                                   both sizes
 *   npm run bench:clock -- defendants eventsPerDefendant runs
 */
import { computeSpeedyTrial } from '../src/law/speedy-trial/index.ts';
import { syntheticCaseFile } from './synthetic.ts';

function bench(defendants: number, perDefendant: number, runs: number, target?: number): void {
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
    `Speedy Trial clocks, ${defendants} defendants × ${perDefendant} events each (${events} events, ${periods} ledger periods, as of ${asOf}): median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, best ${times[0]!.toFixed(1)} ms over ${runs} runs${target === undefined ? '' : ` (target < ${target} ms)`}`,
  );
}

if (process.argv[2]) {
  bench(Number(process.argv[2]), Number(process.argv[3] ?? 56), Number(process.argv[4] ?? 40));
} else {
  bench(18, 56, 60, 20);
  bench(18, 1000, 10);
}
