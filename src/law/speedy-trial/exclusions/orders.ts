/**
 * Orders that exclude time: `timeExclusion` (an order excluding a period under a named basis) and
 * `continuance` (a continuance, which excludes time only as an ends-of-justice continuance with findings).
 * A "waiver" of speedy trial is recorded and has no effect.
 */
import type { EventOf, Findings, OpenEnd } from '../../../case/events.ts';
import { type Ctx, cite, type Ev, eventsOf, refOf } from '../context.ts';
import { addOneYear, type Day, dayOf, describeDay, OPEN } from '../days.ts';
import type { FlagCode } from '../flags.ts';
import { ADVISEMENT_CAP_DAYS } from '../provisions/index.ts';
import { AO_CODES, ENDS_OF_JUSTICE_FACTORS, EXCLUSION_RULES, NARA_REPEALED_AFTER, STA } from '../rules.ts';
import { addGap, boundOfUnknownWindow, settleByReading } from '../unknowns.ts';
import { addWindow, type Window } from '../window.ts';
import { transportationWindows } from './proceedings.ts';

/**
 * 18 U.S.C. § 3161(h)(7)(A): a continuance is excludable only if "the court sets forth, in the record of the
 * case, either orally or in writing, its reasons"; (h)(7)(C): never "because of general congestion of the
 * court's calendar, or lack of diligent preparation or failure to obtain available witnesses on the part of
 * the attorney for the Government". Zedner v. United States, 547 U.S. 489 (2006): no harmless error, and a
 * defendant's waiver does not replace the findings.
 */
export function endsOfJusticeEffect(findings: Findings | undefined): {
  excludes: boolean;
  flags: FlagCode[];
  citation: string;
  aoCode: string;
  note: string;
} {
  const base = `${STA} 3161(h)(7)(A)`;
  if (!findings || findings.status === 'recitedOnly') {
    return {
      excludes: true,
      flags: ['findingsUnverified'],
      citation: base,
      aoCode: 'T',
      note: findings
        ? 'Findings recited without reasons in the docket text.'
        : 'No findings recorded with the order.',
    };
  }
  if (findings.status === 'onRecord') {
    const factors = [...new Set(findings.factors)];
    const cites = factors.filter((f) => f !== 'other').map((f) => ENDS_OF_JUSTICE_FACTORS[f].cite);
    const single = factors.length === 1 ? factors[0] : undefined;
    return {
      excludes: true,
      flags: [],
      citation: cites.length > 0 ? `${base}, ${cites.join(', ')}` : base,
      aoCode: single ? ENDS_OF_JUSTICE_FACTORS[single].code : 'T',
      note: `Reasons on the record${findings.text ? `: "${findings.text}"` : ''}.`,
    };
  }
  if (findings.status === 'absent') {
    return {
      excludes: false,
      flags: ['noFindings'],
      citation: base,
      aoCode: 'T',
      note: 'No ends-of-justice findings on the record: the days are counted (Zedner).',
    };
  }
  return {
    excludes: false,
    flags: ['forbiddenBasis'],
    citation: `${base}; (h)(7)(C)`,
    aoCode: 'T',
    note: `Rests on ${findings.basis === 'calendarCongestion' ? 'calendar congestion' : 'Government lack of diligence'}, which (h)(7)(C) forbids: the days are counted.`,
  };
}

const PLEA_NEGOTIATIONS =
  /plea\s+(negotiation|discussion|talk)s?|negotiat\w*\s+(a\s+)?(plea|disposition|resolution)/i;

function eventText(ctx: Ctx, ev: Ev, extra: Array<string | undefined> = []): string {
  const ref = refOf(ctx, ev);
  return [ref.quote, ev.e.note, ...extra].filter(Boolean).join(' ');
}

/** Option exclusionEndpoints: which ends of an order's "from X to Y" are excluded days. */
function applyEndpoints(ctx: Ctx, from: Day, to: Day): { from: Day; to: Day; adjusted: boolean } {
  switch (ctx.options.exclusionEndpoints) {
    case 'startExclusive':
      return { from: from + 1, to, adjusted: true };
    case 'endExclusive':
      return { from, to: to === OPEN ? OPEN : to - 1, adjusted: to !== OPEN };
    default:
      return { from, to, adjusted: false };
  }
}

