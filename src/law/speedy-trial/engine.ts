/**
 * The Speedy Trial engine: `(caseFile, asOf, options, whatIf?) → result per defendant`. Pure: the as-of date
 * is an argument, nothing is read from the clock, the disk or the network.
 *
 * 1. The docket as of the as-of date (`context.ts`), without entries marked in error.
 * 2. The windows the events give (`exclusions/`): excluded periods, and items that cover days without
 *    excluding them, each with its legal basis.
 * 3. The clocks each defendant has (`clocks.ts`), the joint start of joined defendants (spec § 8).
 * 4. The days counted (`count.ts`) over the defendant's own windows and those imported under § 3161(h)(6)
 *    (`covers.ts`), the last day rolled under Rule 45 (`court-days.ts`), warnings.
 */
import { z } from 'zod';
import { Event } from '../../case/events.ts';
import type { CaseFile } from '../../case/record.ts';
import { type ClockDraft, detentionDrafts, earliestTrial, indictmentDrafts, trialDrafts } from './clocks.ts';
import { buildContext, type Ctx, type DraftWarning, type Ev, refOf } from './context.ts';
import { type CountResult, type Cover, count } from './count.ts';
import { rollForward } from './court-days.ts';
import { buildCovers, type DefendantCovers } from './covers.ts';
import { type Day, dayOf, describeDay, isoOf } from './days.ts';
import { motionWindows } from './exclusions/motions.ts';
import { orderWindows } from './exclusions/orders.ts';
import { proceedingWindows } from './exclusions/proceedings.ts';
import { buildJoinder, type Joinder, joinedOn } from './joinder.ts';
import { SpeedyTrialOptions, type SpeedyTrialOptionsInput } from './options.ts';
import type { Clock, DefendantClocks, LastDay, SpeedyTrialResult, Warning } from './result.ts';
import { EXCLUSION_RULES, LIMITS, REMEDIES } from './rules.ts';
import { compareWhatIf } from './what-if.ts';
import type { Window } from './window.ts';

/** Bad input to the engine: names the field and what is wrong with it. */
export class SpeedyTrialInputError extends Error {
  override name = 'SpeedyTrialInputError';
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
  }
}

/** Hypothetical events: the same shape as the case file's events (provenance `manual` is usual). */
export const WhatIf = z
  .object({ events: z.array(Event).min(1, 'a what-if needs at least one event') })
  .strict()
  .meta({ id: 'SpeedyTrialWhatIf', description: 'Hypothetical events to compute the clocks with.' });
export type WhatIf = z.input<typeof WhatIf>;

function parseOptions(options: SpeedyTrialOptionsInput | undefined): SpeedyTrialOptions {
  const parsed = SpeedyTrialOptions.safeParse(options ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new SpeedyTrialInputError(`options.${issue.path.join('.')}`, issue.message);
  }
  for (const [i, j] of parsed.data.judicialEmergencies.entries()) {
    if (j.to < j.from)
      throw new SpeedyTrialInputError(`options.judicialEmergencies.${i}.to`, `${j.to} is before ${j.from}`);
  }
  return parsed.data;
}

function parseWhatIf(file: CaseFile, whatIf: WhatIf): Event[] {
  const parsed = WhatIf.safeParse(whatIf);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new SpeedyTrialInputError(`whatIf.${issue.path.join('.')}`, issue.message);
  }
  const ids = new Set(file.events.map((e) => e.id));
  const defendants = new Set(file.defendants.map((d) => d.number));
  for (const [i, e] of parsed.data.events.entries()) {
    if (ids.has(e.id))
      throw new SpeedyTrialInputError(`whatIf.events.${i}.id`, `"${e.id}" is already an event of the case`);
    ids.add(e.id);
    for (const d of e.defendants) {
      if (!defendants.has(d))
        throw new SpeedyTrialInputError(`whatIf.events.${i}.defendants`, `defendant ${d} is not in the case`);
    }
  }
  return parsed.data.events;
}

/**
 * The Speedy Trial clocks of every defendant of `caseFile` on `asOf` (YYYY-MM-DD), with ledgers; with `whatIf`,
 * also the clocks computed with the hypothetical events, beside the actual ones.
 */
