import { describe, expect, it } from 'vitest';
import type { Condition } from '../../src/case/index.ts';
import { acknowledgeAlert, LifecycleError, resolveAlert } from '../../src/monitoring/alerts.ts';
import { engineAlerts, tick } from '../../src/monitoring/engine.ts';
import { curfewWindows } from '../../src/monitoring/rules.ts';
import { circleZone } from '../../src/monitoring/zones.ts';
import {
  alarm,
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
  TZ,
} from './helpers.ts';

const COUNSEL = east(HOME, 2_000);

describe('home detention: inside the residence except during approved absences (§ 3142(c)(1)(B)(iv), (xiv))', () => {
  const absence = {
    id: 'abs-1',
    category: 'attorneyVisits' as const,
    from: '2026-05-05T10:00:00-07:00',
    to: '2026-05-05T12:00:00-07:00',
  };
  const day = (backAt: string, backMinutes: number) => [
    ...minutes('dev-1', '2026-05-05T09:50:00-07:00', 10, HOME),
    // Away from 10:00 until the return.
    ...minutes('dev-1', '2026-05-05T10:00:00-07:00', 120 + backMinutes, COUNSEL),
    ...minutes('dev-1', backAt, 5, HOME),
  ];

  it('raises no alert for a return 8 minutes after the window, within the 10-minute grace', () => {
    const { engine } = engineFor([homeDetention(), gps], { absences: [absence] });
    run(engine, stored(day('2026-05-05T12:08:00-07:00', 8)));
    expect(engineAlerts(engine)).toEqual([]);
  });

  it('raises a serious lateReturn for a return 25 minutes after the window, and clears it on the first fix home', () => {
    const { engine } = engineFor([homeDetention(), gps], { absences: [absence] });
    const changes = run(engine, stored(day('2026-05-05T12:25:00-07:00', 25)));
    const [a] = engineAlerts(engine);
    expect(engineAlerts(engine)).toHaveLength(1);
    // Opened and cleared within one run: one change, 'opened', carrying the alert as it now is.
    expect(changes.map((c) => [c.change, c.alert.state])).toEqual([['opened', 'cleared']]);
    expect(a).toMatchObject({
      kind: 'lateReturn',
      severity: 'serious',
      // The window ended at 12:00 PDT = 19:00Z; the first fix at or after 12:10 (grace) is the 12:10 fix,
      // received 30 s later: detected 19:10:30Z, 30 s after the alert was due.
      startedAt: '2026-05-05T19:00:00.000Z',
      detectedAt: '2026-05-05T19:10:30.000Z',
      detectionDelaySec: 30,
      endedAt: '2026-05-05T19:25:00.000Z',
      state: 'cleared',
      confidence: 'high',
      late: false,
      condition: { id: 'c-home', kind: 'homeDetention' },
      order: { eventId: 'ev-release', docketEntry: { id: '6', number: 6 } },
    });
    expect(a?.rule.citation).toBe('18 U.S.C. § 3142(c)(1)(B)(iv), (xiv)');
    // Away fixes from 12:00 to 12:24: 25 of them; late by 25 minutes beyond a 10-minute grace.
    expect(a?.evidence.eventCount).toBe(25);
    expect(a?.evidence.facts).toMatchObject({ lateByMin: 25, absence: 'abs-1' });
    expect(a?.evidence.tolerances).toEqual({ graceMin: 10 });
    // The clearing fix is the first one home, 12:25.
    expect(a?.evidence.fixes.at(-1)?.at).toBe('2026-05-05T19:25:00.000Z');
  });

  it('does not apply an absence of a category the order does not allow, and says so', () => {
    const { engine, compiled } = engineFor([homeDetention(['medical']), gps], { absences: [absence] });
    expect(compiled.gaps).toContain(
      'absence abs-1 (attorneyVisits) is not a category condition c-home allows: not applied',
    );
    run(engine, stored(day('2026-05-05T10:30:00-07:00', -90)));
    // Out 10:00–10:29 with no approved window: unapprovedAbsence from the first fix away, opened at 10:10.
    const [a] = engineAlerts(engine);
    expect(a).toMatchObject({
      kind: 'unapprovedAbsence',
      startedAt: '2026-05-05T17:00:00.000Z',
      endedAt: '2026-05-05T17:30:00.000Z',
      detectedAt: '2026-05-05T17:10:30.000Z',
    });
  });

  it('re-evaluates fixes that arrive out of order and raises the absence they show, marked late', () => {
    const { engine } = engineFor([homeDetention(), gps]);
    const onTime = [
      ...minutes('dev-1', '2026-05-05T10:00:00-07:00', 5, HOME),
      ...minutes('dev-1', '2026-05-05T10:21:00-07:00', 10, HOME),
    ];
    const backfill = minutes('dev-1', '2026-05-05T10:05:00-07:00', 16, COUNSEL);
    run(engine, stored(onTime));
    expect(engineAlerts(engine)).toEqual([]);
    const lateChanges = run(engine, stored(backfill, Date.parse('2026-05-05T10:45:00-07:00')));
    expect(lateChanges).toHaveLength(1);
    expect(lateChanges[0]?.alert).toMatchObject({
      kind: 'unapprovedAbsence',
      startedAt: '2026-05-05T17:05:00.000Z',
      // The fix at 10:21 (home) ends it.
      endedAt: '2026-05-05T17:21:00.000Z',
      detectedAt: '2026-05-05T17:45:00.000Z',
      late: true,
      // Could have been raised on the 10:15 fix (10:05 + 10 min grace): 30 minutes earlier.
      detectionDelaySec: 1800,
    });
    // The same backfill again (a duplicate upload the store lets through) changes nothing.
    expect(
      run(engine, stored(backfill, Date.parse('2026-05-05T10:50:00-07:00'))).filter(
        (c) => c.change !== 'updated',
      ),
    ).toEqual([]);
    expect(engineAlerts(engine)).toHaveLength(1);
  });

  it('counts the home beacon as presence and its out-of-range report as absence', () => {
    const { engine } = engineFor([homeDetention(), gps]);
    run(
      engine,
      stored([
        alarm('dev-1', '2026-05-05T20:00:00-07:00', 'beaconInRange'),
        alarm('dev-1', '2026-05-05T20:30:00-07:00', 'beaconOutOfRange'),
        alarm('dev-1', '2026-05-05T20:41:00-07:00', 'beaconOutOfRange'), // still out 11 min later: past the grace
        alarm('dev-1', '2026-05-05T20:45:00-07:00', 'beaconInRange'),
      ]),
    );
    expect(engineAlerts(engine).map((a) => [a.kind, a.startedAt, a.endedAt, a.evidence.facts])).toEqual([
      // 20:30–20:45 PDT = 03:30–03:45Z; away 15 minutes.
      ['unapprovedAbsence', '2026-05-06T03:30:00.000Z', '2026-05-06T03:45:00.000Z', { awayMin: 15 }],
    ]);
  });
});

