/**
 * Fed. R. Crim. P. 45(a) — computing time stated in days (and, in `computeHours`, in hours).
 *
 * (a)(1) "When the period is stated in days or a longer unit of time: (A) exclude the day of the event that
 * triggers the period; (B) count every day, including intermediate Saturdays, Sundays, and legal holidays;
 * and (C) include the last day of the period, but if the last day is a Saturday, Sunday, or legal holiday,
 * the period continues to run until the end of the next day that is not a Saturday, Sunday, or legal holiday."
 * (a)(3) inaccessibility of the clerk's office; (a)(5) "The 'next day' is determined by continuing to count
 * forward when the period is measured after an event and backward when measured before an event."
 * (a)(6) "Legal holiday" — (A) the days named by statute, (B) "any day declared a holiday by the President or
 * Congress", (C) "for periods that are measured after an event, any other day declared a holiday by the
 * state where the district court is located". (c) three days added after certain kinds of service.
 *
 * The edition in force on the trigger date governs (docs/calendar.md, "Rule 45(a) periods").
 */
import {
  addDays,
  addYears,
  describe,
  iso,
  isWeekend,
  type PlainDate,
  parseDate,
  SATURDAY,
  type YearRounding,
} from './dates.ts';
import { type District, findDistrict } from './districts.ts';
import type { HolidayOccurrence } from './holiday-types.ts';
import { federalOn, hasStateTable, inaugurationOn, presidentialOn, stateOn } from './holidays.ts';

export type Direction = 'forward' | 'backward';

/**
 * `observedDays` — is the weekday on which a weekend federal holiday is observed (Friday before a Saturday
 * holiday under 5 U.S.C. § 6103(b)(1); Monday after a Sunday holiday under Executive Order 11582) a Rule 45
 * legal holiday? No authority settles it (docs/calendar.md, "Options"). Default `observedCounts`: courts close
 * on the observed day and 45(a)(6)(B) reaches days declared by the President.
 *
 * `inaugurationDay` — treat Inauguration Day (5 U.S.C. § 6103(c), a pay-and-leave holiday in the D.C. area) as
 * a legal holiday for courts in that area. Default false; the result shows the other reading when it matters.
 */
export interface Rule45Options {
  observedDays: 'observedCounts' | 'actualDayOnly';
  inaugurationDay: boolean;
  /**
   * `stateCloseCalls` — days whose standing as "declared a holiday by … the state" (45(a)(6)(C)) is doubtful:
   * a "legal holiday" in a statute on which the state's own offices and courts stay open, or a holiday declared
   * for part of the state when the court's place of sitting is not given (see `HolidayRecord.closeCall`,
   * `HolidayRecord.area`). Default `exclude`: the earlier date is the safe one to file by, and the result shows
   * the date the other reading gives.
   */
  stateCloseCalls: 'exclude' | 'include';
}

export const DEFAULT_RULE45_OPTIONS: Rule45Options = {
  observedDays: 'observedCounts',
  inaugurationDay: false,
  stateCloseCalls: 'exclude',
};

export interface Rule45Edition {
  id: string;
  from: string;
  to: string | null;
  citation: string;
  /** Periods shorter than this many days skip intermediate Saturdays, Sundays and legal holidays (pre-2009). */
  shortPeriodBelow: number | null;
  /** Whether state holidays count for periods counted backward too (before 2009 the rule did not say). */
  stateHolidaysBothDirections: boolean;
  /** Where Juneteenth gets its legal-holiday status in this edition. */
  juneteenthClause: string;
  clauses: {
    named: string;
    declared: string;
    state: string;
    roll: string;
    inaccessible: string;
    backward: string;
  };
  summary: string;
}

