import { writeFileSync } from 'node:fs';
import { type CaseFile, parseCaseFile } from '../../case/index.ts';
import { deadlinesToIcs } from '../../export/ics.ts';
import { computeDeadlines, type Deadline } from '../../law/deadlines/index.ts';
import { computeSpeedyTrial, type SpeedyTrialResult } from '../../law/speedy-trial/index.ts';
import { asOfOption } from '../dates.ts';
import { CliError, type Out, readText } from '../io.ts';
import { fittedTable, hanging } from '../layout.ts';

export interface DeadlinesOptions {
  asOf?: string;
  defendant?: string;
  upcoming?: boolean;
  json?: boolean;
  ics?: string;
  /** With `ics`: every deadline, not only those still to come. */
  all?: boolean;
}

/** One row per deadline: the same requirement, due the same day from the same trigger, for several defendants. */
interface Row {
  first: Deadline;
  defendants: number[];
}

function groupDeadlines(deadlines: readonly Deadline[]): Row[] {
  const rows = new Map<string, Row>();
  for (const d of deadlines) {
    const key = [d.due, d.status, d.title, d.citation, d.trigger.kind, d.trigger.date].join('|');
    const row = rows.get(key);
    if (row) row.defendants.push(d.defendant);
    else rows.set(key, { first: d, defendants: [d.defendant] });
  }
  return [...rows.values()];
}

export function loadCaseFile(path: string): CaseFile {
  const result = parseCaseFile(readText(path));
  if (!result.ok) {
    const first = result.issues.slice(0, 5).map((i) => `  ${i.path}  ${i.message}`);
    throw new CliError(
      `${path} is not a valid case file (${result.issues.length} problems; run pretrial validate):\n${first.join('\n')}`,
      1,
    );
  }
  return result.caseFile;
}

const STATUS: Record<Deadline['status'], string> = {
  upcoming: 'upcoming',
  dueToday: 'DUE TODAY',
  passed: 'passed',
  met: 'met',
  moot: 'moot',
};

/** The Speedy Trial result cut to one defendant when `--defendant` is given. */
function onlyDefendant(r: SpeedyTrialResult, defendant: string | undefined): SpeedyTrialResult {
  if (defendant === undefined) return r;
  return { ...r, defendants: r.defendants.filter((d) => d.defendant === Number(defendant)) };
}

/** `pretrial deadlines <case-file>`: the deadline list as of a date, as a table, JSON or iCalendar. */
export function deadlinesCommand(path: string, opts: DeadlinesOptions, out: Out): number {
  const file = loadCaseFile(path);
  const asOf = asOfOption(opts.asOf);
  const report = computeDeadlines(file, asOf);
  let deadlines = report.deadlines;
  if (opts.defendant !== undefined) {
    const n = Number(opts.defendant);
    if (!file.defendants.some((d) => d.number === n)) {
      throw new CliError(
        `--defendant ${opts.defendant}: no such defendant (known: ${file.defendants.map((d) => d.number).join(', ')})`,
      );
    }
    deadlines = deadlines.filter((d) => d.defendant === n);
  }
  if (opts.upcoming) deadlines = deadlines.filter((d) => d.status === 'upcoming' || d.status === 'dueToday');

  if (opts.ics) {
    // A calendar holds what is still to do: met, moot and passed deadlines only with --all.
    if (!opts.all) deadlines = deadlines.filter((d) => d.status === 'upcoming' || d.status === 'dueToday');
    const names = new Map(file.defendants.map((d) => [d.number, d.name]));
    writeFileSync(
      opts.ics,
      deadlinesToIcs(deadlines, {
        caption: file.case.caption,
        docketNumber: file.case.docketNumber,
        stamp: `${asOf}T00:00:00Z`,
        names,
        speedyTrial: onlyDefendant(computeSpeedyTrial(file, asOf), opts.defendant),
      }),
    );
    out.log(`Wrote ${deadlines.length} deadline${deadlines.length === 1 ? '' : 's'} to ${opts.ics}`);
    return 0;
  }
  if (opts.json) {
    out.log(JSON.stringify({ ...report, deadlines }, null, 2));
    return 0;
  }
  out.log(`${file.case.caption} — ${file.case.district} ${file.case.docketNumber}: deadlines as of ${asOf}`);
  if (deadlines.length === 0) {
    out.log('No deadlines follow from the events recorded.');
    return 0;
  }
  const names = new Map(file.defendants.map((d) => [d.number, d.name]));
  const who = (numbers: number[]) =>
    numbers.length === file.defendants.length && numbers.length > 2
      ? `all ${numbers.length} defendants`
      : numbers.map((n) => `(${n}) ${names.get(n) ?? ''}`.trim()).join(', ');
  const rows = groupDeadlines(deadlines);
  for (const line of fittedTable(
    ['Due', 'Status', 'Defendants', 'Deadline', 'Rule', 'Trigger'],
    rows.map(({ first: d, defendants }) => [
      d.due,
      d.status === 'upcoming' ? `in ${d.daysLeft} d` : STATUS[d.status],
      who(defendants),
      `${d.title}${d.provisional ? ' (provisional)' : ''}`,
      d.citation,
      `${d.trigger.kind} ${d.trigger.date}${d.moot ? ` — moot: ${d.moot.reason}` : ''}${d.satisfiedBy ? ` — met ${d.satisfiedBy.date}` : ''}`,
    ]),
    { minWidth: 10 },
  )) {
    out.log(line);
  }
  for (const { first: d, defendants } of rows) {
    for (const a of d.alternatives)
      for (const l of hanging('  ', `${who(defendants)}: ${d.title}: also ${a.label} → ${a.date}`, 120, 4))
        out.log(l);
    if (d.provisional)
      for (const l of hanging('  ', `${d.title}: provisional — ${d.provisional}`, 120, 4)) out.log(l);
  }
  if (report.warnings.length > 0) {
    out.log('Warnings:');
    for (const w of report.warnings) for (const l of hanging('  - ', w)) out.log(l);
  }
  return 0;
}
