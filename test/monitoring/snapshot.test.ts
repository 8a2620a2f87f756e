/**
 * Engine snapshots (bounded recovery): an engine made afresh and given the states another engine exported
 * mid-stream, then the rest of the events, raises exactly the alerts and alert changes of the engine that
 * saw every event — over the benchmark's mixed population (home, trips, curfews, exclusion zones, absences,
 * a protected person's phone), with late fixes and silence. The states cross a serialization boundary
 * (`encodeDeviceState`, `decodeDeviceState`), as they do through the store.
 */
import { deserialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import type { StoredDeviceEvent } from '../../src/monitoring/device-events.ts';
import {
  createEngine,
  type DeviceState,
  type Engine,
  engineAlerts,
  evaluateAll,
  exportDevices,
  importDevices,
  tick,
} from '../../src/monitoring/engine.ts';
import { buildWorkload } from '../../src/monitoring/simulator/workload.ts';
import { decodeDeviceState, encodeDeviceState } from '../../src/monitoring/snapshot.ts';

const w = buildWorkload({ people: 120, sharedZones: 150, minutes: 300, seed: 11 });

/** Every 40th fix of every 7th batch held back to the next batch (late data), and 20 minutes of silence for every 13th person. */
function batches(): StoredDeviceEvent[][] {
  const silent = new Set(w.people.filter((_, i) => i % 13 === 5).map((p) => p.deviceId));
  const out = w.batches.map((b, m) => b.filter((e) => !(silent.has(e.device) && m >= 140 && m < 175)));
  for (let i = 0; i + 1 < out.length; i += 7) {
    const b = out[i] as StoredDeviceEvent[];
    out[i] = b.filter((_, j) => j % 40 !== 3);
    out[i + 1] = [...(out[i + 1] as StoredDeviceEvent[]), ...b.filter((_, j) => j % 40 === 3)];
  }
  return out;
}

function feed(engine: Engine, list: StoredDeviceEvent[][], changes: string[]): void {
  for (const batch of list) {
    for (const c of evaluateAll(engine, batch))
      changes.push(`${c.change}|${c.alert.alertId}|${c.alert.state}`);
    const last = batch[batch.length - 1];
    if (last)
      for (const c of tick(engine, last.receivedAt))
        changes.push(`tick|${c.change}|${c.alert.alertId}|${c.alert.state}`);
  }
}

describe('engine snapshots', () => {
  it('an engine restored mid-stream raises the same alerts and changes as one that saw everything', () => {
    const all = batches();
    const cut = 120;
    const whole = createEngine(w.devices, { startAt: w.start, library: w.library });
    const wholeChanges: string[] = [];
    feed(whole, all.slice(0, cut), []);
    // The snapshot, through the same serialization the store uses, one device at a time.
    const bytes = exportDevices(whole).map(encodeDeviceState);
    const copies = bytes.map(decodeDeviceState);
    expect(copies.length).toBe(w.devices.length + w.people.filter((p) => p.protectedDevice).length);
    feed(whole, all.slice(cut), wholeChanges);

    const restored = createEngine(w.devices, { startAt: w.start, library: w.library });
    importDevices(restored, copies);
    const restoredChanges: string[] = [];
    feed(restored, all.slice(cut), restoredChanges);

    // Batch 119's held-back fixes arrive in batch 120, after the snapshot: re-evaluated from restored timelines.
    expect(wholeChanges.length).toBe(28);
    expect(restoredChanges).toEqual(wholeChanges);
    const a = engineAlerts(whole);
    expect(a.some((x) => x.kind === 'communicationFailure')).toBe(true);
    expect(a.length).toBe(30);
    expect(engineAlerts(restored)).toEqual(a);
  });

  it('a restored engine exported at once writes the snapshot it was restored from', () => {
    // The timelines are made from their columns only when read: exporting reads them all.
    const whole = createEngine(w.devices, { startAt: w.start, library: w.library });
    feed(whole, batches().slice(0, 90), []);
    const bytes = exportDevices(whole).map(encodeDeviceState);
    const restored = createEngine(w.devices, { startAt: w.start, library: w.library });
    importDevices(restored, bytes.map(decodeDeviceState));
    const again = exportDevices(restored).map(encodeDeviceState);
    // The same values (a whole number read back from a column is written as a double: not the same bytes).
    expect(again.length).toBe(bytes.length);
    expect(again.map((b) => deserialize(b))).toEqual(bytes.map((b) => deserialize(b)));
  });

  it('refuses a state that does not fit the engine, naming the device', () => {
    const engine = createEngine(w.devices, { startAt: w.start, library: w.library });
    const states = exportDevices(engine).map((s) => structuredClone(s));
    const first = states[0] as DeviceState;
    const other = createEngine(w.devices.slice(1), { startAt: w.start, library: w.library });
    expect(() => importDevices(other, [first])).toThrow(`the snapshot has device ${first.deviceId}`);
    expect(() => importDevices(engine, [{ ...first, rules: first.rules + 1 }])).toThrow(
      `device ${first.deviceId}: the snapshot's layout differs`,
    );
  });
});
