/**
 * Orders that exclude time: `timeExclusion` (an order excluding a period under a named basis, sent to the
 * provision module of that basis), `continuance` (excludes time only as an ends-of-justice continuance with
 * findings, `provisions/3161-h-7.ts`) and `excludableFinding` (the court's own finding). A "waiver" of speedy
 * trial is recorded and has no effect.
 */
import type { EventOf, ExclusionKind } from '../../../case/events.ts';
import { type Ctx, cite, type Ev, eventsOf } from '../context.ts';
import { type Day, dayOf, describeDay, OPEN } from '../days.ts';
import type { FlagCode } from '../flags.ts';
import { otherProceedingOrderWindows } from '../provisions/3161-h-1.ts';
import { transportationOrderWindows } from '../provisions/3161-h-1-F.ts';
import { advisementOrderWindows } from '../provisions/3161-h-1-H.ts';
import { deferredProsecutionOrderWindows } from '../provisions/3161-h-2.ts';
import { absenceOrderWindows } from '../provisions/3161-h-3.ts';
import { codefendantOrderWindows } from '../provisions/3161-h-6.ts';
import { continuanceWindows, endsOfJusticeOrderWindows } from '../provisions/3161-h-7.ts';
import { foreignEvidenceOrderWindows } from '../provisions/3161-h-8.ts';
import { naraExamOrderWindows } from '../provisions/former-3161-h-1-B.ts';
import { naraDeferralOrderWindows } from '../provisions/former-3161-h-1-C.ts';
import { naraTreatmentOrderWindows } from '../provisions/former-3161-h-5.ts';
import { AO_CODES, EXCLUSION_RULES, STA } from '../rules.ts';
import { addWindow, openWindowWarning, type Window } from '../window.ts';
import {
  applyEndpoints,
  type OrderWindows,
  resolveOpenEnd,
  unknownOrder,
  WINDOW_FIELDS,
} from '../window-terms.ts';

/**
 * The provision module that turns an order on each basis into windows; an order on any other basis excludes
 * the period it names.
 */
const ORDER_WINDOWS: Partial<Record<ExclusionKind, OrderWindows>> = {
  endsOfJustice: endsOfJusticeOrderWindows,
  underAdvisement: advisementOrderWindows,
  transportation: transportationOrderWindows,
  foreignEvidence: foreignEvidenceOrderWindows,
  naraExam: naraExamOrderWindows,
  naraDeferral: naraDeferralOrderWindows,
  naraTreatment: naraTreatmentOrderWindows,
  codefendant: codefendantOrderWindows,
  absenceUnavailability: absenceOrderWindows,
  deferredProsecution: deferredProsecutionOrderWindows,
  otherProceeding: otherProceedingOrderWindows,
};

function checkAoCode(ctx: Ctx, ev: Ev<EventOf<'timeExclusion'>>, flags: FlagCode[]): void {
  const code = ev.e.aoCode;
  if (!code) return;
  const known = AO_CODES[code];
  if (!known) {
    flags.push('unknownExclusionCode');
    ctx.warnings.push({
      code: 'unknownExclusionCode',
      severity: 'warning',
      message: `${cite(ctx, ev)}: excludable-delay code "${code}" is not on the AO's national list; the exclusion is applied with low confidence — confirm it against the order.`,
      events: [ev.e.id],
      defendants: ev.e.defendants,
      date: ev.e.date,
    });
  } else if (known.kind !== ev.e.basis) {
    flags.push('aoCodeMismatch');
    ctx.warnings.push({
      code: 'aoCodeMismatch',
      severity: 'warning',
      message: `${cite(ctx, ev)}: code ${code} (${known.meaning}) does not match the recorded basis (${EXCLUSION_RULES[ev.e.basis].label}); confirm which the order means.`,
      events: [ev.e.id],
      defendants: ev.e.defendants,
      date: ev.e.date,
    });
  }
}

