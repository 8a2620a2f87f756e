/**
 * Which clocks a defendant has, when each starts and ends (docs/speedy-trial.md, "The clocks"): the § 3161(b) indictment clock, the
 * § 3161(c)(1) trial clock and the clocks that replace or resume it ((d)(1), (d)(2), (e), (h)(5), (i), (k),
 * superseding indictments), and the § 3164 detention clock. Days are counted elsewhere (`count.ts`).
 */
import type { EventOf } from '../../case/events.ts';
import type { CaseFile } from '../../case/record.ts';
import { type Ctx, cite, type DraftWarning, type Ev, eventsOf, isKnown, refOf } from './context.ts';
import type { Cover } from './count.ts';
import { type Day, dayOf, describeDay, isoOf, OPEN } from './days.ts';
import type { EventRef } from './result.ts';
import { LIMITS, type REMEDIES, STA } from './rules.ts';
import { addGap } from './unknowns.ts';
import { makeWindow } from './window.ts';

export type ClockKind = 'indictment' | 'trial' | 'detention';
export type TrialOrigin = 'c1' | 'd1' | 'newCharges' | 'd2' | 'eMistrial' | 'eAppeal' | 'i' | 'k';

export interface Component {
  what:
    | 'chargeFiled'
    | 'chargePublic'
    | 'firstAppearance'
    | 'codefendantTrigger'
    | 'arrest'
    | 'summons'
    | 'detention'
    | 'becameFinal'
    | 'reappearance'
    | 'courtFound';
  date: string | null;
  text: string;
  defendant?: number;
  source?: EventRef;
}

export interface ClockDraft {
  id: string;
  kind: ClockKind;
  defendant: number;
  title: string;
  citation: string;
  origin: TrialOrigin | 'indictment' | 'detention';
  limit: { days: number; citation: string; text: string };
  instrument?: Ev;
  ownTrigger: Day | null;
  ownText: string;
  components: Component[];
  /** Day 0, after the joint start (set by the engine). */
  trigger: Day | null;
  triggerText: string;
  end: { day: Day; reason: string; text: string; evs: Ev[] } | null;
  suspended: boolean;
  extraCovers: Cover[];
  charges?: string[];
  jointEligible: boolean;
  remedy: keyof typeof REMEDIES;
  current: boolean;
  notes: string[];
}

const TRIAL_TITLE: Record<TrialOrigin, { title: string; citation: string }> = {
  c1: { title: 'Trial clock', citation: `${STA} 3161(c)(1)` },
  d1: {
    title: 'Trial clock after re-charge (dismissal on the defendant’s motion)',
    citation: `${STA} 3161(d)(1)`,
  },
  newCharges: {
    title: 'Trial clock for charges added by a superseding indictment',
    citation: `${STA} 3161(c)(1)`,
  },
  d2: { title: 'Trial clock after reinstatement on appeal', citation: `${STA} 3161(d)(2)` },
  eMistrial: { title: 'Retrial clock after a mistrial or new-trial order', citation: `${STA} 3161(e)` },
  eAppeal: { title: 'Retrial clock after an appeal or collateral attack', citation: `${STA} 3161(e)` },
  i: { title: 'Trial clock after a withdrawn plea', citation: `${STA} 3161(i)` },
  k: { title: 'Trial clock after absence on the trial day', citation: `${STA} 3161(k)(1)` },
};

const CHARGING = new Set(['indictment', 'information', 'supersedingIndictment']);

/**
 * Appearances before a judicial officer of the charging court (option rule5Appearance). A plea is entered in
 * open court before the judge (Fed. R. Crim. P. 10, 11(b)(1)): it implies an appearance that day, so a plea with
 * no appearance recorded before it starts the (c)(1) clock that day at the latest.
 */
export function appearanceDays(ctx: Ctx, evs: readonly Ev[]): Array<Ev> {
  const any = ctx.options.rule5Appearance === 'anyFederalAppearance';
  return evs.filter(
    (ev) =>
      ev.e.kind === 'arraignment' ||
      ev.e.kind === 'plea' ||
      (ev.e.kind === 'initialAppearance' && (any || (ev.e.district === ctx.court && !ev.e.rule5c3))),
  );
}

const appearanceWord = (ev: Ev): string =>
  ev.e.kind === 'plea' ? 'appearance implied by the plea entered' : 'first appearance';

function publicDay(ctx: Ctx, instrument: Ev): { day: Day | null; ev: Ev | null } {
  const e = instrument.e;
  if (!CHARGING.has(e.kind) || !('sealed' in e) || !e.sealed) return { day: instrument.day, ev: instrument };
  const unsealing = eventsOf(ctx, 'unsealing').find((u) => u.e.instrument === e.id);
  return unsealing ? { day: unsealing.day, ev: unsealing } : { day: null, ev: null };
}

const instrumentName = (ev: Ev): string =>
  ev.e.kind === 'supersedingIndictment'
    ? `superseding indictment ${ev.e.designation}`
    : ev.e.kind === 'information'
      ? 'information'
      : 'indictment';

/**
 * § 3161(c)(1): "from the filing date (and making public) of the information or indictment, or from the date the
 * defendant has appeared before a judicial officer of the court in which such charge is pending, whichever date
 * last occurs". A sealed instrument counts from its unsealing; an appearance before the charge (on the
 * complaint) is earlier, so the charge's date is then the later one.
 */
