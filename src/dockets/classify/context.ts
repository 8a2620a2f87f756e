/** What every rule sees of one docket entry, and how it records what it found. */
import type { z } from 'zod';
import type { Event, EventKind, MotionType } from '../../case/index.ts';
import { findDates, type TextDate } from './dates.ts';
import { defendantsOf, type Roster } from './roster.ts';
import { type EntryKind, entryKind, masked } from './text.ts';

export type EventInput = z.input<typeof Event>;
type InputOf<K extends EventKind> = Extract<EventInput, { kind: K }>;
export type FieldsOf<K extends EventKind> = Omit<
  InputOf<K>,
  'kind' | 'id' | 'date' | 'defendants' | 'provenance'
>;

/** Confidence levels (docs/dockets.md § 9.7). */
export const HIGH = 0.9;
export const MEDIUM = 0.7;
export const LOW = 0.4;

export interface EntryInput {
  id: string;
  number: number | null;
  /** Position of the entry in the docket as imported (0-based). */
  position: number;
  dateFiled: string;
  text: string;
  eventName: string | null;
  terminatedOn?: string | null;
}

/** An end point to find in later entries (docs/dockets.md § 10, A3). */
export type OpenEndRef =
  | { to: 'trial' }
  | { to: 'hearing'; hearing: 'status' | 'any' }
  | { to: 'report' }
  | { to: 'motionDecided'; motionEntry: number }
  | { to: 'furtherOrder' };

export interface Draft {
  event: EventInput;
  rule: string;
  confidence: number;
  /** Entry numbers the event refers to ("granting [62-1] motion", "re 14"). */
  refs?: number[];
  /** A decision's motion type, when the text names it (to link a decision without a number). */
  motionType?: MotionType;
  /** The motion's words as the decision names it ("Motion to Unseal Document"), to link it by title. */
  motionTitle?: string;
  /** The decision calls the entry it refers to a motion ("denying as moot 139 Motion to Amend"). */
  refIsMotion?: boolean;
  /** For open exclusions: what closes them. */
  openEnd?: OpenEndRef;
  /** A minute entry announcing an order still to come (kept only if no order gives the same window). */
  announced?: boolean;
  /** The entry's kind, for de-duplication (orders win over minutes). */
  from: EntryKind;
}

export interface Ctx {
  entry: EntryInput;
  text: string;
  /** The text with clerks' trailers masked (same length as `text`). */
  work: string;
  kind: EntryKind;
  dates: TextDate[];
  roster: Roster;
  court: string;
  /** Defendants the entry concerns (named, or the docket's own). */
  defendants: number[];
  /** "Signed by … on 2/6/17", when the order says when it was made. */
  signedOn: string | null;
  /** "held on 2/6/2017". */
  heldOn: string | null;
  drafts: Draft[];
  warnings: string[];
  /** Lower-cased names of the Government's attorneys (from the party list), to tell who filed a motion. */
  governmentAttorneys: string[];
  counter: Map<string, number>;
  /** The filing date of an earlier entry by its number ("the filing of … (Filing No. 48)"). */
  entryDate: (n: number) => string | undefined;
}

export function makeContext(
  entry: EntryInput,
  roster: Roster,
  court: string,
  governmentAttorneys: string[],
  warnings: string[],
  entryDate: (n: number) => string | undefined = () => undefined,
): Ctx {
  const work = masked(entry.text);
  const year = Number(entry.dateFiled.slice(0, 4));
  const dates = findDates(work, year);
  const dateAfter = (re: RegExp) => {
    const m = re.exec(work);
    if (!m) return null;
    const d = dates.find(
      (x) => x.start >= m.index + m[0].length - 1 && x.start <= m.index + m[0].length + 12,
    );
    return d?.iso ?? null;
  };
  return {
    entry,
    text: entry.text,
    work,
    kind: entryKind(entry.text, entry.eventName),
    dates,
    roster,
    court,
    defendants: defendantsOf(roster, entry.text),
    signedOn: dateAfter(/Signed by (?:[^;(]|\.(?! [A-Z][a-z]{2,} )){0,80}? on\s*(?=\d)/i),
    heldOn:
      dateAfter(/\bheld (?:on|in \w+ on)\s*/i) ?? dateAfter(/proceedings held before [^.;:]{0,80}? on\s*/i),
    drafts: [],
    warnings,
    governmentAttorneys,
    counter: new Map(),
    entryDate,
  };
}

/** The day an order was made: the signing date in the text if plausible, else the filing date. */
export function orderDate(ctx: Ctx): string {
  const s = ctx.signedOn;
  if (s && s <= ctx.entry.dateFiled && s >= shiftYears(ctx.entry.dateFiled, -1)) return s;
  return ctx.entry.dateFiled;
}

/** The day a hearing was held: "held on …" if plausible, else the filing date. */
export function hearingDate(ctx: Ctx): string {
  const h = ctx.heldOn;
  if (h && h <= ctx.entry.dateFiled && h >= shiftYears(ctx.entry.dateFiled, -1)) return h;
  return ctx.entry.dateFiled;
}

export const shiftYears = (iso: string, years: number) =>
  `${String(Number(iso.slice(0, 4)) + years).padStart(4, '0')}${iso.slice(4)}`;

export interface MakeOptions {
  rule: string;
  confidence: number;
  span?: { start: number; end: number } | null;
  date?: string;
  defendants?: number[];
  refs?: number[];
  motionType?: MotionType;
  motionTitle?: string;
  refIsMotion?: boolean;
  openEnd?: OpenEndRef;
  announced?: boolean;
}

/** Record an event found in the entry, with its provenance (entry, span, rule, confidence). */
export function emit<K extends EventKind>(ctx: Ctx, kind: K, fields: FieldsOf<K>, o: MakeOptions): Draft {
  const n = (ctx.counter.get(kind) ?? 0) + 1;
  ctx.counter.set(kind, n);
  const id = `${ctx.entry.id}.${kind}${n > 1 ? `.${n}` : ''}`;
  const span = o.span && o.span.end > o.span.start ? { start: o.span.start, end: o.span.end } : undefined;
  const event = {
    kind,
    id,
    date: o.date ?? ctx.entry.dateFiled,
    defendants: o.defendants && o.defendants.length > 0 ? o.defendants : ctx.defendants,
    provenance: {
      source: 'docket' as const,
      entry: ctx.entry.id,
      ...(span ? { span } : {}),
      classifier: { rule: o.rule, confidence: o.confidence },
    },
    ...fields,
  } as unknown as EventInput;
  const draft: Draft = { event, rule: o.rule, confidence: o.confidence, from: ctx.kind };
  if (o.refs) draft.refs = o.refs;
  if (o.motionType) draft.motionType = o.motionType;
  if (o.motionTitle) draft.motionTitle = o.motionTitle;
  if (o.refIsMotion) draft.refIsMotion = true;
  if (o.openEnd) draft.openEnd = o.openEnd;
  if (o.announced) draft.announced = true;
  ctx.drafts.push(draft);
  return draft;
}

/** First match of `re` in the working text, as a span. */
export function find(ctx: Ctx, re: RegExp): { start: number; end: number; m: RegExpExecArray } | null {
  const m = re.exec(ctx.work);
  return m ? { start: m.index, end: m.index + m[0].length, m } : null;
}

/** First valid date starting within `[from, to)`. */
export function dateIn(ctx: Ctx, from: number, to: number): TextDate | undefined {
  return ctx.dates.find((d) => d.iso && d.start >= from && d.start < to);
}
