/**
 * The access audit trail: every sign-in and failure, every read of case and location data, every change,
 * export and report, every permission change — who, role, what, when, client address, outcome (CJIS Security
 * Policy § 5.4.1.1 and § 5.4.1.1.1; NIST SP 800-53 AU-2, AU-3). Append-only (the database refuses updates and
 * deletes) and tamper-evident: each record holds the SHA-256 of the record before it, so an edited or deleted
 * record breaks the chain and `pretrial audit verify` names where.
 */
import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Dialect } from './migrations.ts';
import type { Database } from './schema.ts';

export interface AuditEntry {
  who: string;
  role: string;
  action: string;
  target: string;
  client: string;
  outcome: 'success' | 'denied' | 'failure';
  detail?: string;
}

export interface StoredAuditEntry extends Required<AuditEntry> {
  id: string;
  at: string;
  prevHash: string;
  hash: string;
}

export const GENESIS = '0'.repeat(64);

/** The hash of a record: its content and the hash before it, in a fixed order. */
export function chainHash(prev: string, e: Omit<StoredAuditEntry, 'id' | 'prevHash' | 'hash'>): string {
  return createHash('sha256')
    .update(JSON.stringify([prev, e.at, e.who, e.role, e.action, e.target, e.client, e.outcome, e.detail]))
    .digest('hex');
}

/** Kept at least a year (CJIS § 5.4.7, NIST SP 800-53 AU-11); a shorter setting is refused. */
export const MIN_RETENTION_DAYS = 365;

export function retentionDays(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.PRETRIAL_AUDIT_RETENTION_DAYS;
  if (raw === undefined || raw === '') return 7 * 365;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < MIN_RETENTION_DAYS)
    throw new Error(
      `PRETRIAL_AUDIT_RETENTION_DAYS must be a whole number of days, at least ${MIN_RETENTION_DAYS} (got ${JSON.stringify(raw)})`,
    );
  return n;
}

export interface VerifyResult {
  ok: boolean;
  records: number;
  head: string;
  problems: string[];
}

export class AuditTrail {
  /** Appends in this process, one after another (each needs the hash of the one before). */
  private queue: Promise<unknown> = Promise.resolve();
  /** SQLite: the hash of the last record this process wrote (one process owns the file). */
  private head: string | null = null;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
    private readonly now: () => number = Date.now,
  ) {}

  append(entry: AuditEntry): Promise<void> {
    const run = this.queue.then(() => this.write(entry));
    this.queue = run.catch(() => {});
    return run;
  }

  private async write(entry: AuditEntry): Promise<void> {
    const at = new Date(this.now()).toISOString();
    const record = {
      at,
      who: entry.who,
      role: entry.role,
      action: entry.action,
      target: entry.target,
      client: entry.client,
      outcome: entry.outcome,
      detail: entry.detail ?? '',
    };
    const insert = async (db: Kysely<Database>, cached: string | null) => {
      const prev =
        cached ??
        (await db.selectFrom('access_audit').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst())
          ?.hash ??
        GENESIS;
      const hash = chainHash(prev, record);
      await db
        .insertInto('access_audit')
        .values({ ...record, prev_hash: prev, hash })
        .execute();
      return hash;
    };
    if (this.dialect === 'postgres')
      // Several servers may share the database: one appender at a time, across processes.
      await this.db.transaction().execute(async (tx) => {
        await sql`SELECT pg_advisory_xact_lock(7345012)`.execute(tx);
        await insert(tx, null);
      });
    else {
      // Should the insert fail, the next append reads the head from the table again.
      const cached = this.head;
      this.head = null;
      this.head = await insert(this.db, cached);
    }
  }

  /** Newest first. */
  async list(opts: { limit?: number; beforeId?: string } = {}): Promise<StoredAuditEntry[]> {
    let q = this.db
      .selectFrom('access_audit')
      .selectAll()
      .orderBy('id', 'desc')
      .limit(opts.limit ?? 200);
    if (opts.beforeId) q = q.where('id', '<', opts.beforeId);
    return (await q.execute()).map((r) => ({
      id: String(r.id),
      at: r.at,
      who: r.who,
      role: r.role,
      action: r.action,
      target: r.target,
      client: r.client,
      outcome: r.outcome as AuditEntry['outcome'],
      detail: r.detail,
      prevHash: r.prev_hash,
      hash: r.hash,
    }));
  }

  /** Walk the chain from the first record: every hash recomputed, every link checked, every id in sequence. */
  async verify(): Promise<VerifyResult> {
    const problems: string[] = [];
    let prev = GENESIS;
    let lastId: bigint | null = null;
    let records = 0;
    let after: string | null = null;
    for (;;) {
      let q = this.db.selectFrom('access_audit').selectAll().orderBy('id', 'asc').limit(5_000);
      if (after !== null) q = q.where('id', '>', after);
      const rows = await q.execute();
      if (rows.length === 0) break;
      for (const r of rows) {
        records++;
        const id = BigInt(String(r.id));
        if (lastId !== null && id !== lastId + 1n)
          problems.push(
            `records ${lastId + 1n}–${id - 1n} are missing (the chain goes from ${lastId} to ${id})`,
          );
        if (r.prev_hash !== prev)
          problems.push(
            `record ${id}: it does not follow the record before it (a record before it was removed or changed)`,
          );
        const hash = chainHash(r.prev_hash, {
          at: r.at,
          who: r.who,
          role: r.role,
          action: r.action,
          target: r.target,
          client: r.client,
          outcome: r.outcome as AuditEntry['outcome'],
          detail: r.detail,
        });
        if (hash !== r.hash) problems.push(`record ${id}: its content was changed after it was written`);
        prev = r.hash;
        lastId = id;
        after = String(r.id);
      }
    }
    return { ok: problems.length === 0, records, head: prev, problems };
  }
}
