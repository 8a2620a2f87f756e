/**
 * The reference evaluator: what the monitoring engine does, written plainly. Every machine (`../machines.ts`)
 * runs on every event; nothing is laid out or skipped for speed. The accelerated evaluator
 * (`../accelerated/`) must give the same alerts and alert changes for the same events and ticks
 * (`test/monitoring/reference-engine.test.ts`).
 *
 * Per device: its rules' states, its recent timeline (device-time order), a checkpoint of the states every
 * `checkpointEvery` events, its timers (communication, location) and its alerts.
 *
 * - An event at or after the device's latest is appended and every rule's machine runs on it.
 * - A protected person's fix is kept in the phone's timeline and becomes a proximity observation for each
 *   supervisee whose mobile zone follows the phone (paired with the supervisee's fix nearest in time).
 * - Late events (docs/monitoring.md § 2.2) are inserted into the timeline; the rule states are restored from
 *   the checkpoint before the earliest and re-run over the rest; the episodes found are reconciled with the
 *   alerts already raised (`reconcile`): the same episode revises its alert, a new one is raised late. A late
 *   proximity observation re-runs only the mobile rules it feeds. An event older than the horizon
 *   (`replayHorizonMs` of device time) is evaluated alone, its alerts marked late with a note.
 * - `tick` raises communication failures (silence past the plan's call-in interval and buffer) and late
 *   returns for which no new fix has come; a heartbeat without a fix raises a location failure.
 */

import type { DeviceState } from '../accelerated/evaluator.ts';
import type { Alert, AlertChange } from '../alerts.ts';
import type { Alarm, Fix, StoredDeviceEvent } from '../device-events.ts';
import type { Engine, EngineOptions } from '../engine.ts';
import { DEFAULT_TOLERANCES, type Tolerances } from '../enrollment.ts';
import { applyReport, type DeviceAlerts, type EpisodeReport, newTrail, reconcile } from '../episodes.ts';
import { haversineM } from '../geo.ts';
import {
  cloneRuleState,
  type ExclusionState,
  exclusionOnFix,
  fixRef,
  type HealthState,
  healthOnEvent,
  type InclusionState,
  inclusionOnLocation,
  inclusionOnTick,
  inclusionStatusInto,
  type LocationObs,
  type MachineContext,
  type MobileState,
  mobileOnProximity,
  newExclusionState,
  newHealthState,
  newInclusionState,
  newMobileState,
  type Proximity,
} from '../machines.ts';
import type { DeviceRules, MobileExclusionRule, Rule } from '../rules.ts';
import type { ZoneLibrary } from '../spatial-index.ts';
import { type Timer, timerReport, timersOnEvent } from '../timers.ts';

/** A proximity observation derived from a protected person's fix, kept in the supervisee's timeline. */
interface ProximityEvent {
  kind: 'proximity';
  at: number;
  receivedAt: number;
  ruleIndex: number;
  p: Proximity;
}

type TimelineEvent = StoredDeviceEvent | ProximityEvent;
type RuleState = InclusionState | ExclusionState | MobileState | HealthState;

/** The rule states after the first `index` timeline events (the last of them at `at`). */
interface Checkpoint {
  index: number;
  at: number;
  states: RuleState[];
}

/** A supervisee's mobile rule that follows a protected device. */
interface Follower {
  dev: Device;
  ruleIndex: number;
  rule: MobileExclusionRule;
}

const newStates = (rules: readonly Rule[]): RuleState[] =>
  rules.map((r) =>
    r.kind === 'inclusion'
      ? newInclusionState()
      : r.kind === 'exclusion'
        ? newExclusionState()
        : r.kind === 'mobileExclusion'
          ? newMobileState()
          : newHealthState(),
  );

const cloneStates = (states: readonly RuleState[]): RuleState[] => states.map(cloneRuleState);

