/**
 * Alert triage: the response-time figures, alerts per person per day and causes, computed by hand on a small
 * set of alerts; then the demo week through a running server (the demo officer acknowledges and resolves
 * two alerts, giving causes) and the figures, the CSV export and the Prometheus metrics it serves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Alert } from '../../src/monitoring/alerts.ts';
import { DEMO_WEEK } from '../../src/monitoring/simulator/demo-week.ts';
import { replayDemoWeek } from '../../src/server/monitoring/demo-replay.ts';
import type { MonitoringService } from '../../src/server/monitoring/service.ts';
import {
  percentile,
  type TriageReport,
  triageCsv,
  triageReport,
  UNASSIGNED,
} from '../../src/server/monitoring/triage.ts';
import { testApp } from '../helpers/app.ts';

const T0 = Date.parse('2026-06-01T00:00:00Z');
const iso = (min: number) => new Date(T0 + min * 60_000).toISOString();

/** An alert detected at minute `d`, acknowledged `ack` minutes later by `by`, closed `close` minutes after detection. */
function alert(
  id: string,
  personId: string,
  severity: Alert['severity'],
  d: number,
  ack: number | null,
  close: number | null,
  by = 'Officer A',
  cause?: Alert['cause'],
): Alert {
  const history: Alert['history'] = [{ at: iso(d), by: 'system', action: 'opened' }];
  if (ack !== null) history.push({ at: iso(d + ack), by, action: 'acknowledged' });
  if (close !== null) history.push({ at: iso(d + close), by, action: 'resolved' });
  return {
    alertId: id,
    personId,
    severity,
    detectedAt: iso(d),
    history,
    ...(cause ? { cause } : {}),
  } as Alert;
}

