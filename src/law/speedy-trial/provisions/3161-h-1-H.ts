/**
 * 18 U.S.C. § 3161(h)(1)(H): under advisement ((h)(1)(J) from 1979 to 2008).
 */

import type { EventOf } from '../../../case/events.ts';
import { type Ctx, cite, type Ev } from '../context.ts';
import { type Day, describeDay, OPEN } from '../days.ts';
import { addWindow, type Window } from '../window.ts';
import type { OrderWindows } from '../window-terms.ts';
import { exclusion, STA } from './provision.ts';

/** "not to exceed thirty days": the days under advisement the period may last. */
export const ADVISEMENT_CAP_DAYS = 30;

export const underAdvisement = exclusion({
  kind: 'underAdvisement',
  label: 'Under advisement',
  citation: `${STA} 3161(h)(1)(H)`,
  formerCitations: { '1975': '(h)(1)(G)', '1979-2008': '(h)(1)(J)' },
  aoCodes: [{ code: 'G', meaning: `proceeding under advisement, at most ${ADVISEMENT_CAP_DAYS} days` }],
  text: 'delay reasonably attributable to any period, not to exceed thirty days, during which any proceeding concerning the defendant is actually under advisement by the court',
  automatic: true,
  period: 'from the day after the court has everything it needs, at most 30 days per matter',
  inForce: { from: null, to: null },
  docketCites: { current: '1H', before2008: '1J' },
  parameters: [
    {
      name: 'capDays',
      value: ADVISEMENT_CAP_DAYS,
      unit: 'days',
      words: 'not to exceed thirty days',
      from: null,
    },
  ],
});

/**
 * A motion under advisement (docs/speedy-trial.md, "Pretrial motions"): once the court has everything it needs
 * (E: the end of the hearing or of the submissions it ordered), the days from E + 1 are excluded for at most
 * thirty days, through the ruling; the days beyond are counted and flagged (Henderson).
 */
export function advisementWindows(
  ctx: Ctx,
  out: Window[],
  m: {
    filed: Ev<EventOf<'motionFiled'>>;
    decided: Ev<EventOf<'motionDecided'>> | undefined;
    end: Day;
    base: { defendants: readonly number[]; sources: Ev[] };
  },
): void {
  const { filed: f, decided, end, base } = m;
  const { defendants } = base;
  const capEnd = end + ADVISEMENT_CAP_DAYS;
  const ruling = decided?.day;
  const pending = ruling === undefined;
  addWindow(out, ctx, {
    ...base,
    kind: 'underAdvisement',
    from: end + 1,
    to: pending ? capEnd : Math.min(capEnd, ruling),
    excludes: true,
    part: 'h1H',
    label: `Under advisement: ${f.e.title}`,
    flags: pending ? ['pendingNotDecided', 'pendingNoDecision'] : [],
  });
  if (pending || ruling > capEnd) {
    addWindow(out, ctx, {
      ...base,
      kind: 'underAdvisement',
      from: capEnd + 1,
      to: pending ? OPEN : ruling,
      excludes: false,
      part: 'h1H-over',
      label: `Under advisement beyond ${ADVISEMENT_CAP_DAYS} days: ${f.e.title}`,
      flags: ['underAdvisementCapExceeded'],
    });
    if (!pending || capEnd < ctx.asOf) {
      ctx.warnings.push({
        code: 'underAdvisementCapExceeded',
        severity: 'info',
        message: `${cite(ctx, f)}: "${f.e.title}" was under advisement more than ${ADVISEMENT_CAP_DAYS} days (from ${describeDay(end + 1)}${pending ? ', still undecided' : ` to ${describeDay(ruling)}`}); days after ${describeDay(capEnd)} are counted (§ 3161(h)(1)(H); Henderson).`,
        events: [f.e.id, ...(decided ? [decided.e.id] : [])],
        defendants,
        date: f.e.date,
      });
    }
  }
}

/** An order excluding time under advisement: "not to exceed thirty days" from the first day it names. */
export const advisementOrderWindows: OrderWindows = (ctx, o, out) => {
  const { ev, from, to, flags, base, aoCode } = o;
  const capEnd = from + ADVISEMENT_CAP_DAYS - 1;
  addWindow(out, ctx, {
    ...base,
    kind: ev.e.basis,
    from,
    to: Math.min(to, capEnd),
    excludes: true,
    part: 'h1H',
    flags,
    aoCode,
  });
  addWindow(out, ctx, {
    ...base,
    kind: ev.e.basis,
    from: capEnd + 1,
    to,
    excludes: false,
    part: 'h1H-over',
    flags: [...flags, 'underAdvisementCapExceeded'],
    aoCode,
  });
};
