import { describe, expect, it } from 'vitest';
import { buildHaleCaseFile } from '../../src/demo/index.ts';
import { demoWeekEvents, runDemoWeek } from '../../src/monitoring/simulator/demo-week.ts';

describe('the demo week: Renee Castell’s monitor, Mon 2026-05-04 to Sun 2026-05-10 (fictional)', () => {
  const run = runDemoWeek(buildHaleCaseFile());

  it('raises exactly the four alerts of the mission: late return, low battery, strap tamper, exclusion zone', () => {
    // Times in UTC; Los Angeles is on PDT (UTC−7) all week.
    expect(
      run.alerts.map((a) => ({
        kind: a.kind,
        severity: a.severity,
        startedAt: a.startedAt,
        endedAt: a.endedAt,
        detectedAt: a.detectedAt,
        late: a.late,
        delay: a.detectionDelaySec,
        confidence: a.confidence,
        state: a.state,
        condition: a.condition.id,
      })),
    ).toEqual([
      {
        // Tue: window ends 13:00 PDT; 10-minute grace; the 13:10 fix (uploaded 13:10:30) is still away;
        // home at 13:27.
        kind: 'lateReturn',
        severity: 'serious',
        startedAt: '2026-05-05T20:00:00.000Z',
        endedAt: '2026-05-05T20:27:00.000Z',
        detectedAt: '2026-05-05T20:10:30.000Z',
        late: false,
        delay: 30,
        confidence: 'high',
        state: 'resolved',
        condition: 'c2-home-detention',
      },
      {
        // Thu 19:40 PDT battery low (18 %), 20:05 on the charger. Alarms arrive 5 s after.
        kind: 'batteryLow',
        severity: 'warning',
        startedAt: '2026-05-08T02:40:00.000Z',
        endedAt: '2026-05-08T03:05:00.000Z',
        detectedAt: '2026-05-08T02:40:05.000Z',
        late: false,
        delay: 5,
        confidence: 'high',
        state: 'cleared',
        condition: 'c2-gps',
      },
      {
        // Thu 23:48 PDT strap opened, 23:54 restored; resolved with the officer's note on Friday.
        kind: 'strapTamper',
        severity: 'critical',
        startedAt: '2026-05-08T06:48:00.000Z',
        endedAt: '2026-05-08T06:54:00.000Z',
        detectedAt: '2026-05-08T06:48:05.000Z',
        late: false,
        delay: 5,
        confidence: 'high',
        state: 'resolved',
        condition: 'c2-gps',
      },
      {
        // Sat 11:56–12:03 PDT inside the zone; the fixes were stored through the outage and uploaded at
        // 12:10:30, after the 12:08 position: found by re-evaluation, 14.5 minutes (870 s) after entry.
        kind: 'exclusionZone',
        severity: 'critical',
        startedAt: '2026-05-09T18:56:00.000Z',
        endedAt: '2026-05-09T19:03:00.000Z',
        detectedAt: '2026-05-09T19:10:30.000Z',
        late: true,
        delay: 870,
        confidence: 'high',
        state: 'cleared',
        condition: 'c2-no-contact-meridian',
      },
    ]);
  });

  it('ties each alert to the release order and its docket entry, with the clause it rests on', () => {
    for (const a of run.alerts) {
      expect(a.order).toMatchObject({
        eventId: 'ev-castell-release',
        date: '2026-04-21',
        docketEntry: { id: '6', number: 6 },
        description: 'Order Setting Conditions of Release (2026-04-21, ECF No. 6)',
      });
      expect(a.rule.citation).toMatch(/^18 U\.S\.C\. § 3142\(c\)\(1\)\(B\)\((iv|v|vii|xiv)\)/);
      expect(a.evidence.eventIds.length).toBeGreaterThan(0);
    }
    const late = run.alerts.find((a) => a.kind === 'lateReturn');
    // 27 minutes late (13:00 → 13:27), beyond the 10-minute grace; 27 away fixes (13:00 … 13:26).
    expect(late?.evidence.facts).toMatchObject({ lateByMin: 27, absence: 'abs-2026-05-05-counsel' });
    expect(late?.evidence.eventCount).toBe(27);
    const zone = run.alerts.find((a) => a.kind === 'exclusionZone');
    expect(zone?.zone).toEqual({
      id: 'protected-location-a',
      label: 'Protected location A (home of a Meridian Circle member)',
    });
    // Seven fixes inside (11:56 … 12:02), each wholly inside the 150 m circle.
    expect(zone?.evidence.facts.fixesInside).toBe(7);
    const strap = run.alerts.find((a) => a.kind === 'strapTamper');
    expect(strap?.history.map((h) => h.action)).toEqual(['opened', 'cleared', 'acknowledged', 'resolved']);
    expect(strap?.history.at(-1)?.note).toBe(
      'Home visit: strap inspected, intact and re-seated; no sign of removal.',
    );
  });

  it('ingests 8,933 events (8,784 fixes, 144 heartbeats, 5 alarms) and drops the one duplicate', () => {
    // Fixes, one a minute per leg: Mon 00:00–Tue 09:35 2,015; to counsel 25; at counsel 182; back 25;
    // home to Wed 14:10 1,483; clinic legs 10 + 96 + 10; home to Fri 00:00 1,914; Friday one every 10 min
    // 144; Sat home 580, to services 20, there 105, to A 11, at A 6, home 12; Sat 12:14–Mon 00:00 2,146:
    // 8,784. Heartbeats: Friday's uploads with no fix (every other 5-minute upload) 144. Alarms 5.
    expect(run.events).toBe(8_933);
    expect(run.duplicates).toBe(1);
    const events = demoWeekEvents();
    expect(events.filter((e) => e.kind === 'fix')).toHaveLength(8_785); // the reconnect fix is sent twice
    expect(events.filter((e) => e.kind === 'heartbeat')).toHaveLength(144);
    expect(run.gaps).toEqual([
      'c2-travel: no boundary polygon for permitted district(s) cacd, nyed (enrollment.permittedAreas): travel not monitored',
    ]);
  });

  it('is deterministic: the same seed gives the same events; another seed moves the fixes, not the alerts', () => {
    expect(JSON.stringify(demoWeekEvents(), (_, v) => v)).toBe(JSON.stringify(demoWeekEvents()));
    const other = runDemoWeek(buildHaleCaseFile(), 7);
    expect(other.alerts.map((a) => [a.kind, a.startedAt, a.endedAt])).toEqual(
      run.alerts.map((a) => [a.kind, a.startedAt, a.endedAt]),
    );
    expect(JSON.stringify(demoWeekEvents(7))).not.toBe(JSON.stringify(demoWeekEvents()));
  });
});
