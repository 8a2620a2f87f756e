/**
 * Replacing some devices of a live engine (an enrollment changed) and replaying only their stored events
 * gives those devices exactly the alerts an engine built from scratch with the new rules gives them, and
 * leaves every other device as it was: its runtime, its state and its alerts.
 */
import { describe, expect, it } from 'vitest';
import { acceleratedState } from '../../src/monitoring/accelerated/evaluator.ts';
import type { Alert } from '../../src/monitoring/alerts.ts';
import { type Fix, type StoredDeviceEvent, storedEvent } from '../../src/monitoring/device-events.ts';
import {
  createEngine,
  type Engine,
  engineAlerts,
  evaluateAll,
  replaceDevices,
  replayAdded,
  tick,
} from '../../src/monitoring/engine.ts';
import { ReferenceEngine } from '../../src/monitoring/reference/evaluator.ts';
import type { DeviceRules, MobileExclusionRule, Rule } from '../../src/monitoring/rules.ts';
import { buildWorkload } from '../../src/monitoring/simulator/workload.ts';

// 09:00 to 13:00 Los Angeles time, 80 people; persons 7, 27, 47, 67 are followed by a protected person's phone.
const w = buildWorkload({ people: 80, sharedZones: 60, minutes: 240, seed: 5 });
/** A supervisee who walks up to the protected person carrying the phone that follows them. */
const APPROACH = w.people.findIndex((p) => p.behavior === 'approach');

/** A new protected person's phone, 400 m east of person 3's home every five minutes (invented). */
const NEW_PHONE = 'PH-NEW-3';
const home3 = (w.people[3] as (typeof w.people)[number]).home;
const batches: StoredDeviceEvent[][] = w.batches.map((batch, m) => {
  if (m % 5 !== 0) return batch;
  const first = batch[0] as StoredDeviceEvent;
  const fix: Fix = {
    kind: 'fix',
    device: NEW_PHONE,
    at: first.receivedAt - 75_000,
    lat: home3.lat,
    lon: home3.lon + 400 / (111_320 * Math.cos((home3.lat * Math.PI) / 180)),
    accuracyM: 10,
    source: 'gps',
  };
  return [...batch, storedEvent(fix, 10_000_000n + BigInt(m), first.receivedAt)];
});

const rulesOf = (i: number) => w.devices[i] as DeviceRules;

/**
 * The changed enrollments: the approaching supervisee (followed by a phone the engine keeps) no longer has
 * the shared-zone rule; person 3 now also has a protected person whose phone is new to the engine (its
 * mobile rule copied from the approaching supervisee's).
 */
function changed(): DeviceRules[] {
  const pa = rulesOf(APPROACH);
  const without = pa.rules.filter((r) => !(r.kind === 'exclusion' && r.sharedTags));
  const p3 = rulesOf(3);
  const mobile = pa.rules.find((r) => r.kind === 'mobileExclusion') as MobileExclusionRule;
  const added: Rule = {
    ...mobile,
    ruleId: `${p3.personId}:c-no-contact:mobile:new`,
    personId: p3.personId,
    deviceId: p3.deviceId,
    protectedPersonId: 'pp-new-3',
    protectedDeviceId: NEW_PHONE,
  };
  return [
    { ...pa, rules: without },
    { ...p3, rules: [...p3.rules, added] },
  ];
}

function runAll(engine: Engine): void {
  for (const batch of batches) {
    evaluateAll(engine, batch);
    tick(engine, (batch[batch.length - 1] as StoredDeviceEvent).receivedAt);
  }
}

const view = (a: Alert) => ({
  id: a.alertId,
  kind: a.kind,
  startedAt: a.startedAt,
  endedAt: a.endedAt,
  detectedAt: a.detectedAt,
  state: a.state,
  late: a.late,
  confidence: a.confidence,
  evidence: a.evidence,
  history: a.history,
});
const alertsOf = (engine: Engine, devices: ReadonlySet<string>) =>
  engineAlerts(engine)
    .filter((a) => devices.has(a.deviceId))
    .map(view);

