/**
 * A worker's heartbeat, off the evaluation thread: a worker thread with its own NATS connection puts the
 * worker's key `w.<id>` in the lease bucket every `everyMs`, so a worker whose main thread is busy
 * evaluating a large batch still beats on time and keeps its partitions.
 *
 * The main thread says it is alive (`alive()`) from its lease loop; if it has not for `stallMs` (an event
 * loop stuck that long is a process that no longer works), the thread stops beating and the other workers
 * take the partitions over. A beat is a plain publish to the bucket's subject `$KV.<bucket>.w.<id>`
 * (JetStream stores it; nobody waits for the acknowledgement, so a slow answer never delays the next
 * beat): the thread needs only the core client.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

export interface HeartbeatOptions {
  servers: string[];
  bucket: string;
  workerId: string;
  everyMs: number;
  stallMs: number;
}

const THREAD = `
const { parentPort, workerData: d } = require('node:worker_threads');
const { connect } = require(d.natsPath);
let alive = Date.now();
let stopped = false;
parentPort.on('message', (m) => {
  if (m === 'alive') alive = Date.now();
  else if (m === 'stop') stopped = true;
});
(async () => {
  const nc = await connect({ servers: d.servers, name: d.name, maxReconnectAttempts: -1, reconnectTimeWait: 100 });
  const subject = '$KV.' + d.bucket + '.w.' + d.workerId;
  let beats = 0;
  // Each beat is published without waiting for its acknowledgement: a slow answer never delays the next.
  const timer = setInterval(() => {
    if (stopped || Date.now() - alive > d.stallMs) return;
    try {
      nc.publish(subject, JSON.stringify({ at: Date.now(), beat: ++beats }));
    } catch {}
  }, d.everyMs);
  while (!stopped) await new Promise((r) => setTimeout(r, 50));
  clearInterval(timer);
  await nc.drain().catch(() => nc.close());
  parentPort.postMessage('stopped');
})().catch((e) => parentPort.postMessage('failed: ' + (e && e.message)));
`;

export class Heartbeat {
  private readonly thread: Worker;
  /** Set when the thread could not run (then the main thread beats itself). */
  failed: string | null = null;

  constructor(o: HeartbeatOptions) {
    const natsPath = createRequire(import.meta.url).resolve('@nats-io/transport-node');
    this.thread = new Worker(THREAD, {
      eval: true,
      workerData: { ...o, natsPath, name: `pretrial-heartbeat-${o.workerId}` },
    });
    this.thread.unref();
    this.thread.on('message', (m: unknown) => {
      if (typeof m === 'string' && m.startsWith('failed')) this.failed = m;
    });
    this.thread.on('error', (e) => {
      this.failed = e.message;
    });
  }

  alive(): void {
    this.thread.postMessage('alive');
  }

  /** Stop beating and close the thread's connection. */
  async stop(): Promise<void> {
    const done = new Promise<void>((resolve) => {
      const t = setTimeout(resolve, 2_000);
      this.thread.once('message', () => {
        clearTimeout(t);
        resolve();
      });
      this.thread.once('exit', () => {
        clearTimeout(t);
        resolve();
      });
    });
    this.thread.postMessage('stop');
    await done;
    await this.thread.terminate();
  }

  /** Stop at once, as a killed process would. */
  async kill(): Promise<void> {
    await this.thread.terminate();
  }
}