const OPEN_END_KIND = {
  hearingHeld: 'hearingHeld',
  trialStart: 'trialStart',
  motionDecided: 'motionDecided',
  competencyProceeding: 'competencyProceeding',
  indictment: 'indictment',
  pleaAgreementDecided: 'pleaAgreementDecided',
} as const;

/**
 * A relative end (docs/speedy-trial.md, "Counting", rule 7) ("until the status conference") is the first later event of the named kind
 * concerning one of the same defendants; until it has happened the window is open.
 */
function resolveOpenEnd(
  ctx: Ctx,
  ev: Ev,
  from: Day,
  until: OpenEnd | undefined,
  closedBy: string | undefined,
) {
  if (closedBy) {
    const closer = ctx.byId.get(closedBy);
    if (closer) return { to: closer.day, closer };
    return {
      to: OPEN,
      waitingFor: `event ${closedBy} (named as closing it; not on the docket by the as-of date)`,
    };
  }
  if (!until) return { to: OPEN, waitingFor: 'a further order' };
  const kind = until.event in OPEN_END_KIND ? OPEN_END_KIND[until.event as keyof typeof OPEN_END_KIND] : null;
  if (kind) {
    const defendants = new Set(ev.e.defendants);
    const candidates =
      kind === 'indictment' ? ['indictment', 'information', 'supersedingIndictment'] : [kind];
    let best: Ev | undefined;
    for (const k of candidates) {
      for (const c of ctx.byKind.get(k as 'indictment') ?? []) {
        if (c.day < from || c.e.id === ev.e.id || !c.e.defendants.some((d) => defendants.has(d))) continue;
        if (c.e.kind === 'hearingHeld' && until.hearing && c.e.hearing !== until.hearing) continue;
        if (!best || c.day < best.day) best = c;
        break;
      }
    }
    if (best) return { to: best.day, closer: best };
  }
  return {
    to: OPEN,
    waitingFor: `${until.description} (${until.event}${until.hearing ? `: ${until.hearing}` : ''})`,
  };
}

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

function zednerWarning(ctx: Ctx, ev: Ev, effect: ReturnType<typeof endsOfJusticeEffect>, from: Day, to: Day) {
  const period = `${describeDay(from)} to ${to === OPEN ? 'an open end' : describeDay(to)}`;
  if (effect.flags.includes('noFindings')) {
    ctx.warnings.push({
      code: 'continuanceWithoutFindings',
      severity: 'critical',
      message: `${cite(ctx, ev)}: continuance (${period}) without ends-of-justice findings on the record — the days are counted (§ 3161(h)(7)(A); Zedner v. United States, 547 U.S. 489 (2006)).`,
      events: [ev.e.id],
      defendants: ev.e.defendants,
      date: ev.e.date,
    });
  } else if (effect.flags.includes('forbiddenBasis')) {
    ctx.warnings.push({
      code: 'forbiddenBasis',
      severity: 'critical',
      message: `${cite(ctx, ev)}: continuance (${period}) rests on a basis § 3161(h)(7)(C) forbids — the days are counted.`,
      events: [ev.e.id],
      defendants: ev.e.defendants,
      date: ev.e.date,
    });
  } else if (effect.flags.includes('findingsUnverified')) {
    ctx.warnings.push({
      code: 'findingsUnverified',
      severity: 'info',
      message: `${cite(ctx, ev)}: time excluded (${period}) as an ends-of-justice continuance, but the docket text states no reasons — excluded provisionally; confirm the reasons in the order or transcript (Zedner).${ev.e.note ? ` Note: ${ev.e.note}.` : ''}`,
      events: [ev.e.id],
      defendants: ev.e.defendants,
      date: ev.e.date,
    });
  }
}

