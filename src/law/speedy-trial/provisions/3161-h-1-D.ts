/**
 * 18 U.S.C. § 3161(h)(1)(D): pretrial motion ((h)(1)(F) from 1979 to 2008), and the windows of a motion.
 *
 * A motion's windows, (D) and then (H), follow the state machine of docs/speedy-trial.md, "Pretrial motions":
 *
 *   filed ─► [hearing held] ─► [post-hearing submissions] ─► E ─► under advisement (E + 1 … at most E + 30)
 *     └── no hearing ─► submissions complete = E ─────────────┘                 └─► ruled | withdrawn | moot
 *
 * (D) "delay resulting from any pretrial motion, from the filing of the motion through the conclusion of the
 * hearing on, or other prompt disposition of, such motion". Henderson v. United States, 476 U.S. 321 (1986):
 * all time from filing through the hearing is excluded whether or not reasonably necessary; then the time the
 * court awaits submissions it needs; then at most 30 days under advisement ((h)(1)(H)). United States v.
 * Tinklenberg, 563 U.S. 647 (2011): no showing that the motion delayed trial is needed.
 */

import type { EventOf } from '../../../case/events.ts';
import { type Ctx, cite, type Ev, eventsOf } from '../context.ts';
import { type Day, dayOf, describeDay, OPEN } from '../days.ts';
import type { FlagCode } from '../flags.ts';
import { addGap, boundOfUnknownWindow, settleByReading } from '../unknowns.ts';
import { addWindow, type Window, type WindowSpec } from '../window.ts';
import { ADVISEMENT_CAP_DAYS, advisementWindows } from './3161-h-1-H.ts';
import { exclusion, STA } from './provision.ts';

export const pretrialMotion = exclusion({
  kind: 'pretrialMotion',
  label: 'Pretrial motion',
  citation: `${STA} 3161(h)(1)(D)`,
  formerCitations: { '1975': '(h)(1)(E)', '1979-2008': '(h)(1)(F)' },
  aoCodes: [{ code: 'E', meaning: 'pretrial motions, filing to hearing or other prompt disposition' }],
  text: 'delay resulting from any pretrial motion, from the filing of the motion through the conclusion of the hearing on, or other prompt disposition of, such motion',
  automatic: true,
  period:
    'filing day through the end of the hearing, or through the last submission the court needs (Henderson); then (h)(1)(H)',
  inForce: { from: null, to: null },
  docketCites: { current: '1D', before2008: '1F' },
  parameters: [],
});

interface MotionState {
  filed: Ev<EventOf<'motionFiled'>>;
  hearings: Array<Ev<EventOf<'hearingHeld'>>>;
  advisement: Array<Ev<EventOf<'underAdvisement'>>>;
  decided?: Ev<EventOf<'motionDecided'>>;
  /** The amended motion that replaced this one. */
  supersededBy?: Ev<EventOf<'motionFiled'>>;
}

/** "AMENDED Joint MOTION for …", "Amended Motion to …", "First Amended MOTION …". */
const AMENDED = /^\W*(?:(?:First|Second|Third|\d+(?:st|nd|rd|th))\s+)?AMENDED\b[^.;]{0,40}?\bMOTION\b/i;

