import { describe, expect, it } from 'vitest';
import { buildHaleCaseFile } from '../../src/demo/index.ts';
import { runDemoWeek } from '../../src/monitoring/simulator/demo-week.ts';
import {
  allowedActions,
  compareAlerts,
  fromLocalInput,
  localDayBounds,
  toLocalInput,
  zonedSpan,
} from '../../web/src/monitoring/format.ts';
import { supervisionTimeZone } from '../../web/src/monitoring/timezone.ts';

const LA = 'America/Los_Angeles';
const run = runDemoWeek(buildHaleCaseFile());
const byKind = (k: string) => run.alerts.find((a) => a.kind === k) as (typeof run.alerts)[number];

describe('the alert queue’s words, order and times', () => {
  it('reads the demo alerts in Los Angeles time (PDT, UTC−7), the end as a time on the same day', () => {
    const late = byKind('lateReturn');
    expect(zonedSpan(late.startedAt, late.endedAt, LA)).toBe('Tue May 5, 2026 13:00 PDT – 13:27 PDT');
    expect(zonedSpan(late.startedAt, null, LA)).toBe('Tue May 5, 2026 13:00 PDT – ongoing');
    // 2026-03-08 is the spring-forward Sunday: 01:30 PST, then 03:30 PDT an hour later; the span crosses a day.
    expect(zonedSpan('2026-03-08T09:30:00Z', '2026-03-09T10:30:00Z', LA)).toBe(
      'Sun Mar 8, 2026 01:30 PST – Mon Mar 9, 2026 03:30 PDT',
    );
  });

  it('reads wall times of the person’s zone for the period inputs, across a daylight-saving change', () => {
    expect(toLocalInput('2026-05-11T06:59:00Z', LA)).toBe('2026-05-10T23:59');
    expect(fromLocalInput('2026-05-10T23:59', LA)).toBe('2026-05-11T06:59:00Z');
    expect(fromLocalInput('not a time', LA)).toBeNull();
    // The report's days: midnight to midnight in Los Angeles; 2026-11-01 has 25 hours (PDT → PST).
    expect(localDayBounds('2026-11-01', LA)).toEqual({
      from: '2026-11-01T07:00:00Z',
      to: '2026-11-02T08:00:00Z',
    });
  });

  it('puts alerts needing action first, then by severity, then newest first', () => {
    const ordered = [...run.alerts]
      .map((a) => (a.kind === 'batteryLow' ? { ...a, state: 'open' as const } : a))
      .sort(compareAlerts)
      .map((a) => `${a.kind}:${a.state}`);
    // The replayed week's officer steps resolved the late return and the strap tamper; the others are cleared.
    expect(ordered).toEqual([
      'batteryLow:open',
      'exclusionZone:cleared',
      'strapTamper:resolved', // critical before serious among the closed ones
      'lateReturn:resolved',
    ]);
  });

  it('offers the actions each state allows (spec § 5.2)', () => {
    const zone = byKind('exclusionZone'); // cleared, acknowledged by the officer in the demo
    expect(allowedActions(zone)).toEqual(['resolve', 'dismiss']);
    expect(allowedActions({ ...zone, state: 'open', history: [] })).toEqual([
      'acknowledge',
      'escalate',
      'resolve',
      'dismiss',
    ]);
    expect(allowedActions(byKind('strapTamper'))).toEqual([]);
  });

  it('reads the supervising time zone from the home-detention condition (Castell: Los Angeles)', () => {
    const file = buildHaleCaseFile();
    expect(supervisionTimeZone(file, 2)).toBe(LA);
    // Marcus Hale (1) is detained: no such condition; the case's court (E.D.N.Y.) gives New York.
    expect(supervisionTimeZone(file, 1)).toBe('America/New_York');
  });
});