describe('curfew across the end of daylight saving time in Los Angeles (2026-11-01)', () => {
  it('lays the night of Oct 31 out as 10 hours (21:00 PDT to 06:00 PST), the nights around it as 9', () => {
    const w = curfewWindows('21:00', '06:00', TZ, '2026-10-31', '2026-11-01');
    const nights = w.map((i) => [
      new Date(i.start).toISOString(),
      new Date(i.end).toISOString(),
      (i.end - i.start) / 3_600_000,
    ]);
    expect(nights).toEqual([
      ['2026-10-31T04:00:00.000Z', '2026-10-31T13:00:00.000Z', 9], // Oct 30 21:00 PDT → Oct 31 06:00 PDT
      ['2026-11-01T04:00:00.000Z', '2026-11-01T14:00:00.000Z', 10], // Oct 31 21:00 PDT → Nov 1 06:00 PST
      ['2026-11-02T05:00:00.000Z', '2026-11-02T14:00:00.000Z', 9], // Nov 1 21:00 PST → Nov 2 06:00 PST
    ]);
  });

  it('raises curfewLeft for an exit at 05:30 PST, which a fixed UTC−7 offset would place after the curfew', () => {
    const curfew: Condition = {
      kind: 'curfew',
      id: 'c-curfew',
      text: 'Curfew 21:00 to 06:00',
      start: '21:00',
      end: '06:00',
      timeZone: TZ,
    };
    const { engine } = engineFor([curfew, gps], {
      home: circleZone('home', 'Residence of record', HOME.lat, HOME.lon, 60),
    });
    run(
      engine,
      stored([
        ...minutes('dev-1', '2026-11-01T13:00:00Z', 30, HOME),
        ...minutes('dev-1', '2026-11-01T13:30:00Z', 40, east(HOME, 1_000)),
      ]),
    );
    const [a] = engineAlerts(engine);
    expect(engineAlerts(engine)).toHaveLength(1);
    expect(a).toMatchObject({
      kind: 'curfewLeft',
      severity: 'serious',
      startedAt: '2026-11-01T13:30:00.000Z', // 05:30 PST
      detectedAt: '2026-11-01T13:40:30.000Z', // the 13:40 fix, 10 minutes later, received 30 s after
      endedAt: '2026-11-01T14:00:00.000Z', // 06:00 PST: the schedule no longer requires presence
      state: 'cleared',
    });
    expect(a?.rule.citation).toBe('18 U.S.C. § 3142(c)(1)(B)(vii)');
  });
});

