/**
 * The terms a window is built from, shared by the provision modules' window functions and the engine's
 * dispatch of orders and proceedings: an order's endpoints and relative end, an order whose window the record
 * does not show, the period an order names, and the period a `proceeding` event states.
 */
import type { EventOf, OpenEnd } from '../../case/events.ts';
import { type Ctx, cite, type Ev, refOf } from './context.ts';
import { type Day, dayOf, describeDay, OPEN } from './days.ts';
import type { FlagCode } from './flags.ts';
import { addGap, boundOfUnknownWindow, settleByReading } from './unknowns.ts';
import { addWindow, openWindowWarning, type Window, type WindowSpec } from './window.ts';

/** The `unknown.fields` that mean the window of an order is not shown. */
export const WINDOW_FIELDS = new Set(['window', 'start', 'end']);

/** The docket text of an event's entry, its note and any further text, for reading what an order rests on. */
export function eventText(ctx: Ctx, ev: Ev, extra: Array<string | undefined> = []): string {
  const ref = refOf(ctx, ev);
  return [ref.quote, ev.e.note, ...extra].filter(Boolean).join(' ');
}

/** Option exclusionEndpoints: which ends of an order's "from X to Y" are excluded days. */
export function applyEndpoints(ctx: Ctx, from: Day, to: Day): { from: Day; to: Day; adjusted: boolean } {
  switch (ctx.options.exclusionEndpoints) {
    case 'startExclusive':
      return { from: from + 1, to, adjusted: true };
    case 'endExclusive':
      return { from, to: to === OPEN ? OPEN : to - 1, adjusted: to !== OPEN };
    default:
      return { from, to, adjusted: false };
  }
}

const OPEN_END_KIND = {
  hearingHeld: 'hearingHeld',
  trialStart: 'trialStart',
  motionDecided: 'motionDecided',
  competencyProceeding: 'competencyProceeding',
  indictment: 'indictment',
  pleaAgreementDecided: 'pleaAgreementDecided',
} as const;

/**
 * A relative end ("until the status conference"; docs/speedy-trial.md, "Counting", rule 7) is the first later
 * event of the named kind concerning one of the same defendants; until it has happened the window is open.
 */
export function resolveOpenEnd(
  ctx: Ctx,
  ev: Ev,
  from: Day,
  until: OpenEnd | undefined,
  closedBy: string | undefined,
): { to: Day; closer?: Ev; waitingFor?: string } {
  if (closedBy) {
    const closer = ctx.byId.get(closedBy);
    if (closer) return { to: closer.day, closer };
    return {
      to: OPEN,
      waitingFor: `event ${closedBy} (named as closing it; not on the docket by the as-of date)`,
    };
  }
  if (!until) return { to: OPEN, waitingFor: 'a further order' };
  const kind = until.event in OPEN_END_KIND ? OPEN_END_KIND[until.event as keyof typeof OPEN_END_KIND] : null;
  if (kind) {
    const defendants = new Set(ev.e.defendants);
    const candidates =
      kind === 'indictment' ? ['indictment', 'information', 'supersedingIndictment'] : [kind];
    let best: Ev | undefined;
    for (const k of candidates) {
      for (const c of ctx.byKind.get(k as 'indictment') ?? []) {
        if (c.day < from || c.e.id === ev.e.id || !c.e.defendants.some((d) => defendants.has(d))) continue;
        if (c.e.kind === 'hearingHeld' && until.hearing && c.e.hearing !== until.hearing) continue;
        if (!best || c.day < best.day) best = c;
        break;
      }
    }
    if (best) return { to: best.day, closer: best };
  }
  return {
    to: OPEN,
    waitingFor: `${until.description} (${until.event}${until.hearing ? `: ${until.hearing}` : ''})`,
  };
}

/**
 * An order known to continue or exclude time whose window (or whose findings or basis) the record does not show:
 * its days are unknown — never counted as if no order existed, never excluded as if its terms were known — from
 * its start to the end it states, or to the next order that speaks for the days after it
 * (`boundOfUnknownWindow`).
 */