export function computeSpeedyTrial(
  caseFile: CaseFile,
  asOf: string,
  options?: SpeedyTrialOptionsInput,
  whatIf?: WhatIf,
): SpeedyTrialResult {
  let asOfDay: Day;
  try {
    asOfDay = dayOf(asOf);
  } catch (e) {
    throw new SpeedyTrialInputError('asOf', (e as Error).message);
  }
  const opts = parseOptions(options);
  const actual = run(caseFile, asOfDay, opts, []);
  if (!whatIf) return actual;
  const events = parseWhatIf(caseFile, whatIf);
  const alt = run(caseFile, asOfDay, opts, events);
  return { ...actual, whatIf: compareWhatIf(actual, alt, events) };
}

function run(
  file: CaseFile,
  asOf: Day,
  options: SpeedyTrialOptions,
  hypothetical: readonly Event[],
): SpeedyTrialResult {
  const ctx = buildContext(file, asOf, options, hypothetical);
  const windows: Window[] = [];
  orderWindows(ctx, windows);
  motionWindows(ctx, windows);
  proceedingWindows(ctx, windows);
  const joinder = buildJoinder(ctx);

  const perDefendant = new Map<number, Ev[]>(file.defendants.map((d) => [d.number, []]));
  for (const ev of ctx.events) for (const d of ev.e.defendants) perDefendant.get(d)?.push(ev);

  const drafts = new Map<number, ClockDraft[]>();
  for (const d of file.defendants) {
    const evs = perDefendant.get(d.number) ?? [];
    drafts.set(d.number, [
      ...indictmentDrafts(ctx, d.number, evs),
      ...trialDrafts(ctx, d.number, evs, ctx.warnings),
      ...detentionDrafts(ctx, d.number, evs),
    ]);
  }
  jointStart(ctx, drafts, joinder);

  // § 3161(h)(6): periods of a co-defendant whose time has run are not imported after that day. A first pass
  // finds whose time has run; a second applies it (only when some clock has run).
  let covers = buildCovers(ctx, windows, joinder, new Map());
  let clocks = finalizeAll(ctx, drafts, covers);
  const ranOut = new Map<number, Day>();
  for (const [d, list] of clocks) {
    const trial = list.find((c) => c.draft.kind === 'trial' && c.draft.current);
    if (trial?.result.overOn != null) ranOut.set(d, trial.result.overOn);
  }
  if (ranOut.size > 0) {
    covers = buildCovers(ctx, windows, joinder, ranOut);
    clocks = finalizeAll(ctx, drafts, covers);
  }

  const defendants: DefendantClocks[] = file.defendants.map((d) => {
    const evs = perDefendant.get(d.number) ?? [];
    const list = clocks.get(d.number) ?? [];
    const earliest = earliestTrial(evs);
    const clockWarnings: DraftWarning[] = [];
    if (d.knownFrom === 'docketText' && file.defendants.some((x) => x.knownFrom === 'partyList')) {
      // A docket report run for some defendants lists only their parties and entries; the others appear only
      // where an entry names them too, so their own plea, severance or dismissal may be missing.
      clockWarnings.push({
        code: 'defendantNotInReport',
        severity: 'warning',
        message: `${d.name} (${d.number}) is not in this docket report's party list: the report was run for other defendants, so entries that concern only this defendant (a plea, a severance, a dismissal) are not on it. The clocks use only the entries shared with them — import this defendant's own docket before relying on them.`,
        events: [],
        defendants: [d.number],
      });
    }
    const out = list.map((c) => toClock(ctx, c.draft, c.result, c.readings, clockWarnings));
    importWarning(d.number, list, windows.length, clockWarnings);
    return {
      defendant: d.number,
      name: d.name,
      custody: d.custody,
      clocks: out,
      earliestTrialDate: earliest
        ? {
            date: isoOf(earliest.day + LIMITS.earliestTrial.days),
            text: `Not before ${describeDay(earliest.day + LIMITS.earliestTrial.days)} without the defendant's written consent: 30 days after the defendant ${earliest.text} (a floor; no roll; not restarted by a superseding indictment, Rojas-Contreras).`,
            citation: LIMITS.earliestTrial.citation,
            sources: earliest.sources.map((ev) => refOf(ctx, ev)),
          }
        : null,
      joinder: [...(joinder.joinedFrom.get(d.number) ?? [])]
        .sort((a, b) => a[0] - b[0])
        .map(([other, from]) => {
          const severed = joinder.severedOn.get(d.number)?.get(other);
          const left = [joinder.leftOn.get(d.number), joinder.leftOn.get(other)]
            .filter((x) => x !== undefined)
            .sort((a, b) => a.day - b.day)[0];
          return {
            defendant: other,
            from: isoOf(from),
            severedOn: severed === undefined ? null : isoOf(severed),
            endedOn: left ? { date: isoOf(left.day), reason: left.reason, event: left.event } : null,
          };
        }),
      warnings: [...ctx.warnings, ...clockWarnings]
        .filter((w) => w.defendants?.includes(d.number) && !afterStop(list, w))
        .map((w) => toWarning(w, d.number)),
    };
  });

  const caseWarnings = ctx.warnings
    .filter((w) => !w.defendants || w.defendants.length === 0)
    .map((w) => toWarning(w));
  const stale = staleDocket(ctx, defendants);
  if (stale) caseWarnings.unshift(stale);

  return {
    format: 'pretrial.speedy-trial',
    version: 1,
    case: { court: file.case.court, docketNumber: file.case.docketNumber, caption: file.case.caption },
    asOf: isoOf(asOf),
    options,
    defendants,
    warnings: caseWarnings,
  };
}

