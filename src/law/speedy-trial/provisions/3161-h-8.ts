/**
 * 18 U.S.C. § 3161(h)(8): evidence sought from a foreign country ((h)(9) from 1979 to 2008).
 */

import type { EventOf } from '../../../case/events.ts';
import { type Ctx, cite, type Ev } from '../context.ts';
import { addOneYear } from '../days.ts';
import { addWindow, type Window } from '../window.ts';
import { type OrderWindows, proceedingPeriod } from '../window-terms.ts';
import { exclusion, STA } from './provision.ts';

/** "not to exceed one year". */
export const FOREIGN_EVIDENCE_CAP_YEARS = 1;

export const foreignEvidence = exclusion({
  kind: 'foreignEvidence',
  label: 'Evidence sought from a foreign country',
  citation: `${STA} 3161(h)(8)`,
  formerCitations: { '1975': null, '1979-2008': '(h)(9)' },
  aoCodes: [],
  text: 'Any period of delay, not to exceed one year, ordered by a district court upon an application of a party and a finding by a preponderance of the evidence that an official request, as defined in section 3292 of this title, has been made for evidence of any such offense and that it reasonably appears, or reasonably appeared at the time the request was made, that such evidence is, or was, in such foreign country',
  automatic: false,
  period: 'the period the order names, at most one year',
  inForce: { from: '1984-10-12', to: null },
  docketCites: { current: '8', before2008: '9' },
  parameters: [
    {
      name: 'capYears',
      value: FOREIGN_EVIDENCE_CAP_YEARS,
      unit: 'years',
      words: 'not to exceed one year',
      from: '1984-10-12',
    },
  ],
});

/**
 * A request for foreign evidence (a `proceeding` event) excludes nothing by itself: (h)(8) excludes only a delay
 * "ordered by a district court upon an application of a party and a finding". Its days are covered, counted
 * and flagged until the order is recorded.
 */
export function foreignEvidenceRequestWindows(ctx: Ctx, ev: Ev<EventOf<'proceeding'>>, out: Window[]): void {
  const e = ev.e;
  const { from, to, base } = proceedingPeriod(ev);
  addWindow(out, ctx, {
    ...base,
    kind: 'foreignEvidence',
    from,
    to,
    excludes: false,
    part: 'h8-request',
    flags: ['orderRequired'],
  });
  ctx.warnings.push({
    code: 'orderRequired',
    severity: 'warning',
    message: `${cite(ctx, ev)}: a request for foreign evidence excludes time only by an order on a party’s application with a finding (§ 3161(h)(8)); record the order as a timeExclusion with basis foreignEvidence. Counted until then.`,
    events: [e.id],
    defendants: e.defendants,
    date: e.date,
  });
}

/** An order excluding time for foreign evidence: "not to exceed one year"; the days after it are counted. */
export const foreignEvidenceOrderWindows: OrderWindows = (ctx, o, out) => {
  const { ev, from, to, flags, base, aoCode } = o;
  const lastOfYear = addOneYear(from) - 1;
  addWindow(out, ctx, {
    ...base,
    kind: ev.e.basis,
    from,
    to: Math.min(to, lastOfYear),
    excludes: true,
    part: 'h8',
    flags,
    aoCode,
  });
  addWindow(out, ctx, {
    ...base,
    kind: ev.e.basis,
    from: lastOfYear + 1,
    to,
    excludes: false,
    part: 'h8-over',
    flags: [...flags, 'foreignEvidenceCapExceeded'],
    aoCode,
  });
};