function gather(ctx: Ctx): Map<string, MotionState> {
  const motions = new Map<string, MotionState>();
  for (const ev of eventsOf(ctx, 'motionFiled'))
    motions.set(ev.e.id, { filed: ev, hearings: [], advisement: [] });
  for (const ev of eventsOf(ctx, 'hearingHeld')) {
    for (const id of ev.e.motions) motions.get(id)?.hearings.push(ev);
  }
  for (const ev of eventsOf(ctx, 'underAdvisement')) {
    for (const id of ev.e.matters) motions.get(id)?.advisement.push(ev);
  }
  for (const ev of eventsOf(ctx, 'motionDecided')) {
    const m = motions.get(ev.e.motion);
    if (m && !m.decided && ev.day >= m.filed.day) m.decided = ev;
  }
  // An amended motion replaces the motion of the same kind the same party filed before it and that is still
  // pending: the court decides the amended one (azd: "ORDER granting 5", the amended motion, never 4). Replacing
  // a motion withdraws it, and a motion withdrawn before its hearing ends its (h)(1)(D) window that day
  // (docs/speedy-trial.md, "Pretrial motions"): the original is pending from its filing to the amendment's, the amended one from then on.
  const list = [...motions.values()];
  for (const m of list) {
    if (!AMENDED.test(m.filed.e.title)) continue;
    const original = list
      .filter(
        (o) =>
          o !== m &&
          !o.supersededBy &&
          o.filed.e.motion === m.filed.e.motion &&
          o.filed.e.movant === m.filed.e.movant &&
          o.filed.e.defendants.some((d) => m.filed.e.defendants.includes(d)) &&
          (o.filed.day < m.filed.day || (o.filed.day === m.filed.day && o.filed.seq < m.filed.seq)) &&
          (!o.decided || o.decided.day >= m.filed.day),
      )
      .sort((a, b) => b.filed.day - a.filed.day || b.filed.seq - a.filed.seq)[0];
    if (original) original.supersededBy = m.filed;
  }
  return motions;
}

/** The windows of the pretrial motions: those filed, and those known only to be pending. */
export function motionWindows(ctx: Ctx): Window[] {
  const out: Window[] = [];
  const motions = gather(ctx);
  const sentenced = sentencingDays(ctx);
  for (const m of motions.values()) if (!afterJudgment(sentenced, m.filed)) motion(ctx, m, out);
  pendingMotions(ctx, out);
  return out;
}

/**
 * A motion that is no pretrial motion: one the importer typed as coming after judgment (forfeiture, Rule 35,
 * § 2255, supervised release …), or one filed after the day of the sentence of every defendant it concerns. After
 * judgment no Speedy Trial clock runs (§ 3161(c)(1) and (e) govern the time to trial; the sentence ends the case in
 * the district court), so such a motion excludes nothing and is never reported as an open pretrial motion.
 */
function afterJudgment(sentenced: ReadonlyMap<number, Day>, f: Ev<EventOf<'motionFiled'>>): boolean {
  if (f.e.motion === 'postJudgment') return true;
  return (
    f.e.defendants.length > 0 &&
    f.e.defendants.every((d) => {
      const day = sentenced.get(d);
      return day !== undefined && day < f.day;
    })
  );
}

/** Each defendant's first day of sentencing in the record (read once, not for every motion). */
function sentencingDays(ctx: Ctx): Map<number, Day> {
  const out = new Map<number, Day>();
  for (const x of ctx.events)
    if (x.e.kind === 'sentencing')
      for (const d of x.e.defendants) if (!out.has(d) || x.day < out.get(d)!) out.set(d, x.day);
  return out;
}

/**
 * Option motionEndpoints: whether the filing day and the ruling day of a (D) window are excluded. The default,
 * both, reads "from the filing of the motion through the conclusion of the hearing on, or other prompt
 * disposition of" (§ 3161(h)(1)(D)) as inclusive at both ends; the other values are the conventions some courts
 * use. Applied to the (D) window only; the trace names the option when it moves a day.
 */
function motionWindow(ctx: Ctx, out: Window[], spec: WindowSpec, endsAtRuling: boolean): void {
  const o = ctx.options.motionEndpoints;
  const dropFirst = o === 'filingDayCounted' || o === 'bothCounted';
  const dropLast = endsAtRuling && spec.to !== OPEN && (o === 'decisionDayCounted' || o === 'bothCounted');
  if (!dropFirst && !dropLast) {
    addWindow(out, ctx, spec);
    return;
  }
  const flags: FlagCode[] = [...(spec.flags ?? []), 'endpointAdjusted'];
  addWindow(out, ctx, {
    ...spec,
    from: dropFirst ? spec.from + 1 : spec.from,
    to: dropLast ? spec.to - 1 : spec.to,
    flags,
    note: `${spec.note ? `${spec.note} ` : ''}${[dropFirst ? 'the filing day' : '', dropLast ? 'the ruling day' : ''].filter(Boolean).join(' and ')} counted (option motionEndpoints=${o}).`,
  });
}

