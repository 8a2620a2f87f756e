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
  /** The checkpoint the chain was verified from (after a pruning). */
  checkpoint?: Checkpoint;
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
    if (this.dialect === 'postgres')
      // Several servers may share the database: one appender at a time, across processes.
      await this.db.transaction().execute(async (tx) => {
        await sql`SELECT pg_advisory_xact_lock(7345012)`.execute(tx);
        await this.insert(tx, entry, null);
      });
    else {
      // Should the insert fail, the next append reads the head from the table again.
      const cached = this.head;
      this.head = null;
      this.head = await this.insert(this.db, entry, cached);
    }
  }

  /** Append one record after `prev` (read from the table when not given); its hash. */
  private async insert(db: Kysely<Database>, entry: AuditEntry, prev: string | null): Promise<string> {
    const record = {
      at: new Date(this.now()).toISOString(),
      who: entry.who,
      role: entry.role,
      action: entry.action,
      target: entry.target,
      client: entry.client,
      outcome: entry.outcome,
      detail: entry.detail ?? '',
    };
    const before =
      prev ??
      (await db.selectFrom('access_audit').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst())
        ?.hash ??
      (await latestCheckpoint(db))?.throughHash ??
      GENESIS;
    const hash = chainHash(before, record);
    await db
      .insertInto('access_audit')
      .values({ ...record, prev_hash: before, hash })
      .execute();
    return hash;
  }

  /**
   * Prune the records older than the retention period (at least a year; CJIS § 5.4.7, NIST AU-11). In one
   * transaction: a checkpoint naming the last record pruned (its id, hash and time), the deletion of the records
   * it covers, and an `audit.prune` record in the chain naming the checkpoint, so `verify` starts from the
   * checkpoint and finds it confirmed. Returns what was pruned (nothing when no record is that old).
   */
  prune(days: number, by = 'system'): Promise<PruneResult> {
    if (!Number.isInteger(days) || days < MIN_RETENTION_DAYS)
      return Promise.reject(
        new Error(
          `the audit retention must be a whole number of days, at least ${MIN_RETENTION_DAYS} (got ${days})`,
        ),
      );
    const run = this.queue.then(() => this.pruneNow(days, by));
    this.queue = run.catch(() => {});
    return run;
  }

  private async pruneNow(days: number, by: string): Promise<PruneResult> {
    const now = this.now();
    const cutoff = new Date(now - days * 86_400_000).toISOString();
    const work = async (tx: Kysely<Database>): Promise<PruneResult> => {
      // The records before the first one of the retention period (ids follow the order of writing).
      const firstKept = await tx
        .selectFrom('access_audit')
        .select('id')
        .where('at', '>=', cutoff)
        .orderBy('id', 'asc')
        .limit(1)
        .executeTakeFirst();
      let q = tx.selectFrom('access_audit').selectAll().orderBy('id', 'desc').limit(1);
      if (firstKept) q = q.where('id', '<', firstKept.id);
      const through = await q.executeTakeFirst();
      if (!through) return { pruned: 0, cutoff, checkpoint: null };
      const counted = await tx
        .selectFrom('access_audit')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .where('id', '<=', through.id)
        .executeTakeFirst();
      const pruned = Number(counted?.n ?? 0);
      const checkpoint: Checkpoint = {
        at: new Date(now).toISOString(),
        throughId: String(through.id),
        throughHash: through.hash,
        throughAt: through.at,
        pruned,
        retentionDays: days,
      };
      await tx
        .insertInto('access_audit_checkpoints')
        .values({
          at: checkpoint.at,
          through_id: checkpoint.throughId,
          through_hash: checkpoint.throughHash,
          through_at: checkpoint.throughAt,
          pruned: String(pruned),
          retention_days: days,
        })
        .execute();
      await tx.deleteFrom('access_audit').where('id', '<=', through.id).execute();
      const head = await this.insert(
        tx,
        {
          who: by,
          role: '',
          action: 'audit.prune',
          target: `through=${checkpoint.throughId}`,
          client: '',
          outcome: 'success',
          detail: pruneDetail(checkpoint),
        },
        this.dialect === 'sqlite' ? this.head : null,
      );
      if (this.dialect === 'sqlite') this.head = head;
      return { pruned, cutoff, checkpoint };
    };
    if (this.dialect === 'postgres')
      return this.db.transaction().execute(async (tx) => {
        await sql`SELECT pg_advisory_xact_lock(7345012)`.execute(tx);
        return work(tx);
      });
    try {
      return await this.db.transaction().execute(work);
    } catch (e) {
      // The next append reads the head from the table again.
      this.head = null;
      throw e;
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
    // After a pruning, the chain starts from the latest checkpoint: the last record pruned and its hash.
    const checkpoint = await latestCheckpoint(this.db);
    let prev = checkpoint?.throughHash ?? GENESIS;
    let lastId: bigint | null = checkpoint ? BigInt(checkpoint.throughId) : null;
    let records = 0;
    let after: string | null = checkpoint?.throughId ?? null;
    let confirmed = checkpoint === null;
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
        if (
          checkpoint &&
          !confirmed &&
          r.action === 'audit.prune' &&
          r.target === `through=${checkpoint.throughId}` &&
          r.detail === pruneDetail(checkpoint)
        ) {
          confirmed = true;
          // Nothing younger than the shortest retention allowed may have been pruned.
          if (Date.parse(checkpoint.throughAt) > Date.parse(r.at) - MIN_RETENTION_DAYS * 86_400_000)
            problems.push(
              `record ${id}: the pruning removed records younger than ${MIN_RETENTION_DAYS} days (through ${checkpoint.throughAt})`,
            );
        }
        prev = r.hash;
        lastId = id;
        after = String(r.id);
      }
    }
    if (!confirmed && checkpoint)
      problems.push(
        `the checkpoint through record ${checkpoint.throughId} is not confirmed by an audit.prune record in the chain: records were removed outside a pruning`,
      );
    return {
      ok: problems.length === 0,
      records,
      head: prev,
      problems,
      ...(checkpoint ? { checkpoint } : {}),
    };
  }
}

/** A pruning's anchor: the last record pruned. */
export interface Checkpoint {
  at: string;
  throughId: string;
  throughHash: string;
  throughAt: string;
  pruned: number;
  retentionDays: number;
}

export interface PruneResult {
  pruned: number;
  /** Records written before this instant were due for pruning. */
  cutoff: string;
  checkpoint: Checkpoint | null;
}

/** What the `audit.prune` record says of its checkpoint (verify compares it). */
const pruneDetail = (c: Checkpoint) =>
  `pruned ${c.pruned} record(s) through ${c.throughId} (written ${c.throughAt}), retention ${c.retentionDays} days; checkpoint hash ${c.throughHash}`;

async function latestCheckpoint(db: Kysely<Database>): Promise<Checkpoint | null> {
  const r = await db
    .selectFrom('access_audit_checkpoints')
    .selectAll()
    .orderBy('through_id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!r) return null;
  return {
    at: r.at,
    throughId: String(r.through_id),
    throughHash: r.through_hash,
    throughAt: r.through_at,
    pruned: Number(r.pruned),
    retentionDays: Number(r.retention_days),
  };
}