/**
 * An ends-of-justice exclusion reaching back before the order that grants it. (h)(7)(A) excludes delay "resulting
 * from a continuance granted by any judge … on the basis of his findings": the decision to continue must come
 * before the period it excludes — a continuance cannot be granted nunc pro tunc (United States v. Tunnessen, 763
 * F.2d 74 (2d Cir. 1985)) — although the reasons may be put on the record later, by the ruling on a motion to
 * dismiss (Zedner v. United States, 547 U.S. 489 (2006)). The order may only record a continuance granted orally
 * earlier, so the days stay excluded: the engine flags them, names them, and leaves the decision to the court.
 */
function retroactiveCheck(
  ctx: Ctx,
  ev: Ev,
  effect: ReturnType<typeof endsOfJusticeEffect>,
  from: Day,
  to: Day,
): FlagCode[] {
  if (!effect.excludes || from >= ev.day) return [];
  const last = Math.min(ev.day - 1, to);
  const days = last - from + 1;
  // A hearing held the day the exclusion starts: the written order likely records a ruling made there.
  const hearing = eventsOf(ctx, 'hearingHeld').find(
    (h) => h.day === from && h.e.defendants.some((d) => ev.e.defendants.includes(d)),
  );
  ctx.warnings.push({
    code: 'retroactiveEndsOfJustice',
    severity: hearing ? 'info' : 'warning',
    message: `${cite(ctx, ev)}: the ends-of-justice exclusion starts ${describeDay(from)}, before the order was made (${describeDay(ev.day)}): ${days} day${days === 1 ? ' is' : 's are'} (${describeDay(from)} to ${describeDay(last)}) excluded only if the court had decided to continue before them — a continuance cannot be granted nunc pro tunc (United States v. Tunnessen, 763 F.2d 74 (2d Cir. 1985); the reasons, not the decision, may come later, Zedner). Still excluded here; ${hearing ? `the order may record a ruling made at the hearing held that day (${cite(ctx, hearing)}) — confirm it in the minutes or transcript.` : 'check the record for an earlier oral ruling.'}`,
    events: [ev.e.id],
    defendants: ev.e.defendants,
    date: ev.e.date,
  });
  return ['retroactiveEndsOfJustice'];
}

function openWarning(ctx: Ctx, ev: Ev, what: string, waitingFor: string) {
  ctx.warnings.push({
    code: 'openWindow',
    severity: 'warning',
    message: `${cite(ctx, ev)}: ${what} is open-ended, waiting for ${waitingFor}; until then the last day cannot be computed.`,
    events: [ev.e.id],
    defendants: ev.e.defendants,
    date: ev.e.date,
  });
}

const WINDOW_FIELDS = new Set(['window', 'start', 'end']);

/**
 * An order known to continue or exclude time whose window (or whose findings or basis) the record does not show:
 * its days are unknown — never counted as if no order existed, never excluded as if its terms were known — from
 * its start to the end it states, or to the next order that speaks for the days after it
 * (`boundOfUnknownWindow`). Returns true when it handled the event.
 */
