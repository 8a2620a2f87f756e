/**
 * The cluster's PostgreSQL side: the partition checkpoints with their fence, and one transaction per batch
 * of a partition's messages (events, alerts, alert changes, checkpoint).
 *
 * - `cluster_partition_state` holds, per partition, the lease revision of its owner (the fencing token),
 *   the last stream sequence whose effects are committed (`stream_seq`) and the latest snapshot of the
 *   partition's engine with the sequence it covers (`snapshot_seq`). Every commit locks the row and rolls
 *   back unless the lease revision is still the committer's, so a worker that lost its lease (paused, cut
 *   off) cannot write after the new owner took over.
 * - Events go to `device_events` with `ON CONFLICT DO NOTHING` (its primary key and its unique key
 *   (device, time, kind)): a redelivered message inserts nothing twice, whatever the JetStream window.
 * - Alerts are upserted by their stable id; each change is recorded once in `cluster_alert_changes`, keyed
 *   by (alert, stream position, change), so a redelivery or a replay by a new owner adds no row. The rows
 *   of the alerts are locked and the officers' actions stored there (by any server) are merged into the
 *   engine's revision before it is written (src/server/cluster/merge.ts): never overwritten.
 */
import pg from 'pg';
import type { Alert, AlertChange } from '../../monitoring/alerts.ts';
import type { Fix, StoredDeviceEvent } from '../../monitoring/device-events.ts';
import { mergeOfficer } from './merge.ts';

export const CLUSTER_SCHEMA = `
CREATE TABLE IF NOT EXISTS cluster_partition_state (
  prefix text NOT NULL,
  partition integer NOT NULL,
  lease_rev bigint NOT NULL DEFAULT 0,
  owner text,
  stream_seq bigint NOT NULL DEFAULT 0,
  snapshot_seq bigint NOT NULL DEFAULT 0,
  snapshot bytea,
  snapshot_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (prefix, partition)
);
CREATE TABLE IF NOT EXISTS cluster_alert_changes (
  alert_id text NOT NULL,
  position bigint NOT NULL,
  change text NOT NULL,
  prefix text NOT NULL,
  partition integer NOT NULL,
  state text NOT NULL,
  committed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (alert_id, position, change)
);
`;

/** Another worker holds the partition now: this one must stop and write nothing more. */
export class FenceError extends Error {
  constructor(
    readonly partition: number,
    readonly mine: number,
    readonly current: number,
  ) {
    super(
      `partition ${partition}: the lease moved to revision ${current} (this worker holds ${mine}); its writes are refused`,
    );
  }
}

export interface Checkpoint {
  streamSeq: number;
  snapshotSeq: number;
  snapshot: Buffer | null;
}

export interface BatchToCommit {
  events: { event: StoredDeviceEvent; raw: string }[];
  /** Each alert change with the stream sequence of the message that caused it. */
  changes: { change: AlertChange; position: number }[];
  /** The last stream sequence the batch covers. */
  streamSeq: number;
  snapshot?: { seq: number; bytes: Buffer };
}

/** Make the cluster's tables (idempotent). The store's own tables come from its migrations. */
export async function ensureClusterSchema(pool: pg.Pool): Promise<void> {
  const c = await pool.connect();
  try {
    // Two workers starting at once would race on CREATE TABLE IF NOT EXISTS (pg_type unique violation).
    await c.query('SELECT pg_advisory_lock(726871)');
    await c.query(CLUSTER_SCHEMA);
  } finally {
    await c.query('SELECT pg_advisory_unlock(726871)').catch(() => {});
    c.release();
  }
}

export class ClusterPg {
  constructor(
    readonly pool: pg.Pool,
    readonly prefix: string,
  ) {}

  static open(url: string, max = 4): ClusterPg & { end(): Promise<void> } {
    const pool = new pg.Pool({ connectionString: url, max });
    pool.on('error', () => {});
    const out = new ClusterPg(pool, '') as ClusterPg & { end(): Promise<void> };
    out.end = () => pool.end();
    return out;
  }

  withPrefix(prefix: string): ClusterPg {
    return new ClusterPg(this.pool, prefix);
  }

  /**
   * Take the partition's row for lease revision `rev` (after winning the lease): resolves to its checkpoint,
   * or null when a newer revision already holds it. The update waits for an in-flight commit of the old
   * owner and returns the checkpoint after it; every later commit of the old owner fails the fence.
   */
  async takeover(partition: number, rev: number, owner: string): Promise<Checkpoint | null> {
    // One statement (one round trip): a new row, or the row taken from a lower revision.
    const r = await this.pool.query(
      `INSERT INTO cluster_partition_state AS s (prefix, partition, lease_rev, owner) VALUES ($1, $2, $3, $4)
       ON CONFLICT (prefix, partition) DO UPDATE SET lease_rev = EXCLUDED.lease_rev, owner = EXCLUDED.owner,
         updated_at = now()
       WHERE s.lease_rev < EXCLUDED.lease_rev
       RETURNING stream_seq, snapshot_seq, snapshot`,
      [this.prefix, partition, rev, owner],
    );
    return checkpointOf(r.rows[0]);
  }

