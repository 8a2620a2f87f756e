import { describe, expect, it } from 'vitest';
import { eventKey } from '../../src/monitoring/device-events.ts';
import { haversineM } from '../../src/monitoring/geo.ts';
import { ingestBatch, newIngestState } from '../../src/monitoring/ingest.ts';
import { describeProblem, parseDeviceEventBatch } from '../../src/monitoring/parse.ts';
import { compileZone, signedDistanceM } from '../../src/monitoring/zones.ts';
import { engineFor, gps, HOME, homeDetention } from './helpers.ts';

const line = (o: Record<string, unknown>) => JSON.stringify(o);
const fixAt = (at: string, extra: Record<string, unknown> = {}) => ({
  kind: 'fix',
  device: 'dev-1',
  at,
  lat: HOME.lat,
  lon: HOME.lon,
  accuracyM: 8,
  source: 'gps',
  ...extra,
});

describe('batch parsing (JSON array or NDJSON), every problem named by line and field', () => {
  it('reads NDJSON, skipping blank lines, into canonical events with instants in epoch ms', () => {
    const text = [
      line(fixAt('2026-05-04T10:00:00-07:00')),
      '',
      line({ kind: 'strapOpen', device: 'dev-1', at: '2026-05-04T17:01:00Z' }),
    ].join('\n');
    const r = parseDeviceEventBatch(text);
    expect(r).toEqual({
      ok: true,
      events: [
        {
          kind: 'fix',
          device: 'dev-1',
          at: Date.parse('2026-05-04T17:00:00Z'),
          lat: 34.0837,
          lon: -118.327,
          accuracyM: 8,
          source: 'gps',
        },
        { kind: 'strapOpen', device: 'dev-1', at: Date.parse('2026-05-04T17:01:00Z') },
      ],
    });
  });

  it('refuses the whole batch and names each problem: line, field, reason', () => {
    const text = [
      line(fixAt('2026-05-04T10:00:00-07:00')),
      line(fixAt('2026-05-04T10:01:00-07:00', { lat: 95 })),
      line({ kind: 'strapCut', device: 'dev-1', at: '2026-05-04T10:02:00-07:00' }),
      '{"kind": "fix",',
      line(fixAt('2026-05-04 10:03')),
      line({ kind: 'fix', device: 'dev-1', at: '2026-05-04T10:04:00Z', lat: 34, lon: -118, source: 'gps' }),
    ].join('\n');
    const r = parseDeviceEventBatch(text);
    if (r.ok) throw new Error('expected problems');
    expect(r.problems.map(describeProblem)).toEqual([
      'line 2, lat: Too big: expected number to be <=90',
      'line 3, kind: unknown kind "strapCut" (expected one of fix, heartbeat, strapOpen, strapRestored, caseOpen, caseClosed, batteryLow, batteryCritical, batteryRestored, chargingStarted, chargingStopped, gpsLost, gpsRestored, communicationLost, communicationRestored, beaconInRange, beaconOutOfRange)',
      expect.stringMatching(/^line 4: not valid JSON: /),
      'line 5, at: expected an ISO date-time with offset, e.g. 2026-05-04T09:30:00-07:00',
      'line 6, accuracyM: required field missing (expected number)',
    ]);
  });

  it('names the array position for a JSON array', () => {
    const r = parseDeviceEventBatch(
      JSON.stringify([
        fixAt('2026-05-04T10:00:00Z'),
        fixAt('2026-05-04T10:01:00Z', { source: 'satellite', extra: 1 }),
      ]),
    );
    if (r.ok) throw new Error('expected problems');
    expect(r.problems.map(describeProblem)).toEqual([
      '[1], source: Invalid option: expected one of "gps"|"cell"|"wifi"|"beacon"',
      '[1]: unknown field(s): extra',
    ]);
  });
});

describe('ingest core: idempotent on (device, time, kind), 64-bit ids, per-device order', () => {
  it('gives bigint ids, dedupes the same event written with two offsets, and accepts nothing twice', () => {
    const { engine } = engineFor([homeDetention(), gps]);
    const state = newIngestState(engine, 9_007_199_254_740_993n); // above 2^53: only a bigint holds it
    const batch = [
      line(fixAt('2026-05-04T10:00:00-07:00')),
      line(fixAt('2026-05-04T17:00:00Z')),
      line(fixAt('2026-05-04T09:59:00-07:00')),
    ].join('\n');
    const r1 = ingestBatch(state, batch, Date.parse('2026-05-04T17:00:30Z'));
    if (!r1.ok) throw new Error('batch refused');
    expect(r1.duplicates).toBe(1);
    // Ordered by device time: 09:59 first.
    expect(r1.accepted.map((e) => [e.id, new Date(e.at).toISOString()])).toEqual([
      [9_007_199_254_740_993n, '2026-05-04T16:59:00.000Z'],
      [9_007_199_254_740_994n, '2026-05-04T17:00:00.000Z'],
    ]);
    const r2 = ingestBatch(state, batch, Date.parse('2026-05-04T17:01:30Z'));
    expect(r2).toMatchObject({ ok: true, accepted: [], duplicates: 3, changes: [] });
    expect(eventKey({ device: 'dev-1', at: Date.parse('2026-05-04T10:00:00-07:00'), kind: 'fix' })).toBe(
      'dev-1|1777914000000|fix',
    );
  });

  it('keeps but does not evaluate events of unknown devices or from a device clock far ahead', () => {
    const { engine } = engineFor([homeDetention(), gps]);
    const state = newIngestState(engine);
    const r = ingestBatch(
      state,
      [
        line({ ...fixAt('2026-05-04T17:00:00Z'), device: 'dev-9' }),
        line({ kind: 'strapOpen', device: 'dev-1', at: '2026-05-04T18:00:00Z' }),
      ].join('\n'),
      Date.parse('2026-05-04T17:00:30Z'),
    );
    if (!r.ok) throw new Error('batch refused');
    expect(r.quarantined.map((q) => [q.event.device, q.reason])).toEqual([
      ['dev-1', 'future'],
      ['dev-9', 'unknownDevice'],
    ]);
    expect(r.changes).toEqual([]);
  });
});

describe('geometry', () => {
  it('measures one degree of latitude as 111,195 m on the mean sphere (6,371,008.8 m × π / 180)', () => {
    expect(haversineM(34, -118, 35, -118)).toBeCloseTo(111_195.08, 1);
  });

  it('gives signed distances to a polygon: negative inside, positive outside, 0 on an edge', () => {
    // A square 0.001° on a side at the equator: 111.2 m; its center is 55.6 m from every edge.
    const zone = compileZone({
      id: 'sq',
      label: 'Square',
      tags: [],
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [0.001, 0],
            [0.001, 0.001],
            [0, 0.001],
            [0, 0],
          ],
        ],
      },
    });
    expect(signedDistanceM(zone, 0.0005, 0.0005)).toBeCloseTo(-55.6, 1);
    expect(signedDistanceM(zone, 0.0005, 0.002)).toBeCloseTo(111.2, 1);
    expect(signedDistanceM(zone, 0.0005, 0.001)).toBe(0);
  });
});