export function chargeTrigger(ctx: Ctx, draft: ClockDraft, instrument: Ev, appearances: readonly Ev[]): void {
  const pub = publicDay(ctx, instrument);
  const first = appearances[0];
  const name = instrumentName(instrument);
  draft.components = [
    {
      what: pub.ev === instrument ? 'chargeFiled' : 'chargePublic',
      date: pub.day === null ? null : isoOf(pub.day),
      text:
        pub.day === null
          ? `${name} filed ${describeDay(instrument.day)} under seal; not yet made public`
          : pub.ev === instrument
            ? `${name} filed and public ${describeDay(pub.day)} (${cite(ctx, instrument)})`
            : `${name} filed under seal ${describeDay(instrument.day)}, made public ${describeDay(pub.day)} (${cite(ctx, pub.ev!)})`,
      source: refOf(ctx, pub.ev ?? instrument),
    },
    {
      what: 'firstAppearance',
      date: first ? isoOf(first.day) : null,
      text: first
        ? `${appearanceWord(first)} before a judicial officer of the charging court ${describeDay(first.day)} (${cite(ctx, first)})`
        : 'no appearance before a judicial officer of the charging court yet',
      ...(first ? { source: refOf(ctx, first) } : {}),
    },
  ];
  if (pub.day === null || !first) {
    draft.ownTrigger = null;
    draft.ownText =
      pub.day === null
        ? `waiting for the ${name} to be made public`
        : 'waiting for the first appearance in the charging court';
    return;
  }
  draft.ownTrigger = Math.max(pub.day, first.day);
  draft.ownText =
    pub.day >= first.day
      ? `the ${name} ${pub.ev === instrument ? 'filed and made public' : 'made public'} ${describeDay(pub.day)} (later than the first appearance, ${describeDay(first.day)})`
      : `the ${appearanceWord(first)} in the charging court ${describeDay(first.day)} (later than the ${name}, ${describeDay(pub.day)})`;
}

function newDraft(
  kind: ClockKind,
  defendant: number,
  id: string,
  origin: ClockDraft['origin'],
  title: string,
  citation: string,
  limit: ClockDraft['limit'],
  remedy: ClockDraft['remedy'],
): ClockDraft {
  return {
    id,
    kind,
    defendant,
    title,
    citation,
    origin,
    limit,
    ownTrigger: null,
    ownText: '',
    components: [],
    trigger: null,
    triggerText: '',
    end: null,
    suspended: false,
    extraCovers: [],
    jointEligible: false,
    remedy,
    current: false,
    notes: [],
  };
}

const JURY_RANK = { voirDireBegins: 0, jurySworn: 1, openingStatements: 2, firstEvidence: 3 } as const;
const BENCH_RANK = { voirDireBegins: -1, jurySworn: -1, openingStatements: 0, firstEvidence: 1 } as const;

/** Option trialCommencement / benchTrialCommencement (docs/speedy-trial.md, "What stops, replaces or tolls it"): does this milestone start the trial? */
function commences(ctx: Ctx, ev: Ev<EventOf<'trialStart'>>): boolean {
  const { trialType, milestone } = ev.e;
  return trialType === 'jury'
    ? JURY_RANK[milestone] >= JURY_RANK[ctx.options.trialCommencement]
    : BENCH_RANK[milestone] >= BENCH_RANK[ctx.options.benchTrialCommencement];
}

/** The § 3174 suspension covering a charge filed on `day` in the case's district, if any. */
function emergencyFor(ctx: Ctx, day: Day) {
  return ctx.options.judicialEmergencies.find(
    (j) => j.district === ctx.court && dayOf(j.from) <= day && day <= dayOf(j.to),
  );
}

function trialLimit(ctx: Ctx, instrument: Ev | undefined): ClockDraft['limit'] {
  const emergency = instrument ? emergencyFor(ctx, instrument.day) : undefined;
  if (emergency) {
    return {
      days: emergency.trialLimitDays,
      citation: LIMITS.judicialEmergency.citation,
      text: `§ 3174 judicial emergency in ${emergency.district} (${emergency.from} to ${emergency.to}; ${emergency.citation}): for cases charged in that window the (c) limit is ${emergency.trialLimitDays} days. ${LIMITS.judicialEmergency.text}`,
    };
  }
  return { days: LIMITS.trial.days, citation: LIMITS.trial.citation, text: LIMITS.trial.text };
}

/** What reading one defendant's events in date order has built so far: his trial clocks and which of them run. */
interface TrialState {
  ctx: Ctx;
  defendant: number;
  appearances: readonly Ev[];
  countsById: ReadonlyMap<string, CaseFile['counts'][number]>;
  drafts: ClockDraft[];
  /** The clock that runs now, if any. */
  current: ClockDraft | null;
  /** Clocks of new charges running beside it (option supersedingNewCharges=newTriggerForNewCharges). */
  parallel: ClockDraft[];
  /** The clock stopped by a dismissal on the Government's (or the court's) motion, until a new charge resumes it. */
  govDismissal: { ev: Ev; clock: ClockDraft } | null;
  voirDire: Ev | null;
  /** The statutes charged so far, to tell new charges from the same ones. */
  sections: Set<string>;
  warnings: DraftWarning[];
}

function warnTrial(s: TrialState, w: Omit<DraftWarning, 'defendants'>): void {
  s.warnings.push({ ...w, defendants: [s.defendant] });
}

/** Stop every running clock on `day`. */
function endAll(s: TrialState, day: Day, reason: string, text: string, ev: Ev): void {
  for (const c of [s.current, ...s.parallel]) {
    if (c && !c.end) c.end = { day, reason, text, evs: [ev] };
  }
}

