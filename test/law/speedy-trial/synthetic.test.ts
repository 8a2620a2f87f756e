/**
 * Invariants on a large invented multi-defendant case (bench/synthetic.ts): 18 defendants joined in one indictment
 * and about 1,000 events over three years — motions, continuances with and without findings, orders, waivers,
 * unavailability — the size `npm run bench:clock` times. (The benchmark's stress size, 1,000 events per
 * defendant, gives ledgers too large to check day by day in a test.)
 * No hand count is possible at this size; the tests check what must hold for every clock instead, with an
 * independent day-by-day recount of each ledger from its own bases.
 */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { syntheticCaseFile } from '../../../bench/synthetic.ts';
import {
  computeSpeedyTrial,
  EXCLUSION_RULES,
  SpeedyTrialResult,
} from '../../../src/law/speedy-trial/index.ts';
import { expectLedgerSums } from './helpers.ts';

const { caseFile, asOf, events } = syntheticCaseFile({ defendants: 18, eventsPerDefendant: 56 });
const r = computeSpeedyTrial(caseFile, asOf);
const EPOCH = Temporal.PlainDate.from('1970-01-01');
const days = new Map<string, number>();
const day = (iso: string): number => {
  let n = days.get(iso);
  if (n === undefined) {
    n = EPOCH.until(Temporal.PlainDate.from(iso)).days;
    days.set(iso, n);
  }
  return n;
};

describe('a synthetic 18-defendant case with about 1,000 events', () => {
  it('is the size the benchmark measures', () => {
    expect(caseFile.defendants).toHaveLength(18);
    expect(events).toBeGreaterThanOrEqual(1_000);
  });

  it('gives a result that satisfies the published schema', () => {
    expect(SpeedyTrialResult.safeParse(r).success).toBe(true);
  });

  it('balances every ledger: counted + excluded = calendar days, consecutive periods, running totals', () => {
    let clocks = 0;
    for (const d of r.defendants) {
      for (const c of d.clocks) {
        expectLedgerSums(c);
        clocks++;
      }
    }
    // 18 trial clocks and 9 detention clocks (the odd-numbered defendants are detained).
    expect(clocks).toBe(27);
  });

  it('agrees with a recount from its own bases: a period is excluded exactly when an excluding basis covers it', () => {
    const failures: string[] = [];
    for (const d of r.defendants) {
      for (const c of d.clocks) {
        const spans = new Map<string, [number, number]>();
        for (const p of c.ledger) {
          for (const b of p.bases) {
            spans.set(`${b.id}@${b.window.from}`, [
              day(b.window.from),
              b.window.to === null ? Infinity : day(b.window.to),
            ]);
          }
        }
        for (const p of c.ledger) {
          const from = day(p.from);
          const to = day(p.to);
          if (p.status === 'excluded') {
            for (const b of p.bases) {
              const wf = day(b.window.from);
              const wt = b.window.to === null ? Infinity : day(b.window.to);
              if (wf > from || wt < to)
                failures.push(`${d.defendant}/${c.id}: ${b.id} does not cover ${p.from}..${p.to}`);
            }
          } else {
            for (const [id, [wf, wt]] of spans) {
              if (wt >= from && wf <= to)
                failures.push(`${d.defendant}/${c.id}: ${id} touches counted ${p.from}..${p.to}`);
            }
          }
        }
      }
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });

  it('starts every joined trial clock on the latest co-defendant’s start (jointTrigger=latestCodefendant)', () => {
    const starts = new Set(r.defendants.map((d) => d.clocks.find((c) => c.id === 'trial')!.trigger.date));
    // Defendant 18 appears last: 2021-01-04 + 36 days = 2021-02-09.
    expect([...starts]).toEqual(['2021-02-09']);
  });

  it('cites every basis by its rule, and marks every co-defendant import (h)(6), code R, with its origin', () => {
    const failures: string[] = [];
    const seen = new Set<unknown>();
    for (const d of r.defendants) {
      for (const c of d.clocks) {
        for (const p of c.ledger) {
          for (const b of p.bases) {
            if (seen.has(b)) continue;
            seen.add(b);
            const rule = EXCLUSION_RULES[b.kind];
            const ok =
              b.citation.startsWith(rule.citation) &&
              (b.kind === 'codefendant'
                ? b.aoCode === 'R' &&
                  b.importedFrom !== undefined &&
                  !b.importedFrom.codefendants.includes(d.defendant)
                : b.kind === 'endsOfJustice'
                  ? /^T[1-4]?$/.test(b.aoCode ?? '')
                  : b.aoCode === rule.aoCode);
            if (!ok) failures.push(`${d.defendant}/${c.id}: ${b.id} ${b.kind} ${b.citation} [${b.aoCode}]`);
          }
        }
      }
    }
    expect(seen.size).toBeGreaterThan(500);
    expect(failures.slice(0, 5)).toEqual([]);
  });

  it('projects consistently: days used + counted projection = the limit, ending on the unextended last day', () => {
    for (const d of r.defendants) {
      for (const c of d.clocks) {
        if (!c.lastDay?.determinate || c.daysUsed >= c.limit.days) continue;
        const counted = c.projection.filter((p) => p.status === 'counted').reduce((s, p) => s + p.days, 0);
        expect(c.daysUsed + counted).toBe(c.limit.days);
        expect(c.projection.at(-1)?.to).toBe(c.lastDay.unextended);
        expect(c.daysLeft).toBe(c.limit.days - c.daysUsed);
      }
    }
  });

  it('is deterministic: the same input gives the same result', () => {
    const again = computeSpeedyTrial(caseFile, asOf);
    expect(again.defendants.map((d) => d.clocks.map((c) => [c.daysUsed, c.lastDay]))).toEqual(
      r.defendants.map((d) => d.clocks.map((c) => [c.daysUsed, c.lastDay])),
    );
  });

  it('never moves a last day earlier when a hypothetical motion only adds excluded days', () => {
    const w = computeSpeedyTrial(caseFile, asOf, undefined, {
      events: [
        {
          kind: 'motionFiled',
          id: 'hyp',
          date: asOf,
          defendants: [1],
          motion: 'other',
          title: 'Hypothetical',
          movant: 'defendant',
          provenance: { source: 'manual', by: 'test' },
        },
        {
          kind: 'motionDecided',
          id: 'hyp-d',
          date: asOf,
          defendants: [1],
          motion: 'hyp',
          disposition: 'denied',
          oral: false,
          provenance: { source: 'manual', by: 'test' },
        },
      ],
    });
    for (const d of w.whatIf!.defendants) {
      for (const c of d.clocks) if (c.shiftDays !== null) expect(c.shiftDays).toBeGreaterThanOrEqual(0);
    }
  });
});