/** Rule 45 editions as dated records; a test sweeps the dates for gaps and overlaps. */
export const RULE45_EDITIONS: readonly Rule45Edition[] = [
  {
    id: '1985',
    from: '1985-08-01',
    to: '2002-11-30',
    citation: 'Fed. R. Crim. P. 45(a) (as amended eff. Aug. 1, 1985)',
    shortPeriodBelow: 11,
    stateHolidaysBothDirections: true,
    juneteenthClause: 'n/a',
    clauses: {
      named: 'Rule 45(a) ("legal holiday" includes the days named)',
      declared: 'Rule 45(a) (a day appointed as a holiday by the President or the Congress)',
      state: 'Rule 45(a) (a day appointed as a holiday by the state in which the district court is held)',
      roll: 'Rule 45(a) (last day a Saturday, Sunday or legal holiday)',
      inaccessible: "Rule 45(a) (clerk's office inaccessible)",
      backward: 'Rule 45(a)',
    },
    summary: 'Periods of less than 11 days exclude intermediate Saturdays, Sundays and legal holidays.',
  },
  {
    id: '2002',
    from: '2002-12-01',
    to: '2009-11-30',
    citation: 'Fed. R. Crim. P. 45(a) (2002 restyling)',
    shortPeriodBelow: 11,
    stateHolidaysBothDirections: true,
    juneteenthClause: 'n/a',
    clauses: {
      named: 'Rule 45(a)(4)(A)',
      declared: 'Rule 45(a)(4)(B) (declared by the President or Congress)',
      state: 'Rule 45(a)(4)(B) (declared by the state where the district court is held)',
      roll: 'Rule 45(a)(3)',
      inaccessible: 'Rule 45(a)(3)',
      backward: 'Rule 45(a)(3)',
    },
    summary: 'Periods of less than 11 days exclude intermediate Saturdays, Sundays and legal holidays.',
  },
  {
    id: '2009',
    from: '2009-12-01',
    to: '2023-11-30',
    citation: 'Fed. R. Crim. P. 45(a) (as amended eff. Dec. 1, 2009)',
    shortPeriodBelow: null,
    stateHolidaysBothDirections: false,
    juneteenthClause: 'Rule 45(a)(6)(B) (declared by Congress: Pub. L. 117-17)',
    clauses: {
      named: 'Rule 45(a)(6)(A)',
      declared: 'Rule 45(a)(6)(B)',
      state: 'Rule 45(a)(6)(C)',
      roll: 'Rule 45(a)(1)(C)',
      inaccessible: 'Rule 45(a)(3)(A)',
      backward: 'Rule 45(a)(5)',
    },
    summary: '"Days are days": every day counts; state holidays only for periods measured after an event.',
  },
  {
    id: '2023',
    from: '2023-12-01',
    to: null,
    citation: 'Fed. R. Crim. P. 45(a) (as amended eff. Dec. 1, 2023)',
    shortPeriodBelow: null,
    stateHolidaysBothDirections: false,
    juneteenthClause: 'Rule 45(a)(6)(A)',
    clauses: {
      named: 'Rule 45(a)(6)(A)',
      declared: 'Rule 45(a)(6)(B)',
      state: 'Rule 45(a)(6)(C)',
      roll: 'Rule 45(a)(1)(C)',
      inaccessible: 'Rule 45(a)(3)(A)',
      backward: 'Rule 45(a)(5)',
    },
    summary: 'As the 2009 text, with Juneteenth National Independence Day named in 45(a)(6)(A).',
  },
];

export function editionOn(date: PlainDate): Rule45Edition | undefined {
  const d = iso(date);
  return RULE45_EDITIONS.find((e) => d >= e.from && (e.to === null || d <= e.to));
}

/** Why a day is not one on which a period may end. */
export interface ClosedReason {
  kind: 'saturday' | 'sunday' | 'legalHoliday' | 'inaccessible';
  text: string;
  citation?: string;
  holiday?: HolidayOccurrence;
}

export interface TraceStep {
  step: 'rule' | 'option' | 'trigger' | 'count' | 'skip' | 'lastDay' | 'roll' | 'service' | 'note' | 'result';
  text: string;
  date?: string;
  from?: string;
  to?: string;
  days?: number;
  citation?: string;
  reasons?: string[];
}

export interface DeadlineInput {
  trigger: PlainDate | string;
  days: number;
  direction?: Direction;
  /** PACER court id (`nyed`) or a district record; without one, no state holidays apply. */
  district?: string | District;
  /**
   * Where the court sits (a seat id of `District.seats`, e.g. `boston` in D. Mass.): decides holidays the
   * state declares for part of its territory only.
   */
  seat?: string;
  options?: Partial<Rule45Options>;
  /** Days the clerk's office was inaccessible (45(a)(3)), with a note each (e.g. "weather closure"). */
  inaccessible?: ReadonlyArray<{ date: string; note?: string }>;
  /** Rule 45(c): service under Rule 49(a)(4)(C), (D) or (E) adds 3 days after the period would otherwise expire. */
  serviceAddsThreeDays?: boolean;
}

