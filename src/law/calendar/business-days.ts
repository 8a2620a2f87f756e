/**
 * Statute-specific counts that Rule 45(a) does not govern ("any statute that does not specify a method of
 * computing time"): 18 U.S.C. § 3142(d) "ten days, excluding Saturdays, Sundays, and holidays" and § 3142(f)
 * continuances that may not exceed five or three days "not including any intermediate Saturday, Sunday, or
 * legal holiday". Counting forward, only business days are counted, so the last counted day is always a
 * business day (18 U.S.C. § 3142(d), (f); docs/release.md, "Hearing timing").
 */
import { addDays, describe, iso, type PlainDate } from './dates.ts';
import { closedDayReasons, type Rule45Options, type TraceStep } from './rule45.ts';

export interface BusinessDayResult {
  date: string;
  counted: string[];
  skipped: Array<{ date: string; reasons: string[] }>;
  trace: TraceStep[];
}

/**
 * Count `n` business days after `start` (the start day itself is not counted). Holidays are the federal legal
 * holidays and presidential closures; a district's state holidays are added only when `district` is given.
 */
export function addBusinessDays(
  start: PlainDate,
  n: number,
  citation: string,
  opts: { district?: string; options?: Partial<Rule45Options> } = {},
): BusinessDayResult {
  const counted: string[] = [];
  const skipped: BusinessDayResult['skipped'] = [];
  const trace: TraceStep[] = [
    {
      step: 'rule',
      citation,
      text: `${citation}: count ${n} days after ${describe(start)}, excluding Saturdays, Sundays and holidays (the statute's own method; Rule 45(a) does not govern).`,
    },
  ];
  let d = start;
  while (counted.length < n) {
    d = addDays(d, 1);
    const reasons = closedDayReasons(d, { direction: 'forward', ...opts }).map((r) => r.text);
    if (reasons.length > 0) {
      skipped.push({ date: iso(d), reasons });
      trace.push({
        step: 'skip',
        date: iso(d),
        reasons,
        text: `${describe(d)} not counted: ${reasons.join('; ')}`,
      });
      continue;
    }
    counted.push(iso(d));
    trace.push({ step: 'count', date: iso(d), text: `${describe(d)} is day ${counted.length}` });
  }
  trace.push({ step: 'result', date: iso(d), text: `Limit: ${describe(d)}.` });
  return { date: iso(d), counted, skipped, trace };
}