function unknownOrder(
  ctx: Ctx,
  ev: Ev,
  from: Day,
  statedTo: Day | null,
  what: 'window' | 'findings' | 'basis',
): void {
  const bound = statedTo === null ? boundOfUnknownWindow(ctx, ev, from) : { to: statedTo, by: null };
  const u = ev.e.unknown;
  const label = ev.e.kind === 'continuance' ? 'order continuing the case' : 'order excluding time';
  addGap(ctx, {
    id: `${ev.e.id}#unknown`,
    cause: what === 'window' ? 'windowNotShown' : what === 'findings' ? 'findingsNotShown' : 'basisNotShown',
    from,
    to: bound.to,
    sources: bound.by ? [ev, bound.by] : [ev],
    defendants: ev.e.defendants,
    reason: `${cite(ctx, ev)}: an ${label}${
      what === 'window'
        ? ` whose window the record does not show${u ? ` (${u.reason})` : ''}`
        : what === 'findings'
          ? ` whose ends-of-justice findings the record does not show${u ? ` (${u.reason})` : ''}`
          : ` on a basis the record does not show${u ? ` (${u.reason})` : ''}`
    }; ${bound.to === OPEN ? 'nothing later in the record bounds it' : bound.by ? `the next order, ${cite(ctx, bound.by)}, speaks for the days from ${describeDay(bound.by.day)}` : `through ${describeDay(bound.to)}`}.`,
    settle: u?.settle ?? settleByReading(ctx, ev, 'order'),
  });
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
  const rule = EXCLUSION_RULES[e.basis];
  const aoCode = e.aoCode ?? rule.aoCode;
  if (to === OPEN && waitingFor) openWarning(ctx, ev, `the exclusion from ${describeDay(from)}`, waitingFor);

  switch (e.basis) {
    case 'endsOfJustice': {
      const effect = endsOfJusticeEffect(e.findings);
      zednerWarning(ctx, ev, effect, from, to);
      const retro = retroactiveCheck(ctx, ev, effect, from, to);
      addWindow(out, ctx, {
        ...base,
        kind: 'endsOfJustice',
        from,
        to,
        excludes: effect.excludes,
        part: 'h7',
        flags: [...flags, ...effect.flags, ...retro],
        citation: effect.citation,
        aoCode: e.aoCode ?? effect.aoCode,
        note: e.note ? `${effect.note} Note: ${e.note}.` : effect.note,
      });
      return;
    }
    case 'underAdvisement': {
      // (h)(1)(H): "not to exceed thirty days".
      const capEnd = from + ADVISEMENT_CAP_DAYS - 1;
      addWindow(out, ctx, {
        ...base,
        kind: e.basis,
        from,
        to: Math.min(to, capEnd),
        excludes: true,
        part: 'h1H',
        flags,
        aoCode,
      });
      addWindow(out, ctx, {
        ...base,
        kind: e.basis,
        from: capEnd + 1,
        to,
        excludes: false,
        part: 'h1H-over',
        flags: [...flags, 'underAdvisementCapExceeded'],
        aoCode,
      });
      return;
    }
    case 'transportation':
      // (h)(1)(F): one implementation with the `transportation` event; the order's first day is the order date.
      transportationWindows(ctx, out, {
        order: from,
        arrival: to === OPEN ? undefined : to,
        reasonable: false,
        defendants: e.defendants,
        sources,
        label: EXCLUSION_RULES.transportation.label,
        orderDayExcluded: true,
        flags,
        ...(aoCode ? { aoCode } : {}),
        ...(e.citedAs ? { citedAs: e.citedAs } : {}),
      });
      return;
    case 'foreignEvidence': {
      // (h)(8): "not to exceed one year".
      const lastOfYear = addOneYear(from) - 1;
      addWindow(out, ctx, {
        ...base,
        kind: e.basis,
        from,
        to: Math.min(to, lastOfYear),
        excludes: true,
        part: 'h8',
        flags,
        aoCode,
      });
      addWindow(out, ctx, {
        ...base,
        kind: e.basis,
        from: lastOfYear + 1,
        to,
        excludes: false,
        part: 'h8-over',
        flags: [...flags, 'foreignEvidenceCapExceeded'],
        aoCode,
      });
      return;
    }
    case 'naraExam':
    case 'naraDeferral':
    case 'naraTreatment': {
      const repeal = dayOf(NARA_REPEALED_AFTER);
      addWindow(out, ctx, {
        ...base,
        kind: e.basis,
        from,
        to: Math.min(to, repeal),
        excludes: true,
        part: 'nara',
        flags,
        aoCode,
      });
      addWindow(out, ctx, {
        ...base,
        kind: e.basis,
        from: Math.max(from, repeal + 1),
        to,
        excludes: false,
        part: 'nara-repealed',
        flags: [...flags, 'repealedBasis'],
        aoCode,
      });
      return;
    }
    case 'codefendant':
      addWindow(out, ctx, {
        ...base,
        kind: e.basis,
        from,
        to,
        excludes: true,
        part: 'h6',
        flags: [...flags, 'codefendantOrder', 'reviewReasonableness'],
        aoCode,
      });
      return;
    case 'absenceUnavailability':
      addWindow(out, ctx, {
        ...base,
        kind: e.basis,
        from,
        to,
        excludes: true,
        part: 'h3',
        flags: [...flags, 'governmentBurden'],
        aoCode,
      });
      return;
    case 'deferredProsecution':
      addWindow(out, ctx, {
        ...base,
        kind: e.basis,
        from,
        to,
        excludes: true,
        part: 'h2',
        flags: [...flags, 'verifyElements'],
        aoCode,
      });
      return;
    case 'otherProceeding':
      if (PLEA_NEGOTIATIONS.test(eventText(ctx, ev))) {
        pleaNegotiationWindow(ctx, ev, out, from, to, flags, base);
        return;
      }
      addWindow(out, ctx, { ...base, kind: e.basis, from, to, excludes: true, part: 'h1', flags, aoCode });
      return;
    default:
      addWindow(out, ctx, { ...base, kind: e.basis, from, to, excludes: true, part: 'order', flags, aoCode });
  }
}

