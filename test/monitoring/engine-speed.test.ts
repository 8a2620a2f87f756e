/**
 * The code paths added for speed: rule and event objects built with one shape, checkpoint copies, the
 * re-evaluation of a protected person's late fix limited to the mobile rules it feeds, alert ids hashed
 * without BigInt, and the occupancy grid in front of the shared-zone index.
 */
import { describe, expect, it } from 'vitest';
import { acceleratedState } from '../../src/monitoring/accelerated/evaluator.ts';
import type { DeviceEvent } from '../../src/monitoring/device-events.ts';
import { storedEvent } from '../../src/monitoring/device-events.ts';
import { engineAlerts, evaluate } from '../../src/monitoring/engine.ts';
import { stableId } from '../../src/monitoring/episodes.ts';
import {
  cloneRuleState,
  newExclusionState,
  newHealthState,
  newInclusionState,
  newMobileState,
} from '../../src/monitoring/machines.ts';
import { seededRandom } from '../../src/monitoring/simulator/tracks.ts';
import { buildZoneLibrary, candidateZones, gridCell } from '../../src/monitoring/spatial-index.ts';
import { circleZone } from '../../src/monitoring/zones.ts';
import {
  east,
  engineFor,
  fix,
  gps,
  HOME,
  homeDetention,
  minutes,
  noContact,
  run,
  stored,
} from './helpers.ts';

describe('stored events', () => {
  it('are the event’s fields, then id and receivedAt, exactly as a spread would make them', () => {
    const e: DeviceEvent = { ...fix('dev-1', '2026-05-05T10:00:00Z', HOME, 7), seq: 12, batteryPercent: 64 };
    const s = storedEvent(e, 9_007_199_254_740_993n, 1_777_975_230_000);
    expect(s).toEqual({ ...e, id: 9_007_199_254_740_993n, receivedAt: 1_777_975_230_000 });
    expect(Object.keys(s)).toEqual([...Object.keys(e), 'id', 'receivedAt']);
  });
});

