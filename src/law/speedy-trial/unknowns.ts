/**
 * What the record cannot tell (docs/speedy-trial.md, "Coverage and unknown days"). The engine counts a day only
 * where the record can show what happened on it; elsewhere the day is unknown, never assumed quiet, and every
 * clock reports its days used as a range: the minimum if every unknown day is excluded, the maximum if every
 * one counts. A gap comes from
 *
 * - the coverage of the sources (`coverage` in the case file): days outside every source's periods or after its
 *   report date; entry numbers known to be missing; entries without text in a source that lacks texts;
 * - an event that says what the record does not show about it (`unknown`), or an order known to continue or
 *   exclude whose window is not stated (`exclusions/orders.ts`);
 * - a motion pending with no decision in a partial record, past the (h)(1)(H) limit (`exclusions/motions.ts`).
 *
 * A case file that states no coverage at all is read as complete (every day known), and the result
 * says so (`coverageText`).
 */
import type { SourceCoverage } from '../../case/record.ts';
import { type Ctx, cite, type Ev, refOf } from './context.ts';
import { type Day, dayOf, describeDay, isoOf, OPEN } from './days.ts';
import type { UnknownItem } from './result.ts';

export function addGap(
  ctx: Ctx,
  spec: Omit<UnknownItem, 'window' | 'sources' | 'entries'> & {
    from: Day;
    to: Day;
    sources?: readonly Ev[];
    entries?: number[];
    defendants?: readonly number[];
    ownOnly?: boolean;
  },
): void {
  if (spec.to < spec.from) return;
  const item: UnknownItem = {
    id: spec.id,
    cause: spec.cause,
    window: { from: isoOf(spec.from), to: spec.to === OPEN ? null : isoOf(spec.to) },
    reason: spec.reason,
    settle: spec.settle,
    sources: (spec.sources ?? []).map((ev) => refOf(ctx, ev)),
    entries:
      spec.entries ??
      (spec.sources ?? []).flatMap((ev) => {
        const n = refOf(ctx, ev).entry?.number;
        return n === undefined || n === null ? [] : [n];
      }),
  };
  ctx.gaps.push({
    from: spec.from,
    to: spec.to,
    item,
    ...(spec.defendants ? { defendants: spec.defendants } : {}),
    ...(spec.ownOnly ? { ownOnly: true } : {}),
  });
}

/** "entry 65" or the event id: how a person finds the order to read. */
export function settleByReading(ctx: Ctx, ev: Ev, what: string): string {
  const entry = refOf(ctx, ev).entry;
  if (entry?.number !== undefined && entry.number !== null)
    return `read the text of ${what} #${entry.number}${entry.docketNumber ? ` on ${entry.docketNumber}` : ''} and record its window`;
  return `read the ${what} of ${describeDay(ev.day)} (${cite(ctx, ev)}) and record its window`;
}

const CLOCK_ORDERS = new Set(['continuance', 'timeExclusion', 'excludableFinding']);

/**
 * How far an order whose window is not shown can reach: to the day before the next order that continues or
 * excludes time for one of its defendants (which speaks for the days from then on), or to the trial; with
 * neither, it stays open.
 */
export function boundOfUnknownWindow(ctx: Ctx, ev: Ev, from: Day): { to: Day; by: Ev | null } {
  const mine = new Set(ev.e.defendants);
  for (const other of ctx.events) {
    if (other === ev || other.day <= Math.max(from, ev.day)) continue;
    if (!other.e.defendants.some((d) => mine.has(d))) continue;
    if (CLOCK_ORDERS.has(other.e.kind)) return { to: other.day - 1, by: other };
    if (other.e.kind === 'trialStart') return { to: other.day, by: other };
  }
  return { to: OPEN, by: null };
}

interface Span {
  from: Day;
  to: Day;
}

/** The days a source covers: its periods (cut at the report date), or everything up to the report date. */
function spansOf(s: SourceCoverage): Span[] {
  const report = s.reportDate ? dayOf(s.reportDate) : OPEN;
  if (s.periods.length === 0) return [{ from: -OPEN, to: report }];
  return s.periods
    .map((p) => ({ from: dayOf(p.from), to: Math.min(dayOf(p.to), report) }))
    .filter((p) => p.to >= p.from);
}

function union(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.from - b.from);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.from <= last.to + 1) last.to = Math.max(last.to, s.to);
    else out.push({ ...s });
  }
  return out;
}

const covered = (spans: readonly Span[], from: Day, to: Day): boolean =>
  spans.some((s) => s.from <= from && to <= s.to);