/** A new trial clock of the defendant, added to his list. */
function startTrial(
  s: TrialState,
  origin: TrialOrigin,
  instrument: Ev | undefined,
  limit: ClockDraft['limit'],
): ClockDraft {
  const t = TRIAL_TITLE[origin];
  const d = newDraft(
    'trial',
    s.defendant,
    s.drafts.length === 0 ? 'trial' : `trial-${s.drafts.length + 1}`,
    origin,
    t.title,
    t.citation,
    limit,
    'dismissal',
  );
  if (instrument) d.instrument = instrument;
  d.jointEligible = origin === 'c1' || origin === 'd1' || origin === 'newCharges';
  s.drafts.push(d);
  return d;
}

/** Make `d` the one clock that runs from now on (none: null). */
function replaceWith(s: TrialState, d: ClockDraft | null): void {
  s.current = d;
  s.parallel = [];
}

/** A clock whose day 0 an event fixes (§ 3161(d)(2), (e), (i), (k)), not the charge and appearance. */
function fixedTrigger(
  ctx: Ctx,
  d: ClockDraft,
  day: Day | null,
  what: Component['what'],
  text: string,
  ev: Ev,
): void {
  d.ownTrigger = day;
  d.ownText = day === null ? `waiting for: ${text}` : text;
  d.components = [{ what, date: day === null ? null : isoOf(day), text, source: refOf(ctx, ev) }];
}

/** The trial clocks of one defendant, in the order they arise, and the warnings reading them gave. */
export function trialDrafts(
  ctx: Ctx,
  defendant: number,
  evs: readonly Ev[],
): { drafts: ClockDraft[]; warnings: DraftWarning[] } {
  const s: TrialState = {
    ctx,
    defendant,
    appearances: appearanceDays(ctx, evs),
    countsById: new Map(ctx.file.counts.map((c) => [c.id, c])),
    drafts: [],
    current: null,
    parallel: [],
    govDismissal: null,
    voirDire: null,
    sections: new Set(),
    warnings: [],
  };
  for (const ev of evs) readTrialEvent(s, ev);
  return { drafts: finishTrialDrafts(s), warnings: s.warnings };
}

function readTrialEvent(s: TrialState, ev: Ev): void {
  const e = ev.e;
  if (CHARGING.has(e.kind) && 'counts' in e) {
    charged(s, ev, e.counts as string[]);
    return;
  }
  switch (e.kind) {
    case 'dismissal':
      dismissed(s, ev as Ev<EventOf<'dismissal'>>);
      break;
    case 'plea':
      if (e.plea === 'guilty' || e.plea === 'noloContendere') {
        endAll(
          s,
          ev.day,
          'guiltyPlea',
          `Plea of ${e.plea === 'guilty' ? 'guilty' : 'nolo contendere'} ${describeDay(ev.day)}: the trial clock stops.`,
          ev,
        );
      }
      break;
    case 'sentencing':
      sentenced(s, ev);
      break;
    case 'trialStart':
      trialStarted(s, ev as Ev<EventOf<'trialStart'>>);
      break;
    case 'pleaWithdrawn':
      pleaWithdrawn(s, ev as Ev<EventOf<'pleaWithdrawn'>>);
      break;
    case 'clockRestart':
      if (e.basis === 'reappearanceAfterAbsence') reappeared(s, ev as Ev<EventOf<'clockRestart'>>);
      else restarted(s, ev as Ev<EventOf<'clockRestart'>>);
      break;
    default:
      break;
  }
}

/**
 * An indictment, information or superseding indictment naming the defendant: starts his clock, or resumes the
 * one a Government dismissal stopped (§ 3161(h)(5)), or — on a running clock — adds charges to it.
 */
function charged(s: TrialState, ev: Ev, countIds: readonly string[]): void {
  const { ctx } = s;
  const mine = countIds
    .map((id) => s.countsById.get(id))
    .filter((c) => c !== undefined && c.defendant === s.defendant);
  const secOf = (c: (typeof mine)[number]) =>
    (c?.statute?.section ?? c?.statute?.citation ?? c?.text ?? '').trim();
  const added = mine.filter((c) => !s.sections.has(secOf(c)));
  if (s.current && !s.current.end) {
    // Same or required-joinder charges keep the original trigger (docs/speedy-trial.md, "What stops, replaces or tolls it").
    if (added.length > 0 && s.sections.size > 0) supersedingNewCharges(s, ev, added);
  } else if (s.govDismissal) {
    resumeAfterDismissal(s, ev, s.govDismissal);
  } else {
    const origin: TrialOrigin = s.drafts.some((d) => d.origin === 'c1' || d.origin === 'd1') ? 'd1' : 'c1';
    replaceWith(s, startTrial(s, origin, ev, trialLimit(ctx, ev)));
  }
  for (const c of mine) s.sections.add(secOf(c));
}

/** A superseding instrument that adds new charges to a running clock: kept on it, or a clock of their own. */
function supersedingNewCharges(
  s: TrialState,
  ev: Ev,
  added: ReadonlyArray<CaseFile['counts'][number] | undefined>,
): void {
  const { ctx } = s;
  const e = ev.e;
  const numbers = added.map((c) => c!.number);
  warnTrial(s, {
    code: 'supersedingNewCharges',
    severity: 'info',
    message: `${cite(ctx, ev)}: the ${instrumentName(ev)} adds new charges for this defendant (count${numbers.length > 1 ? 's' : ''} ${numbers.join(', ')}: ${[...new Set(added.map((c) => c!.statute?.citation ?? c!.text))].join('; ')}). ${ctx.options.supersedingNewCharges === 'originalTrigger' ? 'They are kept on the original clock (option supersedingNewCharges=originalTrigger); if they are neither the same offense nor required to be joined, they may have a clock of their own.' : 'They get a clock of their own (option supersedingNewCharges=newTriggerForNewCharges).'} The § 3161(c)(2) floor does not restart (Rojas-Contreras).`,
    events: [e.id],
    date: e.date,
  });
  if (ctx.options.supersedingNewCharges === 'newTriggerForNewCharges') {
    const d = startTrial(s, 'newCharges', ev, trialLimit(ctx, ev));
    d.id = `trial-${e.id}`;
    d.charges = numbers;
    s.parallel.push(d);
  }
}