/** One device: supervised (with rules) or a protected person's phone (`rules` null). */
class Device implements DeviceAlerts {
  episodeAlerts = new Map<string, string>();
  alertIds: string[] = [];
  followers: Follower[] = [];
  history: TimelineEvent[] = [];
  states: RuleState[];
  checkpoints: Checkpoint[];
  /** Device time of the latest event evaluated. */
  lastAt = Number.NEGATIVE_INFINITY;
  /** Processing time of the latest call-in. */
  lastReceivedAt: number;
  /** Device time and processing time of the latest fix (or home beacon report). */
  lastFixAt: number;
  lastFixReceivedAt: number;
  comm: Timer | null = null;
  loc: Timer | null = null;
  /** A checkpoint every this many timeline events. */
  readonly cpEvery: number;
  constructor(
    readonly deviceId: string,
    readonly personId: string,
    readonly rules: DeviceRules | null,
    startAt: number,
    checkpointEvery: number,
  ) {
    this.states = rules ? newStates(rules.rules) : [];
    this.checkpoints = [{ index: 0, at: Number.NEGATIVE_INFINITY, states: cloneStates(this.states) }];
    this.lastReceivedAt = startAt;
    this.lastFixAt = startAt;
    this.lastFixReceivedAt = startAt;
    // A supervisee whose mobile zone follows a protected person's phone takes checkpoints eight times as
    // often: the phone's fixes often arrive after the supervisee's later ones, and each one near the
    // supervisee re-runs the mobile rule from the checkpoint before it.
    const mobile = rules?.rules.some((r) => r.kind === 'mobileExclusion') ?? false;
    this.cpEvery = mobile ? Math.max(1, Math.ceil(checkpointEvery / 8)) : checkpointEvery;
  }
}

/** The machines' context for one device at one processing instant. */
class Context implements MachineContext {
  tolerances: Tolerances = DEFAULT_TOLERANCES;
  callInMs = 0;
  library: ZoneLibrary;
  /** Set while re-evaluating: episodes are collected, then reconciled. */
  log: Map<string, EpisodeReport> | null = null;
  constructor(
    readonly engine: ReferenceEngine,
    readonly dev: Device,
    public now: number,
    readonly changes: Map<string, AlertChange>,
  ) {
    this.library = engine.library;
    if (dev.rules) {
      this.tolerances = dev.rules.tolerances;
      this.callInMs = dev.rules.plan.callInIntervalS * 1000;
    }
  }
  report(r: EpisodeReport): void {
    if (this.log) this.log.set(r.key, r);
    else applyReport(this.engine, this.dev, r, this.now, this.changes);
  }
}

/** At one instant, a fix sorts first, then proximity observations, then the device's other events. */
const rank = (e: TimelineEvent) => (e.kind === 'fix' ? 0 : e.kind === 'proximity' ? 1 : 2);

/** First index whose event sorts after (at, rank). */
function upperBound(h: readonly TimelineEvent[], at: number, r: number): number {
  let i = h.length;
  while (i > 0) {
    const m = h[i - 1] as TimelineEvent;
    if (m.at < at || (m.at === at && rank(m) <= r)) break;
    i--;
  }
  return i;
}

/** The fix in a device's timeline nearest in time to `at`, within `maxAgeMs` (the earlier one on a tie). */
function nearestFix(dev: Device, at: number, maxAgeMs: number): (Fix & StoredDeviceEvent) | null {
  const i = upperBound(dev.history, at, 0);
  let before: (Fix & StoredDeviceEvent) | null = null;
  for (let j = i - 1; j >= 0 && before === null; j--) {
    const e = dev.history[j] as TimelineEvent;
    if (at - e.at > maxAgeMs) break;
    if (e.kind === 'fix') before = e as Fix & StoredDeviceEvent;
  }
  const gap = before ? at - before.at : maxAgeMs;
  for (let j = i; j < dev.history.length; j++) {
    const e = dev.history[j] as TimelineEvent;
    if (e.at - at > gap) break;
    if (e.kind === 'fix') return e.at - at < gap ? (e as Fix & StoredDeviceEvent) : before;
  }
  return before;
}

