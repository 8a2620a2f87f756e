/**
 * The docket as the engine reads it on the as-of date: the events that have happened by then (plus any
 * hypothetical ones), in date order, minus those read from entries marked in error; with the docket entry and
 * the words behind each event, for the ledger.
 */
import type { Event, EventKind, EventOf, ExclusionKind } from '../../case/events.ts';
import type { CaseFile, DocketEntry } from '../../case/record.ts';
import type { UnknownCover } from './count.ts';
import { type Day, dayOf, describeDay, isoOf } from './days.ts';
import type { SpeedyTrialOptions } from './options.ts';
import type { EventRef, Warning } from './result.ts';
import type { ExclusionRule } from './rules.ts';

/** An event with its day number and place in the docket. */
export interface Ev<E extends Event = Event> {
  e: E;
  day: Day;
  seq: number;
  hypothetical: boolean;
}

/** A warning before it is given to the defendants it concerns (none: the whole case). */
export interface DraftWarning extends Omit<Warning, 'defendant'> {
  defendants?: readonly number[];
}

export interface Ctx {
  file: CaseFile;
  asOf: Day;
  options: SpeedyTrialOptions;
  /**
   * The § 3161(h) rules by category (`EXCLUSION_RULES`), handed in by the engine so that the provision modules'
   * window functions read them without importing the registry they belong to.
   */
  rules: Readonly<Record<ExclusionKind, ExclusionRule>>;
  court: string;
  events: Ev[];
  byId: Map<string, Ev>;
  byKind: Map<EventKind, Ev[]>;
  entries: Map<string, DocketEntry>;
  warnings: DraftWarning[];
  refs: Map<string, EventRef>;
  /** Per-run cache of days that are not business days in the court (Rule 45 roll). */
  closedDays: Map<Day, string[]>;
  /** Days the record cannot tell about: gaps in the sources, orders whose window is not shown (`unknowns.ts`). */
  gaps: UnknownCover[];
  /** Whether the case file states its coverage, and whether some source is complete. */
  coverage: { stated: boolean; complete: boolean };
}

/** "ENTRY ERROR", "entered in error": the clerk's marks for an entry that must not be applied. */
const ENTRY_ERROR = /\bENTRY\s+ERROR\b|\bentered\s+in\s+error\b/i;

export function buildContext(
  file: CaseFile,
  asOf: Day,
  options: SpeedyTrialOptions,
  hypothetical: readonly Event[],
  rules: Ctx['rules'],
): Ctx {
  const entries = new Map(file.docketEntries.map((d) => [d.id, d]));
  const warnings: DraftWarning[] = [];

  // Entries in error: by a docketError event, or marked so in the entry text. Their events are suspended.
  const inError = new Map<string, string[]>();
  for (const e of file.events) {
    if (e.kind === 'docketError') inError.set(e.target, [...(inError.get(e.target) ?? []), e.id]);
  }
  for (const entry of file.docketEntries) {
    if (ENTRY_ERROR.test(entry.text) && !inError.has(entry.id)) inError.set(entry.id, []);
  }
  const suspended = new Map<string, string[]>();
  for (const e of file.events) {
    if (e.kind === 'docketError' || e.provenance.source !== 'docket') continue;
    if (inError.has(e.provenance.entry)) {
      suspended.set(e.provenance.entry, [...(suspended.get(e.provenance.entry) ?? []), e.id]);
    }
  }
  for (const [entryId, eventIds] of suspended) {
    const entry = entries.get(entryId);
    const by = inError.get(entryId) ?? [];
    const defendants = [
      ...new Set(file.events.filter((e) => eventIds.includes(e.id)).flatMap((e) => e.defendants)),
    ];
    warnings.push({
      code: 'entryError',
      severity: 'warning',
      message: `Docket entry ${entry?.number ?? entryId} (${entry?.dateFiled ?? '?'}) is marked in error${by.length > 0 ? ` (event ${by.join(', ')})` : ' ("ENTRY ERROR" in its text)'}: ${eventIds.length} event${eventIds.length === 1 ? '' : 's'} read from it ${eventIds.length === 1 ? 'is' : 'are'} not applied (${eventIds.join(', ')}). Look for the re-entered order.`,
      events: [...by, ...eventIds],
      defendants,
      ...(entry ? { date: entry.dateFiled } : {}),
    });
  }
  const suspendedIds = new Set([...suspended.values()].flat());

  const events: Ev[] = [];
  let seq = 0;
  for (const e of file.events) {
    const day = dayOf(e.date);
    seq++;
    if (suspendedIds.has(e.id) || day > asOf) continue;
    events.push({ e, day, seq, hypothetical: false });
  }
  for (const e of hypothetical) events.push({ e, day: dayOf(e.date), seq: ++seq, hypothetical: true });
  // A guilty or nolo plea is taken to the charge it answers, so on its own day it follows every other event of
  // that day, the instrument included: "information filed; waiver of indictment; plea of guilty" are often
  // docketed as one minute entry before the information's own entry (18 U.S.C. § 3161(c)(1) starts the clock on
  // the information, and the plea on it ends the clock the same day).
  const phase = (ev: Ev) =>
    ev.e.kind === 'plea' && (ev.e.plea === 'guilty' || ev.e.plea === 'noloContendere') ? 1 : 0;
  events.sort((a, b) => a.day - b.day || phase(a) - phase(b) || a.seq - b.seq);

  const byId = new Map<string, Ev>();
  const byKind = new Map<EventKind, Ev[]>();
  for (const ev of events) {
    byId.set(ev.e.id, ev);
    const list = byKind.get(ev.e.kind);
    if (list) list.push(ev);
    else byKind.set(ev.e.kind, [ev]);
  }
  return {
    file,
    asOf,
    options,
    rules,
    court: file.case.court,
    events,
    byId,
    byKind,
    entries,
    warnings,
    refs: new Map(),
    closedDays: new Map(),
    gaps: [],
    coverage: {
      stated: file.coverage.length > 0,
      complete: file.coverage.length === 0 || file.coverage.some((c) => c.complete),
    },
  };
}

