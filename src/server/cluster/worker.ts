/**
 * An evaluator worker of the cluster (docs/monitoring.md § 9). It owns device partitions through leases in a
 * JetStream KV bucket and evaluates each owned partition alone, in stream order, from the partition's
 * snapshot and stream position, writing each batch's events, alerts and alert changes to PostgreSQL in one
 * transaction under a fence.
 *
 * Leases. One key per partition (`p.07`), value `{ w, n }` (worker, a nonce per acquisition); one per worker
 * (`w.<id>`), its heartbeat.
 * - Each worker beats every `renewMs` from a thread of its own (src/server/cluster/heartbeat.ts), and follows
 *   the whole bucket with a KV watch: no polling.
 * - A worker whose beat has not changed for `leaseMs` (this worker's monotonic clock, up to the last time it
 *   saw its own beat: a lagging watch counts nobody out) is gone. Its partitions are taken with
 *   `update(key, v, revisionSeen)` (compare-and-set), all in one pass, and its beat key removed; a free key
 *   is taken with `create`. A partition's key changing to another worker's value stops this worker's run.
 * - Each worker aims at ⌈P / live workers⌉ partitions, takes free ones and those of gone workers up to
 *   that, and releases what it has held a while beyond it (a worker joining gets its share).
 * - The KV revision that won a lease is the partition's fencing token: `cluster_partition_state.lease_rev`.
 *   Revisions of the bucket only grow, so a new owner's is above every earlier one, and every commit of an
 *   earlier owner fails the fence (`FenceError`). Leases lower the chance of two owners; the fence makes a
 *   second one harmless.
 * - The key `people` changes when a server stored an enrollment, a case or the zone library: the worker
 *   compiles the people again and starts again the partitions whose devices or rules changed. Officer
 *   actions arrive on `<prefix>.control` and are merged into the engine (src/server/cluster/merge.ts).
 *
 * A partition's run. Take the row (fence) and the checkpoint; build the engine from the snapshot (or, when
 * there is none that fits, rebuild it from the events stored in PostgreSQL); check that the stream still
 * holds the next message (a snapshot older than the stream's retention is refused, with the reason, and the
 * partition rebuilt from PostgreSQL); create this lease's consumer from `snapshot_seq + 1`; then read
 * (a continuous pull), evaluate, commit (the next batch is evaluated while one is written), ack. Messages
 * up to the committed `stream_seq` only rebuild state. Nothing is ever
 * nak'ed: on any error the run stops, its consumer is dropped, the lease released, and the partition
 * starts over from its committed checkpoint (redelivery order is not relied on).
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { deserialize, serialize } from 'node:v8';
import type { Consumer, ConsumerMessages, JsMsg } from '@nats-io/jetstream';
import type { KvWatchEntry } from '@nats-io/kv';
import type { Subscription } from '@nats-io/transport-node';
import type { Alert, AlertChange } from '../../monitoring/alerts.ts';
import { type DeviceEvent, eventKey, type StoredDeviceEvent } from '../../monitoring/device-events.ts';
import {
  applyOfficerAction,
  createEngine,
  ENGINE_STATE_VERSION,
  type Engine,
  engineAlert,
  evaluateAll,
  exportDevices,
  importDevices,
  noteReceipt,
  tick,
} from '../../monitoring/engine.ts';
import { type IngestState, ingestBatch, newIngestState } from '../../monitoring/ingest.ts';
import type { DeviceRules } from '../../monitoring/rules.ts';
import { decodeDeviceState, encodeDeviceState } from '../../monitoring/snapshot.ts';
import type { MonitoringRepo } from '../../store/monitoring.ts';
import { names } from './config.ts';
import { Heartbeat } from './heartbeat.ts';
import { type EventMessage, ID_SHIFT, messageParts } from './ingest.ts';
import { mergeOfficer } from './merge.ts';
import { AckPolicy, type ClusterNats, DeliverPolicy } from './nats.ts';
import { partitionOf, partitionToken } from './partition.ts';
import type { CompiledPeople } from './people.ts';
import { type BatchToCommit, type Checkpoint, type ClusterPg, FenceError } from './pg.ts';

const NS = 1_000_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface WorkerOptions {
  cn: ClusterNats;
  pg: ClusterPg;
  /** The store (PostgreSQL) the events are read back from for a partition's full rebuild. */
  repo: MonitoringRepo;
  people: CompiledPeople;
  /** Compile the people again (after a server announced a change of enrollments, cases or zones). */
  reloadPeople?: () => Promise<CompiledPeople>;
  id?: string;
  /** Where notices go (a refused snapshot, a lost lease, an evaluation gap); default standard error. */
  notice?: (message: string) => void;
  /** Say when each partition taken is ready to read, and from where. */
  verbose?: boolean;
  /** Messages fetched per batch (one transaction), at most. */
  batchMessages?: number;
  /** Tests: called before a batch is committed (the worker can be crashed there). */
  beforeCommit?: (partition: number, seqs: readonly number[]) => Promise<void>;
  /** Tests: called after a batch is committed, before its messages are acked. */
  afterCommit?: (partition: number, seqs: readonly number[]) => Promise<void>;
}

