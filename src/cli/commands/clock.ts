import { Temporal } from 'temporal-polyfill';
import { Event, parseCaseFile } from '../../case/index.ts';
import { isIsoDate } from '../../law/calendar/index.ts';
import {
  type Basis,
  type Clock,
  computeSpeedyTrial,
  type DefendantClocks,
  FLAGS,
  hypotheticalMotion,
  type LastDay,
  type LedgerPeriod,
  SpeedyTrialInputError,
  SpeedyTrialOptions,
  type SpeedyTrialResult,
  type Warning,
} from '../../law/speedy-trial/index.ts';
import { CliError, type Out, readText, table } from '../io.ts';

export interface ClockOptions {
  asOf?: string;
  defendant?: string;
  json?: boolean;
  whatIf?: string;
  whatIfMotion?: string[];
  option?: string[];
  ledger?: boolean;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const day = (iso: string): string => `${WEEKDAYS[Temporal.PlainDate.from(iso).dayOfWeek - 1]} ${iso}`;
const short = (citation: string): string => citation.replace(/^18 U\.S\.C\. /, '');

/** `--option name=value`: a value is read as JSON when it parses (true, 14, [...]), else as a string. */
function parseOptionFlags(flags: readonly string[]): Record<string, unknown> {
  const known = Object.keys(SpeedyTrialOptions.shape);
  const out: Record<string, unknown> = {};
  for (const flag of flags) {
    const eq = flag.indexOf('=');
    if (eq < 1) throw new CliError(`--option expects name=value, got "${flag}"`);
    const name = flag.slice(0, eq);
    const raw = flag.slice(eq + 1);
    if (!known.includes(name))
      throw new CliError(`--option: unknown option "${name}" (known: ${known.join(', ')})`);
    let value: unknown = raw;
    try {
      value = JSON.parse(raw);
    } catch {
      value = raw;
    }
    out[name] = value;
  }
  return out;
}

/** `--what-if-motion FILED[:DECIDED][@N,N]`, e.g. 2026-10-01:2026-10-20@1,2 (default: every defendant). */
function parseWhatIfMotion(spec: string, allDefendants: number[], i: number): Event[] {
  const m = /^(\d{4}-\d{2}-\d{2})(?::(\d{4}-\d{2}-\d{2}))?(?:@(\d+(?:,\d+)*))?$/.exec(spec);
  if (!m || !isIsoDate(m[1]!) || (m[2] !== undefined && !isIsoDate(m[2]))) {
    throw new CliError(`--what-if-motion expects FILED[:DECIDED][@N,N] with dates YYYY-MM-DD, got "${spec}"`);
  }
  if (m[2] !== undefined && m[2] < m[1]!)
    throw new CliError(`--what-if-motion: decided ${m[2]} is before filed ${m[1]}`);
  const defendants = m[3] ? m[3].split(',').map(Number) : allDefendants;
  return hypotheticalMotion({
    id: `what-if-motion-${i + 1}`,
    filed: m[1]!,
    ...(m[2] ? { decided: m[2] } : {}),
    defendants,
  });
}

function readWhatIfFile(path: string): Event[] {
  let json: unknown;
  try {
    json = JSON.parse(readText(path));
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`--what-if ${path}: not valid JSON: ${(e as Error).message}`);
  }
  const list = Array.isArray(json) ? json : (json as { events?: unknown })?.events;
  if (!Array.isArray(list))
    throw new CliError(`--what-if ${path}: expected an array of events or { "events": [...] }`);
  return list.map((raw, i) => {
    const parsed = Event.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new CliError(`--what-if ${path}: events[${i}].${issue.path.join('.')}: ${issue.message}`);
    }
    return parsed.data;
  });
}