describe('exclusion zones: circles with a buffer ring, accuracy, sparse fixes', () => {
  const C = { lat: 34.05, lon: -118.25 };
  const zone = circleZone('protected-a', 'Protected location A', C.lat, C.lon, 100);

  it('raises a buffer entry, then the zone entry, and clears each on the way out', () => {
    const { engine } = engineFor([noContact, gps], {
      zones: [{ zone, role: 'exclusion', conditionId: 'c-no-contact', bufferM: 50 }],
    });
    run(
      engine,
      stored([
        fix('dev-1', '2026-05-05T10:00:00Z', east(C, 300)), // 200 m outside: nothing
        fix('dev-1', '2026-05-05T10:01:00Z', east(C, 130)), // 30 m outside, inside the 50 m ring (30 + 5 ≤ 50)
        fix('dev-1', '2026-05-05T10:02:00Z', east(C, 60)), // 40 m inside, accuracy 5: wholly inside
        fix('dev-1', '2026-05-05T10:03:00Z', east(C, 50)), // 50 m inside
        fix('dev-1', '2026-05-05T10:04:00Z', east(C, 400)), // 300 m out
      ]),
    );
    const alerts = engineAlerts(engine).map((a) => ({
      kind: a.kind,
      severity: a.severity,
      startedAt: a.startedAt,
      endedAt: a.endedAt,
      confidence: a.confidence,
      facts: a.evidence.facts,
    }));
    expect(alerts).toEqual([
      {
        kind: 'exclusionBuffer',
        severity: 'critical', // around a protected person's place
        startedAt: '2026-05-05T10:01:00.000Z',
        endedAt: '2026-05-05T10:02:00.000Z',
        confidence: 'medium',
        facts: { fixesInside: 1, latestDistanceToBoundaryM: 30, durationMin: 1 },
      },
      {
        kind: 'exclusionZone',
        severity: 'critical',
        startedAt: '2026-05-05T10:02:00.000Z',
        endedAt: '2026-05-05T10:04:00.000Z',
        confidence: 'high', // two consecutive GPS fixes inside by more than their accuracy
        facts: { fixesInside: 2, latestDistanceToBoundaryM: -50, durationMin: 2 },
      },
    ]);
    const [, z] = engineAlerts(engine);
    expect(z?.rule.citation).toBe('18 U.S.C. § 3142(c)(1)(B)(iv), (v)');
    expect(z?.zone).toEqual({ id: 'protected-a', label: 'Protected location A' });
  });

  it('does not open on one fix whose accuracy circle straddles the boundary; a second one opens (medium)', () => {
    const { engine } = engineFor([noContact, gps], {
      zones: [{ zone, role: 'exclusion', conditionId: 'c-no-contact' }],
    });
    run(engine, stored([fix('dev-1', '2026-05-05T10:00:00Z', east(C, 90), 30)])); // 10 m inside, ±30 m
    expect(engineAlerts(engine)).toEqual([]);
    run(engine, stored([fix('dev-1', '2026-05-05T10:01:00Z', east(C, 80), 30)])); // 20 m inside, ±30 m
    expect(engineAlerts(engine).map((a) => [a.kind, a.startedAt, a.confidence])).toEqual([
      ['exclusionZone', '2026-05-05T10:00:00.000Z', 'medium'],
    ]);
  });

  it('reports a possible crossing between two sparse fixes on either side of a zone (warning, low confidence)', () => {
    const { engine } = engineFor([noContact, gps], {
      zones: [{ zone, role: 'exclusion', conditionId: 'c-no-contact' }],
    });
    run(
      engine,
      stored([
        fix('dev-1', '2026-05-05T10:00:00Z', east(C, -1_000)),
        fix('dev-1', '2026-05-05T10:15:00Z', east(C, 1_000)),
      ]),
    );
    expect(
      engineAlerts(engine).map((a) => [
        a.kind,
        a.severity,
        a.confidence,
        a.startedAt,
        a.endedAt,
        a.evidence.facts,
      ]),
    ).toEqual([
      [
        'possibleCrossing',
        'warning',
        'low',
        '2026-05-05T10:00:00.000Z',
        '2026-05-05T10:15:00.000Z',
        { gapMin: 15, segmentM: 2000 },
      ],
    ]);
  });

  it('finds shared zones through the spatial index, only those whose tags the rule names', () => {
    const school = circleZone('school-1', 'School 1', 34.1, -118.3, 150, ['school']);
    const park = circleZone('park-1', 'Park 1', 34.11, -118.3, 150, ['park']);
    const assoc: Condition = {
      kind: 'association',
      id: 'c-assoc',
      text: 'Stay away from schools',
      restriction: 'schools',
    };
    const { engine } = engineFor(
      [assoc, gps],
      { sharedZones: [{ tags: ['school'], role: 'exclusion', conditionId: 'c-assoc' }] },
      [school, park],
    );
    run(
      engine,
      stored([
        ...minutes('dev-1', '2026-05-05T10:00:00Z', 2, { lat: 34.11, lon: -118.3 }), // in the park
        ...minutes('dev-1', '2026-05-05T10:05:00Z', 2, { lat: 34.1, lon: -118.3 }), // in the school
      ]),
    );
    expect(engineAlerts(engine).map((a) => [a.kind, a.zone?.id, a.startedAt])).toEqual([
      ['exclusionZone', 'school-1', '2026-05-05T10:05:00.000Z'],
    ]);
  });
});

