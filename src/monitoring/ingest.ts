/**
 * The ingest core, pure: validate a batch, drop duplicates by idempotency key (device, time, kind), order it
 * per device by device time, give each new event its 64-bit id, evaluate, and return what to make durable
 * (the accepted events and the alert changes). The HTTP route writes both through the store (`src/store/monitoring.ts`) in
 * one transaction and answers with the accepted count only after the commit; on restart the engine is rebuilt by
 * replaying the stored events, and alert ids are stable, so nothing is duplicated.
 */
import type { AlertChange } from './alerts.ts';
import { type DeviceEvent, eventKey, type StoredDeviceEvent, storedEvent } from './device-events.ts';
import { type Engine, evaluateAll, knowsDevice, noteReceipt, tick } from './engine.ts';
import { type BatchProblem, parseDeviceEventBatch } from './parse.ts';
import { checkFix, newPlausibilityState, type PlausibilityState } from './plausibility.ts';

export interface IngestState {
  engine: Engine;
  /** The next 64-bit event id (the store's max id + 1 at start). */
  nextId: bigint;
  /** Recently seen idempotency keys, per device, with their device time (pruned past the horizon). */
  seen: Map<string, Map<string, number>>;
  /** Events further in the future than this (device clock ahead of ours) are kept but not evaluated, ms. */
  maxClockAheadMs: number;
  /** Each device's last trusted fix: a fix implying an impossible speed from it is kept but not evaluated. */
  plausibility: PlausibilityState;
}

export const newIngestState = (
  engine: Engine,
  nextId = 1n,
  maxClockAheadMs = 5 * 60_000,
  plausibility: PlausibilityState = newPlausibilityState(),
): IngestState => ({
  engine,
  nextId,
  seen: new Map(),
  maxClockAheadMs,
  plausibility,
});

/**
 * Whether an event of a known device is kept out of evaluation, and why: stamped too far ahead of our clock, or
 * a fix that implies an impossible speed from the device's last trusted fix (src/monitoring/plausibility.ts).
 * Called once per event, in the order received (live and on replay alike), so both reach the same answer.
 */
export function setAside(
  state: IngestState,
  e: DeviceEvent,
  receivedAt: number,
): 'future' | 'implausible' | null {
  if (e.at > receivedAt + state.maxClockAheadMs) return 'future';
  if (e.kind === 'fix' && checkFix(state.plausibility, e.device, e)) return 'implausible';
  return null;
}

export interface Quarantined {
  event: StoredDeviceEvent;
  reason: 'unknownDevice' | 'future' | 'implausible';
}

export type IngestResult =
  | {
      ok: true;
      /** New events with their ids, in evaluation order: store them all. */
      accepted: StoredDeviceEvent[];
      /** Stored but not evaluated, with the reason (a subset of `accepted`). */
      quarantined: Quarantined[];
      duplicates: number;
      changes: AlertChange[];
    }
  | { ok: false; problems: BatchProblem[] };

const KIND_ORDER = (k: string) => (k === 'fix' ? 0 : 1);

/** Ingest a batch given as text (JSON array or NDJSON) or as parsed events, received at `receivedAt`. */
export function ingestBatch(
  state: IngestState,
  batch: string | readonly DeviceEvent[],
  receivedAt: number,
): IngestResult {
  let events: readonly DeviceEvent[];
  if (typeof batch === 'string') {
    const parsed = parseDeviceEventBatch(batch);
    if (!parsed.ok) return parsed;
    events = parsed.events;
  } else events = batch;

  let duplicates = 0;
  const fresh: DeviceEvent[] = [];
  const inBatch = new Set<string>();
  for (const e of events) {
    const key = eventKey(e);
    const seen = state.seen.get(e.device);
    if (inBatch.has(key) || seen?.has(key)) {
      duplicates++;
      continue;
    }
    inBatch.add(key);
    fresh.push(e);
  }
  // Per device, device-time order (a stable sort keeps arrival order for equal keys).
  const ordered = fresh
    .map((e, i) => ({ e, i }))
    .sort((a, b) =>
      a.e.device < b.e.device
        ? -1
        : a.e.device > b.e.device
          ? 1
          : a.e.at - b.e.at || KIND_ORDER(a.e.kind) - KIND_ORDER(b.e.kind) || a.i - b.i,
    )
    .map((x) => x.e);

  const accepted: StoredDeviceEvent[] = [];
  const quarantined: Quarantined[] = [];
  const toEvaluate: StoredDeviceEvent[] = [];
  for (const e of ordered) {
    const stored = storedEvent(e, state.nextId, receivedAt);
    state.nextId += 1n;
    accepted.push(stored);
    let seen = state.seen.get(e.device);
    if (!seen) {
      seen = new Map();
      state.seen.set(e.device, seen);
    }
    seen.set(eventKey(e), e.at);
    if (!knowsDevice(state.engine, e.device)) {
      quarantined.push({ event: stored, reason: 'unknownDevice' });
      continue;
    }
    const aside = setAside(state, e, receivedAt);
    if (aside) {
      // The device did call in; what it said is not evidence.
      quarantined.push({ event: stored, reason: aside });
      noteReceipt(state.engine, e.device, receivedAt);
    } else toEvaluate.push(stored);
  }
  const changes = new Map<string, AlertChange>();
  for (const c of evaluateAll(state.engine, toEvaluate)) changes.set(c.alert.alertId, c);
  for (const c of tick(state.engine, receivedAt)) {
    const prior = changes.get(c.alert.alertId);
    changes.set(c.alert.alertId, prior?.change === 'opened' ? { change: 'opened', alert: c.alert } : c);
  }
  pruneSeen(state);
  return { ok: true, accepted, quarantined, duplicates, changes: [...changes.values()] };
}

function pruneSeen(state: IngestState): void {
  const horizon = state.engine.options.replayHorizonMs;
  for (const [device, keys] of state.seen) {
    if (keys.size < 8192) continue;
    let newest = Number.NEGATIVE_INFINITY;
    for (const at of keys.values()) if (at > newest) newest = at;
    for (const [k, at] of keys) if (at < newest - horizon) keys.delete(k);
    if (keys.size === 0) state.seen.delete(device);
  }
}
