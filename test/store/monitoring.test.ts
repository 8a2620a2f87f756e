import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHaleCaseFile } from '../../src/demo/index.ts';
import type { Alert } from '../../src/monitoring/alerts.ts';
import type { StoredDeviceEvent } from '../../src/monitoring/device-events.ts';
import { Enrollment } from '../../src/monitoring/enrollment.ts';
import { demoEnrollment, runDemoWeek } from '../../src/monitoring/simulator/demo-week.ts';
import { CaseStore, caseIdFor } from '../../src/store/cases.ts';
import { MonitoringRepo } from '../../src/store/monitoring.ts';
import { storeTargets } from '../helpers/stores.ts';

const officer = { name: 'officer@cacd' };
/** Past 2^53: a JavaScript number cannot hold it, a BIGINT column must. */
const BIG = 9_007_199_254_740_995n;

const fix = (id: bigint, at: string, lat = 34.0837): StoredDeviceEvent => ({
  kind: 'fix',
  device: 'LM-CACD-0417',
  at: Date.parse(at),
  lat,
  lon: -118.327,
  accuracyM: 8,
  source: 'gps',
  id,
  receivedAt: Date.parse(at) + 30_000,
});
const raw = (e: StoredDeviceEvent) =>
  JSON.stringify({ ...e, id: undefined, at: new Date(e.at).toISOString() });