describe('mobile exclusion zone around a protected person who carries a device', () => {
  const S = { lat: 34.05, lon: -118.25 };
  const setup = () =>
    engineFor([noContact, gps], {
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

  it('opens on the protected person’s fix, holds inside the hysteresis band, and clears beyond 220 m', () => {
    const { engine } = setup();
    const events = stored([
      fix('dev-1', '2026-05-05T10:00:00Z', S),
      fix('victim-1', '2026-05-05T10:00:30Z', east(S, 1_000)),
      fix('dev-1', '2026-05-05T10:01:00Z', S),
      fix('victim-1', '2026-05-05T10:01:30Z', east(S, 150)), // 150 m: inside 200 m
      fix('dev-1', '2026-05-05T10:02:00Z', S),
      fix('victim-1', '2026-05-05T10:02:30Z', east(S, 210)), // 210 m: above 200, below the 220 m exit
      fix('dev-1', '2026-05-05T10:03:00Z', S),
      fix('victim-1', '2026-05-05T10:03:30Z', east(S, 230)), // 230 m: beyond 200 × 1.1
      fix('dev-1', '2026-05-05T10:04:00Z', S),
    ]);
    run(engine, events);
    const alerts = engineAlerts(engine);
    expect(alerts.map((a) => [a.kind, a.severity, a.startedAt, a.endedAt, a.confidence])).toEqual([
      ['mobileZone', 'critical', '2026-05-05T10:01:30.000Z', '2026-05-05T10:03:30.000Z', 'high'],
    ]);
    // The last observation inside was 210 m (victim 10:02:30, supervisee 10:03:00: 30 s apart); 230 m cleared it.
    expect(alerts[0]?.evidence.facts).toEqual({
      closestM: 150,
      latestDistanceM: 210,
      fixAgeS: 30,
      clearingDistanceM: 230,
    });
    expect(alerts[0]?.evidence.tolerances).toEqual({
      radiusM: 200,
      bufferM: 0,
      exitRadiusM: 220,
      maxFixAgeS: 300,
    });
  });

  it('opens on the supervisee’s fix too, and ignores a protected fix older than maxFixAge', () => {
    const { engine } = setup();
    run(
      engine,
      stored([
        fix('victim-1', '2026-05-05T10:00:00Z', east(S, 100)),
        fix('dev-1', '2026-05-05T10:06:00Z', S),
      ]),
    );
    expect(engineAlerts(engine)).toEqual([]); // 6 minutes apart > 300 s
    run(
      engine,
      stored([
        fix('victim-1', '2026-05-05T10:07:00Z', east(S, 100)),
        fix('dev-1', '2026-05-05T10:07:20Z', S),
      ]),
    );
    expect(engineAlerts(engine).map((a) => [a.kind, a.startedAt])).toEqual([
      ['mobileZone', '2026-05-05T10:07:00.000Z'],
    ]);
  });
});

describe('device health', () => {
  it('strap tamper: critical; cleared by strapRestored; resolved only with a note', () => {
    const { engine } = engineFor([homeDetention(), gps]);
    run(engine, stored([alarm('dev-1', '2026-05-07T23:48:00-07:00', 'strapOpen')], undefined, 5_000));
    let [a] = engineAlerts(engine);
    expect(a).toMatchObject({
      kind: 'strapTamper',
      severity: 'critical',
      state: 'open',
      confidence: 'high',
      endedAt: null,
    });
    if (!a) throw new Error('no alert');
    const by = { by: 'Officer A', at: Date.parse('2026-05-07T23:50:00-07:00') };
    expect(() => resolveAlert(a as never, { ...by, note: 'x' })).toThrow(/still going on/);
    const acked = acknowledgeAlert(a, { ...by, note: 'calling' });
    engine.alerts.set(acked.alertId, acked);
    run(engine, stored([alarm('dev-1', '2026-05-07T23:54:00-07:00', 'strapRestored')], undefined, 5_000));
    [a] = engineAlerts(engine);
    expect(a).toMatchObject({ state: 'cleared', endedAt: '2026-05-08T06:54:00.000Z' });
    expect(() => resolveAlert(a as never, by)).toThrow(LifecycleError);
    expect(() => resolveAlert(a as never, by)).toThrow(
      'a strapTamper alert can be resolved only with a note',
    );
    const done = resolveAlert(a as never, { ...by, note: 'Strap inspected at a home visit: intact.' });
    expect(done.state).toBe('resolved');
    expect(done.history.map((h) => `${h.by}:${h.action}`)).toEqual([
      'system:opened',
      'Officer A:acknowledged',
      'system:cleared',
      'Officer A:resolved',
    ]);
  });

  it('case tamper cannot be resolved before the device reports the case closed', () => {
    const { engine } = engineFor([gps]);
    run(engine, stored([alarm('dev-1', '2026-05-07T10:00:00Z', 'caseOpen')]));
    const [a] = engineAlerts(engine);
    expect(() => resolveAlert(a as never, { by: 'Officer A', at: 0, note: 'seen' })).toThrow(
      /a case tamper can be resolved only after the device reports the case closed/,
    );
  });

  it('battery: low is a warning, critical (≤ 30 min left) is serious, charging clears both', () => {
    const { engine } = engineFor([gps]);
    run(
      engine,
      stored([
        alarm('dev-1', '2026-05-07T19:40:00Z', 'batteryLow', { batteryPercent: 18 }),
        fix('dev-1', '2026-05-07T20:05:00Z', HOME),
        alarm('dev-1', '2026-05-07T20:10:00Z', 'heartbeat', { minutesLeft: 25 }),
        alarm('dev-1', '2026-05-07T20:20:00Z', 'chargingStarted'),
      ]),
    );
    expect(
      engineAlerts(engine).map((a) => [a.kind, a.severity, a.startedAt, a.endedAt, a.evidence.facts]),
    ).toEqual([
      [
        'batteryLow',
        'warning',
        '2026-05-07T19:40:00.000Z',
        '2026-05-07T20:20:00.000Z',
        { percent: 18, durationMin: 40 },
      ],
      [
        'batteryCritical',
        'serious',
        '2026-05-07T20:10:00.000Z',
        '2026-05-07T20:20:00.000Z',
        { minutesLeft: 25, durationMin: 10 },
      ],
    ]);
  });

  it('communication failure: after the call-in interval (5 min) plus the 15-minute buffer, per device', () => {
    const t0 = Date.parse('2026-05-04T07:00:00Z');
    const { engine } = engineFor([gps], {}, [], t0);
    expect(tick(engine, t0 + 20 * 60_000)).toEqual([]); // exactly 20 min of silence: not yet
    const [opened] = tick(engine, t0 + 21 * 60_000);
    expect(opened?.alert).toMatchObject({
      kind: 'communicationFailure',
      severity: 'serious',
      confidence: 'low',
      startedAt: '2026-05-04T07:05:00.000Z', // the first call-in that did not come
      detectedAt: '2026-05-04T07:21:00.000Z',
      detectionDelaySec: 60,
    });
    run(engine, stored([alarm('dev-1', '2026-05-04T07:29:50Z', 'heartbeat')], t0 + 30 * 60_000));
    expect(engineAlerts(engine).find((a) => a.kind === 'communicationFailure')).toMatchObject({
      state: 'cleared',
      endedAt: '2026-05-04T07:30:00.000Z',
    });
  });

  it('location failure: a call-in with no fix for the fix interval (1 min) plus the 10-minute buffer', () => {
    const t0 = Date.parse('2026-05-04T07:00:00Z');
    const { engine } = engineFor([gps], {}, [], t0);
    run(
      engine,
      stored([
        fix('dev-1', '2026-05-04T07:00:00Z', HOME),
        alarm('dev-1', '2026-05-04T07:10:00Z', 'heartbeat'),
      ]),
    );
    expect(engineAlerts(engine)).toEqual([]); // 10 min ≤ 11 min
    run(
      engine,
      stored([
        alarm('dev-1', '2026-05-04T07:12:00Z', 'heartbeat'),
        fix('dev-1', '2026-05-04T07:14:00Z', HOME),
      ]),
    );
    expect(engineAlerts(engine).map((a) => [a.kind, a.startedAt, a.endedAt])).toEqual([
      ['locationFailure', '2026-05-04T07:01:00.000Z', '2026-05-04T07:14:00.000Z'],
    ]);
  });
});