export interface DeadlineResult {
  date: string;
  trigger: string;
  days: number;
  direction: Direction;
  edition: string;
  district: string | null;
  /** The last day before any roll. */
  unrolled: string;
  rolled: boolean;
  /** Days passed over, with why (intermediate days before 2009, then the roll). */
  skipped: Array<{ date: string; reasons: string[] }>;
  options: Rule45Options;
  /** The date under each reading of the unsettled questions; `readingsDiffer` when they disagree. */
  readings: Array<{ option: string; value: string; date: string }>;
  readingsDiffer: boolean;
  warnings: string[];
  trace: TraceStep[];
}

export class DeadlineInputError extends Error {
  override name = 'DeadlineInputError';
}

interface Ctx {
  edition: Rule45Edition;
  direction: Direction;
  district: District | null;
  seat: string | null;
  options: Rule45Options;
  inaccessible: ReadonlyMap<string, string>;
}

/**
 * Does a part-of-state holiday reach the court? `true`/`false` when the seat (given, or the district's only
 * seats) settles it; otherwise the reason it is unsure.
 */
function areaReaches(occ: HolidayOccurrence, district: District, seat: string | null): true | false | string {
  const area = occ.area;
  if (!area) return true;
  if (seat) return area.seats.includes(`${district.code}:${seat}`);
  const seats = (district.seats ?? []).map((s) => `${district.code}:${s.id}`);
  if (seats.length > 0 && seats.every((s) => area.seats.includes(s))) return true;
  if (seats.length > 0 && !seats.some((s) => area.seats.includes(s))) return false;
  const inside = (district.seats ?? []).filter((s) => area.seats.includes(`${district.code}:${s.id}`));
  return `declared for ${area.text} only, where ${district.abbreviation} sits at ${inside.map((s) => s.name).join(', ')} but also elsewhere; the court's seat was not given (--seat)`;
}

function holidayReasons(date: PlainDate, ctx: Ctx): ClosedReason[] {
  const reasons: ClosedReason[] = [];
  const { edition, options, district, direction } = ctx;
  for (const occ of federalOn(date)) {
    if (occ.observed && options.observedDays === 'actualDayOnly') continue;
    const clause = occ.recordId === 'us-juneteenth' ? edition.juneteenthClause : edition.clauses.named;
    const obs = occ.observed ? ` (observed for ${occ.actualDate}; option observedDays=observedCounts)` : '';
    reasons.push({
      kind: 'legalHoliday',
      text: `${occ.name}${obs} — ${clause}; ${occ.citation}`,
      citation: clause,
      holiday: occ,
    });
  }
  for (const occ of presidentialOn(date)) {
    reasons.push({
      kind: 'legalHoliday',
      text: `${occ.name} — ${edition.clauses.declared}; ${occ.citation}`,
      citation: edition.clauses.declared,
      holiday: occ,
    });
  }
  if (district?.inaugurationArea && options.inaugurationDay) {
    for (const occ of inaugurationOn(date)) {
      reasons.push({
        kind: 'legalHoliday',
        text: `${occ.name} — 5 U.S.C. § 6103(c), a pay-and-leave holiday in the D.C. area (option inaugurationDay=true; Rule 45 status uncertain)`,
        citation: '5 U.S.C. § 6103(c)',
        holiday: occ,
      });
    }
  }
  if (district && (direction === 'forward' || edition.stateHolidaysBothDirections)) {
    for (const occ of stateOn(date, district.state) ?? []) {
      if (occ.partialDay) continue;
      const reach = areaReaches(occ, district, ctx.seat);
      if (reach === false) continue;
      const doubt = [occ.closeCall, typeof reach === 'string' ? reach : undefined].filter(
        (x): x is string => x !== undefined,
      );
      if (doubt.length > 0 && options.stateCloseCalls !== 'include') continue;
      const obs = occ.observed
        ? ` (observed for ${occ.actualDate}${occ.observanceCitation ? `, ${occ.observanceCitation}` : ''})`
        : '';
      const where = occ.area && ctx.seat ? ` [the court sits in ${occ.area.text}]` : '';
      const close =
        doubt.length > 0 ? ` [close call, option stateCloseCalls=include: ${doubt.join('; ')}]` : '';
      reasons.push({
        kind: 'legalHoliday',
        text: `${occ.name}${obs} (${district.state}) — ${edition.clauses.state}; ${occ.citation}${where}${close}`,
        citation: edition.clauses.state,
        holiday: occ,
      });
    }
  }
  return reasons;
}

