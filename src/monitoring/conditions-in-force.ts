/**
 * Which conditions of release bind a defendant, from when to when, and which order imposed each one
 * (18 U.S.C. § 3142(c)(3): "The judicial officer may at any time amend the order to impose additional or
 * different conditions of release."). A minimal reading of the record for the monitoring compiler: release
 * orders, modifications and a later detention order; the release-conditions catalog (`law/release`) gives
 * the canonical answer, and anything that implements `ConditionsSource` can take this one's place.
 */
import type { CaseFile, Condition, Event } from '../case/index.ts';

/** The order a condition comes from, as an alert cites it. */
export interface OrderRef {
  /** The case-record event id of the order (e.g. `ev-castell-release`). */
  eventId: string;
  /** `releaseOrder` or `conditionModification`. */
  eventKind: string;
  /** The day the order was made. */
  date: string;
  /** The docket entry id and number (null for an unnumbered minute entry). */
  docketEntry: { id: string; number: number | null } | null;
  /** e.g. "Order Setting Conditions of Release (entered 2026-04-21, ECF No. 6)". */
  description: string;
}

export interface ConditionInForce {
  condition: Condition;
  order: OrderRef;
  /** First day in force, YYYY-MM-DD. */
  from: string;
  /** Last day in force, or null while it lasts. */
  to: string | null;
}

/** The interface a canonical implementation (`law/release`) will provide. */
export interface ConditionsSource {
  /** Every condition ever imposed on the defendant, with the days it is (or was) in force. */
  timeline(defendant: number): ConditionInForce[];
}

const dayBefore = (date: string): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};

function orderRef(file: CaseFile, ev: Event): OrderRef {
  const entryId = ev.provenance.source === 'docket' ? ev.provenance.entry : null;
  const entry = entryId ? file.docketEntries.find((d) => d.id === entryId) : undefined;
  const name =
    ev.kind === 'releaseOrder'
      ? 'Order Setting Conditions of Release'
      : 'Order Modifying Conditions of Release';
  const ecf = entry ? (entry.number !== null ? `, ECF No. ${entry.number}` : ', minute entry') : '';
  return {
    eventId: ev.id,
    eventKind: ev.kind,
    date: ev.date,
    docketEntry: entry
      ? { id: entry.id, number: entry.number }
      : entryId
        ? { id: entryId, number: null }
        : null,
    description: `${name} (${ev.date}${ecf})`,
  };
}

/**
 * The conditions timeline of one defendant, read from the record's events in date order:
 * - a release order without `amends` replaces every condition then in force; with `amends` it adds to them
 *   (a condition with the same id replaces the old one);
 * - a modification ends the `removed` conditions the day before its date and adds the `added` ones;
 * - a detention order ends every condition the day before its date;
 * - a condition's own `effectiveFrom` / `effectiveTo` narrow its period.
 */
export function conditionTimeline(file: CaseFile, defendant: number): ConditionInForce[] {
  const events = file.events
    .filter((e) => e.defendants.includes(defendant))
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.i - b.i))
    .map((x) => x.e);
  const all: ConditionInForce[] = [];
  let open: ConditionInForce[] = [];
  const endAll = (list: ConditionInForce[], date: string) => {
    for (const c of list) if (c.to === null || c.to >= date) c.to = dayBefore(date);
  };
  for (const ev of events) {
    if (ev.kind === 'releaseOrder') {
      const ref = orderRef(file, ev);
      if (!ev.amends) {
        endAll(open, ev.date);
        open = [];
      }
      for (const condition of ev.conditions) {
        const same = open.filter((c) => c.condition.id === condition.id);
        endAll(same, ev.date);
        open = open.filter((c) => c.condition.id !== condition.id);
        const entry: ConditionInForce = {
          condition,
          order: ref,
          from: condition.effectiveFrom ?? ev.date,
          to: condition.effectiveTo ?? null,
        };
        all.push(entry);
        open.push(entry);
      }
    } else if (ev.kind === 'conditionModification') {
      const ref = orderRef(file, ev);
      const removed = open.filter((c) => ev.removed.includes(c.condition.id));
      endAll(removed, ev.date);
      open = open.filter((c) => !ev.removed.includes(c.condition.id));
      for (const condition of ev.added) {
        const entry: ConditionInForce = {
          condition,
          order: ref,
          from: condition.effectiveFrom ?? ev.date,
          to: condition.effectiveTo ?? null,
        };
        all.push(entry);
        open.push(entry);
      }
    } else if (ev.kind === 'detentionOrder' && open.length > 0) {
      endAll(open, ev.date);
      open = [];
    }
  }
  return all.filter((c) => c.to === null || c.to >= c.from);
}

/** The conditions in force on a day (YYYY-MM-DD). */
export const inForceOn = (timeline: readonly ConditionInForce[], date: string): ConditionInForce[] =>
  timeline.filter((c) => c.from <= date && (c.to === null || c.to >= date));

/** A `ConditionsSource` over a case file. */
export const caseFileConditions = (file: CaseFile): ConditionsSource => ({
  timeline: (defendant) => conditionTimeline(file, defendant),
});
