/**
 * The windows that reach one defendant's clocks: his own, and — § 3161(h)(6) — the excludable periods of the
 * co-defendants joined with him, "as to whom the time for trial has not run and no motion for severance has
 * been granted". An imported period is recorded as `codefendant` (AO code R) with the original basis attached
 * and flagged for the reasonableness review (§ 3161(h)(6); docs/speedy-trial.md, "Exclusions, § 3161(h)"); a user may reject one, or (option
 * codefendantImport=requireUserApproval) must accept it first.
 */
import type { Ctx } from './context.ts';
import { byFrom, type Cover } from './count.ts';
import { type Day, isoOf, OPEN } from './days.ts';
import type { FlagCode } from './flags.ts';
import { type Joinder, joinedWindow } from './joinder.ts';
import type { Basis } from './result.ts';
import { EXCLUSION_RULES } from './rules.ts';
import type { Window } from './window.ts';

export interface DefendantCovers {
  /** The defendant's own windows (the indictment clock uses only these). */
  own: Cover[];
  /** Own and imported, sorted by start (trial and detention clocks). */
  all: Cover[];
}

/** ranOut: the day each defendant's time for trial ran, where it has. */
export function buildCovers(
  ctx: Ctx,
  windows: readonly Window[],
  joinder: Joinder,
  ranOut: ReadonlyMap<number, Day>,
): Map<number, DefendantCovers> {
  const numbers = ctx.file.defendants.map((d) => d.number);
  const out = new Map<number, DefendantCovers>(numbers.map((n) => [n, { own: [], all: [] }]));
  const reviews = new Map<string, boolean>();
  for (const r of ctx.options.importReview) reviews.set(`${r.defendant}|${r.event}`, r.accept);
  const approval = ctx.options.codefendantImport === 'requireUserApproval';
  const cache = new Map<string, Basis>();
  const wholeCache = new Map<Window, Basis>();
  const partners = new Map<number, number[]>(
    numbers.map((n) => [n, [...(joinder.joinedFrom.get(n)?.keys() ?? [])]]),
  );

  for (let wi = 0; wi < windows.length; wi++) {
    const w = windows[wi]!;
    const cover: Cover = { from: w.from, to: w.to, excludes: w.excludes, basis: w.basis };
    for (const d of w.defendants) {
      const c = out.get(d);
      if (c) {
        c.own.push(cover);
        c.all.push(cover);
      }
    }
    if (!w.excludes) continue;
    // Who could import it: the joined partners of the window's defendants who are not named in it.
    const candidates = new Set<number>();
    for (const d of w.defendants) for (const p of partners.get(d) ?? []) candidates.add(p);
    for (const d of w.defendants) candidates.delete(d);
    for (const target of candidates) {
      let lo = OPEN;
      let hi = -OPEN;
      let ran = false;
      for (const origin of w.defendants) {
        const joined = joinedWindow(joinder, target, origin);
        if (!joined) continue;
        let to = joined.to;
        const r = ranOut.get(origin);
        if (r !== undefined && r - 1 < to) {
          to = r - 1;
          if (to < w.to) ran = true;
        }
        const from = Math.max(joined.from, w.from);
        const end = Math.min(to, w.to);
        if (end < from) continue;
        lo = Math.min(lo, from);
        hi = Math.max(hi, end);
      }
      if (hi < lo) continue;
      let decision: boolean | undefined;
      if (reviews.size > 0) {
        for (const id of w.events) {
          decision = reviews.get(`${target}|${id}`);
          if (decision !== undefined) break;
        }
      }
      const excludes = approval ? decision === true : decision !== false;
      // The common case — the whole window, no review decision, no co-defendant whose time has run — shares one
      // basis per window across every defendant who imports it.
      const whole = lo === w.from && hi === w.to && decision === undefined && !ran;
      const key = whole ? '' : `${w.basis.id}|${lo}|${hi}|${excludes}|${decision}|${ran}`;
      let basis = whole ? wholeCache.get(w) : cache.get(key);
      if (!basis) {
        basis = importedBasis(w, lo, hi, excludes, decision, approval, ran);
        if (whole) wholeCache.set(w, basis);
        else cache.set(key, basis);
      }
      out.get(target)?.all.push({ from: lo, to: hi, excludes, basis, origin: wi });
    }
  }
  for (const c of out.values()) c.all.sort(byFrom);
  return out;
}

function importedBasis(
  w: Window,
  from: Day,
  to: Day,
  excludes: boolean,
  decision: boolean | undefined,
  approval: boolean,
  ran: boolean,
): Basis {
  const rule = EXCLUSION_RULES.codefendant;
  const flags = new Set<FlagCode>(
    w.basis.flags.filter((f) => f !== 'codefendantOrder' && f !== 'reviewReasonableness'),
  );
  if (excludes) flags.add('reviewReasonableness');
  else flags.add(approval && decision === undefined ? 'importAwaitingApproval' : 'importRejected');
  if (ran) flags.add('codefendantTimeRun');
  const who =
    w.defendants.length === 1
      ? `co-defendant (${w.defendants[0]})`
      : `co-defendants (${w.defendants.join(', ')})`;
  return {
    id: `${w.basis.id}>h6`,
    kind: 'codefendant',
    label: `Joined ${who}: ${w.basis.label}`,
    citation: rule.citation,
    aoCode: rule.aoCode,
    window: { from: isoOf(from), to: to === OPEN ? null : isoOf(to) },
    excludes,
    flags: [...flags],
    sources: w.basis.sources,
    importedFrom: {
      codefendants: [...w.defendants],
      kind: w.basis.kind,
      citation: w.basis.citation,
      aoCode: w.basis.aoCode,
      label: w.basis.label,
    },
    ...(w.basis.waitingFor ? { waitingFor: w.basis.waitingFor } : {}),
  };
}
