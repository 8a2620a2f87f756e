/**
 * Fed. R. Crim. P. 45(a)(2): "When the period is stated in hours: (A) begin counting immediately on the
 * occurrence of the event that triggers the period; (B) count every hour, including hours during
 * intermediate Saturdays, Sundays, and legal holidays; and (C) if the period would end on a Saturday, Sunday,
 * or legal holiday, the period continues to run until the same time on the next day that is not a Saturday,
 * Sunday, or legal holiday."
 *
 * Hours are elapsed hours (a daylight-saving night has 23 or 25 of them), counted in the court's time zone.
 */
import { describe, iso, Temporal } from './dates.ts';
import { findDistrict } from './districts.ts';
import { closedDayReasons, DeadlineInputError, type Rule45Options, type TraceStep } from './rule45.ts';

export interface HoursInput {
  /** The triggering instant, as an ISO date-time with offset or zone, e.g. `2026-07-02T16:30-04:00`. */
  trigger: string;
  hours: number;
  district: string;
  options?: Partial<Rule45Options>;
}

export interface HoursResult {
  end: string;
  unrolled: string;
  timeZone: string;
  trace: TraceStep[];
}

export function computeHours(input: HoursInput): HoursResult {
  const found = findDistrict(input.district);
  if (!found.ok) throw new DeadlineInputError(found.error);
  const tz = found.district.timeZone;
  if (!Number.isInteger(input.hours) || input.hours < 1) {
    throw new DeadlineInputError(`hours: expected a whole number of hours of at least 1, got ${input.hours}`);
  }
  let start: Temporal.ZonedDateTime;
  try {
    start = Temporal.Instant.from(input.trigger).toZonedDateTimeISO(tz);
  } catch {
    throw new DeadlineInputError(
      `trigger: "${input.trigger}" is not an ISO date-time with an offset (e.g. 2026-07-02T16:30-04:00)`,
    );
  }
  const trace: TraceStep[] = [
    {
      step: 'trigger',
      text: `Trigger: ${start.toString({ timeZoneName: 'never' })} in ${tz}; counting begins immediately (Rule 45(a)(2)(A)).`,
    },
  ];
  const unrolled = start.add({ hours: input.hours });
  trace.push({
    step: 'count',
    text: `Count ${input.hours} hours, including hours on weekends and holidays (Rule 45(a)(2)(B)): ${unrolled.toString({ timeZoneName: 'never' })}.`,
  });
  let end = unrolled;
  for (;;) {
    const reasons = closedDayReasons(end.toPlainDate(), { district: found.district, options: input.options });
    if (reasons.length === 0) break;
    const next = end.add({ days: 1 });
    trace.push({
      step: 'roll',
      date: iso(end.toPlainDate()),
      reasons: reasons.map((r) => r.text),
      text: `${describe(end.toPlainDate())}: ${reasons.map((r) => r.text).join('; ')} — runs to the same time on the next day (Rule 45(a)(2)(C)).`,
    });
    end = next;
  }
  trace.push({ step: 'result', text: `Period ends ${end.toString({ timeZoneName: 'never' })} (${tz}).` });
  return { end: end.toString(), unrolled: unrolled.toString(), timeZone: tz, trace };
}