/**
 * The engine counts every day up to the as-of date that no event excludes; for the days after the docket's last
 * entry that is an assumption — nothing happened — not a reading of the record. When the as-of date is more than
 * `staleDocketDays` (default 90) after the last entry and a clock is still open, say so: a docket excerpt or an
 * old download otherwise reads as a clock run by thousands of days.
 */
function staleDocket(ctx: Ctx, defendants: readonly DefendantClocks[]): Warning | null {
  let last: string | null = null;
  for (const e of ctx.file.docketEntries) if (last === null || e.dateFiled > last) last = e.dateFiled;
  if (last === null) return null;
  const lastDay = dayOf(last);
  const gap = ctx.asOf - lastDay;
  if (gap <= ctx.options.staleDocketDays) return null;
  const open = defendants.flatMap((d) =>
    d.clocks.filter((c) => c.current && c.end === null && c.trigger.date !== null).map(() => d.defendant),
  );
  if (open.length === 0) return null;
  return {
    code: 'docketStale',
    severity: 'warning',
    message: `The docket’s last entry is ${describeDay(lastDay)}, ${gap} days before the as-of date ${describeDay(ctx.asOf)}: the ${gap} days after it are counted on the assumption that nothing happened (no exclusion, plea, trial or dismissal) — import a current docket, or compute as of a date near the last entry (--as-of). Open clocks: defendant${open.length === 1 ? '' : 's'} ${[...new Set(open)].join(', ')} (option staleDocketDays=${ctx.options.staleDocketDays}).`,
    events: [],
    date: last,
  };
}

/**
 * Once every clock of a defendant has stopped (trial commenced, a guilty plea, a dismissal not followed by a new
 * charge), later events cannot move it: the Act asks whether trial commenced in time (§ 3161(c)(1)), and a
 * dismissal motion not made before trial or plea is waived (§ 3162(a)(2), last sentence). Their warnings (a
 * post-trial motion pending, a count vacated at sentencing) are dropped, and so is every "open window" warning:
 * no last day remains to compute, and the ledger cuts each window at the stop.
 */
function afterStop(list: ReadonlyArray<{ draft: ClockDraft }>, w: DraftWarning): boolean {
  if (list.length === 0 || list.some((c) => c.draft.end === null || c.draft.suspended)) return false;
  if (w.code === 'openWindow') return true;
  const stopped = Math.max(...list.map((c) => c.draft.end?.day ?? 0));
  return w.date !== undefined && dayOf(w.date) > stopped;
}

function toWarning(w: DraftWarning, defendant?: number): Warning {
  const { defendants: _, ...rest } = w;
  return defendant === undefined ? rest : { ...rest, defendant };
}

/**
 * Spec § 8: "each joined defendant's (c)(1) trigger is the latest trigger among the defendants joined for trial
 * with him at that time" (Henderson, 476 U.S. at 323 n.2; 9th Cir. Avila, Morales). A co-defendant severed
 * before his own start does not hold the start back; one who has not yet appeared is flagged.
 */