export function unknownOrder(
  ctx: Ctx,
  ev: Ev,
  from: Day,
  statedTo: Day | null,
  what: 'window' | 'findings' | 'basis',
): void {
  const bound = statedTo === null ? boundOfUnknownWindow(ctx, ev, from) : { to: statedTo, by: null };
  const u = ev.e.unknown;
  const label = ev.e.kind === 'continuance' ? 'order continuing the case' : 'order excluding time';
  addGap(ctx, {
    id: `${ev.e.id}#unknown`,
    cause: what === 'window' ? 'windowNotShown' : what === 'findings' ? 'findingsNotShown' : 'basisNotShown',
    from,
    to: bound.to,
    sources: bound.by ? [ev, bound.by] : [ev],
    defendants: ev.e.defendants,
    reason: `${cite(ctx, ev)}: an ${label}${
      what === 'window'
        ? ` whose window the record does not show${u ? ` (${u.reason})` : ''}`
        : what === 'findings'
          ? ` whose ends-of-justice findings the record does not show${u ? ` (${u.reason})` : ''}`
          : ` on a basis the record does not show${u ? ` (${u.reason})` : ''}`
    }; ${bound.to === OPEN ? 'nothing later in the record bounds it' : bound.by ? `the next order, ${cite(ctx, bound.by)}, speaks for the days from ${describeDay(bound.by.day)}` : `through ${describeDay(bound.to)}`}.`,
    settle: u?.settle ?? settleByReading(ctx, ev, 'order'),
  });
}

/** What every window of an order carries. */
export interface OrderBase {
  defendants: readonly number[];
  sources: Ev[];
  citedAs?: string;
  waitingFor?: string;
}

/**
 * The period an order excluding time (`timeExclusion`) names, its endpoints applied: what a provision's
 * `…OrderWindows` function turns into windows on that provision's basis.
 */
export interface OrderPeriod {
  ev: Ev<EventOf<'timeExclusion'>>;
  from: Day;
  to: Day;
  flags: FlagCode[];
  base: OrderBase;
  /** The order's AO code, else the provision's. */
  aoCode: string | null;
}

/** A provision's windows for an order excluding time on its basis. */
export type OrderWindows = (ctx: Ctx, order: OrderPeriod, out: Window[]) => void;

/**
 * A basis a statute struck: excluded through the last day it was in force, counted after it (flagged
 * `repealedBasis`).
 */
export function repealedBasisWindows(ctx: Ctx, o: OrderPeriod, out: Window[], lastInForce: string): void {
  const { ev, from, to, flags, base, aoCode } = o;
  const repeal = dayOf(lastInForce);
  addWindow(out, ctx, {
    ...base,
    kind: ev.e.basis,
    from,
    to: Math.min(to, repeal),
    excludes: true,
    part: 'nara',
    flags,
    aoCode,
  });
  addWindow(out, ctx, {
    ...base,
    kind: ev.e.basis,
    from: Math.max(from, repeal + 1),
    to,
    excludes: false,
    part: 'nara-repealed',
    flags: [...flags, 'repealedBasis'],
    aoCode,
  });
}

/** The period a `proceeding` event states: its first day, its last (`OPEN` while it runs) and its base. */
/**
 * A proceeding's window (`proceedingPeriod` and the provision's terms), with the open-window warning while the
 * record does not show the day it ends.
 */
export function addProceedingWindow(
  out: Window[],
  ctx: Ctx,
  ev: Ev<EventOf<'proceeding'>>,
  spec: WindowSpec & { waitingFor: string },
): void {
  addWindow(out, ctx, spec);
  if (spec.to === OPEN)
    openWindowWarning(
      ctx,
      ev,
      `the ${ev.e.proceeding} period from ${describeDay(spec.from)}`,
      spec.waitingFor,
      ev.e.defendants,
    );
}

export function proceedingPeriod(ev: Ev<EventOf<'proceeding'>>): {
  from: Day;
  to: Day;
  base: { defendants: readonly number[]; sources: Ev[]; note: string };
} {
  const e = ev.e;
  return {
    from: dayOf(e.from),
    to: e.to === null ? OPEN : dayOf(e.to),
    base: { defendants: e.defendants, sources: [ev], note: e.description },
  };
}
