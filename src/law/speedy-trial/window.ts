/**
 * A window: a period an event gives to the clock — excluded, or (with `excludes: false`) covering days it does
 * not exclude, so the ledger can say why those days still count. Each window carries its ledger basis.
 *
 * The provision modules (`./provisions/`) build their windows with these helpers, so this module reads no
 * table of the registry: a window's default label, citation and AO code come from `ctx.rules`.
 */
import type { ExclusionKind } from '../../case/events.ts';
import { type Ctx, cite, type Ev, refOf } from './context.ts';
import { type Day, isoOf, OPEN } from './days.ts';
import type { FlagCode } from './flags.ts';
import type { Basis } from './result.ts';

export interface Window {
  from: Day;
  /** Inclusive; `OPEN` while the end event has not happened. */
  to: Day;
  excludes: boolean;
  defendants: readonly number[];
  /** Event ids behind it (a user's review of an import names one). */
  events: readonly string[];
  basis: Basis;
}

export interface WindowSpec {
  kind: ExclusionKind;
  from: Day;
  to: Day;
  excludes: boolean;
  defendants: readonly number[];
  sources: ReadonlyArray<Ev>;
  /** Distinguishes several windows from one event (e.g. the (D) and (H) windows of a motion). */
  part: string;
  flags?: FlagCode[];
  label?: string;
  citation?: string;
  citedAs?: string;
  aoCode?: string | null;
  waitingFor?: string;
  note?: string;
}

/** Classifier confidence below which an event is flagged for confirmation (docs/dockets.md § 9.7: "low"). */
export const LOW_CONFIDENCE = 0.5;

export function makeWindow(ctx: Ctx, spec: WindowSpec): Window | null {
  if (spec.to < spec.from) return null;
  const rule = ctx.rules[spec.kind];
  const flags = new Set<FlagCode>(spec.flags ?? []);
  for (const ev of spec.sources) {
    const p = ev.e.provenance;
    if (p.source === 'manual' && !ev.hypothetical) flags.add('userAssertion');
    if (p.source === 'docket' && p.classifier && p.classifier.confidence < LOW_CONFIDENCE)
      flags.add('lowConfidence');
    if (ev.hypothetical) flags.add('hypothetical');
  }
  if (spec.to === OPEN && spec.excludes) flags.add('open');
  const first = spec.sources[0];
  const basis: Basis = {
    id: `${first ? first.e.id : spec.kind}#${spec.part}`,
    kind: spec.kind,
    label: spec.label ?? rule.label,
    citation: spec.citation ?? rule.citation,
    ...(spec.citedAs ? { citedAs: spec.citedAs } : {}),
    aoCode: spec.aoCode === undefined ? rule.aoCode : spec.aoCode,
    window: { from: isoOf(spec.from), to: spec.to === OPEN ? null : isoOf(spec.to) },
    excludes: spec.excludes,
    flags: [...flags],
    sources: spec.sources.map((ev) => refOf(ctx, ev)),
    ...(spec.waitingFor && spec.to === OPEN ? { waitingFor: spec.waitingFor } : {}),
    ...(spec.note ? { note: spec.note } : {}),
  };
  return {
    from: spec.from,
    to: spec.to,
    excludes: spec.excludes,
    defendants: spec.defendants,
    events: spec.sources.map((ev) => ev.e.id),
    basis,
  };
}

/** Push the window when it is not empty. */
export function addWindow(out: Window[], ctx: Ctx, spec: WindowSpec): Window | null {
  const w = makeWindow(ctx, spec);
  if (w) out.push(w);
  return w;
}

/** The warning for a window that stays open until an event the record does not show yet. */
export function openWindowWarning(
  ctx: Ctx,
  ev: Ev,
  what: string,
  waitingFor: string,
  defendants: readonly number[] = ev.e.defendants,
): void {
  ctx.warnings.push({
    code: 'openWindow',
    severity: 'warning',
    message: `${cite(ctx, ev)}: ${what} is open-ended, waiting for ${waitingFor}; until then the last day cannot be computed.`,
    events: [ev.e.id],
    defendants,
    date: ev.e.date,
  });
}
