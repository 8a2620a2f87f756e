/**
 * The monitoring repository: enrollments, device events and alerts, on SQLite and PostgreSQL
 * through one Kysely code path. A batch's events and the alert changes they caused are written in ONE
 * transaction, so a batch is either wholly durable (and then acknowledged) or not there at all. Officer
 * actions on alerts and enrollment changes are written with their audit record in the same transaction.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Alert } from '../monitoring/alerts.ts';
import type { Fix, StoredDeviceEvent } from '../monitoring/device-events.ts';
import type { Enrollment } from '../monitoring/enrollment.ts';
import { Zone } from '../monitoring/zones.ts';
import { type Actor, StoreError, writeAudit } from './cases.ts';
import type { OpenedStore } from './db.ts';
import type { Database } from './schema.ts';
import { ALERT_COLUMNS, INSERT_EVENT_SQL, SqliteWriter, UPSERT_ALERT_SQL } from './sqlite-writer.ts';

type Db = Kysely<Database>;
type Trx = Transaction<Database>;

export interface EnrollmentRecord {
  personId: string;
  caseId: string;
  defendant: number;
  deviceId: string;
  label: string;
  enrollment: Enrollment;
  createdAt: string;
  updatedAt: string;
}

/** An approved suspension window: the person's alerts in it are recorded but not raised. */
export interface Suspension {
  id: string;
  personId: string;
  /** ISO instants; the window is [startsAt, endsAt). */
  startsAt: string;
  endsAt: string;
  reason: string;
  approvedBy: string;
  recordedBy: string;
  recordedAt: string;
}

/** What a stored snapshot of the monitoring engine covers and was made with. */
export interface SnapshotMeta {
  /** The last event id evaluated into it. */
  position: bigint;
  /** Wall-clock time it was taken (ISO). */
  takenAt: string;
  /** The engine's state version (`ENGINE_STATE_VERSION`). */
  version: number;
  /** The shared zone library it was made with. */
  libraryKey: string;
  /** The engine's start instant (epoch ms). */
  startAt: number;
  /** The engine's processing time when it was taken (epoch ms). */
  processedTo: number;
  devices: number;
  /** The newest device time seen per device (every device that sent events, followed or not). */
  newestAt: [string, number][];
}

/** One device's state in a snapshot. */
export interface SnapshotDevice {
  deviceId: string;
  personId: string;
  fingerprint: string;
  state: Uint8Array;
}

/** A stored event with the raw JSON it arrived as. */
export interface EventToStore {
  event: StoredDeviceEvent;
  raw: string;
}

export interface StoredFix {
  id: string;
  at: string;
  lat: number;
  lon: number;
  accuracyM: number;
  source: string;
}

export interface AlertFilter {
  states?: string[];
  severities?: string[];
  personId?: string;
  /** Alerts changed at or after this instant (ISO). */
  since?: string;
  limit?: number;
}

const num = (v: number | string | bigint): number => Number(v);
const iso = (ms: number) => new Date(ms).toISOString();

