/** Small builders for the monitoring tests: conditions, an enrollment, an engine, and events at times. */
import type { Condition } from '../../src/case/index.ts';
import type { ConditionInForce, OrderRef } from '../../src/monitoring/conditions-in-force.ts';
import type { DeviceEvent, StoredDeviceEvent } from '../../src/monitoring/device-events.ts';
import { createEngine, type Engine, evaluateAll } from '../../src/monitoring/engine.ts';
import { Enrollment, type EnrollmentInput } from '../../src/monitoring/enrollment.ts';
import { destination } from '../../src/monitoring/geo.ts';
import { compileRules } from '../../src/monitoring/rules.ts';
import { buildZoneLibrary } from '../../src/monitoring/spatial-index.ts';
import type { Zone } from '../../src/monitoring/zones.ts';

export const ORDER: OrderRef = {
  eventId: 'ev-release',
  eventKind: 'releaseOrder',
  date: '2026-04-21',
  docketEntry: { id: '6', number: 6 },
  description: 'Order Setting Conditions of Release (2026-04-21, ECF No. 6)',
};

export const inForce = (conditions: Condition[], from = '2026-04-21'): ConditionInForce[] =>
  conditions.map((condition) => ({ condition, order: ORDER, from, to: null }));

export const HOME = { lat: 34.0837, lon: -118.327 };
export const TZ = 'America/Los_Angeles';

/** A point `m` metres east of a spot (bearing 90°). */
export const east = (spot: { lat: number; lon: number }, m: number) => {
  const [lat, lon] = destination(spot.lat, spot.lon, 90, m);
  return { lat, lon };
};

export const homeDetention = (approved: string[] = ['attorneyVisits', 'medical']): Condition =>
  ({
    kind: 'homeDetention',
    id: 'c-home',
    text: 'Home detention at her residence',
    residence: { label: 'Residence of record', location: HOME },
    timeZone: TZ,
    approvedAbsences: approved,
  }) as Condition;

export const gps: Condition = {
  kind: 'locationMonitoring',
  id: 'c-gps',
  text: 'GPS location monitoring',
  technology: 'gps',
};

export const noContact: Condition = {
  kind: 'noContact',
  id: 'c-no-contact',
  text: 'No contact with the protected persons',
  persons: [{ name: 'Protected person A', role: 'witness' }],
  organizations: [],
};

export function engineFor(
  conditions: Condition[],
  enrollment: Partial<EnrollmentInput> = {},
  shared: Zone[] = [],
  startAt = Date.parse('2026-05-04T07:00:00Z'),
) {
  const e = Enrollment.parse({
    personId: 'p-1',
    defendant: 2,
    label: 'Test person',
    device: { id: 'dev-1', plan: { callInIntervalS: 300, fixIntervalS: 60 } },
    ...enrollment,
  });
  const library = buildZoneLibrary(shared, 200);
  const compiled = compileRules(inForce(conditions), e, { library });
  const engine = createEngine([compiled.device], { startAt, library });
  return { engine, compiled };
}

let nextId = 1n;

/** Store-shaped events: ids in order, received `lagMs` after they happen unless `receivedAt` is given. */
export function stored(events: DeviceEvent[], receivedAt?: number, lagMs = 30_000): StoredDeviceEvent[] {
  return events.map(
    (e) => ({ ...e, id: nextId++, receivedAt: receivedAt ?? e.at + lagMs }) as StoredDeviceEvent,
  );
}

export const fix = (
  device: string,
  iso: string,
  p: { lat: number; lon: number },
  accuracyM = 5,
  source: 'gps' | 'cell' | 'wifi' | 'beacon' = 'gps',
): DeviceEvent => ({
  kind: 'fix',
  device,
  at: Date.parse(iso),
  lat: p.lat,
  lon: p.lon,
  accuracyM,
  source,
});

export const alarm = (
  device: string,
  iso: string,
  kind: Exclude<DeviceEvent['kind'], 'fix'>,
  extra: { batteryPercent?: number; minutesLeft?: number } = {},
): DeviceEvent => ({
  kind,
  device,
  at: Date.parse(iso),
  ...extra,
});

/** Fixes every minute from `fromIso` for `n` minutes at a spot. */
export function minutes(
  device: string,
  fromIso: string,
  n: number,
  p: { lat: number; lon: number },
  accuracyM = 5,
): DeviceEvent[] {
  const t0 = Date.parse(fromIso);
  return Array.from(
    { length: n },
    (_, i) =>
      ({
        kind: 'fix',
        device,
        at: t0 + i * 60_000,
        lat: p.lat,
        lon: p.lon,
        accuracyM,
        source: 'gps',
      }) as DeviceEvent,
  );
}

export function run(engine: Engine, events: StoredDeviceEvent[]) {
  return evaluateAll(engine, events);
}