/**
 * § 3161(h)(5): the old clock is tolled from the dismissal to the day the new charge's clock would have started
 * "had there been no previous charge", and resumes.
 */
function resumeAfterDismissal(s: TrialState, ev: Ev, stopped: { ev: Ev; clock: ClockDraft }): void {
  const { ctx, defendant } = s;
  const c = stopped.clock;
  const dismissed = stopped.ev;
  c.end = null;
  c.suspended = false;
  const pub = publicDay(ctx, ev);
  const appearance = s.appearances.find((a) => a.day >= ev.day);
  const gapEnd = pub.day === null || !appearance ? OPEN : Math.max(pub.day, appearance.day);
  const w = makeWindow(ctx, {
    kind: 'governmentDismissalGap',
    from: dismissed.day,
    to: gapEnd,
    excludes: true,
    defendants: [defendant],
    sources: appearance ? [dismissed, ev, appearance] : [dismissed, ev],
    part: `h5-${defendant}`,
    ...(gapEnd === OPEN ? { waitingFor: 'the appearance on the new charge (or its unsealing)' } : {}),
  });
  if (w) c.extraCovers.push({ from: w.from, to: w.to, excludes: true, basis: w.basis });
  c.notes.push(`Resumed on the ${instrumentName(ev)} of ${describeDay(ev.day)} under § 3161(h)(5).`);
  s.current = c;
  s.govDismissal = null;
}

/**
 * A dismissal: of some counts, the clock runs on; on the defendant's motion, the clock ends (§ 3161(d)(1));
 * on the Government's or the court's, it is stopped until a new charge resumes it (§ 3161(h)(5)).
 */
function dismissed(s: TrialState, ev: Ev<EventOf<'dismissal'>>): void {
  const { ctx } = s;
  const e = ev.e;
  if (e.scope === 'complaint') return;
  if (e.scope === 'counts') {
    warnTrial(s, {
      code: 'countsDismissed',
      severity: 'info',
      message: `${cite(ctx, ev)}: counts ${e.counts.join(', ') || '(unspecified)'} dismissed; the clock runs on for the charges that remain.`,
      events: [e.id],
      date: e.date,
    });
    return;
  }
  if (!s.current || s.current.end) return;
  const by = e.movant;
  const c: ClockDraft = s.current;
  endAll(
    s,
    ev.day,
    by === 'defendant' ? 'dismissedOnDefendantMotion' : 'dismissedOnGovernmentMotion',
    by === 'defendant'
      ? `Dismissed on the defendant’s motion ${describeDay(ev.day)}: a new charge for the same offense or conduct gets fresh (b) and (c) clocks (§ 3161(d)(1)).`
      : `Dismissed on the ${by === 'court' ? 'court’s own motion' : 'Government’s motion'} ${describeDay(ev.day)}: if the same offense is charged again, § 3161(h)(5) excludes the gap and this clock resumes.`,
    ev,
  );
  if (by === 'defendant') s.govDismissal = null;
  else {
    c.suspended = true;
    s.govDismissal = { ev, clock: c };
    if (by === 'court') {
      warnTrial(s, {
        code: 'courtDismissal',
        severity: 'warning',
        message: `${cite(ctx, ev)}: dismissed on the court’s own motion — the Act has no rule for this; the engine treats it like a Government dismissal (§ 3161(h)(5): tolled, resumes on re-charge). Decide whether § 3161(d)(1) (fresh clocks) applies instead.`,
        events: [e.id],
        date: e.date,
      });
    }
  }
  replaceWith(s, null);
}

/**
 * A sentence presupposes a conviction, by plea or verdict: the trial clock has stopped by then at the latest
 * (§ 3161(c)(1) asks when trial commences; a plea ends the question). When neither the plea nor the trial is
 * on the docket as read, it stops here and the warning says so.
 */
function sentenced(s: TrialState, ev: Ev): void {
  const e = ev.e;
  if (!((s.current && !s.current.end) || s.parallel.some((c) => !c.end))) return;
  endAll(
    s,
    ev.day,
    'sentenced',
    `Sentenced ${describeDay(ev.day)}, with no guilty plea or trial on the docket as read: a sentence presupposes a conviction, so the trial clock stopped by this day at the latest.`,
    ev,
  );
  warnTrial(s, {
    code: 'convictionNotOnDocket',
    severity: 'warning',
    message: `${cite(s.ctx, ev)}: the defendant was sentenced ${describeDay(ev.day)}, but no guilty plea, verdict or trial is on the docket as read — the trial clock is stopped at the sentencing; find the plea or the trial (it stopped then) before relying on the days counted after it.`,
    events: [e.id],
    date: e.date,
  });
}