function jointStart(ctx: Ctx, drafts: Map<number, ClockDraft[]>, joinder: Joinder): void {
  const latest = ctx.options.jointTrigger === 'latestCodefendant';
  const custody = new Map(ctx.file.defendants.map((d) => [d.number, d.custody]));
  for (const [d, list] of drafts) {
    for (const draft of list) {
      if (draft.kind !== 'trial') continue;
      draft.trigger = draft.ownTrigger;
      draft.triggerText = draft.ownText;
      if (!draft.jointEligible || draft.ownTrigger === null) continue;
      const own = draft.ownTrigger;
      const endDay = draft.end?.day ?? Number.POSITIVE_INFINITY;
      let best: { day: Day; defendant: number; draft: ClockDraft } | null = null;
      for (const [other] of joinder.joinedFrom.get(d) ?? []) {
        for (const od of drafts.get(other) ?? []) {
          const t = od.ownTrigger;
          if (od.kind !== 'trial' || !od.jointEligible || t === null || t <= own || t > endDay) continue;
          if (!joinedOn(joinder, d, t).includes(other)) continue;
          if (!best || t > best.day) best = { day: t, defendant: other, draft: od };
        }
      }
      if (best) {
        const name =
          ctx.file.defendants.find((x) => x.number === best.defendant)?.name ?? `defendant ${best.defendant}`;
        draft.components.push({
          what: 'codefendantTrigger',
          date: isoOf(best.day),
          text: `latest joined co-defendant: ${name} (${best.defendant}), whose own clock starts ${describeDay(best.day)} on ${best.draft.ownText}`,
          defendant: best.defendant,
        });
        if (latest) {
          draft.trigger = best.day;
          draft.triggerText = `the start of the latest joined co-defendant, ${name} (${best.defendant}), ${describeDay(best.day)} (option jointTrigger=latestCodefendant); own start ${describeDay(own)}: ${draft.ownText}`;
        }
      }
      if (draft.end) continue;
      // Joined co-defendants with no start yet (not arrested, fugitive, sealed).
      for (const other of joinedOn(joinder, d, ctx.asOf)) {
        const theirs = (drafts.get(other) ?? []).filter((x) => x.kind === 'trial' && x.jointEligible);
        if (theirs.some((x) => x.ownTrigger !== null)) continue;
        const fugitive = custody.get(other) === 'fugitive';
        ctx.warnings.push({
          code: fugitive ? 'fugitiveCodefendant' : 'codefendantNotYetAppeared',
          severity: 'warning',
          message: fugitive
            ? `Co-defendant (${other}) is a fugitive and his clock has not started: how long his absence may delay this defendant's trial is a question of § 3161(h)(6) reasonableness — review.`
            : `Co-defendant (${other}) is joined but his clock has not started (no public charge or no appearance yet)${latest ? '; when it starts, the joint start of this clock moves to that day (option jointTrigger=latestCodefendant)' : ''}.`,
          events: [],
          defendants: [d],
        });
      }
    }
  }
}

interface Computed {
  draft: ClockDraft;
  result: CountResult;
  readings: Array<{ option: string; value: string; trigger: Day | null; result: CountResult | null }>;
}

function coversFor(draft: ClockDraft, c: DefendantCovers): readonly Cover[] {
  const base = draft.kind === 'indictment' ? c.own : c.all;
  return draft.extraCovers.length === 0
    ? base
    : [...base, ...draft.extraCovers].sort((a, b) => a.from - b.from);
}

function throughOf(ctx: Ctx, draft: ClockDraft): Day {
  return draft.end ? Math.min(draft.end.day, ctx.asOf) : ctx.asOf;
}