/** A device's runtime in either evaluator (to see that replacing others leaves it alone). */
const runtimeOf = (engine: Engine, deviceId: string): object | undefined =>
  engine instanceof ReferenceEngine
    ? engine.devices.get(deviceId)
    : acceleratedState(engine).devices.get(deviceId);

describe('replacing devices in a live engine', () => {
  for (const evaluator of ['accelerated', 'reference'] as const)
    it(`gives the replaced devices the alerts of a fresh engine, and leaves the others alone (${evaluator} evaluator)`, () => {
      const live = createEngine(w.devices, { startAt: w.start, library: w.library, evaluator });
      runAll(live);
      const others = new Set(w.devices.map((d) => d.deviceId));
      const next = changed();
      for (const d of next) others.delete(d.deviceId);
      const othersBefore = alertsOf(live, others);
      const untouched = runtimeOf(live, rulesOf(8).deviceId);

      const added = replaceDevices(live, next);
      expect([...added].sort()).toEqual([NEW_PHONE, rulesOf(3).deviceId, rulesOf(APPROACH).deviceId].sort());
      for (const batch of batches) {
        replayAdded(live, batch, added);
        tick(live, (batch[batch.length - 1] as StoredDeviceEvent).receivedAt, added);
      }

      const fresh = createEngine(
        w.devices.map((d) => next.find((x) => x.deviceId === d.deviceId) ?? d),
        { startAt: w.start, library: w.library, evaluator },
      );
      runAll(fresh);
      const replaced = new Set(next.map((d) => d.deviceId));
      const mine = alertsOf(live, replaced);
      expect(mine).toEqual(alertsOf(fresh, replaced));
      // The change shows: person 3 is now warned about the new protected person's phone, 400 m from home
      // (inside the 500 m radius of the copied rule); the approaching supervisee still about theirs …
      const mobile = (device: string) =>
        engineAlerts(live).filter((a) => a.deviceId === device && a.kind === 'mobileZone').length;
      expect(mobile(rulesOf(3).deviceId)).toBeGreaterThan(0);
      expect(mobile(rulesOf(APPROACH).deviceId)).toBeGreaterThan(0);
      // … and the other devices are as they were, down to their runtime.
      expect(alertsOf(live, others)).toEqual(othersBefore);
      expect(alertsOf(fresh, others)).toEqual(othersBefore);
      expect(runtimeOf(live, rulesOf(8).deviceId)).toBe(untouched);
      expect(othersBefore.length).toBeGreaterThan(5);
    });

  it('takes a device out with its alerts, and refuses to supervise a protected person’s phone', () => {
    const live = createEngine(w.devices, { startAt: w.start, library: w.library });
    runAll(live);
    // A person who walks into the home of a protected person: there are alerts to take out.
    const gone = rulesOf(w.people.findIndex((p) => p.behavior === 'exclusion')).deviceId;
    expect(engineAlerts(live).some((a) => a.deviceId === gone)).toBe(true);
    expect(replaceDevices(live, [], [gone]).size).toBe(0);
    expect(acceleratedState(live).devices.has(gone)).toBe(false);
    expect(engineAlerts(live).some((a) => a.deviceId === gone)).toBe(false);
    // Its later events are passed over, as an unknown device's.
    expect(evaluateAll(live, [{ ...(batches[0]?.[7] as StoredDeviceEvent) }])).toEqual([]);
    const phone = (rulesOf(27).rules.find((r) => r.kind === 'mobileExclusion') as MobileExclusionRule)
      .protectedDeviceId;
    const before = engineAlerts(live).length;
    expect(() => replaceDevices(live, [{ ...rulesOf(3), deviceId: phone }])).toThrow(
      `engine: device ${phone} is both supervised and protected`,
    );
    // Nor is a phone taken out as if supervised, even behind a device that is: refused before anything changed.
    expect(() => replaceDevices(live, [], [rulesOf(3).deviceId, phone])).toThrow(
      `engine: device ${phone} is a protected person's device, not supervised`,
    );
    expect(acceleratedState(live).devices.get(rulesOf(3).deviceId)?.rules).toBe(rulesOf(3));
    expect(acceleratedState(live).devices.get(phone)?.rules).toBe(null);
    expect(engineAlerts(live).length).toBe(before);
  });
});
