import { Temporal } from 'temporal-polyfill';
import type { Alert } from '../../monitoring/alerts.ts';
import { toInput } from '../../monitoring/device-events.ts';
import {
  DEMO_DEVICE,
  DEMO_TZ,
  demoEnrollment,
  demoWeekEvents,
  runDemoWeek,
} from '../../monitoring/simulator/demo-week.ts';
import { CliError, type Out, table } from '../io.ts';

const local = (iso: string | null, withDay = true): string => {
  if (iso === null) return '—';
  const z = Temporal.Instant.from(iso).toZonedDateTimeISO(DEMO_TZ);
  const day = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][z.dayOfWeek - 1];
  const hm = `${String(z.hour).padStart(2, '0')}:${String(z.minute).padStart(2, '0')}${z.second ? `:${String(z.second).padStart(2, '0')}` : ''}`;
  return withDay ? `${day} ${z.toPlainDate().toString().slice(5)} ${hm}` : hm;
};

function detail(a: Alert): string[] {
  const facts = Object.entries(a.evidence.facts)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  const tol = Object.entries(a.evidence.tolerances)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  return [
    `  ${a.alertId}  ${a.kind}: ${a.condition.text}`,
    `    ${a.rule.citation}; ${a.order.description}`,
    `    evidence: ${a.evidence.eventCount} event(s)${facts ? `; ${facts}` : ''}${tol ? `; tolerances: ${tol}` : ''}`,
    ...a.history
      .filter((h) => h.by !== 'system')
      .map((h) => `    ${local(h.at)} ${h.by}: ${h.action}${h.note ? ` — ${h.note}` : ''}`),
  ];
}

/** `pretrial simulate`: replay the demo week through the monitoring engine, in process. */
export function simulateCommand(opts: { json?: boolean; ndjson?: boolean; seed?: string }, out: Out): number {
  const seed = opts.seed === undefined ? undefined : Number(opts.seed);
  if (seed !== undefined && (!Number.isInteger(seed) || seed < 0))
    throw new CliError(`--seed: expected a whole number of at least 0, got ${opts.seed}`);
  if (opts.ndjson) {
    for (const e of demoWeekEvents(seed)) out.log(JSON.stringify(toInput(e)));
    return 0;
  }
  const run = runDemoWeek(seed);
  if (opts.json) {
    out.log(
      JSON.stringify(
        {
          person: demoEnrollment.label,
          device: DEMO_DEVICE,
          events: run.events,
          duplicates: run.duplicates,
          gaps: run.gaps,
          alerts: run.alerts,
        },
        null,
        2,
      ),
    );
    return 0;
  }
  out.log('pretrial — simulated monitoring week (fictional)');
  out.log(
    `${demoEnrollment.label}, device ${DEMO_DEVICE}; Mon 2026-05-04 to Sun 2026-05-10, times in ${DEMO_TZ}`,
  );
  out.log(`${run.events} events ingested, ${run.duplicates} duplicate dropped`);
  for (const g of run.gaps) out.log(`Not monitored: ${g}`);
  out.log('');
  out.log(`Alerts (${run.alerts.length}):`);
  const rows = run.alerts.map((a) => [
    a.severity,
    a.kind,
    local(a.startedAt),
    local(a.endedAt, false),
    local(a.detectedAt),
    a.late ? `yes (+${Math.round(a.detectionDelaySec / 60)} min)` : 'no',
    a.confidence,
    a.state,
  ]);
  for (const l of table(
    ['severity', 'kind', 'started', 'ended', 'detected', 'late', 'confidence', 'state'],
    rows,
  ))
    out.log(`  ${l}`);
  out.log('');
  for (const a of run.alerts) for (const l of detail(a)) out.log(l);
  out.log('');
  out.log(
    'An alert reports what the data show; whether a condition was violated is for the court (18 U.S.C. § 3148).',
  );
  return 0;
}