/** What a partition's snapshot holds (`v8.serialize`). */
interface PartitionSnapshot {
  version: number;
  libraryKey: string;
  fingerprints: [string, string][];
  startAt: number;
  processedTo: number;
  seen: [string, [string, number][]][];
  devices: Uint8Array[];
}

interface Lease {
  /** The revision that won the lease: the fencing token. */
  token: number;
  nonce: string;
  /** When it was taken (monotonic). */
  since: number;
  runner: PartitionRunner;
}

/** A partition's key as the watch last showed it. */
interface Holder {
  rev: number;
  /** The worker holding it (null: released). */
  w: string | null;
  nonce: string;
}

export interface WorkerStatus {
  id: string;
  owned: number[];
  liveWorkers: number;
}

/** A control message on `<prefix>.control` (servers to workers and to one another). */
export interface ControlMessage {
  /** Officers acted on these alerts (the owner merges them into its engine). */
  officer?: { alertId: string; deviceId: string }[];
  /** Suspension windows changed (every server reads them again). */
  suspensions?: true;
}

export class ClusterWorker {
  readonly id: string;
  private readonly n;
  /** The people compiled last (a partition started after a change takes the new ones). */
  people: CompiledPeople;
  private readonly leases = new Map<number, Lease>();
  private readonly holders = new Map<number, Holder>();
  /** Each worker's last heartbeat seen by the watch (monotonic). */
  private readonly workers = new Map<string, { rev: number; at: number }>();
  private running = false;
  private loop: Promise<void> | null = null;
  private startedAt = 0;
  private selfSeenAt = Number.NEGATIVE_INFINITY;
  private lastOwnBeat = 0;
  /** Partitions whose run failed and are being released, and those being taken. */
  private readonly failing = new Set<number>();
  private readonly taking = new Set<number>();
  private heartbeat: Heartbeat | null = null;
  private watcher: { stop(): void } | null = null;
  private sub: Subscription | null = null;
  private peopleRev = 0;
  private reloading: Promise<void> | null = null;
  private reloadAgain = false;