/**
 * A motion known only to be pending on a day (`motionPending`, from a minute entry or an opinion): that day is
 * excluded under (h)(1)(D) — from the filing day, when known, through the ruling, when a `motionDecided` names
 * it. The days between the last earlier event and that day, when the filing day is not known, are unknown: the
 * motion may have been filed on any of them. With no ruling in the record the days after it are unknown too —
 * the motion may have been decided the next day, or still be pending.
 */
function pendingMotions(ctx: Ctx, out: Window[]): void {
  const decisions = new Map<string, Ev<EventOf<'motionDecided'>>>();
  for (const d of eventsOf(ctx, 'motionDecided'))
    if (!decisions.has(d.e.motion)) decisions.set(d.e.motion, d);
  for (const ev of eventsOf(ctx, 'motionPending')) {
    const e = ev.e;
    const decided = decisions.get(e.id);
    const from = e.filedOn ? dayOf(e.filedOn) : ev.day;
    const to = decided ? decided.day : ev.day;
    motionWindow(
      ctx,
      out,
      {
        kind: 'pretrialMotion',
        from,
        to,
        excludes: true,
        defendants: e.defendants,
        sources: decided ? [ev, decided] : [ev],
        part: 'h1D',
        label: `Pretrial motion (known pending ${describeDay(ev.day)}): ${e.title}`,
        flags: e.filedOn ? [] : ['motionKnownPending'],
      },
      decided !== undefined,
    );
    if (!e.filedOn) {
      const before = [...ctx.events]
        .reverse()
        .find((x) => x.day < ev.day && x !== ev && x.e.defendants.some((d) => e.defendants.includes(d)));
      if (before && before.day + 1 <= ev.day - 1) {
        addGap(ctx, {
          id: `${e.id}#filed`,
          cause: 'motionPending',
          from: before.day + 1,
          to: ev.day - 1,
          sources: [before, ev],
          defendants: e.defendants,
          reason: `${cite(ctx, ev)}: "${e.title}" is known to be pending ${describeDay(ev.day)}, but not when it was filed — on any day after ${cite(ctx, before)}.`,
          settle: 'find the motion on the docket and record its filing (motionFiled)',
        });
      }
    }
    if (!decided) {
      addGap(ctx, {
        id: `${e.id}#after`,
        cause: 'motionPending',
        from: ev.day + 1,
        to: OPEN,
        sources: [ev],
        defendants: e.defendants,
        reason: `${cite(ctx, ev)}: "${e.title}" is known to be pending ${describeDay(ev.day)}; the record does not show when it was decided.`,
        settle: 'find the ruling on the motion and record it (motionDecided naming this event)',
      });
    }
  }
}

