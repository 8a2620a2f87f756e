/**
 * The other proceedings of § 3161(h)(1)–(4) and (h)(8) read from events: competency and incompetence,
 * transfer and removal, transportation, the court's consideration of a plea agreement, and the periods of a
 * `proceeding` event (other trial, interlocutory appeal, deferred prosecution, absence, unavailability,
 * foreign evidence, other).
 */
import type { EventOf } from '../../../case/events.ts';
import { type Ctx, cite, type Ev, eventsOf, isKnown } from '../context.ts';
import { nthBusinessDayAfter } from '../court-days.ts';
import { type Day, dayOf, describeDay, OPEN } from '../days.ts';
import type { FlagCode } from '../flags.ts';
import { TRANSPORTATION_CAP_DAYS } from '../provisions/index.ts';
import { addWindow, type Window } from '../window.ts';

function openWarning(ctx: Ctx, ev: Ev, what: string, waitingFor: string, defendants: readonly number[]) {
  ctx.warnings.push({
    code: 'openWindow',
    severity: 'warning',
    message: `${cite(ctx, ev)}: ${what} is open-ended, waiting for ${waitingFor}; until then the last day cannot be computed.`,
    events: [ev.e.id],
    defendants,
    date: ev.e.date,
  });
}

/**
 * An examination under 18 U.S.C. § 4242 asks whether the defendant was insane at the time of the offense, not
 * whether he can stand trial: no competency determination follows it. Its proceeding ends when the examiner's
 * report is filed with the court (§ 4247(c)).
 */
const SANITY_EXAM = /§\s*4242\b/;
const SANITY_NOTE =
  'An examination of the defendant’s mental condition at the time of the offense, ordered under 18 U.S.C. § 4242: excluded as a proceeding "including any examinations" concerning the defendant’s mental condition (§ 3161(h)(1)(A)) — the (h)(1) list is "not limited to" its subparagraphs — from the motion for the examination through the filing of the examiner’s report (§ 4247(c)).';

/**
 * (h)(1)(A) "delay resulting from any proceeding, including any examinations, to determine the mental
 * competency or physical capacity of the defendant": from the first step (motion, order, examination …)
 * through the determination — for a § 4242 examination, through the report. A proceeding still open when trial
 * begins ends that day at the latest: a trial under way presupposes a defendant able to stand trial.
 * (h)(4) "delay resulting from the fact that the defendant is mentally incompetent or physically unable to stand
 * trial": from a finding of incompetence through the finding of restoration.
 */