/** FNV-1a, 64 bits, as the specification states it (BigInt arithmetic): the reference for `stableId`. */
function fnv1a64(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

describe('alert ids', () => {
  it('are FNV-1a 64-bit hashes, the same digits as 64-bit arithmetic gives', () => {
    // Published test vectors of FNV-1a 64.
    expect(stableId('')).toBe('cbf29ce484222325');
    expect(stableId('a')).toBe('af63dc4c8601ec8c');
    expect(stableId('foobar')).toBe('85944171f73967e8');
    const rnd = seededRandom(3);
    for (let i = 0; i < 2_000; i++) {
      let text = '';
      const n = Math.floor(rnd() * 80);
      for (let k = 0; k < n; k++)
        text += String.fromCharCode(Math.floor(rnd() * (rnd() < 0.8 ? 128 : 65_536)));
      expect(stableId(text)).toBe(fnv1a64(text));
    }
  });
});

describe('the occupancy grid', () => {
  it('never hides a zone: every point a zone’s grown box holds is in an occupied cell', () => {
    const rnd = seededRandom(5);
    const zones = Array.from({ length: 60 }, (_, i) =>
      circleZone(`z${i}`, `Zone ${i}`, 34 + rnd() * 0.3, -118.4 + rnd() * 0.3, 50 + rnd() * 400),
    );
    const library = buildZoneLibrary(zones, 50);
    const index = library.index;
    if (!index) throw new Error('the library has zones');
    let inside = 0;
    let clear = 0;
    for (let i = 0; i < 20_000; i++) {
      const lat = 33.98 + rnd() * 0.34;
      const lon = -118.42 + rnd() * 0.34;
      const exact = index.search(lon, lat, lon, lat);
      expect(candidateZones(library, lat, lon)).toEqual(exact);
      if (exact.length > 0) inside++;
      else if (gridCell(library, lat, lon) >= 0) clear++;
    }
    // Both cases occur (the test would prove nothing otherwise).
    expect(inside).toBeGreaterThan(200);
    expect(clear).toBeGreaterThan(500);
  });
});

describe('compiled rules', () => {
  it('list the base fields first, in one order for every rule, and keep each kind’s fields', () => {
    const { compiled } = engineFor([homeDetention(), gps, noContact], {
      zones: [
        {
          zone: circleZone('pa-home', 'Home of protected person A', 34.07, -118.31, 300),
          role: 'exclusion',
          conditionId: 'c-no-contact',
        },
      ],
    });
    const rules = compiled.device.rules;
    expect(rules.map((r) => r.kind)).toEqual([
      'inclusion',
      'deviceHealth',
      'deviceHealth',
      'deviceHealth',
      'deviceHealth',
      'exclusion',
    ]);
    const base = [
      'ruleId',
      'personId',
      'deviceId',
      'condition',
      'order',
      'citation',
      'clauseText',
      'description',
      'effectiveFrom',
      'effectiveTo',
      'timeZone',
    ];
    for (const r of rules) expect(Object.keys(r).slice(0, base.length)).toEqual(base);
    expect(Object.keys(rules[0] ?? {}).slice(base.length)).toEqual([
      'kind',
      'purpose',
      'zones',
      'conditionalZones',
      'required',
      'absences',
      'graceMs',
      'beaconIsPresence',
      'marginM',
    ]);
    expect(rules[0]?.citation).toBe('18 U.S.C. § 3142(c)(1)(B)(iv), (xiv)');
    expect(rules[5]?.citation).toBe('18 U.S.C. § 3142(c)(1)(B)(iv), (v)');
  });
});

describe('checkpoint copies of rule states', () => {
  it('equal a structured clone and share nothing the machines change', () => {
    const { engine } = engineFor([homeDetention(), gps, noContact], {
      zones: [
        {
          zone: circleZone('pa-home', 'Home of protected person A', 34.0837, -118.31, 300),
          role: 'exclusion',
          conditionId: 'c-no-contact',
        },
      ],
    });
    // Away from home (outside without approval) and inside the exclusion zone: open episodes everywhere.
    const inside = east(HOME, 1_560);
    run(engine, stored(minutes('dev-1', '2026-05-05T10:00:00Z', 15, inside)));
    const dev = acceleratedState(engine).devices.get('dev-1');
    expect(dev).toBeDefined();
    for (const st of dev?.states ?? []) {
      const copy = cloneRuleState(st);
      expect(copy).toEqual(structuredClone(st));
      expect(copy).not.toBe(st);
    }
    const excl = dev?.states.find((s) => s.kind === 'exclusion');
    expect(excl?.kind).toBe('exclusion');
    if (excl?.kind !== 'exclusion') return;
    const ep = excl.inside.get('pa-home');
    expect(ep?.count).toBe(15);
    const copy = cloneRuleState(excl);
    const cep = copy.inside.get('pa-home');
    cep?.trail.last.push(1n);
    if (cep) cep.count = 99;
    expect(ep?.count).toBe(15);
    expect(ep?.trail.last).not.toContain(1n);
    for (const fresh of [newInclusionState(), newExclusionState(), newMobileState(), newHealthState()])
      expect(cloneRuleState(fresh)).toEqual(fresh);
  });
});

describe('a protected person’s fix older than the supervisee’s latest', () => {
  const S = { lat: 34.05, lon: -118.25 };
  const setup = () =>
    engineFor([noContact, gps], {
      zones: [
        {
          zone: circleZone('pa-home', 'Home of protected person A', S.lat, S.lon, 100),
          role: 'exclusion',
          conditionId: 'c-no-contact',
        },
      ],
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

  it('re-runs the mobile rule alone: the open exclusion alert is neither duplicated nor revised', () => {
    const { engine } = setup();
    // The supervisee sits inside the exclusion zone from 10:00; the victim's phone uploads late: each of
    // its fixes is older than the supervisee's latest fix when it arrives.
    const sup = stored(minutes('dev-1', '2026-05-05T10:00:00Z', 8, S));
    for (const e of sup) evaluate(engine, e);
    const victim = stored(
      [
        fix('victim-1', '2026-05-05T10:02:30Z', east(S, 1_000)),
        fix('victim-1', '2026-05-05T10:03:30Z', east(S, 150)),
        fix('victim-1', '2026-05-05T10:04:30Z', east(S, 120)),
        fix('victim-1', '2026-05-05T10:05:30Z', east(S, 400)),
      ],
      Date.parse('2026-05-05T10:08:00Z'),
    );
    for (const e of victim) evaluate(engine, e);
    const alerts = engineAlerts(engine);
    expect(alerts.map((a) => [a.kind, a.startedAt, a.endedAt, a.late])).toEqual([
      ['exclusionZone', '2026-05-05T10:00:00.000Z', null, false],
      ['mobileZone', '2026-05-05T10:03:30.000Z', '2026-05-05T10:05:30.000Z', true],
    ]);
    const excl = alerts[0];
    expect(excl?.history.map((h) => h.action)).toEqual(['opened']);
    expect(excl?.evidence.eventCount).toBe(8);
    // The mobile episode: closest 120 m (the victim's 10:04:30 fix against a supervisee fix 30 s away).
    expect(alerts[1]?.evidence.facts).toMatchObject({ closestM: 120, clearingDistanceM: 400 });
  });
});
