/**
 * The monitoring server on each store (SQLite, and PostgreSQL when PRETRIAL_TEST_DATABASE_URL is set):
 * the first days of the demo week through HTTP, then a new engine on the same store rebuilt from it — the
 * same alerts, and the uploads sent again are all duplicates.
 */
import { describe, expect, it } from 'vitest';
import { buildHaleCaseFile } from '../../src/demo/index.ts';
import type { Alert } from '../../src/monitoring/alerts.ts';
import { toInput } from '../../src/monitoring/device-events.ts';
import { DEMO_WEEK, demoEnrollment, demoWeekDeliveries } from '../../src/monitoring/simulator/demo-week.ts';
import { MonitoringService } from '../../src/server/monitoring/service.ts';
import { CaseStore } from '../../src/store/cases.ts';
import { MonitoringRepo } from '../../src/store/monitoring.ts';
import { buildTestApp } from '../helpers/app.ts';
import { storeTargets } from '../helpers/stores.ts';

const iso = (ms: number) => new Date(ms).toISOString();
// Monday and Tuesday: the late return from the attorney visit.
const deliveries = demoWeekDeliveries().filter((d) => d.receivedAt < Date.parse('2026-05-06T07:00:00Z'));

for (const target of storeTargets) {
  describe(`monitoring server on ${target.name}`, () => {
    it('ingests, restarts from the store with the same alerts, and counts a resend as duplicates', async () => {
      const opened = await target.open();
      const start = async () => {
        const cases = new CaseStore(opened.db);
        const monitoring = new MonitoringService(MonitoringRepo.of(opened), cases, {
          replayClock: true,
          replayStart: DEMO_WEEK.from,
          tickEveryMs: 0,
        });
        await monitoring.start();
        const { app } = await buildTestApp({ store: opened, cases, monitoring });
        return { app, monitoring };
      };
      try {
        let { app, monitoring } = await start();
        await app.inject({ method: 'POST', url: '/api/v1/cases', payload: buildHaleCaseFile() });
        const enrolled = await app.inject({
          method: 'POST',
          url: '/api/v1/monitoring/enrollments',
          payload: { caseId: 'nyed-1-26-cr-00117', enrollment: demoEnrollment },
        });
        expect(enrolled.statusCode).toBe(201);
        const post = (d: (typeof deliveries)[number]) =>
          app.inject({
            method: 'POST',
            url: '/api/v1/monitoring/events',
            headers: { 'content-type': 'application/x-ndjson', 'pretrial-replay-time': iso(d.receivedAt) },
            payload: d.events.map((e) => JSON.stringify(toInput(e))).join('\n'),
          });
        let accepted = 0;
        for (const d of deliveries) accepted += (await post(d)).json().accepted;
        const events = deliveries.reduce((n, d) => n + d.events.length, 0);
        expect(accepted).toBe(events);
        const list = async () =>
          (
            (await app.inject({ method: 'GET', url: '/api/v1/monitoring/alerts' })).json().alerts as Alert[]
          ).map((a) => [a.alertId, a.kind, a.startedAt, a.endedAt, a.state]);
        const before = await list();
        expect(before.map((a) => a[1])).toEqual(['lateReturn']);
        expect(before[0]?.slice(2)).toEqual([
          '2026-05-05T20:00:00.000Z',
          '2026-05-05T20:27:00.000Z',
          'cleared',
        ]);
        await app.close();
        await monitoring.stop();

        ({ app, monitoring } = await start());
        expect(await list()).toEqual(before);
        const again = await post(deliveries[deliveries.length - 1] as (typeof deliveries)[number]);
        expect(again.json()).toMatchObject({ accepted: 0, alertChanges: 0 });
        expect(await monitoring.repo.countEvents()).toBe(events);
        await app.close();
        await monitoring.stop();
      } finally {
        await opened.cleanup();
      }
    }, 120_000);
  });
}