function finalizeAll(
  ctx: Ctx,
  drafts: Map<number, ClockDraft[]>,
  covers: Map<number, DefendantCovers>,
): Map<number, Computed[]> {
  const out = new Map<number, Computed[]>();
  for (const [d, list] of drafts) {
    const mine = covers.get(d)!;
    out.set(
      d,
      list.map((draft) => {
        const cs = coversFor(draft, mine);
        const through = throughOf(ctx, draft);
        const empty: CountResult = {
          daysUsed: 0,
          daysExcluded: 0,
          calendarDays: 0,
          ledger: [],
          projection: [],
          lastDay: null,
          overOn: null,
          inForce: [],
          inLedger: [],
        };
        const result =
          draft.trigger === null
            ? empty
            : count({
                trigger: draft.trigger,
                through,
                limit: draft.limit.days,
                covers: cs,
                withLedger: true,
                project: !draft.suspended,
              });
        const readings: Computed['readings'] = [];
        // The other reading of option jointTrigger, where the two starts differ.
        if (
          draft.kind === 'trial' &&
          draft.jointEligible &&
          draft.ownTrigger !== null &&
          draft.trigger !== null
        ) {
          const alt = ctx.options.jointTrigger === 'latestCodefendant' ? draft.ownTrigger : jointDay(draft);
          if (alt !== null && alt !== draft.trigger) {
            readings.push({
              option: 'jointTrigger',
              value: ctx.options.jointTrigger === 'latestCodefendant' ? 'ownTrigger' : 'latestCodefendant',
              trigger: alt,
              result: count({
                trigger: alt,
                through,
                limit: draft.limit.days,
                covers: cs,
                withLedger: false,
                project: !draft.suspended,
              }),
            });
          }
        }
        return { draft, result, readings };
      }),
    );
  }
  return out;
}

function jointDay(draft: ClockDraft): Day | null {
  const c = draft.components.find((x) => x.what === 'codefendantTrigger');
  return c?.date ? dayOf(c.date) : null;
}

function lastDayOf(ctx: Ctx, r: CountResult): LastDay | null {
  const l = r.lastDay;
  if (!l) return null;
  if (!l.determinate)
    return { determinate: false, stoppedSince: isoOf(l.stoppedSince), waitingFor: l.waitingFor };
  const rolled = rollForward(ctx, l.day);
  return {
    determinate: true,
    date: isoOf(ctx.options.lastDayRoll === 'rule45' ? rolled.day : l.day),
    unextended: isoOf(l.day),
    rolled: isoOf(rolled.day),
    lastDayRoll: ctx.options.lastDayRoll,
    passedOver: rolled.passedOver,
  };
}

function describeLast(l: LastDay | null, limit: number): string {
  if (!l) return 'no last day';
  if (!l.determinate) return `last day indeterminate (stopped since ${describeDay(dayOf(l.stoppedSince))})`;
  const date = describeDay(dayOf(l.date));
  if (l.unextended === l.rolled) return `last day ${date}`;
  return l.lastDayRoll === 'rule45'
    ? `last day ${date} (day ${limit} is ${describeDay(dayOf(l.unextended))}; rolled under Rule 45(a)(1)(C), option lastDayRoll=rule45)`
    : `last day ${date} (${describeDay(dayOf(l.rolled))} if rolled under Rule 45(a)(1)(C))`;
}