function motion(ctx: Ctx, m: MotionState, out: Window[]): void {
  const f = m.filed;
  const filed = f.day;
  const defendants = f.e.defendants;
  const label = `Pretrial motion: ${f.e.title}`;

  // Notice of intent to change plea (docs/speedy-trial.md, "Pretrial motions"): a motion only under option changeOfPleaNoticeAsMotion.
  if (f.e.motion === 'changeOfPlea' && !ctx.options.changeOfPleaNoticeAsMotion) {
    ctx.warnings.push({
      code: 'changeOfPleaNotice',
      severity: 'info',
      message: `${cite(ctx, f)}: a notice of intent to change plea is not treated as a pretrial motion (option changeOfPleaNoticeAsMotion=false); the Sixth Circuit (United States v. Jenkins) would exclude the time to the plea hearing.`,
      events: [f.e.id],
      defendants,
      date: f.e.date,
    });
    return;
  }

  const { end, endSources } = submissionsEnd(m);
  const decided = m.decided;
  const sources: Ev[] = [f, ...endSources, ...(decided ? [decided] : [])];
  const base = { defendants, sources };

  if (
    decided &&
    (decided.e.disposition === 'granted' || decided.e.disposition === 'grantedInPart') &&
    f.e.motion === 'extendTime' &&
    /\bindict/i.test(f.e.title)
  )
    extensionToIndict(ctx, f, decided);

  const amended = m.supersededBy;
  if (amended && (!decided || decided.day > amended.day) && (end === undefined || end >= amended.day)) {
    // Replaced by an amended motion before any hearing or ruling on it: pending from filing to the amendment;
    // the amended motion carries the pendency from then on.
    motionWindow(
      ctx,
      out,
      {
        ...base,
        sources: [f, amended],
        kind: 'pretrialMotion',
        from: filed,
        to: amended.day,
        excludes: true,
        part: 'h1D',
        label,
        note: `Replaced by the amended motion filed ${describeDay(amended.day)} (${cite(ctx, amended)}); its pendency ends that day.`,
      },
      false,
    );
    return;
  }

  if (decided && (end === undefined || decided.day <= end)) {
    // Ruled on, withdrawn or mooted before E: the (D) window ends that day.
    const flags = [] as Array<'submissionsDateUnknown'>;
    if (end === undefined && decided.day - filed > ADVISEMENT_CAP_DAYS) {
      flags.push('submissionsDateUnknown');
      ctx.warnings.push({
        code: 'submissionsDateUnknown',
        severity: 'warning',
        message: `${cite(ctx, f)}: "${f.e.title}" was decided ${describeDay(decided.day)}, ${decided.day - filed} days after filing, without a hearing; the record does not say when the court had every submission. Excluded through the ruling; if briefing closed earlier, only ${ADVISEMENT_CAP_DAYS} days after it are excludable (Henderson; § 3161(h)(1)(H)) — record an underAdvisement event to apply the cap.`,
        events: [f.e.id, decided.e.id],
        defendants,
        date: decided.e.date,
      });
    }
    motionWindow(
      ctx,
      out,
      {
        ...base,
        kind: 'pretrialMotion',
        from: filed,
        to: decided.day,
        excludes: true,
        part: 'h1D',
        label,
        flags,
      },
      true,
    );
    return;
  }

  if (end === undefined) {
    pendingWithoutEnd(ctx, out, f, base, label);
    return;
  }

  motionWindow(
    ctx,
    out,
    { ...base, kind: 'pretrialMotion', from: filed, to: end, excludes: true, part: 'h1D', label },
    false,
  );
  advisementWindows(ctx, out, { filed: f, decided, end, base });
}

/**
 * E: the end of the hearing (the last hearing day), or of post-hearing submissions, or the day the court took
 * the matter under advisement (it then had everything it needed); undefined when the record shows none.
 */
function submissionsEnd(m: MotionState): { end: Day | undefined; endSources: Ev[] } {
  let end: Day | undefined;
  const endSources: Ev[] = [];
  for (const h of m.hearings) {
    const last = h.e.lastDay ? dayOf(h.e.lastDay) : h.day;
    const subs = h.e.submissionsDue ? dayOf(h.e.submissionsDue) : undefined;
    const e = Math.max(last, subs ?? last);
    if (end === undefined || e > end) end = e;
    endSources.push(h);
  }
  for (const a of m.advisement) {
    if (end === undefined || a.day > end) end = a.day;
    endSources.push(a);
  }
  return { end, endSources };
}

/** A granted extension of time to indict whose window the docket line does not show. */
function extensionToIndict(
  ctx: Ctx,
  f: Ev<EventOf<'motionFiled'>>,
  decided: Ev<EventOf<'motionDecided'>>,
): void {
  const filed = f.day;
  const defendants = f.e.defendants;
  // The Act extends the § 3161(b) limit only by excludable delay (the (h) preamble), for an extension of time
  // to indict usually an (h)(7)(A) continuance with findings ((h)(7)(B)(iii)). The docket line of the order
  // rarely says for how long: the engine excludes the motion's pendency and asks for the order's window.
  ctx.warnings.push({
    code: 'extensionWindowNotOnDocket',
    severity: 'warning',
    message: `${cite(ctx, decided)}: granted "${f.e.title}", but the docket text does not say until when or on what findings time is excluded — the motion's pendency (${describeDay(filed)} to ${describeDay(decided.day)}) is excluded and the days after the order are unknown. The § 3161(b) limit is extended only by excludable delay, normally an ends-of-justice order with findings (§ 3161(h)(7)(A), (B)(iii)): read the order and record its window.`,
    events: [f.e.id, decided.e.id],
    defendants,
    date: decided.e.date,
  });
  // The court granted more time to indict: the order excluded some period after it, which the docket line does
  // not show. Those days are unknown — neither counted as if nothing were granted nor excluded without end —
  // until the charge is filed (the § 3161(b) clock then stops) or a later order speaks.
  const bound = boundOfUnknownWindow(ctx, decided, decided.day + 1);
  addGap(ctx, {
    id: `${decided.e.id}#extension`,
    cause: 'windowNotShown',
    from: decided.day + 1,
    to: bound.to,
    sources: bound.by ? [f, decided, bound.by] : [f, decided],
    defendants,
    reason: `${cite(ctx, decided)}: the order granting "${f.e.title}" extends the time to indict, but the docket text does not show until when time is excluded.`,
    settle: settleByReading(ctx, decided, 'order'),
  });
}

