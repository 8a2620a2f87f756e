/**
 * The deadline list of a case as of a date: every rule of the catalog run for every defendant on the events
 * dated on or before that day, each date computed with the legal calendar and carrying its trace.
 */
import type { CaseFile } from '../../case/index.ts';
import {
  addBusinessDays,
  computeDeadline,
  computeYearPeriod,
  daysInclusive,
  parseDate,
  type TraceStep,
} from '../calendar/index.ts';
import { DEADLINE_RULES } from './catalog.ts';
import { factsFor } from './facts.ts';
import {
  type Counting,
  DEFAULT_DEADLINE_OPTIONS,
  type Deadline,
  type DeadlineOptions,
  type DeadlineReport,
  type DeadlineRule,
  type DeadlineStatus,
} from './types.ts';

function due(
  counting: Counting,
  from: string,
  court: string,
  citation: string,
  options: DeadlineOptions,
): { date: string; trace: TraceStep[] } {
  switch (counting.method) {
    case 'fixed':
      return {
        date: from,
        trace: [
          {
            step: 'rule',
            text: `A date fixed by the court's order: ${from}. Fixed dates are not computed and never rolled (Rule 45(a) governs periods, not dates).`,
          },
        ],
      };
    case 'rule45': {
      const r = computeDeadline({
        trigger: from,
        days: counting.days,
        direction: counting.direction,
        district: court,
        options: { observedDays: options.observedDays },
      });
      return { date: r.date, trace: r.trace };
    }
    case 'businessDays': {
      const r = addBusinessDays(parseDate(from), counting.days, citation, {
        options: { observedDays: options.observedDays },
      });
      return { date: r.date, trace: r.trace };
    }
    case 'years':
      return computeYearPeriod({
        trigger: from,
        years: counting.years,
        district: court,
        options: { observedDays: options.observedDays },
      });
  }
}

/** Signed calendar-day distance from `asOf` to `date` (0 on the day). */
function daysFrom(asOf: string, date: string): number {
  return date >= asOf
    ? daysInclusive(parseDate(asOf), parseDate(date)) - 1
    : -(daysInclusive(parseDate(date), parseDate(asOf)) - 1);
}

export function computeDeadlines(
  file: CaseFile,
  asOf: string,
  options: Partial<DeadlineOptions> = {},
  rules: readonly DeadlineRule[] = DEADLINE_RULES,
): DeadlineReport {
  parseDate(asOf);
  const opts: DeadlineOptions = { ...DEFAULT_DEADLINE_OPTIONS, ...options };
  const deadlines: Deadline[] = [];
  for (const defendant of file.defendants) {
    const facts = factsFor(file, defendant.number, asOf);
    for (const rule of rules) {
      rule.generate(facts, opts).forEach((draft, i) => {
        const computed = due(
          draft.counting,
          draft.from,
          file.case.court,
          draft.citation ?? rule.citation,
          opts,
        );
        let { date } = computed;
        const trace = [...computed.trace];
        if (draft.capAt) {
          const cap = due(draft.capAt.counting, draft.capAt.from, file.case.court, rule.citation, opts);
          if (cap.date < date) {
            date = cap.date;
            trace.push({ step: 'rule', text: `${draft.capAt.label}: ${cap.date}, earlier — it governs.` });
          } else trace.push({ step: 'rule', text: `${draft.capAt.label}: ${cap.date}, not earlier.` });
        }
        const satisfied = draft.satisfiedBy && draft.satisfiedBy.date <= date ? draft.satisfiedBy : undefined;
        // A later event that ends the need (an indictment, Rule 5.1(a)(2)) makes the deadline moot even when it
        // comes after the due date: the requirement no longer stands, so it is not an open miss.
        const moot = !satisfied && draft.moot ? draft.moot : undefined;
        const mootLate = moot && moot.event.date > date;
        let status: DeadlineStatus = date > asOf ? 'upcoming' : date === asOf ? 'dueToday' : 'passed';
        if (satisfied) status = 'met';
        else if (moot) status = 'moot';
        deadlines.push({
          id: `${rule.id}:${defendant.number}:${draft.trigger.id}:${i}`,
          ruleId: rule.id,
          title: draft.title ?? rule.title,
          citation: draft.citation ?? rule.citation,
          text: rule.text,
          defendant: defendant.number,
          trigger: { eventId: draft.trigger.id, kind: draft.trigger.kind, date: draft.trigger.date },
          due: date,
          status,
          daysLeft: daysFrom(asOf, date),
          ...(satisfied ? { satisfiedBy: { eventId: satisfied.id, date: satisfied.date } } : {}),
          ...(moot ? { moot: { eventId: moot.event.id, date: moot.event.date, reason: moot.reason } } : {}),
          notes: [
            ...draft.notes,
            ...(draft.passedKnown && status === 'passed' ? [`Passed: ${draft.passedKnown}.`] : []),
            ...(mootLate && moot
              ? [
                  `Not done by ${date}; moot since ${moot.event.date} (${moot.reason}): no longer required, so not an open miss.`,
                ]
              : []),
          ],
          alternatives: (draft.alternatives ?? []).map((a) => ({
            label: a.label,
            date: due(a.counting, a.from ?? draft.from, file.case.court, rule.citation, opts).date,
          })),
          ...(draft.provisional ? { provisional: draft.provisional } : {}),
          trace,
        });
      });
    }
  }
  deadlines.sort((a, b) =>
    a.due === b.due ? a.defendant - b.defendant || a.ruleId.localeCompare(b.ruleId) : a.due < b.due ? -1 : 1,
  );
  const known = new Set(
    deadlines.filter((d) => d.notes.some((n) => n.startsWith('Passed: '))).map((d) => d.id),
  );
  const warnings = deadlines
    .filter((d) => d.status === 'passed' && !known.has(d.id) && !d.provisional)
    .map(
      (d) =>
        `(${d.defendant}) ${d.title} was due ${d.due} (${d.citation}); the record shows nothing that met it — check the docket.`,
    );
  return { asOf, options: opts, deadlines, warnings };
}