function competency(ctx: Ctx, out: Window[]): void {
  const perDefendant = new Map<number, Array<Ev<EventOf<'competencyProceeding'>>>>();
  for (const ev of eventsOf(ctx, 'competencyProceeding')) {
    for (const d of ev.e.defendants) perDefendant.set(d, [...(perDefendant.get(d) ?? []), ev]);
  }
  for (const [d, list] of perDefendant) {
    let exam: Array<Ev<EventOf<'competencyProceeding'>>> | null = null;
    let incompetent: Ev | null = null;
    let sanityReportOn: Day | null = null;
    for (const ev of list) {
      const { phase, result } = ev.e;
      if (incompetent) {
        if (phase === 'determination' && (result === 'restored' || result === 'competent')) {
          addWindow(out, ctx, {
            kind: 'incompetence',
            from: incompetent.day,
            to: ev.day,
            excludes: true,
            defendants: [d],
            sources: [incompetent, ev],
            part: `h4-${d}`,
          });
          incompetent = null;
        }
        continue;
      }
      if (phase !== 'determination') {
        // A second copy of the report filed the day the § 4242 proceeding closed opens nothing new.
        if (!exam && phase === 'report' && ev.day === sanityReportOn) continue;
        if (!exam) exam = [ev];
        else exam.push(ev);
        if (phase === 'report' && exam.some((s) => SANITY_EXAM.test(s.e.statute ?? ''))) {
          addWindow(out, ctx, {
            kind: 'competencyExam',
            from: exam[0]!.day,
            to: ev.day,
            excludes: true,
            defendants: [d],
            sources: exam,
            part: `h1A-${d}`,
            label: 'Mental examination (18 U.S.C. § 4242)',
            note: SANITY_NOTE,
          });
          sanityReportOn = ev.day;
          exam = null;
        }
        continue;
      }
      const steps: Ev[] = exam ?? [];
      addWindow(out, ctx, {
        kind: 'competencyExam',
        from: steps[0]?.day ?? ev.day,
        to: ev.day,
        excludes: true,
        defendants: [d],
        sources: [...steps, ev],
        part: `h1A-${d}`,
      });
      exam = null;
      if (result === 'incompetent') incompetent = ev;
    }
    if (exam?.[0]) {
      const first = exam[0];
      const sanity = exam.some((s) => SANITY_EXAM.test(s.e.statute ?? ''));
      const trial = eventsOf(ctx, 'trialStart').find((t) => t.e.defendants.includes(d) && t.day >= first.day);
      const waitingFor = sanity ? 'the examiner’s report' : 'the competency determination';
      addWindow(out, ctx, {
        kind: 'competencyExam',
        from: first.day,
        to: trial ? trial.day : OPEN,
        excludes: true,
        defendants: [d],
        sources: trial ? [...exam, trial] : exam,
        part: `h1A-${d}`,
        ...(sanity ? { label: 'Mental examination (18 U.S.C. § 4242)' } : {}),
        ...(trial
          ? {
              note: `No ${sanity ? 'report' : 'determination'} on the record; the proceeding is taken to have ended at the latest when trial began, ${describeDay(trial.day)}.`,
            }
          : { waitingFor }),
      });
      if (!trial) openWarning(ctx, first, 'the competency proceeding', waitingFor, [d]);
    }
    if (incompetent) {
      const waitingFor = 'a finding that competency is restored';
      addWindow(out, ctx, {
        kind: 'incompetence',
        from: incompetent.day,
        to: OPEN,
        excludes: true,
        defendants: [d],
        sources: [incompetent],
        part: `h4-${d}`,
        waitingFor,
      });
      openWarning(ctx, incompetent, 'the period of incompetence', waitingFor, [d]);
    }
  }
}

/** (h)(1)(E): a Rule 5(c)(3), 20, 21 or 40 proceeding, from its start through its completion. */
function transfers(ctx: Ctx, out: Window[]): void {
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
    openWarning(ctx, start, 'the transfer or removal proceeding', waitingFor, [d]);
  }
}

/**
 * (h)(1)(F): "delay resulting from transportation of any defendant from another district, or to and from places
 * of examination or hospitalization, except that any time consumed in excess of ten days from the date an order
 * of removal or an order directing such transportation, and the defendant's arrival at the destination shall be
 * presumed to be unreasonable". The one implementation, for the `transportation` event and for a `timeExclusion`
 * on that basis: the ten days run from the order date (day 0, Rule 45(a)(1)(A)); days 1–10 up to the arrival are
 * excluded; days 11 → arrival are counted and flagged, unless a finding that the time was reasonable is recorded.
 * The order day itself lies in the removal (E) or examination (A) proceeding, so the event excludes it only
 * through that proceeding; an order that names it in its own window ("excluded from X") excludes it
 * (`orderDayExcluded`). Option transportDays counts the ten days as calendar or business days.
 */
