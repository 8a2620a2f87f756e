/**
 * Cluster ingest: an upload's events are grouped by partition and published to the stream, its part of
 * each partition's next message, with the reception instant beside the part (concurrent uploads share
 * messages: see `publish`). The upload is acknowledged only when JetStream has stored every message holding
 * a part of it (a PubAck: in a replicated stream, after a quorum of the replicas wrote it).
 *
 * `Nats-Msg-Id` is a hash of the partition and the events (not of the reception instants): an upload sent
 * again within the stream's duplicate window, alone as it was first, is stored once (the PubAck says
 * `duplicate`, and it counts as stored). Other re-sends are absorbed by the evaluator's de-duplication and
 * the store's unique key.
 *
 * Publishing is retried with the same ids, with backoff, through a stream leader election or a full stream;
 * when the budget runs out the caller gets `ClusterUnavailableError` (HTTP 503 with Retry-After) and the
 * client sends the upload again.
 */
import { createHash } from 'node:crypto';
import type { PubAck } from '@nats-io/jetstream';
import type { DeviceEvent } from '../../monitoring/device-events.ts';
import { names } from './config.ts';
import type { ClusterNats } from './nats.ts';
import type { Router } from './partition.ts';

/** Events per stream message, at most: event ids are (stream sequence × 4096 + position). */
export const MAX_EVENTS_PER_MESSAGE = 4_000;
export const ID_SHIFT = 4096n;
/** Events of one upload per part of a message, at most (a larger upload is split into several parts). */
const MAX_EVENTS_PER_PART = 1_000;
/** Bytes per message, at most (under NATS's default `max_payload` of 1 MiB). */
const MAX_MESSAGE_BYTES = 900_000;
/** Messages of one partition awaiting their PubAck, at most; uploads arriving meanwhile share the next. */
const IN_FLIGHT_PER_PARTITION = 2;

/**
 * What a stream message carries: one or more uploads' events, each part with its reception instant and
 * the events with their raw JSON, in the order received. (A message written by an earlier version, or a
 * processing-time tick, is a single part `{ r, e }`.)
 */
export interface EventMessage {
  /** Parts: [reception instant (epoch ms), events]. */
  s?: [number, [DeviceEvent, string][]][];
  /** A single part's reception instant: the evaluator's processing time for the message. */
  r?: number;
  e?: [DeviceEvent, string][];
}

/** The parts of a message, whichever form it has. */
export function messageParts(m: EventMessage): [number, [DeviceEvent, string][]][] {
  return m.s ?? [[m.r ?? 0, m.e ?? []]];
}

/** A message being filled for a partition: parts of uploads, sent once a slot is free. */
interface Pending {
  parts: string[];
  hash: ReturnType<typeof createHash>;
  events: number;
  bytes: number;
  done: Promise<PubAck>;
  resolve(a: PubAck): void;
  reject(e: unknown): void;
}

export class ClusterUnavailableError extends Error {
  constructor(
    message: string,
    readonly retryAfterS: number,
  ) {
    super(message);
  }
}

