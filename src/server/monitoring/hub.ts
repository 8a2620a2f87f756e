/**
 * The live alert stream: every committed alert change gets a sequence number and goes to each subscriber
 * (the SSE connections). The last changes stay in memory so a client that reconnects with `Last-Event-ID`
 * gets what it missed. A sequence number is the wall-clock time of the change in milliseconds × 1000 (or the
 * previous number + 1, when that is larger), so numbers keep increasing across restarts, and a number the
 * memory no longer covers (from before this process started, or dropped from the buffer) still says when the
 * client last heard: the route then sends the alerts the store changed since (`AlertHub.covers`).
 */
import type { AlertChange } from '../../monitoring/alerts.ts';

export interface SequencedChange {
  seq: number;
  change: AlertChange;
}

type Listener = (c: SequencedChange) => void;

export class AlertHub {
  private seq: number;
  /** Changes up to this number may be missing from the buffer (before this process, or dropped from it). */
  private floor: number;
  private readonly buffer: SequencedChange[] = [];
  private readonly listeners = new Set<Listener>();

  constructor(
    private readonly capacity = 10_000,
    private readonly clock: () => number = Date.now,
  ) {
    this.seq = clock() * 1000;
    this.floor = this.seq;
  }

  publish(changes: readonly AlertChange[]): void {
    for (const change of changes) {
      this.seq = Math.max(this.seq + 1, this.clock() * 1000);
      const c = { seq: this.seq, change };
      this.buffer.push(c);
      for (const l of this.listeners) l(c);
    }
    if (this.buffer.length > this.capacity) {
      const dropped = this.buffer.splice(0, this.buffer.length - this.capacity);
      this.floor = (dropped[dropped.length - 1] as SequencedChange).seq;
    }
  }

  /** The latest sequence number given (or this process's first, before any change). */
  get current(): number {
    return this.seq;
  }

  /** Whether the memory holds every change after `seq` (a client's `Last-Event-ID`). */
  covers(seq: number): boolean {
    return seq >= this.floor;
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
