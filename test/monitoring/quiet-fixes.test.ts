/**
 * The quiet-fix path (a fix that changes nothing is checked against a few numbers and written into the rule
 * states later) gives exactly the alerts of running every machine on every fix: over the benchmark's mixed
 * population (at home, on approved trips, free by day under a curfew that starts at 21:00, entering
 * exclusion zones, away without approval, approaching a protected person), with some fixes arriving late.
 */
import { describe, expect, it } from 'vitest';
import { buildWorkload } from '../../bench/monitoring-workload.ts';
import { type Fix, type StoredDeviceEvent, storedEvent } from '../../src/monitoring/device-events.ts';
import { createEngine, engineAlerts, evaluateAll, tick } from '../../src/monitoring/evaluator.ts';
import { destination } from '../../src/monitoring/geo.ts';

// 09:00 to 22:00 Los Angeles time. People under a curfew (21:00–06:00) are persons 0–2 of every ten.
const w = buildWorkload({ people: 120, sharedZones: 150, minutes: 780, seed: 11 });

/**
 * The workload's people are all home by the evening: here some are not. Person 0 of every ten is 3 km
 * away from 20:30 to 21:40 (a late return, raised on a fix); person 1 is 3 km away from 20:40 and silent
 * from 20:55 to 21:40 (raised by the tick on the last known position, with a communication failure).
 */
function evening(batches: StoredDeviceEvent[][]): StoredDeviceEvent[][] {
  const byDevice = new Map(w.people.map((p, i) => [p.deviceId, { p, i }]));
  return batches.map((batch, m) =>
    batch.flatMap((e) => {
      const who = byDevice.get(e.device);
      if (!who || e.kind !== 'fix') return [e];
      const role = who.i % 10;
      if (role === 1 && m >= 715 && m < 760) return [];
      if ((role === 0 && m >= 690 && m < 760) || (role === 1 && m >= 700 && m < 715)) {
        const [lat, lon] = destination(who.p.home.lat, who.p.home.lon, 90, 3_000 + (m % 7) * 20);
        const f = e as Fix & StoredDeviceEvent;
        return [storedEvent({ ...f, lat, lon } as Fix, f.id, f.receivedAt)];
      }
      return [e];
    }),
  );
}

/** The batches with every 40th fix of every 9th batch held back to the next batch (late data). */
function withLateFixes(batches: StoredDeviceEvent[][]): StoredDeviceEvent[][] {
  const out: StoredDeviceEvent[][] = batches.map((b) => b.slice());
  for (let i = 0; i + 1 < out.length; i += 9) {
    const b = out[i] as StoredDeviceEvent[];
    const held = b.filter((_, j) => j % 40 === 3);
    out[i] = b.filter((_, j) => j % 40 !== 3);
    out[i + 1] = [...(out[i + 1] as StoredDeviceEvent[]), ...held];
  }
  return out;
}

function run(batches: StoredDeviceEvent[][], quietFixes: boolean) {
  const engine = createEngine(w.devices, { startAt: w.start, library: w.library, quietFixes });
  const changes: string[] = [];
  for (const batch of batches) {
    for (const c of evaluateAll(engine, batch)) changes.push(`${c.change}|${c.alert.alertId}`);
    const last = batch[batch.length - 1];
    if (last)
      for (const c of tick(engine, last.receivedAt)) changes.push(`tick|${c.change}|${c.alert.alertId}`);
  }
  return { alerts: engineAlerts(engine), changes };
}

describe('quiet fixes', () => {
  it('give the same alerts and alert changes as running every machine on every fix', () => {
    const batches = evening(w.batches);
    const fast = run(batches, true);
    const full = run(batches, false);
    expect(full.alerts.length).toBeGreaterThan(20);
    // Late returns at the curfew's start are among them, raised by a fix and by the tick.
    const curfew = full.alerts.filter((a) => a.kind === 'curfewNotHome');
    const byTick = curfew.filter((a) =>
      a.evidence.notes.some((n) => n.startsWith('raised on the last known')),
    );
    expect(curfew.length).toBe(12);
    expect(byTick.length).toBe(8);
    expect(full.alerts.some((a) => a.kind === 'communicationFailure')).toBe(true);
    expect(fast.alerts).toEqual(full.alerts);
    expect(fast.changes).toEqual(full.changes);
  });

  it('give the same alerts when some fixes arrive late', () => {
    const late = withLateFixes(evening(w.batches));
    const fast = run(late, true);
    const full = run(late, false);
    expect(full.alerts.length).toBeGreaterThan(20);
    expect(fast.alerts).toEqual(full.alerts);
    expect(fast.changes).toEqual(full.changes);
  });
});