/** `pretrial clock <case-file>`: the Speedy Trial clocks of each defendant, with warnings and ledgers. */
export function clockCommand(path: string, opts: ClockOptions, out: Out): number {
  const parsed = parseCaseFile(readText(path));
  if (!parsed.ok) {
    out.log(
      `INVALID ${path}: ${parsed.issues.length} problem${parsed.issues.length === 1 ? '' : 's'} (run pretrial validate)`,
    );
    for (const issue of parsed.issues) out.log(`  ${issue.path}  ${issue.message}`);
    return 1;
  }
  const file = parsed.caseFile;
  // The as-of date defaults to today, read here at the edge; the engine never reads the clock.
  const asOf = opts.asOf ?? Temporal.Now.plainDateISO().toString();
  if (!isIsoDate(asOf)) throw new CliError(`--as-of must be a real date YYYY-MM-DD, got "${asOf}"`);
  let only: number | undefined;
  if (opts.defendant !== undefined) {
    only = Number(opts.defendant);
    if (!Number.isInteger(only) || !file.defendants.some((d) => d.number === only)) {
      throw new CliError(
        `--defendant ${opts.defendant}: no such defendant (known: ${file.defendants.map((d) => d.number).join(', ')})`,
      );
    }
  }
  const options = parseOptionFlags(opts.option ?? []);
  const all = file.defendants.map((d) => d.number);
  const hypothetical = [
    ...(opts.whatIf ? readWhatIfFile(opts.whatIf) : []),
    ...(opts.whatIfMotion ?? []).flatMap((s, i) => parseWhatIfMotion(s, all, i)),
  ];
  let result: SpeedyTrialResult;
  try {
    result = computeSpeedyTrial(
      file,
      asOf,
      options,
      hypothetical.length > 0 ? { events: hypothetical } : undefined,
    );
  } catch (e) {
    if (e instanceof SpeedyTrialInputError) throw new CliError(e.message);
    throw e;
  }
  if (only !== undefined) {
    result = {
      ...result,
      defendants: result.defendants.filter((d) => d.defendant === only),
      ...(result.whatIf
        ? {
            whatIf: {
              ...result.whatIf,
              defendants: result.whatIf.defendants.filter((d) => d.defendant === only),
            },
          }
        : {}),
    };
  }
  if (opts.json) {
    out.log(JSON.stringify(result, null, 2));
    return 0;
  }
  for (const line of render(result, opts.ledger !== false)) out.log(line);
  return 0;
}

const STATUS: Record<Clock['status'], string> = {
  notStarted: 'NOT STARTED',
  running: 'RUNNING',
  stopped: 'STOPPED',
  suspended: 'SUSPENDED',
  ended: 'ENDED',
  met: 'MET',
  expired: 'RUN',
  mayHaveRun: 'MAY HAVE RUN',
};

function lastDayText(l: LastDay | null, limit: number): string {
  if (!l) return '—';
  if (!l.determinate)
    return `indeterminate — stopped since ${day(l.stoppedSince)}, waiting for ${l.waitingFor.join('; ')}`;
  if (l.unextended === l.rolled) return `${day(l.date)} (day ${limit}; a business day, no roll)`;
  const passed = l.passedOver.map((p) => `${p.date}: ${p.reasons.join(', ')}`).join('; ');
  return l.lastDayRoll === 'rule45'
    ? `${day(l.rolled)} — day ${limit} is ${day(l.unextended)}, rolled under Rule 45(a)(1)(C) past ${passed} (lastDayRoll=rule45)`
    : `${day(l.unextended)} (day ${limit}; lastDayRoll=none) — ${day(l.rolled)} if rolled under Rule 45(a)(1)(C)`;
}

function sourceText(b: Basis): string {
  return b.sources
    .map((s) => {
      if (s.hypothetical) return `what-if ${s.event}`;
      if (!s.entry) return `${s.event} (manual)`;
      const docket = s.entry.docketNumber ? `${s.entry.docketNumber} ` : '';
      return s.entry.number === null
        ? `${docket}minute ${s.entry.dateFiled}`
        : `${docket}ECF ${s.entry.number}`;
    })
    .filter((v, i, a) => a.indexOf(v) === i)
    .join(', ');
}

function basisText(b: Basis): string {
  const code = b.aoCode ? ` [${b.aoCode}]` : '';
  const flags = b.flags.filter((f) => f !== 'reviewReasonableness' || b.excludes).join(', ');
  return `${short(b.citation)}${code} ${b.label}${flags ? ` {${flags}}` : ''} (${sourceText(b)})`;
}

const range = (r: { min: number; max: number }): string =>
  r.min === r.max ? `${r.min}` : `${r.min}–${r.max}`;

