/**
 * What-if: the clocks computed again with hypothetical events ("a motion filed 2026-10-01, decided
 * 2026-10-20"), reported beside the actual ones. Hypothetical events are applied whatever their date, as if
 * they will happen; everything else is read as of the as-of date.
 */
import type { Event } from '../../case/events.ts';
import { dayOf } from './days.ts';
import type { Clock, EventRef, LastDay, SpeedyTrialResult, WhatIfReport } from './result.ts';

const summary = (c: Clock | undefined) =>
  c
    ? {
        trigger: c.trigger.date,
        status: c.status,
        daysUsed: c.daysUsed,
        daysLeft: c.daysLeft,
        used: c.used,
        lastDay: c.lastDay,
      }
    : null;

const shift = (a: LastDay | null | undefined, b: LastDay | null | undefined): number | null =>
  a?.determinate && b?.determinate ? dayOf(b.date) - dayOf(a.date) : null;

export function compareWhatIf(
  actual: SpeedyTrialResult,
  alt: SpeedyTrialResult,
  events: readonly Event[],
): WhatIfReport {
  const refs: EventRef[] = events.map((e) => ({
    event: e.id,
    kind: e.kind,
    date: e.date,
    hypothetical: true,
  }));
  return {
    events: refs,
    defendants: actual.defendants.map((d) => {
      const other = alt.defendants.find((x) => x.defendant === d.defendant);
      const ids = [...new Set([...d.clocks.map((c) => c.id), ...(other?.clocks.map((c) => c.id) ?? [])])];
      const known = new Set(d.warnings.map((w) => `${w.code}|${w.message}`));
      return {
        defendant: d.defendant,
        clocks: ids.map((id) => {
          const a = d.clocks.find((c) => c.id === id);
          const b = other?.clocks.find((c) => c.id === id);
          return {
            id,
            kind: (a ?? b)!.kind,
            actual: summary(a),
            whatIf: summary(b),
            shiftDays: shift(a?.lastDay, b?.lastDay),
            projection: b
              ? [
                  ...b.ledger.filter((p) =>
                    p.bases.concat(p.notes).some((x) => x.flags.includes('hypothetical')),
                  ),
                  ...b.projection,
                ]
              : [],
          };
        }),
        warnings: (other?.warnings ?? []).filter((w) => !known.has(`${w.code}|${w.message}`)),
      };
    }),
  };
}

/** A hypothetical pretrial motion: filed on one day and (optionally) decided on another. */
export function hypotheticalMotion(input: {
  id?: string;
  filed: string;
  decided?: string;
  defendants: number[];
  title?: string;
  movant?: 'defendant' | 'government' | 'jointly';
}): Event[] {
  const id = input.id ?? `what-if-motion-${input.filed}`;
  const provenance = { source: 'manual' as const, by: 'what-if' };
  const filed: Event = {
    kind: 'motionFiled',
    id,
    date: input.filed,
    defendants: input.defendants,
    motion: 'other',
    title: input.title ?? 'Hypothetical pretrial motion',
    movant: input.movant ?? 'defendant',
    provenance,
  };
  if (!input.decided) return [filed];
  const decided: Event = {
    kind: 'motionDecided',
    id: `${id}-decided`,
    date: input.decided,
    defendants: input.defendants,
    motion: id,
    disposition: 'denied',
    oral: false,
    provenance,
  };
  return [filed, decided];
}
