/**
 * Counting (spec § 9): the trigger day is day 0 (Rule 45(a)(1)(A)); every later calendar day counts unless some
 * window excludes it; windows are closed intervals; overlapping windows are merged, never added, and every day
 * keeps all the bases that cover it. `daysUsed(d) = |{ x : trigger < x ≤ d } \ excluded|`.
 *
 * The sweep cuts the days after the trigger at every window start and end, so that each piece has one set of
 * covering windows; the pieces are the ledger periods. After the ledger's last day it goes on (the
 * projection) until the count reaches the limit — the last day — or meets an excluded stretch with no known
 * end, when the last day is indeterminate (spec § 9.2).
 */
import { type Day, isoOf, OPEN } from './days.ts';
import type { Basis, LedgerPeriod } from './result.ts';

export interface Cover {
  from: Day;
  to: Day;
  excludes: boolean;
  basis: Basis;
  /** For a period imported under § 3161(h)(6): the index of the co-defendant's window it comes from. */
  origin?: number;
}

export interface CountInput {
  trigger: Day;
  /** The last day of the ledger (the as-of date, or the clock's end). */
  through: Day;
  limit: number;
  /** Sorted by `from`. */
  covers: readonly Cover[];
  withLedger: boolean;
  project: boolean;
}

export type CountedLastDay =
  | { determinate: true; day: Day }
  | { determinate: false; stoppedSince: Day; waitingFor: string[] };

export interface CountResult {
  daysUsed: number;
  daysExcluded: number;
  calendarDays: number;
  ledger: LedgerPeriod[];
  projection: LedgerPeriod[];
  lastDay: CountedLastDay | null;
  /** The first day on which more days were used than the limit allows, if any. */
  overOn: Day | null;
  /** Windows covering the ledger's last day. */
  inForce: Cover[];
  /** Every window that covers at least one day of the ledger. */
  inLedger: Cover[];
}

export const byFrom = (a: Cover, b: Cover): number => a.from - b.from;

function period(
  from: Day,
  to: Day,
  excluded: boolean,
  usedBefore: number,
  usedAfter: number,
  active: readonly Cover[],
): LedgerPeriod {
  const bases: Basis[] = [];
  const notes: Basis[] = [];
  for (const c of active) (c.excludes ? bases : notes).push(c.basis);
  return {
    from: isoOf(from),
    to: isoOf(to),
    days: to - from + 1,
    status: excluded ? 'excluded' : 'counted',
    clockDays: excluded ? null : { first: usedBefore + 1, last: usedAfter },
    usedThrough: usedAfter,
    bases,
    notes,
  };
}

export function count(input: CountInput): CountResult {
  const { trigger, through, limit, withLedger, project } = input;
  const start = trigger + 1;
  const covers: Cover[] = [];
  for (const c of input.covers) {
    if (c.to < start || c.to < c.from) continue;
    covers.push(c.from < start ? { ...c, from: start } : c);
  }
  // Clipping keeps the order except for windows moved up to `start`, which all sort first.
  covers.sort(byFrom);

  const cutSet = new Set<Day>([start, through + 1]);
  for (const c of covers) {
    cutSet.add(c.from);
    if (c.to !== OPEN) cutSet.add(c.to + 1);
  }
  // A typed array sorts numbers without a comparator call per pair.
  const cuts = Float64Array.from(cutSet)
    .filter((d) => d >= start)
    .sort();

  const ledger: LedgerPeriod[] = [];
  const projection: LedgerPeriod[] = [];
  let used = 0;
  let ledgerUsed = 0;
  let excludedDays = 0;
  let overOn: Day | null = null;
  let reachedOn: Day | null = limit === 0 ? trigger : null;
  let lastDay: CountedLastDay | null = null;
  let runStart: Day | null = null;
  let inForce: Cover[] = [];
  const active: Cover[] = [];
  const inLedger: Cover[] = [];
  let next = 0;

  for (let i = 0; i < cuts.length; i++) {
    const segStart = cuts[i]!;
    const segEnd = i + 1 < cuts.length ? cuts[i + 1]! - 1 : OPEN;
    if (segStart > through && (!project || lastDay || reachedOn !== null)) break;
    // Drop the windows that ended before this segment (in place: this loop runs for every segment).
    let kept = 0;
    for (const c of active) if (c.to >= segStart) active[kept++] = c;
    active.length = kept;
    while (next < covers.length && covers[next]!.from <= segStart) {
      const c = covers[next++]!;
      if (c.to >= segStart) {
        active.push(c);
        if (segStart <= through) inLedger.push(c);
      }
    }
    let excluded = false;
    for (const c of active) {
      if (c.excludes) {
        excluded = true;
        break;
      }
    }
    if (excluded) {
      if (runStart === null) runStart = segStart;
    } else runStart = null;

    if (segStart <= through) {
      // The ledger: segments never straddle `through`, which is a cut.
      const end = Math.min(segEnd, through);
      const days = end - segStart + 1;
      const before = used;
      if (excluded) excludedDays += days;
      else {
        used += days;
        if (reachedOn === null && used >= limit) reachedOn = segStart + (limit - before) - 1;
        if (overOn === null && used > limit) overOn = segStart + (limit - before);
      }
      ledgerUsed = used;
      if (withLedger) ledger.push(period(segStart, end, excluded, before, used, active));
      if (end === through) inForce = active.slice();
      continue;
    }

    // The projection, after the ledger's last day.
    if (excluded) {
      if (segEnd === OPEN) {
        const waitingFor = active
          .filter((c) => c.excludes && c.to === OPEN)
          .map((c) => `${c.basis.label}: ${c.basis.waitingFor ?? 'its end'}`);
        lastDay = { determinate: false, stoppedSince: runStart ?? segStart, waitingFor };
        break;
      }
      if (withLedger) projection.push(period(segStart, segEnd, true, used, used, active));
      continue;
    }
    const need = limit - used;
    const len = segEnd === OPEN ? OPEN : segEnd - segStart + 1;
    const take = Math.min(need, len);
    const before = used;
    used += take;
    if (withLedger) projection.push(period(segStart, segStart + take - 1, false, before, used, active));
    if (take === need) {
      lastDay = { determinate: true, day: segStart + need - 1 };
      break;
    }
  }
  if (!lastDay && reachedOn !== null) lastDay = { determinate: true, day: reachedOn };
  return {
    daysUsed: ledgerUsed,
    daysExcluded: excludedDays,
    calendarDays: Math.max(0, through - trigger),
    ledger,
    projection,
    lastDay: project ? lastDay : null,
    overOn,
    inForce,
    inLedger,
  };
}