function ledgerRows(ledger: readonly LedgerPeriod[]): string[][] {
  return ledger.map((p) => [
    p.from,
    p.to,
    String(p.days),
    p.status === 'unknown' ? 'UNKNOWN' : p.status,
    p.clockDays ? `${p.clockDays.first}–${p.clockDays.last}` : '',
    p.unknownThrough ? `${p.usedThrough}–${p.usedThrough + p.unknownThrough}` : String(p.usedThrough),
    [
      ...(p.unknown ?? []).map((u) => `unknown: ${u.reason} — to settle: ${u.settle}`),
      ...p.bases.map(basisText),
      ...p.notes.map((n) => `counted despite: ${basisText(n)}`),
    ].join('; ') || '—',
  ]);
}

function renderClock(c: Clock, withLedger: boolean): string[] {
  const headline = c.trigger.date
    ? ` — ${range(c.used)} of ${c.limit.days} days used, ${range(c.left)} left`
    : '';
  const lines = [
    `  ${c.title}, ${c.citation}: ${STATUS[c.status]}${headline}${c.current ? '' : ' (earlier clock)'}`,
  ];
  const add = (label: string, text: string) => lines.push(`    ${label.padEnd(10)} ${text}`);
  add('Start:', c.trigger.text);
  if (c.trigger.own)
    add('Own start:', `${c.trigger.own.date ? day(c.trigger.own.date) : '—'}: ${c.trigger.own.text}`);
  if (c.charges) add('Charges:', c.charges.join(', '));
  add('Status:', c.statusText);
  if (c.trigger.date) {
    add(
      'Counted:',
      c.daysUnknown > 0
        ? `${range(c.used)} of ${c.limit.days} days (${c.used.min} if every unknown day is excluded, ${c.used.max} if every one counts; ${c.daysExcluded} excluded and ${c.daysUnknown} unknown of ${c.calendarDays} calendar days through ${c.through}); ${range(c.left)} left`
        : `${c.daysUsed} of ${c.limit.days} days (${c.daysExcluded} excluded of ${c.calendarDays} calendar days through ${c.through}); ${c.daysLeft} left`,
    );
    if (!c.end) {
      if (c.lastDayLatest !== undefined && JSON.stringify(c.lastDayLatest) !== JSON.stringify(c.lastDay)) {
        add('Last day:', `${lastDayText(c.lastDay, c.limit.days)}, if every unknown day counts`);
        add('', `${lastDayText(c.lastDayLatest, c.limit.days)}, if none does`);
      } else add('Last day:', lastDayText(c.lastDay, c.limit.days));
    }
    for (const u of c.unknowns) {
      add('Unknown:', `${u.window.from} to ${u.window.to ?? 'open'}: ${u.reason} To settle: ${u.settle}.`);
    }
  }
  for (const b of c.openExclusions) {
    add(
      'In force:',
      `${basisText(b)}, ${b.window.from} to ${b.window.to ?? `open (waiting for ${b.waitingFor ?? 'its end'})`}`,
    );
  }
  for (const r of c.readings) {
    add(
      'Reading:',
      `Read with ${r.option}=${r.value}, ${r.trigger ? `day 0 would be ${day(r.trigger)}` : 'the clock would not have started'}: ${r.daysUsed} days used and ${r.daysLeft} left, the last day ${lastDayText(r.lastDay, c.limit.days)}.`,
    );
  }
  if (c.sanction) {
    add(
      '§ 3162:',
      `violated by ${c.sanction.daysOverRange ? `${c.sanction.daysOverRange.min}–${c.sanction.daysOverRange.max}` : c.sanction.daysOver} day(s); ${c.sanction.dismissalMotionInRecord ? 'a motion to dismiss appears in this record' : 'no motion to dismiss appears in this record'}${c.sanction.pleaInRecord ? `; a plea of guilty or nolo contendere appears in it on ${day(c.sanction.pleaInRecord)} (§ 3162(a)(2): whether the plea waived dismissal is for the court)` : ''}; ${c.sanction.remedy}`,
    );
  }
  if (c.kind === 'detention') add('Remedy:', `${c.remedy.citation} — ${c.remedy.text}`);
  if (withLedger && c.ledger.length > 0) {
    lines.push('    Ledger (day 0 is the start; intervals inclusive):');
    const header = [
      'from',
      'to',
      'days',
      'status',
      'clock days',
      'used',
      'basis (citation [AO code] label {flags} (docket entries))',
    ];
    for (const l of table(header, ledgerRows(c.ledger))) lines.push(`      ${l}`);
    if (c.projection.length > 0) {
      lines.push('    Projection to the last day, if nothing more is excluded:');
      for (const l of table(header, ledgerRows(c.projection))) lines.push(`      ${l}`);
    }
  }
  return lines;
}

