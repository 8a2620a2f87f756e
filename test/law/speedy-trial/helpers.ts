/** Helpers for the Speedy Trial tests: pick a clock, print a ledger compactly, check the ledger's sums. */
import { Temporal } from 'temporal-polyfill';
import { expect } from 'vitest';
import type { CaseFile } from '../../../src/case/index.ts';
import {
  type Clock,
  computeSpeedyTrial,
  type LedgerPeriod,
  type SpeedyTrialOptionsInput,
  type SpeedyTrialResult,
} from '../../../src/law/speedy-trial/index.ts';
import { caseWith, type EventSeed } from '../../helpers/case-builder.ts';

export { caseWith, type EventSeed };

/** The clock `id` ('trial', 'indictment', 'detention', 'trial-2' …) of defendant `n`. */
export function clockOf(r: SpeedyTrialResult, id: string, n = 1): Clock {
  const d = r.defendants.find((x) => x.defendant === n);
  if (!d) throw new Error(`no defendant ${n} in the result`);
  const c = d.clocks.find((x) => x.id === id);
  if (!c)
    throw new Error(`defendant ${n} has no clock "${id}" (has: ${d.clocks.map((x) => x.id).join(', ')})`);
  return c;
}

/** Run the engine and return one clock. */
export function clock(
  file: CaseFile,
  asOf: string,
  id = 'trial',
  options?: SpeedyTrialOptionsInput,
  n = 1,
): Clock {
  return clockOf(computeSpeedyTrial(file, asOf, options), id, n);
}

/** "from..to days status kinds" per ledger period: the shape a lawyer reads, compact enough to assert whole. */
export const rows = (periods: readonly LedgerPeriod[]): string[] =>
  periods.map(
    (p) =>
      `${p.from}..${p.to} ${p.days} ${p.status}${p.bases.length > 0 ? ` ${p.bases.map((b) => b.kind).join('+')}` : ''}`,
  );

/** Every basis of the ledger (excluding and not), by kind. */
export const basesOf = (c: Clock, kind: string) =>
  c.ledger.flatMap((p) => [...p.bases, ...p.notes]).filter((b) => b.kind === kind);

const EPOCH = Temporal.PlainDate.from('1970-01-01');
const dayNumbers = new Map<string, number>();
const dayNumber = (iso: string): number => {
  let n = dayNumbers.get(iso);
  if (n === undefined) {
    n = EPOCH.until(Temporal.PlainDate.from(iso)).days;
    dayNumbers.set(iso, n);
  }
  return n;
};

/**
 * Spec § 14: counted + excluded days = calendar days from the trigger to the ledger's end; the periods are
 * consecutive, start the day after the trigger, and each period's days match its dates and running total.
 */
export function expectLedgerSums(c: Clock): void {
  if (c.trigger.date === null) {
    expect(c.ledger).toEqual([]);
    return;
  }
  const counted = c.ledger.filter((p) => p.status === 'counted').reduce((s, p) => s + p.days, 0);
  const excluded = c.ledger.filter((p) => p.status === 'excluded').reduce((s, p) => s + p.days, 0);
  const unknown = c.ledger.filter((p) => p.status === 'unknown').reduce((s, p) => s + p.days, 0);
  expect(counted, `${c.id}: counted days`).toBe(c.daysUsed);
  expect(excluded, `${c.id}: excluded days`).toBe(c.daysExcluded);
  expect(unknown, `${c.id}: unknown days`).toBe(c.daysUnknown);
  expect(c.used).toEqual({ min: counted, max: counted + unknown });
  expect(counted + excluded + unknown, `${c.id}: calendar days`).toBe(c.calendarDays);
  expect(c.calendarDays).toBe(Math.max(0, dayNumber(c.through!) - dayNumber(c.trigger.date)));
  let expectedFrom = dayNumber(c.trigger.date) + 1;
  let used = 0;
  for (const p of c.ledger) {
    expect(dayNumber(p.from), `${c.id}: ledger period ${p.from} follows the previous one`).toBe(expectedFrom);
    expect(dayNumber(p.to) - dayNumber(p.from) + 1).toBe(p.days);
    if (p.status === 'counted') used += p.days;
    expect(p.usedThrough).toBe(used);
    expect(p.status === 'excluded').toBe(p.bases.length > 0);
    expectedFrom = dayNumber(p.to) + 1;
  }
}
