/**
 * A seeded synthetic population for the monitoring benchmark and the engine's differential test (the same seed gives the same people, zones and
 * fixes): a metro area about 60 × 60 km around Los Angeles; 5,000 supervised people, each with a home zone
 * (a polygon or a 60 m circle), two exclusion zones of their own around a protected person's places (a
 * polygon and a 300 m circle), a shared-zone rule picking schools and/or parks by tag, and GPS location
 * monitoring; one in twenty also has a protected person who carries a phone (a mobile zone); 2,000 shared
 * zones (schools and parks, irregular 32-vertex polygons). Tracks: one fix a minute per device for
 * `minutes` minutes from 09:00 Los Angeles time — most people at home, some on approved trips or free
 * during the day (curfew), a few violating (inside an exclusion zone, away without approval, near the
 * protected person). Every place and person is invented.
 */
import type { Condition } from '../../case/index.ts';
import type { ConditionInForce, OrderRef } from '../conditions-in-force.ts';
import { type Fix, type StoredDeviceEvent, storedEvent } from '../device-events.ts';
import { Enrollment, type EnrollmentInput } from '../enrollment.ts';
import { destination } from '../geo.ts';
import { compileRules, type DeviceRules } from '../rules.ts';
import { buildZoneLibrary, candidateZones, type ZoneLibrary } from '../spatial-index.ts';
import { circleZone, type Zone } from '../zones.ts';
import { fixNear, type Spot, seededRandom } from './tracks.ts';

export interface WorkloadOptions {
  people: number;
  sharedZones: number;
  minutes: number;
  seed: number;
}

export const DEFAULT_WORKLOAD: WorkloadOptions = { people: 5_000, sharedZones: 2_000, minutes: 200, seed: 7 };

export type Behavior = 'home' | 'trip' | 'free' | 'exclusion' | 'away' | 'approach';

export interface Person {
  personId: string;
  deviceId: string;
  home: Spot;
  /** The home zone (a polygon), or null for a circle of `homeRadiusM` around `home`. */
  homeZone: Zone | null;
  homeRadiusM: number;
  ownZones: Zone[];
  sharedTags: string[];
  protectedDevice: string | null;
  behavior: Behavior;
}

export interface Workload {
  options: WorkloadOptions;
  start: number;
  people: Person[];
  shared: Zone[];
  /** Protected persons' devices and where they stay. */
  protectedSpots: Map<string, Spot>;
  library: ZoneLibrary;
  devices: DeviceRules[];
  /** One batch per minute: every device's fix of that minute, received 30 s later. */
  batches: StoredDeviceEvent[][];
  fixes: number;
}

const TZ = 'America/Los_Angeles';
const CENTER = { lat: 34.05, lon: -118.25 };
const HALF_LAT = 0.27;
const HALF_LON = 0.325;
const ORDER: OrderRef = {
  eventId: 'ev-release',
  eventKind: 'releaseOrder',
  date: '2026-04-21',
  docketEntry: { id: '6', number: 6 },
  description: 'Order Setting Conditions of Release (2026-04-21, ECF No. 6)',
};
const MINUTE = 60_000;

/** An irregular polygon around a point: `n` vertices at radii between `rMin` and `rMax` metres. */
function blob(c: Spot, n: number, rMin: number, rMax: number, rnd: () => number): number[][] {
  const ring: number[][] = [];
  for (let i = 0; i < n; i++) {
    const [lat, lon] = destination(c.lat, c.lon, (360 * i) / n, rMin + rnd() * (rMax - rMin));
    ring.push([lon, lat]);
  }
  ring.push([...(ring[0] as number[])]);
  return ring;
}

const polygonZone = (id: string, label: string, ring: number[][], tags: string[] = []): Zone => ({
  id,
  label,
  geometry: { type: 'Polygon', coordinates: [ring as [number, number][]] },
  tags,
});

const spotIn = (rnd: () => number): Spot => ({
  lat: CENTER.lat + (rnd() * 2 - 1) * HALF_LAT,
  lon: CENTER.lon + (rnd() * 2 - 1) * HALF_LON,
});

const toward = (s: Spot, bearing: number, m: number): Spot => {
  const [lat, lon] = destination(s.lat, s.lon, bearing, m);
  return { lat, lon };
};

const lerp = (a: Spot, b: Spot, f: number): Spot => ({
  lat: a.lat + (b.lat - a.lat) * f,
  lon: a.lon + (b.lon - a.lon) * f,
});

