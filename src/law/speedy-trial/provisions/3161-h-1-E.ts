/**
 * 18 U.S.C. § 3161(h)(1)(E): transfer or removal proceeding ((h)(1)(G) from 1979 to 2008).
 */

import type { EventOf } from '../../../case/events.ts';
import { type Ctx, type Ev, eventsOf } from '../context.ts';
import { OPEN } from '../days.ts';
import { addWindow, openWindowWarning, type Window } from '../window.ts';
import { exclusion, STA } from './provision.ts';

export const transferRemoval = exclusion({
  kind: 'transferRemoval',
  label: 'Transfer or removal proceeding',
  citation: `${STA} 3161(h)(1)(E)`,
  formerCitations: { '1975': '(h)(1)(F)', '1979-2008': '(h)(1)(G)' },
  aoCodes: [{ code: 'F', meaning: 'transfer from another district or removal' }],
  text: 'delay resulting from any proceeding relating to the transfer of a case or the removal of any defendant from another district under the Federal Rules of Criminal Procedure',
  automatic: true,
  period: 'start through completion of the Rule 5(c)(3), 20, 21 or 40 proceeding',
  inForce: { from: null, to: null },
  docketCites: { current: '1E', before2008: '1G' },
  parameters: [],
});

/** (h)(1)(E): a Rule 5(c)(3), 20, 21 or 40 proceeding, from its start through its completion. */
export function transferWindows(ctx: Ctx, out: Window[]): void {
  const open = new Map<string, Ev<EventOf<'transfer'>>>();
  for (const ev of eventsOf(ctx, 'transfer')) {
    for (const d of ev.e.defendants) {
      const key = `${d}|${ev.e.rule}`;
      const start = open.get(key);
      if (ev.e.phase === 'start') {
        if (!start) open.set(key, ev);
        continue;
      }
      open.delete(key);
      addWindow(out, ctx, {
        kind: 'transferRemoval',
        from: start ? start.day : ev.day,
        to: ev.day,
        excludes: true,
        defendants: [d],
        sources: start ? [start, ev] : [ev],
        part: `h1E-${d}`,
        label: `Rule ${ev.e.rule} transfer or removal proceeding`,
      });
    }
  }
  for (const [key, start] of open) {
    const d = Number(key.split('|')[0]);
    const waitingFor = `completion of the Rule ${start.e.rule} proceeding`;
    addWindow(out, ctx, {
      kind: 'transferRemoval',
      from: start.day,
      to: OPEN,
      excludes: true,
      defendants: [d],
      sources: [start],
      part: `h1E-${d}`,
      label: `Rule ${start.e.rule} transfer or removal proceeding`,
      waitingFor,
    });
    openWindowWarning(ctx, start, 'the transfer or removal proceeding', waitingFor, [d]);
  }
}