function proximity(own: Fix & { id: bigint }, other: Fix & { id: bigint }): Proximity {
  return {
    at: Math.max(own.at, other.at),
    distanceM: haversineM(own.lat, own.lon, other.lat, other.lon),
    ageMs: Math.abs(own.at - other.at),
    accuracySumM: own.accuracyM + other.accuracyM,
    own,
    other,
  };
}

/** Run every rule's machine (or only the rules in `only`) on one timeline event of a supervised device. */
function apply(
  ctx: Context,
  states: RuleState[],
  e: TimelineEvent,
  only: ReadonlySet<number> | null = null,
): void {
  const rules = (ctx.dev.rules as DeviceRules).rules;
  if (e.kind === 'proximity') {
    if (only && !only.has(e.ruleIndex)) return;
    const rule = rules[e.ruleIndex];
    if (rule?.kind === 'mobileExclusion')
      mobileOnProximity(rule, states[e.ruleIndex] as MobileState, e.p, ctx);
    return;
  }
  for (let i = 0; i < rules.length; i++) {
    if (only && !only.has(i)) continue;
    const rule = rules[i] as Rule;
    if (e.kind === 'fix') applyFix(ctx, rule, states[i] as RuleState, e as Fix & StoredDeviceEvent);
    else applyAlarm(ctx, rule, states[i] as RuleState, e as Alarm & StoredDeviceEvent);
  }
}

function applyFix(ctx: Context, rule: Rule, st: RuleState, f: Fix & StoredDeviceEvent): void {
  switch (rule.kind) {
    case 'inclusion': {
      if (f.source === 'beacon') {
        // The home beacon places the device at home, when the rule takes it as presence.
        if (rule.beaconIsPresence)
          inclusionOnLocation(
            rule,
            st as InclusionState,
            f.at,
            { inside: true, certainOutside: false },
            f,
            ctx,
          );
        return;
      }
      const obs: LocationObs = { inside: false, certainOutside: false, distanceM: 0 };
      inclusionStatusInto(rule, f.at, f.lat, f.lon, f.accuracyM, obs);
      inclusionOnLocation(
        rule,
        st as InclusionState,
        f.at,
        obs,
        obs.inside ? f : fixRef(f, obs.distanceM),
        ctx,
      );
      return;
    }
    case 'exclusion':
      if (f.source !== 'beacon') exclusionOnFix(rule, st as ExclusionState, f, ctx);
      return;
    case 'mobileExclusion': {
      if (f.source === 'beacon') return;
      const phone = ctx.engine.devices.get(rule.protectedDeviceId);
      const other = phone ? nearestFix(phone, f.at, rule.maxFixAgeMs) : null;
      if (other) mobileOnProximity(rule, st as MobileState, proximity(f, other), ctx);
      return;
    }
    case 'deviceHealth':
      if (rule.check === 'gps') healthOnEvent(rule, st as HealthState, f, ctx);
      else if (rule.check === 'battery' && (f.batteryPercent !== undefined || f.minutesLeft !== undefined))
        healthOnEvent(rule, st as HealthState, f, ctx);
      return;
  }
}

function applyAlarm(ctx: Context, rule: Rule, st: RuleState, a: Alarm & StoredDeviceEvent): void {
  if (rule.kind === 'deviceHealth') healthOnEvent(rule, st as HealthState, a, ctx);
  else if (
    rule.kind === 'inclusion' &&
    rule.beaconIsPresence &&
    (a.kind === 'beaconInRange' || a.kind === 'beaconOutOfRange')
  ) {
    const inside = a.kind === 'beaconInRange';
    inclusionOnLocation(rule, st as InclusionState, a.at, { inside, certainOutside: !inside }, null, ctx);
  }
}

/**
 * The engine: devices by id, the supervised ones in enrollment order, the alert book, the zone library.
 */
