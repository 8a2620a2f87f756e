/**
 * Approved suspension windows: alerts detected in the window are recorded (stored, listed with the window)
 * but not raised (not pushed to the live stream); outside it, alerts are raised as before. A window is
 * time-boxed, needs a reason and an approver, and is audited.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHaleCaseFile } from '../../src/demo/index.ts';
import type { Alert } from '../../src/monitoring/alerts.ts';
import { toInput } from '../../src/monitoring/device-events.ts';
import { DEMO_WEEK, demoEnrollment, demoWeekDeliveries } from '../../src/monitoring/simulator/demo-week.ts';
import type { MonitoringService } from '../../src/server/monitoring/service.ts';
import { testApp } from '../helpers/app.ts';

const iso = (ms: number) => new Date(ms).toISOString();
const CASE = 'nyed-1-26-cr-00117';
// Thursday 7 May, 22:00 to Friday 02:00 Los Angeles time (PDT, UTC−7): the strap tamper detected at 23:48
// PDT (06:48 UTC) falls in it; Tuesday's late return does not.
const FROM = '2026-05-08T05:00:00.000Z';
const TO = '2026-05-08T09:00:00.000Z';

describe('monitoring: approved suspension windows', () => {
  let app: FastifyInstance;
  let monitoring: MonitoringService;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const t = await testApp({ replayClock: true, replayStart: DEMO_WEEK.from });
    ({ app, monitoring, close } = t);
    await app.inject({ method: 'POST', url: '/api/v1/cases', payload: buildHaleCaseFile() });
    await app.inject({
      method: 'POST',
      url: '/api/v1/monitoring/enrollments',
      payload: { caseId: CASE, enrollment: demoEnrollment },
    });
  });
  afterAll(async () => close());

  const approve = (body: Record<string, unknown>) =>
    app.inject({ method: 'POST', url: '/api/v1/monitoring/people/hale-2/suspensions', payload: body });

  it('refuses a window that is not time-boxed, has no reason or approver, or is for nobody monitored', async () => {
    const base = {
      from: FROM,
      to: TO,
      reason: 'Device swap at the office',
      approvedBy: 'Supervising officer',
    };
    const backwards = await approve({ ...base, from: TO, to: FROM });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error).toBe('a suspension window must end after it starts');
    // 30 days and one second.
    const long = await approve({ ...base, to: '2026-06-07T05:00:01.000Z' });
    expect(long.statusCode).toBe(400);
    expect(long.json().error).toBe(
      'a suspension window is time-boxed: at most 30 days; approve another after it',
    );
    expect((await approve({ ...base, reason: '  ' })).json().error).toBe(
      'a suspension window needs a reason',
    );
    expect((await approve({ ...base, approvedBy: '' })).statusCode).toBe(400);
    const nobody = await app.inject({
      method: 'POST',
      url: '/api/v1/monitoring/people/nobody/suspensions',
      payload: base,
    });
    expect(nobody.statusCode).toBe(404);
  });

  it('records the alerts detected in the window without raising them', async () => {
    const ok = await approve({
      from: FROM,
      to: TO,
      reason: 'Strap replacement scheduled by the vendor',
      approvedBy: 'Supervising officer',
    });
    expect(ok.statusCode).toBe(201);
    const window = ok.json();
    expect(window).toMatchObject({
      personId: 'hale-2',
      startsAt: FROM,
      endsAt: TO,
      recordedBy: 'test clerk',
    });
    const audit = await monitoring.repo.listSuspensions('hale-2');
    expect(audit).toEqual([window]);

    const before = monitoring.hub.current;
    for (const d of demoWeekDeliveries().filter((x) => x.receivedAt < Date.parse('2026-05-08T12:00:00Z'))) {
      const r = await app.inject({
        method: 'POST',
        url: '/api/v1/monitoring/events',
        headers: { 'content-type': 'application/x-ndjson', 'pretrial-replay-time': iso(d.receivedAt) },
        payload: d.events.map((e) => JSON.stringify(toInput(e))).join('\n'),
      });
      expect(r.statusCode).toBe(200);
    }
    const alerts = (await app.inject({ method: 'GET', url: '/api/v1/monitoring/alerts' })).json()
      .alerts as (Alert & { suspension?: { id: string } })[];
    const tamper = alerts.find((a) => a.kind === 'strapTamper');
    const late = alerts.find((a) => a.kind === 'lateReturn');
    // Recorded: stored and listed, with the window it was detected in.
    expect(tamper?.detectedAt.slice(0, 16)).toBe('2026-05-08T06:48');
    expect(tamper?.suspension?.id).toBe(window.id);
    expect(late?.suspension).toBeUndefined();
    // Raised: only the alerts outside the window reached the live stream.
    const streamed = new Set(monitoring.hub.since(before).map((c) => c.change.alert.alertId));
    expect(streamed.has(late?.alertId as string)).toBe(true);
    expect(streamed.has(tamper?.alertId as string)).toBe(false);
    const one = await app.inject({ method: 'GET', url: `/api/v1/monitoring/alerts/${tamper?.alertId}` });
    expect(one.json().suspension.reason).toBe('Strap replacement scheduled by the vendor');
    const list = await app.inject({ method: 'GET', url: '/api/v1/monitoring/people/hale-2/suspensions' });
    expect(list.json()).toEqual({ suspensions: [window] });
  });
});
