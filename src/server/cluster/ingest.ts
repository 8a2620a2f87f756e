/**
 * Cluster ingest: an upload's events are grouped by partition and published to the stream, one message per
 * partition (at most `MAX_EVENTS_PER_MESSAGE` events each), with the reception instant in the message. The
 * upload is acknowledged only when JetStream has stored every message (a PubAck: in a replicated stream,
 * after a quorum of the replicas wrote it).
 *
 * `Nats-Msg-Id` is a hash of the partition and the events' idempotency keys (device, time, kind), not of the
 * reception instant: an upload sent again within the stream's duplicate window is stored once (the PubAck
 * says `duplicate`, and it counts as stored). Later re-sends are absorbed by the evaluator's de-duplication
 * and the store's unique key.
 *
 * Publishing is retried with the same ids, with backoff, through a stream leader election or a full stream;
 * when the budget runs out the caller gets `ClusterUnavailableError` (HTTP 503 with Retry-After) and the
 * client sends the upload again.
 */
import { createHash } from 'node:crypto';
import type { PubAck } from '@nats-io/jetstream';
import { type DeviceEvent, eventKey } from '../../monitoring/device-events.ts';
import { names } from './config.ts';
import type { ClusterNats } from './nats.ts';
import type { Router } from './partition.ts';

/** Events per stream message: event ids are (stream sequence × 4096 + position). */
export const MAX_EVENTS_PER_MESSAGE = 4_000;
export const ID_SHIFT = 4096n;

/** What a stream message carries: the reception instant and the events with their raw JSON. */
export interface EventMessage {
  /** Reception instant (epoch ms): the evaluator's processing time for the message. */
  r: number;
  e: [DeviceEvent, string][];
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

  /** Publish one upload's events received at `receivedAt`; resolves once JetStream stored all of it. */
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
    const sends: Promise<PubAck>[] = [];
    let events = 0;
    for (const [p, list] of byPartition)
      for (let i = 0; i < list.length; i += MAX_EVENTS_PER_MESSAGE) {
        const chunk = list.slice(i, i + MAX_EVENTS_PER_MESSAGE);
        events += chunk.length;
        const h = createHash('sha256').update(String(p));
        for (const [e] of chunk) h.update('\n').update(eventKey(e));
        const msg: EventMessage = { r: receivedAt, e: chunk };
        sends.push(this.send(p, JSON.stringify(msg), `ev-${h.digest('base64url').slice(0, 32)}`));
      }
    const acks = await Promise.all(sends);
    return {
      events,
      messages: acks.length,
      duplicateMessages: acks.filter((a) => a.duplicate).length,
      lastSeq: acks.reduce((m, a) => Math.max(m, a.seq), 0),
    };
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
    let wait = 100;
    for (;;) {
      try {
        return await this.cn.js.publish(this.n.subject(p), payload, { msgID, timeout: 5_000 });
      } catch (e) {
        if (performance.now() + wait > deadline)
          throw new ClusterUnavailableError(
            `the event stream did not store the upload (${(e as Error).message}); nothing was acknowledged: send it again`,
            5,
          );
        await sleep(wait);
        wait = Math.min(wait * 2, 2_000);
      }
    }
  }
}
