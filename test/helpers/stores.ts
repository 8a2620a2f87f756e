/**
 * The store test matrix: SQLite always; PostgreSQL when PRETRIAL_TEST_DATABASE_URL is set (each run gets its
 * own schema, dropped afterwards).
 */
import pg from 'pg';
import { type OpenedStore, openStore } from '../../src/store/db.ts';

export interface StoreTarget {
  name: string;
  open(): Promise<OpenedStore & { cleanup(): Promise<void> }>;
}

const pgUrl = process.env.PRETRIAL_TEST_DATABASE_URL;

export const storeTargets: StoreTarget[] = [
  {
    name: 'sqlite',
    async open() {
      const store = await openStore(':memory:');
      return { ...store, cleanup: () => store.close() };
    },
  },
];

if (pgUrl) {
  storeTargets.push({
    name: 'postgres',
    async open() {
      const schema = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
      const admin = new pg.Client({ connectionString: pgUrl });
      await admin.connect();
      await admin.query(`CREATE SCHEMA ${schema}`);
      await admin.end();
      const sep = pgUrl.includes('?') ? '&' : '?';
      const store = await openStore(
        `${pgUrl}${sep}options=${encodeURIComponent(`-c search_path=${schema}`)}`,
      );
      return {
        ...store,
        async cleanup() {
          await store.close();
          const c = new pg.Client({ connectionString: pgUrl });
          await c.connect();
          await c.query(`DROP SCHEMA ${schema} CASCADE`);
          await c.end();
        },
      };
    },
  });
} else {
  console.log(
    'Store tests run on SQLite only: PRETRIAL_TEST_DATABASE_URL is not set, so the PostgreSQL run is skipped.',
  );
}
