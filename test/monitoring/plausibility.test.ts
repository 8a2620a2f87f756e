/**
 * Implausible fixes (src/monitoring/plausibility.ts): a fix implying an impossible speed from the device's last
 * trusted fix is kept and flagged, never evaluated, so it raises no alert; a real long move (a flight) is
 * trusted from the second fix that agrees with it.
 */
import { describe, expect, it } from 'vitest';
import { haversineM } from '../../src/monitoring/geo.ts';
import { ingestBatch, newIngestState } from '../../src/monitoring/ingest.ts';
import {
  checkFix,
  DEFAULT_PLAUSIBLE_SPEED_MPS,
  flagImplausible,
  impliesImpossibleSpeed,
  newPlausibilityState,
} from '../../src/monitoring/plausibility.ts';
import { circleZone } from '../../src/monitoring/zones.ts';
import { east, engineFor, fix, gps, HOME, minutes, noContact, stored } from './helpers.ts';

const at = (iso: string) => Date.parse(iso);
const p = (iso: string, lat: number, lon: number, accuracyM = 10) => ({ at: at(iso), lat, lon, accuracyM });
/** Downtown Los Angeles and Pasadena: 14.0 km apart. */
const LA = { lat: 34.0522, lon: -118.2437 };
const PASADENA = { lat: 34.1478, lon: -118.1445 };
/** JFK airport. */
const NYC = { lat: 40.6413, lon: -73.7781 };

describe('the speed check', () => {
  it('defaults to 300 km/h (83.3 m/s), and refuses a cap that is not a positive number', () => {
    expect(DEFAULT_PLAUSIBLE_SPEED_MPS).toBeCloseTo(83.333, 3);
    expect(() => newPlausibilityState(0)).toThrow(
      'the plausible speed must be a positive number of metres a second (got 0)',
    );
  });

  it('LA to Pasadena (14.0 km) in 10 minutes is 84 km/h: plausible; in 1 minute, 841 km/h: not', () => {
    const d = haversineM(LA.lat, LA.lon, PASADENA.lat, PASADENA.lon);
    expect(Math.round(d)).toBe(14_015);
    const from = p('2026-05-04T10:00:00Z', LA.lat, LA.lon);
    expect(impliesImpossibleSpeed(from, p('2026-05-04T10:10:00Z', PASADENA.lat, PASADENA.lon), 83.33)).toBe(
      false,
    );
    expect(impliesImpossibleSpeed(from, p('2026-05-04T10:01:00Z', PASADENA.lat, PASADENA.lon), 83.33)).toBe(
      true,
    );
  });

  it('allows for the fixes’ accuracy: 600 m in 5 s with a 500 m cell fix is not a move at 432 km/h', () => {
    const a = p('2026-05-04T10:00:00Z', HOME.lat, HOME.lon, 10);
    const b = { ...east(HOME, 600), at: at('2026-05-04T10:00:05Z'), accuracyM: 500 };
    expect(impliesImpossibleSpeed(a, b, 83.33)).toBe(false);
    expect(impliesImpossibleSpeed(a, { ...b, accuracyM: 10 }, 83.33)).toBe(true);
  });

  it('a lone outlier is flagged and the next fix near the anchor is trusted; a flight is trusted from its second fix', () => {
    const s = newPlausibilityState();
    expect(checkFix(s, 'd', p('2026-05-04T10:00:00Z', LA.lat, LA.lon))).toBe(false);
    expect(checkFix(s, 'd', p('2026-05-04T10:01:00Z', PASADENA.lat, PASADENA.lon))).toBe(true);
    expect(checkFix(s, 'd', p('2026-05-04T10:02:00Z', LA.lat, LA.lon))).toBe(false);
    // LA → JFK, 3,955 km in 5 hours (791 km/h): the first fix there is flagged, the second confirms it.
    expect(checkFix(s, 'd', p('2026-05-04T15:02:00Z', NYC.lat, NYC.lon))).toBe(true);
    expect(checkFix(s, 'd', p('2026-05-04T15:03:00Z', NYC.lat + 0.001, NYC.lon))).toBe(false);
    expect(checkFix(s, 'd', p('2026-05-04T15:04:00Z', NYC.lat + 0.002, NYC.lon))).toBe(false);
  });

  it('flags a track’s fixes in the order received', () => {
    const fixes = [
      { id: '1', ...p('2026-05-04T10:00:00Z', LA.lat, LA.lon) },
      { id: '2', ...p('2026-05-04T10:01:00Z', PASADENA.lat, PASADENA.lon) },
      { id: '3', ...p('2026-05-04T10:02:00Z', LA.lat, LA.lon) },
    ];
    expect([...flagImplausible(fixes)].map((f) => f.id)).toEqual(['2']);
  });
});