export class ReferenceEngine implements Engine {
  readonly evaluator = 'reference';
  readonly devices = new Map<string, Device>();
  supervised: Device[] = [];
  readonly alerts = new Map<string, Alert>();

  constructor(
    devices: readonly DeviceRules[],
    readonly library: ZoneLibrary,
    readonly options: EngineOptions,
    readonly startAt: number,
  ) {
    this.checkLayout(devices, new Set());
    this.place(devices);
  }

  /**
   * What a layout must satisfy, checked before anything changes: the devices taken out first (`leaving`)
   * are supervised ones; no device is enrolled twice; none is both supervised and a protected person's.
   */
  private checkLayout(devices: readonly DeviceRules[], leaving: ReadonlySet<string>): void {
    const ids = new Set<string>();
    for (const d of devices) {
      const known = this.devices.get(d.deviceId);
      if (known?.rules === null)
        throw new Error(`engine: device ${d.deviceId} is both supervised and protected`);
      if (ids.has(d.deviceId) || (known && !leaving.has(d.deviceId)))
        throw new Error(`engine: device ${d.deviceId} enrolled twice`);
      ids.add(d.deviceId);
    }
    for (const d of devices)
      for (const r of d.rules) {
        if (r.kind !== 'mobileExclusion') continue;
        const p = this.devices.get(r.protectedDeviceId);
        if (ids.has(r.protectedDeviceId) || (p?.rules && !leaving.has(r.protectedDeviceId)))
          throw new Error(`engine: device ${r.protectedDeviceId} is both supervised and protected`);
      }
    for (const id of leaving)
      if (this.devices.get(id)?.rules === null)
        throw new Error(`engine: device ${id} is a protected person's device, not supervised`);
  }

  /** Make the devices, the protected persons' phones they follow that are not known yet, and the followers. */
  private place(devices: readonly DeviceRules[]): Device[] {
    const made: Device[] = [];
    const add = (deviceId: string, personId: string, rules: DeviceRules | null) => {
      const dev = new Device(deviceId, personId, rules, this.startAt, this.options.checkpointEvery);
      this.devices.set(deviceId, dev);
      made.push(dev);
      return dev;
    };
    for (const d of devices) this.supervised.push(add(d.deviceId, d.personId, d));
    for (const d of devices)
      for (const r of d.rules)
        if (r.kind === 'mobileExclusion' && !this.devices.has(r.protectedDeviceId))
          add(r.protectedDeviceId, r.protectedPersonId, null);
    for (const sup of made)
      sup.rules?.rules.forEach((rule, ruleIndex) => {
        if (rule.kind !== 'mobileExclusion') return;
        (this.devices.get(rule.protectedDeviceId) as Device).followers.push({ dev: sup, ruleIndex, rule });
      });
    return made;
  }

  replaceDevices(devices: readonly DeviceRules[], remove: readonly string[] = []): Set<string> {
    const out = new Set([...remove, ...devices.map((d) => d.deviceId)]);
    this.checkLayout(devices, out);
    for (const id of out) {
      const dev = this.devices.get(id);
      if (!dev?.rules) continue;
      this.devices.delete(id);
      for (const a of dev.alertIds) this.alerts.delete(a);
      for (const r of dev.rules.rules)
        if (r.kind === 'mobileExclusion') {
          const phone = this.devices.get(r.protectedDeviceId);
          if (phone) phone.followers = phone.followers.filter((f) => f.dev !== dev);
        }
    }
    this.supervised = this.supervised.filter((d) => !out.has(d.deviceId));
    return new Set(this.place(devices).map((d) => d.deviceId));
  }

  noteReceipt(deviceId: string, receivedAt: number): void {
    const dev = this.devices.get(deviceId);
    if (dev && receivedAt > dev.lastReceivedAt) dev.lastReceivedAt = receivedAt;
  }

  knowsDevice(deviceId: string): boolean {
    return this.devices.has(deviceId);
  }

