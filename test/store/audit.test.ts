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
});
