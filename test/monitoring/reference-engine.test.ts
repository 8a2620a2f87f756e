/**
 * The engine's contract: the accelerated evaluator (the server's: quiet fixes checked against a few numbers
 * and written into the rule states later, far observations of a protected person's phone chained without
 * reading the timeline, checkpoints that keep only a fix) gives exactly the alerts and alert changes of the
 * reference evaluator, which runs every machine on every event: over a seeded mixed population (at home, on
 * approved trips, free by day under a curfew that starts at 21:00, entering exclusion zones, away without
 * approval, approaching a protected person), with some fixes arriving late, and in the cases each shortcut
 * must get right.
 */
import { describe, expect, it } from 'vitest';
import { acceleratedState } from '../../src/monitoring/accelerated/evaluator.ts';
import { type Fix, type StoredDeviceEvent, storedEvent } from '../../src/monitoring/device-events.ts';
import { createEngine, type Engine, engineAlerts, evaluateAll, tick } from '../../src/monitoring/engine.ts';
import { destination } from '../../src/monitoring/geo.ts';
import { ReferenceEngine } from '../../src/monitoring/reference/evaluator.ts';
import { buildWorkload } from '../../src/monitoring/simulator/workload.ts';
import { buildZoneLibrary } from '../../src/monitoring/spatial-index.ts';
import { circleZone } from '../../src/monitoring/zones.ts';
import { east, engineFor, fix, gps, HOME, homeDetention, minutes, noContact, stored } from './helpers.ts';

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

type Evaluator = Engine['evaluator'];

/** A device's timeline (for the phones' followers: where each observation went, paired with which fix). */
const timelineOf = (engine: Engine, deviceId: string) =>
  (engine instanceof ReferenceEngine
    ? engine.devices.get(deviceId)?.history
    : acceleratedState(engine).devices.get(deviceId)?.history) ?? [];

function run(batches: StoredDeviceEvent[][], evaluator: Evaluator) {
  const engine = createEngine(w.devices, { startAt: w.start, library: w.library, evaluator });
  const changes: string[] = [];
  for (const batch of batches) {
    for (const c of evaluateAll(engine, batch)) changes.push(`${c.change}|${c.alert.alertId}`);
    const last = batch[batch.length - 1];
    if (last)
      for (const c of tick(engine, last.receivedAt)) changes.push(`tick|${c.change}|${c.alert.alertId}`);
  }
  return { alerts: engineAlerts(engine), changes };
}