  deviceIds(): string[] {
    return [...this.devices.keys()];
  }

  exportDevices(): DeviceState[] {
    throw new Error('the reference evaluator writes no snapshots (the accelerated one does)');
  }

  importDevices(_states: readonly DeviceState[]): void {
    throw new Error('the reference evaluator reads no snapshots (the accelerated one does)');
  }

  evaluate(e: StoredDeviceEvent): AlertChange[] {
    const dev = this.devices.get(e.device);
    if (!dev) return [];
    const changes = new Map<string, AlertChange>();
    this.evaluateOne(dev, e, changes);
    return [...changes.values()];
  }

  /**
   * Evaluate events in the order given. A run of consecutive late events of one supervised device (older
   * than its latest) is re-evaluated once, as one late insertion.
   */
  evaluateAll(events: readonly StoredDeviceEvent[]): AlertChange[] {
    const changes = new Map<string, AlertChange>();
    let i = 0;
    while (i < events.length) {
      const e = events[i] as StoredDeviceEvent;
      const dev = this.devices.get(e.device);
      if (!dev) {
        i++;
        continue;
      }
      if (dev.rules && e.at < dev.lastAt) {
        const run: StoredDeviceEvent[] = [];
        while (i < events.length) {
          const x = events[i] as StoredDeviceEvent;
          if (x.device !== e.device || x.at >= dev.lastAt) break;
          if (x.receivedAt > dev.lastReceivedAt) dev.lastReceivedAt = x.receivedAt;
          timersOnEvent(this, dev, x, changes);
          run.push(x);
          i++;
        }
        this.insertLate(dev, run, changes);
        continue;
      }
      this.evaluateOne(dev, e, changes);
      i++;
    }
    return [...changes.values()];
  }

  private evaluateOne(dev: Device, e: StoredDeviceEvent, changes: Map<string, AlertChange>): void {
    if (e.receivedAt > dev.lastReceivedAt) dev.lastReceivedAt = e.receivedAt;
    if (dev.rules) {
      timersOnEvent(this, dev, e, changes);
      this.insert(dev, e, changes);
      return;
    }
    // A protected person's phone: keep its timeline, and tell each follower's mobile rule of a fix.
    dev.history.splice(upperBound(dev.history, e.at, rank(e)), 0, e);
    if (e.at > dev.lastAt) dev.lastAt = e.at;
    if (dev.history.length > 4096) {
      const cutoff = dev.lastAt - this.options.replayHorizonMs;
      const keep = dev.history.findIndex((x) => x.at >= cutoff);
      if (keep > 0) dev.history.splice(0, keep);
    }
    if (e.kind === 'fix') this.tellFollowers(dev, e as Fix & StoredDeviceEvent, null, changes);
  }

  /** Tell each follower's mobile rule of a protected person's fix (or only the followers in `only`). */
  private tellFollowers(
    phone: Device,
    v: Fix & StoredDeviceEvent,
    only: ReadonlySet<string> | null,
    changes: Map<string, AlertChange>,
  ): void {
    for (const { dev, ruleIndex, rule } of phone.followers) {
      if (only !== null && !only.has(dev.deviceId)) continue;
      const own = nearestFix(dev, v.at, rule.maxFixAgeMs);
      if (!own) continue;
      const p = proximity(own, v);
      p.at = v.at;
      this.insert(dev, { kind: 'proximity', at: v.at, receivedAt: v.receivedAt, ruleIndex, p }, changes);
    }
  }

  /** Insert a timeline event into a supervised device and evaluate it (in order, or by re-evaluation). */
  private insert(dev: Device, e: TimelineEvent, changes: Map<string, AlertChange>): void {
    if (e.at < dev.lastAt) {
      this.insertLate(dev, [e], changes);
      return;
    }
    dev.history.push(e);
    dev.lastAt = e.at;
    apply(new Context(this, dev, e.receivedAt, changes), dev.states, e);
    const last = dev.checkpoints[dev.checkpoints.length - 1] as Checkpoint;
    if (dev.history.length - last.index >= dev.cpEvery) {
      dev.checkpoints.push({ index: dev.history.length, at: dev.lastAt, states: cloneStates(dev.states) });
      this.trim(dev);
    }
  }

