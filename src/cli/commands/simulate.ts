import { Temporal } from 'temporal-polyfill';
import { buildHaleCaseFile } from '../../demo/index.ts';
import type { Alert } from '../../monitoring/alerts.ts';
import { toInput } from '../../monitoring/device-events.ts';
import {
  DEMO_DEVICE,
  DEMO_TZ,
  demoEnrollment,
  demoWeekEvents,
  runDemoWeek,
} from '../../monitoring/simulator/demo-week.ts';
import { replayDemoWeek } from '../../server/monitoring/demo-replay.ts';
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

/** `pretrial simulate --api <url>`: the week through a running server's HTTP API. */
async function simulateOverApi(
  opts: { api: string; duration?: string; seed?: string; json?: boolean; token?: string },
  seed: number | undefined,
  out: Out,
): Promise<number> {
  let base: URL;
  try {
    base = new URL(opts.api);
  } catch {
    throw new CliError(`--api: expected a server URL such as http://localhost:3000, got ${opts.api}`);
  }
  const duration = opts.duration === undefined ? 0 : Number(opts.duration);
  if (!Number.isFinite(duration) || duration < 0)
    throw new CliError(`--duration: expected a number of seconds, got ${opts.duration}`);
  const baseUrl = base.origin;
  const token = opts.token ?? process.env.PRETRIAL_API_TOKEN;
  let summary: Awaited<ReturnType<typeof replayDemoWeek>>;
  try {
    summary = await replayDemoWeek({
      baseUrl,
      durationMs: duration * 1000,
      ...(seed !== undefined ? { seed } : {}),
      ...(token ? { token } : {}),
      log: (l) => {
        if (!opts.json) out.log(l);
      },
    });
  } catch (e) {
    throw new CliError(`could not replay through ${baseUrl}: ${(e as Error).message}`);
  }
  const res = await fetch(`${baseUrl}/api/v1/monitoring/alerts?personId=${demoEnrollment.personId}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const alerts = ((await res.json()) as { alerts: Alert[] }).alerts;
  if (opts.json) {
    out.log(JSON.stringify({ ...summary, alerts }, null, 2));
    return summary.problems.length > 0 ? 1 : 0;
  }
  out.log(
    `${summary.deliveries} deliveries posted to ${baseUrl}: ${summary.accepted} events accepted, ${summary.duplicates} duplicate, ${summary.alertChanges} alert changes; ${summary.officerSteps} officer steps${summary.alreadyApplied > 0 ? ` (${summary.alreadyApplied} already applied by an earlier run, not repeated)` : ''}`,
  );
  if (summary.clock === 'wall')
    out.log(
      'Note: the server runs on its wall clock (start it with --demo or --replay-clock to evaluate the week on its own time): detection delays are measured from today.',
    );
  for (const p of summary.problems) out.error(`problem: ${p}`);
  out.log(`Alerts of ${demoEnrollment.label} on the server (${alerts.length}):`);
  for (const l of table(
    ['severity', 'kind', 'started', 'ended', 'state'],
    alerts.map((a) => [a.severity, a.kind, local(a.startedAt), local(a.endedAt, false), a.state]),
  ))
    out.log(`  ${l}`);
  return summary.problems.length > 0 ? 1 : 0;
}

/** `pretrial simulate`: replay the demo week through the monitoring engine, in process (or a server's API). */
export async function simulateCommand(
  opts: { json?: boolean; ndjson?: boolean; seed?: string; api?: string; duration?: string; token?: string },
  out: Out,
): Promise<number> {
  const seed = opts.seed === undefined ? undefined : Number(opts.seed);
  if (seed !== undefined && (!Number.isInteger(seed) || seed < 0))
    throw new CliError(`--seed: expected a whole number of at least 0, got ${opts.seed}`);
  if (opts.api !== undefined) return simulateOverApi({ ...opts, api: opts.api }, seed, out);
  if (opts.ndjson) {
    for (const e of demoWeekEvents(seed)) out.log(JSON.stringify(toInput(e)));
    return 0;
  }
  const run = runDemoWeek(buildHaleCaseFile(), seed);
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
