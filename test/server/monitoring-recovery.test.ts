/**
 * Bounded recovery on each store (SQLite, and PostgreSQL when PRETRIAL_TEST_DATABASE_URL is set): the demo
 * week through HTTP, a snapshot on Wednesday morning, the rest of the week, then the server killed (no
 * snapshot at the end). A server started from the snapshot replays only the events after it and holds
 * exactly the alerts of a server that replays every stored event; a snapshot older than its retention, of
 * another engine state version (newer or older), or covering events the store no longer has (a store
 * restored from an older backup; events after the snapshot removed), is refused with the reason, and every
 * stored event replayed.
 */
import { describe, expect, it } from 'vitest';
import { buildHaleCaseFile } from '../../src/demo/index.ts';
import type { Alert } from '../../src/monitoring/alerts.ts';
import { toInput } from '../../src/monitoring/device-events.ts';
import { ENGINE_STATE_VERSION, type Engine } from '../../src/monitoring/engine.ts';
import { DEMO_WEEK, demoEnrollment, demoWeekDeliveries } from '../../src/monitoring/simulator/demo-week.ts';
import { MonitoringService, type MonitoringServiceOptions } from '../../src/server/monitoring/service.ts';
import { CaseStore } from '../../src/store/cases.ts';
import { MonitoringRepo } from '../../src/store/monitoring.ts';
import { buildTestApp } from '../helpers/app.ts';
import { storeTargets } from '../helpers/stores.ts';

const iso = (ms: number) => new Date(ms).toISOString();
const deliveries = demoWeekDeliveries();
const WEDNESDAY = Date.parse('2026-05-06T12:00:00Z');
const engineOf = (m: MonitoringService) => (m as unknown as { engine: Engine }).engine;
/** The engine's alerts, whole, by id. */
const alertsOf = (m: MonitoringService): Alert[] =>
  [...engineOf(m).alerts.values()].sort((a, b) => (a.alertId < b.alertId ? -1 : 1));