/** A motion pending with no hearing held, no submissions date and no ruling: how far it excludes. */
function pendingWithoutEnd(
  ctx: Ctx,
  out: Window[],
  f: Ev<EventOf<'motionFiled'>>,
  base: { defendants: readonly number[]; sources: Ev[] },
  label: string,
): void {
  const filed = f.day;
  const { defendants } = base;
  // Pending, no hearing held and no submissions date (Henderson). Henderson, 476 U.S. at 329–331: a motion
  // decided on the papers is excluded while the court awaits the submissions it needs, then for at most 30 days
  // under advisement ((h)(1)(H)) — never forever. In a complete record the briefing may really still be open,
  // so the window stays open, flagged. In a partial record the ruling may simply be missing: the 30 days after
  // the motion (the last filing the case file ties to it) are excluded, and the days after them are unknown.
  const waitingFor = 'the hearing, the close of briefing (underAdvisement) or a ruling';
  if (!ctx.coverage.complete) {
    const capEnd = filed + ADVISEMENT_CAP_DAYS;
    motionWindow(
      ctx,
      out,
      {
        ...base,
        kind: 'pretrialMotion',
        from: filed,
        to: capEnd,
        excludes: true,
        part: 'h1D',
        label,
        flags: ['pendingNoDecision'],
        note: `No ruling in this partial record: excluded from the filing through ${describeDay(capEnd)}, ${ADVISEMENT_CAP_DAYS} days later (§ 3161(h)(1)(H); Henderson); the days after are unknown.`,
      },
      false,
    );
    addGap(ctx, {
      id: `${f.e.id}#open`,
      cause: 'openMotion',
      from: capEnd + 1,
      to: OPEN,
      sources: [f],
      defendants,
      reason: `${cite(ctx, f)}: "${f.e.title}" has no ruling, hearing or close of briefing in this partial record; past ${ADVISEMENT_CAP_DAYS} days after the filing (${describeDay(capEnd)}) it is excludable only if the court was still awaiting submissions (Henderson), and the ruling may simply be missing from the record.`,
      settle:
        'find the ruling, or the day briefing closed (record an underAdvisement event), on the full docket',
    });
    ctx.warnings.push({
      code: 'openMotionNoDecision',
      severity: 'warning',
      message: `${cite(ctx, f)}: "${f.e.title}" is pending with no decision in this partial record: excluded through ${describeDay(capEnd)} (${ADVISEMENT_CAP_DAYS} days after filing), unknown after — find the ruling or when briefing closed.`,
      events: [f.e.id],
      defendants,
      date: f.e.date,
    });
    return;
  }
  motionWindow(
    ctx,
    out,
    {
      ...base,
      kind: 'pretrialMotion',
      from: filed,
      to: OPEN,
      excludes: true,
      part: 'h1D',
      label,
      waitingFor,
      flags: ['pendingNoDecision'],
    },
    false,
  );
  ctx.warnings.push({
    code: 'openWindow',
    severity: 'warning',
    message: `${cite(ctx, f)}: "${f.e.title}" is pending with no hearing held and no date when briefing closed — the clock is stopped and the last day cannot be computed until ${waitingFor}. An open motion does not exclude time forever: once the court has every submission, at most ${ADVISEMENT_CAP_DAYS} days under advisement are excludable (§ 3161(h)(1)(H); Henderson v. United States, 476 U.S. 321 (1986)).`,
    events: [f.e.id],
    defendants,
    date: f.e.date,
  });
  return;
}