  /** Forget timeline events (and ended alerts) older than the horizon, cutting at a checkpoint. */
  private trim(dev: Device): void {
    const cutoff = dev.lastAt - this.options.replayHorizonMs;
    let c = -1;
    for (let i = dev.checkpoints.length - 1; i >= 1; i--)
      if ((dev.checkpoints[i] as Checkpoint).at <= cutoff) {
        c = i;
        break;
      }
    if (c < 1) return;
    const cut = (dev.checkpoints[c] as Checkpoint).index;
    dev.history.splice(0, cut);
    dev.checkpoints = dev.checkpoints.slice(c).map((k) => ({ ...k, index: k.index - cut }));
    dev.alertIds = dev.alertIds.filter((id) => {
      const a = this.alerts.get(id);
      if (a && a.endedAt !== null && Date.parse(a.endedAt) < cutoff) {
        this.alerts.delete(id);
        return false;
      }
      return true;
    });
    const kept = new Set(dev.alertIds);
    for (const [k, id] of dev.episodeAlerts) if (!kept.has(id)) dev.episodeAlerts.delete(k);
  }

  /**
   * Late events (older than the device's latest), all at once: those older than the horizon are evaluated
   * alone; the others are inserted into the timeline, the rule states restored from the checkpoint before
   * the earliest and re-run once over the rest, and the episodes found reconciled with the alerts raised.
   */
  private insertLate(dev: Device, late: TimelineEvent[], changes: Map<string, AlertChange>): void {
    const rules = (dev.rules as DeviceRules).rules;
    const now = Math.max(...late.map((e) => e.receivedAt));
    const ctx = new Context(this, dev, now, changes);
    const first = dev.checkpoints[0] as Checkpoint;
    const tooOld = late.filter((e) => e.at < first.at);
    if (tooOld.length > 0) {
      ctx.log = new Map();
      const states = newStates(rules);
      for (const e of tooOld) apply(ctx, states, e);
      for (const r of ctx.log.values())
        r.evidence.notes.push('evaluated without context: older than the replay horizon');
      reconcile(this, dev, ctx.log, (tooOld[0] as TimelineEvent).at, now, changes, new Set());
      ctx.log = null;
    }
    const inWindow = late.filter((e) => e.at >= first.at);
    if (inWindow.length === 0) return;
    let earliest = dev.history.length;
    for (const e of inWindow) {
      const pos = upperBound(dev.history, e.at, rank(e));
      dev.history.splice(pos, 0, e);
      earliest = Math.min(earliest, pos);
      // Checkpoints after the event now start one event later.
      for (const k of dev.checkpoints) if (k.index > pos) k.index++;
    }
    let ci = dev.checkpoints.length - 1;
    while (ci > 0 && (dev.checkpoints[ci] as Checkpoint).index > earliest) ci--;
    const cp = dev.checkpoints[ci] as Checkpoint;
    // A protected person's late fix (proximity observations only) concerns only the mobile rules it feeds:
    // only those rules are re-run, and their copies in the later checkpoints refreshed.
    const only = inWindow.every((e) => e.kind === 'proximity')
      ? new Set(inWindow.map((e) => (e as ProximityEvent).ruleIndex))
      : null;
    ctx.log = new Map();
    let states: RuleState[];
    if (only) {
      states = dev.states.slice();
      for (const r of only) states[r] = cloneRuleState(cp.states[r] as RuleState);
      const later = dev.checkpoints.slice(ci + 1);
      for (let i = cp.index; i <= dev.history.length; i++) {
        for (const k of later)
          if (k.index === i) for (const r of only) k.states[r] = cloneRuleState(states[r] as RuleState);
        if (i < dev.history.length) apply(ctx, states, dev.history[i] as TimelineEvent, only);
      }
    } else {
      dev.checkpoints.length = ci + 1;
      states = cloneStates(cp.states);
      for (let i = cp.index; i < dev.history.length; i++) {
        apply(ctx, states, dev.history[i] as TimelineEvent);
        if (i + 1 - (dev.checkpoints[dev.checkpoints.length - 1] as Checkpoint).index >= dev.cpEvery)
          dev.checkpoints.push({
            index: i + 1,
            at: (dev.history[i] as TimelineEvent).at,
            states: cloneStates(states),
          });
      }
    }
    dev.states = states;
    const ruleIds = new Set(
      only ? [...only].map((r) => (rules[r] as Rule).ruleId) : rules.map((r) => r.ruleId),
    );
    const from = cp.at === Number.NEGATIVE_INFINITY ? Math.min(...inWindow.map((e) => e.at)) : cp.at;
    const log = ctx.log;
    ctx.log = null;
    reconcile(this, dev, log, from, now, changes, ruleIds);
  }