for (const target of storeTargets) {
  describe(`monitoring recovery on ${target.name}`, () => {
    it('starts from the snapshot and the events after it, with the alerts of a full replay; refuses a stale or foreign snapshot', async () => {
      const opened = await target.open();
      const notices: string[] = [];
      const start = async (options: MonitoringServiceOptions = {}) => {
        const cases = new CaseStore(opened.db);
        const monitoring = new MonitoringService(MonitoringRepo.of(opened), cases, {
          replayClock: true,
          replayStart: DEMO_WEEK.from,
          tickEveryMs: 0,
          snapshotEveryMs: 0,
          notice: (m) => notices.push(m),
          ...options,
        });
        await monitoring.start();
        const { app } = await buildTestApp({ store: opened, cases, monitoring });
        return { app, monitoring };
      };
      try {
        const { app, monitoring } = await start();
        expect(monitoring.recovery).toMatchObject({ mode: 'rebuild', refused: null, replayed: 0 });
        await app.inject({ method: 'POST', url: '/api/v1/cases', payload: buildHaleCaseFile() });
        await app.inject({
          method: 'POST',
          url: '/api/v1/monitoring/enrollments',
          payload: { caseId: 'nyed-1-26-cr-00117', enrollment: demoEnrollment },
        });
        let before = 0;
        let snapshot = null;
        for (const d of deliveries) {
          if (snapshot === null && d.receivedAt >= WEDNESDAY) {
            snapshot = await monitoring.snapshot();
            before = await monitoring.repo.countEvents();
          }
          const r = await app.inject({
            method: 'POST',
            url: '/api/v1/monitoring/events',
            headers: { 'content-type': 'application/x-ndjson', 'pretrial-replay-time': iso(d.receivedAt) },
            payload: d.events.map((e) => JSON.stringify(toInput(e))).join('\n'),
          });
          expect(r.statusCode).toBe(200);
        }
        const total = await monitoring.repo.countEvents();
        expect(snapshot).toMatchObject({ position: String(before), devices: 1 });
        expect(before).toBeGreaterThan(0);
        expect(total).toBeGreaterThan(before);
        // The engine holds the alerts still within its 48-hour horizon; the store holds the week's.
        const live = alertsOf(monitoring);
        expect(live.length).toBeGreaterThanOrEqual(1);
        const stored = (await monitoring.repo.allAlerts()).length;
        expect(stored).toBeGreaterThanOrEqual(4);
        await app.close();
        // Killed: no snapshot at the end.
        await monitoring.stop({ snapshot: false });

        // From the snapshot: only Wednesday's events on are replayed.
        const fromSnapshot = await start();
        expect(fromSnapshot.monitoring.recovery).toMatchObject({
          mode: 'snapshot',
          position: String(before),
          replayed: total - before,
        });
        const restored = alertsOf(fromSnapshot.monitoring);
        await fromSnapshot.app.close();
        await fromSnapshot.monitoring.stop({ snapshot: false });

        // Every stored event replayed.
        const full = await start({ snapshots: false });
        expect(full.monitoring.recovery).toMatchObject({ mode: 'rebuild', replayed: total });
        const replayedAll = alertsOf(full.monitoring);
        await full.app.close();
        await full.monitoring.stop();
        expect(restored).toEqual(replayedAll);
        expect((await monitoring.repo.allAlerts()).length).toBe(stored);
        expect(restored.map((a) => a.alertId)).toEqual(live.map((a) => a.alertId));

        // Eight days later (retention 7 days): refused, every event replayed, the same alerts.
        const later = Date.now() + 8 * 86_400_000;
        const stale = await start({ wallClock: () => later });
        expect(stale.monitoring.recovery).toMatchObject({ mode: 'rebuild', replayed: total });
        expect(stale.monitoring.recovery?.refused).toMatch(
          /^it was taken at .*, 19[0-9] hours ago, beyond the 168 hours snapshots are kept for$/,
        );
        expect(notices.at(-1)).toMatch(/^monitoring: the stored snapshot was refused: it was taken at/);
        expect(alertsOf(stale.monitoring)).toEqual(replayedAll);
        await stale.app.close();
        await stale.monitoring.stop({ snapshot: false });

        // A snapshot of another engine state version.
        await opened.db.updateTable('monitoring_snapshot').set({ version: 999 }).execute();
        const foreign = await start();
        expect(foreign.monitoring.recovery?.refused).toMatch(
          /^it holds engine state version 999, and this server's engine keeps version \d+$/,
        );
        expect(alertsOf(foreign.monitoring)).toEqual(replayedAll);
        await foreign.app.close();
        await foreign.monitoring.stop({ snapshot: false });

        // A snapshot in an older format (the engine state version before this one): refused, every event replayed.
        await opened.db
          .updateTable('monitoring_snapshot')
          .set({ version: ENGINE_STATE_VERSION - 1 })
          .execute();
        const older = await start();
        expect(older.monitoring.recovery).toMatchObject({ mode: 'rebuild', replayed: total });
        expect(older.monitoring.recovery?.refused).toBe(
          `it holds engine state version ${ENGINE_STATE_VERSION - 1}, and this server's engine keeps version ${ENGINE_STATE_VERSION}`,
        );
        expect(notices.at(-1)).toBe(
          `monitoring: the stored snapshot was refused: it holds engine state version ${ENGINE_STATE_VERSION - 1}, and this server's engine keeps version ${ENGINE_STATE_VERSION}; replaying every stored event`,
        );
        expect(alertsOf(older.monitoring)).toEqual(replayedAll);
        await older.app.close();
        await older.monitoring.stop({ snapshot: false });
        await opened.db.updateTable('monitoring_snapshot').set({ version: ENGINE_STATE_VERSION }).execute();

        // The store lost the events after the snapshot's first 20 (restored from an older backup): the snapshot
        // covers events the store no longer has. Refused; the events the store has are replayed.
        const ids = (await opened.db.selectFrom('device_events').select('id').orderBy('id').execute()).map(
          (r) => BigInt(r.id),
        );
        const position = BigInt(before);
        const kept = position - 20n;
        await opened.db.deleteFrom('device_events').where('id', '>', kept).execute();
        const behind = await start();
        expect(behind.monitoring.recovery).toMatchObject({
          mode: 'rebuild',
          replayed: ids.filter((id) => id <= kept).length,
          refused: `it covers events up to id ${position}, and the store's last event is ${kept}`,
        });
        await behind.app.close();
        await behind.monitoring.stop({ snapshot: false });

        // Older events removed (retention) past the snapshot's position: the events right after it are gone.
        // Refused; the events the store still has are replayed.
        const snapshotRows = await opened.db.selectFrom('monitoring_snapshot').selectAll().execute();
        expect(snapshotRows).toHaveLength(1);
        await opened.db
          .deleteFrom('device_events')
          .where('id', '<=', kept - 10n)
          .execute();
        await opened.db
          .updateTable('monitoring_snapshot')
          .set({ position: String(kept - 15n) })
          .execute();
        const left = ids.filter((id) => id > kept - 10n && id <= kept);
        const pruned = await start();
        expect(pruned.monitoring.recovery).toMatchObject({
          mode: 'rebuild',
          replayed: left.length,
          refused: `it covers events up to id ${kept - 15n}, and the store no longer has the events after it (its first event is ${left[0]})`,
        });
        await pruned.app.close();
        await pruned.monitoring.stop({ snapshot: false });
      } finally {
        await opened.cleanup();
      }
    }, 180_000);
  });
}