for (const target of storeTargets) {
  describe(`monitoring store on ${target.name}`, () => {
    let opened: Awaited<ReturnType<typeof target.open>>;
    let repo: MonitoringRepo;
    const caseId = caseIdFor(buildHaleCaseFile());
    const alerts = runDemoWeek(buildHaleCaseFile()).alerts;
    const tamper = alerts.find((a) => a.kind === 'strapTamper') as Alert;

    beforeAll(async () => {
      opened = await target.open();
      await new CaseStore(opened.db).createCase(buildHaleCaseFile(), { name: 'loader' });
      repo = new MonitoringRepo(opened.db, () => '2026-05-08T10:00:00.000Z', opened.sqlite);
    });
    afterAll(async () => opened.cleanup());

    it('enrolls a case defendant, replaces the enrollment on re-post, audits both', async () => {
      const e = Enrollment.parse(demoEnrollment);
      const first = await repo.putEnrollment(caseId, e, officer);
      expect(first.replaced).toBe(false);
      const again = await repo.putEnrollment(caseId, { ...e, label: 'Renee Castell (defendant 2)' }, officer);
      expect(again.replaced).toBe(true);
      expect((await repo.listEnrollments()).map((r) => [r.personId, r.deviceId, r.label])).toEqual([
        ['hale-2', 'LM-CACD-0417', 'Renee Castell (defendant 2)'],
      ]);
      const log = await new CaseStore(opened.db).auditLog(caseId);
      expect(log.slice(0, 2).map((r) => [r.action, r.actor, r.entityId])).toEqual([
        ['monitoring.reenroll', 'officer@cacd', 'hale-2'],
        ['monitoring.enroll', 'officer@cacd', 'hale-2'],
      ]);
    });

    it('refuses a device already enrolled to another person', async () => {
      const e = Enrollment.parse({ ...demoEnrollment, personId: 'hale-3', defendant: 3, label: 'Other (3)' });
      await expect(repo.putEnrollment(caseId, e, officer)).rejects.toMatchObject({
        kind: 'conflict',
        message: 'device LM-CACD-0417 is already enrolled to hale-2: end that enrollment first',
      });
    });

    it('commits a batch and its alerts together; ids beyond 2^53 come back exact', async () => {
      const events = [fix(BIG, '2026-05-07T06:48:00Z'), fix(BIG + 1n, '2026-05-07T06:49:00Z', 34.0838)];
      await repo.commit({ events: events.map((event) => ({ event, raw: raw(event) })), alerts: [tamper] });
      expect(await repo.maxEventId()).toBe(BIG + 1n);
      const track = await repo.track(
        'LM-CACD-0417',
        Date.parse('2026-05-07T00:00:00Z'),
        Date.parse('2026-05-08T00:00:00Z'),
        100,
      );
      expect(track).toEqual([
        {
          id: '9007199254740995',
          at: '2026-05-07T06:48:00.000Z',
          lat: 34.0837,
          lon: -118.327,
          accuracyM: 8,
          source: 'gps',
        },
        {
          id: '9007199254740996',
          at: '2026-05-07T06:49:00.000Z',
          lat: 34.0838,
          lon: -118.327,
          accuracyM: 8,
          source: 'gps',
        },
      ]);
      expect((await repo.lastFix('LM-CACD-0417'))?.id).toBe('9007199254740996');
      expect(await repo.getAlert(tamper.alertId)).toEqual(tamper);
      const pages: StoredDeviceEvent[][] = [];
      for await (const p of repo.eventsInOrder()) pages.push(p);
      expect(pages.flat().map((e) => [e.id, e.at, e.kind])).toEqual([
        [BIG, Date.parse('2026-05-07T06:48:00Z'), 'fix'],
        [BIG + 1n, Date.parse('2026-05-07T06:49:00Z'), 'fix'],
      ]);
    });

    it('rolls the whole batch back when one event repeats a stored key: nothing half-written', async () => {
      const fresh = fix(BIG + 2n, '2026-05-07T06:50:00Z');
      const repeated = fix(BIG + 3n, '2026-05-07T06:48:00Z'); // same (device, at, kind) as a stored one
      const changed = { ...tamper, state: 'acknowledged' as const };
      await expect(
        repo.commit({
          events: [fresh, repeated].map((event) => ({ event, raw: raw(event) })),
          alerts: [changed],
        }),
      ).rejects.toThrow();
      expect(await repo.countEvents()).toBe(2);
      expect(await repo.maxEventId()).toBe(BIG + 1n);
      expect((await repo.getAlert(tamper.alertId))?.state).toBe(tamper.state);
      expect(
        await repo.existingKeys([
          { device: 'LM-CACD-0417', at: Date.parse('2026-05-07T06:48:00Z'), kind: 'fix' },
          { device: 'LM-CACD-0417', at: Date.parse('2026-05-07T06:50:00Z'), kind: 'fix' },
        ]),
      ).toEqual(new Set([`LM-CACD-0417|${Date.parse('2026-05-07T06:48:00Z')}|fix`]));
    });

    it('pages through the events in id order (numeric, not text: 9 before 10)', async () => {
      const events = Array.from({ length: 12 }, (_, i) =>
        fix(BigInt(i + 1), `2026-05-06T0${Math.floor(i / 6)}:${String((i % 6) * 10).padStart(2, '0')}:00Z`),
      );
      await repo.commit({ events: events.map((event) => ({ event, raw: raw(event) })), alerts: [] });
      const ids: bigint[] = [];
      for await (const page of repo.eventsInOrder(5)) ids.push(...page.map((e) => e.id));
      expect(ids).toEqual([...events.map((e) => e.id), BIG, BIG + 1n]);
    });

    it('upserts alerts by id, lists them by filter, newest first, and audits officer actions', async () => {
      await repo.upsertAlerts(alerts);
      expect((await repo.listAlerts()).map((a) => a.alertId)).toEqual(
        [...alerts]
          .sort((a, b) => (a.detectedAt < b.detectedAt ? 1 : a.detectedAt > b.detectedAt ? -1 : 0))
          .map((a) => a.alertId),
      );
      expect((await repo.listAlerts({ severities: ['critical'] })).map((a) => a.kind).sort()).toEqual([
        'exclusionZone',
        'strapTamper',
      ]);
      const acked = { ...tamper, state: 'acknowledged' as const };
      await repo.officerUpdate(tamper, acked, 'acknowledge', officer, caseId);
      expect((await repo.getAlert(tamper.alertId))?.state).toBe('acknowledged');
      const log = await new CaseStore(opened.db).auditLog(caseId, 1);
      expect(log[0]).toMatchObject({
        action: 'alert.acknowledge',
        actor: 'officer@cacd',
        entityId: tamper.alertId,
      });
      const period = await repo.alertsInPeriod('hale-2', '2026-05-07T00:00:00Z', '2026-05-08T07:00:00Z');
      expect(period.map((a) => a.kind)).toEqual(
        alerts
          .filter(
            (a) => a.startedAt <= '2026-05-08T07:00:00Z' && (a.endedAt ?? '9') >= '2026-05-07T00:00:00Z',
          )
          .map((a) => a.kind),
      );
    });
  });
}

describe('the SQLite file store', () => {
  it('runs in WAL mode (readers do not block the ingest writer)', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { sql } = await import('kysely');
    const { openStore } = await import('../../src/store/db.ts');
    const dir = mkdtempSync(join(tmpdir(), 'pretrial-wal-'));
    const store = await openStore(join(dir, 'p.db'));
    try {
      const r = await sql<{ journal_mode: string }>`PRAGMA journal_mode`.execute(store.db);
      expect(r.rows[0]?.journal_mode).toBe('wal');
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