  constructor(readonly o: WorkerOptions) {
    this.id = o.id ?? `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
    this.n = names(o.cn.config);
    this.people = o.people;
  }

  get config() {
    return this.o.cn.config;
  }

  notice(message: string): void {
    if (this.o.notice) this.o.notice(message);
    else process.stderr.write(`${message}\n`);
  }

  status(): WorkerStatus {
    return { id: this.id, owned: this.owned(), liveWorkers: this.live(performance.now()).size };
  }

  owned(): number[] {
    return [...this.leases.keys()].sort((a, b) => a - b);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.startedAt = performance.now();
    const c = this.config;
    this.heartbeat = new Heartbeat({
      servers: c.servers,
      bucket: this.n.bucket,
      workerId: this.id,
      everyMs: c.renewMs,
      stallMs: Math.max(10_000, 3 * c.leaseMs),
    });
    this.sub = this.o.cn.nc.subscribe(this.n.control, {
      callback: (err, msg) => {
        if (err) return;
        try {
          this.control(JSON.parse(msg.string()) as ControlMessage);
        } catch {}
      },
    });
    void this.watch();
    this.loop = this.run();
  }

  /** Stop cleanly: each partition's run finishes its batch, its consumer is dropped and its lease released. */
  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
    await Promise.all([...this.leases.keys()].map((p) => this.release(p)));
    await this.heartbeat?.stop();
    this.watcher?.stop();
    this.sub?.unsubscribe();
    await this.o.cn.kv.delete(`w.${this.id}`).catch(() => {});
  }

  /** Tests: stop at once as a killed process would, releasing nothing (its connection is closed by the caller). */
  async crash(): Promise<void> {
    this.running = false;
    await this.heartbeat?.kill();
    this.watcher?.stop();
    for (const l of this.leases.values()) l.runner.abandon();
    await this.loop;
  }

  /**
   * Follow the lease bucket: every heartbeat, lease and change of the people, as it happens (a KV watch:
   * no polling). A worker is live while its heartbeat changes within `leaseMs` of this worker's clock.
   */
  private async watch(): Promise<void> {
    while (this.running) {
      try {
        const it = await this.o.cn.kv.watch({ key: '>' });
        this.watcher = it;
        for await (const e of it) {
          this.see(e);
          if (!this.running) break;
        }
      } catch (e) {
        if (this.running)
          this.notice(
            `cluster worker ${this.id}: the lease watch failed (${(e as Error).message}); watching again`,
          );
      }
      if (this.running) await sleep(100);
    }
  }

  private see(e: KvWatchEntry): void {
    const now = performance.now();
    const put = e.operation === 'PUT';
    if (e.key.startsWith('w.')) {
      const id = e.key.slice(2);
      if (!put) this.workers.delete(id);
      else {
        this.workers.set(id, { rev: e.revision, at: now });
        if (id === this.id) this.selfSeenAt = now;
      }
      return;
    }
    if (e.key.startsWith('p.')) {
      const p = Number(e.key.slice(2));
      let h: Holder = { rev: e.revision, w: null, nonce: '' };
      if (put)
        try {
          const v = JSON.parse(e.string()) as { w: string; n: string };
          h = { rev: e.revision, w: v.w, nonce: v.n };
        } catch {}
      const before = this.holders.get(p);
      if (!before || before.rev <= h.rev) this.holders.set(p, h);
      const l = this.leases.get(p);
      if (l && h.rev > l.token && (h.w !== this.id || h.nonce !== l.nonce)) {
        this.notice(
          `cluster worker ${this.id}: lost the lease of partition ${p} (${h.w ? `taken by ${h.w}` : 'released'}); stopping it`,
        );
        this.leases.delete(p);
        void l.runner.stop();
      }
      return;
    }
    if (e.key === PEOPLE_KEY && e.revision > this.peopleRev) {
      const first = this.peopleRev === 0 && !e.isUpdate;
      this.peopleRev = e.revision;
      // The value present when the watch starts was written before this worker compiled its people.
      if (!first) this.peopleChanged();
    }
  }

  private control(m: ControlMessage): void {
    for (const { alertId, deviceId } of m.officer ?? []) {
      const p = partitionOf(deviceId, this.config.partitions);
      this.leases.get(p)?.runner.officer(alertId);
    }
  }

  /**
   * Enrollments, cases or the zone library changed: compile the people again and start again every owned
   * partition whose devices or rules changed (its snapshot no longer fits: it is rebuilt from PostgreSQL).
   */
  peopleChanged(): void {
    if (!this.o.reloadPeople) return;
    if (this.reloading) {
      this.reloadAgain = true;
      return;
    }
    this.reloading = (async () => {
      do {
        this.reloadAgain = false;
        try {
          const people = await (this.o.reloadPeople as () => Promise<CompiledPeople>)();
          this.people = people;
          await Promise.all(
            [...this.leases].map(async ([p, l]) => {
              if (l.runner.signature === signatureOf(this.devicesOf(p, people), people)) return;
              await l.runner.stop();
              if (this.leases.get(p) !== l || !this.running) return;
              this.notice(`cluster worker ${this.id}: partition ${p}: its people changed; starting it again`);
              this.launch(p, l, new PartitionRunner(this, p, l.token, true));
            }),
          );
        } catch (e) {
          this.notice(
            `cluster worker ${this.id}: the people could not be compiled again: ${(e as Error).message}`,
          );
        }
      } while (this.reloadAgain && this.running);
      this.reloading = null;
    })();
  }

  /** Tests: resolves once the people changes seen so far are applied. */
  async settled(): Promise<void> {
    while (this.reloading) await this.reloading;
  }

  /** Where a worker's time goes (printed every 10 s when verbose): ms spent in each step, and counts. */
  readonly timing = { fetchMs: 0, evalMs: 0, commitMs: 0, waitCommitMs: 0, batches: 0, events: 0 };
  private lastTiming = 0;

  private reportTiming(): void {
    const now = performance.now();
    if (!this.o.verbose || now - this.lastTiming < 10_000) return;
    const t = this.timing;
    const s = (now - this.lastTiming) / 1000;
    if (this.lastTiming > 0 && t.batches > 0)
      this.notice(
        `cluster worker ${this.id}: ${Math.round(t.events / s)} events/s in ${t.batches} batches; per batch: fetch ${Math.round(t.fetchMs / t.batches)} ms, evaluation ${Math.round(t.evalMs / t.batches)} ms, commit ${Math.round(t.commitMs / t.batches)} ms (waited for ${Math.round(t.waitCommitMs / t.batches)} ms); ${this.leases.size} partitions`,
      );
    this.lastTiming = now;
    Object.assign(t, { fetchMs: 0, evalMs: 0, commitMs: 0, waitCommitMs: 0, batches: 0, events: 0 });
  }

  private async run(): Promise<void> {
    const step = Math.max(50, Math.min(250, this.config.renewMs / 2));
    while (this.running) {
      this.reportTiming();
      const t = performance.now();
      try {
        await this.cycle();
      } catch (e) {
        this.notice(`cluster worker ${this.id}: ${(e as Error).message}`);
      }
      const spent = performance.now() - t;
      if (this.running) await sleep(Math.max(20, step - spent));
    }
  }

  /**
   * The workers whose heartbeat was seen within a lease period (this one always). The period is measured
   * up to the last time this worker saw its own heartbeat, not up to now: when this worker's watch lags
   * (its process starved), every heartbeat lags alike and nobody is counted out for it.
   */
  private live(now: number): Set<string> {
    const out = new Set([this.id]);
    const upTo = Math.min(now, this.selfSeenAt);
    for (const [id, o] of this.workers) if (upTo - o.at < this.config.leaseMs) out.add(id);
    return out;
  }

  private async cycle(): Promise<void> {
    const c = this.config;
    this.heartbeat?.alive();
    let now = performance.now();
    if (this.heartbeat?.failed && now - this.lastOwnBeat >= c.renewMs) {
      // No heartbeat thread here: beat from this thread.
      this.lastOwnBeat = now;
      await this.o.cn.kv.put(`w.${this.id}`, JSON.stringify({ at: Date.now() })).catch(() => {});
      now = performance.now();
    }
    // Let the other workers starting at the same time announce themselves before taking a share.
    if (now - this.startedAt < Math.max(2 * c.renewMs, c.leaseMs)) return;
    // This worker's own heartbeat not seen lately: its watch (or its beat) is behind; take nothing.
    if (now - this.selfSeenAt > Math.max(2 * c.renewMs, c.leaseMs / 2)) return;
    const live = this.live(now);
    const target = Math.ceil(c.partitions / live.size);
    if (this.leases.size > target) {
      // Release beyond the share only what was held a while: a worker joining gets its share, and a
      // partition just taken is not handed around.
      const old = this.owned().filter((p) => now - (this.leases.get(p) as Lease).since > 3 * c.leaseMs);
      const extra = old.slice(0, this.leases.size - target);
      await Promise.all(extra.map((p) => this.release(p)));
      return;
    }
    const room = target - this.leases.size - this.taking.size;
    if (room <= 0) return;
    const free: number[] = [];
    for (let p = 0; p < c.partitions; p++) {
      if (this.leases.has(p) || this.taking.has(p) || this.failing.has(p)) continue;
      const h = this.holders.get(p);
      if (!h || h.w === null || (h.w !== this.id && !live.has(h.w))) free.push(p);
    }
    // A random order: workers taking at once contend for different partitions first.
    free.sort(() => Math.random() - 0.5);
    await Promise.all(free.slice(0, room).map((p) => this.take(p, now)));
  }

  /** Take partition `p`: a free key with create, one whose worker is gone with compare-and-set. */
  private async take(p: number, now: number): Promise<void> {
    const key = `p.${partitionToken(p)}`;
    const h = this.holders.get(p);
    const nonce = randomUUID();
    const value = JSON.stringify({ w: this.id, n: nonce });
    this.taking.add(p);
    try {
      const rev =
        !h || h.w === null
          ? await this.o.cn.kv.create(key, value).catch(() => null)
          : await this.o.cn.kv.update(key, value, h.rev).catch(() => null);
      if (rev === null || !this.running) return;
      if (h?.w) {
        const last = this.workers.get(h.w);
        const why = last
          ? `its heartbeat was not seen for ${Math.round(Math.min(now, this.selfSeenAt) - last.at)} ms`
          : 'its heartbeat stopped and its key was removed';
        this.notice(`cluster worker ${this.id}: took over partition ${p} from ${h.w} (${why})`);
        // Its heartbeat key goes too (once, by whoever sees it first): the share counts it out at once.
        if (last) void this.o.cn.kv.delete(`w.${h.w}`, { previousSeq: last.rev }).catch(() => {});
      }
      const lease: Lease = {
        token: rev,
        nonce,
        since: performance.now(),
        runner: new PartitionRunner(this, p, rev),
      };
      this.leases.set(p, lease);
      this.launch(p, lease, lease.runner);
    } finally {
      this.taking.delete(p);
    }
  }

  private launch(p: number, lease: Lease, runner: PartitionRunner): void {
    lease.runner = runner;
    runner.start().then(
      () => {},
      (e: unknown) => {
        if (this.leases.get(p) !== lease || lease.runner !== runner) return;
        if (e instanceof FenceError) {
          this.notice(`cluster worker ${this.id}: ${e.message}`);
          this.leases.delete(p);
          return;
        }
        if (!this.running) return;
        this.notice(
          `cluster worker ${this.id}: partition ${p} stopped (${(e as Error).message}); releasing it to start over from its checkpoint`,
        );
        this.failing.add(p);
        this.release(p).finally(() => {
          setTimeout(() => this.failing.delete(p), this.config.renewMs).unref();
        });
      },
    );
  }

  private async release(p: number): Promise<void> {
    const l = this.leases.get(p);
    if (!l) return;
    await l.runner.stop();
    this.leases.delete(p);
    await this.o.cn.kv.delete(`p.${partitionToken(p)}`, { previousSeq: l.token }).catch(() => {});
  }

  /** The compiled devices whose state lives in partition `p` (supervised; followed phones come with them). */
  devicesOf(p: number, people: CompiledPeople = this.people): DeviceRules[] {
    return people.devices.filter((d) => partitionOf(d.deviceId, this.config.partitions) === p);
  }

  get names() {
    return this.n;
  }
}

/** The key of the lease bucket a server bumps when enrollments, cases or shared zones change. */
export const PEOPLE_KEY = 'people';

/** What a partition's engine is built from: its devices' rule fingerprints and the zone library. */
function signatureOf(devices: readonly DeviceRules[], people: CompiledPeople): string {
  return [
    people.libraryKey,
    ...devices.map((d) => `${d.deviceId}=${people.fingerprints.get(d.deviceId) ?? ''}`).sort(),
  ].join('\n');
}

/** One owned partition: its engine, its consumer, its commits. */
class PartitionRunner {
  private stopped = false;
  private abandoned = false;
  private done: Promise<void> | null = null;
  private engine: Engine | null = null;
  private state: IngestState | null = null;
  private processedTo = Number.NEGATIVE_INFINITY;
  /** The last stream sequence evaluated, and the last whose effects are committed. */
  private evaluated = 0;
  private committed = 0;
  private lastSnapshotAt = Number.NEGATIVE_INFINITY;
  private consumerName = '';
  private opened = 0;
  private readonly devices: DeviceRules[];
  /** The people this run's engine is built from (a change starts the partition again). */
  private readonly people: CompiledPeople;
  readonly signature: string;
  /** Alerts officers acted on, to merge into the engine between batches. */
  private readonly officerQueue = new Set<string>();

  constructor(
    readonly w: ClusterWorker,
    readonly p: number,
    readonly token: number,
    /** Started again under the same lease (its people changed): the row is already this lease's. */
    readonly resume = false,
  ) {
    this.people = w.people;
    this.devices = w.devicesOf(p, this.people);
    this.signature = signatureOf(this.devices, this.people);
  }

  /** An officer acted on this alert (through any server): merge it before the next batch. */
  officer(alertId: string): void {
    this.officerQueue.add(alertId);
  }

  start(): Promise<void> {
    this.done = this.run();
    return this.done;
  }

  /** Finish the batch in hand, then drop the consumer. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.done?.catch(() => {});
  }

  /** Stop without writing, acking or cleaning anything up (a crash). */
  abandon(): void {
    this.stopped = true;
    this.abandoned = true;
  }

  private async run(): Promise<void> {
    const { cn, pg } = this.w.o;
    const t0 = performance.now();
    // The checkpoint and the stream's state at once (two requests in parallel, not one after the other).
    const [cp, info] = await Promise.all([
      this.resume ? pg.checkpoint(this.p, this.token) : pg.takeover(this.p, this.token, this.w.id),
      this.retry(() => cn.jsm.streams.info(this.w.names.stream)),
    ]);
    if (!cp) throw new FenceError(this.p, this.token, Number.NaN);
    const firstSeq = info.state.first_seq;
    let start = await this.restore(cp, firstSeq);
    if (start < firstSeq && info.state.messages > 0) {
      this.w.notice(
        `partition ${this.p}: stream messages ${start} to ${firstSeq - 1} left the stream's retention before they were evaluated; evaluation goes on from ${firstSeq}, and the devices of this partition may have missed alerts in that span`,
      );
      start = firstSeq;
    }
    this.committed = Math.max(cp.streamSeq, this.evaluated);
    let consumer = await this.retry(() => this.openConsumer(Math.max(1, start)));
    // The earlier owners' cursors: deleted meanwhile (their inactivity threshold would remove them too).
    void this.dropOtherConsumers();
    if (this.w.o.verbose)
      this.w.notice(
        `partition ${this.p}: reading from stream message ${Math.max(1, start)} (snapshot ${cp.snapshotSeq}, committed ${cp.streamSeq}), ready in ${Math.round(performance.now() - t0)} ms`,
      );
    try {
      const max = this.w.o.batchMessages ?? 64;
      let feed = new Feed(consumer, 2 * max);
      let lastMessageAt = performance.now();
      try {
        while (!this.stopped) {
          if (this.officerQueue.size > 0) await this.mergeOfficer();
          const f0 = performance.now();
          const msgs = await feed.take(max, 1_000);
          if (this.abandoned) return;
          if (msgs.length > 0) lastMessageAt = performance.now();
          // Nothing for 8 s (the servers tick every partition every 5 s): the cursor may be stuck with a
          // server that went away without telling; read again from a new one.
          else if (performance.now() - lastMessageAt > 8_000) {
            feed.ended = true;
            lastMessageAt = performance.now();
          }
          if (msgs.length > 0) {
            this.w.timing.fetchMs += performance.now() - f0;
            await this.batch(msgs);
          }
          // A delivery out of turn (lost in transit, redelivered after ack_wait), or the cursor lost with a
          // server: evaluation goes on from a new cursor after the last message evaluated, never out of
          // order.
          if ((feed.gap || feed.ended) && feed.empty && !this.stopped) {
            if (this.w.o.verbose)
              this.w.notice(
                `partition ${this.p}: ${feed.gap ? 'a delivery out of turn' : 'the cursor was lost'}; reading again from stream message ${this.evaluated + 1}`,
              );
            feed.stop();
            await this.dropConsumer();
            consumer = await this.retry(() => this.openConsumer(this.evaluated + 1));
            feed = new Feed(consumer, 2 * max);
          }
        }
      } finally {
        feed.stop();
      }
      await this.commitInFlight;
    } finally {
      if (!this.abandoned) await this.dropConsumer();
    }
  }

  /**
   * A JetStream request again while it times out or finds no leader (an election after a server was lost
   * takes seconds), for up to 30 s, as long as the run is not stopped.
   */
  private async retry<T>(fn: () => Promise<T>): Promise<T> {
    const until = performance.now() + 30_000;
    for (let wait = 100; ; wait = Math.min(wait * 2, 500)) {
      try {
        return await fn();
      } catch (e) {
        if (this.stopped || performance.now() + wait > until) throw e;
        await sleep(wait);
      }
    }
  }

  private async openConsumer(from: number): Promise<Consumer> {
    const { cn } = this.w.o;
    this.consumerName = `${this.w.names.consumer(this.p, this.token)}_${++this.opened}`;
    // The consumer is a cursor, not the truth (the checkpoint in PostgreSQL is): in memory, but with the
    // stream's replicas, so that it survives the loss of one server (a cursor of one replica on the lost
    // server had to be made again, partition by partition, through the election: 27.5 s to resume on the
    // benchmark, against 15.3 s).
    await cn.jsm.consumers.add(this.w.names.stream, {
      durable_name: this.consumerName,
      filter_subject: this.w.names.subject(this.p),
      deliver_policy: DeliverPolicy.StartSequence,
      opt_start_seq: Math.max(1, from),
      ack_policy: AckPolicy.Explicit,
      ack_wait: 30_000 * NS,
      max_deliver: -1,
      max_ack_pending: 20_000,
      inactive_threshold: 120_000 * NS,
      num_replicas: 0,
      mem_storage: true,
    });
    return cn.js.consumers.get(this.w.names.stream, this.consumerName);
  }

  private async dropConsumer(): Promise<void> {
    await this.w.o.cn.jsm.consumers.delete(this.w.names.stream, this.consumerName).catch(() => {});
  }

  private async dropOtherConsumers(): Promise<void> {
    const mine = `${this.w.config.prefix}_eval_p${partitionToken(this.p)}_r`;
    try {
      for await (const ci of this.w.o.cn.jsm.consumers.list(this.w.names.stream))
        if (ci.name.startsWith(mine) && ci.name !== this.consumerName)
          await this.w.o.cn.jsm.consumers.delete(this.w.names.stream, ci.name).catch(() => {});
    } catch {}
  }

  /** Evaluate a batch of messages, commit what is new, then ack. */
  private async batch(msgs: JsMsg[]): Promise<void> {
    const events: BatchToCommit['events'] = [];
    const changes: BatchToCommit['changes'] = [];
    const seqs: number[] = [];
    const e0 = performance.now();
    for (const m of msgs) {
      if (m.seq <= this.evaluated) continue;
      const msg = JSON.parse(m.string()) as EventMessage;
      const out = this.evaluate(m.seq, msg);
      seqs.push(m.seq);
      if (m.seq > this.committed) {
        events.push(...out.events);
        for (const change of out.changes) changes.push({ change, position: m.seq });
      }
    }
    const last = this.evaluated;
    this.w.timing.evalMs += performance.now() - e0;
    this.w.timing.batches++;
    this.w.timing.events += events.length;
    const snapEvery = this.w.config.snapshotEveryMs;
    const dueSnapshot = performance.now() - this.lastSnapshotAt >= snapEvery;
    if (last > this.committed || (dueSnapshot && last > 0 && seqs.length > 0)) {
      await this.w.o.beforeCommit?.(this.p, seqs);
      if (this.abandoned) return;
      const b: BatchToCommit = { events, changes, streamSeq: last };
      if (dueSnapshot) {
        b.snapshot = { seq: last, bytes: this.snapshot() };
        this.lastSnapshotAt = performance.now();
      }
      // Commits go in order, one at a time; the next batch is fetched and evaluated while this one is
      // written (its messages are acked once it is).
      const w0 = performance.now();
      await this.commitInFlight;
      this.w.timing.waitCommitMs += performance.now() - w0;
      if (this.abandoned) return;
      const committing = this.commitAndAck(b, seqs, msgs);
      committing.catch(() => {});
      this.commitInFlight = committing;
      return;
    }
    await this.commitInFlight;
    for (const m of msgs) m.ack();
  }

  private commitInFlight: Promise<void> = Promise.resolve();

  private async commitAndAck(b: BatchToCommit, seqs: number[], msgs: JsMsg[]): Promise<void> {
    const c0 = performance.now();
    const merged = await this.w.o.pg.commit(this.p, this.token, b);
    this.w.timing.commitMs += performance.now() - c0;
    this.committed = Math.max(this.committed, b.streamSeq);
    const changes = b.changes;
    if (merged.length > 0) {
      const byId = this.layOver(merged);
      for (const c of changes)
        c.change = { ...c.change, alert: byId.get(c.change.alert.alertId) ?? c.change.alert };
    }
    await this.w.o.afterCommit?.(this.p, seqs);
    if (this.abandoned) return;
    if (changes.length > 0)
      this.w.o.cn.nc.publish(
        this.w.names.alerts,
        JSON.stringify(
          changes.map(({ change, position }) => ({ position, change: change.change, alert: change.alert })),
        ),
      );
    for (const m of msgs) m.ack();
  }

  /** Merge the officers' actions on the queued alerts (under the fence) and lay them over the engine. */
  private async mergeOfficer(): Promise<void> {
    const ids = [...this.officerQueue];
    this.officerQueue.clear();
    if (!this.engine) return;
    const engine = this.engine;
    const alerts = ids.map((id) => engineAlert(engine, id)).filter((a): a is Alert => a !== undefined);
    this.layOver(await this.w.o.pg.mergeAlerts(this.p, this.token, alerts));
  }

  private layOver(merged: readonly Alert[]): Map<string, Alert> {
    const byId = new Map<string, Alert>();
    for (const m of merged) {
      byId.set(m.alertId, m);
      // The engine may have revised the alert since (the next batch is evaluated during a commit).
      if (this.engine && engineAlert(this.engine, m.alertId))
        applyOfficerAction(this.engine, m.alertId, (current) => mergeOfficer(current, m));
    }
    return byId;
  }

  private ensureEngine(startAt: number): { engine: Engine; state: IngestState } {
    if (!this.engine || !this.state) {
      const lib = this.people.library;
      this.engine = createEngine(this.devices, { startAt, ...(lib ? { library: lib } : {}) });
      this.state = newIngestState(this.engine);
    }
    return { engine: this.engine, state: this.state };
  }

  /** One message through the engine: each part as the embedded server ingests one upload. */
  private evaluate(
    seq: number,
    msg: EventMessage,
  ): { events: BatchToCommit['events']; changes: AlertChange[] } {
    const parts = messageParts(msg);
    const { state } = this.ensureEngine(parts[0]?.[0] ?? this.processedTo);
    const events: BatchToCommit['events'] = [];
    const changes: AlertChange[] = [];
    // Ids: the stream sequence × 4096, then one after another through the parts.
    state.nextId = BigInt(seq) * ID_SHIFT;
    for (const [r, list] of parts) {
      const receivedAt = Math.max(this.processedTo, r);
      const raws = new Map<string, string>();
      const batch: DeviceEvent[] = [];
      for (const [e, raw] of list) {
        raws.set(eventKey(e), raw);
        batch.push(e);
      }
      const out = ingestBatch(state, batch, receivedAt);
      if (!out.ok) throw new Error(`partition ${this.p}: stream message ${seq} holds an invalid event`);
      this.processedTo = receivedAt;
      for (const event of out.accepted) events.push({ event, raw: raws.get(eventKey(event)) as string });
      for (const c of out.changes) changes.push(c);
    }
    this.evaluated = seq;
    return { events, changes };
  }

  private fingerprints(): [string, string][] {
    const fps = this.people.fingerprints;
    return this.devices.map((d) => [d.deviceId, fps.get(d.deviceId) ?? '']);
  }

  private snapshot(): Buffer {
    const { engine, state } = this.ensureEngine(this.processedTo);
    const s: PartitionSnapshot = {
      version: ENGINE_STATE_VERSION,
      libraryKey: this.people.libraryKey,
      fingerprints: this.fingerprints(),
      startAt: engine.startAt,
      processedTo: this.processedTo,
      seen: [...state.seen].map(([d, m]) => [d, [...m]]),
      devices: exportDevices(engine).map(encodeDeviceState),
    };
    return serialize(s);
  }

  /**
   * Bring the engine up from the checkpoint: the snapshot when it fits and the stream still holds the
   * message after it, else a full rebuild from the events stored in PostgreSQL. Returns the first stream
   * sequence to read.
   */
  private async restore(cp: Checkpoint, firstSeq: number): Promise<number> {
    let refused: string | null = null;
    if (cp.snapshot) {
      refused = this.snapshotProblem(cp, firstSeq);
      if (refused === null) {
        const s = deserialize(cp.snapshot) as PartitionSnapshot;
        const lib = this.people.library;
        this.engine = createEngine(this.devices, { startAt: s.startAt, ...(lib ? { library: lib } : {}) });
        importDevices(
          this.engine,
          s.devices.map((b) => decodeDeviceState(Buffer.from(b))),
        );
        this.state = newIngestState(this.engine);
        this.state.seen = new Map(s.seen.map(([d, list]) => [d, new Map(list)]));
        this.processedTo = s.processedTo;
        this.evaluated = cp.snapshotSeq;
        this.lastSnapshotAt = performance.now();
        return cp.snapshotSeq + 1;
      }
    }
    if (refused) this.w.notice(`partition ${this.p}: the snapshot was refused: ${refused}`);
    if (cp.streamSeq === 0) return 1;
    const replayed = await this.rebuild();
    this.w.notice(
      `partition ${this.p}: rebuilt from the ${replayed} events stored in PostgreSQL (to stream message ${cp.streamSeq})`,
    );
    this.evaluated = cp.streamSeq;
    return cp.streamSeq + 1;
  }

  private snapshotProblem(cp: Checkpoint, firstSeq: number): string | null {
    if (cp.snapshotSeq + 1 < firstSeq)
      return `it covers the stream to message ${cp.snapshotSeq}, and the stream now begins at message ${firstSeq} (the messages between left the stream's retention), so they cannot be replayed after it; rebuilding the partition from the events stored in PostgreSQL`;
    let s: PartitionSnapshot;
    try {
      s = deserialize(cp.snapshot as Buffer) as PartitionSnapshot;
    } catch (e) {
      return `it could not be read (${(e as Error).message})`;
    }
    if (s.version !== ENGINE_STATE_VERSION)
      return `it holds engine state version ${s.version}, and this worker's engine keeps version ${ENGINE_STATE_VERSION}`;
    if (s.libraryKey !== this.people.libraryKey) return 'the shared zone library changed since it was taken';
    const now = new Map(this.fingerprints());
    if (s.fingerprints.length !== now.size) return 'the partition has other devices than when it was taken';
    for (const [d, fp] of s.fingerprints)
      if (now.get(d) !== fp)
        return `the rules of device ${d} changed since it was taken (enrollment or case)`;
    return null;
  }

  /** The partition's engine from every event of its devices stored in PostgreSQL, message by message. */
  private async rebuild(): Promise<number> {
    const ids = new Set<string>();
    this.engine = null;
    const devices = this.devices.map((d) => d.deviceId);
    for (const d of this.devices)
      for (const r of d.rules) if (r.kind === 'mobileExclusion') ids.add(r.protectedDeviceId);
    const all = [...devices, ...ids];
    const ticks = await this.w.o.pg.detectionInstants(devices);
    let t = 0;
    let replayed = 0;
    let group: StoredDeviceEvent[] = [];
    let groupSeq = -1n;
    let groupAt = Number.NaN;
    const flush = () => {
      if (group.length === 0) return;
      const receivedAt = Math.max(this.processedTo, (group[0] as StoredDeviceEvent).receivedAt);
      const { engine, state } = this.ensureEngine(receivedAt);
      while (t < ticks.length && (ticks[t] as number) < receivedAt) tick(engine, ticks[t++] as number);
      const toEvaluate: StoredDeviceEvent[] = [];
      for (const e of group) {
        let seen = state.seen.get(e.device);
        if (!seen) {
          seen = new Map();
          state.seen.set(e.device, seen);
        }
        seen.set(eventKey(e), e.at);
        if (!engine.knowsDevice(e.device)) continue;
        if (e.at <= receivedAt + state.maxClockAheadMs) toEvaluate.push(e);
        else noteReceipt(engine, e.device, receivedAt);
      }
      evaluateAll(engine, toEvaluate);
      tick(engine, receivedAt);
      this.processedTo = receivedAt;
      replayed += group.length;
      group = [];
    };
    for await (const page of this.w.o.repo.eventsInOrder(20_000, all))
      for (const e of page) {
        // A message's parts (one upload each) have their own reception instants.
        const seq = e.id / ID_SHIFT;
        if (seq !== groupSeq || e.receivedAt !== groupAt) {
          flush();
          groupSeq = seq;
          groupAt = e.receivedAt;
        }
        group.push(e);
      }
    flush();
    if (this.engine)
      while (t < ticks.length && (ticks[t] as number) <= this.processedTo)
        tick(this.engine, ticks[t++] as number);
    return replayed;
  }
}

