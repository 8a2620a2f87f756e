/**
 * Cluster tests run against NATS (JetStream) at PRETRIAL_TEST_NATS_URL and PostgreSQL at
 * PRETRIAL_TEST_DATABASE_URL; each run uses its own stream, bucket and subject prefix, and its own database
 * schema, all removed afterwards. Without both (or when NATS does not answer), the tests are skipped with the
 * reason printed.
 */
import { connect } from '@nats-io/transport-node';
import pg from 'pg';
import { type ClusterConfig, DEFAULT_CLUSTER } from '../../src/server/cluster/config.ts';
import { type ClusterNats, destroyClusterNats, openClusterNats } from '../../src/server/cluster/nats.ts';
import { ClusterPg, ensureClusterSchema } from '../../src/server/cluster/pg.ts';
import { type OpenedStore, openStore } from '../../src/store/db.ts';

export const natsUrl = process.env.PRETRIAL_TEST_NATS_URL;
export const pgUrl = process.env.PRETRIAL_TEST_DATABASE_URL;

/** Why the cluster tests cannot run here (null: they can). */
export async function clusterSkipReason(): Promise<string | null> {
  if (!natsUrl) return 'PRETRIAL_TEST_NATS_URL is not set';
  if (!pgUrl) return 'PRETRIAL_TEST_DATABASE_URL is not set';
  try {
    const nc = await connect({ servers: natsUrl, timeout: 2_000, reconnect: false });
    await nc.close();
  } catch (e) {
    return `NATS at ${natsUrl} does not answer (${(e as Error).message})`;
  }
  return null;
}

export interface ClusterEnv {
  prefix: string;
  config: ClusterConfig;
  store: OpenedStore;
  /** The store's URL (with this run's schema). */
  url: string;
  /** A new connection (one per worker, as separate processes would have). */
  nats(name: string): Promise<ClusterNats>;
  pg(): ClusterPg & { end(): Promise<void> };
  cleanup(): Promise<void>;
}

export async function clusterEnv(overrides: Partial<ClusterConfig> = {}): Promise<ClusterEnv> {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const prefix = `t${id}`;
  const schema = `c_${id}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const sep = (pgUrl as string).includes('?') ? '&' : '?';
  const url = `${pgUrl}${sep}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const store = await openStore(url);
  const config: ClusterConfig = {
    ...DEFAULT_CLUSTER,
    servers: [natsUrl as string],
    prefix,
    partitions: 4,
    replicas: 1,
    leaseMs: 1_500,
    renewMs: 300,
    snapshotEveryMs: 60_000,
    ...overrides,
  };
  const conns: ClusterNats[] = [];
  const pools: (ClusterPg & { end(): Promise<void> })[] = [];
  const first = await openClusterNats(config, 'test-admin');
  conns.push(first);
  const p0 = ClusterPg.open(url);
  pools.push(p0);
  await ensureClusterSchema(p0.pool);
  return {
    prefix,
    config,
    store,
    url,
    async nats(name) {
      const c = await openClusterNats(config, name);
      conns.push(c);
      return c;
    },
    pg() {
      const p = ClusterPg.open(url);
      pools.push(p);
      return Object.assign(p.withPrefix(prefix), { end: () => p.end() });
    },
    async cleanup() {
      await destroyClusterNats(first).catch(() => {});
      for (const c of conns) await c.nc.close().catch(() => {});
      for (const p of pools) await p.end().catch(() => {});
      await store.close();
      const c = new pg.Client({ connectionString: pgUrl });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    },
  };
}
