/**
 * The Speedy Trial engine: `(caseFile, asOf, options, whatIf?) → result per defendant`. Pure: the as-of date
 * is an argument, nothing is read from the clock, the disk or the network.
 *
 * 1. The docket as of the as-of date (`context.ts`), without entries marked in error.
 * 2. The windows the events give (`exclusions/`): excluded periods, and items that cover days without
 *    excluding them, each with its legal basis.
 * 3. The clocks each defendant has (`clocks.ts`), the joint start of joined defendants (docs/speedy-trial.md, "What starts the trial clock").
 * 4. The days counted (`count.ts`) over the defendant's own windows and those imported under § 3161(h)(6)
 *    (`covers.ts`), the last day rolled under Rule 45 (`court-days.ts`), warnings.
 */
import { z } from 'zod';
import { Event } from '../../case/events.ts';
import type { CaseFile } from '../../case/record.ts';
import { type ClockDraft, detentionDrafts, earliestTrial, indictmentDrafts, trialDrafts } from './clocks.ts';
import { buildContext, type Ctx, cite, type DraftWarning, type Ev, refOf } from './context.ts';
import { type CountResult, type Cover, count, type UnknownCover } from './count.ts';
import { rollForward } from './court-days.ts';
import { buildCovers, type DefendantCovers } from './covers.ts';
import { type Day, dayOf, describeDay, isoOf } from './days.ts';
import { orderWindows } from './exclusions/orders.ts';
import { proceedingWindows } from './exclusions/proceedings.ts';
import { buildJoinder, type Joinder, joinedOn } from './joinder.ts';
import { SpeedyTrialOptions, type SpeedyTrialOptionsInput } from './options.ts';
import { motionWindows } from './provisions/3161-h-1-D.ts';
import type { Clock, DefendantClocks, LastDay, SpeedyTrialResult, UnknownItem, Warning } from './result.ts';
import { EXCLUSION_RULES, LIMITS, REMEDIES } from './rules.ts';
import { coverageGaps, coverageText, reportRunForOthers } from './unknowns.ts';
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
  const ctx = buildContext(file, asOf, options, hypothetical, EXCLUSION_RULES);
  const windows: Window[] = [...orderWindows(ctx), ...motionWindows(ctx), ...proceedingWindows(ctx)];
  coverageGaps(ctx);
  reportRunForOthers(ctx);
  const joinder = buildJoinder(ctx);

  const perDefendant = new Map<number, Ev[]>(file.defendants.map((d) => [d.number, []]));
  for (const ev of ctx.events) for (const d of ev.e.defendants) perDefendant.get(d)?.push(ev);

  const drafts = new Map<number, ClockDraft[]>();
  for (const d of file.defendants) {
    const evs = perDefendant.get(d.number) ?? [];
    const indictment = indictmentDrafts(ctx, d.number, evs);
    const trial = trialDrafts(ctx, d.number, evs);
    ctx.warnings.push(...trial.warnings);
    drafts.set(d.number, [...indictment, ...trial.drafts, ...detentionDrafts(ctx, d.number, evs)]);
  }
  jointStart(ctx, drafts, joinder);
  applyFoundStarts(ctx, drafts);

  // § 3161(h)(6): periods of a co-defendant whose time has run are not imported after that day. A first pass
  // finds whose time has run; a second applies it (only when some clock has run).
  let covers = buildCovers(ctx, windows, joinder, new Map());
  const gaps = gapsByDefendant(ctx, joinder);
  let clocks = finalizeAll(ctx, drafts, covers, gaps);
  const ranOut = new Map<number, Day>();
  for (const [d, list] of clocks) {
    const trial = list.find((c) => c.draft.kind === 'trial' && c.draft.current);
    // Only a clock known to have run (the minimum over the limit) stops the imports.
    const over = trial ? runOf(ctx, trial.draft, trial.result, trial.latest).overOn : null;
    if (over !== null) ranOut.set(d, over);
  }
  if (ranOut.size > 0) {
    covers = buildCovers(ctx, windows, joinder, ranOut);
    clocks = finalizeAll(ctx, drafts, covers, gaps);
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
    if (list.length === 0) {
      // Nothing to count from: no arrest, summons, charge or appearance in the record for this defendant. Said,
      // never left as an empty answer that reads like "no clock is running".
      clockWarnings.push({
        code: 'noClockInRecord',
        severity: 'warning',
        message: `No Speedy Trial clock can be computed for ${d.name} (${d.number}): the record holds no arrest, summons, charging instrument or appearance for this defendant${ctx.file.docketEntries.length === 0 ? ' — it has no docket entries at all' : ''}.${ctx.file.coverage
          .flatMap((c) => (c.note ? [` ${c.note[0]!.toUpperCase()}${c.note.slice(1)}.`] : []))
          .join('')} Import a report of the whole docket.`,
        events: [],
        defendants: [d.number],
      });
    }
    const out = list.map((c) => toClock(ctx, c, clockWarnings));
    importWarning(d.number, list, windows.length, clockWarnings);
    return {
      defendant: d.number,
      name: d.name,
      custody: d.custody,
      clocks: out,
      earliestTrialDate: earliest
        ? {
            date: isoOf(earliest.day + LIMITS.earliestTrial.days),
            text: `Not before ${describeDay(earliest.day + LIMITS.earliestTrial.days)} without the defendant's written consent: ${LIMITS.earliestTrial.days} days after the defendant ${earliest.text} (a floor; no roll; not restarted by a superseding indictment, Rojas-Contreras).`,
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
    coverage: {
      stated: file.coverage.length > 0,
      complete: file.coverage.some((c) => c.complete),
      text: coverageText(ctx),
    },
  };
}

/**
 * The gaps that reach each defendant's clocks: those of the record (every defendant), his own, and those of the
 * co-defendants joined with him (an order whose window is not shown may exclude his time under § 3161(h)(6)).
 */
function gapsByDefendant(ctx: Ctx, joinder: Joinder): Map<number, UnknownCover[]> {
  const out = new Map<number, UnknownCover[]>();
  for (const d of ctx.file.defendants) {
    const partners = new Set([d.number, ...(joinder.joinedFrom.get(d.number)?.keys() ?? [])]);
    out.set(
      d.number,
      ctx.gaps
        .filter(
          (g) =>
            !g.defendants ||
            (g.ownOnly ? g.defendants.includes(d.number) : g.defendants.some((x) => partners.has(x))),
        )
        .sort((a, b) => a.from - b.from),
    );
  }
  return out;
}

/**
 * A start the court found (`clockStartFound`) replaces the computed one: the court's finding is the law of the
 * case on that point; the computed start stays in the trace.
 */
function applyFoundStarts(ctx: Ctx, drafts: Map<number, ClockDraft[]>): void {
  for (const ev of ctx.events) {
    if (ev.e.kind !== 'clockStartFound') continue;
    const found = ev.e;
    const start = dayOf(found.start);
    for (const d of found.defendants) {
      const list = drafts.get(d) ?? [];
      const draft =
        list.filter((c) => c.kind === found.clock && (c.ownTrigger ?? start) <= ev.day).pop() ??
        list.find((c) => c.kind === found.clock);
      const text = `the start the court found${found.finding ? ` ("${found.finding}")` : ''}, ${describeDay(start)} (${cite(ctx, ev)})`;
      if (!draft) {
        ctx.warnings.push({
          code: 'foundStartWithoutClock',
          severity: 'warning',
          message: `${cite(ctx, ev)}: the court found that the ${found.clock} clock started ${describeDay(start)}, but the record has no ${found.clock === 'trial' ? 'charging instrument' : 'arrest or summons on a complaint'} for defendant ${d}: record it so the clock can be computed.`,
          events: [found.id],
          defendants: [d],
          date: found.date,
        });
        continue;
      }
      const before = draft.trigger;
      draft.components.push({
        what: 'courtFound',
        date: isoOf(start),
        text: `${text}${before === null ? '' : `; the record alone gives ${describeDay(before)}`}`,
        source: refOf(ctx, ev),
      });
      draft.ownTrigger = start;
      draft.trigger = start;
      draft.ownText = text;
      draft.triggerText = `${text}${before === null || before === start ? '' : `, not ${describeDay(before)} as the record alone would give`}`;
      draft.jointEligible = false;
    }
  }
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
  const open = [
    ...new Set(
      defendants.flatMap((d) =>
        d.clocks.filter((c) => c.current && c.end === null && c.trigger.date !== null).map(() => d.defendant),
      ),
    ),
  ];
  if (open.length === 0) return null;
  return {
    code: 'docketStale',
    severity: 'warning',
    message: `The docket’s last entry is ${describeDay(lastDay)}, ${gap} days before the as-of date ${describeDay(ctx.asOf)}: the ${gap} days after it are counted on the assumption that nothing happened (no exclusion, plea, trial or dismissal) — import a current docket, or compute as of a date near the last entry (--as-of). Open clocks: defendant${open.length === 1 ? '' : 's'} ${open.join(', ')} (option staleDocketDays=${ctx.options.staleDocketDays}).`,
    events: [],
    date: last,
  };
}

/**
 * Once every clock of a defendant has stopped (trial commenced, a guilty plea, a dismissal not followed by a new
 * charge), later events cannot move it: the Act asks whether trial commenced in time (§ 3161(c)(1)), and
 * § 3162(a)(2) looks to a motion made before trial or plea (what follows from its absence is for the court, and
 * the § 3162 assessment only says whether one appears in the record). Their warnings (a
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
 * Each joined defendant's (c)(1) trigger is the latest trigger among the defendants joined for trial with him at
 * that time (Henderson, 476 U.S. at 323 n.2; 9th Cir. Avila, Morales): docs/speedy-trial.md,
 * "What starts the trial clock". A co-defendant severed before his own start does not hold the start back; one
 * who has not yet appeared is flagged.
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
  /** With unknown days: the count if every one of them is excluded (the latest last day). */
  latest: CountResult | null;
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

/** Gaps as excluded stretches: the count if every unknown day is excluded. */
function gapsAsExclusions(gaps: readonly UnknownCover[]): Cover[] {
  return gaps.map((g) => ({
    from: g.from,
    to: g.to,
    excludes: true,
    basis: {
      id: g.item.id,
      kind: 'otherProceeding',
      label: `Unknown: ${g.item.reason}`,
      citation: 'docs/speedy-trial.md (unknown days)',
      aoCode: null,
      window: g.item.window,
      excludes: true,
      flags: [],
      sources: g.item.sources,
      waitingFor: g.item.settle,
    },
  }));
}

function finalizeAll(
  ctx: Ctx,
  drafts: Map<number, ClockDraft[]>,
  covers: Map<number, DefendantCovers>,
  gapsOf: Map<number, UnknownCover[]>,
): Map<number, Computed[]> {
  const out = new Map<number, Computed[]>();
  for (const [d, list] of drafts) {
    const mine = covers.get(d)!;
    const gaps = gapsOf.get(d) ?? [];
    out.set(
      d,
      list.map((draft) => {
        const cs = coversFor(draft, mine);
        const through = throughOf(ctx, draft);
        const empty: CountResult = {
          daysUsed: 0,
          daysExcluded: 0,
          daysUnknown: 0,
          calendarDays: 0,
          ledger: [],
          projection: [],
          lastDay: null,
          overOn: null,
          overOnMax: null,
          unknownsInLedger: [],
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
                unknowns: gaps,
                withLedger: true,
                project: !draft.suspended,
              });
        const reaching = draft.trigger === null ? [] : gaps.filter((g) => g.to > draft.trigger!);
        const latest =
          draft.trigger === null || reaching.length === 0
            ? null
            : count({
                trigger: draft.trigger,
                through,
                limit: draft.limit.days,
                covers: [...cs, ...gapsAsExclusions(reaching)].sort((a, b) => a.from - b.from),
                withLedger: false,
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
                unknowns: gaps,
                withLedger: false,
                project: !draft.suspended,
              }),
            });
          }
        }
        return { draft, result, latest, readings };
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

const range = (min: number, max: number): string => (min === max ? `${min}` : `${min}–${max}`);

interface RunInfo {
  usedMin: number;
  usedMax: number;
  /** Days over the last day the engine shows (rolled under option lastDayRoll=rule45); ≤ 0 when not over. */
  overMin: number;
  overMax: number;
  /** The first day the clock is known to have run, and the first day it may have. */
  overOn: Day | null;
  mayOverOn: Day | null;
}

/**
 * Fed. R. Crim. P. 45(a)(1)(C): a last day on a Saturday, Sunday or legal holiday continues to the next day that
 * is not one. Under option lastDayRoll=rule45 the clock has not run until that rolled day has passed, and the
 * § 3162 days over count from it — the same last day the clock shows. The minimum is the count with every
 * unknown day excluded (its last day is the latest), the maximum with every one counted (the earliest).
 */
function runOf(ctx: Ctx, draft: ClockDraft, r: CountResult, latest: CountResult | null): RunInfo {
  const limit = draft.limit.days;
  const extra = (res: CountResult): { extra: number; rolled: Day | null } => {
    const l = res.lastDay;
    if (!l?.determinate) return { extra: 0, rolled: null };
    if (ctx.options.lastDayRoll !== 'rule45') return { extra: 0, rolled: l.day };
    const rolled = rollForward(ctx, l.day).day;
    return { extra: rolled - l.day, rolled };
  };
  const usedMin = r.daysUsed;
  const usedMax = r.daysUsed + r.daysUnknown;
  const lo = extra(latest ?? r);
  const hi = extra(r);
  const overMin = usedMin - limit - lo.extra;
  const overMax = usedMax - limit - hi.extra;
  const firstOver = (raw: Day | null, rolled: Day | null): Day | null =>
    raw === null ? null : rolled === null ? raw : Math.max(raw, rolled + 1);
  return {
    usedMin,
    usedMax,
    overMin,
    overMax,
    overOn: overMin > 0 ? firstOver(r.overOn, lo.rolled) : null,
    mayOverOn: overMax > 0 ? firstOver(r.overOnMax, hi.rolled) : null,
  };
}

function unknownSummary(items: readonly UnknownItem[]): string {
  if (items.length === 0) return '';
  const first = items
    .slice(0, 3)
    .map((u) => `${u.reason} To settle: ${u.settle}.`)
    .join(' ');
  return ` Unknown days: ${first}${items.length > 3 ? ` (and ${items.length - 3} more)` : ''}`;
}

function toClock(ctx: Ctx, c: Computed, warnings: DraftWarning[]): Clock {
  const { draft, result: r, latest, readings } = c;
  const limit = draft.limit.days;
  // An ended or suspended clock has no last day to project: its ledger says where it stopped.
  const lastDay = draft.end ? null : lastDayOf(ctx, r);
  const lastDayLatest = draft.end || !latest ? undefined : lastDayOf(ctx, latest);
  const run = runOf(ctx, draft, r, latest);
  const { usedMin, usedMax } = run;
  const overMin = Math.max(0, run.overMin);
  const overMax = Math.max(0, run.overMax);
  const leftMin = Math.max(0, limit - usedMax);
  const leftMax = Math.max(0, limit - usedMin);
  const unknownDays = r.daysUnknown;
  const usedText = range(usedMin, usedMax);
  const leftText = range(leftMin, leftMax);
  const openExclusions = draft.end ? [] : r.inForce.filter((x) => x.excludes).map((x) => x.basis);
  const lastText =
    lastDayLatest !== undefined && JSON.stringify(lastDayLatest) !== JSON.stringify(lastDay)
      ? `${describeLast(lastDay, limit)} if every unknown day counts; ${describeLast(lastDayLatest, limit)} if none does`
      : describeLast(lastDay, limit);
  const unknownNote = unknownDays > 0 ? ` (${unknownDays} day${unknownDays === 1 ? '' : 's'} unknown)` : '';
  const defendant = draft.defendant;
  // Over the limit but within the Rule 45 roll: the last day is today or was a closed day just passed.
  const rolledToday = overMin === 0 && usedMin > limit;

  let status: Clock['status'];
  let statusText: string;
  if (draft.trigger === null) {
    status = 'notStarted';
    statusText = `Not started: ${draft.ownText || 'no trigger yet'}.`;
  } else if (draft.suspended && draft.end) {
    status = 'suspended';
    statusText = `Suspended: ${draft.end.text} ${usedText} of ${limit} days used at dismissal${unknownNote}.`;
  } else if (draft.end && draft.kind === 'indictment' && draft.end.reason === 'indictmentFiled') {
    status = overMin > 0 ? 'expired' : overMax > 0 ? 'mayHaveRun' : 'met';
    statusText =
      overMin > 0
        ? `Late: ${draft.end.text}, on day ${usedText} of ${limit} — ${range(overMin, overMax)} day${overMax === 1 ? '' : 's'} over.`
        : overMax > 0
          ? `May have been late: ${draft.end.text}, on day ${usedText} of ${limit}${unknownNote} — late only if the unknown days count (up to ${overMax} over).`
          : `Met: ${draft.end.text}, on day ${usedText} of ${limit}${unknownNote}.`;
  } else if (draft.end) {
    status = overMax > 0 && overMin === 0 ? 'mayHaveRun' : 'ended';
    statusText = `Ended: ${draft.end.text} ${usedText} of ${limit} days used${unknownNote}${
      overMin > 0
        ? ` — ${range(overMin, overMax)} over the limit`
        : overMax > 0
          ? ` — up to ${overMax} over the limit if the unknown days count`
          : draft.kind === 'trial' && draft.end.reason === 'trialCommenced'
            ? ' (timely)'
            : ''
    }.`;
  } else if (overMin > 0) {
    status = 'expired';
    statusText = `Run: ${usedText} days used of ${limit}${unknownNote} — ${range(overMin, overMax)} over since ${run.overOn === null ? '?' : describeDay(run.overOn)}.`;
  } else if (overMax > 0) {
    status = 'mayHaveRun';
    statusText = `May have run: ${usedText} days used of ${limit}${unknownNote} — run only if the unknown days count (then ${overMax} over since ${run.mayOverOn === null ? '?' : describeDay(run.mayOverOn)}); ${leftText} left.${unknownSummary(r.unknownsInLedger)}`;
  } else {
    const stopped = openExclusions.length > 0 || (lastDay !== null && !lastDay.determinate);
    status = stopped ? 'stopped' : 'running';
    const by =
      openExclusions.length > 0
        ? ` by ${openExclusions.map((b) => `${b.label} (${b.citation})`).join('; ')}`
        : '';
    statusText = rolledToday
      ? `Running: ${usedText} days used of ${limit}, but day ${limit} fell on a day the court is closed and the last day is rolled to ${lastDay?.determinate ? describeDay(dayOf(lastDay.date)) : 'the next business day'} under Rule 45(a)(1)(C) (option lastDayRoll=rule45): not run until that day has passed.`
      : `${stopped ? `Stopped on ${describeDay(ctx.asOf)}${by}` : 'Running'}: ${usedText} of ${limit} days used${unknownNote}, ${leftText} left; ${lastText}.`;
  }

  const clockLabel = `${draft.title.toLowerCase()} (${draft.citation})`;
  const isCurrent = draft.current && !draft.end && draft.trigger !== null;
  if (isCurrent && overMax === 0 && leftMin <= ctx.options.nearLimitDays) {
    warnings.push({
      code: draft.kind === 'detention' ? 'detentionNearLimit' : 'clockNearLimit',
      severity: 'warning',
      message: `${draft.title}: ${leftText} day${leftMax === 1 ? '' : 's'} left of ${limit} (${draft.citation}); ${lastText}.`,
      events: [],
      defendants: [defendant],
      clock: draft.id,
    });
  }
  if (overMin > 0 && (isCurrent || draft.kind !== 'detention')) {
    warnings.push({
      code: draft.kind === 'detention' ? 'detentionPast90' : 'clockRun',
      severity: 'critical',
      message:
        draft.kind === 'detention'
          ? `Detained ${usedText} non-excludable days, past the 90 days of § 3164(b) (since ${run.overOn === null ? '?' : describeDay(run.overOn)}): § 3164(c) — "No detainee … shall be held in custody pending trial after the expiration of such ninety-day period": the remedy is release from custody pending trial, not dismissal; a failure "through no fault of the accused or his counsel" also results in "the automatic review by the court of the conditions of release".`
          : `The ${clockLabel} has run: ${usedText} days used of ${limit}, ${range(overMin, overMax)} over. Remedy: ${REMEDIES[draft.remedy].citation} — ${REMEDIES[draft.remedy].text}.`,
      events: draft.end ? draft.end.evs.map((e) => e.e.id) : [],
      defendants: [defendant],
      clock: draft.id,
      ...(run.overOn === null ? {} : { date: isoOf(run.overOn) }),
    });
  } else if (overMax > 0 && (isCurrent || draft.kind !== 'detention')) {
    warnings.push({
      code: 'clockMayHaveRun',
      severity: 'warning',
      message: `The ${clockLabel} may have run: ${usedText} days used of ${limit} — over the limit only if the ${unknownDays} unknown day${unknownDays === 1 ? '' : 's'} count. The record cannot tell; settle the unknown periods before drawing any conclusion.${unknownSummary(r.unknownsInLedger)}`,
      events: [...new Set(r.unknownsInLedger.flatMap((u) => u.sources.map((x) => x.event)))],
      defendants: [defendant],
      clock: draft.id,
      ...(run.mayOverOn === null ? {} : { date: isoOf(run.mayOverOn) }),
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
    daysUsed: usedMin,
    daysExcluded: r.daysExcluded,
    daysUnknown: unknownDays,
    daysLeft: leftMax,
    used: { min: usedMin, max: usedMax },
    left: { min: leftMin, max: leftMax },
    lastDay,
    ...(lastDayLatest !== undefined ? { lastDayLatest } : {}),
    unknowns: r.unknownsInLedger,
    openExclusions,
    ledger: r.ledger,
    projection: draft.end ? [] : r.projection,
    readings: readingsOut,
    remedy: { citation: REMEDIES[draft.remedy].citation, text: REMEDIES[draft.remedy].text },
  };
  if (draft.notes.length > 0) clock.statusText += ` ${draft.notes.join(' ')}`;
  if (overMin > 0 && draft.kind !== 'detention') clock.sanction = sanction(ctx, draft, r, overMin, overMax);
  return clock;
}

/**
 * § 3162: the violation and the factors; the engine never decides dismissal or prejudice (docs/speedy-trial.md, "§ 3162"), and it
 * draws no conclusion from silence. Whether a motion to dismiss was made before trial or a plea is a fact the
 * record may show (§ 3162(a)(2), last sentence); what follows from its absence is for the court.
 */
function sanction(
  ctx: Ctx,
  draft: ClockDraft,
  r: CountResult,
  over: number,
  overMax: number,
): NonNullable<Clock['sanction']> {
  const trial = draft.kind === 'trial';
  const dismissalMotion = ctx.events.some(
    (ev) =>
      ev.e.kind === 'motionFiled' &&
      ev.e.motion === 'speedyTrialDismissal' &&
      ev.e.defendants.includes(draft.defendant) &&
      ev.day <= (draft.end?.day ?? ctx.asOf),
  );
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
  // A plea of guilty or nolo contendere by this defendant, as the record shows it: § 3162(a)(2), last sentence,
  // makes the failure to move for dismissal before "entry of a plea of guilty or nolo contendere" a waiver of the
  // right to dismissal under that paragraph; courts generally hold an unconditional plea waives Speedy Trial Act
  // claims not raised before it. A fact for the court, never a conclusion here.
  const plea = ctx.events.find(
    (ev) =>
      ev.e.kind === 'plea' &&
      (ev.e.plea === 'guilty' || ev.e.plea === 'noloContendere') &&
      ev.e.defendants.includes(draft.defendant),
  );
  const pleaFact = plea
    ? `A plea of ${plea.e.kind === 'plea' && plea.e.plea === 'noloContendere' ? 'nolo contendere' : 'guilty'} appears in this record (${describeDay(plea.day)})${dismissalMotion ? '' : ' with no motion to dismiss before it'}: § 3162(a)(2), last sentence, makes the failure to move for dismissal before a plea of guilty or nolo contendere a waiver of dismissal under that paragraph, and courts generally hold that an unconditional plea waives Speedy Trial Act claims; whether it does here is for the court. `
    : '';
  const motionFact = !trial
    ? ''
    : dismissalMotion
      ? 'A motion to dismiss under § 3162 appears in this record. '
      : `No motion to dismiss appears in this record${draft.end ? ` before ${draft.end.reason === 'trialCommenced' ? 'trial' : draft.end.reason === 'guiltyPlea' ? 'the plea' : 'the clock stopped'}` : ''} (a consideration under § 3162(a)(2), last sentence, for the court; the record may not hold every filing). `;
  return {
    clock: trial ? 'trial' : 'indictment',
    violated: true,
    daysOver: over,
    ...(overMax !== over ? { daysOverRange: { min: over, max: overMax } } : {}),
    dismissalMotionInRecord: dismissalMotion,
    ...(plea ? { pleaInRecord: isoOf(plea.day) } : {}),
    remedy: `${REMEDIES[draft.remedy].citation}: ${REMEDIES[draft.remedy].text}`,
    ...(h3
      ? {
          burdenNote:
            'The Government has the burden of going forward with the evidence for the (h)(3) exclusions (§ 3162(a)(2)).',
        }
      : {}),
    factors,
    note: `${motionFact}${pleaFact}With or without prejudice is for the court on the statutory factors (United States v. Taylor, 487 U.S. 326 (1988)); the engine records the factors and does not weigh them. Option objectionForfeiture=${ctx.options.objectionForfeiture}: the engine reports every computation, contested below or not.`,
  };
}

/**
 * One warning per defendant summarizing the periods imported from co-defendants that reach his ledgers: one per
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