function closedReasons(date: PlainDate, ctx: Ctx, withInaccessible: boolean): ClosedReason[] {
  const reasons: ClosedReason[] = [];
  if (date.dayOfWeek === SATURDAY) reasons.push({ kind: 'saturday', text: 'Saturday' });
  else if (isWeekend(date)) reasons.push({ kind: 'sunday', text: 'Sunday' });
  reasons.push(...holidayReasons(date, ctx));
  const note = withInaccessible ? ctx.inaccessible.get(iso(date)) : undefined;
  if (note !== undefined) {
    reasons.push({
      kind: 'inaccessible',
      text: `clerk's office inaccessible${note ? ` (${note})` : ''} — ${ctx.edition.clauses.inaccessible}`,
      citation: ctx.edition.clauses.inaccessible,
    });
  }
  return reasons;
}

function resolveSeat(district: District | null, seat: string | undefined): string | null {
  if (seat === undefined || seat === '') return null;
  const id = seat.trim().toLowerCase();
  if (!district) throw new DeadlineInputError(`seat: "${seat}" needs a district`);
  const seats = district.seats ?? [];
  if (!seats.some((s) => s.id === id)) {
    throw new DeadlineInputError(
      seats.length > 0
        ? `seat: "${seat}" is not a seat of ${district.abbreviation} (${seats.map((s) => s.id).join(', ')})`
        : `seat: ${district.abbreviation} has no part-of-state holiday, so its seat is not needed`,
    );
  }
  return id;
}

function resolveDistrict(district: DeadlineInput['district']): District | null {
  if (district === undefined) return null;
  if (typeof district !== 'string') return district;
  const found = findDistrict(district);
  if (!found.ok) throw new DeadlineInputError(found.error);
  return found.district;
}

function toDate(value: PlainDate | string, what: string): PlainDate {
  if (typeof value !== 'string') return value;
  try {
    return parseDate(value);
  } catch (e) {
    throw new DeadlineInputError(`${what}: ${(e as Error).message}`);
  }
}

interface Core {
  date: PlainDate;
  unrolled: PlainDate;
  skipped: Array<{ date: string; reasons: string[] }>;
  trace: TraceStep[];
}