  /**
   * The checkpoint of a partition this worker still holds at revision `rev` (a partition started again
   * after its people changed); null when the lease moved on.
   */
  async checkpoint(partition: number, rev: number): Promise<Checkpoint | null> {
    const r = await this.pool.query(
      `SELECT stream_seq, snapshot_seq, snapshot FROM cluster_partition_state
        WHERE prefix = $1 AND partition = $2 AND lease_rev = $3`,
      [this.prefix, partition, rev],
    );
    return checkpointOf(r.rows[0]);
  }

  /**
   * Merge an officer's part of these alerts (stored by a server) into the engine's copies, under the fence:
   * writes the alerts whose merge differs from the row and resolves to every merged alert that differs
   * from the engine's copy (the worker lays those over its engine).
   */
  async mergeAlerts(partition: number, rev: number, alerts: readonly Alert[]): Promise<Alert[]> {
    if (alerts.length === 0) return [];
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      await fence(c, this.prefix, partition, rev);
      const latest = new Map(alerts.map((a) => [a.alertId, a]));
      const merged = await mergeStored(c, latest);
      if (merged.length > 0) await upsertAlerts(c, merged);
      await c.query('COMMIT');
      return merged;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      c.release();
    }
  }

  /** One batch of a partition, atomically, under the fence. */
  async commit(partition: number, rev: number, b: BatchToCommit): Promise<Alert[]> {
    const c = await this.pool.connect();
    let merged: Alert[] = [];
    try {
      // The stream, not this transaction, is the durable record of the events (an upload is acknowledged
      // once JetStream stored it, and the stream keeps it for days): a batch whose commit a crash of
      // PostgreSQL lost is evaluated again from the checkpoint, with the same ids. So the commit need not
      // wait for its WAL flush.
      await c.query('BEGIN; SET LOCAL synchronous_commit TO off');
      await fence(c, this.prefix, partition, rev);
      if (b.events.length > 0) await insertEvents(c, b.events);
      if (b.changes.length > 0) {
        const latest = new Map<string, Alert>();
        for (const { change } of b.changes) latest.set(change.alert.alertId, change.alert);
        // The officers' actions on these alerts (stored by the servers) are merged, never overwritten.
        merged = await mergeStored(c, latest);
        await upsertAlerts(c, [...latest.values()]);
        await c.query(
          `INSERT INTO cluster_alert_changes (alert_id, position, change, prefix, partition, state)
           SELECT a, p, c, $4, $5, s FROM unnest($1::text[], $2::bigint[], $3::text[], $6::text[]) AS t(a, p, c, s)
           ON CONFLICT DO NOTHING`,
          [
            b.changes.map((x) => x.change.alert.alertId),
            b.changes.map((x) => x.position),
            b.changes.map((x) => x.change.change),
            this.prefix,
            partition,
            b.changes.map((x) => x.change.alert.state),
          ],
        );
      }
      if (b.snapshot)
        await c.query(
          `UPDATE cluster_partition_state SET stream_seq = GREATEST(stream_seq, $3), snapshot_seq = $4,
             snapshot = $5, snapshot_at = now(), updated_at = now() WHERE prefix = $1 AND partition = $2`,
          [this.prefix, partition, b.streamSeq, b.snapshot.seq, b.snapshot.bytes],
        );
      else
        await c.query(
          `UPDATE cluster_partition_state SET stream_seq = GREATEST(stream_seq, $3), updated_at = now()
            WHERE prefix = $1 AND partition = $2`,
          [this.prefix, partition, b.streamSeq],
        );
      await c.query('COMMIT');
      return merged;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      c.release();
    }
  }

  /** The detection instants of the stored alerts of these devices (ticks a rebuild repeats). */
  async detectionInstants(devices: readonly string[]): Promise<number[]> {
    const r = await this.pool.query(
      'SELECT DISTINCT detected_at FROM monitoring_alerts WHERE device_id = ANY($1)',
      [devices],
    );
    return r.rows.map((x) => Date.parse(x.detected_at)).sort((a, b) => a - b);
  }

  async partitionStates(): Promise<
    { partition: number; owner: string | null; leaseRev: number; streamSeq: number; updatedAt: Date }[]
  > {
    const r = await this.pool.query(
      'SELECT partition, owner, lease_rev, stream_seq, updated_at FROM cluster_partition_state WHERE prefix = $1 ORDER BY partition',
      [this.prefix],
    );
    return r.rows.map((x) => ({
      partition: x.partition,
      owner: x.owner,
      leaseRev: Number(x.lease_rev),
      streamSeq: Number(x.stream_seq),
      updatedAt: x.updated_at,
    }));
  }
}