/** A trial milestone: the clock stops at the one options trialCommencement / benchTrialCommencement name. */
function trialStarted(s: TrialState, ev: Ev<EventOf<'trialStart'>>): void {
  const { ctx } = s;
  const e = ev.e;
  if (e.milestone === 'voirDireBegins' && !s.voirDire) s.voirDire = ev;
  const voirDire = s.voirDire;
  if (e.milestone === 'jurySworn' && voirDire && ev.day - voirDire.day > ctx.options.voirDireGapDays) {
    warnTrial(s, {
      code: 'voirDireGap',
      severity: 'warning',
      message: `Voir dire began ${describeDay(voirDire.day)} but the jury was sworn only ${describeDay(ev.day)}, ${ev.day - voirDire.day} days later: a court may find that trial did not really commence with voir dire (2d Cir., United States v. Stayton).`,
      events: [voirDire.e.id, e.id],
      date: e.date,
    });
  }
  if (commences(ctx, ev)) {
    endAll(
      s,
      ev.day,
      'trialCommenced',
      `Trial commenced ${describeDay(ev.day)} (${e.trialType} trial, ${e.milestone}; option ${e.trialType === 'jury' ? `trialCommencement=${ctx.options.trialCommencement}` : `benchTrialCommencement=${ctx.options.benchTrialCommencement}`}).`,
      ev,
    );
  }
}

/** § 3161(i): "deemed indicted … on the day the order permitting withdrawal of the plea becomes final". */
function pleaWithdrawn(s: TrialState, ev: Ev<EventOf<'pleaWithdrawn'>>): void {
  const { ctx } = s;
  const e = ev.e;
  endAll(
    s,
    ev.day,
    'replaced',
    `Replaced by the clock after the withdrawn plea (${describeDay(ev.day)}).`,
    ev,
  );
  const final = e.finalOn ? dayOf(e.finalOn) : ev.day;
  const d = startTrial(s, 'i', undefined, {
    days: LIMITS.pleaWithdrawn.days,
    citation: LIMITS.pleaWithdrawn.citation,
    text: LIMITS.pleaWithdrawn.text,
  });
  fixedTrigger(
    ctx,
    d,
    isKnown(ctx, ev, final) ? final : null,
    'becameFinal',
    `the order permitting withdrawal of the plea became final ${describeDay(final)} (deemed indicted that day)`,
    ev,
  );
  replaceWith(s, d);
}

/**
 * § 3161(k): a defendant absent on the day set for trial who reappears more than 21 days later is deemed to
 * have first appeared on the day of his reappearance (a new clock); 21 days or less, the limit is extended by
 * 21 days.
 */
function reappeared(s: TrialState, ev: Ev<EventOf<'clockRestart'>>): void {
  const { ctx, defendant } = s;
  const e = ev.e;
  const final = dayOf(e.becameFinal);
  if (!isKnown(ctx, ev, final)) return;
  const trialDay = e.trialDate
    ? dayOf(e.trialDate)
    : (eventsOf(ctx, 'hearingSet')
        .filter(
          (h) => h.e.hearing === 'trial' && h.e.defendants.includes(defendant) && dayOf(h.e.for) <= final,
        )
        .map((h) => dayOf(h.e.for))
        .sort((a, b) => b - a)[0] ?? null);
  if (trialDay === null) {
    warnTrial(s, {
      code: 'absenceTrialDateUnknown',
      severity: 'warning',
      message: `${cite(ctx, ev)}: reappearance after absence, but the trial day the defendant missed is not recorded (trialDate); treated as more than ${LIMITS.absentOnTrialDay.days} days (a new clock from the reappearance, § 3161(k)(1)).`,
      events: [e.id],
      date: e.date,
    });
  }
  const gap = trialDay === null ? Number.POSITIVE_INFINITY : final - trialDay;
  if (gap > LIMITS.absentOnTrialDay.days) {
    // (k)(1): "deemed to have first appeared … on the date of the defendant's subsequent appearance".
    endAll(
      s,
      ev.day,
      'replaced',
      `Replaced: the defendant reappeared ${describeDay(final)}, more than ${LIMITS.absentOnTrialDay.days} days after the trial day (§ 3161(k)(1)).`,
      ev,
    );
    const d = startTrial(s, 'k', undefined, {
      days: LIMITS.trial.days,
      citation: LIMITS.absentOnTrialDay.citation,
      text: LIMITS.absentOnTrialDay.text,
    });
    fixedTrigger(
      ctx,
      d,
      final,
      'reappearance',
      `reappearance ${describeDay(final)}, ${trialDay === null ? 'an unknown number of' : gap} days after the trial day${trialDay === null ? '' : ` ${describeDay(trialDay)}`} (more than ${LIMITS.absentOnTrialDay.days}: deemed first appearance)`,
      ev,
    );
    replaceWith(s, d);
  } else if (s.current && !s.current.end) {
    // (k)(2): 21 days or less — "further extended by 21 days".
    for (const c of [s.current, ...s.parallel]) {
      c.limit = {
        days: c.limit.days + LIMITS.absentOnTrialDay.days,
        citation: `${c.limit.citation}; ${LIMITS.absentOnTrialDay.citation}`,
        text: `${c.limit.text} Extended by ${LIMITS.absentOnTrialDay.days} days: the defendant, absent on the trial day ${describeDay(trialDay!)}, reappeared ${describeDay(final)}, ${gap} days later (§ 3161(k)(1)).`,
      };
      c.notes.push(
        `Limit extended by ${LIMITS.absentOnTrialDay.days} days under § 3161(k) (${cite(ctx, ev)}).`,
      );
    }
  }
}