function computeCore(trigger: PlainDate, days: number, ctx: Ctx, service: boolean): Core {
  const { edition, direction } = ctx;
  const step = direction === 'forward' ? 1 : -1;
  const trace: TraceStep[] = [];
  const skipped: Core['skipped'] = [];
  const word = direction === 'forward' ? 'after' : 'before';

  trace.push({
    step: 'trigger',
    date: iso(trigger),
    text: `Trigger: ${describe(trigger)}. The day of the event is excluded (${edition.id === '1985' || edition.id === '2002' ? 'Rule 45(a)' : 'Rule 45(a)(1)(A)'}); day 1 is the day ${word} it.`,
  });

  let last = trigger;
  if (edition.shortPeriodBelow !== null && days < edition.shortPeriodBelow) {
    let counted = 0;
    for (let d = addDays(trigger, step); counted < days; d = addDays(d, step)) {
      const reasons = closedReasons(d, ctx, false);
      if (reasons.length > 0) {
        const why = reasons.map((r) => r.text);
        skipped.push({ date: iso(d), reasons: why });
        trace.push({
          step: 'skip',
          date: iso(d),
          reasons: why,
          text: `${describe(d)} not counted: ${why.join('; ')} (a period of less than ${edition.shortPeriodBelow} days excludes intermediate Saturdays, Sundays and legal holidays, ${edition.citation})`,
        });
        continue;
      }
      counted++;
      last = d;
    }
    trace.push({
      step: 'count',
      from: iso(addDays(trigger, step)),
      to: iso(last),
      days,
      text: `Counted ${days} day${days === 1 ? '' : 's'} ${direction === 'forward' ? 'forward' : 'backward'}, skipping the days above: day ${days} is ${describe(last)}.`,
    });
  } else {
    last = addDays(trigger, step * days);
    trace.push({
      step: 'count',
      from: iso(addDays(trigger, step)),
      to: iso(last),
      days,
      text: `Count ${days} day${days === 1 ? '' : 's'} ${direction === 'forward' ? 'forward' : 'backward'}, every day including intermediate Saturdays, Sundays and legal holidays (${edition.id === '2009' || edition.id === '2023' ? 'Rule 45(a)(1)(B)' : edition.citation}): day ${days} is ${describe(last)}.`,
    });
  }
  const unrolled = last;
  trace.push({ step: 'lastDay', date: iso(last), text: `Last day of the period: ${describe(last)}.` });

  last = roll(last, ctx, step, skipped, trace, true);

  if (service) {
    const before = last;
    last = addDays(last, 3);
    trace.push({
      step: 'service',
      from: iso(before),
      to: iso(last),
      days: 3,
      citation: 'Fed. R. Crim. P. 45(c)',
      text: `Rule 45(c): service under Rule 49(a)(4)(C), (D) or (E) adds 3 days after the period would otherwise expire: ${describe(before)} → ${describe(last)}.`,
    });
    last = roll(last, ctx, 1, skipped, trace, true);
  }

  trace.push({ step: 'result', date: iso(last), text: `Last day: ${describe(last)}.` });
  return { date: last, unrolled, skipped, trace };
}

function roll(
  from: PlainDate,
  ctx: Ctx,
  step: number,
  skipped: Core['skipped'],
  trace: TraceStep[],
  withInaccessible: boolean,
): PlainDate {
  let last = from;
  const passed: string[] = [];
  for (;;) {
    const reasons = closedReasons(last, ctx, withInaccessible);
    if (reasons.length === 0) break;
    skipped.push({ date: iso(last), reasons: reasons.map((r) => r.text) });
    passed.push(`${describe(last)}: ${reasons.map((r) => r.text).join('; ')}`);
    last = addDays(last, step);
  }
  if (passed.length > 0) {
    const citation =
      step > 0 ? ctx.edition.clauses.roll : `${ctx.edition.clauses.roll} and ${ctx.edition.clauses.backward}`;
    trace.push({
      step: 'roll',
      from: iso(from),
      to: iso(last),
      citation,
      reasons: passed,
      text: `${describe(from)} is not a day a period can end on; the period continues ${step > 0 ? 'forward' : 'backward'} to ${describe(last)} (${citation}). Passed over: ${passed.join(' | ')}.`,
    });
  }
  return last;
}

/**
 * The last day of a period stated in days, with its trace. Throws `DeadlineInputError` (naming the field)
 * for a bad date, district or day count.
 */
