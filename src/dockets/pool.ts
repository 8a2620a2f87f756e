/**
 * Imports off the event loop: the server hands each upload to a worker thread and awaits the answer, so a
 * large or hostile file never stalls other requests, ingest or the UI. Each import has a time budget; a
 * worker that overruns it is terminated and replaced, and the upload refused with a clear message.
 */
import { Worker } from 'node:worker_threads';
import type { ImportOptions, ImportResult } from './import.ts';
import { reject } from './types.ts';

export interface ImportJobInput {
  bytes: Uint8Array;
  name: string;
}

/** The default budget for one import: the largest real dockets (a few MB) import in well under a second. */
export const DEFAULT_IMPORT_BUDGET_MS = 20_000;

type Options = Omit<ImportOptions, 'onProgress'>;

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  busy: boolean;
}

export class ImportPool {
  private slots: Slot[] = [];
  private queue: Array<() => void> = [];
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly budgetMs = DEFAULT_IMPORT_BUDGET_MS,
    private readonly size = 1,
  ) {}

  private spawn(): Slot {
    const worker = new Worker(new URL('./import-worker.mjs', import.meta.url));
    worker.unref();
    const ready = new Promise<void>((resolve, fail) => {
      const onMessage = (m: { ready?: boolean }) => {
        if (m?.ready) {
          worker.off('message', onMessage);
          worker.off('error', fail);
          resolve();
        }
      };
      worker.on('message', onMessage);
      worker.once('error', fail);
    });
    ready.catch(() => {});
    return { worker, ready, busy: false };
  }

  private async acquire(): Promise<Slot> {
    for (;;) {
      if (this.closed) throw new Error('the import pool is closed');
      const free = this.slots.find((s) => !s.busy);
      if (free) {
        free.busy = true;
        return free;
      }
      if (this.slots.length < this.size) {
        const slot = this.spawn();
        slot.busy = true;
        this.slots.push(slot);
        return slot;
      }
      await new Promise<void>((resolve) => this.queue.push(resolve));
    }
  }

  private release(slot: Slot, replace: boolean) {
    if (replace) {
      void slot.worker.terminate();
      this.slots = this.slots.filter((s) => s !== slot);
    } else slot.busy = false;
    this.queue.shift()?.();
  }

  /**
   * Import in a worker; a refusal when the budget runs out or `signal` aborts (the client went away or
   * canceled): the worker is stopped and replaced either way.
   */
  async run(inputs: ImportJobInput[], options: Options = {}, signal?: AbortSignal): Promise<ImportResult> {
    if (signal?.aborted) return reject('the import was canceled');
    const slot = await this.acquire();
    try {
      await slot.ready;
    } catch (e) {
      this.release(slot, true);
      throw e;
    }
    const id = this.nextId++;
    // The budget starts once the worker is ready: starting a thread is not the file's cost.
    const budget = this.budgetMs;
    return new Promise<ImportResult>((resolve) => {
      let done = false;
      const finish = (result: ImportResult, replace: boolean) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        slot.worker.off('message', onMessage);
        slot.worker.off('error', onError);
        this.release(slot, replace);
        resolve(result);
      };
      const onMessage = (m: { id?: number; result?: ImportResult }) => {
        if (m?.id === id && m.result) finish(m.result, false);
      };
      const onError = (e: Error) => finish(reject(`the import failed in its worker: ${e.message}`), true);
      const onAbort = () => finish(reject('the import was canceled'), true);
      const timer = setTimeout(
        () =>
          finish(
            reject(
              `the import was stopped after ${(this.budgetMs / 1000).toFixed(1)} s, its time limit: the file is too large or too deeply nested to read as a docket`,
              inputs.map((i) => `${i.name} (${(i.bytes.length / 1048576).toFixed(1)} MB)`).join(', '),
            ),
            true,
          ),
        budget,
      );
      slot.worker.on('message', onMessage);
      slot.worker.once('error', onError);
      if (signal?.aborted) return onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      slot.worker.postMessage({ id, inputs, options });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots;
    this.slots = [];
    for (const resolve of this.queue.splice(0)) resolve();
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
