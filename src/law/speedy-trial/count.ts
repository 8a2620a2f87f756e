/**
 * Counting (docs/speedy-trial.md, "Counting"): the trigger day is day 0 (Rule 45(a)(1)(A)); every later calendar day counts unless some
 * window excludes it; windows are closed intervals; overlapping windows are merged, never added, and every day
 * keeps all the bases that cover it. `daysUsed(d) = |{ x : trigger < x ≤ d } \ excluded|`.
 *
 * The sweep cuts the days after the trigger at every window start and end, so that each piece has one set of
 * covering windows; the pieces are the ledger periods. After the ledger's last day it goes on (the
 * projection) until the count reaches the limit — the last day — or meets an excluded stretch with no known
 * end, when the last day is indeterminate (docs/speedy-trial.md, "Counting", rule 6).
 */
import { type Day, isoOf, OPEN } from './days.ts';
import type { Basis, LedgerPeriod, UnknownItem } from './result.ts';

export interface Cover {
  from: Day;
  to: Day;
  excludes: boolean;
  basis: Basis;
  /** For a period imported under § 3161(h)(6): the index of the co-defendant's window it comes from. */
  origin?: number;
}

/**
 * Days the record cannot tell about (a gap in the sources, an order whose window is not shown). An exclusion
 * known to cover a day wins over a gap; a gap wins over a counted day.
 */
export interface UnknownCover {
  from: Day;
  /** Inclusive; `OPEN` while nothing in the record bounds it. */
  to: Day;
  item: UnknownItem;
  /** The defendants it concerns; undefined: every defendant (a gap in the record itself). */
  defendants?: readonly number[];
  /** Only their own clocks: not those of the co-defendants joined with them. */
  ownOnly?: boolean;
}

export interface CountInput {
  trigger: Day;
  /** The last day of the ledger (the as-of date, or the clock's end). */
  through: Day;
  limit: number;
  /** Sorted by `from`. */
  covers: readonly Cover[];
  /** Sorted by `from`. In the ledger they make periods unknown; in the projection they are counted. */
  unknowns?: readonly UnknownCover[];
  withLedger: boolean;
  project: boolean;
}

export type CountedLastDay =
  | { determinate: true; day: Day }
  | { determinate: false; stoppedSince: Day; waitingFor: string[] };

export interface CountResult {
  /** Counted days (unknown days not included: the minimum). */
  daysUsed: number;
  daysExcluded: number;
  daysUnknown: number;
  calendarDays: number;
  ledger: LedgerPeriod[];
  projection: LedgerPeriod[];
  lastDay: CountedLastDay | null;
  /** The first day on which more days were used than the limit allows, if any (unknown days not counted). */
  overOn: Day | null;
  /** The same, counting every unknown day. */
  overOnMax: Day | null;
  /** The gaps covering at least one day of the ledger. */
  unknownsInLedger: UnknownItem[];
  /** Windows covering the ledger's last day. */
  inForce: Cover[];
  /** Every window that covers at least one day of the ledger. */
  inLedger: Cover[];
}

export const byFrom = (a: Cover, b: Cover): number => a.from - b.from;

function period(
  from: Day,
  to: Day,
  status: LedgerPeriod['status'],
  usedBefore: number,
  usedAfter: number,
  active: readonly Cover[],
  gaps: readonly UnknownCover[],
  unknownAfter: number,
): LedgerPeriod {
  const bases: Basis[] = [];
  const notes: Basis[] = [];
  for (const c of active) (c.excludes ? bases : notes).push(c.basis);
  const p: LedgerPeriod = {
    from: isoOf(from),
    to: isoOf(to),
    days: to - from + 1,
    status,
    clockDays: status === 'counted' ? { first: usedBefore + 1, last: usedAfter } : null,
    usedThrough: usedAfter,
    bases,
    notes,
  };
  // Only with unknown days (no spread on the common path: ledgers of joined cases have thousands of periods).
  if (unknownAfter > 0) p.unknownThrough = unknownAfter;
  if (status === 'unknown') p.unknown = gaps.map((g) => g.item);
  return p;
}