/**
 * Event names of entries that may exclude time or stop a clock when their text is not there to read: orders and
 * minute entries of proceedings, continuances, exclusions, competency steps. Notices, filings of the parties and
 * the like cannot (a motion's own event name is read by the classifier), nor can an order appointing counsel
 * ("Order Appointing Public Defender", "CJA 20 Appointment of Attorney"): appointing counsel is none of the
 * § 3161(h) grounds.
 */
const MAY_MOVE_CLOCK =
  /\border\b|\bminute|continu|exclu|speedy|ends of justice|status conference|competen|\bproceedings held/i;
const CANNOT_MOVE_CLOCK =
  /^\s*notice\b|^\s*(?:order )?(?:appointing|appointment of) (?:the )?(?:federal )?(?:public defender|counsel|attorney|CJA)\b[^.;]*$/i;

/** The gaps the sources' coverage leaves (see the module comment). */
export function coverageGaps(ctx: Ctx): void {
  const sources = ctx.file.coverage;
  if (sources.length === 0) return;
  const firstDay = Math.min(
    dayOf(ctx.file.case.dateFiled),
    ...ctx.file.docketEntries.map((e) => dayOf(e.dateFiled)),
    ...ctx.events.map((e) => e.day),
  );
  const all = union(sources.flatMap(spansOf));
  const complete = union(sources.filter((s) => s.complete).flatMap(spansOf));

  // Days outside every source.
  let cursor = firstDay;
  const reports = sources.map((s) => (s.reportDate ? dayOf(s.reportDate) : OPEN));
  const lastReport = Math.max(...reports);
  for (const span of [...all, { from: OPEN, to: OPEN }]) {
    const gapTo = Math.min(span.from - 1, ctx.asOf);
    if (span.to < cursor) continue;
    if (gapTo >= cursor) {
      const after = cursor > lastReport || (cursor === lastReport + 1 && lastReport !== OPEN);
      addGap(ctx, {
        id: `coverage:${isoOf(cursor)}`,
        cause: after ? 'afterReport' : 'outsideCoverage',
        from: cursor,
        to: gapTo,
        reason: after
          ? `After ${describeDay(lastReport)}, the date of the latest report in this record: what happened since is not in it.`
          : `No source of this record covers ${describeDay(cursor)} to ${describeDay(gapTo)} (coverage: ${sources.map((s) => s.description).join('; ')}).`,
        settle: after
          ? 'import a docket report run after that day (or enter the events since and update the coverage)'
          : 'import a docket report that covers these days (or enter their events and update the coverage)',
      });
    }
    cursor = Math.max(cursor, span.to === OPEN ? OPEN : span.to + 1);
    if (cursor > ctx.asOf) break;
  }

  for (const s of sources) {
    const entries = ctx.file.docketEntries.filter(
      (e) => e.source.format === s.format && (s.docketNumber ?? null) === (e.source.docketNumber ?? null),
    );
    const numbered = entries
      .filter((e) => e.number !== null)
      .sort((a, b) => (a.number as number) - (b.number as number));
    // Missing entry numbers: grouped by the entries on either side of them.
    const missing = [...new Set(s.entryNumbers?.missing ?? [])].sort((a, b) => a - b);
    const groups = new Map<string, { numbers: number[]; from: Day; to: Day; prev?: number; next?: number }>();
    for (const n of missing) {
      const prev = [...numbered].reverse().find((e) => (e.number as number) < n);
      const next = numbered.find((e) => (e.number as number) > n);
      const from = prev ? dayOf(prev.dateFiled) : firstDay;
      const to = next ? dayOf(next.dateFiled) : s.reportDate ? dayOf(s.reportDate) : OPEN;
      const key = `${prev?.number ?? '-'}|${next?.number ?? '-'}`;
      const g = groups.get(key);
      if (g) g.numbers.push(n);
      else
        groups.set(key, {
          numbers: [n],
          from,
          to,
          ...(prev ? { prev: prev.number as number } : {}),
          ...(next ? { next: next.number as number } : {}),
        });
    }
    for (const g of groups.values()) {
      if (g.to !== OPEN && covered(complete, g.from, g.to)) continue;
      const list =
        g.numbers.length > 2 && g.numbers[g.numbers.length - 1]! - g.numbers[0]! === g.numbers.length - 1
          ? `${g.numbers[0]}–${g.numbers[g.numbers.length - 1]}`
          : g.numbers.join(', ');
      addGap(ctx, {
        id: `missing:${s.id}:${g.numbers[0]}`,
        cause: 'missingEntries',
        from: g.from,
        to: g.to,
        entries: g.numbers,
        reason: `Entr${g.numbers.length === 1 ? 'y' : 'ies'} ${list} ${g.numbers.length === 1 ? 'is' : 'are'} missing from ${s.description}: filed between ${describeDay(g.from)}${g.prev === undefined ? '' : ` (entry ${g.prev})`} and ${g.to === OPEN ? 'the end of the record' : `${describeDay(g.to)}${g.next === undefined ? '' : ` (entry ${g.next})`}`}.`,
        settle: `read entr${g.numbers.length === 1 ? 'y' : 'ies'} ${list} on the docket`,
      });
    }
    // Entries without text, in a source that does not carry every text.
    if (s.entryTexts === 'full') continue;
    const withEvents = new Set(
      ctx.file.events.flatMap((e) => (e.provenance.source === 'docket' ? [e.provenance.entry] : [])),
    );
    for (const entry of entries) {
      const text = entry.text.trim();
      if (text !== '' && text !== (entry.eventName ?? '').trim()) continue;
      if (withEvents.has(entry.id)) continue;
      const name = entry.eventName ?? '';
      if (name !== '' && (!MAY_MOVE_CLOCK.test(name) || CANNOT_MOVE_CLOCK.test(name))) continue;
      const from = dayOf(entry.dateFiled);
      if (covered(complete, from, from)) continue;
      const next = ctx.events.find((ev) => ev.day > from);
      const to = next ? next.day - 1 : OPEN;
      const label =
        entry.number === null ? `the minute entry of ${describeDay(from)}` : `entry ${entry.number}`;
      addGap(ctx, {
        id: `notext:${entry.id}`,
        cause: 'entryWithoutText',
        from,
        to,
        entries: entry.number === null ? [] : [entry.number],
        reason: `${label[0]!.toUpperCase()}${label.slice(1)}${entry.eventName ? ` ("${entry.eventName}")` : ''} has no text in ${s.description}: what it ordered is not known${next ? ` until the next event, ${describeDay(next.day)}` : ''}.`,
        settle: `read the text of ${entry.number === null ? label : `entry #${entry.number}`}`,
      });
    }
  }
}

