/**
 * Schema migrations, checked in and applied in order on start. One code path for SQLite and PostgreSQL: the
 * only dialect-specific parts are the 64-bit identity column and the triggers that make the audit log
 * append-only.
 */
import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';

export type Dialect = 'sqlite' | 'postgres';

function initial(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('cases')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('court', 'text', (c) => c.notNull())
        .addColumn('docket_number', 'text', (c) => c.notNull())
        .addColumn('caption', 'text', (c) => c.notNull())
        .addColumn('header', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('defendants')
        .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
        .addColumn('number', 'integer', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('defendants_pk', ['case_id', 'number'])
        .execute();
      for (const table of ['counts', 'docket_entries', 'events'] as const) {
        let builder = db.schema
          .createTable(table)
          .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
          .addColumn('id', 'text', (c) => c.notNull())
          .addColumn('seq', 'integer', (c) => c.notNull());
        if (table === 'counts') builder = builder.addColumn('defendant', 'integer', (c) => c.notNull());
        if (table === 'docket_entries') {
          builder = builder
            .addColumn('number', 'integer')
            .addColumn('date_filed', 'text', (c) => c.notNull());
        }
        if (table === 'events') {
          builder = builder
            .addColumn('kind', 'text', (c) => c.notNull())
            .addColumn('date', 'text', (c) => c.notNull());
        }
        await builder
          .addColumn('data', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint(`${table}_pk`, ['case_id', 'id'])
          .execute();
        await db.schema.createIndex(`${table}_by_seq`).on(table).columns(['case_id', 'seq']).execute();
      }
      await db.schema
        .createTable('audit_log')
        .addColumn('id', dialect === 'postgres' ? 'bigint' : 'integer', (c) =>
          dialect === 'postgres'
            ? c.primaryKey().generatedByDefaultAsIdentity()
            : c.primaryKey().autoIncrement(),
        )
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('case_id', 'text')
        .addColumn('entity_type', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'text')
        .addColumn('before', 'text')
        .addColumn('after', 'text')
        .execute();
      await db.schema.createIndex('audit_log_by_case').on('audit_log').columns(['case_id', 'id']).execute();
      // Append-only: updates and deletes of audit rows are refused by the database itself.
      if (dialect === 'sqlite') {
        await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(
          db,
        );
        await sql`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(
          db,
        );
      } else {
        await sql`CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$`.execute(
          db,
        );
        await sql`CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`.execute(
          db,
        );
      }
    },
    async down(db: Kysely<unknown>) {
      for (const t of ['audit_log', 'events', 'docket_entries', 'counts', 'defendants', 'cases']) {
        await db.schema.dropTable(t).ifExists().execute();
      }
      if (dialect === 'postgres') await sql`DROP FUNCTION IF EXISTS audit_log_append_only()`.execute(db);
    },
  };
}

/**
 * Location monitoring: enrollments per case defendant, device events with 64-bit ids (BIGINT: a
 * signed 32-bit id overflows within a year at one agency's rate; docs/monitoring.md § 2.2) and the raw JSON kept,
 * unique on the idempotency key (device, time, kind); alerts as their current state (JSON) with the columns
 * the queue filters on.
 */
function monitoring(dialect: Dialect): Migration {
  const big = dialect === 'postgres' ? 'bigint' : 'integer';
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('monitoring_enrollments')
        .addColumn('person_id', 'text', (c) => c.primaryKey())
        .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
        .addColumn('defendant', 'integer', (c) => c.notNull())
        .addColumn('device_id', 'text', (c) => c.notNull().unique())
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('monitoring_enrollments_by_case')
        .on('monitoring_enrollments')
        .columns(['case_id', 'defendant'])
        .execute();
      // `integer primary key` is SQLite's 64-bit rowid; PostgreSQL gets a BIGINT. Ids are assigned by the
      // ingest (in commit order), not by the database.
      await db.schema
        .createTable('device_events')
        .addColumn('id', big, (c) => c.primaryKey())
        .addColumn('device_id', 'text', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('received_at', 'bigint', (c) => c.notNull())
        .addColumn('lat', 'double precision')
        .addColumn('lon', 'double precision')
        .addColumn('accuracy_m', 'double precision')
        .addColumn('source', 'text')
        .addColumn('raw', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('device_events_key')
        .on('device_events')
        .columns(['device_id', 'at', 'kind'])
        .unique()
        .execute();
      await db.schema
        .createTable('monitoring_alerts')
        .addColumn('alert_id', 'text', (c) => c.primaryKey())
        .addColumn('person_id', 'text', (c) => c.notNull())
        .addColumn('device_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('severity', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('started_at', 'text', (c) => c.notNull())
        .addColumn('ended_at', 'text')
        .addColumn('detected_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .execute();
      for (const [name, cols] of [
        ['monitoring_alerts_by_person', ['person_id', 'detected_at']],
        ['monitoring_alerts_by_state', ['state', 'detected_at']],
        ['monitoring_alerts_by_detected', ['detected_at']],
        ['monitoring_alerts_by_updated', ['updated_at']],
      ] as const)
        await db.schema
          .createIndex(name)
          .on('monitoring_alerts')
          .columns([...cols])
          .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const t of ['monitoring_alerts', 'device_events', 'monitoring_enrollments'])
        await db.schema.dropTable(t).ifExists().execute();
    },
  };
}

/** 0003: the agency's shared zone library (shared zones, chosen by tag: docs/monitoring.md § 3). */
function zoneLibrary(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('monitoring_zones')
        .addColumn('zone_id', 'text', (c) => c.primaryKey())
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('tags', 'text', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('monitoring_zones').ifExists().execute();
    },
  };
}

/**
 * 0004: snapshots of the monitoring engine (bounded recovery, docs/monitoring.md § 8.1): the latest one only —
 * what it covers (the last event id evaluated into it), when it was taken, the engine's state version and
 * the zone library it was made with — and one row per device with its state (bytes).
 */
function monitoringSnapshots(dialect: Dialect): Migration {
  const bytes = dialect === 'postgres' ? 'bytea' : 'blob';
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('monitoring_snapshot')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('position', 'text', (c) => c.notNull())
        .addColumn('taken_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('library_key', 'text', (c) => c.notNull())
        .addColumn('start_at', 'double precision', (c) => c.notNull())
        .addColumn('processed_to', 'double precision', (c) => c.notNull())
        .addColumn('devices', 'integer', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('monitoring_snapshot_devices')
        .addColumn('device_id', 'text', (c) => c.primaryKey())
        .addColumn('person_id', 'text', (c) => c.notNull())
        .addColumn('position', 'text', (c) => c.notNull())
        .addColumn('fingerprint', 'text', (c) => c.notNull())
        .addColumn('state', bytes, (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const t of ['monitoring_snapshot_devices', 'monitoring_snapshot'])
        await db.schema.dropTable(t).ifExists().execute();
    },
  };
}

/**
 * 0005: approved suspension windows (docs/monitoring.md § 5.4): for a person, a time-boxed window with its
 * reason, approver and who recorded it, in which alerts are recorded but not raised.
 */
function monitoringSuspensions(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('monitoring_suspensions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('person_id', 'text', (c) => c.notNull())
        .addColumn('starts_at', 'text', (c) => c.notNull())
        .addColumn('ends_at', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('approved_by', 'text', (c) => c.notNull())
        .addColumn('recorded_by', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('monitoring_suspensions_by_person')
        .on('monitoring_suspensions')
        .columns(['person_id', 'starts_at'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('monitoring_suspensions').ifExists().execute();
    },
  };
}

/**
 * 0006: accounts, role and caseload assignments, server-side sessions, API tokens, and the access audit trail
 * (docs/security.md). The trail is append-only (triggers, as for audit_log) and hash-chained: each record holds
 * the hash of the one before, so `pretrial audit verify` finds an edited or deleted record.
 */
function security(dialect: Dialect): Migration {
  const big = dialect === 'postgres' ? 'bigint' : 'integer';
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('accounts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('username', 'text', (c) => c.notNull().unique())
        .addColumn('display_name', 'text', (c) => c.notNull())
        .addColumn('roles', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text')
        .addColumn('totp_secret', 'text')
        .addColumn('mfa_enrolled_at', 'text')
        .addColumn('recovery_codes', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('oidc_subject', 'text', (c) => c.unique())
        .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('failed_attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('locked_until', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('assignments')
        .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('ref', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('assignments_pk', ['account_id', 'kind', 'ref'])
        .execute();
      await db.schema
        .createTable('sessions')
        .addColumn('id_hash', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
        .addColumn('csrf', 'text', (c) => c.notNull())
        .addColumn('mfa_done', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('client', 'text')
        .execute();
      await db.schema
        .createTable('api_tokens')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('secret_hash', 'text', (c) => c.notNull())
        .addColumn('scopes', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .execute();
      await db.schema
        .createTable('access_audit')
        .addColumn('id', big, (c) =>
          dialect === 'postgres'
            ? c.primaryKey().generatedByDefaultAsIdentity()
            : c.primaryKey().autoIncrement(),
        )
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('who', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('target', 'text', (c) => c.notNull())
        .addColumn('client', 'text', (c) => c.notNull())
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('detail', 'text', (c) => c.notNull())
        .addColumn('prev_hash', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('access_audit_by_at').on('access_audit').columns(['at']).execute();
      if (dialect === 'sqlite') {
        await sql`CREATE TRIGGER access_audit_no_update BEFORE UPDATE ON access_audit BEGIN SELECT RAISE(ABORT, 'access_audit is append-only'); END`.execute(
          db,
        );
        await sql`CREATE TRIGGER access_audit_no_delete BEFORE DELETE ON access_audit BEGIN SELECT RAISE(ABORT, 'access_audit is append-only'); END`.execute(
          db,
        );
      } else {
        await sql`CREATE TRIGGER access_audit_no_change BEFORE UPDATE OR DELETE ON access_audit FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`.execute(
          db,
        );
      }
    },
    async down(db: Kysely<unknown>) {
      for (const t of ['access_audit', 'api_tokens', 'sessions', 'assignments', 'accounts'])
        await db.schema.dropTable(t).ifExists().execute();
    },
  };
}

/**
 * Audit retention (CJIS § 5.4.7, NIST SP 800-53 AU-11): records older than the retention period may be pruned,
 * and only through a checkpoint. The checkpoint (append-only) names the last record pruned and its hash, so the
 * chain is verified from it; the access trail refuses the deletion of any record a checkpoint does not cover.
 */
function auditRetention(dialect: Dialect): Migration {
  const big = dialect === 'postgres' ? 'bigint' : 'integer';
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('access_audit_checkpoints')
        .addColumn('id', big, (c) =>
          dialect === 'postgres'
            ? c.primaryKey().generatedByDefaultAsIdentity()
            : c.primaryKey().autoIncrement(),
        )
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('through_id', big, (c) => c.notNull())
        .addColumn('through_hash', 'text', (c) => c.notNull())
        .addColumn('through_at', 'text', (c) => c.notNull())
        .addColumn('pruned', big, (c) => c.notNull())
        .addColumn('retention_days', 'integer', (c) => c.notNull())
        .execute();
      if (dialect === 'sqlite') {
        await sql`CREATE TRIGGER access_audit_checkpoints_no_update BEFORE UPDATE ON access_audit_checkpoints BEGIN SELECT RAISE(ABORT, 'access_audit_checkpoints is append-only'); END`.execute(
          db,
        );
        await sql`CREATE TRIGGER access_audit_checkpoints_no_delete BEFORE DELETE ON access_audit_checkpoints BEGIN SELECT RAISE(ABORT, 'access_audit_checkpoints is append-only'); END`.execute(
          db,
        );
        await sql`DROP TRIGGER access_audit_no_delete`.execute(db);
        await sql`CREATE TRIGGER access_audit_no_delete BEFORE DELETE ON access_audit WHEN old.id > (SELECT coalesce(max(through_id), 0) FROM access_audit_checkpoints) BEGIN SELECT RAISE(ABORT, 'access_audit is append-only (only records a checkpoint covers may be pruned)'); END`.execute(
          db,
        );
      } else {
        await sql`CREATE TRIGGER access_audit_checkpoints_no_change BEFORE UPDATE OR DELETE ON access_audit_checkpoints FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`.execute(
          db,
        );
        await sql`CREATE FUNCTION access_audit_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP = 'DELETE' AND OLD.id <= (SELECT coalesce(max(through_id), 0) FROM access_audit_checkpoints) THEN RETURN OLD; END IF; RAISE EXCEPTION 'access_audit is append-only (only records a checkpoint covers may be pruned)'; END $$`.execute(
          db,
        );
        await sql`DROP TRIGGER access_audit_no_change ON access_audit`.execute(db);
        await sql`CREATE TRIGGER access_audit_no_change BEFORE UPDATE OR DELETE ON access_audit FOR EACH ROW EXECUTE FUNCTION access_audit_guard()`.execute(
          db,
        );
      }
    },
    async down(db: Kysely<unknown>) {
      if (dialect === 'sqlite') {
        await sql`DROP TRIGGER access_audit_no_delete`.execute(db);
        await sql`CREATE TRIGGER access_audit_no_delete BEFORE DELETE ON access_audit BEGIN SELECT RAISE(ABORT, 'access_audit is append-only'); END`.execute(
          db,
        );
      } else {
        await sql`DROP TRIGGER access_audit_no_change ON access_audit`.execute(db);
        await sql`CREATE TRIGGER access_audit_no_change BEFORE UPDATE OR DELETE ON access_audit FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`.execute(
          db,
        );
        await sql`DROP FUNCTION access_audit_guard()`.execute(db);
      }
      await db.schema.dropTable('access_audit_checkpoints').ifExists().execute();
    },
  };
}

export function migrationsFor(dialect: Dialect): Record<string, Migration> {
  return {
    '0001_initial': initial(dialect),
    '0002_monitoring': monitoring(dialect),
    '0003_zone_library': zoneLibrary(),
    '0004_monitoring_snapshots': monitoringSnapshots(dialect),
    '0005_monitoring_suspensions': monitoringSuspensions(),
    '0006_security': security(dialect),
    '0007_audit_retention': auditRetention(dialect),
  };
}

class StaticProvider implements MigrationProvider {
  constructor(private readonly migrations: Record<string, Migration>) {}
  async getMigrations() {
    return this.migrations;
  }
}

export async function migrateToLatest(db: Kysely<unknown>, dialect: Dialect): Promise<string[]> {
  const migrator = new Migrator({ db, provider: new StaticProvider(migrationsFor(dialect)) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