const sameList = <T>(a: readonly T[], b: readonly T[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

function samePeriodKind(a: LedgerPeriod, b: LedgerPeriod): boolean {
  return (
    a.status === b.status &&
    a.unknownThrough === b.unknownThrough &&
    sameList(a.bases, b.bases) &&
    sameList(a.notes, b.notes)
  );
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
  // Gaps matter only in the ledger (up to `through`); after it the projection counts them.
  const gaps: UnknownCover[] = [];
  for (const g of input.unknowns ?? []) {
    if (g.to < start || g.to < g.from || g.from > through) continue;
    const from = Math.max(g.from, start);
    const to = Math.min(g.to, through);
    gaps.push(from === g.from && to === g.to ? g : { ...g, from, to });
  }
  gaps.sort((a, b) => a.from - b.from);

  const cutSet = new Set<Day>([start, through + 1]);
  for (const c of covers) {
    cutSet.add(c.from);
    if (c.to !== OPEN) cutSet.add(c.to + 1);
  }
  for (const g of gaps) {
    cutSet.add(g.from);
    cutSet.add(g.to + 1);
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
  let unknownDays = 0;
  let overOn: Day | null = null;
  let overOnMax: Day | null = null;
  const activeGaps: UnknownCover[] = [];
  const gapsInLedger = new Set<UnknownItem>();
  let nextGap = 0;
  let reachedOn: Day | null = limit === 0 ? trigger : null;
  let lastDay: CountedLastDay | null = null;
  let runStart: Day | null = null;
  let inForce: Cover[] = [];
  const active: Cover[] = [];
  const inLedger: Cover[] = [];
  let next = 0;
  let projected = -1;

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
      let keptGaps = 0;
      for (const g of activeGaps) if (g.to >= segStart) activeGaps[keptGaps++] = g;
      activeGaps.length = keptGaps;
      while (nextGap < gaps.length && gaps[nextGap]!.from <= segStart) {
        const g = gaps[nextGap++]!;
        if (g.to >= segStart) activeGaps.push(g);
      }
      const unknown = !excluded && activeGaps.length > 0;
      const before = used;
      // `used` is the minimum (unknown days not counted); the maximum adds the unknown days.
      const maxBefore = used + unknownDays;
      if (excluded) excludedDays += days;
      else if (unknown) {
        unknownDays += days;
        for (const g of activeGaps) gapsInLedger.add(g.item);
      } else used += days;
      if (!excluded) {
        // The last day and the day the limit is passed, counting every unknown day (the earliest they can be).
        if (reachedOn === null && maxBefore + days >= limit) reachedOn = segStart + (limit - maxBefore) - 1;
        if (overOnMax === null && maxBefore + days > limit) overOnMax = segStart + (limit - maxBefore);
        if (!unknown && overOn === null && used > limit) overOn = segStart + (limit - before);
      }
      ledgerUsed = used;
      if (withLedger) {
        const status = excluded ? 'excluded' : unknown ? 'unknown' : 'counted';
        const p = period(segStart, end, status, before, used, active, activeGaps, unknownDays);
        // A gap's edge inside a known exclusion (or a counted stretch) is no change on the ledger: one period.
        const last = ledger[ledger.length - 1];
        if (last && gaps.length > 0 && status !== 'unknown' && samePeriodKind(last, p)) {
          last.to = p.to;
          last.days += p.days;
          last.usedThrough = p.usedThrough;
          if (last.clockDays && p.clockDays)
            last.clockDays = { first: last.clockDays.first, last: p.clockDays.last };
        } else ledger.push(p);
      }
      if (end === through) inForce = active.slice();
      continue;
    }

    // The projection, after the ledger's last day: it goes on from the maximum (every unknown day counted).
    if (projected < 0) projected = used + unknownDays;
    if (excluded) {
      if (segEnd === OPEN) {
        const waitingFor = active
          .filter((c) => c.excludes && c.to === OPEN)
          .map((c) => `${c.basis.label}: ${c.basis.waitingFor ?? 'its end'}`);
        lastDay = { determinate: false, stoppedSince: runStart ?? segStart, waitingFor };
        break;
      }
      if (withLedger)
        projection.push(period(segStart, segEnd, 'excluded', projected, projected, active, [], 0));
      continue;
    }
    const need = limit - projected;
    const len = segEnd === OPEN ? OPEN : segEnd - segStart + 1;
    const take = Math.min(need, len);
    const before = projected;
    projected += take;
    if (withLedger)
      projection.push(period(segStart, segStart + take - 1, 'counted', before, projected, active, [], 0));
    if (take === need) {
      lastDay = { determinate: true, day: segStart + need - 1 };
      break;
    }
  }
  if (!lastDay && reachedOn !== null) lastDay = { determinate: true, day: reachedOn };
  return {
    daysUsed: ledgerUsed,
    daysExcluded: excludedDays,
    daysUnknown: unknownDays,
    calendarDays: Math.max(0, through - trigger),
    ledger,
    projection,
    lastDay: project ? lastDay : null,
    overOn,
    overOnMax,
    unknownsInLedger: [...gapsInLedger],
    inForce,
    inLedger,
  };
}
