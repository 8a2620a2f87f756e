/**
 * § 3142(f) detention-hearing timing and § 3142(d) temporary detention: statute-specific counts that Rule
 * 45(a) does not govern (docs/release.md, "Hearing timing").
 *
 * § 3142(f): "The hearing shall be held immediately upon the person's first appearance before the judicial
 * officer unless that person, or the attorney for the Government, seeks a continuance. Except for good
 * cause, a continuance on motion of such person may not exceed five days (not including any intermediate
 * Saturday, Sunday, or legal holiday), and a continuance on motion of the attorney for the Government may
 * not exceed three days (not including any intermediate Saturday, Sunday, or legal holiday)."
 *
 * § 3142(d): detention "for a period of not more than ten days, excluding Saturdays, Sundays, and holidays".
 */
import { addBusinessDays } from '../calendar/business-days.ts';
import { addDays, describe, iso, parseDate } from '../calendar/dates.ts';
import { closedDayReasons, type TraceStep } from '../calendar/rule45.ts';

/**
 * `businessDays` (default): skip Saturdays, Sundays and legal holidays as you count, so the limit is a
 * business day. `calendarSkipIntermediate`: count calendar days, skipping only non-business days strictly
 * between; a limit that lands on a weekend or holiday is flagged (the statute says nothing of that case).
 */
export type DetentionHearingCount = 'businessDays' | 'calendarSkipIntermediate';

export interface HearingLimit {
  movant: 'defendant' | 'government';
  days: number;
  date: string;
  citation: string;
  option: DetentionHearingCount;
  landsOnClosedDay: boolean;
  trace: TraceStep[];
}

function calendarSkipIntermediate(start: string, n: number, citation: string, district?: string) {
  const trace: TraceStep[] = [
    {
      step: 'rule',
      citation,
      text: `${citation}: count ${n} days after ${describe(parseDate(start))}, not counting intermediate Saturdays, Sundays and legal holidays (option calendarSkipIntermediate).`,
    },
  ];
  let d = parseDate(start);
  let counted = 0;
  let closedLast = false;
  while (counted < n) {
    d = addDays(d, 1);
    const reasons = closedDayReasons(d, { direction: 'forward', ...(district ? { district } : {}) }).map(
      (r) => r.text,
    );
    if (reasons.length > 0 && counted < n - 1) {
      trace.push({
        step: 'skip',
        date: iso(d),
        reasons,
        text: `${describe(d)} not counted (intermediate): ${reasons.join('; ')}`,
      });
      continue;
    }
    counted += 1;
    closedLast = reasons.length > 0;
    trace.push({
      step: 'count',
      date: iso(d),
      text: `${describe(d)} is day ${counted}${closedLast ? ` (${reasons.join('; ')})` : ''}`,
    });
  }
  trace.push({ step: 'result', date: iso(d), text: `Limit: ${describe(d)}.` });
  return { date: iso(d), trace, landsOnClosedDay: closedLast };
}

/** The latest dates a continued detention hearing may be held, on each side's motion, absent good cause. */
export function detentionHearingLimits(
  firstAppearance: string,
  opts: { district?: string; option?: DetentionHearingCount } = {},
): HearingLimit[] {
  const option = opts.option ?? 'businessDays';
  return (
    [
      ['defendant', 5, '18 U.S.C. § 3142(f) (continuance on the person’s motion)'],
      ['government', 3, '18 U.S.C. § 3142(f) (continuance on the Government’s motion)'],
    ] as const
  ).map(([movant, days, citation]) => {
    if (option === 'businessDays') {
      const r = addBusinessDays(
        parseDate(firstAppearance),
        days,
        citation,
        opts.district ? { district: opts.district } : {},
      );
      return { movant, days, date: r.date, citation, option, landsOnClosedDay: false, trace: r.trace };
    }
    const r = calendarSkipIntermediate(firstAppearance, days, citation, opts.district);
    return {
      movant,
      days,
      date: r.date,
      citation,
      option,
      landsOnClosedDay: r.landsOnClosedDay,
      trace: r.trace,
    };
  });
}

/** § 3142(d): the last day of a temporary detention ordered on `orderDate`. */
export function temporaryDetentionLimit(orderDate: string, district?: string) {
  return addBusinessDays(parseDate(orderDate), 10, '18 U.S.C. § 3142(d)(2)', district ? { district } : {});
}