describe('the accelerated evaluator', () => {
  it('gives the reference evaluator’s alerts and alert changes', () => {
    const batches = evening(w.batches);
    const fast = run(batches, 'accelerated');
    const full = run(batches, 'reference');
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

  it('leave each follower of a protected person’s phone the same timeline: each observation where the machines put it, paired with the same fix', () => {
    const late = withLateFixes(evening(w.batches));
    const timelines = (evaluator: Evaluator) => {
      const engine = createEngine(w.devices, { startAt: w.start, library: w.library, evaluator });
      for (const batch of late) {
        evaluateAll(engine, batch);
        tick(engine, (batch[batch.length - 1] as StoredDeviceEvent).receivedAt);
      }
      return w.people
        .filter((p) => p.protectedDevice)
        .map((p) =>
          timelineOf(engine, p.deviceId).map((e) =>
            e.kind === 'proximity'
              ? `${e.at} proximity ${e.p.own.id} ${e.p.other.id} ${e.p.distanceM}`
              : `${e.at} ${e.kind} ${e.id}`,
          ),
        );
    };
    const fast = timelines('accelerated');
    // Most of the phones' fixes reach their followers' timelines late (the phone's fix of a minute comes
    // after some followers' own fix of that minute), and far away.
    expect(fast.flat().filter((x) => x.includes('proximity')).length).toBeGreaterThan(1_000);
    expect(fast).toEqual(timelines('reference'));
  });

  it('gives the same alerts and alert changes when some fixes arrive late', () => {
    const late = withLateFixes(evening(w.batches));
    const fast = run(late, 'accelerated');
    const full = run(late, 'reference');
    expect(full.alerts.length).toBeGreaterThan(20);
    expect(fast.alerts).toEqual(full.alerts);
    expect(fast.changes).toEqual(full.changes);
  });
});

describe('a protected person’s late fix', () => {
  it('is re-run when a later fix of the supervisee now pairs with it, though its own pairing is far', () => {
    const S = { lat: 34.05, lon: -118.25 };
    const far = east(S, -3_000);
    const near = east(S, 50);
    const { compiled } = engineFor([noContact, gps], {
      protectedPersons: [
        {
          id: 'pp-a',
          label: 'Protected person A',
          deviceId: 'victim-1',
          conditionId: 'c-no-contact',
          radiusM: 200,
        },
      ],
    });
    // The supervisee is 3 km away, then 50 m from where the protected person is, then away again; the
    // protected person's phone uploads late. Its 10:03:30 fix pairs with the 10:03:00 fix (3 km: nothing),
    // but the 10:04:00 and 10:05:00 fixes now pair with it (50 m): a mobile-zone episode, raised late.
    const sup = stored([
      fix('dev-1', '2026-05-05T10:02:00Z', far),
      fix('dev-1', '2026-05-05T10:03:00Z', far),
      fix('dev-1', '2026-05-05T10:04:00Z', near),
      fix('dev-1', '2026-05-05T10:05:00Z', near),
      fix('dev-1', '2026-05-05T10:06:00Z', far),
      fix('dev-1', '2026-05-05T10:07:00Z', far),
    ]);
    const victim = stored([fix('victim-1', '2026-05-05T10:03:30Z', S)], Date.parse('2026-05-05T10:08:00Z'));
    const alerts = (evaluator: Evaluator) => {
      const engine = createEngine([compiled.device], {
        startAt: Date.parse('2026-05-05T09:00:00Z'),
        library: buildZoneLibrary([], 200),
        evaluator,
      });
      evaluateAll(engine, sup);
      evaluateAll(engine, victim);
      return engineAlerts(engine);
    };
    const fast = alerts('accelerated');
    expect(fast.map((a) => [a.kind, a.startedAt, a.endedAt, a.late])).toEqual([
      ['mobileZone', '2026-05-05T10:04:00.000Z', '2026-05-05T10:06:00.000Z', true],
    ]);
    expect(fast).toEqual(alerts('reference'));
  });
});

describe('a checkpoint taken while the device is quiet', () => {
  it('keeps only the fix; a late absence re-evaluated from it gives the reference evaluator’s alerts', () => {
    // A protected person's home 1.5 km east: the straight line from home to 3 km east crosses it.
    const spot = east(HOME, 1_500);
    const { compiled } = engineFor([homeDetention(), gps, noContact], {
      zones: [
        {
          zone: circleZone('pa-home', 'Home of protected person A', spot.lat, spot.lon, 300),
          role: 'exclusion',
          conditionId: 'c-no-contact',
        },
      ],
    });
    // At home every minute from 10:00 to 14:00 but for 11:20–11:34, whose fixes (3 km away) arrive at 14:01.
    // They are re-evaluated from the quiet checkpoint taken at 11:19 (after 80 events), whose states must
    // hold that fix at home: the sparse-fix check finds the crossing out from it, and the one back.
    const home = minutes('dev-1', '2026-05-05T10:00:00Z', 240, HOME).filter(
      (e) => e.at < Date.parse('2026-05-05T11:20:00Z') || e.at >= Date.parse('2026-05-05T11:35:00Z'),
    );
    const away = minutes('dev-1', '2026-05-05T11:20:00Z', 15, east(HOME, 3_000));
    const onTime = stored(home);
    const late = stored(away, Date.parse('2026-05-05T14:01:00Z'));
    const runEngine = (evaluator: Evaluator) => {
      const engine = createEngine([compiled.device], {
        startAt: Date.parse('2026-05-05T09:00:00Z'),
        library: buildZoneLibrary([], 200),
        checkpointEvery: 16,
        evaluator,
      });
      for (let i = 0; i < onTime.length; i += 10) evaluateAll(engine, onTime.slice(i, i + 10));
      const quietCheckpoints =
        engine instanceof ReferenceEngine
          ? 0
          : (acceleratedState(engine)
              .devices.get('dev-1')
              ?.checkpoints.filter((c) => c.states === null).length ?? 0);
      evaluateAll(engine, late);
      return { alerts: engineAlerts(engine), quietCheckpoints };
    };
    const fast = runEngine('accelerated');
    const full = runEngine('reference');
    // 225 fixes at home, a checkpoint every 16 events: 14 after the first (made with the engine), each
    // taken while the device is quiet.
    expect(fast.quietCheckpoints).toBe(14);
    expect(full.quietCheckpoints).toBe(0);
    expect(fast.alerts.map((a) => [a.kind, a.startedAt, a.endedAt, a.late])).toEqual([
      ['possibleCrossing', '2026-05-05T11:19:00.000Z', '2026-05-05T11:20:00.000Z', true],
      ['unapprovedAbsence', '2026-05-05T11:20:00.000Z', '2026-05-05T11:35:00.000Z', true],
      ['possibleCrossing', '2026-05-05T11:34:00.000Z', '2026-05-05T11:35:00.000Z', true],
    ]);
    expect(fast.alerts).toEqual(full.alerts);
  });
});