describe('ingest: an implausible fix raises no alert', () => {
  // A protected location: one GPS fix wholly inside it opens an exclusion-zone alert when trusted.
  const C = { lat: 34.05, lon: -118.25 };
  const zone = circleZone('protected-a', 'Protected location A', C.lat, C.lon, 100);
  const trail = () => [
    ...minutes('dev-1', '2026-05-05T10:00:00Z', 10, east(C, 20_000)),
    fix('dev-1', '2026-05-05T10:10:00Z', east(C, 60)), // 19.9 km in one minute: 1,200 km/h
    ...minutes('dev-1', '2026-05-05T10:11:00Z', 20, east(C, 20_000)),
  ];

  const ingest = (maxSpeedMps: number) => {
    const { engine } = engineFor([noContact, gps], {
      zones: [{ zone, role: 'exclusion', conditionId: 'c-no-contact' }],
    });
    const state = newIngestState(engine, 1n, undefined, newPlausibilityState(maxSpeedMps));
    const opened: string[] = [];
    const quarantined: string[][] = [];
    for (const e of stored(trail())) {
      const r = ingestBatch(state, [e], e.receivedAt);
      if (!r.ok) throw new Error('batch refused');
      for (const c of r.changes) if (c.change === 'opened') opened.push(c.alert.kind);
      for (const q of r.quarantined) quarantined.push([new Date(q.event.at).toISOString(), q.reason]);
    }
    return { opened, quarantined };
  };

  it('a fix inside a protected location 20 km from the fix a minute before: set aside, no alert; trusted, it opens one', () => {
    expect(ingest(DEFAULT_PLAUSIBLE_SPEED_MPS)).toEqual({
      opened: [],
      quarantined: [['2026-05-05T10:10:00.000Z', 'implausible']],
    });
    const trusted = ingest(1e9);
    expect(trusted.quarantined).toEqual([]);
    expect(trusted.opened).toContain('exclusionZone');
  });
});

describe('the operator’s settings', () => {
  it('PRETRIAL_PLAUSIBLE_SPEED_KMH and PRETRIAL_QUARANTINE_CAP: read, or refused with the reason', async () => {
    const { monitoringLimits } = await import('../../src/cli/commands/serve.ts');
    expect(monitoringLimits({})).toEqual({});
    expect(
      monitoringLimits({ PRETRIAL_PLAUSIBLE_SPEED_KMH: '900', PRETRIAL_QUARANTINE_CAP: '5000' }),
    ).toEqual({
      plausibleSpeedMps: 250,
      quarantineCap: 5000,
    });
    expect(() => monitoringLimits({ PRETRIAL_PLAUSIBLE_SPEED_KMH: '20' })).toThrow(
      'PRETRIAL_PLAUSIBLE_SPEED_KMH must be a speed in km/h of at least 50 (got "20")',
    );
    expect(() => monitoringLimits({ PRETRIAL_QUARANTINE_CAP: 'lots' })).toThrow(
      'PRETRIAL_QUARANTINE_CAP must be a whole number of events, 0 or more (got "lots")',
    );
  });
});