describe('triage figures', () => {
  it('nearest-rank percentiles', () => {
    // 20 values 1…20: the median is the 10th (10), the 95th percentile the 19th (19).
    const v = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(v, 50)).toBe(10);
    expect(percentile(v, 95)).toBe(19);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNull();
  });

  it('response times per officer, caseload and severity; alerts per person per day; causes', () => {
    const people = [
      { personId: 'p1', label: 'Person 1', officer: 'Caseload North' },
      { personId: 'p2', label: 'Person 2', officer: 'Caseload North' },
      { personId: 'p3', label: 'Person 3', officer: null },
    ];
    const alerts = [
      // p1: acknowledged after 4, 10 and 30 minutes; closed after 60 and 120.
      alert('a1', 'p1', 'critical', 0, 4, 60, 'Officer A', { code: 'participantViolation' }),
      alert('a2', 'p1', 'serious', 100, 10, 120, 'Officer A', { code: 'deviceFault' }),
      alert('a3', 'p1', 'critical', 300, 30, null, 'Officer B'),
      // p2: never acknowledged, dismissed after 15 minutes by Officer B with cause other.
      {
        ...alert('a4', 'p2', 'warning', 400, null, null),
        history: [
          { at: iso(400), by: 'system', action: 'opened' },
          { at: iso(415), by: 'Officer B', action: 'dismissed', note: 'x' },
        ],
        cause: { code: 'other', note: 'test signal' },
      } as Alert,
      // p3: detected outside the period (counts nowhere).
      alert('a5', 'p3', 'serious', 2 * 1440 + 5, 1, 2, 'Officer A'),
    ];
    const r = triageReport(alerts, people, T0, T0 + 2 * 86_400_000);
    expect(r.days).toBe(2);
    // Severity critical: a1 and a3, acknowledged after 4 and 30 min (240 s, 1,800 s): the median (nearest
    // rank, 1st of 2) 240 s and the 95th percentile (2nd) 1,800 s; closed only a1, after 3,600 s.
    expect(r.bySeverity.find((g) => g.key === 'critical')).toEqual({
      key: 'critical',
      alerts: 2,
      acknowledged: 2,
      ackMedianSec: 240,
      ackP95Sec: 1800,
      closed: 1,
      closeMedianSec: 3600,
      closeP95Sec: 3600,
    });
    // Caseload North: a1–a4; acknowledged 240, 600, 1,800 s → median 600, p95 1,800; closed 3,600, 7,200,
    // 900 s → sorted 900, 3,600, 7,200: median 3,600, p95 7,200.
    expect(r.byCaseload).toEqual([
      {
        key: 'Caseload North',
        alerts: 4,
        acknowledged: 3,
        ackMedianSec: 600,
        ackP95Sec: 1800,
        closed: 3,
        closeMedianSec: 3600,
        closeP95Sec: 7200,
      },
    ]);
    // Officer B acknowledged a3 (1,800 s) and dismissed a4 (900 s).
    expect(r.byOfficer.find((g) => g.key === 'Officer B')).toMatchObject({
      alerts: 2,
      acknowledged: 1,
      ackMedianSec: 1800,
      closed: 1,
      closeMedianSec: 900,
    });
    // 4 alerts, 3 people, 2 days: 0.667 a person a day; p1 1.5 a day.
    expect(r.alertsPerPersonPerDay).toBeCloseTo(4 / 3 / 2, 10);
    expect(r.people.map((p) => [p.personId, p.alerts, p.perDay])).toEqual([
      ['p1', 3, 1.5],
      ['p2', 1, 0.5],
      ['p3', 0, 0],
    ]);
    expect(r.causesByCaseload).toEqual([
      {
        key: 'Caseload North',
        label: 'Caseload North',
        counts: {
          participantViolation: 1,
          deviceFault: 1,
          communicationLoss: 0,
          zoneOrScheduleError: 0,
          officerError: 0,
          other: 1,
          none: 0,
        },
      },
    ]);
    expect(r.causesByPerson.map((c) => [c.key, c.counts.participantViolation, c.counts.other])).toEqual([
      ['p1', 1, 0],
      ['p2', 0, 1],
    ]);
    expect(UNASSIGNED).toBe('(no officer named)');
    const csv = triageCsv(r).split('\r\n');
    expect(csv[0]).toBe(
      'table,key,label,alerts,acknowledged,ack_median_s,ack_p95_s,closed,close_median_s,close_p95_s,alerts_per_day,cause_participantViolation,cause_deviceFault,cause_communicationLoss,cause_zoneOrScheduleError,cause_officerError,cause_other,cause_none',
    );
    expect(csv).toContain('caseload,Caseload North,Caseload North,4,3,600,1800,3,3600,7200,,,,,,,,');
    expect(csv).toContain('person,p1,Person 1,3,,,,,,,1.5,,,,,,,');
    expect(csv).toContain('causes_caseload,Caseload North,Caseload North,,,,,,,,,1,1,0,0,0,1,0');
  });
});