/** An order excluding time under a named basis (`timeExclusion`). */
function timeExclusion(ctx: Ctx, ev: Ev<EventOf<'timeExclusion'>>, out: Window[]): void {
  const e = ev.e;
  const flags: FlagCode[] = [];
  const unknownFields = new Set(e.unknown?.fields ?? []);
  if ([...unknownFields].some((f) => WINDOW_FIELDS.has(f))) {
    const statedTo =
      unknownFields.has('window') || unknownFields.has('end') || e.to === null ? null : dayOf(e.to);
    unknownOrder(ctx, ev, dayOf(e.from), statedTo, 'window');
    return;
  }
  if (unknownFields.has('basis') || (unknownFields.has('findings') && e.basis === 'endsOfJustice')) {
    const to = e.to === null ? null : dayOf(e.to);
    unknownOrder(ctx, ev, dayOf(e.from), to, unknownFields.has('basis') ? 'basis' : 'findings');
    return;
  }
  checkAoCode(ctx, ev, flags);
  const fromRaw = dayOf(e.from);
  let toRaw: Day;
  let waitingFor: string | undefined;
  const sources: Ev[] = [ev];
  if (e.to !== null) toRaw = dayOf(e.to);
  else {
    const r = resolveOpenEnd(ctx, ev, fromRaw, e.until, e.closedBy);
    toRaw = r.to;
    waitingFor = r.waitingFor;
    if (r.closer) sources.push(r.closer);
  }
  const ends = applyEndpoints(ctx, fromRaw, toRaw);
  if (ends.adjusted) flags.push('endpointAdjusted');
  const { from, to } = ends;
  const base = {
    defendants: e.defendants,
    sources,
    ...(e.citedAs ? { citedAs: e.citedAs } : {}),
    ...(waitingFor ? { waitingFor } : {}),
  };
  const aoCode = e.aoCode ?? ctx.rules[e.basis].aoCode;
  if (to === OPEN && waitingFor)
    openWindowWarning(ctx, ev, `the exclusion from ${describeDay(from)}`, waitingFor);

  const windows = ORDER_WINDOWS[e.basis];
  if (windows) windows(ctx, { ev, from, to, flags, base, aoCode }, out);
  else
    addWindow(out, ctx, { ...base, kind: e.basis, from, to, excludes: true, part: 'order', flags, aoCode });
}

/**
 * The court's finding that a day or period is excludable under a named subsection (`excludableFinding`): the
 * court has decided the point, so the days are excluded as found — no cap, presumption or findings check of the
 * engine's own replaces the court's ruling. The citation is the court's.
 */
function excludableFinding(ctx: Ctx, ev: Ev<EventOf<'excludableFinding'>>, out: Window[]): void {
  const e = ev.e;
  addWindow(out, ctx, {
    kind: e.basis,
    from: dayOf(e.from),
    to: dayOf(e.to),
    excludes: true,
    defendants: e.defendants,
    sources: [ev],
    part: 'finding',
    label: `Court finding: ${EXCLUSION_RULES[e.basis].label}`,
    citation: `${STA} ${e.citedAs.replace(/^(?:18 U\.S\.C\.\s*)?§*\s*/, '')}`,
    citedAs: e.citedAs,
    flags: ['courtFinding'],
    note: `The court found these days excludable under ${e.citedAs}${e.finding ? `: "${e.finding}"` : ''}.`,
  });
}

/** The windows of the orders that exclude time or continue the case. */
export function orderWindows(ctx: Ctx): Window[] {
  const out: Window[] = [];
  for (const ev of eventsOf(ctx, 'timeExclusion')) timeExclusion(ctx, ev, out);
  for (const ev of eventsOf(ctx, 'excludableFinding')) excludableFinding(ctx, ev, out);
  // One order, one exclusion: when the docket entry that continues the trial also excludes time ("Jury Trial
  // continued to 2/18/2014 … The time between today's date and the anticipated trial is excluded"), the
  // exclusion it states governs — its window and its findings (§ 3161(h)(7)(A); Zedner) — and the continuance
  // adds no second, inferred window of its own.
  const entryOf = (ev: Ev) => (ev.e.provenance.source === 'docket' ? ev.e.provenance.entry : null);
  const excludedBy = new Set<string>();
  for (const ev of eventsOf(ctx, 'timeExclusion')) {
    const entry = entryOf(ev);
    if (entry) for (const d of ev.e.defendants) excludedBy.add(`${entry}|${d}`);
  }
  for (const ev of eventsOf(ctx, 'continuance')) {
    const entry = entryOf(ev);
    if (entry && ev.e.defendants.every((d) => excludedBy.has(`${entry}|${d}`))) continue;
    continuanceWindows(ctx, ev, out);
  }
  // Zedner, 547 U.S. at 500–503: the Act cannot be waived prospectively; a waiver is not an exclusion.
  for (const ev of eventsOf(ctx, 'speedyTrialWaiver')) {
    ctx.warnings.push({
      code: 'waiverNoEffect',
      severity: 'warning',
      message: `${cite(ctx, ev)}: a "waiver" of speedy trial has no effect on the clock — a defendant cannot waive the Act prospectively; time is excluded only by a continuance with ends-of-justice findings (Zedner v. United States, 547 U.S. 489 (2006)).`,
      events: [ev.e.id],
      defendants: ev.e.defendants,
      date: ev.e.date,
    });
  }
  return out;
}
