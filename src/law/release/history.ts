/**
 * Release orders and their modifications form a history per defendant (docs/release.md, "Conditions in force on a date";
 * § 3142(c)(3): "The judicial officer may at any time amend the order to impose additional or different
 * conditions of release."). The history answers, as a pure function, "which conditions were in force for
 * defendant N on date D?" — the question the monitoring compiler asks for every fix.
 *
 * Reading of the record (documented in docs/release.md):
 * - a release order governs from its date; a later release order for the same defendant (whether or not it
 *   names the order it `amends`) states the full set of conditions and replaces the earlier set;
 * - a modification adds conditions from its date and ends the removed ones the day before its date;
 * - a detention order (including revocation, and detention pending a hearing) ends release the day before;
 * - a condition's own `effectiveFrom` / `effectiveTo` narrow its period further.
 */
import type { Bond, CaseFile, Condition, Event, EventOf } from '../../case/index.ts';
import { addDays, parseDate } from '../calendar/dates.ts';
import { type ConditionClause, clauseOf } from './catalog.ts';

export type ReleaseStatus = 'released' | 'detained' | 'detainedPendingHearing' | 'temporarilyDetained';

export interface ConditionPeriod {
  condition: Condition;
  clause: ConditionClause;
  /** The release order whose regime the condition belongs to. */
  order: string;
  /** The event that imposed it (the release order or a modification). */
  imposedBy: string;
  /** The event that ended it (a modification, a later order, a detention order), if any. */
  endedBy: string | null;
  from: string;
  to: string | null;
}

export interface ReleaseSegment {
  from: string;
  to: string | null;
  status: ReleaseStatus;
  /** The release or detention order that set the status. */
  order: string;
  outcome?: EventOf<'releaseOrder'>['outcome'];
  bond?: Bond;
}

export interface ReleaseHistory {
  defendant: number;
  segments: ReleaseSegment[];
  conditions: ConditionPeriod[];
}

const dayBefore = (iso: string): string => addDays(parseDate(iso), -1).toString();
const maxIso = (a: string, b: string) => (a >= b ? a : b);

type ReleaseEvent = EventOf<'releaseOrder'> | EventOf<'conditionModification'> | EventOf<'detentionOrder'>;
const isReleaseEvent = (e: Event): e is ReleaseEvent =>
  e.kind === 'releaseOrder' || e.kind === 'conditionModification' || e.kind === 'detentionOrder';

/** Build the release history of one defendant from the events of a case file. */
export function buildReleaseHistory(events: readonly Event[], defendant: number): ReleaseHistory {
  const mine = events
    .map((e, i) => ({ e, i }))
    .filter(
      (x): x is { e: ReleaseEvent; i: number } => isReleaseEvent(x.e) && x.e.defendants.includes(defendant),
    )
    .sort((a, b) => a.e.date.localeCompare(b.e.date) || a.i - b.i)
    .map((x) => x.e);

  const segments: ReleaseSegment[] = [];
  const conditions: ConditionPeriod[] = [];
  let open: ConditionPeriod[] = [];
  let currentOrder: string | null = null;

  const close = (date: string, by: string, which: ConditionPeriod[] = open) => {
    for (const c of which) {
      const end = dayBefore(date);
      if (c.to === null || c.to > end) {
        c.to = end < c.from ? c.from : end;
        c.endedBy = by;
      }
    }
    open = open.filter((c) => !which.includes(c));
    const last = segments[segments.length - 1];
    if (last && last.to === null) last.to = maxIso(last.from, dayBefore(date));
  };
  const impose = (list: readonly Condition[], order: string, by: string, date: string) => {
    for (const condition of list) {
      const from = condition.effectiveFrom && condition.effectiveFrom > date ? condition.effectiveFrom : date;
      const period: ConditionPeriod = {
        condition,
        clause: clauseOf(condition.kind),
        order,
        imposedBy: by,
        endedBy: null,
        from,
        to: condition.effectiveTo ?? null,
      };
      conditions.push(period);
      open.push(period);
    }
  };

  for (const e of mine) {
    if (e.kind === 'releaseOrder') {
      close(e.date, e.id);
      currentOrder = e.id;
      segments.push({
        from: e.date,
        to: null,
        status: 'released',
        order: e.id,
        outcome: e.outcome,
        ...(e.bond ? { bond: e.bond } : {}),
      });
      impose(e.conditions, e.id, e.id, e.date);
    } else if (e.kind === 'conditionModification') {
      const removed = open.filter((c) => e.removed.includes(c.condition.id));
      // A removal takes effect on the modification's date: the condition's last day is the day before.
      for (const c of removed) {
        const end = dayBefore(e.date);
        c.to = c.to !== null && c.to < end ? c.to : end < c.from ? c.from : end;
        c.endedBy = e.id;
      }
      open = open.filter((c) => !removed.includes(c));
      impose(e.added, currentOrder ?? e.order, e.id, e.date);
    } else {
      close(e.date, e.id);
      currentOrder = null;
      segments.push({
        from: e.date,
        to: null,
        status: e.temporary
          ? 'temporarilyDetained'
          : e.pendingHearing
            ? 'detainedPendingHearing'
            : 'detained',
        order: e.id,
      });
    }
  }
  return { defendant, segments, conditions };
}

const cache = new WeakMap<readonly Event[], Map<number, ReleaseHistory>>();

/** The release history of a defendant (memoised per events array: the file is never mutated by engines). */
export function releaseHistory(file: Pick<CaseFile, 'events'>, defendant: number): ReleaseHistory {
  let perFile = cache.get(file.events);
  if (!perFile) {
    perFile = new Map();
    cache.set(file.events, perFile);
  }
  let h = perFile.get(defendant);
  if (!h) {
    h = buildReleaseHistory(file.events, defendant);
    perFile.set(defendant, h);
  }
  return h;
}

const covers = (from: string, to: string | null, date: string) => from <= date && (to === null || date <= to);

/** The conditions in force for a defendant on a date (ISO), each with its clause and the order behind it. */
export function conditionsInForce(
  file: Pick<CaseFile, 'events'>,
  defendant: number,
  date: string,
): ConditionPeriod[] {
  return releaseHistory(file, defendant).conditions.filter((c) => covers(c.from, c.to, date));
}

/** The release status of a defendant on a date, or null before any release or detention order. */
export function releaseStatusOn(
  file: Pick<CaseFile, 'events'>,
  defendant: number,
  date: string,
): ReleaseSegment | null {
  const segments = releaseHistory(file, defendant).segments;
  let lo = 0;
  let hi = segments.length - 1;
  let found: ReleaseSegment | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid];
    if (!s) break;
    if (s.from <= date) {
      found = s;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found && covers(found.from, found.to, date) ? found : null;
}