/**
 * A PACER docket report run for some defendants lists their parties and the entries that concern them; a
 * co-defendant known only from the docket text appears where an entry names him too. His own entries — his motions,
 * a plea, a severance, a dismissal — are not on it, so no day of his own clocks can be known to count: every day no
 * entry on the report excludes is unknown. (Days of the defendants the report was run for stay as they are: a
 * filing of the co-defendant alone could exclude them under § 3161(h)(6) only through delay the report would show
 * when it reaches them.)
 */
export function reportRunForOthers(ctx: Ctx): void {
  const listed = ctx.file.defendants.filter((d) => d.knownFrom === 'partyList');
  if (listed.length === 0 || !ctx.file.coverage.some((s) => s.format === 'pacer-docket')) return;
  const firstDay = Math.min(
    dayOf(ctx.file.case.dateFiled),
    ...ctx.file.docketEntries.map((e) => dayOf(e.dateFiled)),
    ...ctx.events.map((e) => e.day),
  );
  const runFor = listed.map((d) => `${d.name} (${d.number})`).join(', ');
  for (const d of ctx.file.defendants) {
    if (d.knownFrom !== 'docketText') continue;
    addGap(ctx, {
      id: `notInReport:${d.number}`,
      cause: 'outsideCoverage',
      from: firstDay,
      to: OPEN,
      defendants: [d.number],
      ownOnly: true,
      reason: `This docket report was run for ${runFor}: entries that concern only ${d.name} (${d.number}) — a motion, a plea, a severance, a dismissal — are not on it, so a day no entry on it excludes is not known to count for ${d.name}.`,
      settle: `import the docket report run for ${d.name} (${d.number}), or for all defendants`,
    });
  }
}

/** One line saying what the record covers, for the result and the CLI. */
export function coverageText(ctx: Ctx): string {
  const sources = ctx.file.coverage;
  if (sources.length === 0)
    return 'No coverage is stated for this record: the clocks count every day no event excludes, as if the record were complete — state the coverage (`coverage` in the case file) so that gaps show as unknown days.';
  return sources
    .map((s) => {
      const periods =
        s.periods.length === 0
          ? `everything${s.reportDate ? ` through ${s.reportDate}` : ''}`
          : s.periods.map((p) => `${p.from} to ${p.to}`).join(', ');
      const numbers = s.entryNumbers
        ? `; entries ${s.entryNumbers.from ?? '?'}–${s.entryNumbers.to ?? '?'}${s.entryNumbers.missing.length > 0 ? `, ${s.entryNumbers.missing.length} missing` : ''}`
        : '';
      return `${s.description}: ${s.complete ? 'complete' : 'partial'}, covers ${periods}${numbers}; entry texts ${s.entryTexts}${s.reportDate ? `; report date ${s.reportDate}` : ''} (stated by the ${s.setBy})`;
    })
    .join(' · ');
}