/**
 * § 3161(d)(2) and (e): a new clock from the day the action occasioning the trial (after an appeal) or the
 * retrial (after a mistrial, an appeal or a collateral attack) became final; the court may extend the retrial
 * limit after an appeal or collateral attack, not after a mistrial.
 */
function restarted(s: TrialState, ev: Ev<EventOf<'clockRestart'>>): void {
  const { ctx } = s;
  const e = ev.e;
  const final = dayOf(e.becameFinal);
  const known = isKnown(ctx, ev, final);
  const origin: TrialOrigin =
    e.basis === 'reinstatementAfterAppeal'
      ? 'd2'
      : e.basis === 'retrialAfterMistrial'
        ? 'eMistrial'
        : 'eAppeal';
  const law = origin === 'd2' ? LIMITS.reinstatement : LIMITS.retrial;
  let days: number = law.days;
  if (e.extendedLimit !== undefined) {
    if (origin === 'eMistrial') {
      warnTrial(s, {
        code: 'extensionNotAvailable',
        severity: 'warning',
        message: `${cite(ctx, ev)}: § 3161(e) allows an extension to ${law.maxDays} days only for a retrial after an appeal or collateral attack, not after a mistrial; the ${law.days}-day limit is kept.`,
        events: [e.id],
        date: e.date,
      });
    } else days = e.extendedLimit;
  }
  endAll(s, ev.day, 'replaced', `Replaced by the clock of ${describeDay(final)} (${law.citation}).`, ev);
  const d = startTrial(s, origin, undefined, {
    days,
    citation: law.citation,
    text: days === law.days ? law.text : `${law.text} Extended by the court to ${days} days.`,
  });
  fixedTrigger(
    ctx,
    d,
    known ? final : null,
    'becameFinal',
    `the action occasioning the ${origin === 'd2' ? 'trial' : 'retrial'} became final ${describeDay(final)}`,
    ev,
  );
  replaceWith(s, d);
}

/** After the last event: the open voir-dire warning, the charge triggers, and which clocks are current. */
function finishTrialDrafts(s: TrialState): ClockDraft[] {
  const { ctx, drafts, voirDire } = s;
  if (voirDire && s.current?.end === null && ctx.options.trialCommencement === 'jurySworn') {
    warnTrial(s, {
      code: 'trialNotCommenced',
      severity: 'info',
      message: `Voir dire began ${describeDay(voirDire.day)}; under option trialCommencement=jurySworn the trial commences when the jury is sworn, which is not recorded.`,
      events: [voirDire.e.id],
      date: voirDire.e.date,
    });
  }
  for (const d of drafts) {
    if (d.instrument && d.jointEligible) chargeTrigger(ctx, d, d.instrument, s.appearances);
  }
  const main = drafts.filter((d) => d.origin !== 'newCharges');
  const last = main[main.length - 1];
  if (last) last.current = true;
  for (const p of s.parallel) p.current = true;
  return drafts;
}

/**
 * § 3161(b): "Any information or indictment … shall be filed within thirty days from the date on which such
 * individual was arrested or served with a summons in connection with such charges." The clock starts at an
 * arrest or summons on a complaint and ends when an indictment or information naming the defendant is filed
 * (sealed or not). A complaint charge dismissed and brought again gets a fresh clock (§ 3161(d)(1)).
 */