function enrollmentFrom(row: Database['monitoring_enrollments']): EnrollmentRecord {
  return {
    personId: row.person_id,
    caseId: row.case_id,
    defendant: row.defendant,
    deviceId: row.device_id,
    label: row.label,
    enrollment: JSON.parse(row.data) as Enrollment,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function alertRow(a: Alert, updatedAt: string): Database['monitoring_alerts'] {
  return {
    alert_id: a.alertId,
    person_id: a.personId,
    device_id: a.deviceId,
    kind: a.kind,
    severity: a.severity,
    state: a.state,
    started_at: a.startedAt,
    ended_at: a.endedAt,
    detected_at: a.detectedAt,
    updated_at: updatedAt,
    data: JSON.stringify(a),
  };
}

function eventRow({ event: e, raw }: EventToStore): Database['device_events'] {
  const fix = e.kind === 'fix' ? (e as Fix) : null;
  return {
    id: e.id,
    device_id: e.device,
    at: e.at,
    kind: e.kind,
    received_at: e.receivedAt,
    lat: fix ? fix.lat : null,
    lon: fix ? fix.lon : null,
    accuracy_m: fix ? fix.accuracyM : null,
    source: fix ? fix.source : null,
    raw,
  };
}

/** Rows per multi-row insert: 10 columns × 3,000 stays under SQLite's 32,766 and PostgreSQL's 65,535 parameters. */
const EVENT_CHUNK = 3_000;
const ALERT_CHUNK = 1_000;

export class MonitoringRepo {
  private statements: { event: BetterSqlite3.Statement; alert: BetterSqlite3.Statement } | null = null;

  private writer: SqliteWriter | null = null;

  /**
   * How a batch is written. PostgreSQL: multi-row Kysely inserts in one transaction. SQLite (`sqlite`, the
   * embedded database's own handle): prepared statements in one transaction — several times faster than
   * building multi-row SQL — on a writer thread with its own connection when the database is a file (`file`),
   * else on this thread while holding Kysely's connection so no other transaction can interleave.
   */
  constructor(
    private readonly db: Db,
    private readonly now: () => string = () => new Date().toISOString(),
    private readonly sqlite: BetterSqlite3.Database | null = null,
    private readonly file: string | null = null,
  ) {}

  /** The repository of an opened store, with the fastest write path it allows. */
  static of(store: OpenedStore, now?: () => string): MonitoringRepo {
    const file = store.sqlite && store.location !== ':memory:' ? store.location : null;
    return new MonitoringRepo(store.db, now, store.sqlite, file);
  }

  /** Stop the writer thread (after the last commit). */
  async close(): Promise<void> {
    await this.writer?.close();
    this.writer = null;
  }

  // ------------------------------------------------------------------------------------------ enrollments

  async listEnrollments(): Promise<EnrollmentRecord[]> {
    const rows = await this.db
      .selectFrom('monitoring_enrollments')
      .selectAll()
      .orderBy('person_id')
      .execute();
    return rows.map(enrollmentFrom);
  }

  async getEnrollment(personId: string): Promise<EnrollmentRecord | undefined> {
    const row = await this.db
      .selectFrom('monitoring_enrollments')
      .selectAll()
      .where('person_id', '=', personId)
      .executeTakeFirst();
    return row ? enrollmentFrom(row) : undefined;
  }

  /**
   * Enroll a case defendant, or replace the person's enrollment (same personId). The caller has validated the
   * enrollment against the case; here: the device must not be another person's. Audited with before/after.
   */
  async putEnrollment(
    caseId: string,
    enrollment: Enrollment,
    actor: Actor,
  ): Promise<{ record: EnrollmentRecord; replaced: boolean }> {
    return this.db.transaction().execute(async (trx) => {
      const at = this.now();
      const before = await trx
        .selectFrom('monitoring_enrollments')
        .selectAll()
        .where('person_id', '=', enrollment.personId)
        .executeTakeFirst();
      const other = await trx
        .selectFrom('monitoring_enrollments')
        .select('person_id')
        .where('device_id', '=', enrollment.device.id)
        .where('person_id', '!=', enrollment.personId)
        .executeTakeFirst();
      if (other)
        throw new StoreError(
          'conflict',
          `device ${enrollment.device.id} is already enrolled to ${other.person_id}: end that enrollment first`,
        );
      const row: Database['monitoring_enrollments'] = {
        person_id: enrollment.personId,
        case_id: caseId,
        defendant: enrollment.defendant,
        device_id: enrollment.device.id,
        label: enrollment.label,
        data: JSON.stringify(enrollment),
        created_at: before?.created_at ?? at,
        updated_at: at,
      };
      if (before)
        await trx
          .updateTable('monitoring_enrollments')
          .set(row)
          .where('person_id', '=', enrollment.personId)
          .execute();
      else await trx.insertInto('monitoring_enrollments').values(row).execute();
      await writeAudit(trx, {
        at,
        actor,
        action: before ? 'monitoring.reenroll' : 'monitoring.enroll',
        caseId,
        entityType: 'monitoringEnrollment',
        entityId: enrollment.personId,
        before: before ? JSON.parse(before.data) : null,
        after: enrollment,
      });
      return { record: enrollmentFrom(row), replaced: before !== undefined };
    });
  }

  // ----------------------------------------------------------------------------------- shared zone library

  /** The agency's shared zones, by id. */
  async listSharedZones(): Promise<{ zones: Zone[]; updatedAt: string | null }> {
    const rows = await this.db.selectFrom('monitoring_zones').selectAll().orderBy('zone_id').execute();
    let updatedAt: string | null = null;
    for (const r of rows) if (updatedAt === null || r.updated_at > updatedAt) updatedAt = r.updated_at;
    return { zones: rows.map((r) => Zone.parse(JSON.parse(r.data))), updatedAt };
  }

  /**
   * Replace the whole shared zone library (the caller has validated the zones and their ids are unique), in
   * one transaction, audited with the ids before and after.
   */
  async putSharedZones(zones: readonly Zone[], actor: Actor): Promise<{ before: number; after: number }> {
    return this.db.transaction().execute(async (trx) => {
      const at = this.now();
      const before = await trx.selectFrom('monitoring_zones').select('zone_id').orderBy('zone_id').execute();
      await trx.deleteFrom('monitoring_zones').execute();
      // In slices, under SQLite's limit on bound parameters.
      for (let i = 0; i < zones.length; i += 100)
        await trx
          .insertInto('monitoring_zones')
          .values(
            zones.slice(i, i + 100).map((z) => ({
              zone_id: z.id,
              label: z.label,
              tags: JSON.stringify(z.tags),
              data: JSON.stringify(z),
              updated_at: at,
            })),
          )
          .execute();
      await writeAudit(trx, {
        at,
        actor,
        action: 'monitoring.zones.replace',
        caseId: null,
        entityType: 'monitoringZoneLibrary',
        entityId: 'library',
        before: { zones: before.map((r) => r.zone_id) },
        after: { zones: zones.map((z) => z.id) },
      });
      return { before: before.length, after: zones.length };
    });
  }

  // ------------------------------------------------------------------------------------------- events

  /** The largest event id stored (0n when empty). */
  async maxEventId(): Promise<bigint> {
    const r = await this.db
      .selectFrom('device_events')
      .select(sql<string | null>`cast(max(id) as text)`.as('max'))
      .executeTakeFirst();
    return r?.max ? BigInt(r.max) : 0n;
  }

  /** The smallest event id stored (0n when empty): above 1 once older events were removed. */
  async minEventId(): Promise<bigint> {
    const r = await this.db
      .selectFrom('device_events')
      .select(sql<string | null>`cast(min(id) as text)`.as('min'))
      .executeTakeFirst();
    return r?.min ? BigInt(r.min) : 0n;
  }

  /** Which of these idempotency keys (device, at, kind) are stored already. */
  async existingKeys(keys: readonly { device: string; at: number; kind: string }[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (let i = 0; i < keys.length; i += 300) {
      const chunk = keys.slice(i, i + 300);
      const rows = await this.db
        .selectFrom('device_events')
        .select(['device_id', 'at', 'kind'])
        .where((eb) =>
          eb.or(
            chunk.map((k) =>
              eb.and([eb('device_id', '=', k.device), eb('at', '=', k.at), eb('kind', '=', k.kind)]),
            ),
          ),
        )
        .execute();
      for (const r of rows) found.add(`${r.device_id}|${num(r.at)}|${r.kind}`);
    }
    return found;
  }

  /**
   * A batch, atomically: its events (plain inserts: a key stored twice is an error that rolls the whole batch
   * back, never a silent skip) and the latest state of every alert it changed.
   */
  async commit(batch: { events: readonly EventToStore[]; alerts: readonly Alert[] }): Promise<void> {
    if (batch.events.length === 0 && batch.alerts.length === 0) return;
    const at = this.now();
    if (this.file) {
      this.writer ??= new SqliteWriter(this.file);
      await this.writer.write(
        batch.events,
        batch.alerts.map((a) => {
          const r = alertRow(a, at);
          return { alert: a, row: ALERT_COLUMNS.map((c) => r[c]) };
        }),
      );
      return;
    }
    const sqlite = this.sqlite;
    if (sqlite) {
      await this.db.connection().execute(async () => {
        this.statements ??= {
          event: sqlite.prepare(INSERT_EVENT_SQL),
          alert: sqlite.prepare(UPSERT_ALERT_SQL),
        };
        const st = this.statements;
        sqlite.transaction(() => {
          for (const { event: e, raw } of batch.events) {
            if (e.kind === 'fix') {
              const f = e as Fix;
              st.event.run(
                e.id,
                e.device,
                e.at,
                e.kind,
                e.receivedAt,
                f.lat,
                f.lon,
                f.accuracyM,
                f.source,
                raw,
              );
            } else st.event.run(e.id, e.device, e.at, e.kind, e.receivedAt, null, null, null, null, raw);
          }
          for (const a of batch.alerts) {
            const r = alertRow(a, at);
            st.alert.run(...ALERT_COLUMNS.map((c) => r[c]));
          }
        })();
      });
      return;
    }
    await this.db.transaction().execute(async (trx) => {
      for (let i = 0; i < batch.events.length; i += EVENT_CHUNK)
        await trx
          .insertInto('device_events')
          .values(batch.events.slice(i, i + EVENT_CHUNK).map(eventRow))
          .execute();
      await upsertAlerts(
        trx,
        batch.alerts.map((a) => alertRow(a, at)),
      );
    });
  }

  /**
   * Every stored event in id (commit) order, a page at a time: the engine is rebuilt from these on start.
   * Each page is a list of events with the same ordering the ingest used. With `devices`, only theirs.
   */
  async *eventsInOrder(
    pageSize = 20_000,
    devices?: readonly string[],
    afterId = 0n,
  ): AsyncIterable<StoredDeviceEvent[]> {
    if (devices?.length === 0) return;
    let after = String(afterId);
    for (;;) {
      let query = this.db
        .selectFrom('device_events')
        .select([
          sql<string>`cast(id as text)`.as('id'),
          'device_id',
          'at',
          'kind',
          'received_at',
          'lat',
          'lon',
          'accuracy_m',
          'source',
          'raw',
        ])
        .where('id', '>', BigInt(after));
      if (devices) query = query.where('device_id', 'in', devices);
      const rows = await query.orderBy('device_events.id').limit(pageSize).execute();
      if (rows.length === 0) return;
      yield rows.map((r) => {
        const raw = JSON.parse(r.raw) as {
          seq?: number;
          battery?: { percent?: number; minutesLeft?: number };
        };
        const extra: { seq?: number; batteryPercent?: number; minutesLeft?: number } = {};
        if (raw.seq !== undefined) extra.seq = raw.seq;
        if (raw.battery?.percent !== undefined) extra.batteryPercent = raw.battery.percent;
        if (raw.battery?.minutesLeft !== undefined) extra.minutesLeft = raw.battery.minutesLeft;
        const base = {
          id: BigInt(r.id),
          device: r.device_id,
          at: num(r.at),
          receivedAt: num(r.received_at),
          ...extra,
        };
        return (
          r.kind === 'fix'
            ? {
                ...base,
                kind: 'fix',
                lat: r.lat as number,
                lon: r.lon as number,
                accuracyM: r.accuracy_m as number,
                source: r.source as Fix['source'],
              }
            : { ...base, kind: r.kind }
        ) as StoredDeviceEvent;
      });
      after = (rows[rows.length - 1] as { id: string }).id;
    }
  }

  /** Every distinct instant at which stored events were received, ascending (epoch ms). */
  async receivedInstants(): Promise<number[]> {
    const rows = await this.db
      .selectFrom('device_events')
      .select('received_at')
      .distinct()
      .orderBy('received_at')
      .execute();
    return rows.map((r) => num(r.received_at));
  }

  /** How many events are stored per device. */
  async eventCountsByDevice(): Promise<Map<string, number>> {
    const rows = await this.db
      .selectFrom('device_events')
      .select(['device_id', (eb) => eb.fn.countAll<string | number>().as('n')])
      .groupBy('device_id')
      .execute();
    return new Map(rows.map((r) => [r.device_id, Number(r.n)]));
  }

  async countEvents(deviceId?: string): Promise<number> {
    let q = this.db.selectFrom('device_events').select((eb) => eb.fn.countAll<string | number>().as('n'));
    if (deviceId) q = q.where('device_id', '=', deviceId);
    const r = await q.executeTakeFirst();
    return Number(r?.n ?? 0);
  }

  /** Fixes of a device between two instants (epoch ms, inclusive), oldest first, at most `limit`. */
  async track(deviceId: string, from: number, to: number, limit: number): Promise<StoredFix[]> {
    const rows = await this.db
      .selectFrom('device_events')
      .select([sql<string>`cast(id as text)`.as('id'), 'at', 'lat', 'lon', 'accuracy_m', 'source'])
      .where('device_id', '=', deviceId)
      .where('kind', '=', 'fix')
      .where('at', '>=', from)
      .where('at', '<=', to)
      .orderBy('at')
      .limit(limit)
      .execute();
    return rows.map(fixFrom);
  }

  async lastFix(deviceId: string): Promise<StoredFix | null> {
    const r = await this.db
      .selectFrom('device_events')
      .select([sql<string>`cast(id as text)`.as('id'), 'at', 'lat', 'lon', 'accuracy_m', 'source'])
      .where('device_id', '=', deviceId)
      .where('kind', '=', 'fix')
      .orderBy('at', 'desc')
      .limit(1)
      .executeTakeFirst();
    return r ? fixFrom(r) : null;
  }

  /** Device time of each device's latest event. */
  async lastEventAt(deviceIds: readonly string[]): Promise<Map<string, number>> {
    if (deviceIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('device_events')
      .select(['device_id', (eb) => eb.fn.max('at').as('last')])
      .where('device_id', 'in', [...deviceIds])
      .groupBy('device_id')
      .execute();
    return new Map(rows.map((r) => [r.device_id, num(r.last as number | string)]));
  }

  // ------------------------------------------------------------------------------------------- alerts

  async allAlerts(): Promise<Alert[]> {
    const rows = await this.db.selectFrom('monitoring_alerts').select('data').execute();
    return rows.map((r) => JSON.parse(r.data) as Alert);
  }

  /** The alerts stored or changed at or after an instant (ISO 8601, as `updated_at`), oldest change first. */
  async alertsUpdatedSince(at: string): Promise<Alert[]> {
    const rows = await this.db
      .selectFrom('monitoring_alerts')
      .select('data')
      .where('updated_at', '>=', at)
      .orderBy('updated_at')
      .execute();
    return rows.map((r) => JSON.parse(r.data) as Alert);
  }

  async getAlert(alertId: string): Promise<Alert | undefined> {
    const r = await this.db
      .selectFrom('monitoring_alerts')
      .select('data')
      .where('alert_id', '=', alertId)
      .executeTakeFirst();
    return r ? (JSON.parse(r.data) as Alert) : undefined;
  }

  /** Alerts newest first (by detection time), filtered. */
  async listAlerts(f: AlertFilter = {}): Promise<Alert[]> {
    let q = this.db.selectFrom('monitoring_alerts').select('data');
    if (f.states?.length) q = q.where('state', 'in', f.states);
    if (f.severities?.length) q = q.where('severity', 'in', f.severities);
    if (f.personId) q = q.where('person_id', '=', f.personId);
    if (f.since) q = q.where('updated_at', '>=', f.since);
    const rows = await q
      .orderBy('detected_at', 'desc')
      .orderBy('alert_id')
      .limit(f.limit ?? 1000)
      .execute();
    return rows.map((r) => JSON.parse(r.data) as Alert);
  }

  /** Alerts of a person whose episode overlaps [from, to] (ISO instants), oldest first. */
  async alertsInPeriod(personId: string, from: string, to: string): Promise<Alert[]> {
    const rows = await this.db
      .selectFrom('monitoring_alerts')
      .select('data')
      .where('person_id', '=', personId)
      .where('started_at', '<=', to)
      .where((eb) => eb.or([eb('ended_at', 'is', null), eb('ended_at', '>=', from)]))
      .orderBy('started_at')
      .orderBy('alert_id')
      .execute();
    return rows.map((r) => JSON.parse(r.data) as Alert);
  }

  /** Open (not resolved, dismissed or cleared) alerts per person. */
  async openAlertCounts(): Promise<Map<string, number>> {
    const rows = await this.db
      .selectFrom('monitoring_alerts')
      .select(['person_id', (eb) => eb.fn.countAll<string | number>().as('n')])
      .where('state', 'in', ['open', 'acknowledged', 'escalated'])
      .groupBy('person_id')
      .execute();
    return new Map(rows.map((r) => [r.person_id, Number(r.n)]));
  }

  /** An officer's action: the alert's new state and the audit record, in one transaction. */
  async officerUpdate(
    before: Alert,
    after: Alert,
    action: string,
    actor: Actor,
    caseId: string | null,
  ): Promise<void> {
    const at = this.now();
    await this.db.transaction().execute(async (trx) => {
      await upsertAlerts(trx, [alertRow(after, at)]);
      await writeAudit(trx, {
        at,
        actor,
        action: `alert.${action}`,
        caseId,
        entityType: 'monitoringAlert',
        entityId: after.alertId,
        before: { state: before.state, disposition: before.disposition },
        after: {
          state: after.state,
          disposition: after.disposition,
          ...(after.cause ? { cause: after.cause } : {}),
          entry: after.history[after.history.length - 1],
        },
      });
    });
  }

  // -------------------------------------------------------------------------------------- suspensions

  /** Record an approved suspension window, audited in the same transaction. */
  async putSuspension(s: Suspension, caseId: string | null, actor: Actor): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('monitoring_suspensions')
        .values({
          id: s.id,
          person_id: s.personId,
          starts_at: s.startsAt,
          ends_at: s.endsAt,
          reason: s.reason,
          approved_by: s.approvedBy,
          recorded_by: s.recordedBy,
          recorded_at: s.recordedAt,
        })
        .execute();
      await writeAudit(trx, {
        at: s.recordedAt,
        actor,
        action: 'monitoring.suspension.approve',
        caseId,
        entityType: 'monitoringSuspension',
        entityId: s.id,
        before: null,
        after: s,
      });
    });
  }

  /** Every suspension window, or a person's, by start. */
  async listSuspensions(personId?: string): Promise<Suspension[]> {
    let q = this.db.selectFrom('monitoring_suspensions').selectAll();
    if (personId) q = q.where('person_id', '=', personId);
    const rows = await q.orderBy('starts_at').orderBy('id').execute();
    return rows.map((r) => ({
      id: r.id,
      personId: r.person_id,
      startsAt: r.starts_at,
      endsAt: r.ends_at,
      reason: r.reason,
      approvedBy: r.approved_by,
      recordedBy: r.recorded_by,
      recordedAt: r.recorded_at,
    }));
  }

  // ---------------------------------------------------------------------------------------- snapshots

  /**
   * Replace the stored snapshot of the monitoring engine with this one, in one transaction (a snapshot is
   * there whole or not at all).
   */
  async putSnapshot(meta: SnapshotMeta, devices: readonly SnapshotDevice[]): Promise<void> {
    const head: Database['monitoring_snapshot'] = {
      id: 1,
      position: String(meta.position),
      taken_at: meta.takenAt,
      version: meta.version,
      library_key: meta.libraryKey,
      start_at: meta.startAt,
      processed_to: meta.processedTo,
      devices: devices.length,
      data: JSON.stringify({ newestAt: meta.newestAt }),
    };
    const rows = devices.map((d) => ({
      device_id: d.deviceId,
      person_id: d.personId,
      position: String(meta.position),
      fingerprint: d.fingerprint,
      state: d.state,
    }));
    const sqlite = this.sqlite;
    if (sqlite) {
      await this.db.connection().execute(async () => {
        const insert = sqlite.prepare(
          'insert into monitoring_snapshot_devices (device_id, person_id, position, fingerprint, state) values (?, ?, ?, ?, ?)',
        );
        const cols = Object.keys(head);
        const insertHead = sqlite.prepare(
          `insert into monitoring_snapshot (${cols.join(', ')}) values (${cols.map(() => '?').join(', ')})`,
        );
        sqlite.transaction(() => {
          sqlite.prepare('delete from monitoring_snapshot_devices').run();
          sqlite.prepare('delete from monitoring_snapshot').run();
          insertHead.run(...Object.values(head));
          for (const r of rows) insert.run(r.device_id, r.person_id, r.position, r.fingerprint, r.state);
        })();
      });
      return;
    }
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('monitoring_snapshot_devices').execute();
      await trx.deleteFrom('monitoring_snapshot').execute();
      await trx.insertInto('monitoring_snapshot').values(head).execute();
      for (let i = 0; i < rows.length; i += 200)
        await trx
          .insertInto('monitoring_snapshot_devices')
          .values(rows.slice(i, i + 200))
          .execute();
    });
  }

  /** What the stored snapshot covers and was made with (null when there is none). */
  async snapshotMeta(): Promise<SnapshotMeta | null> {
    const r = await this.db
      .selectFrom('monitoring_snapshot')
      .selectAll()
      .where('id', '=', 1)
      .executeTakeFirst();
    if (!r) return null;
    const data = JSON.parse(r.data) as { newestAt: [string, number][] };
    return {
      position: BigInt(r.position),
      takenAt: r.taken_at,
      version: Number(r.version),
      libraryKey: r.library_key,
      startAt: Number(r.start_at),
      processedTo: Number(r.processed_to),
      devices: Number(r.devices),
      newestAt: data.newestAt,
    };
  }

  /** The stored snapshot's devices, a page at a time. */
  async *snapshotDevices(pageSize = 500): AsyncIterable<SnapshotDevice[]> {
    let after = '';
    for (;;) {
      const rows = await this.db
        .selectFrom('monitoring_snapshot_devices')
        .select(['device_id', 'person_id', 'fingerprint', 'state'])
        .where('device_id', '>', after)
        .orderBy('device_id')
        .limit(pageSize)
        .execute();
      if (rows.length === 0) return;
      yield rows.map((r) => ({
        deviceId: r.device_id,
        personId: r.person_id,
        fingerprint: r.fingerprint,
        state: r.state,
      }));
      after = (rows[rows.length - 1] as { device_id: string }).device_id;
    }
  }

  /** Forget the stored snapshot (the next start replays every stored event). */
  async deleteSnapshot(): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('monitoring_snapshot_devices').execute();
      await trx.deleteFrom('monitoring_snapshot').execute();
    });
  }

  /** Store alerts found outside a batch (engine rebuild after a re-enrollment). */
  async upsertAlerts(alerts: readonly Alert[]): Promise<void> {
    if (alerts.length === 0) return;
    const at = this.now();
    await this.db.transaction().execute((trx) =>
      upsertAlerts(
        trx,
        alerts.map((a) => alertRow(a, at)),
      ),
    );
  }
}

function fixFrom(r: {
  id: string;
  at: number | string | bigint;
  lat: number | null;
  lon: number | null;
  accuracy_m: number | null;
  source: string | null;
}): StoredFix {
  return {
    id: r.id,
    at: iso(num(r.at)),
    lat: r.lat as number,
    lon: r.lon as number,
    accuracyM: r.accuracy_m as number,
    source: r.source as string,
  };
}

async function upsertAlerts(trx: Trx, rows: Database['monitoring_alerts'][]): Promise<void> {
  for (let i = 0; i < rows.length; i += ALERT_CHUNK)
    await trx
      .insertInto('monitoring_alerts')
      .values(rows.slice(i, i + ALERT_CHUNK))
      .onConflict((oc) =>
        oc.column('alert_id').doUpdateSet((eb) => ({
          state: eb.ref('excluded.state'),
          severity: eb.ref('excluded.severity'),
          started_at: eb.ref('excluded.started_at'),
          ended_at: eb.ref('excluded.ended_at'),
          detected_at: eb.ref('excluded.detected_at'),
          updated_at: eb.ref('excluded.updated_at'),
          data: eb.ref('excluded.data'),
        })),
      )
      .execute();
}
