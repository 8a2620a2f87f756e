/** What the case record says about one defendant, as of a date: small queries the deadline rules share. */
import type { CaseFile, Event, EventKind, EventOf } from '../../case/index.ts';

export interface DefendantFacts {
  file: CaseFile;
  defendant: number;
  asOf: string;
  /** The defendant's events dated on or before `asOf`, in date order (stable for equal dates). */
  events: Event[];
}

export function factsFor(file: CaseFile, defendant: number, asOf: string): DefendantFacts {
  const events = file.events
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.defendants.includes(defendant) && e.date <= asOf)
    .sort((a, b) => (a.e.date === b.e.date ? a.i - b.i : a.e.date < b.e.date ? -1 : 1))
    .map(({ e }) => e);
  return { file, defendant, asOf, events };
}

export function ofKind<K extends EventKind>(f: DefendantFacts, kind: K): Array<EventOf<K>> {
  return f.events.filter((e): e is EventOf<K> => e.kind === kind);
}

const CHARGING_BY_INDICTMENT_OR_INFORMATION = new Set<EventKind>([
  'indictment',
  'supersedingIndictment',
  'information',
]);

/** The first indictment or information naming the defendant, if any (as of the facts' date). */
export function firstFormalCharge(f: DefendantFacts): Event | undefined {
  return f.events.find((e) => CHARGING_BY_INDICTMENT_OR_INFORMATION.has(e.kind));
}

/**
 * Custody on a day: the last detention or release order dated on or before it decides; with none, a person
 * arrested and brought before a judicial officer is in custody until released. A release order that holds the
 * defendant until its conditions are met leaves them in custody.
 */
export function inCustodyOn(f: DefendantFacts, date: string): boolean {
  let custody = true;
  for (const e of f.events) {
    if (e.date > date) break;
    if (e.kind === 'detentionOrder') custody = true;
    if (e.kind === 'releaseOrder' && !e.heldUntilMet) custody = false;
  }
  return custody;
}