export function transportationWindows(
  ctx: Ctx,
  out: Window[],
  spec: {
    order: Day;
    arrival: Day | undefined;
    reasonable: boolean;
    defendants: readonly number[];
    sources: Ev[];
    label: string;
    orderDayExcluded: boolean;
    flags?: FlagCode[];
    aoCode?: string;
    citedAs?: string;
  },
): void {
  const { order, arrival, reasonable, defendants, sources, label } = spec;
  const first = sources[0]!;
  const tenth =
    ctx.options.transportDays === 'excludeWeekendsHolidays'
      ? nthBusinessDayAfter(ctx, order, TRANSPORTATION_CAP_DAYS)
      : order + TRANSPORTATION_CAP_DAYS;
  const extra = {
    ...(spec.aoCode ? { aoCode: spec.aoCode } : {}),
    ...(spec.citedAs ? { citedAs: spec.citedAs } : {}),
  };
  const flags: FlagCode[] = [
    ...(spec.flags ?? []),
    ...(arrival === undefined ? ['arrivalNotRecorded' as const] : []),
  ];
  addWindow(out, ctx, {
    kind: 'transportation',
    from: spec.orderDayExcluded ? order : order + 1,
    to: arrival === undefined ? tenth : Math.min(arrival, tenth),
    excludes: true,
    defendants,
    sources,
    part: 'h1F',
    label,
    flags,
    ...extra,
    note: `Order ${describeDay(order)}; ${arrival === undefined ? 'arrival not recorded' : `arrival ${describeDay(arrival)}`}; ten days end ${describeDay(tenth)} (transportDays=${ctx.options.transportDays}).`,
  });
  if (arrival !== undefined && arrival > tenth) {
    addWindow(out, ctx, {
      kind: 'transportation',
      from: tenth + 1,
      to: arrival,
      excludes: reasonable,
      defendants,
      sources,
      part: 'h1F-over',
      label: `${label}, beyond ten days`,
      flags: [...(spec.flags ?? []), reasonable ? 'presumptionRebutted' : 'presumedUnreasonable'],
      ...extra,
    });
    if (!reasonable) {
      ctx.warnings.push({
        code: 'presumedUnreasonable',
        severity: 'warning',
        message: `${cite(ctx, first)}: transportation took ${arrival - order} days from the order (${describeDay(order)}) to arrival (${describeDay(arrival)}); the ${arrival - tenth} day(s) beyond the tenth are presumed unreasonable and counted (§ 3161(h)(1)(F)) unless a finding rebuts the presumption.`,
        events: [first.e.id],
        defendants,
        date: first.e.date,
      });
    }
  }
}

function transportation(ctx: Ctx, out: Window[]): void {
  for (const ev of eventsOf(ctx, 'transportation')) {
    const e = ev.e;
    const arrivalDay = e.arrival ? dayOf(e.arrival) : undefined;
    transportationWindows(ctx, out, {
      order: ev.day,
      arrival: arrivalDay !== undefined && isKnown(ctx, ev, arrivalDay) ? arrivalDay : undefined,
      reasonable: e.delayFoundReasonable,
      defendants: e.defendants,
      sources: [ev],
      label: `Transportation (${e.purpose}${e.destination ? ` to ${e.destination}` : ''})`,
      orderDayExcluded: false,
    });
  }
}

/**
 * (h)(1)(G) "delay resulting from consideration by the court of a proposed plea agreement": from submission to
 * the court through acceptance, rejection or deferral. Negotiations before that are not covered (docs/speedy-trial.md, "Plea negotiations").
 *
 * The ruling is often not a docket entry of its own. Under Fed. R. Crim. P. 11(c)(3)(A) the court accepts the
 * agreement, rejects it or defers its decision until it has reviewed the presentence report; it does one of the
 * three when it accepts the defendant's guilty (or nolo) plea under the agreement, and it must have accepted or
 * rejected the agreement by sentencing (Rule 11(c)(4)–(5)). So the consideration ends, at the latest, on the first
 * of: a ruling on the agreement, a guilty or nolo plea of the defendant it concerns, his sentencing.
 */
function pleaAgreements(ctx: Ctx, out: Window[]): void {
  const rulings = new Map<string, Ev<EventOf<'pleaAgreementDecided'>>>();
  for (const ev of eventsOf(ctx, 'pleaAgreementDecided')) {
    if (!rulings.has(ev.e.agreement)) rulings.set(ev.e.agreement, ev);
  }
  const ends: Ev[] = [
    ...eventsOf(ctx, 'plea').filter((p) => p.e.plea !== 'notGuilty'),
    ...eventsOf(ctx, 'sentencing'),
  ].sort((a, b) => a.day - b.day || a.seq - b.seq);
  for (const ev of eventsOf(ctx, 'pleaAgreementSubmitted')) {
    const ruling: Ev | undefined =
      rulings.get(ev.e.id) ??
      ends.find((x) => x.day >= ev.day && x.e.defendants.some((d) => ev.e.defendants.includes(d)));
    const waitingFor = 'the court’s ruling on the plea agreement';
    const byPlea = ruling !== undefined && ruling.e.kind !== 'pleaAgreementDecided';
    addWindow(out, ctx, {
      kind: 'pleaAgreementConsideration',
      from: ev.day,
      to: ruling ? ruling.day : OPEN,
      excludes: true,
      defendants: ev.e.defendants,
      sources: ruling ? [ev, ruling] : [ev],
      part: 'h1G',
      ...(byPlea
        ? {
            note: `No separate ruling on the agreement is on the docket: the court's consideration ends with the ${ruling.e.kind === 'plea' ? 'guilty plea it accepted' : 'sentencing'} ${describeDay(ruling.day)} (Fed. R. Crim. P. 11(c)(3)(A), (c)(4)).`,
          }
        : {}),
      ...(ruling ? {} : { waitingFor }),
    });
    if (!ruling)
      openWarning(ctx, ev, 'the court’s consideration of the plea agreement', waitingFor, ev.e.defendants);
  }
}