/**
 * Plea negotiations (docs/speedy-trial.md, "Plea negotiations"): negotiation time is not an (h)(1) proceeding; it is excluded only by an (h)(7) order with findings
 * (Bloate, 559 U.S. 196; White v. United States, 138 S. Ct. 641 (2018) (GVR on the Solicitor General's
 * confession); 6th Cir. White; 11th Cir. Mathurin). Option pleaNegotiation=automatic reproduces pre-Bloate
 * computations.
 */
function pleaNegotiationWindow(
  ctx: Ctx,
  ev: Ev,
  out: Window[],
  from: Day,
  to: Day,
  flags: FlagCode[],
  base: { defendants: readonly number[]; sources: Ev[]; citedAs?: string; waitingFor?: string },
) {
  const automatic = ctx.options.pleaNegotiation === 'automatic';
  addWindow(out, ctx, {
    ...base,
    kind: 'otherProceeding',
    from,
    to,
    excludes: automatic,
    part: 'plea-negotiations',
    label: 'Plea negotiations',
    flags: [...flags, automatic ? 'pleaNegotiationsAutomatic' : 'pleaNegotiationsNotExcluded'],
  });
  if (!automatic) {
    ctx.warnings.push({
      code: 'pleaNegotiationsNotExcluded',
      severity: 'warning',
      message: `${cite(ctx, ev)}: time for plea negotiations without an ends-of-justice order with findings is not excludable (Bloate; White) — the days are counted.`,
      events: [ev.e.id],
      defendants: ev.e.defendants,
      date: ev.e.date,
    });
  }
}

