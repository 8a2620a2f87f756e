/** The access audit trail: append-only, hash-chained, and `pretrial audit verify` finds an edited or deleted record. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { AuditTrail, GENESIS } from '../../src/store/audit.ts';
import { openStore } from '../../src/store/db.ts';
import { storeTargets } from '../helpers/stores.ts';

const entry = (i: number) => ({
  who: `user${i}`,
  role: 'clerk',
  action: 'GET /api/v1/cases/:id [case.read]',
  target: `id=case-${i}`,
  client: '127.0.0.1',
  outcome: 'success' as const,
  detail: 'status 200',
});

for (const target of storeTargets)
  describe(`the audit chain on ${target.name}`, () => {
    it('verifies an untouched trail; the database refuses an update or delete', async () => {
      const s = await target.open();
      try {
        const trail = new AuditTrail(s.db, s.dialect);
        await Promise.all(Array.from({ length: 5 }, (_, i) => trail.append(entry(i))));
        const r = await trail.verify();
        expect(r).toMatchObject({ ok: true, records: 5, problems: [] });
        const rows = await trail.list({ limit: 10 });
        // Newest first; the first record follows the genesis hash, each the one before.
        expect(rows.at(-1)?.prevHash).toBe(GENESIS);
        expect(rows[0]?.prevHash).toBe(rows[1]?.hash);
        await expect(sql`UPDATE access_audit SET who = 'someone else'`.execute(s.db)).rejects.toThrow(
          /append-only/,
        );
        await expect(sql`DELETE FROM access_audit`.execute(s.db)).rejects.toThrow(/append-only/);
      } finally {
        await s.cleanup();
      }
    });

    it('names a changed record and a deleted one once the triggers are gone', async () => {
      const s = await target.open();
      try {
        const trail = new AuditTrail(s.db, s.dialect);
        for (let i = 0; i < 6; i++) await trail.append(entry(i));
        if (s.dialect === 'sqlite') {
          await sql`DROP TRIGGER access_audit_no_update`.execute(s.db);
          await sql`DROP TRIGGER access_audit_no_delete`.execute(s.db);
        } else await sql`DROP TRIGGER access_audit_no_change ON access_audit`.execute(s.db);
        await sql`UPDATE access_audit SET outcome = 'denied' WHERE id = 2`.execute(s.db);
        await sql`DELETE FROM access_audit WHERE id = 4`.execute(s.db);
        const r = await trail.verify();
        expect(r.ok).toBe(false);
        expect(r.records).toBe(5);
        expect(r.problems).toEqual([
          'record 2: its content was changed after it was written',
          'records 4–4 are missing (the chain goes from 3 to 5)',
          'record 5: it does not follow the record before it (a record before it was removed or changed)',
        ]);
      } finally {
        await s.cleanup();
      }
    });
  });

const DAY = 86_400_000;

for (const target of storeTargets)
  describe(`audit retention on ${target.name}`, () => {
    it('prunes records older than the retention through a checkpoint; verify passes from it, and the trail goes on', async () => {
      const s = await target.open();
      try {
        let now = Date.parse('2025-01-10T12:00:00Z');
        const trail = new AuditTrail(s.db, s.dialect, () => now);
        for (let i = 0; i < 5; i++) await trail.append(entry(i));
        now += 400 * DAY;
        for (let i = 5; i < 8; i++) await trail.append(entry(i));
        await expect(trail.prune(364)).rejects.toThrow(
          'the audit retention must be a whole number of days, at least 365 (got 364)',
        );
        const r = await trail.prune(365, 'cli:operator');
        expect(r.pruned).toBe(5);
        expect(r.cutoff).toBe('2025-02-14T12:00:00.000Z');
        expect(r.checkpoint).toMatchObject({
          throughId: '5',
          throughAt: '2025-01-10T12:00:00.000Z',
          pruned: 5,
        });
        const v = await trail.verify();
        expect(v).toMatchObject({ ok: true, records: 4, problems: [] });
        expect(v.checkpoint?.throughId).toBe('5');
        const rows = await trail.list({ limit: 10 });
        expect(rows.map((x) => x.id)).toEqual(['9', '8', '7', '6']);
        expect(rows[0]).toMatchObject({ who: 'cli:operator', action: 'audit.prune', target: 'through=5' });
        // The first record kept follows the last one pruned.
        expect(rows.at(-1)?.prevHash).toBe(r.checkpoint?.throughHash);
        // Nothing more is that old; the trail goes on and still verifies.
        expect((await trail.prune(365)).pruned).toBe(0);
        await trail.append(entry(9));
        expect(await trail.verify()).toMatchObject({ ok: true, records: 5 });
        // A record no checkpoint covers still cannot be deleted.
        await expect(sql`DELETE FROM access_audit WHERE id = 6`.execute(s.db)).rejects.toThrow(/append-only/);
      } finally {
        await s.cleanup();
      }
    });

    it('a checkpoint slipped in to cover removed records, without its audit.prune record, fails verification', async () => {
      const s = await target.open();
      try {
        const trail = new AuditTrail(s.db, s.dialect);
        for (let i = 0; i < 4; i++) await trail.append(entry(i));
        const [second] = await trail.list({ limit: 1, beforeId: '3' });
        await sql`INSERT INTO access_audit_checkpoints (at, through_id, through_hash, through_at, pruned, retention_days) VALUES (${new Date().toISOString()}, 2, ${second?.hash}, ${new Date().toISOString()}, 2, 365)`.execute(
          s.db,
        );
        await sql`DELETE FROM access_audit WHERE id <= 2`.execute(s.db);
        const v = await trail.verify();
        expect(v.ok).toBe(false);
        expect(v.problems).toEqual([
          'the checkpoint through record 2 is not confirmed by an audit.prune record in the chain: records were removed outside a pruning',
        ]);
      } finally {
        await s.cleanup();
      }
    });
  });

describe('pretrial audit verify', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pretrial-audit-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = async (...args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(['node', 'pretrial', ...args], {
      log: (s = '') => out.push(s),
      error: (s) => err.push(s),
    });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  it('exits 0 on an untouched trail and 1 on a tampered one, naming the record', async () => {
    const db = join(dir, 'a.db');
    process.env.PRETRIAL_PASSWORD = 'first admin password';
    const add = await run('users', 'add', 'root', '--role', 'admin', '--db', db);
    delete process.env.PRETRIAL_PASSWORD;
    expect(add.code).toBe(0);
    expect((await run('users', 'grant', 'root', 'auditor', '--db', db)).out).toBe(
      'root: roles admin, auditor; no assignments',
    );
    const ok = await run('audit', 'verify', '--db', db);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/^OK: 2 audit records, the chain is intact \(head [0-9a-f]{64}\)\.$/);
    const s = await openStore(db);
    await sql`DROP TRIGGER access_audit_no_update`.execute(s.db);
    await sql`UPDATE access_audit SET detail = 'roles auditor' WHERE id = 1`.execute(s.db);
    await s.close();
    const bad = await run('audit', 'verify', '--db', db);
    expect(bad.code).toBe(1);
    expect(bad.err).toBe(
      'The audit trail was altered: 1 problem(s) in 2 records.\n  record 1: its content was changed after it was written',
    );
  });

  it('audit prune refuses a retention under a year and prunes nothing younger', async () => {
    const db = join(dir, 'b.db');
    process.env.PRETRIAL_PASSWORD = 'first admin password';
    expect((await run('users', 'add', 'root', '--role', 'admin', '--db', db)).code).toBe(0);
    delete process.env.PRETRIAL_PASSWORD;
    const short = await run('audit', 'prune', '--retention-days', '90', '--db', db);
    expect(short.code).toBe(2);
    expect(short.err).toBe(
      'pretrial: --retention-days must be a whole number of days, at least 365 (got "90")',
    );
    const none = await run('audit', 'prune', '--db', db);
    expect(none.code).toBe(0);
    expect(none.out).toMatch(/^Nothing to prune: no audit record is older than 2555 days \(before \d{4}-/);
    expect((await run('audit', 'verify', '--db', db)).code).toBe(0);
  });
});
