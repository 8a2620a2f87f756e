/**
 * The device-health timers both evaluators share: a communication failure (the vendor's platform reports the
 * device lost, until it calls in again) and a location failure (a call-in with no fix for longer than the plan's
 * fix interval and its buffer, until a fix arrives), run on each event of a supervised device. What raises a
 * communication failure from silence alone is the evaluator's `tick`.
 */
import type { AlertChange } from './alerts.ts';
import type { StoredDeviceEvent } from './device-events.ts';
import {
  type AlertBook,
  addToTrail,
  applyReport,
  type DeviceAlerts,
  type EpisodeReport,
  evidenceFrom,
  newTrail,
} from './episodes.ts';
import type { DeviceRules, RuleBase } from './rules.ts';

/** A running timer: its alert's episode key, when the failure began, when it became due, and its evidence. */
export interface Timer {
  key: string;
  since: number;
  due: number;
  trail: ReturnType<typeof newTrail>;
}

/** What the timers read and keep on a device, in either evaluator. */
export interface TimerDevice extends DeviceAlerts {
  rules: DeviceRules | null;
  lastFixAt: number;
  lastFixReceivedAt: number;
  comm: Timer | null;
  loc: Timer | null;
}

/** The episode a timer reports. */
export function timerReport(
  base: RuleBase,
  kind: 'communicationFailure' | 'locationFailure',
  t: Timer,
  end: number | null,
  facts: Record<string, string | number>,
  tolerances: Record<string, number>,
): EpisodeReport {
  return {
    key: t.key,
    rule: base,
    ruleKind: `deviceHealth:${kind === 'communicationFailure' ? 'communication' : 'location'}`,
    alertKind: kind,
    zone: null,
    since: t.since,
    due: t.due,
    end,
    ...(end !== null
      ? { endNote: kind === 'communicationFailure' ? 'the device called in' : 'a fix arrived' }
      : {}),
    evidence: evidenceFrom(t.trail, [], tolerances, facts, [
      kind === 'communicationFailure'
        ? 'no data: this reports the absence of call-ins, not a location'
        : 'no fix: this reports the absence of location data, not a location',
    ]),
    confidence: 'low',
  };
}

/** The communication and location timers, on each event of a supervised device. */
export function timersOnEvent(
  engine: AlertBook,
  dev: TimerDevice,
  e: StoredDeviceEvent,
  changes: Map<string, AlertChange>,
): void {
  // The home beacon's reports place the device too (at home, or not).
  if (e.kind === 'fix' || e.kind === 'beaconInRange' || e.kind === 'beaconOutOfRange') {
    if (e.at > dev.lastFixAt) dev.lastFixAt = e.at;
    if (e.receivedAt > dev.lastFixReceivedAt) dev.lastFixReceivedAt = e.receivedAt;
  }
  // No timer running and not an event that starts one: nothing more to do.
  if (dev.comm === null && dev.loc === null && e.kind !== 'communicationLost' && e.kind !== 'heartbeat')
    return;
  const rules = dev.rules as DeviceRules;
  const tol = rules.tolerances;
  if (dev.comm && rules.timers.communication && e.kind !== 'communicationLost') {
    const t = dev.comm;
    addToTrail(t.trail, e.id);
    applyReport(
      engine,
      dev,
      timerReport(
        rules.timers.communication.base,
        'communicationFailure',
        t,
        e.receivedAt,
        { firstCallInAfter: new Date(e.receivedAt).toISOString() },
        { callInIntervalS: rules.plan.callInIntervalS, bufferMin: tol.communicationBufferMin },
      ),
      e.receivedAt,
      changes,
    );
    dev.comm = null;
  }
  if (e.kind === 'communicationLost' && !dev.comm && rules.timers.communication) {
    const t: Timer = {
      key: `${rules.timers.communication.base.ruleId}|communicationFailure|${e.at}`,
      since: e.at,
      due: e.at,
      trail: newTrail(),
    };
    addToTrail(t.trail, e.id);
    dev.comm = t;
    applyReport(
      engine,
      dev,
      timerReport(
        rules.timers.communication.base,
        'communicationFailure',
        t,
        null,
        { reportedBy: 'vendor platform' },
        { callInIntervalS: rules.plan.callInIntervalS },
      ),
      e.receivedAt,
      changes,
    );
  }
  const loc = rules.timers.location;
  if (
    loc &&
    !dev.loc &&
    e.kind === 'heartbeat' &&
    e.at - dev.lastFixAt > loc.afterMs &&
    e.at >= loc.base.effectiveFrom
  ) {
    const since = dev.lastFixAt + rules.plan.fixIntervalS * 1000;
    dev.loc = {
      key: `${loc.base.ruleId}|locationFailure|${since}`,
      since,
      due: dev.lastFixAt + loc.afterMs,
      trail: newTrail(),
    };
    addToTrail(dev.loc.trail, e.id);
    applyReport(
      engine,
      dev,
      timerReport(
        loc.base,
        'locationFailure',
        dev.loc,
        null,
        { lastFix: new Date(dev.lastFixAt).toISOString(), reportWithoutFix: new Date(e.at).toISOString() },
        { fixIntervalS: rules.plan.fixIntervalS, bufferMin: tol.locationBufferMin },
      ),
      e.receivedAt,
      changes,
    );
  }
  if (dev.loc && e.kind === 'fix' && e.at >= dev.loc.since && rules.timers.location) {
    const t = dev.loc;
    addToTrail(t.trail, e.id);
    applyReport(
      engine,
      dev,
      timerReport(
        rules.timers.location.base,
        'locationFailure',
        t,
        e.at,
        { firstFixAfter: new Date(e.at).toISOString() },
        {
          fixIntervalS: rules.plan.fixIntervalS,
          callInIntervalS: rules.plan.callInIntervalS,
          bufferMin: tol.locationBufferMin,
        },
      ),
      e.receivedAt,
      changes,
    );
    dev.loc = null;
  }
}