/** The periods of a `proceeding` event. */
function proceedings(ctx: Ctx, out: Window[]): void {
  for (const ev of eventsOf(ctx, 'proceeding')) {
    const e = ev.e;
    const from = dayOf(e.from);
    let to: Day = e.to === null ? OPEN : dayOf(e.to);
    const flags: FlagCode[] = [];
    const base = { defendants: e.defendants, sources: [ev], note: e.description };
    let waitingFor = 'the end of the proceeding';
    switch (e.proceeding) {
      case 'interlocutoryAppeal': {
        // (h)(1)(C): the appeal ends on the date option appealEnd names (default: the mandate issues).
        const pick =
          ctx.options.appealEnd === 'mandateIssued'
            ? e.mandateIssued
            : ctx.options.appealEnd === 'mandateReceived'
              ? e.mandateReceived
              : e.decided;
        if (pick !== undefined) to = dayOf(pick);
        else if (e.to !== null) flags.push('appealEndFallback');
        waitingFor = `the ${ctx.options.appealEnd === 'decision' ? 'appellate decision' : ctx.options.appealEnd === 'mandateIssued' ? 'mandate' : 'receipt of the mandate'}`;
        if (to !== OPEN && !isKnown(ctx, ev, to)) to = OPEN;
        addWindow(out, ctx, {
          ...base,
          kind: 'interlocutoryAppeal',
          from,
          to,
          excludes: true,
          part: 'h1C',
          flags,
          waitingFor,
        });
        break;
      }
      case 'otherTrial':
        addWindow(out, ctx, {
          ...base,
          kind: 'otherTrial',
          from,
          to,
          excludes: true,
          part: 'h1B',
          waitingFor,
        });
        break;
      case 'deferredProsecution':
        addWindow(out, ctx, {
          ...base,
          kind: 'deferredProsecution',
          from,
          to,
          excludes: true,
          part: 'h2',
          flags: ['verifyElements'],
          waitingFor,
        });
        break;
      case 'absence':
      case 'unavailability':
        waitingFor =
          e.proceeding === 'absence' ? 'the defendant’s appearance' : 'the end of the unavailability';
        addWindow(out, ctx, {
          ...base,
          kind: 'absenceUnavailability',
          from,
          to,
          excludes: true,
          part: 'h3',
          label: e.proceeding === 'absence' ? 'Absence' : 'Unavailability',
          flags: ['governmentBurden'],
          waitingFor,
        });
        break;
      case 'foreignEvidenceRequest':
        // (h)(8): only a delay "ordered by a district court upon an application of a party and a finding".
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
        continue;
      default:
        addWindow(out, ctx, {
          ...base,
          kind: 'otherProceeding',
          from,
          to,
          excludes: true,
          part: 'h1',
          waitingFor,
        });
    }
    if (to === OPEN)
      openWarning(ctx, ev, `the ${e.proceeding} period from ${describeDay(from)}`, waitingFor, e.defendants);
  }
}

export function proceedingWindows(ctx: Ctx, out: Window[]): void {
  competency(ctx, out);
  transfers(ctx, out);
  transportation(ctx, out);
  pleaAgreements(ctx, out);
  proceedings(ctx, out);
}
