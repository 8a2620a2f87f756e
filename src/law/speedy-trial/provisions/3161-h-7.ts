/**
 * 18 U.S.C. § 3161(h)(7)(A): ends-of-justice continuance ((h)(8)(A) from 1979 to 2008).
 */

import type { EventOf, Findings } from '../../../case/events.ts';
import { type Ctx, cite, type Ev, eventsOf } from '../context.ts';
import { type Day, dayOf, describeDay, OPEN } from '../days.ts';
import type { FlagCode } from '../flags.ts';
import { settleByReading } from '../unknowns.ts';
import { addWindow, openWindowWarning, type Window } from '../window.ts';
import {
  applyEndpoints,
  eventText,
  type OrderWindows,
  unknownOrder,
  WINDOW_FIELDS,
} from '../window-terms.ts';
import { PLEA_NEGOTIATIONS, pleaNegotiationWindow } from './3161-h-1.ts';
import { exclusion, STA } from './provision.ts';

/**
 * (h)(7)(B) factors → the AO T-codes (docs/speedy-trial.md, "Exclusions, § 3161(h)"); several factors, or
 * "other", take the plain T.
 */
export const ENDS_OF_JUSTICE_FACTORS = {
  i: {
    code: 'T1',
    cite: '(B)(i)',
    text: 'failure to continue would make a continuation impossible or result in a miscarriage of justice',
  },
  ii: { code: 'T2', cite: '(B)(ii)', text: 'the case is so unusual or so complex' },
  iii: { code: 'T3', cite: '(B)(iii)', text: 'indictment cannot reasonably be filed within § 3161(b)' },
  iv: {
    code: 'T4',
    cite: '(B)(iv)',
    text: 'time to obtain or keep counsel, or for effective preparation',
  },
  other: { code: 'T', cite: '(A)', text: 'reasons stated on the record' },
} as const;

/** The AO's short meaning of each factor's T-code. */
const T_MEANINGS = {
  i: 'miscarriage of justice or impossibility',
  ii: 'unusual or complex case',
  iii: 'indictment cannot be filed within 30 days of arrest',
  iv: 'time to obtain or keep counsel, or for effective preparation',
} as const;

export const endsOfJustice = exclusion({
  kind: 'endsOfJustice',
  label: 'Ends-of-justice continuance',
  citation: `${STA} 3161(h)(7)(A)`,
  formerCitations: { '1975': null, '1979-2008': '(h)(8)(A)' },
  aoCodes: [
    { code: ENDS_OF_JUSTICE_FACTORS.other.code, meaning: 'ends-of-justice continuance' },
    ...(['i', 'ii', 'iii', 'iv'] as const).map((factor) => ({
      code: ENDS_OF_JUSTICE_FACTORS[factor].code,
      meaning: T_MEANINGS[factor],
      factor,
    })),
  ],
  text: 'No such period of delay resulting from a continuance granted by the court in accordance with this paragraph shall be excludable under this subsection unless the court sets forth, in the record of the case, either orally or in writing, its reasons for finding that the ends of justice served by the granting of such continuance outweigh the best interests of the public and the defendant in a speedy trial.',
  automatic: false,
  period:
    'the continued period, only with reasons on the record (Zedner); never for calendar congestion or Government lack of diligence ((h)(7)(C))',
  inForce: { from: null, to: null },
  docketCites: { current: '7', before2008: '8' },
  parameters: [],
});

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

export function zednerWarning(
  ctx: Ctx,
  ev: Ev,
  effect: ReturnType<typeof endsOfJusticeEffect>,
  from: Day,
  to: Day,
) {
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
export function retroactiveCheck(
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

/** An order excluding time as an ends-of-justice continuance: the period it names, as its findings allow. */
export const endsOfJusticeOrderWindows: OrderWindows = (ctx, o, out) => {
  const { ev, from, to, flags, base } = o;
  const e = ev.e;
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
};

/** A continuance: excludes time only under (h)(7)(A) with findings on the record. */
export function continuanceWindows(ctx: Ctx, ev: Ev<EventOf<'continuance'>>, out: Window[]): void {
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
      openWindowWarning(ctx, ev, `the continuance from ${describeDay(fromRaw)}`, waitingFor);
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