/** A continuance: excludes time only under (h)(7)(A) with findings on the record. */
function continuance(ctx: Ctx, ev: Ev<EventOf<'continuance'>>, out: Window[]): void {
  const e = ev.e;
  const flags: FlagCode[] = [];
  let fromRaw: Day;
  let toRaw: Day;
  let waitingFor: string | undefined;
  const unknownFields = new Set(e.unknown?.fields ?? []);
  const counted = e.findings.status === 'absent' || e.findings.status === 'forbiddenBasis';
  const windowUnknown =
    [...unknownFields].some((f) => WINDOW_FIELDS.has(f)) ||
    (e.excludeFrom === undefined && e.excludeTo === undefined && e.newDate === undefined);
  if (!counted && windowUnknown) {
    // An order known to continue, with no window stated: its days are unknown (not counted, not excluded).
    const from = e.excludeFrom !== undefined && !unknownFields.has('start') ? dayOf(e.excludeFrom) : ev.day;
    const statedTo =
      unknownFields.has('window') || unknownFields.has('end')
        ? null
        : e.excludeTo !== undefined
          ? dayOf(e.excludeTo)
          : e.newDate !== undefined
            ? dayOf(e.newDate)
            : null;
    unknownOrder(ctx, ev, from, statedTo, 'window');
    ctx.warnings.push({
      code: 'exclusionWithoutDates',
      severity: 'warning',
      message: `${cite(ctx, ev)}: continuance of the ${e.of} whose window the record does not show — its days are unknown (neither counted nor excluded) until the order's window is recorded: ${e.unknown?.settle ?? settleByReading(ctx, ev, 'order')}.`,
      events: [e.id],
      defendants: e.defendants,
      date: e.date,
    });
    return;
  }
  if (!counted && unknownFields.has('findings')) {
    const from = e.excludeFrom !== undefined ? dayOf(e.excludeFrom) : ev.day;
    const to =
      e.excludeTo !== undefined ? dayOf(e.excludeTo) : e.newDate !== undefined ? dayOf(e.newDate) : null;
    unknownOrder(ctx, ev, from, to, 'findings');
    return;
  }
  if (e.excludeFrom === undefined && e.excludeTo === undefined) {
    if (e.newDate === undefined) {
      ctx.warnings.push({
        code: 'exclusionWithoutDates',
        severity: 'warning',
        message: `${cite(ctx, ev)}: continuance of the ${e.of} with no exclusion dates and no new date — nothing is excluded; record the window the order gives.`,
        events: [e.id],
        defendants: e.defendants,
        date: e.date,
      });
      return;
    }
    fromRaw = ev.day;
    toRaw = dayOf(e.newDate);
    flags.push('windowInferred');
    ctx.warnings.push({
      code: 'exclusionWithoutDates',
      severity: 'warning',
      message: `${cite(ctx, ev)}: continuance with no exclusion dates — the window is taken from the order date to the new date, ${describeDay(fromRaw)} to ${describeDay(toRaw)}; confirm against the order.`,
      events: [e.id],
      defendants: e.defendants,
      date: e.date,
    });
  } else {
    fromRaw = e.excludeFrom !== undefined ? dayOf(e.excludeFrom) : ev.day;
    if (e.excludeTo !== undefined) toRaw = dayOf(e.excludeTo);
    else if (e.newDate !== undefined) {
      toRaw = dayOf(e.newDate);
      flags.push('windowInferred');
    } else {
      toRaw = OPEN;
      waitingFor = 'a further order';
      openWarning(ctx, ev, `the continuance from ${describeDay(fromRaw)}`, waitingFor);
    }
  }
  const ends = applyEndpoints(ctx, fromRaw, toRaw);
  if (ends.adjusted) flags.push('endpointAdjusted');
  const { from, to } = ends;
  const effect = endsOfJusticeEffect(e.findings);
  const text = eventText(ctx, ev, [e.findings.status === 'onRecord' ? e.findings.text : undefined]);
  if (!effect.excludes && PLEA_NEGOTIATIONS.test(text)) {
    pleaNegotiationWindow(ctx, ev, out, from, to, [...flags, ...effect.flags], {
      defendants: e.defendants,
      sources: [ev],
      ...(waitingFor ? { waitingFor } : {}),
    });
    return;
  }
  if (!effect.excludes && e.of === 'motionDeadline') flags.push('bloatePreparationTime');
  zednerWarning(ctx, ev, effect, from, to);
  flags.push(...retroactiveCheck(ctx, ev, effect, from, to));
  if (!effect.excludes && e.of === 'motionDeadline') {
    ctx.warnings.push({
      code: 'bloatePreparationTime',
      severity: 'warning',
      message: `${cite(ctx, ev)}: time to prepare pretrial motions is not automatically excludable (Bloate v. United States, 559 U.S. 196 (2010)); without (h)(7) findings ${describeDay(from)}–${to === OPEN ? 'open' : describeDay(to)} is counted.`,
      events: [e.id],
      defendants: e.defendants,
      date: e.date,
    });
  }
  addWindow(out, ctx, {
    kind: 'endsOfJustice',
    from,
    to,
    excludes: effect.excludes,
    defendants: e.defendants,
    sources: [ev],
    part: 'continuance',
    label: `Continuance of the ${e.of === 'motionDeadline' ? 'motions deadline' : e.of}`,
    flags: [...flags, ...effect.flags],
    citation: effect.citation,
    aoCode: effect.aoCode,
    note: effect.note,
    ...(waitingFor ? { waitingFor } : {}),
  });
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

export function orderWindows(ctx: Ctx, out: Window[]): void {
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
    continuance(ctx, ev, out);
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
}
