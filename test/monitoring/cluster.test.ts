/**
 * Cluster mode (NATS JetStream + PostgreSQL): evaluator workers owning device partitions. Each test runs two
 * workers (each with its own NATS connection and database pool, as two processes would) on the cluster
 * workload, and compares what PostgreSQL holds at the end with one embedded engine given the same uploads:
 * every acknowledged event stored once, exactly the alerts of the embedded engine, and each alert opened
 * once in the change log.
 *
 * - a worker crashed in the middle of a batch (evaluated, not committed, not acked): its partitions move to
 *   the other worker, which evaluates the batch again from the checkpoint;
 * - a batch redelivered after its commit (the worker crashed before the ack), and the same events sent again
 *   in a new message: nothing is stored or raised twice;
 * - a snapshot older than the stream's retention: refused with the reason, the partition rebuilt from the
 *   events in PostgreSQL, and evaluation goes on with the same alerts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ClusterWorkload,
  enrollWorkload,
  expectedAlerts,
  receivedAtOf,
  roundEvents,
} from '../../bench/cluster-workload.ts';
import type { ClusterConfig } from '../../src/server/cluster/config.ts';
import { names } from '../../src/server/cluster/config.ts';
import { ClusterIngest } from '../../src/server/cluster/ingest.ts';
import { type ClusterNats, lastSequences } from '../../src/server/cluster/nats.ts';
import { Router } from '../../src/server/cluster/partition.ts';
import { compilePeople } from '../../src/server/cluster/people.ts';
import { ClusterWorker, type WorkerOptions } from '../../src/server/cluster/worker.ts';
import { ClusterFront } from '../../src/server/cluster-front.ts';
import { MonitoringService } from '../../src/server/monitoring/service.ts';
import { CaseStore } from '../../src/store/cases.ts';
import { MonitoringRepo } from '../../src/store/monitoring.ts';
import { type ClusterEnv, clusterEnv, clusterSkipReason } from '../helpers/cluster.ts';

const skip = await clusterSkipReason();
if (skip) console.log(`Cluster tests skipped: ${skip}.`);

const W: ClusterWorkload = { people: 60, roundMs: 60_000, tamperEvery: 7 };
const never = () => new Promise<void>(() => {});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Harness {
  env: ClusterEnv;
  ingest: ClusterIngest;
  admin: ClusterNats;
  notices: string[];
  worker(name: string, extra?: Partial<WorkerOptions>): Promise<{ w: ClusterWorker; cn: ClusterNats }>;
  send(from: number, to: number): Promise<number>;
  drained(timeoutMs?: number): Promise<void>;
  check(rounds: number, acked: number): Promise<void>;
}

async function harness(overrides: Partial<ClusterConfig> = {}): Promise<Harness> {
  const env = await clusterEnv(overrides);
  await enrollWorkload(env.store, W);
  const repo = MonitoringRepo.of(env.store);
  const people = await compilePeople(repo, new CaseStore(env.store.db));
  const admin = await env.nats('ingest');
  const ingest = new ClusterIngest(admin, new Router(env.config.partitions, people.devices));
  const notices: string[] = [];
  const h: Harness = {
    env,
    ingest,
    admin,
    notices,
    async worker(name, extra = {}) {
      const cn = await env.nats(name);
      const w = new ClusterWorker({
        cn,
        pg: env.pg(),
        repo,
        people,
        id: name,
        notice: (m) => notices.push(m),
        ...extra,
      });
      w.start();
      return { w, cn };
    },
    async send(from, to) {
      let acked = 0;
      for (let r = from; r < to; r++) {
        const batch = roundEvents(W, r);
        await ingest.publish(batch, receivedAtOf(W, r));
        await ingest.tick(receivedAtOf(W, r), 1);
        acked += batch.length;
      }
      return acked;
    },
    async drained(timeoutMs = 30_000) {
      const pg = env.pg();
      const until = Date.now() + timeoutMs;
      try {
        for (;;) {
          const last = await lastSequences(admin);
          const states = await pg.partitionStates();
          const at = new Map(states.map((s) => [s.partition, s.streamSeq]));
          if (last.every((seq, p) => (at.get(p) ?? 0) >= seq)) return;
          if (Date.now() > until)
            throw new Error(
              `not drained: stream ${last.join(',')}, committed ${states.map((s) => s.streamSeq).join(',')}`,
            );
          await sleep(100);
        }
      } finally {
        await pg.end();
      }
    },
    async check(rounds, acked) {
      const expected = expectedAlerts(people.devices, W, rounds);
      const q = (sql: string) => env.pg().pool.query(sql);
      const events = await q('SELECT count(*)::int AS n FROM device_events');
      expect(events.rows[0].n).toBe(acked);
      const alerts = await q('SELECT alert_id, state, kind FROM monitoring_alerts ORDER BY alert_id');
      expect(alerts.rows.map((a) => `${a.alert_id} ${a.state}`)).toEqual(
        [...expected.values()].map((a) => `${a.alertId} ${a.state}`).sort(),
      );
      const opened = await q(
        "SELECT alert_id, count(*)::int AS n FROM cluster_alert_changes WHERE change = 'opened' GROUP BY alert_id HAVING count(*) > 1",
      );
      expect(opened.rows).toEqual([]);
      const openedAll = await q(
        "SELECT count(*)::int AS n FROM cluster_alert_changes WHERE change = 'opened'",
      );
      expect(openedAll.rows[0].n).toBe(expected.size);
    },
  };
  return h;
}

describe.skipIf(skip !== null)('cluster mode on NATS JetStream', () => {
  let h: Harness;
  afterAll(async () => {
    await h?.env.cleanup();
  });

  it('a worker crashed mid-batch: its partitions move to the other worker, nothing is lost or raised twice', async () => {
    h = await harness();
    let crashedOn: number[] = [];
    let victim: { w: ClusterWorker; cn: ClusterNats } | null = null;
    victim = await h.worker('worker-a', {
      async beforeCommit(_p, seqs) {
        if (crashedOn.length > 0 || Math.max(...seqs) < 20) return;
        crashedOn = [...seqs];
        // As SIGKILL would: the batch evaluated is neither committed nor acked, the connection drops.
        void victim?.w.crash();
        await victim?.cn.nc.close();
        await never();
      },
    });
    const other = await h.worker('worker-b');
    // Both take a share before the uploads start.
    for (let i = 0; i < 100 && victim.w.owned().length + other.w.owned().length < 4; i++) await sleep(100);
    expect(victim.w.owned().length).toBeGreaterThan(0);
    const acked = await h.send(0, 12);
    await h.drained();
    expect(crashedOn.length).toBeGreaterThan(0);
    expect(other.w.owned()).toEqual([0, 1, 2, 3]);
    expect(h.notices.some((n) => /took over partition \d from worker-a/.test(n))).toBe(true);
    // 12 rounds of 60 fixes, plus the straps opened (every 7th device a round) and restored the round after.
    expect(acked).toBe(12 * 60 + 102 + 93);
    await h.check(12, acked);
    await other.w.stop();
    await h.env.cleanup();
    h = undefined as unknown as Harness;
  }, 90_000);

  it('a batch redelivered after its commit, and events sent again in a new message: no duplicate alert', async () => {
    h = await harness();
    let crashed = false;
    let victim: { w: ClusterWorker; cn: ClusterNats } | null = null;
    victim = await h.worker('worker-a', {
      async afterCommit(_p, seqs) {
        if (crashed || Math.max(...seqs) < 10) return;
        crashed = true;
        // Committed, never acked: the messages come again to the next owner.
        void victim?.w.crash();
        await victim?.cn.nc.close();
        await never();
      },
    });
    for (let i = 0; i < 100 && victim.w.owned().length < 4; i++) await sleep(100);
    const acked = await h.send(0, 8);
    for (let i = 0; i < 100 && !crashed; i++) await sleep(100);
    expect(crashed).toBe(true);
    const other = await h.worker('worker-b');
    await h.drained();
    // The same rounds again, as new messages (a re-send after JetStream's duplicate window).
    const n = names(h.env.config);
    for (let r = 2; r < 4; r++) {
      const msg = { r: receivedAtOf(W, 8), e: roundEvents(W, r).map((x) => [x.event, x.raw]) };
      for (let p = 0; p < h.env.config.partitions; p++) {
        const mine = msg.e.filter(([e]) => h.ingest.router.route((e as { device: string }).device)[0] === p);
        await h.admin.js.publish(n.subject(p), JSON.stringify({ ...msg, e: mine }), {
          msgID: `again-${r}-${p}`,
        });
      }
    }
    // And the same upload through the ingest: JetStream's window takes it.
    const again = await h.ingest.publish(roundEvents(W, 7), receivedAtOf(W, 7));
    expect(again.duplicateMessages).toBe(again.messages);
    await h.drained();
    await h.check(8, acked);
    await other.w.stop();
  }, 90_000);
});

describe.skipIf(skip !== null)('cluster mode: a server', () => {
  let h: Harness;
  afterAll(async () => {
    await h?.env.cleanup();
  });

  it('acknowledges uploads once stored, and streams the alerts a worker commits', async () => {
    h = await harness({ partitions: 2 });
    const repo = MonitoringRepo.of(h.env.store);
    const cases = new CaseStore(h.env.store.db);
    const front = await ClusterFront.open(h.env.config, repo, cases);
    const service = new MonitoringService(repo, cases, {
      cluster: front,
      replayClock: true,
      replayStart: receivedAtOf(W, 0),
      tickEveryMs: 0,
      snapshots: false,
    });
    await service.start();
    const streamed: string[] = [];
    service.hub.subscribe((c) => streamed.push(`${c.change.change} ${c.change.alert.kind}`));
    const worker = await h.worker('worker-a');
    let acked = 0;
    for (let r = 0; r < 3; r++) {
      const batch = roundEvents(W, r);
      const out = await service.ingest(batch, receivedAtOf(W, r));
      expect(out.accepted).toBe(batch.length);
      acked += batch.length;
    }
    await h.drained();
    for (let i = 0; i < 50 && streamed.length < 1; i++) await sleep(100);
    await h.check(3, acked);
    // Strap tampers opened: every 7th device a round (9, 8 and 8 of the 60 in rounds 0, 1 and 2).
    expect(streamed.filter((s) => s === 'opened strapTamper')).toHaveLength(25);
    const listed = await repo.listAlerts({ states: ['open'] });
    expect(listed.map((a) => a.kind)).toEqual(Array(listed.length).fill('strapTamper'));
    await worker.w.stop();
    await service.stop();
  }, 90_000);
});

describe.skipIf(skip !== null)('cluster mode: a snapshot older than the stream', () => {
  let h: Harness;
  beforeAll(async () => {
    // The stream keeps only its last 12 messages (tests only: production refuses new ones when full).
    h = await harness({ partitions: 2, maxMsgs: 12, discard: 'old', snapshotEveryMs: 3_600_000 });
  });
  afterAll(async () => {
    await h?.env.cleanup();
  });

  it('is refused with the reason, and the partition rebuilt from PostgreSQL', async () => {
    const first = await h.worker('worker-a');
    for (let i = 0; i < 100 && first.w.owned().length < 2; i++) await sleep(100);
    // The first batch of each partition carries its snapshot; the later ones only move stream_seq.
    let acked = await h.send(0, 1);
    await h.drained();
    acked += await h.send(1, 10);
    await h.drained();
    await first.w.stop();
    const info = await h.admin.jsm.streams.info(names(h.env.config).stream);
    expect(info.state.first_seq).toBeGreaterThan(4);
    const second = await h.worker('worker-b');
    for (let i = 0; i < 100 && second.w.owned().length < 2; i++) await sleep(100);
    await h.drained();
    // One round at a time: this stream keeps 12 messages, and must not drop one before it is evaluated.
    for (let r = 10; r < 14; r++) {
      acked += await h.send(r, r + 1);
      await h.drained();
    }
    const refused = h.notices.filter((m) => /snapshot was refused/.test(m));
    expect(refused).toHaveLength(2);
    expect(refused[0]).toMatch(
      /partition \d: the snapshot was refused: it covers the stream to message \d+, and the stream now begins at message \d+ \(the messages between left the stream's retention\)/,
    );
    expect(h.notices.filter((m) => /rebuilt from the \d+ events stored in PostgreSQL/.test(m))).toHaveLength(
      2,
    );
    await h.check(14, acked);
    await second.w.stop();
  }, 90_000);
});