export function computeDeadline(input: DeadlineInput): DeadlineResult {
  const trigger = toDate(input.trigger, 'trigger');
  if (!Number.isInteger(input.days) || input.days < 1) {
    throw new DeadlineInputError(`days: expected a whole number of days of at least 1, got ${input.days}`);
  }
  if (input.days > 3660) throw new DeadlineInputError(`days: ${input.days} is more than ten years of days`);
  const edition = editionOn(trigger);
  if (!edition) {
    throw new DeadlineInputError(
      `trigger: ${iso(trigger)} is before ${RULE45_EDITIONS[0]?.from}, the earliest Rule 45 edition modeled`,
    );
  }
  const direction: Direction = input.direction ?? 'forward';
  if (direction === 'backward' && input.serviceAddsThreeDays) {
    throw new DeadlineInputError(
      'serviceAddsThreeDays: Rule 45(c) adds time after service, so it applies only to periods counted forward',
    );
  }
  const district = resolveDistrict(input.district);
  const seat = resolveSeat(district, input.seat);
  const options: Rule45Options = { ...DEFAULT_RULE45_OPTIONS, ...input.options };
  const inaccessible = new Map<string, string>();
  for (const [i, day] of (input.inaccessible ?? []).entries()) {
    inaccessible.set(iso(toDate(day.date, `inaccessible[${i}].date`)), day.note ?? '');
  }
  const service = input.serviceAddsThreeDays ?? false;
  const ctxFor = (o: Rule45Options): Ctx => ({
    edition,
    direction,
    district,
    seat,
    options: o,
    inaccessible,
  });

  const core = computeCore(trigger, input.days, ctxFor(options), service);

  const header: TraceStep[] = [
    {
      step: 'rule',
      citation: edition.citation,
      text: `${edition.citation} — edition in force on the trigger date (${edition.from} to ${edition.to ?? 'today'}). ${edition.summary}`,
    },
    {
      step: 'option',
      text: `observedDays = ${options.observedDays}${options.observedDays === 'observedCounts' ? ' (default): the weekday on which a weekend federal holiday is observed is a legal holiday' : ": only the holiday's own date is a legal holiday"}`,
    },
  ];
  if (district) {
    const stateNote = hasStateTable(district.state)
      ? direction === 'forward' || edition.stateHolidaysBothDirections
        ? `state holidays of ${district.state} apply (${edition.clauses.state})`
        : `state holidays of ${district.state} do not apply to a period counted backward (${edition.clauses.state})`
      : `no state-holiday table for ${district.state} yet: only federal and presidential holidays applied`;
    const seatName = seat ? district.seats?.find((s) => s.id === seat) : undefined;
    const sits = seatName ? `, sitting at ${seatName.name} (${seatName.county})` : '';
    header.push({
      step: 'note',
      text: `Court: ${district.name} (${district.abbreviation})${sits}; ${stateNote}.`,
    });
    header.push({
      step: 'option',
      text: `stateCloseCalls = ${options.stateCloseCalls}${options.stateCloseCalls === 'exclude' ? ' (default)' : ''}: state days whose Rule 45(a)(6)(C) standing is doubtful (a "legal holiday" on which the state's offices and courts stay open, or a part-of-state holiday where the seat is not given) ${options.stateCloseCalls === 'include' ? 'are' : 'are not'} treated as legal holidays`,
    });
    if (district.inaugurationArea) {
      header.push({
        step: 'option',
        text: `inaugurationDay = ${options.inaugurationDay}: Inauguration Day (5 U.S.C. § 6103(c)) ${options.inaugurationDay ? 'is' : 'is not'} treated as a federal legal holiday`,
      });
    }
  } else {
    header.push({
      step: 'note',
      text: 'No district given: state holidays (Rule 45(a)(6)(C)) were not applied.',
    });
  }

  const warnings: string[] = [];
  if (
    district &&
    !hasStateTable(district.state) &&
    (direction === 'forward' || edition.stateHolidaysBothDirections)
  ) {
    warnings.push(
      `No state-holiday data for ${district.state}: a state holiday on the last day would not have been found.`,
    );
  }
  if (!district && direction === 'forward') {
    warnings.push('No district given: state holidays were not applied (pass --district).');
  }

  // The unsettled readings: compute the other value of each option and show the date it gives.
  const readings: DeadlineResult['readings'] = [
    { option: 'observedDays', value: options.observedDays, date: iso(core.date) },
  ];
  const otherObserved = options.observedDays === 'observedCounts' ? 'actualDayOnly' : 'observedCounts';
  const alt = computeCore(trigger, input.days, ctxFor({ ...options, observedDays: otherObserved }), service);
  readings.push({ option: 'observedDays', value: otherObserved, date: iso(alt.date) });
  if (district && (direction === 'forward' || edition.stateHolidaysBothDirections)) {
    const otherClose = options.stateCloseCalls === 'include' ? 'exclude' : 'include';
    const altClose = computeCore(
      trigger,
      input.days,
      ctxFor({ ...options, stateCloseCalls: otherClose }),
      service,
    );
    if (iso(altClose.date) !== iso(core.date)) {
      readings.push({ option: 'stateCloseCalls', value: options.stateCloseCalls, date: iso(core.date) });
      readings.push({ option: 'stateCloseCalls', value: otherClose, date: iso(altClose.date) });
      const withClose = options.stateCloseCalls === 'include' ? core : altClose;
      const days = withClose.skipped
        .flatMap((s) => s.reasons.filter((r) => r.includes('[close call')).map((r) => `${s.date}: ${r}`))
        .filter((r, i, all) => all.indexOf(r) === i);
      warnings.push(`State close call${days.length === 1 ? '' : 's'} on the way: ${days.join(' | ')}`);
    }
  }
  if (district?.inaugurationArea) {
    const altInaug = computeCore(
      trigger,
      input.days,
      ctxFor({ ...options, inaugurationDay: !options.inaugurationDay }),
      service,
    );
    readings.push({
      option: 'inaugurationDay',
      value: String(options.inaugurationDay),
      date: iso(core.date),
    });
    readings.push({
      option: 'inaugurationDay',
      value: String(!options.inaugurationDay),
      date: iso(altInaug.date),
    });
  }
  const readingsDiffer = new Set(readings.map((r) => r.date)).size > 1;
  if (readingsDiffer) {
    for (const r of readings) {
      if (r.date !== iso(core.date)) {
        warnings.push(
          `readingsDiffer: with ${r.option}=${r.value} the last day would be ${r.date} instead of ${iso(core.date)}.`,
        );
      }
    }
  }

  return {
    date: iso(core.date),
    trigger: iso(trigger),
    days: input.days,
    direction,
    edition: edition.id,
    district: district?.code ?? null,
    unrolled: iso(core.unrolled),
    rolled: iso(core.unrolled) !== iso(core.date),
    skipped: core.skipped,
    options,
    readings,
    readingsDiffer,
    warnings,
    trace: [...header, ...core.trace],
  };
}