const MARK: Record<Warning['severity'], string> = { critical: '!!', warning: ' !', info: ' -' };

const CUSTODY: Record<string, string> = {
  inCustody: 'in custody',
  released: 'released',
  fugitive: 'fugitive',
  notArrested: 'not arrested',
  summoned: 'summoned',
  unknown: 'custody unknown',
};

function renderDefendant(d: DefendantClocks, withLedger: boolean): string[] {
  const lines = [`(${d.defendant}) ${d.name} — ${CUSTODY[d.custody] ?? d.custody}`];
  for (const c of d.clocks) lines.push(...renderClock(c, withLedger));
  if (d.clocks.length === 0)
    lines.push('  No clock has started (no arrest on a complaint, no charge, no detention).');
  if (d.earliestTrialDate)
    lines.push(`  Earliest trial (${d.earliestTrialDate.citation}): ${d.earliestTrialDate.text}`);
  if (d.warnings.length > 0) {
    lines.push('  Warnings:');
    for (const w of d.warnings) lines.push(`   ${MARK[w.severity]} [${w.code}] ${w.message}`);
  }
  return lines;
}

function render(r: SpeedyTrialResult, withLedger: boolean): string[] {
  const lines = [
    `${r.case.caption} — ${r.case.docketNumber} (${r.case.court}) — Speedy Trial clocks as of ${day(r.asOf)}`,
  ];
  const nonDefault = Object.entries(r.options).filter(
    ([k, v]) =>
      JSON.stringify(v) !==
      JSON.stringify(
        (SpeedyTrialOptions.shape as Record<string, { parse: (x: unknown) => unknown }>)[k]?.parse(undefined),
      ),
  );
  lines.push(
    `Options: ${nonDefault.length === 0 ? 'all defaults' : nonDefault.map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(', ')} (--json lists every value)`,
  );
  lines.push(`Coverage: ${r.coverage.text}`);
  for (const w of r.warnings) lines.push(`${MARK[w.severity]} [${w.code}] ${w.message}`);
  for (const d of r.defendants) lines.push('', ...renderDefendant(d, withLedger));
  if (r.whatIf) {
    lines.push('', `What-if: ${r.whatIf.events.map((e) => `${e.kind} ${e.date}`).join(', ')}`);
    for (const d of r.whatIf.defendants) {
      for (const c of d.clocks) {
        const a = c.actual?.lastDay ?? null;
        const b = c.whatIf?.lastDay ?? null;
        const show = (l: LastDay | null) =>
          !l ? '—' : l.determinate ? day(l.date) : `indeterminate (stopped since ${l.stoppedSince})`;
        const moved =
          c.shiftDays === null
            ? ''
            : c.shiftDays === 0
              ? ' (no change)'
              : ` (${c.shiftDays > 0 ? '+' : ''}${c.shiftDays} days)`;
        lines.push(
          `  (${d.defendant}) ${c.id}: last day ${show(a)} → ${show(b)}${moved}; used ${c.actual?.daysUsed ?? '—'} → ${c.whatIf?.daysUsed ?? '—'}`,
        );
      }
      for (const w of d.warnings) lines.push(`   ${MARK[w.severity]} [${w.code}] ${w.message}`);
    }
  }
  const flags = usedFlags(r);
  if (flags.length > 0)
    lines.push('', 'Flags:', ...flags.map((f) => `  ${f}: ${FLAGS[f].text} (${FLAGS[f].authority})`));
  return lines;
}

function usedFlags(r: SpeedyTrialResult): Array<keyof typeof FLAGS> {
  const seen = new Set<keyof typeof FLAGS>();
  for (const d of r.defendants) {
    for (const c of d.clocks) {
      for (const p of [...c.ledger, ...c.projection])
        for (const b of [...p.bases, ...p.notes]) for (const f of b.flags) seen.add(f);
    }
  }
  return [...seen].sort();
}
