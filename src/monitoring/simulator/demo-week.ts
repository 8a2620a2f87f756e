/**
 * Renee Castell's monitor, the fictional demo week (Mon 2026-05-04 to Sun 2026-05-10, Los Angeles time),
 * as `pretrial simulate` plays it (docs/cli.md):
 *
 * - Mon: at home all day (compliant).
 * - Tue: approved attorney visit 09:30–13:00; she leaves counsel's office at 13:02 and is home at 13:27 —
 *   27 minutes past the window, beyond the 10-minute grace: a late return.
 * - Wed: approved medical appointment 14:00–16:00; home at 16:06, within the grace: no alert.
 * - Thu: battery low at 19:40, on the charger at 20:05; strap opened at 23:48, restored at 23:54.
 * - Fri: at home, the device at rest reporting one fix every 10 minutes (the sparse day).
 * - Sat: approved religious services 09:30–12:30; on the way back she stops for six minutes inside the
 *   zone around Protected location A (home of a Meridian Circle member), during a cellular outage: the
 *   device sends its position when the link returns (12:08) and uploads the stored fixes at 12:10, so the
 *   entry is found by re-evaluating data older than the position already evaluated (a late alert).
 * - Sun: at home.
 *
 * Every place, person and event is invented. Deterministic: the same seed gives the same events.
 */
import type { CaseFile } from '../../case/index.ts';
import {
  type Alert,
  type AlertCause,
  type AlertChange,
  type AlertKind,
  acknowledgeAlert,
  noteAlert,
  resolveAlert,
} from '../alerts.ts';
import { conditionTimeline } from '../conditions-in-force.ts';
import type { DeviceEvent } from '../device-events.ts';
import { applyOfficerAction, createEngine, type Engine, engineAlerts, tick } from '../engine.ts';
import { Enrollment, type EnrollmentInput } from '../enrollment.ts';
import { ingestBatch, newIngestState } from '../ingest.ts';
import { compileRules } from '../rules.ts';
import { circleZone } from '../zones.ts';
import { type Delivery, localMs, type Spot, seededRandom, stay, trip, uploads } from './tracks.ts';

export const DEMO_TZ = 'America/Los_Angeles';
export const DEMO_DEVICE = 'LM-CACD-0417';
export const DEMO_OFFICER = 'Pretrial Services Officer (demo)';
const at = (date: string, time: string) => localMs(date, time, DEMO_TZ);

export const PLACES = {
  home: { lat: 34.0837, lon: -118.327 },
  counsel: { lat: 34.0505, lon: -118.2551 },
  clinic: { lat: 34.098, lon: -118.3215 },
  worship: { lat: 34.083, lon: -118.292 },
  protectedA: { lat: 34.0715, lon: -118.3122 },
} satisfies Record<string, Spot>;

/** The enrollment pretrial services set up after the release order of 2026-04-21. */
export const demoEnrollment: EnrollmentInput = {
  personId: 'hale-2',
  defendant: 2,
  label: 'Renee Castell (2)',
  device: { id: DEMO_DEVICE, plan: { callInIntervalS: 300, fixIntervalS: 60 } },
  homeRadiusM: 60,
  absences: [
    {
      id: 'abs-2026-05-05-counsel',
      category: 'attorneyVisits',
      from: '2026-05-05T09:30:00-07:00',
      to: '2026-05-05T13:00:00-07:00',
      destination: circleZone(
        'counsel-office',
        "Defense counsel's office (downtown Los Angeles)",
        34.0505,
        -118.2551,
        100,
      ),
      approvedBy: DEMO_OFFICER,
    },
    {
      id: 'abs-2026-05-06-medical',
      category: 'medical',
      from: '2026-05-06T14:00:00-07:00',
      to: '2026-05-06T16:00:00-07:00',
      approvedBy: DEMO_OFFICER,
    },
    {
      id: 'abs-2026-05-09-services',
      category: 'religiousServices',
      from: '2026-05-09T09:30:00-07:00',
      to: '2026-05-09T12:30:00-07:00',
      approvedBy: DEMO_OFFICER,
    },
  ],
  zones: [
    {
      zone: circleZone(
        'protected-location-a',
        'Protected location A (home of a Meridian Circle member)',
        PLACES.protectedA.lat,
        PLACES.protectedA.lon,
        150,
      ),
      role: 'exclusion',
      conditionId: 'c2-no-contact-meridian',
      minPointsInside: 2,
    },
  ],
};

export const DEMO_WEEK = { from: at('2026-05-04', '00:00'), to: at('2026-05-11', '00:00') };