/** Is `date` a day on which a period counted in `direction` may end in `district` (no weekend or holiday)? */
export function closedDayReasons(
  date: PlainDate,
  opts: {
    district?: string | District;
    seat?: string;
    direction?: Direction;
    options?: Partial<Rule45Options>;
  } = {},
): ClosedReason[] {
  const edition = editionOn(date) ?? RULE45_EDITIONS[RULE45_EDITIONS.length - 1]!;
  const district = resolveDistrict(opts.district);
  return closedReasons(
    date,
    {
      edition,
      direction: opts.direction ?? 'forward',
      district,
      seat: resolveSeat(district, opts.seat),
      options: { ...DEFAULT_RULE45_OPTIONS, ...opts.options },
      inaccessible: new Map(),
    },
    false,
  );
}

/**
 * A period stated in years ("within 3 years", Rule 33(b)(1)): the same calendar date `years` later (February 29
 * goes to February 28 unless `rounding` is `up`), then Rule 45(a)(1)(C)'s roll.
 */
export function computeYearPeriod(input: {
  trigger: PlainDate | string;
  years: number;
  district?: string | District;
  seat?: string;
  options?: Partial<Rule45Options>;
  rounding?: YearRounding;
}): { date: string; trace: TraceStep[] } {
  const trigger = toDate(input.trigger, 'trigger');
  const edition = editionOn(trigger);
  if (!edition)
    throw new DeadlineInputError(`trigger: ${iso(trigger)} is before the earliest Rule 45 edition modeled`);
  const rounding = input.rounding ?? 'down';
  const yearDistrict = resolveDistrict(input.district);
  const ctx: Ctx = {
    edition,
    direction: 'forward',
    district: yearDistrict,
    seat: resolveSeat(yearDistrict, input.seat),
    options: { ...DEFAULT_RULE45_OPTIONS, ...input.options },
    inaccessible: new Map(),
  };
  const unrolled = addYears(trigger, input.years, rounding);
  const trace: TraceStep[] = [
    {
      step: 'rule',
      citation: edition.citation,
      text: `${edition.citation}: a period stated in years ends on the same calendar date ${input.years} year${input.years === 1 ? '' : 's'} later (rounding ${rounding} for February 29).`,
    },
    { step: 'trigger', date: iso(trigger), text: `Trigger: ${describe(trigger)}.` },
    { step: 'lastDay', date: iso(unrolled), text: `Last day of the period: ${describe(unrolled)}.` },
  ];
  const skipped: Core['skipped'] = [];
  const date = roll(unrolled, ctx, 1, skipped, trace, false);
  trace.push({ step: 'result', date: iso(date), text: `Last day: ${describe(date)}.` });
  return { date: iso(date), trace };
}
