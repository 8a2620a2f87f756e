/**
 * Opens the store: embedded SQLite (better-sqlite3) by default, PostgreSQL (pg) for a postgres:// URL.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { type Dialect, migrateToLatest } from './migrations.ts';
import type { Database } from './schema.ts';

export const DEFAULT_SQLITE_PATH = 'data/pretrial.db';

export interface OpenedStore {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Where the data lives, without credentials. */
  location: string;
  /** The embedded SQLite handle (null on PostgreSQL), for the monitoring ingest's prepared-statement path. */
  sqlite: BetterSqlite3.Database | null;
  close(): Promise<void>;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/** Open (and migrate) a store. `url` is a postgres:// URL, a SQLite file path, or `:memory:`. */
export async function openStore(url: string = DEFAULT_SQLITE_PATH): Promise<OpenedStore> {
  let db: Kysely<Database>;
  let dialect: Dialect;
  let location: string;
  let handle: BetterSqlite3.Database | null = null;
  if (isPostgresUrl(url)) {
    dialect = 'postgres';
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    location = url.replace(/\/\/[^@/]*@/, '//');
  } else {
    dialect = 'sqlite';
    if (url !== ':memory:') mkdirSync(dirname(url), { recursive: true });
    const sqlite = new BetterSqlite3(url);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = NORMAL');
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    location = url;
    handle = sqlite;
  }
  await migrateToLatest(db as Kysely<unknown>, dialect);
  return { db, dialect, location, sqlite: handle, close: () => db.destroy() };
}
