import { computeDeadline, DeadlineInputError, describe, parseDate } from '../../law/calendar/index.ts';
import { CliError, type Out } from '../io.ts';

export interface DaysOptions {
  backward?: boolean;
  district?: string;
  json?: boolean;
  observed?: string;
  inauguration?: boolean;
  inaccessible?: string[];
  service?: boolean;
  seat?: string;
  closeCalls?: boolean;
}

/** `pretrial days <trigger-date> <n>`: the Rule 45 last day with its trace. */
export function daysCommand(trigger: string, n: string, opts: DaysOptions, out: Out): number {
  if (!/^\d+$/.test(n)) throw new CliError(`<n> must be a whole number of days, got "${n}"`);
  if (opts.observed && opts.observed !== 'counts' && opts.observed !== 'actual') {
    throw new CliError(`--observed must be "counts" or "actual", got "${opts.observed}"`);
  }
  let result: ReturnType<typeof computeDeadline>;
  try {
    result = computeDeadline({
      trigger,
      days: Number(n),
      direction: opts.backward ? 'backward' : 'forward',
      ...(opts.district ? { district: opts.district } : {}),
      ...(opts.seat ? { seat: opts.seat } : {}),
      options: {
        observedDays: opts.observed === 'actual' ? 'actualDayOnly' : 'observedCounts',
        inaugurationDay: opts.inauguration ?? false,
        stateCloseCalls: opts.closeCalls ? 'include' : 'exclude',
      },
      inaccessible: (opts.inaccessible ?? []).map((date) => ({
        date,
        note: 'clerk’s office inaccessible (--inaccessible)',
      })),
      serviceAddsThreeDays: opts.service ?? false,
    });
  } catch (e) {
    if (e instanceof DeadlineInputError) throw new CliError(e.message);
    throw e;
  }
  if (opts.json) {
    const { date, trace, ...rest } = result;
    out.log(JSON.stringify({ date, trace, ...rest }, null, 2));
    return 0;
  }
  const last = parseDate(result.date);
  out.log(`Last day: ${describe(last)}`);
  out.log(
    `  ${result.days} day${result.days === 1 ? '' : 's'} ${result.direction === 'forward' ? 'after' : 'before'} ${describe(parseDate(result.trigger))}` +
      `${result.district ? ` in ${result.district}` : ''}; Fed. R. Crim. P. 45(a), ${result.edition} edition` +
      `${result.rolled ? `; rolled from ${result.unrolled}` : ''}`,
  );
  out.log('Trace:');
  result.trace.forEach((step, i) => {
    out.log(`  ${String(i + 1).padStart(2)}. ${step.text}`);
  });
  if (result.warnings.length > 0) {
    out.log('Warnings:');
    for (const w of result.warnings) out.log(`  - ${w}`);
  }
  return 0;
}