function checkpointOf(row: Record<string, unknown> | undefined): Checkpoint | null {
  if (!row) return null;
  return {
    streamSeq: Number(row.stream_seq),
    snapshotSeq: Number(row.snapshot_seq),
    snapshot: (row.snapshot as Buffer | null) ?? null,
  };
}

/** Lock the partition's row; throw `FenceError` unless revision `rev` still holds it. */
async function fence(c: pg.PoolClient, prefix: string, partition: number, rev: number): Promise<void> {
  const f = await c.query(
    'SELECT lease_rev FROM cluster_partition_state WHERE prefix = $1 AND partition = $2 FOR UPDATE',
    [prefix, partition],
  );
  const current = Number(f.rows[0]?.lease_rev ?? -1);
  if (current !== rev) throw new FenceError(partition, rev, current);
}

/**
 * Lock the stored rows of these alerts and merge the officers' part of each into `latest` (in place).
 * Resolves to the merged alerts that differ from the engine's copies.
 */
async function mergeStored(c: pg.PoolClient, latest: Map<string, Alert>): Promise<Alert[]> {
  const r = await c.query(
    'SELECT alert_id, data FROM monitoring_alerts WHERE alert_id = ANY($1) ORDER BY alert_id FOR UPDATE',
    [[...latest.keys()]],
  );
  const out: Alert[] = [];
  for (const row of r.rows) {
    const mine = latest.get(row.alert_id as string);
    if (!mine) continue;
    let stored: Alert;
    try {
      stored = JSON.parse(row.data as string) as Alert;
    } catch {
      continue;
    }
    const m = mergeOfficer(mine, stored);
    if (m !== mine) {
      latest.set(m.alertId, m);
      out.push(m);
    }
  }
  return out;
}

/**
 * The batch's events in one statement, sent as one JSON parameter (`json_to_recordset`): one string made
 * by the native JSON encoder, where ten typed arrays cost the client an escaping pass per element.
 */
async function insertEvents(c: pg.PoolClient, events: BatchToCommit['events']): Promise<void> {
  const rows = new Array(events.length);
  for (let i = 0; i < events.length; i++) {
    const { event: e, raw } = events[i] as BatchToCommit['events'][number];
    const f = e.kind === 'fix' ? (e as Fix) : null;
    rows[i] = {
      id: String(e.id),
      d: e.device,
      at: e.at,
      k: e.kind,
      r: e.receivedAt,
      la: f ? f.lat : null,
      lo: f ? f.lon : null,
      ac: f ? f.accuracyM : null,
      s: f ? f.source : null,
      raw,
    };
  }
  await c.query(
    `INSERT INTO device_events (id, device_id, at, kind, received_at, lat, lon, accuracy_m, source, raw)
     SELECT id, d, at, k, r, la, lo, ac, s, raw
       FROM json_to_recordset($1::json) AS t(id bigint, d text, at bigint, k text, r bigint, la float8,
                                             lo float8, ac float8, s text, raw text)
     ON CONFLICT DO NOTHING`,
    [JSON.stringify(rows)],
  );
}

async function upsertAlerts(c: pg.PoolClient, alerts: readonly Alert[]): Promise<void> {
  const now = new Date().toISOString();
  await c.query(
    `INSERT INTO monitoring_alerts (alert_id, person_id, device_id, kind, severity, state, started_at, ended_at,
                                    detected_at, updated_at, data)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                          $8::text[], $9::text[], $10::text[], $11::text[])
     ON CONFLICT (alert_id) DO UPDATE SET state = EXCLUDED.state, severity = EXCLUDED.severity,
       started_at = EXCLUDED.started_at, ended_at = EXCLUDED.ended_at, detected_at = EXCLUDED.detected_at,
       updated_at = EXCLUDED.updated_at, data = EXCLUDED.data`,
    [
      alerts.map((a) => a.alertId),
      alerts.map((a) => a.personId),
      alerts.map((a) => a.deviceId),
      alerts.map((a) => a.kind),
      alerts.map((a) => a.severity),
      alerts.map((a) => a.state),
      alerts.map((a) => a.startedAt),
      alerts.map((a) => a.endedAt),
      alerts.map((a) => a.detectedAt),
      alerts.map(() => now),
      alerts.map((a) => JSON.stringify(a)),
    ],
  );
}
