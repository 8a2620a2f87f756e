/**
 * Cluster settings. Cluster mode is on when `PRETRIAL_NATS_URL` is set (one URL or a comma-separated list of
 * the cluster's servers); without it the server runs on its own, with no cluster.
 */

export interface ClusterConfig {
  /** NATS servers (`nats://host:port`), any of the cluster's. */
  servers: string[];
  /**
   * Prefix of every name this cluster makes in NATS: the stream `<PREFIX>_EVENTS` (subjects
   * `<prefix>.events.<partition>`), the lease bucket `<prefix>_leases` and the subjects `<prefix>.alerts`
   * and `<prefix>.control`. Several deployments (or test runs) can share one NATS this way.
   */
  prefix: string;
  /** Device partitions (a schema constant: changing it re-homes devices; drain first). */
  partitions: number;
  /** Stream and lease-bucket replicas; 0: the cluster's size, at most 3 (1 on a single server). */
  replicas: number;
  /**
   * A worker whose heartbeat has not changed for this long (observed by the others' own clocks) is gone:
   * its partitions may be taken over, ms.
   */
  leaseMs: number;
  /** Workers beat this often (from a thread of their own), ms. */
  renewMs: number;
  /** A partition writes its snapshot (engine state and stream position) at most this often, ms. */
  snapshotEveryMs: number;
  /** Stream retention: events older than this are dropped by the stream, ms. */
  maxAgeMs: number;
  /** Stream limit on messages (-1: none). Tests use a small one to age messages out. */
  maxMsgs: number;
  /** Full stream: refuse new messages (`new`, the default: ingest answers 503) or drop the oldest (`old`). */
  discard: 'new' | 'old';
  /** JetStream's de-duplication window for `Nats-Msg-Id`, ms (at most `maxAgeMs`). */
  duplicateWindowMs: number;
}

export const DEFAULT_CLUSTER: Omit<ClusterConfig, 'servers'> = {
  prefix: 'pretrial',
  partitions: 16,
  replicas: 0,
  leaseMs: 3_000,
  renewMs: 500,
  snapshotEveryMs: 30_000,
  maxAgeMs: 7 * 86_400_000,
  maxMsgs: -1,
  discard: 'new',
  duplicateWindowMs: 2 * 3_600_000,
};

const PREFIX = /^[a-z][a-z0-9_]{0,31}$/;

function intEnv(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const v = env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(`${name}: expected an integer from ${min} to ${max}, got "${v}"`);
  return n;
}

/** The cluster settings from the environment, or null (embedded mode) when `PRETRIAL_NATS_URL` is unset. */
export function clusterConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ClusterConfig | null {
  const url = env.PRETRIAL_NATS_URL?.trim();
  if (!url) return null;
  const servers = url
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const prefix = env.PRETRIAL_CLUSTER_PREFIX?.trim() || DEFAULT_CLUSTER.prefix;
  if (!PREFIX.test(prefix))
    throw new Error(
      `PRETRIAL_CLUSTER_PREFIX: expected lower-case letters, digits and _ (a letter first, at most 32), got "${prefix}"`,
    );
  return {
    ...DEFAULT_CLUSTER,
    servers,
    prefix,
    partitions: intEnv(env, 'PRETRIAL_CLUSTER_PARTITIONS', DEFAULT_CLUSTER.partitions, 1, 1024),
    replicas: intEnv(env, 'PRETRIAL_CLUSTER_REPLICAS', 0, 0, 5),
    leaseMs: intEnv(env, 'PRETRIAL_CLUSTER_LEASE_MS', DEFAULT_CLUSTER.leaseMs, 500, 600_000),
    renewMs: intEnv(env, 'PRETRIAL_CLUSTER_RENEW_MS', DEFAULT_CLUSTER.renewMs, 100, 600_000),
    snapshotEveryMs: intEnv(
      env,
      'PRETRIAL_CLUSTER_SNAPSHOT_MS',
      DEFAULT_CLUSTER.snapshotEveryMs,
      0,
      86_400_000,
    ),
  };
}

/** The names a cluster uses in NATS. */
export const names = (c: Pick<ClusterConfig, 'prefix'>) => ({
  stream: `${c.prefix.toUpperCase()}_EVENTS`,
  subject: (p: string | number) =>
    `${c.prefix}.events.${typeof p === 'number' ? String(p).padStart(2, '0') : p}`,
  bucket: `${c.prefix}_leases`,
  alerts: `${c.prefix}.alerts`,
  /** Officer actions and suspension windows announced by the servers (core NATS). */
  control: `${c.prefix}.control`,
  consumer: (p: number, rev: number) => `${c.prefix}_eval_p${String(p).padStart(2, '0')}_r${rev}`,
});