function toClock(
  ctx: Ctx,
  draft: ClockDraft,
  r: CountResult,
  readings: Computed['readings'],
  warnings: DraftWarning[],
): Clock {
  const limit = draft.limit.days;
  // An ended or suspended clock has no last day to project: its ledger says where it stopped.
  const lastDay = draft.end ? null : lastDayOf(ctx, r);
  const used = r.daysUsed;
  const left = Math.max(0, limit - used);
  const over = Math.max(0, used - limit);
  const openExclusions = draft.end ? [] : r.inForce.filter((c) => c.excludes).map((c) => c.basis);
  const lastText = describeLast(lastDay, limit);
  const defendant = draft.defendant;

  let status: Clock['status'];
  let statusText: string;
  if (draft.trigger === null) {
    status = 'notStarted';
    statusText = `Not started: ${draft.ownText || 'no trigger yet'}.`;
  } else if (draft.suspended && draft.end) {
    status = 'suspended';
    statusText = `Suspended: ${draft.end.text} ${used} of ${limit} days used at dismissal.`;
  } else if (draft.end && draft.kind === 'indictment' && draft.end.reason === 'indictmentFiled') {
    status = over > 0 ? 'expired' : 'met';
    statusText =
      over > 0
        ? `Late: ${draft.end.text}, on day ${used} of ${limit} — ${over} day${over === 1 ? '' : 's'} over.`
        : `Met: ${draft.end.text}, on day ${used} of ${limit}.`;
  } else if (draft.end) {
    status = 'ended';
    statusText = `Ended: ${draft.end.text} ${used} of ${limit} days used${over > 0 ? ` — ${over} over the limit` : draft.kind === 'trial' && draft.end.reason === 'trialCommenced' ? ' (timely)' : ''}.`;
  } else if (over > 0) {
    status = 'expired';
    statusText = `Run: ${used} days used of ${limit} — ${over} over since ${r.overOn === null ? '?' : describeDay(r.overOn)}.`;
  } else {
    const stopped = openExclusions.length > 0 || (lastDay !== null && !lastDay.determinate);
    status = stopped ? 'stopped' : 'running';
    const by =
      openExclusions.length > 0
        ? ` by ${openExclusions.map((b) => `${b.label} (${b.citation})`).join('; ')}`
        : '';
    statusText = `${stopped ? `Stopped on ${describeDay(ctx.asOf)}${by}` : 'Running'}: ${used} of ${limit} days used, ${left} left; ${lastText}.`;
  }

  const clockLabel = `${draft.title.toLowerCase()} (${draft.citation})`;
  const isCurrent = draft.current && !draft.end && draft.trigger !== null;
  if (isCurrent && over === 0 && left <= ctx.options.nearLimitDays) {
    warnings.push({
      code: draft.kind === 'detention' ? 'detentionNearLimit' : 'clockNearLimit',
      severity: 'warning',
      message: `${draft.title}: ${left} day${left === 1 ? '' : 's'} left of ${limit} (${draft.citation}); ${lastText}.`,
      events: [],
      defendants: [defendant],
      clock: draft.id,
    });
  }
  if (over > 0 && (isCurrent || draft.kind !== 'detention')) {
    warnings.push({
      code: draft.kind === 'detention' ? 'detentionPast90' : 'clockRun',
      severity: 'critical',
      message:
        draft.kind === 'detention'
          ? `Detained ${used} non-excludable days, past the 90 days of § 3164(b) (since ${r.overOn === null ? '?' : describeDay(r.overOn)}): § 3164(c) — "No detainee … shall be held in custody pending trial after the expiration of such ninety-day period": the remedy is release from custody pending trial, not dismissal; a failure "through no fault of the accused or his counsel" also results in "the automatic review by the court of the conditions of release".`
          : `The ${clockLabel} has run: ${used} days used of ${limit}, ${over} over. Remedy: ${REMEDIES[draft.remedy].citation} — ${REMEDIES[draft.remedy].text}.`,
      events: draft.end ? draft.end.evs.map((e) => e.e.id) : [],
      defendants: [defendant],
      clock: draft.id,
      ...(r.overOn === null ? {} : { date: isoOf(r.overOn) }),
    });
  }

  const readingsOut = readings.map((x) => ({
    option: x.option,
    value: x.value,
    trigger: x.trigger === null ? null : isoOf(x.trigger),
    daysUsed: x.result?.daysUsed ?? 0,
    daysLeft: Math.max(0, limit - (x.result?.daysUsed ?? 0)),
    lastDay: x.result && !draft.end ? lastDayOf(ctx, x.result) : null,
  }));
  for (const x of readingsOut) {
    if (!isCurrent || x.daysLeft > ctx.options.nearLimitDays) continue;
    const xOver = x.daysUsed - limit;
    warnings.push({
      code: 'readingNearLimit',
      severity: 'warning',
      message: `${draft.title} under ${x.option}=${x.value} (start ${x.trigger === null ? '?' : describeDay(dayOf(x.trigger))}): ${x.daysUsed} of ${limit} days used${xOver > 0 ? `, ${xOver} over` : `, ${x.daysLeft} left; ${describeLast(x.lastDay, limit)}`} — a court that reads ${x.option} that way would find ${xOver > 0 ? 'the clock run' : 'the clock close to running'}.`,
      events: [],
      defendants: [defendant],
      clock: draft.id,
    });
  }

  const clock: Clock = {
    id: draft.id,
    kind: draft.kind,
    title: draft.title,
    citation: draft.citation,
    current: draft.current,
    status,
    statusText,
    trigger: {
      date: draft.trigger === null ? null : isoOf(draft.trigger),
      text:
        draft.trigger === null
          ? draft.ownText
          : `Day 0 is ${describeDay(draft.trigger)}: ${draft.triggerText}.`,
      components: draft.components,
      ...(draft.trigger !== draft.ownTrigger
        ? { own: { date: draft.ownTrigger === null ? null : isoOf(draft.ownTrigger), text: draft.ownText } }
        : {}),
    },
    limit: draft.limit,
    ...(draft.charges ? { charges: draft.charges } : {}),
    end: draft.end
      ? {
          date: isoOf(draft.end.day),
          reason: draft.end.reason,
          text: draft.end.text,
          sources: draft.end.evs.map((e) => refOf(ctx, e)),
        }
      : null,
    through: draft.trigger === null ? null : isoOf(throughOf(ctx, draft)),
    calendarDays: r.calendarDays,
    daysUsed: used,
    daysExcluded: r.daysExcluded,
    daysLeft: left,
    lastDay,
    openExclusions,
    ledger: r.ledger,
    projection: draft.end ? [] : r.projection,
    readings: readingsOut,
    remedy: { citation: REMEDIES[draft.remedy].citation, text: REMEDIES[draft.remedy].text },
  };
  if (draft.notes.length > 0) clock.statusText += ` ${draft.notes.join(' ')}`;
  if (over > 0 && draft.kind !== 'detention') clock.sanction = sanction(ctx, draft, r, over);
  return clock;
}

