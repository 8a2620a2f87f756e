import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHaleCaseFile } from '../../src/demo/index.ts';
import { CaseStore, caseIdFor, type CaseStore as Store, StoreError } from '../../src/store/cases.ts';
import { storeTargets } from '../helpers/stores.ts';

const clerk = { name: 'clerk@nyed' };
const DEMO_ID = 'nyed-1-26-cr-00117';

for (const target of storeTargets) {
  describe(`case store on ${target.name}`, () => {
    let opened: Awaited<ReturnType<typeof target.open>>;
    let store: Store;
    let tick = 0;

    beforeAll(async () => {
      opened = await target.open();
      store = new CaseStore(opened.db, () => `2026-11-22T10:00:${String(tick++ % 60).padStart(2, '0')}.000Z`);
    });
    afterAll(async () => opened.cleanup());

    it('stores the demo case and reads back exactly the same case file', async () => {
      const demo = buildHaleCaseFile();
      const { id } = await store.createCase(demo, clerk);
      expect(id).toBe(DEMO_ID);
      expect(caseIdFor(demo)).toBe(DEMO_ID);
      const back = await store.getCase(id);
      expect(back?.caseFile).toEqual(demo);
      expect(back?.version).toBe(1);
      const list = await store.listCases();
      expect(list).toEqual([
        expect.objectContaining({
          id: DEMO_ID,
          district: 'E.D.N.Y.',
          defendants: 6,
          docketEntries: demo.docketEntries.length,
          events: demo.events.length,
          fictional: true,
        }),
      ]);
    });

    it('refuses a second case with the same court and docket number (conflict)', async () => {
      await expect(store.createCase(buildHaleCaseFile(), clerk)).rejects.toMatchObject({ kind: 'conflict' });
    });

    it('refuses an invalid case file and stores nothing', async () => {
      const bad = structuredClone(buildHaleCaseFile()) as unknown as Record<string, any>;
      bad.case.docketNumber = '1:26-cr-00999';
      bad.events[0].defendants = [42];
      const err = await store.createCase(bad, clerk).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StoreError);
      expect((err as StoreError).issues).toEqual([
        {
          path: '$.events[0].defendants[0]',
          message: 'defendant 42 is not in defendants (known: 1, 2, 3, 4, 5, 6)',
        },
      ]);
      expect(await store.getCase('nyed-1-26-cr-00999')).toBeUndefined();
    });

    it('adds, edits and deletes an event, each change audited with actor and before/after', async () => {
      const motion = {
        kind: 'motionFiled',
        id: 'ev-test-suppress',
        date: '2026-10-01',
        defendants: [2],
        motion: 'suppress',
        title: 'MOTION to Suppress',
        movant: 'defendant',
        provenance: { source: 'manual', by: clerk.name },
      };
      const added = await store.addEvent(DEMO_ID, motion, clerk);
      expect(added).toMatchObject({ id: 'ev-test-suppress', kind: 'motionFiled' });
      await store.updateEvent(DEMO_ID, 'ev-test-suppress', { ...motion, date: '2026-10-02' }, clerk);
      const mid = await store.getCase(DEMO_ID);
      expect(mid?.caseFile.events.at(-1)).toMatchObject({ id: 'ev-test-suppress', date: '2026-10-02' });
      expect(mid?.version).toBe(3);
      await store.deleteEvent(DEMO_ID, 'ev-test-suppress', clerk);
      const after = await store.getCase(DEMO_ID);
      expect(after?.caseFile.events.some((e) => e.id === 'ev-test-suppress')).toBe(false);

      const log = await store.auditLog(DEMO_ID);
      expect(log.map((r) => `${r.action} ${r.entityId} by ${r.actor}`)).toEqual([
        'event.delete ev-test-suppress by clerk@nyed',
        'event.update ev-test-suppress by clerk@nyed',
        'event.add ev-test-suppress by clerk@nyed',
        `case.create ${DEMO_ID} by clerk@nyed`,
      ]);
      expect(log[1]?.before).toMatchObject({ date: '2026-10-01' });
      expect(log[1]?.after).toMatchObject({ date: '2026-10-02' });
    });

    it('rejects an event that names a defendant or docket entry the case does not have, with paths inside the event', async () => {
      const err = await store
        .addEvent(
          DEMO_ID,
          {
            kind: 'speedyTrialWaiver',
            id: 'ev-x',
            date: '2026-10-01',
            defendants: [9],
            provenance: { source: 'docket', entry: 'zz' },
          },
          clerk,
        )
        .catch((e: unknown) => e);
      expect((err as StoreError).kind).toBe('invalid');
      expect((err as StoreError).issues).toEqual([
        { path: '$.defendants[0]', message: 'defendant 9 is not in defendants (known: 1, 2, 3, 4, 5, 6)' },
        { path: '$.provenance.entry', message: 'no docket entry with id "zz"' },
      ]);
      const err2 = await store
        .addEvent(DEMO_ID, { kind: 'arrest', id: 'ev-y' }, clerk)
        .catch((e: unknown) => e);
      expect((err2 as StoreError).issues.map((i) => i.path)).toEqual([
        '$.date',
        '$.defendants',
        '$.provenance',
      ]);
    });

    it('refuses to delete an event other records refer to', async () => {
      const err = await store.deleteEvent(DEMO_ID, 'ev-indictment', clerk).catch((e: unknown) => e);
      expect((err as StoreError).kind).toBe('conflict');
      expect((err as StoreError).issues.length).toBeGreaterThan(0);
    });

    it('keeps the audit log append-only in the database itself', async () => {
      await expect(
        opened.db.updateTable('audit_log').set({ actor: 'someone else' }).execute(),
      ).rejects.toThrow(/append-only/);
      await expect(opened.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    });

    it('re-imports a docket keeping the hand-entered events, the seals and the plea offers, and tells listeners of each committed change only', async () => {
      const changed: string[] = [];
      const off = store.onChange((id) => changed.push(id));
      const before = (await store.getCase(DEMO_ID))!.caseFile;
      const entry = before.docketEntries[0]!;
      const manual = {
        kind: 'motionFiled',
        id: 'manual-status-conference',
        date: '2026-10-01',
        defendants: [2],
        motion: 'suppress',
        title: 'MOTION to Suppress (from the minute entry)',
        movant: 'defendant',
        provenance: { source: 'manual', by: clerk.name },
      };
      await store.addEvent(DEMO_ID, manual, clerk);
      await store.replaceCase(
        DEMO_ID,
        {
          ...(await store.getCase(DEMO_ID))!.caseFile,
          docketEntries: before.docketEntries.map((e) => (e.id === entry.id ? { ...e, sealed: true } : e)),
        },
        clerk,
        'entry.seal',
      );
      // The docket as imported again: no manual event, no seal, no plea offers.
      const imported = {
        ...before,
        events: before.events.filter((e) => e.provenance.source !== 'manual'),
        pleaOffers: [],
      };
      const after = await store.reimportCase(DEMO_ID, imported, clerk);
      expect(after.events.find((e) => e.id === 'manual-status-conference')).toMatchObject({
        date: '2026-10-01',
      });
      expect(after.docketEntries.find((e) => e.id === entry.id)?.sealed).toBe(true);
      expect(after.pleaOffers).toEqual(before.pleaOffers);
      expect((await store.auditLog(DEMO_ID))[0]).toMatchObject({ action: 'case.import' });
      // A refused change stores nothing and is not announced.
      await expect(store.addEvent(DEMO_ID, { kind: 'nonsense' }, clerk)).rejects.toMatchObject({
        kind: 'invalid',
      });
      off();
      await store.deleteEvent(DEMO_ID, 'manual-status-conference', clerk);
      expect(changed).toEqual([DEMO_ID, DEMO_ID, DEMO_ID]);
    });

    it('deletes a case and its rows, keeping its audit trail', async () => {
      await store.deleteCase(DEMO_ID, clerk);
      expect(await store.getCase(DEMO_ID)).toBeUndefined();
      expect(await store.listCases()).toEqual([]);
      const log = await store.auditLog(DEMO_ID);
      expect(log[0]).toMatchObject({ action: 'case.delete', actor: 'clerk@nyed' });
      await expect(store.deleteCase(DEMO_ID, clerk)).rejects.toMatchObject({ kind: 'notFound' });
    });
  });
}