/** Officer actions in the demo: acknowledge and resolve, with notes. */
export interface OfficerStep {
  at: number;
  alertKind: AlertKind;
  action: 'acknowledge' | 'resolve' | 'note';
  note: string;
  /** What caused the alert (a resolution gives one). */
  cause?: AlertCause;
}

export const DEMO_OFFICER_STEPS: OfficerStep[] = [
  {
    at: at('2026-05-05', '13:14'),
    alertKind: 'lateReturn',
    action: 'acknowledge',
    note: 'Called the defendant: on her way home from counsel’s office.',
  },
  {
    at: at('2026-05-05', '15:00'),
    alertKind: 'lateReturn',
    action: 'resolve',
    note: 'Counsel’s office confirms the meeting ran until 13:00; home at 13:27. Warned about travel time.',
    cause: { code: 'participantViolation' },
  },
  {
    at: at('2026-05-07', '23:58'),
    alertKind: 'strapTamper',
    action: 'acknowledge',
    note: 'Called the defendant: says the strap caught on the bed frame.',
  },
  {
    at: at('2026-05-08', '10:30'),
    alertKind: 'strapTamper',
    action: 'resolve',
    note: 'Home visit: strap inspected, intact and re-seated; no sign of removal.',
    cause: { code: 'deviceFault', note: 'strap caught on the bed frame' },
  },
  {
    at: at('2026-05-09', '12:20'),
    alertKind: 'exclusionZone',
    action: 'acknowledge',
    note: 'Reviewing the track with the supervising officer.',
  },
  {
    at: at('2026-05-09', '12:40'),
    alertKind: 'exclusionZone',
    action: 'note',
    note: 'Referred for a report to the court.',
  },
];

/** The week's deliveries (what the vendor platform sends, when it arrives), deterministic for a seed. */
export function demoWeekDeliveries(seed = 20260504): Delivery[] {
  const rnd = seededRandom(seed);
  const d = DEMO_DEVICE;
  const H = PLACES.home;
  const fixes = [
    // Monday: home.
    ...stay(d, H, at('2026-05-04', '00:00'), at('2026-05-05', '09:35'), rnd),
    // Tuesday: attorney visit; leaves counsel's office at 13:02, home at 13:27.
    ...trip(d, [H, PLACES.counsel], at('2026-05-05', '09:35'), at('2026-05-05', '10:00'), rnd),
    ...stay(d, PLACES.counsel, at('2026-05-05', '10:00'), at('2026-05-05', '13:02'), rnd, { scatterM: 15 }),
    ...trip(d, [PLACES.counsel, H], at('2026-05-05', '13:02'), at('2026-05-05', '13:27'), rnd),
    ...stay(d, H, at('2026-05-05', '13:27'), at('2026-05-06', '14:10'), rnd),
    // Wednesday: medical appointment; home at 16:06, within the grace.
    ...trip(d, [H, PLACES.clinic], at('2026-05-06', '14:10'), at('2026-05-06', '14:20'), rnd),
    ...stay(d, PLACES.clinic, at('2026-05-06', '14:20'), at('2026-05-06', '15:56'), rnd),
    ...trip(d, [PLACES.clinic, H], at('2026-05-06', '15:56'), at('2026-05-06', '16:06'), rnd),
    ...stay(d, H, at('2026-05-06', '16:06'), at('2026-05-08', '00:00'), rnd),
    // Friday: at rest, one fix every 10 minutes.
    ...stay(d, H, at('2026-05-08', '00:00'), at('2026-05-09', '00:00'), rnd, { everyMs: 600_000 }),
    // Saturday: religious services; stops inside the zone around Protected location A on the way back.
    ...stay(d, H, at('2026-05-09', '00:00'), at('2026-05-09', '09:40'), rnd),
    ...trip(d, [H, PLACES.worship], at('2026-05-09', '09:40'), at('2026-05-09', '10:00'), rnd),
    ...stay(d, PLACES.worship, at('2026-05-09', '10:00'), at('2026-05-09', '11:45'), rnd),
    ...trip(
      d,
      [PLACES.worship, PLACES.protectedA],
      at('2026-05-09', '11:45'),
      at('2026-05-09', '11:56'),
      rnd,
    ),
    ...stay(d, PLACES.protectedA, at('2026-05-09', '11:56'), at('2026-05-09', '12:02'), rnd, {
      scatterM: 25,
      accuracy: [5, 9],
    }),
    ...trip(d, [PLACES.protectedA, H], at('2026-05-09', '12:02'), at('2026-05-09', '12:14'), rnd),
    ...stay(d, H, at('2026-05-09', '12:14'), DEMO_WEEK.to, rnd),
  ];
  const batches = uploads(d, fixes, DEMO_WEEK.from, DEMO_WEEK.to, {
    intervalMs: 300_000,
    lagMs: 30_000,
    // Saturday's cellular outage: no uploads from 11:52 to 12:10.
    outages: [{ from: at('2026-05-09', '11:52'), to: at('2026-05-09', '12:10') }],
  });
  const alarm = (kind: DeviceEvent['kind'], date: string, time: string, percent?: number): Delivery => {
    const t = at(date, time);
    const e = {
      kind,
      device: d,
      at: t,
      ...(percent !== undefined ? { batteryPercent: percent } : {}),
    } as DeviceEvent;
    return { receivedAt: t + 5_000, events: [e] };
  };
  const alarms = [
    alarm('batteryLow', '2026-05-07', '19:40', 18),
    alarm('chargingStarted', '2026-05-07', '20:05'),
    alarm('chargingStopped', '2026-05-07', '22:10', 100),
    alarm('strapOpen', '2026-05-07', '23:48'),
    alarm('strapRestored', '2026-05-07', '23:54'),
  ];
  // The link is back: the device sends its current position at once, then uploads the stored fixes (the
  // 12:08 fix again among them: a duplicate the ingest drops).
  const reconnect = fixes.find((f) => f.at === at('2026-05-09', '12:08'));
  if (reconnect) alarms.push({ receivedAt: reconnect.at + 5_000, events: [reconnect] });
  return [...batches, ...alarms].sort((a, b) => a.receivedAt - b.receivedAt);
}

