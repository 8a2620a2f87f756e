/**
 * Building blocks for simulated device data: a seeded random source (the same seed gives the same week),
 * stays and straight-line trips that yield one fix a minute, and a device's uploads in batches.
 */
import { Temporal } from 'temporal-polyfill';
import type { DeviceEvent, Fix } from '../device-events.ts';
import { destination } from '../geo.ts';

/** mulberry32: a small, fast, seeded PRNG (uniform in [0, 1)). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Spot {
  lat: number;
  lon: number;
}

/** Epoch ms of a wall-clock time in a time zone, e.g. `localMs('2026-05-05', '13:27', 'America/Los_Angeles')`. */
export function localMs(date: string, time: string, timeZone: string): number {
  return Temporal.PlainDateTime.from(`${date}T${time}`).toZonedDateTime(timeZone, {
    disambiguation: 'compatible',
  }).epochMilliseconds;
}

const MINUTE = 60_000;

/** A fix near a spot: scattered up to `scatterM`, with an accuracy drawn from the range. */
export function fixNear(
  device: string,
  at: number,
  spot: Spot,
  scatterM: number,
  accuracy: [number, number],
  rnd: () => number,
): Fix {
  const [lat, lon] = destination(spot.lat, spot.lon, rnd() * 360, rnd() * scatterM);
  return {
    kind: 'fix',
    device,
    at,
    lat: Math.round(lat * 1e6) / 1e6,
    lon: Math.round(lon * 1e6) / 1e6,
    accuracyM: Math.round(accuracy[0] + rnd() * (accuracy[1] - accuracy[0])),
    source: 'gps',
  };
}

/** Fixes every `everyMs` while staying at a spot, from `from` (inclusive) to `to` (exclusive). */
export function stay(
  device: string,
  spot: Spot,
  from: number,
  to: number,
  rnd: () => number,
  options: { everyMs?: number; scatterM?: number; accuracy?: [number, number] } = {},
): Fix[] {
  const out: Fix[] = [];
  const every = options.everyMs ?? MINUTE;
  for (let t = from; t < to; t += every)
    out.push(fixNear(device, t, spot, options.scatterM ?? 10, options.accuracy ?? [8, 18], rnd));
  return out;
}

/** Fixes every minute on a straight line through the waypoints, from `from` to `to` (exclusive). */
export function trip(device: string, waypoints: Spot[], from: number, to: number, rnd: () => number): Fix[] {
  const out: Fix[] = [];
  const legs = waypoints.length - 1;
  for (let t = from; t < to; t += MINUTE) {
    const x = ((t - from) / (to - from)) * legs;
    const i = Math.min(legs - 1, Math.floor(x));
    const f = x - i;
    const a = waypoints[i] as Spot;
    const b = waypoints[i + 1] as Spot;
    out.push(
      fixNear(
        device,
        t,
        { lat: a.lat + (b.lat - a.lat) * f, lon: a.lon + (b.lon - a.lon) * f },
        5,
        [5, 10],
        rnd,
      ),
    );
  }
  return out;
}

/** A delivery: what the vendor platform sends us at once, and when it arrives. */
export interface Delivery {
  receivedAt: number;
  events: DeviceEvent[];
}

/**
 * The device's uploads: every `intervalMs` (offset by `lagMs`) it sends the fixes taken since the last
 * upload; an upload with no fix carries a heartbeat. `outages` are periods with no link: fixes wait on the
 * device for the next upload after the outage.
 */
export function uploads(
  device: string,
  fixes: readonly Fix[],
  from: number,
  to: number,
  options: { intervalMs: number; lagMs: number; outages?: { from: number; to: number }[] },
): Delivery[] {
  const sorted = [...fixes].sort((a, b) => a.at - b.at);
  const out: Delivery[] = [];
  let i = 0;
  for (let u = from + options.lagMs; u <= to + options.lagMs; u += options.intervalMs) {
    if (options.outages?.some((o) => u >= o.from && u < o.to)) continue;
    const events: DeviceEvent[] = [];
    while (i < sorted.length && (sorted[i] as Fix).at <= u) events.push(sorted[i++] as Fix);
    if (events.length === 0) events.push({ kind: 'heartbeat', device, at: u - 1_000 });
    out.push({ receivedAt: u, events });
  }
  return out;
}
