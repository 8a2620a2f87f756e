/**
 * Who is joined for trial with whom, and until when (§ 3161(h)(6); docs/speedy-trial.md, "What starts the trial clock"). Defendants are joined from the filing of the
 * first charging instrument that names them both (indictment, information, superseding indictment); a severance
 * ends the joinder of the defendants it names with those it severs them from (all others when it names none).
 * § 3161(h)(6): "no motion for severance has been granted" — periods are imported up to the day before.
 *
 * A co-defendant who pleads guilty (or nolo contendere), or is sentenced, will not be tried: from then on the
 * defendant is no longer "joined for trial with" him (§ 3161(h)(6)), just as after a severance.
 * His periods are imported through the day of the plea, not after it; a plea later withdrawn (§ 3161(i))
 * does not end the joinder.
 */
import { type Ctx, eventsOf } from './context.ts';
import type { Day } from './days.ts';

export interface Joinder {
  /** joinedFrom.get(a)?.get(b): the day a and b were first charged together. */
  joinedFrom: Map<number, Map<number, Day>>;
  /** severedOn.get(a)?.get(b): the day a severance between them was granted. */
  severedOn: Map<number, Map<number, Day>>;
  /** leftOn.get(a): the last day a was joined for trial with anyone — the day of his guilty plea or sentencing. */
  leftOn: Map<number, { day: Day; event: string; reason: 'guiltyPlea' | 'sentencing' }>;
}

const CHARGING = ['indictment', 'information', 'supersedingIndictment'] as const;

function setPair(map: Map<number, Map<number, Day>>, a: number, b: number, day: Day, keepFirst: boolean) {
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    let inner = map.get(x);
    if (!inner) {
      inner = new Map();
      map.set(x, inner);
    }
    if (!keepFirst || !inner.has(y)) inner.set(y, day);
  }
}

export function buildJoinder(ctx: Ctx): Joinder {
  const joinedFrom = new Map<number, Map<number, Day>>();
  const severedOn = new Map<number, Map<number, Day>>();
  const instruments = CHARGING.flatMap((k) => eventsOf(ctx, k)).sort((a, b) => a.day - b.day);
  for (const ev of instruments) {
    const ds = ev.e.defendants;
    for (let i = 0; i < ds.length; i++) {
      for (let j = i + 1; j < ds.length; j++) setPair(joinedFrom, ds[i]!, ds[j]!, ev.day, true);
    }
  }
  const all = ctx.file.defendants.map((d) => d.number);
  for (const ev of eventsOf(ctx, 'severance')) {
    for (const a of ev.e.defendants) {
      const others = ev.e.from.length > 0 ? ev.e.from : all.filter((n) => !ev.e.defendants.includes(n));
      for (const b of others) if (a !== b) setPair(severedOn, a, b, ev.day, true);
    }
  }
  const leftOn: Joinder['leftOn'] = new Map();
  const withdrawn = new Set(eventsOf(ctx, 'pleaWithdrawn').map((ev) => ev.e.plea));
  const ends = [
    ...eventsOf(ctx, 'plea').filter((ev) => ev.e.plea !== 'notGuilty' && !withdrawn.has(ev.e.id)),
    ...eventsOf(ctx, 'sentencing'),
  ].sort((a, b) => a.day - b.day || a.seq - b.seq);
  for (const ev of ends) {
    for (const d of ev.e.defendants) {
      if (!leftOn.has(d))
        leftOn.set(d, {
          day: ev.day,
          event: ev.e.id,
          reason: ev.e.kind === 'plea' ? 'guiltyPlea' : 'sentencing',
        });
    }
  }
  return { joinedFrom, severedOn, leftOn };
}

/** The last day a and b are joined for trial (infinite if still joined). */
function joinedUntil(j: Joinder, a: number, b: number): Day {
  const severed = j.severedOn.get(a)?.get(b);
  return Math.min(
    severed === undefined ? Number.POSITIVE_INFINITY : severed - 1,
    j.leftOn.get(a)?.day ?? Number.POSITIVE_INFINITY,
    j.leftOn.get(b)?.day ?? Number.POSITIVE_INFINITY,
  );
}

/** The days [from, to] (inclusive; `to` may be infinite) during which a and b are joined for trial, if any. */
export function joinedWindow(j: Joinder, a: number, b: number): { from: Day; to: Day } | null {
  const from = j.joinedFrom.get(a)?.get(b);
  if (from === undefined) return null;
  const to = joinedUntil(j, a, b);
  return to < from ? null : { from, to };
}

/** Co-defendants joined with `a` on `day`. */
export function joinedOn(j: Joinder, a: number, day: Day): number[] {
  const out: number[] = [];
  for (const [b, from] of j.joinedFrom.get(a) ?? []) {
    if (from <= day && day <= joinedUntil(j, a, b)) out.push(b);
  }
  return out.sort((x, y) => x - y);
}