describe('triage over the demo week, on a running server', () => {
  let close: () => Promise<void>;
  let base: string;
  let monitoring: MonitoringService;
  let auth: { authorization: string };
  let stranger: { authorization: string };

  beforeAll(async () => {
    const t = await testApp({ replayClock: true, replayStart: DEMO_WEEK.from });
    close = t.close;
    // An officer with nobody on their caseload.
    await t.accounts.create({ username: 'officer-elsewhere', roles: ['officer'] });
    stranger = {
      authorization: `Bearer ${(await t.accounts.createToken('officer-elsewhere', { name: 'tests' })).token}`,
    };
    auth = { authorization: `Bearer ${t.token}` };
    monitoring = t.monitoring;
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const s = await replayDemoWeek({ baseUrl: base, durationMs: 0, token: t.token });
    expect(s.problems).toEqual([]);
  }, 180_000);
  afterAll(async () => close());

  it('serves the figures of the week, as JSON and as CSV', async () => {
    const q = `from=${new Date(DEMO_WEEK.from).toISOString()}&to=${new Date(DEMO_WEEK.to).toISOString()}`;
    const json = (await (
      await fetch(`${base}/api/v1/monitoring/metrics?${q}`, { headers: auth })
    ).json()) as TriageReport;
    const alerts = (await monitoring.repo.allAlerts()).sort((a, b) => (a.detectedAt < b.detectedAt ? -1 : 1));
    // The late return: resolved (cause participantViolation) after its acknowledgement, both by the demo's
    // actor; its times are those of its own history, on the replay's clock (the officer's real time is `at`).
    const late = alerts.find((a) => a.kind === 'lateReturn') as Alert;
    const ackAt = Date.parse(late.history.find((h) => h.action === 'acknowledged')?.clockAt ?? '');
    const resolvedAt = Date.parse(late.history.find((h) => h.action === 'resolved')?.clockAt ?? '');
    const detected = Date.parse(late.detectedAt);
    expect(late.cause).toEqual({ code: 'participantViolation' });
    const serious = json.bySeverity.find((g) => g.key === 'serious');
    expect(serious).toMatchObject({
      acknowledged: 1,
      ackMedianSec: (ackAt - detected) / 1000,
      closed: 1,
      closeMedianSec: (resolvedAt - detected) / 1000,
    });
    expect(json.days).toBe(7);
    expect(json.people).toEqual([
      {
        personId: 'hale-2',
        label: 'Renee Castell (2)',
        officer: null,
        alerts: alerts.length,
        perDay: alerts.length / 7,
      },
    ]);
    expect(json.causesByPerson[0]?.counts).toMatchObject({
      participantViolation: 1,
      deviceFault: 1,
      none: 0,
    });
    const csv = await fetch(`${base}/api/v1/monitoring/metrics?${q}&format=csv`, { headers: auth });
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const rows = (await csv.text()).split('\r\n');
    expect(rows[0]?.startsWith('table,key,label,alerts,')).toBe(true);
    expect(rows.filter((r) => r.startsWith('causes_person,hale-2,Renee Castell (2),'))).toHaveLength(1);
    const bad = await fetch(
      `${base}/api/v1/monitoring/metrics?from=2026-05-10T00:00:00Z&to=2026-05-01T00:00:00Z`,
      { headers: auth },
    );
    expect(bad.status).toBe(400);
  });

  it("shows an officer the figures of their own caseload only, never another's people", async () => {
    const q = `from=${new Date(DEMO_WEEK.from).toISOString()}&to=${new Date(DEMO_WEEK.to).toISOString()}`;
    const r = await fetch(`${base}/api/v1/monitoring/metrics?${q}`, { headers: stranger });
    expect(r.status).toBe(200);
    const json = (await r.json()) as TriageReport;
    expect(json.people).toEqual([]);
    expect(json.causesByPerson).toEqual([]);
    expect(json.bySeverity.every((g) => g.alerts === 0)).toBe(true);
    const csv = await (
      await fetch(`${base}/api/v1/monitoring/metrics?${q}&format=csv`, { headers: stranger })
    ).text();
    expect(csv).not.toContain('Renee Castell');
  });

  it('serves operations metrics in the Prometheus text format, to a signed-in caller only', async () => {
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    const r = await fetch(`${base}/metrics`, { headers: auth });
    expect(r.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await r.text();
    // 8,933 events accepted over the week, one duplicate (the demo's resend).
    expect(text).toContain('pretrial_monitoring_events_total{outcome="accepted"} 8933');
    expect(text).toContain('pretrial_monitoring_events_total{outcome="duplicate"} 1');
    expect(text).toContain('pretrial_monitoring_partitions_owned{partition="all"} 1');
    expect(text).toMatch(/pretrial_monitoring_alert_latency_seconds_count [1-9]\d*/);
    expect(text).toMatch(/pretrial_monitoring_evaluation_lag_seconds_count [1-9]\d*/);
    expect(text).toContain('pretrial_monitoring_recovery_replayed_events 0');
    // No snapshot yet: no age until one is written.
    // (prom-client writes NaN as "Nan"; Prometheus parses either.)
    expect(text).toMatch(/^pretrial_monitoring_snapshot_age_seconds Nan$/m);
    await monitoring.snapshot();
    expect(await (await fetch(`${base}/metrics`, { headers: auth })).text()).toMatch(
      /^pretrial_monitoring_snapshot_age_seconds \d/m,
    );
  });
});