export function buildWorkload(options: WorkloadOptions = DEFAULT_WORKLOAD): Workload {
  const rnd = seededRandom(options.seed);
  const start = Date.parse('2026-05-04T16:00:00Z'); // Monday 09:00 PDT
  const end = start + options.minutes * MINUTE;

  const shared: Zone[] = [];
  for (let i = 0; i < options.sharedZones; i++) {
    const school = i % 5 < 3;
    shared.push(
      polygonZone(
        `${school ? 'school' : 'park'}-${i}`,
        `${school ? 'School' : 'Park'} ${i}`,
        blob(spotIn(rnd), 32, school ? 90 : 120, school ? 180 : 300, rnd),
        [school ? 'school' : 'park'],
      ),
    );
  }
  const library = buildZoneLibrary(shared, 50);

  // Nobody lives, works or stays in a school or park zone (or its buffer): those are passed, not lived in.
  const clear = (s: Spot) => {
    for (const b of [0, 90, 180, 270]) {
      const q = toward(s, b, 150);
      if (candidateZones(library, q.lat, q.lon).length > 0) return false;
    }
    return candidateZones(library, s.lat, s.lon).length === 0;
  };
  const clearSpot = (pick: () => Spot): Spot => {
    for (;;) {
      const s = pick();
      if (clear(s)) return s;
    }
  };
  const people: Person[] = [];
  const protectedSpots = new Map<string, Spot>();
  const devices: DeviceRules[] = [];
  for (let i = 0; i < options.people; i++) {
    const personId = `p-${i}`;
    const deviceId = `LM-${String(i).padStart(5, '0')}`;
    const home = clearSpot(() => spotIn(rnd));
    const polygonHome = rnd() < 0.6;
    const homeZone = polygonHome
      ? polygonZone(`${personId}:home`, 'Residence', blob(home, 12, 45, 70, rnd))
      : null;
    const victimHome = toward(home, rnd() * 360, 2_000 + rnd() * 6_000);
    const victimWork = toward(home, rnd() * 360, 2_000 + rnd() * 6_000);
    const ownZones = [
      circleZone(`${personId}:pa-home`, 'Home of protected person A', victimHome.lat, victimHome.lon, 300),
      polygonZone(
        `${personId}:pa-work`,
        'Workplace of protected person A',
        blob(victimWork, 16, 80, 160, rnd),
      ),
    ];
    const t = rnd();
    const sharedTags = t < 0.5 ? ['school'] : t < 0.8 ? ['park'] : ['school', 'park'];
    const protectedDevice = i % 20 === 7 ? `PH-${String(i).padStart(5, '0')}` : null;
    const curfew = i % 10 < 3;
    const r = rnd();
    let behavior: Behavior;
    if (curfew) behavior = r < 0.9 ? 'free' : 'exclusion';
    else if (r < 0.82) behavior = 'home';
    else if (r < 0.95) behavior = 'trip';
    else if (r < 0.975) behavior = 'exclusion';
    else behavior = 'away';
    if (protectedDevice && r > 0.7) behavior = 'approach';
    const person: Person = {
      personId,
      deviceId,
      home,
      homeZone,
      homeRadiusM: 60,
      ownZones,
      sharedTags,
      protectedDevice,
      behavior,
    };
    people.push(person);
    if (protectedDevice)
      protectedSpots.set(
        protectedDevice,
        clearSpot(() => toward(home, rnd() * 360, 3_000 + rnd() * 5_000)),
      );

    const residence = { label: 'Residence of record', location: home };
    const conditions: Condition[] = [
      curfew
        ? ({ kind: 'curfew', id: 'c-curfew', start: '21:00', end: '06:00', timeZone: TZ } as Condition)
        : ({
            kind: 'homeDetention',
            id: 'c-home',
            residence,
            timeZone: TZ,
            approvedAbsences: ['employment', 'medical', 'attorneyVisits'],
          } as Condition),
      { kind: 'locationMonitoring', id: 'c-gps', technology: 'gps' } as Condition,
      { kind: 'noContact', id: 'c-no-contact', persons: [], organizations: [] } as Condition,
      { kind: 'association', id: 'c-places', restriction: 'not to frequent schools or parks' } as Condition,
    ];
    const inForce: ConditionInForce[] = conditions.map((condition) => ({
      condition,
      order: ORDER,
      from: '2026-04-21',
      to: null,
    }));
    const enrollment: EnrollmentInput = {
      personId,
      defendant: 1,
      label: `Supervisee ${i}`,
      device: { id: deviceId, plan: { callInIntervalS: 300, fixIntervalS: 60 } },
      ...(homeZone ? { home: homeZone } : {}),
      homeRadiusM: 60,
      absences:
        behavior === 'trip'
          ? [
              {
                id: `abs-${i}`,
                category: 'employment',
                from: new Date(start + 20 * MINUTE).toISOString(),
                to: new Date(start + 180 * MINUTE).toISOString(),
              },
            ]
          : [],
      zones: ownZones.map((zone) => ({ zone, role: 'exclusion' as const, conditionId: 'c-no-contact' })),
      sharedZones: [{ tags: sharedTags, role: 'exclusion', conditionId: 'c-places', bufferM: 50 }],
      protectedPersons: protectedDevice
        ? [
            {
              id: `pp-${i}`,
              label: 'Protected person A',
              deviceId: protectedDevice,
              conditionId: 'c-no-contact',
              radiusM: 500,
              bufferM: 200,
            },
          ]
        : [],
    };
    devices.push(
      compileRules(inForce, Enrollment.parse(enrollment), { library, timeZone: TZ, horizonTo: end }).device,
    );
  }

  // Tracks: one position per device per minute.
  const trackRnd = seededRandom(options.seed + 1);
  // Accuracy 5–17 m, as a GPS fix outdoors.
  const fixAt = (device: string, at: number, s: Spot, scatterM: number): Fix =>
    fixNear(device, at, s, scatterM, [5, 17], trackRnd);
  const n = options.minutes;
  const positions = (p: Person): ((m: number) => { spot: Spot; scatter: number }) => {
    const atHome = { spot: p.home, scatter: 15 };
    const go = (dest: Spot, leave: number, stayFor: number, speedMPerMin = 500) => {
      const dist = Math.hypot(
        (dest.lat - p.home.lat) * 111_000,
        (dest.lon - p.home.lon) * 111_000 * Math.cos((p.home.lat * Math.PI) / 180),
      );
      const travel = Math.max(2, Math.ceil(dist / speedMPerMin));
      return (m: number) => {
        if (m < leave) return atHome;
        if (m < leave + travel) return { spot: lerp(p.home, dest, (m - leave) / travel), scatter: 5 };
        if (m < leave + travel + stayFor) return { spot: dest, scatter: 20 };
        if (m < leave + 2 * travel + stayFor)
          return { spot: lerp(dest, p.home, (m - leave - travel - stayFor) / travel), scatter: 5 };
        return atHome;
      };
    };
    const zoneCenter = (z: Zone): Spot => {
      const g = z.geometry;
      if (g.type === 'Point') return { lat: g.coordinates[1], lon: g.coordinates[0] };
      const ring = (g.type === 'Polygon' ? g.coordinates[0] : g.coordinates[0]?.[0]) ?? [];
      let lat = 0;
      let lon = 0;
      for (const q of ring.slice(0, -1)) {
        lon += q[0] as number;
        lat += q[1] as number;
      }
      return { lat: lat / (ring.length - 1), lon: lon / (ring.length - 1) };
    };
    switch (p.behavior) {
      case 'home':
        return () => atHome;
      case 'trip':
        return go(
          clearSpot(() => toward(p.home, trackRnd() * 360, 3_000 + trackRnd() * 9_000)),
          25,
          90,
        );
      case 'free':
        return go(
          clearSpot(() => toward(p.home, trackRnd() * 360, 2_000 + trackRnd() * 15_000)),
          Math.floor(trackRnd() * 60),
          60,
        );
      case 'exclusion':
        return go(zoneCenter(p.ownZones[0] as Zone), 30 + Math.floor(trackRnd() * 60), 12);
      case 'away':
        return go(
          clearSpot(() => toward(p.home, trackRnd() * 360, 1_500 + trackRnd() * 3_000)),
          40 + Math.floor(trackRnd() * 60),
          30,
        );
      case 'approach': {
        const spot = protectedSpots.get(p.protectedDevice as string) as Spot;
        return go(toward(spot, trackRnd() * 360, 300), 60, 15);
      }
    }
  };
  const tracks = people.map(positions);
  const batches: StoredDeviceEvent[][] = [];
  let id = 1n;
  let fixes = 0;
  for (let m = 0; m < n; m++) {
    const at = start + m * MINUTE;
    const batch: StoredDeviceEvent[] = [];
    people.forEach((p, i) => {
      const { spot, scatter } = (tracks[i] as (m: number) => { spot: Spot; scatter: number })(m);
      batch.push(storedEvent(fixAt(p.deviceId, at + (i % 60) * 1000, spot, scatter), id++, at + 90_000));
    });
    for (const [device, spot] of protectedSpots)
      batch.push(storedEvent(fixAt(device, at + 30_000, spot, 25), id++, at + 90_000));
    fixes += batch.length;
    batches.push(batch);
  }
  return { options, start, people, shared, protectedSpots, library, devices, batches, fixes };
}
