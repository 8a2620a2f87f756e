/**
 * The live alert stream: every committed alert change gets a sequence number and goes to each subscriber
 * (the SSE connections). The last changes stay in memory so a client that reconnects with `Last-Event-ID`
 * gets what it missed. Sequence numbers start from the process start time × 1000, so they keep increasing
 * across restarts and an id from before a restart is never mistaken for a newer one.
 */
import type { AlertChange } from '../../monitoring/alerts.ts';

export interface SequencedChange {
  seq: number;
  change: AlertChange;
}

type Listener = (c: SequencedChange) => void;

export class AlertHub {
  private seq: number;
  private readonly buffer: SequencedChange[] = [];
  private readonly listeners = new Set<Listener>();

  constructor(
    private readonly capacity = 10_000,
    start = Date.now() * 1000,
  ) {
    this.seq = start;
  }

  publish(changes: readonly AlertChange[]): void {
    for (const change of changes) {
      const c = { seq: ++this.seq, change };
      this.buffer.push(c);
      for (const l of this.listeners) l(c);
    }
    if (this.buffer.length > this.capacity) this.buffer.splice(0, this.buffer.length - this.capacity);
  }

  /** Changes after `seq` still in memory (all of them if it is older than the buffer). */
  since(seq: number): SequencedChange[] {
    const first = this.buffer.findIndex((c) => c.seq > seq);
    return first < 0 ? [] : this.buffer.slice(first);
  }

  subscribe(l: Listener): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }

  get subscribers(): number {
    return this.listeners.size;
  }
}