  tick(now: number, only?: ReadonlySet<string>): AlertChange[] {
    const changes = new Map<string, AlertChange>();
    const devices =
      only === undefined
        ? this.supervised
        : [...only].map((id) => this.devices.get(id)).filter((d): d is Device => d?.rules != null);
    for (const dev of devices) this.tickDevice(dev, now, changes);
    return [...changes.values()];
  }

  /** `tick` for one supervised device: silence past the call-in deadline; inclusion rules' late returns. */
  private tickDevice(dev: Device, now: number, changes: Map<string, AlertChange>): void {
    const rules = dev.rules as DeviceRules;
    const comm = rules.timers.communication;
    if (!dev.comm && comm && now - dev.lastReceivedAt > comm.afterMs && now >= comm.base.effectiveFrom) {
      const since = dev.lastReceivedAt + rules.plan.callInIntervalS * 1000;
      dev.comm = {
        key: `${comm.base.ruleId}|communicationFailure|${since}`,
        since,
        due: dev.lastReceivedAt + comm.afterMs,
        trail: newTrail(),
      };
      applyReport(
        this,
        dev,
        timerReport(
          comm.base,
          'communicationFailure',
          dev.comm,
          null,
          { lastHeard: new Date(dev.lastReceivedAt).toISOString() },
          { callInIntervalS: rules.plan.callInIntervalS, bufferMin: rules.tolerances.communicationBufferMin },
        ),
        now,
        changes,
      );
    }
    const ctx = new Context(this, dev, now, changes);
    rules.rules.forEach((rule, i) => {
      if (rule.kind === 'inclusion') inclusionOnTick(rule, dev.states[i] as InclusionState, ctx);
    });
  }

  /**
   * Stored events replayed into the devices just made by `replaceDevices` (`added`), in the order they were
   * first evaluated: each added device's own events; and the fixes of a protected person's phone the engine
   * already knew, told only to its added followers. Events of other devices are passed over.
   */
  replayAdded(events: readonly StoredDeviceEvent[], added: ReadonlySet<string>): AlertChange[] {
    const changes = new Map<string, AlertChange>();
    let run: StoredDeviceEvent[] = [];
    const flush = () => {
      if (run.length === 0) return;
      for (const c of this.evaluateAll(run)) changes.set(c.alert.alertId, c);
      run = [];
    };
    for (const e of events) {
      if (added.has(e.device)) {
        run.push(e);
        continue;
      }
      const dev = this.devices.get(e.device);
      if (!dev || dev.rules || e.kind !== 'fix' || !dev.followers.some((f) => added.has(f.dev.deviceId)))
        continue;
      flush();
      this.tellFollowers(dev, e as Fix & StoredDeviceEvent, added, changes);
    }
    flush();
    return [...changes.values()];
  }
}
