/**
 * The monitoring engine's one interface: what the server, the ingest core, the tests and the benchmarks
 * call. Two evaluators implement it and must give the same alerts and alert changes for the same events
 * and ticks (the differential test in `test/monitoring/reference-engine.test.ts` is that contract):
 *
 * - `reference/` — the plain one: every machine runs on every event, late events re-run the device's rules
 *   from a checkpoint, and nothing is laid out for speed. Read it to learn what the engine does.
 * - `accelerated/` — the one the server runs: the same machines, with the device scalars in one
 *   `Float64Array`, quiet fixes checked against a few numbers and written into the states later, and the
 *   other layout and allocation tuning. Read it to learn how the engine goes fast.
 *
 * Both read no clock: processing time is each event's `receivedAt`, or the `now` given to `tick`.
 * The rules themselves (what is a violation, and the sources for it) are in `rules.ts` and `machines.ts`.
 */

import { AcceleratedEngine, type DeviceState, ENGINE_STATE_VERSION } from './accelerated/evaluator.ts';
import type { Alert, AlertChange } from './alerts.ts';
import type { StoredDeviceEvent } from './device-events.ts';
import { DEFAULT_TOLERANCES } from './enrollment.ts';
import { ReferenceEngine } from './reference/evaluator.ts';
import type { DeviceRules } from './rules.ts';
import { buildZoneLibrary, type ZoneLibrary } from './spatial-index.ts';

export { DEFAULT_TOLERANCES, type DeviceState, ENGINE_STATE_VERSION };

export interface EngineOptions {
  /** How much device time each device keeps for re-evaluation, ms (default 48 h). */
  replayHorizonMs: number;
  /** A checkpoint of the rule states every this many events (default 128). */
  checkpointEvery: number;
}

export const DEFAULT_ENGINE_OPTIONS: EngineOptions = {
  replayHorizonMs: 48 * 3_600_000,
  checkpointEvery: 128,
};

/** The streaming evaluator: per-device state, events in device-time order (late ones re-evaluated). */
export interface Engine {
  /** Which evaluator this is. */
  readonly evaluator: 'reference' | 'accelerated';
  /** Processing time from which a device made now is silent. */
  readonly startAt: number;
  readonly options: Readonly<EngineOptions>;
  /** The alerts the engine holds, by id (the server lays the officers' actions over them). */
  readonly alerts: Map<string, Alert>;
  /** Evaluate one stored event; the alert changes it caused. */
  evaluate(e: StoredDeviceEvent): AlertChange[];
  /** Evaluate many stored events (in any order; order per device only affects speed). */
  evaluateAll(events: readonly StoredDeviceEvent[]): AlertChange[];
  /** Advance processing time to `now` (silence, late returns with no new fix); `only`: just those devices. */
  tick(now: number, only?: ReadonlySet<string>): AlertChange[];
  /**
   * Change the supervised devices (an enrollment added, changed or ended): `remove` and the devices that
   * `devices` replaces are taken out with their alerts; the ids of the devices made are returned.
   */
  replaceDevices(devices: readonly DeviceRules[], remove?: readonly string[]): Set<string>;
  /** Stored events replayed into the devices just made by `replaceDevices`. */
  replayAdded(events: readonly StoredDeviceEvent[], added: ReadonlySet<string>): AlertChange[];
  /** The device called in (with an event kept out of evaluation): it is not silent. */
  noteReceipt(deviceId: string, receivedAt: number): void;
  /** Whether the engine knows the device (supervised, or a protected person's phone). */
  knowsDevice(deviceId: string): boolean;
  /** Every device the engine knows. */
  deviceIds(): string[];
  /** Every device's state for a snapshot (the accelerated engine's layout; `ENGINE_STATE_VERSION`). */
  exportDevices(): DeviceState[];
  /** Lay snapshot states over a fresh engine made with the same rules and zone library. */
  importDevices(states: readonly DeviceState[]): void;
}

export interface CreateEngineOptions extends Partial<EngineOptions> {
  /** Processing time from which a device made now is silent. */
  startAt: number;
  library?: ZoneLibrary;
  /** Which evaluator (default the accelerated one, which the server runs). */
  evaluator?: 'reference' | 'accelerated';
}

/** An engine for a set of supervised devices (compiled rules), the agency's shared zones and a start instant. */
export function createEngine(devices: readonly DeviceRules[], options: CreateEngineOptions): Engine {
  const library = options.library ?? buildZoneLibrary([]);
  const resolved: EngineOptions = {
    replayHorizonMs: options.replayHorizonMs ?? DEFAULT_ENGINE_OPTIONS.replayHorizonMs,
    checkpointEvery: options.checkpointEvery ?? DEFAULT_ENGINE_OPTIONS.checkpointEvery,
  };
  return options.evaluator === 'reference'
    ? new ReferenceEngine(devices, library, resolved, options.startAt)
    : new AcceleratedEngine(devices, library, resolved, options.startAt);
}

// The same operations as functions of the engine, as the server and the ingest core call them.

export const evaluate = (engine: Engine, e: StoredDeviceEvent): AlertChange[] => engine.evaluate(e);
export const evaluateAll = (engine: Engine, events: readonly StoredDeviceEvent[]): AlertChange[] =>
  engine.evaluateAll(events);
export const tick = (engine: Engine, now: number, only?: ReadonlySet<string>): AlertChange[] =>
  engine.tick(now, only);
export const replaceDevices = (
  engine: Engine,
  devices: readonly DeviceRules[],
  remove: readonly string[] = [],
): Set<string> => engine.replaceDevices(devices, remove);
export const replayAdded = (
  engine: Engine,
  events: readonly StoredDeviceEvent[],
  added: ReadonlySet<string>,
): AlertChange[] => engine.replayAdded(events, added);
export const noteReceipt = (engine: Engine, deviceId: string, receivedAt: number): void =>
  engine.noteReceipt(deviceId, receivedAt);
export const knowsDevice = (engine: Engine, deviceId: string): boolean => engine.knowsDevice(deviceId);
export const exportDevices = (engine: Engine): DeviceState[] => engine.exportDevices();
export const importDevices = (engine: Engine, states: readonly DeviceState[]): void =>
  engine.importDevices(states);

/** Apply an officer's transition (from `alerts.ts`) to the engine's copy of an alert. */
export function applyOfficerAction(
  engine: Engine,
  alertId: string,
  action: (a: Alert) => Alert,
): AlertChange {
  const a = engine.alerts.get(alertId);
  if (!a) throw new Error(`no alert ${alertId} in the engine`);
  const next = action(a);
  engine.alerts.set(alertId, next);
  return { change: 'officer', alert: next };
}

/** The engine's copy of an alert, if it holds it. */
export const engineAlert = (engine: Engine, alertId: string): Alert | undefined => engine.alerts.get(alertId);

/**
 * Lay a stored alert (with the officers' actions the store holds) over the engine's copy, when the engine holds
 * it; false when it does not.
 */
export function layStoredAlert(engine: Engine, stored: Alert): boolean {
  if (!engine.alerts.has(stored.alertId)) return false;
  engine.alerts.set(stored.alertId, stored);
  return true;
}

/** All alerts the engine holds, oldest first. */
export const engineAlerts = (engine: Engine): Alert[] =>
  [...engine.alerts.values()].sort((a, b) =>
    a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : 0,
  );