/** The events of one kind, in date order. */
export function eventsOf<K extends EventKind>(ctx: Ctx, kind: K): ReadonlyArray<Ev<EventOf<K>>> {
  return (ctx.byKind.get(kind) ?? []) as unknown as ReadonlyArray<Ev<EventOf<K>>>;
}

/** A date inside an event (an arrival, a "became final" date) is a fact only once it has come. */
export const isKnown = (ctx: Ctx, ev: Ev, day: Day): boolean => ev.hypothetical || day <= ctx.asOf;

/** The event with the docket entry and words behind it. */
export function refOf(ctx: Ctx, ev: Ev): EventRef {
  const cached = ctx.refs.get(ev.e.id);
  if (cached) return cached;
  const e = ev.e;
  const ref: EventRef = { event: e.id, kind: e.kind, date: e.date };
  if (e.provenance.source === 'docket') {
    const entry = ctx.entries.get(e.provenance.entry);
    if (entry) {
      ref.entry = {
        id: entry.id,
        number: entry.number,
        dateFiled: entry.dateFiled,
        ...(entry.source.docketNumber ? { docketNumber: entry.source.docketNumber } : {}),
      };
      const span = e.provenance.span;
      if (span) ref.quote = entry.text.slice(span.start, span.end);
    }
  } else {
    ref.manual = { by: e.provenance.by, ...(e.provenance.note ? { note: e.provenance.note } : {}) };
  }
  if (ev.hypothetical) ref.hypothetical = true;
  ctx.refs.set(e.id, ref);
  return ref;
}

/** How a lawyer cites the event: "entry 47 (Tue 2026-09-15)", or the event id when it has no entry. */
export function cite(ctx: Ctx, ev: Ev): string {
  const ref = refOf(ctx, ev);
  const when = describeDay(ev.day);
  if (ev.hypothetical) return `what-if ${ev.e.id} (${when})`;
  if (ref.entry) {
    const docket = ref.entry.docketNumber ? ` on ${ref.entry.docketNumber}` : '';
    return ref.entry.number === null
      ? `minute entry of ${when}${docket}`
      : `entry ${ref.entry.number}${docket}, ${when}`;
  }
  return `${ev.e.id} (${when}, entered by ${ref.manual?.by ?? 'a user'})`;
}

export const isoDay = isoOf;