/**
 * A partition's messages as they come: a continuous pull (`consume`, which keeps pulls outstanding and
 * renews them) buffered here, so that each batch takes at once whatever has arrived, never waiting for a
 * pull to fill or expire. Deliveries must follow one another; anything else is a gap and ends the feed. A
 * cursor gone with its server (heartbeats missed twice, the consumer not found) ends it too.
 */
class Feed {
  private readonly buf: JsMsg[] = [];
  private wake: (() => void) | null = null;
  private delivered = 0;
  private messages: ConsumerMessages | null = null;
  private stopped = false;
  gap = false;
  ended = false;

  constructor(consumer: Consumer, prefetch: number) {
    void this.pump(consumer, prefetch);
  }

  get empty(): boolean {
    return this.buf.length === 0;
  }

  private async pump(consumer: Consumer, prefetch: number): Promise<void> {
    try {
      const messages = await consumer.consume({ max_messages: prefetch, expires: 2_000 });
      this.messages = messages;
      if (this.stopped) messages.stop();
      void (async () => {
        for await (const st of messages.status())
          if (
            (st.type === 'heartbeats_missed' && st.count >= 2) ||
            st.type === 'consumer_not_found' ||
            st.type === 'no_responders' ||
            st.type === 'consumer_deleted'
          ) {
            this.ended = true;
            messages.stop();
            this.wake?.();
          }
      })().catch(() => {});
      for await (const m of messages) {
        if (m.info.deliverySequence !== this.delivered + 1) {
          this.gap = true;
          break;
        }
        this.delivered = m.info.deliverySequence;
        this.buf.push(m);
        this.wake?.();
      }
    } catch {}
    this.ended = true;
    this.wake?.();
  }

  /**
   * What has arrived, up to `max` messages and about `maxBytes` (one message at least: a batch is one
   * transaction, which should stay short); waits up to `waitMs` for the first.
   */
  async take(max: number, waitMs: number, maxBytes = 1_000_000): Promise<JsMsg[]> {
    if (this.buf.length === 0 && !this.ended && !this.gap)
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, waitMs);
        this.wake = () => {
          clearTimeout(t);
          resolve();
        };
      });
    this.wake = null;
    let n = 0;
    let bytes = 0;
    while (n < this.buf.length && n < max && (n === 0 || bytes < maxBytes))
      bytes += (this.buf[n++] as JsMsg).data.length;
    return this.buf.splice(0, n);
  }

  stop(): void {
    this.stopped = true;
    this.messages?.stop();
  }
}
