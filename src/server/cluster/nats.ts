/**
 * The cluster's NATS side: the connection, the `<PREFIX>_EVENTS` stream and the lease bucket, made (or
 * brought to this configuration) idempotently by whoever starts first.
 *
 * Client: `@nats-io/transport-node` + `@nats-io/jetstream` + `@nats-io/kv` (the maintained modular client;
 * the legacy `nats` 2.x package is superseded by it). Features used are those of nats-server 2.9: no
 * per-key TTL, no priority groups, one filter subject per consumer.
 */

import type { JetStreamClient, JetStreamManager, StreamInfo } from '@nats-io/jetstream';
import {
  AckPolicy,
  DeliverPolicy,
  DiscardPolicy,
  jetstream,
  jetstreamManager,
  RetentionPolicy,
  StorageType,
} from '@nats-io/jetstream';
import { type KV, Kvm } from '@nats-io/kv';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { type ClusterConfig, names } from './config.ts';

export { AckPolicy, DeliverPolicy };

const NS = 1_000_000;

export interface ClusterNats {
  nc: NatsConnection;
  js: JetStreamClient;
  jsm: JetStreamManager;
  kv: KV;
  config: ClusterConfig;
  close(): Promise<void>;
}

/**
 * How many JetStream replicas to use: the configured number (0: as many servers as the cluster has, which
 * the server announces in `connect_urls`), at most 3.
 */
export function replicasFor(nc: NatsConnection, wanted: number): number {
  const known = Math.max(1, nc.info?.connect_urls?.length ?? 1);
  return Math.max(1, Math.min(wanted > 0 ? wanted : known, 3));
}

/** Connect (retrying for ever when a server goes away) and make sure the stream and the bucket exist. */
export async function openClusterNats(config: ClusterConfig, name: string): Promise<ClusterNats> {
  const nc = await connect({
    servers: config.servers,
    name,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 100,
    pingInterval: 2_000,
    maxPingOut: 3,
  });
  // Short request timeouts: through a stream leader election the callers retry with a short backoff
  // rather than wait long on a request the dead leader will never answer.
  const jsm = await jetstreamManager(nc, { timeout: 4_000 });
  const js = jetstream(nc, { timeout: 4_000 });
  const replicas = replicasFor(nc, config.replicas);
  await ensureStream(jsm, config, replicas);
  const kv = await new Kvm(nc).create(names(config).bucket, {
    replicas,
    history: 1,
    storage: StorageType.File,
  });
  return {
    nc,
    js,
    jsm,
    kv,
    config,
    async close() {
      await nc.drain().catch(() => nc.close());
    },
  };
}

async function ensureStream(jsm: JetStreamManager, c: ClusterConfig, replicas: number): Promise<StreamInfo> {
  const n = names(c);
  const window = Math.min(c.duplicateWindowMs, c.maxAgeMs);
  const cfg = {
    name: n.stream,
    subjects: [`${c.prefix}.events.*`],
    storage: StorageType.File,
    retention: RetentionPolicy.Limits,
    max_age: c.maxAgeMs * NS,
    max_msgs: c.maxMsgs,
    discard: c.discard === 'new' ? DiscardPolicy.New : DiscardPolicy.Old,
    duplicate_window: window * NS,
    num_replicas: replicas,
    deny_purge: true,
  };
  try {
    return await jsm.streams.info(n.stream);
  } catch {
    try {
      return await jsm.streams.add(cfg);
    } catch (e) {
      // Another process made it meanwhile.
      if (/already in use|exists/i.test((e as Error).message)) return jsm.streams.info(n.stream);
      throw e;
    }
  }
}

/** Delete everything this cluster made in NATS (tests and benchmarks only). */
export async function destroyClusterNats(cn: ClusterNats): Promise<void> {
  const n = names(cn.config);
  await cn.jsm.streams.delete(n.stream).catch(() => false);
  await cn.kv.destroy().catch(() => false);
}

/** The last stream sequence of each partition's subject (0: none yet). */
export async function lastSequences(cn: ClusterNats): Promise<number[]> {
  const n = names(cn.config);
  const out: number[] = [];
  for (let p = 0; p < cn.config.partitions; p++) {
    try {
      const m = await cn.jsm.streams.getMessage(n.stream, { last_by_subj: n.subject(p) });
      out.push(m?.seq ?? 0);
    } catch {
      out.push(0);
    }
  }
  return out;
}