export interface PublishOutcome {
  /** Events published (counted once per partition they were routed to). */
  events: number;
  messages: number;
  /** Messages JetStream already had (the same upload sent again within the window). */
  duplicateMessages: number;
  /** The highest stream sequence among the acks. */
  lastSeq: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class ClusterIngest {
  private readonly n;
  constructor(
    readonly cn: ClusterNats,
    public router: Router,
    /** How long to keep retrying a publish before answering 503, ms. */
    readonly budgetMs = 20_000,
  ) {
    this.n = names(cn.config);
  }

  /**
   * Publish one upload's events received at `receivedAt`; resolves once JetStream stored all of it.
   *
   * Each partition has at most two messages awaiting their PubAck; uploads arriving meanwhile are appended
   * to the partition's next message (up to 4,000 events), which is sent as soon as a slot frees. Under load
   * each message so carries many uploads: fewer messages, requests and acknowledgements. An upload is
   * acknowledged only once every message holding a part of it was stored.
   */
  async publish(
    batch: readonly { event: DeviceEvent; raw: string }[],
    receivedAt: number,
  ): Promise<PublishOutcome> {
    const byPartition = new Map<number, [DeviceEvent, string][]>();
    for (const { event, raw } of batch)
      for (const p of this.router.route(event.device)) {
        let list = byPartition.get(p);
        if (!list) {
          list = [];
          byPartition.set(p, list);
        }
        list.push([event, raw]);
      }
    const waits = new Set<Promise<PubAck>>();
    let events = 0;
    for (const [p, list] of byPartition)
      for (let i = 0; i < list.length; i += MAX_EVENTS_PER_PART) {
        const chunk = list.slice(i, i + MAX_EVENTS_PER_PART);
        events += chunk.length;
        waits.add(this.append(p, receivedAt, chunk));
      }
    const acks = await Promise.all(waits);
    return {
      events,
      messages: acks.length,
      duplicateMessages: acks.filter((a) => a.duplicate).length,
      lastSeq: acks.reduce((m, a) => Math.max(m, a.seq), 0),
    };
  }

  private readonly pending = new Map<number, Pending[]>();
  private readonly inFlight = new Map<number, number>();

  /** Add a part to partition `p`'s open message (a new one when it is full); resolves with its PubAck. */
  private append(p: number, r: number, chunk: [DeviceEvent, string][]): Promise<PubAck> {
    const e = JSON.stringify(chunk);
    const part = `[${r},${e}]`;
    let queue = this.pending.get(p);
    if (!queue) {
      queue = [];
      this.pending.set(p, queue);
    }
    let open = queue[queue.length - 1];
    if (
      !open ||
      open.events + chunk.length > MAX_EVENTS_PER_MESSAGE ||
      open.bytes + part.length > MAX_MESSAGE_BYTES
    ) {
      let resolve!: (a: PubAck) => void;
      let reject!: (e: unknown) => void;
      const done = new Promise<PubAck>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      // The id hashes the partition and the events, not the reception instants: the same uploads sent
      // again (together, as they were) are stored once.
      open = {
        parts: [],
        hash: createHash('sha256').update(String(p)),
        events: 0,
        bytes: 16,
        done,
        resolve,
        reject,
      };
      queue.push(open);
    }
    open.parts.push(part);
    open.hash.update('\n').update(e);
    open.events += chunk.length;
    open.bytes += part.length + 1;
    const done = open.done;
    // Sent after this turn of the event loop, so that the uploads of one turn share a message.
    setImmediate(() => this.drain(p));
    return done;
  }

  /** Send partition `p`'s waiting messages while it has a free slot. */
  private drain(p: number): void {
    const queue = this.pending.get(p);
    while (queue && queue.length > 0 && (this.inFlight.get(p) ?? 0) < IN_FLIGHT_PER_PARTITION) {
      const m = queue.shift() as Pending;
      this.inFlight.set(p, (this.inFlight.get(p) ?? 0) + 1);
      const payload = `{"s":[${m.parts.join(',')}]}`;
      this.send(p, payload, `ev-${m.hash.digest('base64url').slice(0, 32)}`).then(
        (a) => {
          this.inFlight.set(p, (this.inFlight.get(p) ?? 1) - 1);
          m.resolve(a);
          this.drain(p);
        },
        (e: unknown) => {
          this.inFlight.set(p, (this.inFlight.get(p) ?? 1) - 1);
          m.reject(e);
          this.drain(p);
        },
      );
    }
  }

  /**
   * A processing-time message to every partition (no events): the evaluators tick at its instant, so
   * silence is measured even in a partition that receives nothing. Instants are whole multiples of
   * `everyMs`, so several ingest servers ticking at once are stored once.
   */
  async tick(now: number, everyMs = 5_000): Promise<void> {
    const at = Math.floor(now / everyMs) * everyMs;
    const msg = JSON.stringify({ r: at, e: [] } satisfies EventMessage);
    const sends: Promise<PubAck>[] = [];
    for (let p = 0; p < this.router.partitions; p++) sends.push(this.send(p, msg, `tick-${p}-${at}`));
    await Promise.all(sends);
  }

  private async send(p: number, payload: string, msgID: string): Promise<PubAck> {
    const deadline = performance.now() + this.budgetMs;
    let wait = 50;
    for (;;) {
      try {
        // A short timeout: a request lost with a stream leader that died is sent again at once (same id).
        return await this.cn.js.publish(this.n.subject(p), payload, { msgID, timeout: 2_000 });
      } catch (e) {
        if (performance.now() + wait > deadline)
          throw new ClusterUnavailableError(
            `the event stream did not store the upload (${(e as Error).message}); nothing was acknowledged: send it again`,
            5,
          );
        await sleep(wait);
        wait = Math.min(wait * 2, 500);
      }
    }
  }
}