/** The week as one event stream in delivery order (for NDJSON output or an HTTP replay). */
export const demoWeekEvents = (seed?: number): DeviceEvent[] =>
  demoWeekDeliveries(seed).flatMap((b) => b.events);

export interface DemoRun {
  engine: Engine;
  alerts: Alert[];
  /** Every change in order, with the processing time it happened at. */
  timeline: { at: number; change: AlertChange }[];
  gaps: string[];
  /** Events accepted, and duplicates dropped by the idempotency key. */
  events: number;
  duplicates: number;
}

/** Compile Castell's rules from the demo case file (`buildHaleCaseFile()`) and replay the week through the ingest core. */
export function runDemoWeek(file: CaseFile, seed?: number): DemoRun {
  const enrollment = Enrollment.parse(demoEnrollment);
  const compiled = compileRules(conditionTimeline(file, enrollment.defendant), enrollment, {
    district: file.case.district,
  });
  const engine = createEngine([compiled.device], { startAt: DEMO_WEEK.from });
  const state = newIngestState(engine);
  const timeline: DemoRun['timeline'] = [];
  const steps = [...DEMO_OFFICER_STEPS];
  let events = 0;
  let duplicates = 0;
  let nextTick = DEMO_WEEK.from + 60_000;
  const officer = (until: number) => {
    while (steps.length > 0 && (steps[0] as OfficerStep).at <= until) {
      const s = steps.shift() as OfficerStep;
      const target = engineAlerts(engine).find((a) => a.kind === s.alertKind);
      if (!target)
        throw new Error(`demo: no ${s.alertKind} alert to act on at ${new Date(s.at).toISOString()}`);
      const act = { by: DEMO_OFFICER, at: s.at, note: s.note, ...(s.cause ? { cause: s.cause } : {}) };
      const change = applyOfficerAction(engine, target.alertId, (a) =>
        s.action === 'acknowledge'
          ? acknowledgeAlert(a, act)
          : s.action === 'resolve'
            ? resolveAlert(a, act)
            : noteAlert(a, act),
      );
      timeline.push({ at: s.at, change });
    }
  };
  const ticksUntil = (until: number) => {
    while (nextTick <= until) {
      officer(nextTick);
      for (const change of tick(engine, nextTick)) timeline.push({ at: nextTick, change });
      nextTick += 60_000;
    }
  };
  for (const delivery of demoWeekDeliveries(seed)) {
    ticksUntil(delivery.receivedAt);
    officer(delivery.receivedAt);
    const r = ingestBatch(state, delivery.events, delivery.receivedAt);
    if (!r.ok) throw new Error(`demo: a generated batch is invalid: ${JSON.stringify(r.problems[0])}`);
    events += r.accepted.length;
    duplicates += r.duplicates;
    for (const change of r.changes) timeline.push({ at: delivery.receivedAt, change });
  }
  ticksUntil(DEMO_WEEK.to + 60_000);
  officer(DEMO_WEEK.to + 60_000);
  // The store's view: the latest version of every alert (the engine forgets ended ones past its horizon).
  const latest = new Map<string, Alert>();
  for (const { change } of timeline) latest.set(change.alert.alertId, change.alert);
  const alerts = [...latest.values()].sort((a, b) =>
    a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : 0,
  );
  return { engine, alerts, timeline, gaps: compiled.gaps, events, duplicates };
}