export function indictmentDrafts(ctx: Ctx, defendant: number, evs: readonly Ev[]): ClockDraft[] {
  const drafts: ClockDraft[] = [];
  const grandJury = ctx.options.grandJuryInSession;
  const limit = grandJury
    ? { days: LIMITS.indictment.days, citation: LIMITS.indictment.citation, text: LIMITS.indictment.text }
    : {
        days: LIMITS.indictmentNoGrandJury.days,
        citation: LIMITS.indictmentNoGrandJury.citation,
        text: `${LIMITS.indictmentNoGrandJury.text} (option grandJuryInSession=false; AO code W)`,
      };
  let complaint: Ev<EventOf<'complaint'>> | null = null;
  let charged = false;
  let running: ClockDraft | null = null;
  // Fed. R. Crim. P. 5(b): a person arrested without a warrant is brought before a magistrate judge and "a
  // complaint meeting Rule 4(a)'s requirement of probable cause must be promptly filed". The arrest is then one
  // "in connection with such charges" (§ 3161(b)): the clock starts on the arrest day once the complaint is filed.
  let warrantless: Ev | null = null;
  const startOn = (ev: Ev, via: Ev | null): ClockDraft | null => {
    const e = ev.e;
    if (e.kind !== 'arrest' && e.kind !== 'summons') return null;
    const d = newDraft(
      'indictment',
      defendant,
      drafts.length === 0 ? 'indictment' : `indictment-${drafts.length + 1}`,
      'indictment',
      drafts.length === 0 ? 'Indictment clock' : 'Indictment clock after a new complaint',
      drafts.length === 0 ? LIMITS.indictment.citation : `${LIMITS.indictment.citation}; § 3161(d)(1)`,
      limit,
      'complaintDismissal',
    );
    d.ownTrigger = ev.day;
    d.trigger = ev.day;
    const charges = complaint?.e.charges.length
      ? ` on the complaint charging ${complaint.e.charges.join(', ')}`
      : '';
    d.ownText = via
      ? `arrest without a warrant ${describeDay(ev.day)}, followed by the complaint filed ${describeDay(via.day)}${charges} (Fed. R. Crim. P. 5(b))`
      : `${e.kind === 'arrest' ? 'arrest' : 'service of a summons'} ${describeDay(ev.day)}${charges}`;
    d.triggerText = d.ownText;
    d.components = [
      {
        what: e.kind === 'arrest' ? 'arrest' : 'summons',
        date: isoOf(ev.day),
        text: `${d.ownText} (${cite(ctx, ev)})`,
        source: refOf(ctx, ev),
      },
    ];
    if (complaint) d.charges = complaint.e.charges;
    drafts.push(d);
    return d;
  };
  // An arrest or summons the docket does not show: the defendant appears before a magistrate judge on the
  // complaint (Fed. R. Crim. P. 5(a), 5(d); 58(b)) with no arrest, warrant return or summons recorded. He was
  // arrested or summoned on the complaint by that appearance, on a day the record does not give: the clock is
  // counted from the complaint and the days from it through the appearance are unknown (day 0 may be any of them).
  // (An arrest docketed later — "Warrant Returned Executed on 6/8/04", entered two years on — is still recorded.)
  const arrestBy = (day: Day) =>
    evs.some((x) => (x.e.kind === 'arrest' || x.e.kind === 'summons') && x.day <= day);
  for (const ev of evs) {
    const e = ev.e;
    if (
      e.kind === 'initialAppearance' &&
      complaint &&
      !running &&
      !charged &&
      !warrantless &&
      complaint.day <= ev.day &&
      !arrestBy(ev.day)
    ) {
      const c = complaint;
      const d = startOn({ ...c, e: { ...c.e, kind: 'summons' } } as unknown as Ev, null);
      if (d) {
        d.ownText = `complaint filed ${describeDay(c.day)}${c.e.charges.length ? ` charging ${c.e.charges.join(', ')}` : ''}; the arrest or summons is not on the docket — the defendant first appeared on the complaint ${describeDay(ev.day)}`;
        d.triggerText = d.ownText;
        d.components = [
          {
            what: 'chargeFiled',
            date: isoOf(c.day),
            text: `${d.ownText} (${cite(ctx, c)})`,
            source: refOf(ctx, c),
          },
          {
            what: 'firstAppearance',
            date: isoOf(ev.day),
            text: `first appearance on the complaint (${cite(ctx, ev)})`,
            source: refOf(ctx, ev),
          },
        ];
        running = d;
        addGap(ctx, {
          id: `${c.e.id}#arrest`,
          cause: 'arrestNotShown',
          from: c.day + 1,
          to: ev.day,
          sources: [c, ev],
          defendants: [defendant],
          reason: `${cite(ctx, c)}: the complaint was filed ${describeDay(c.day)} and the defendant appeared on it ${describeDay(ev.day)} (${cite(ctx, ev)}); the arrest or summons that brought him there is not on the docket, so § 3161(b)'s day 0 may be any day through the appearance.`,
          settle:
            'find the arrest (the warrant return, the Rule 5 arrest entry) or the service of the summons and record it',
        });
        ctx.warnings.push({
          code: 'arrestNotOnDocket',
          severity: 'warning',
          message: `${cite(ctx, ev)}: the defendant appeared on the complaint of ${describeDay(c.day)}, but no arrest or summons is recorded. The § 3161(b) clock is counted from the complaint, with the days through the appearance unknown; an arrest without a warrant before the complaint (Fed. R. Crim. P. 5(b)) would have started it earlier — record the arrest to settle day 0.`,
          events: [c.e.id, ev.e.id],
          defendants: [defendant],
          date: ev.e.date,
        });
      }
      continue;
    }
    if (e.kind === 'complaint') {
      complaint = ev as Ev<EventOf<'complaint'>>;
      charged = false;
      if (warrantless && !running) {
        running = startOn(warrantless, ev);
        warrantless = null;
      }
    } else if (e.kind === 'arrest' && e.on === 'withoutWarrant' && !running && !charged) {
      if (complaint) running = startOn(ev, complaint);
      else warrantless = ev;
    } else if ((e.kind === 'arrest' || e.kind === 'summons') && !running && !charged) {
      const onComplaint =
        e.kind === 'summons' || e.on === 'complaint' || (complaint !== null && e.on === 'warrant');
      if (!onComplaint) continue;
      running = startOn(ev, null);
    } else if (CHARGING.has(e.kind)) {
      charged = true;
      if (running) {
        running.end = {
          day: ev.day,
          reason: 'indictmentFiled',
          text: `${instrumentName(ev)} filed ${describeDay(ev.day)} (${cite(ctx, ev)})`,
          evs: [ev],
        };
        running = null;
      }
    } else if (e.kind === 'dismissal' && e.scope === 'complaint' && running) {
      running.end = {
        day: ev.day,
        reason: 'complaintDismissed',
        text: `complaint dismissed ${describeDay(ev.day)} on the ${e.movant}’s motion; a new complaint for the same offense gets a fresh clock (§ 3161(d)(1))`,
        evs: [ev],
      };
      running = null;
      complaint = null;
    }
  }
  if (warrantless) {
    ctx.warnings.push({
      code: 'arrestWithoutComplaint',
      severity: 'warning',
      message: `${cite(ctx, warrantless)}: arrest without a warrant, and no complaint is recorded after it — Fed. R. Crim. P. 5(b) requires one promptly. The § 3161(b) clock starts on the arrest day once the complaint is filed; record the complaint (or the charge the arrest was made on) so the clock can be computed.`,
      events: [warrantless.e.id],
      defendants: [defendant],
      date: warrantless.e.date,
    });
  }
  const last = drafts[drafts.length - 1];
  if (last) last.current = true;
  return drafts;
}