/** § 3162: the violation and the factors; the engine never decides dismissal or prejudice (spec § 12). */
function sanction(ctx: Ctx, draft: ClockDraft, r: CountResult, over: number): NonNullable<Clock['sanction']> {
  const trial = draft.kind === 'trial';
  const endedBy = draft.end?.reason;
  const dismissalMotion = ctx.events.some(
    (ev) =>
      ev.e.kind === 'motionFiled' &&
      ev.e.motion === 'speedyTrialDismissal' &&
      ev.e.defendants.includes(draft.defendant) &&
      ev.day <= (draft.end?.day ?? ctx.asOf),
  );
  const waived = trial && (endedBy === 'trialCommenced' || endedBy === 'guiltyPlea') && !dismissalMotion;
  const h3 = r.ledger.some((p) =>
    p.bases.some(
      (b) => b.kind === 'absenceUnavailability' || b.importedFrom?.kind === 'absenceUnavailability',
    ),
  );
  const factors: NonNullable<Clock['sanction']>['factors'] = [
    { name: 'seriousness', input: null, informational: false },
    { name: 'circumstances', input: null, informational: false },
    { name: 'reprosecutionImpact', input: null, informational: false },
  ];
  if (ctx.options.sanctionFactors === 'statutoryPlusPrejudice')
    factors.push({ name: 'prejudice', input: null, informational: true });
  return {
    clock: trial ? 'trial' : 'indictment',
    violated: true,
    daysOver: over,
    waived,
    remedy: `${REMEDIES[draft.remedy].citation}: ${REMEDIES[draft.remedy].text}`,
    ...(h3
      ? {
          burdenNote:
            'The Government has the burden of going forward with the evidence for the (h)(3) exclusions (§ 3162(a)(2)).',
        }
      : {}),
    factors,
    note: `${waived ? 'Trial began or a plea was entered with no motion to dismiss on file: the right to dismissal is waived (§ 3162(a)(2), last sentence). ' : ''}With or without prejudice is for the court on the statutory factors (United States v. Taylor, 487 U.S. 326 (1988)); the engine records the factors and does not weigh them. Option objectionForfeiture=${ctx.options.objectionForfeiture}: computations not contested below are reported, not waived.`,
  };
}

/**
 * One warning per defendant summarising the periods imported from co-defendants that reach his ledgers: one per
 * co-defendant window (numbered, so no object or string needs hashing on large joined cases).
 */
function importWarning(
  defendant: number,
  clocks: readonly Computed[],
  windowCount: number,
  warnings: DraftWarning[],
): void {
  const seen = new Uint8Array(windowCount);
  const events = new Set<string>();
  let periods = 0;
  for (const c of clocks) {
    for (const cover of c.result.inLedger) {
      const origin = cover.origin;
      if (origin === undefined || !cover.excludes || seen[origin] === 1) continue;
      seen[origin] = 1;
      periods++;
      for (const s of cover.basis.sources) events.add(s.event);
    }
  }
  if (periods === 0) return;
  warnings.push({
    code: 'codefendantReview',
    severity: 'info',
    message: `${periods} period${periods === 1 ? '' : 's'} of joined co-defendants ${periods === 1 ? 'is' : 'are'} excluded from this defendant's clocks under § 3161(h)(6) (${EXCLUSION_RULES.codefendant.aoCode}); each must be a "reasonable" delay — review them (option importReview to reject one).`,
    events: [...events],
    defendants: [defendant],
  });
}