/**
 * § 3164(b): trial "not later than ninety days following the beginning of such continuous detention". The
 * clock starts on the first day of continuous detention on this case (the arrest, when a detention order
 * follows it without release); a release order that holds the defendant until its conditions are met is
 * detention too. A release ends it, and a later detention starts a new one. Trial, a guilty
 * plea or a sentence ends it (the person no longer awaits trial). Designation as high-risk is not recorded in the case file.
 */
export function detentionDrafts(ctx: Ctx, defendant: number, evs: readonly Ev[]): ClockDraft[] {
  const drafts: ClockDraft[] = [];
  let lastArrest: Ev | null = null;
  let detained: ClockDraft | null = null;
  const close = (ev: Ev, reason: string, text: string) => {
    if (!detained) return;
    detained.end = { day: ev.day, reason, text, evs: [ev] };
    detained = null;
  };
  for (const ev of evs) {
    const e = ev.e;
    if (e.kind === 'arrest') {
      if (!detained) lastArrest = ev;
    } else if ((e.kind === 'detentionOrder' || (e.kind === 'releaseOrder' && e.heldUntilMet)) && !detained) {
      // A release order that holds the defendant until its conditions are met ("detained until conditions are
      // met") leaves them in custody: the detention goes on until the entry that shows them released.
      const held = e.kind === 'releaseOrder';
      const start = lastArrest ?? ev;
      const d = newDraft(
        'detention',
        defendant,
        drafts.length === 0 ? 'detention' : `detention-${drafts.length + 1}`,
        'detention',
        'Detention clock',
        LIMITS.detention.citation,
        { days: LIMITS.detention.days, citation: LIMITS.detention.citation, text: LIMITS.detention.text },
        'releaseReview',
      );
      d.ownTrigger = start.day;
      d.trigger = start.day;
      d.ownText =
        start === ev
          ? held
            ? `held ${describeDay(ev.day)} until the conditions of release are met`
            : `detention ordered ${describeDay(ev.day)}`
          : `arrest ${describeDay(start.day)}, held in detention since (${held ? 'held until the conditions of release are met' : 'order'} ${describeDay(ev.day)})`;
      d.triggerText = d.ownText;
      d.components = [
        {
          what: start === ev ? 'detention' : 'arrest',
          date: isoOf(start.day),
          text: `${d.ownText} (${cite(ctx, start)})`,
          source: refOf(ctx, start),
        },
      ];
      if (start !== ev)
        d.components.push({
          what: 'detention',
          date: isoOf(ev.day),
          text: `${held ? 'held until the conditions of release are met' : 'detention order'} (${cite(ctx, ev)})`,
          source: refOf(ctx, ev),
        });
      drafts.push(d);
      detained = d;
      lastArrest = null;
    } else if (e.kind === 'releaseOrder' && !e.heldUntilMet) {
      close(
        ev,
        'released',
        `released ${describeDay(ev.day)} (${cite(ctx, ev)}); a later detention starts a new clock`,
      );
      lastArrest = null;
    } else if (e.kind === 'trialStart' && commences(ctx, ev as Ev<EventOf<'trialStart'>>)) {
      close(ev, 'trialCommenced', `trial commenced ${describeDay(ev.day)}`);
    } else if (e.kind === 'sentencing') {
      close(ev, 'sentenced', `sentenced ${describeDay(ev.day)}: no longer awaiting trial`);
    } else if (e.kind === 'plea' && (e.plea === 'guilty' || e.plea === 'noloContendere')) {
      close(
        ev,
        'guiltyPlea',
        `plea of ${e.plea === 'guilty' ? 'guilty' : 'nolo contendere'} ${describeDay(ev.day)}: no longer awaiting trial`,
      );
    }
  }
  const last = drafts[drafts.length - 1];
  if (last) last.current = true;
  return drafts;
}

/**
 * § 3161(c)(2): "the trial shall not commence less than thirty days from the date on which the defendant first
 * appears through counsel or expressly waives counsel and elects to proceed pro se" (a floor, no roll). A
 * substantially similar superseding indictment does not restart it (Rojas-Contreras, 474 U.S. 231 (1985)).
 */
export function earliestTrial(evs: readonly Ev[]): { day: Day; text: string; sources: Ev[] } | null {
  let firstAppearance: Ev | null = null;
  let withCounsel: Ev | null = null;
  let counsel: Ev | null = null;
  for (const ev of evs) {
    const e = ev.e;
    if (e.kind === 'initialAppearance' || e.kind === 'arraignment') {
      if (!firstAppearance) firstAppearance = ev;
      if (e.kind === 'initialAppearance' && e.withCounsel && !withCounsel) withCounsel = ev;
    } else if (e.kind === 'counselAppearance' && e.role !== 'withdrawn' && !counsel) counsel = ev;
  }
  const candidates: Array<{ day: Day; text: string; sources: Ev[] }> = [];
  if (withCounsel) {
    candidates.push({
      day: withCounsel.day,
      text: `appeared with counsel ${describeDay(withCounsel.day)}`,
      sources: [withCounsel],
    });
  }
  if (firstAppearance && counsel) {
    const day = Math.max(firstAppearance.day, counsel.day);
    const waived = counsel.e.kind === 'counselAppearance' && counsel.e.role === 'waivedCounsel';
    candidates.push({
      day,
      text: waived
        ? `expressly waived counsel ${describeDay(counsel.day)}`
        : `counsel appeared ${describeDay(counsel.day)}; first appearance ${describeDay(firstAppearance.day)}`,
      sources: [firstAppearance, counsel],
    });
  }
  candidates.sort((a, b) => a.day - b.day);
  return candidates[0] ?? null;
}
