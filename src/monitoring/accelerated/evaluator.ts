/**
 * The accelerated evaluator: the engine the server runs, behind the interface of `../engine.ts`. It gives
 * exactly the alerts and alert changes of the reference evaluator (`../reference/evaluator.ts`, which says
 * plainly what the engine does; `test/monitoring/reference-engine.test.ts` holds the two to it), and keeps
 * all the layout and allocation tuning: each device's scalars in one `Float64Array`, quiet fixes checked
 * against a few numbers and chained in an engine-wide log, checkpoints of quiet devices that keep one fix,
 * far observations of a protected person's phone chained without reading the timeline (bench/README.md,
 * "The monitoring engine's speed work").
 *
 * It reads no clock (processing time is the event's `receivedAt`, or the `now` given to `tick`); the engine
 * value is updated in place, so a million fixes a second do not copy it; the same events and ticks give the
 * same alerts.
 *
 * Late and out-of-order data (docs/monitoring.md § 2.2). Each device keeps its recent timeline (`replayHorizonMs`, default
 * 48 h of device time) and a checkpoint of its rule states every `checkpointEvery` events. An event older
 * than the last one evaluated is inserted into the timeline; the device's rules are restored from the
 * checkpoint before it and re-run over the rest of the timeline; the episodes found are reconciled with the
 * alerts already raised: the same episode revises its alert (start, end, evidence), a new one is raised with
 * `late: true` and its detection delay, and nothing is dropped or silenced for being old. An event older than
 * the horizon is evaluated without context (alone), its alerts marked late with a note.
 */
import type { Alert, AlertChange } from '../alerts.ts';
import type { Alarm, Fix, StoredDeviceEvent } from '../device-events.ts';
import type { Engine, EngineOptions } from '../engine.ts';
import { DEFAULT_TOLERANCES, type Tolerances } from '../enrollment.ts';
import { applyReport, type DeviceAlerts, type EpisodeReport, iso, newTrail, reconcile } from '../episodes.ts';
import { type BBox, haversineM, M_PER_DEG_LAT, metresPerDegLon } from '../geo.ts';
import {
  cloneRuleState,
  type ExclusionState,
  exclusionOnFix,
  type FixRef,
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
  mask,
  mobileOnProximity,
  newExclusionState,
  newHealthState,
  newInclusionState,
  newMobileState,
  type Proximity,
  reachOf,
} from '../machines.ts';
import {
  type DeviceHealthRule,
  type DeviceRules,
  type ExclusionRule,
  findInterval,
  type InclusionRule,
  type Interval,
  type MobileExclusionRule,
  nextIntervalAfter,
  type Rule,
  type RuleBase,
} from '../rules.ts';
import { candidateZones, cellOccupied, gridCell, type ZoneLibrary } from '../spatial-index.ts';
import { type Timer, timerReport, timersOnEvent } from '../timers.ts';
import { type CompiledZone, contains, signedDistanceM } from '../zones.ts';

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

/**
 * The rule states after the first `index` timeline events (the last of them at `at`). A checkpoint taken
 * while the device is quiet keeps only the fix its states are settled on (`fix`): such states are the
 * fresh ones with that fix written in, made when a re-evaluation first needs them (`statesAt`).
 */
interface Checkpoint {
  index: number;
  at: number;
  states: RuleState[] | null;
  fix: (Fix & StoredDeviceEvent) | null;
}

// Each device's scalars live in one `Float64Array` shared by the whole engine (`AccelState.hot`), in a block at
// the device's offset: the quiet path reads and writes only there, in the order devices report, instead of
// chasing a dozen objects per device. The block is these scalars, then the quiet plan (`P_*`, `quietPlan`).
const H_LAST_AT = 0;
const H_LAST_RECEIVED = 1;
const H_LAST_FIX_AT = 2;
const H_LAST_FIX_RECEIVED = 3;
/** 1 when the device is quiet: nothing open, the states settled on the fix that made it quiet or pending. */
const H_QUIET = 4;
/**
 * Quiet events (quiet fixes, far observations of a phone) chained in the engine's log, not yet in the
 * timeline: the newest one's index…
 */
const H_CHAIN = 5;
/** …and how many. */
const H_CHAIN_N = 6;
/** The pending quiet fix: 0 none, 1 the newest chained event (a fix), 2 held by the runtime (`pending`). */
const H_PENDING = 7;
/** Events the quiet paths may still chain before the checkpoint check must run (`maybeCheckpoint`). */
const H_CP_LEFT = 8;
/** 1 while a communication or location timer is running. */
const H_TIMERS = 9;
/** The communication timer's threshold and start (infinite when the device has none), for `tick`. */
const H_COMM_AFTER = 10;
const H_COMM_FROM = 11;
/** How many mobile exclusion rules the device has (the quiet check then reads the protected phones' fixes). */
const H_MOBILES = 12;
/** 1 when the block holds a quiet plan (the device may take the quiet path). */
const H_PLAN = 13;
/** The occupancy-grid cell of an earlier fix that no shared zone's grown box touches (-1: none). */
const H_CLEAR_CELL = 14;
/** A protected person's phone: its latest fix (time, latitude, longitude; time -Infinity before any). */
const H_PHONE_AT = 15;
const H_PHONE_LAT = 16;
const H_PHONE_LON = 17;
/** Before this processing instant, `tick` has nothing to do for a quiet device (see `becomesQuiet`). */
const H_TICK_SAFE = 18;
const H_SIZE = 19;

class DeviceRuntime implements DeviceAlerts {
  episodeAlerts = new Map<string, string>();
  alertIds: string[] = [];
  /** Supervisee devices whose mobile zones follow this (protected) device: [device, rule index]. */
  followers: Follower[] = [];
  states: RuleState[];
  checkpoints: Checkpoint[];
  /** Each rule's kind as a small code (`K_*`), so the loops need not read the rule objects to dispatch. */
  kinds: Uint8Array;
  /** Indices of the inclusion rules (the only ones `tick` visits). */
  inclusions: number[] = [];
  /** Indices of the mobile exclusion rules (checked by a quiet fix). */
  mobiles: number[] = [];
  /** A checkpoint every this many timeline events. */
  readonly cpEvery: number;
  private timeline: TimelineEvent[] = [];
  /**
   * A snapshot's timeline not yet made into objects (`DeviceState.loadTimeline`): meanwhile `timeline` holds
   * only the events appended since (after as many empty places as the snapshot's timeline had events), and
   * the first read of the timeline makes it. Appending an event in order does not read it (`append`).
   */
  private lazyTimeline: (() => TimelineEvent[]) | null = null;
  private heldPending: (Fix & StoredDeviceEvent) | null = null;
  private commTimer: Timer | null = null;
  private locTimer: Timer | null = null;
  constructor(
    readonly engine: AccelState,
    readonly slot: number,
    /** The offset of the device's block in `engine.hot`. */
    readonly o: number,
    readonly deviceId: string,
    readonly personId: string,
    readonly rules: DeviceRules | null,
    startAt: number,
  ) {
    this.states = rules ? newStates(rules.rules) : [];
    const list = rules ? rules.rules : [];
    this.kinds = new Uint8Array(list.length);
    for (let i = 0; i < list.length; i++) {
      this.kinds[i] = kindCode(list[i] as Rule);
      if (this.kinds[i] === K_INCLUSION) this.inclusions.push(i);
      if (this.kinds[i] === K_MOBILE) this.mobiles.push(i);
    }
    this.checkpoints = [
      { index: 0, at: Number.NEGATIVE_INFINITY, states: cloneStates(this.states), fix: null },
    ];
    const comm = rules?.timers.communication ?? null;
    const h = engine.hot;
    h[o + H_LAST_AT] = Number.NEGATIVE_INFINITY;
    h[o + H_LAST_RECEIVED] = startAt;
    h[o + H_LAST_FIX_AT] = startAt;
    h[o + H_LAST_FIX_RECEIVED] = startAt;
    h[o + H_QUIET] = 0;
    h[o + H_CHAIN] = -1;
    h[o + H_CHAIN_N] = 0;
    h[o + H_PENDING] = 0;
    // A supervisee whose mobile zone follows a protected person's phone takes checkpoints eight times as
    // often: the phone's fixes often arrive after the supervisee's later ones, and each such fix near the
    // supervisee re-runs the mobile rule from the checkpoint before it.
    this.cpEvery =
      this.mobiles.length > 0
        ? Math.max(1, Math.ceil(engine.options.checkpointEvery / 8))
        : engine.options.checkpointEvery;
    h[o + H_CP_LEFT] = this.cpEvery;
    h[o + H_TIMERS] = 0;
    h[o + H_COMM_AFTER] = comm ? comm.afterMs : Number.POSITIVE_INFINITY;
    h[o + H_COMM_FROM] = comm ? comm.base.effectiveFrom : Number.POSITIVE_INFINITY;
    h[o + H_MOBILES] = this.mobiles.length;
    h[o + H_PLAN] = 0;
    h[o + H_CLEAR_CELL] = -1;
    h[o + H_PHONE_AT] = Number.NEGATIVE_INFINITY;
    h[o + H_PHONE_LAT] = Number.NaN;
    h[o + H_PHONE_LON] = Number.NaN;
    h[o + H_TICK_SAFE] = Number.NEGATIVE_INFINITY;
  }
  get lastAt(): number {
    return this.engine.hot[this.o + H_LAST_AT] as number;
  }
  set lastAt(v: number) {
    this.engine.hot[this.o + H_LAST_AT] = v;
  }
  get lastReceivedAt(): number {
    return this.engine.hot[this.o + H_LAST_RECEIVED] as number;
  }
  set lastReceivedAt(v: number) {
    this.engine.hot[this.o + H_LAST_RECEIVED] = v;
  }
  get lastFixAt(): number {
    return this.engine.hot[this.o + H_LAST_FIX_AT] as number;
  }
  set lastFixAt(v: number) {
    this.engine.hot[this.o + H_LAST_FIX_AT] = v;
  }
  get lastFixReceivedAt(): number {
    return this.engine.hot[this.o + H_LAST_FIX_RECEIVED] as number;
  }
  set lastFixReceivedAt(v: number) {
    this.engine.hot[this.o + H_LAST_FIX_RECEIVED] = v;
  }
  get quiet(): boolean {
    return this.engine.hot[this.o + H_QUIET] === 1;
  }
  set quiet(v: boolean) {
    this.engine.hot[this.o + H_QUIET] = v ? 1 : 0;
    this.engine.wake[this.slot] = Number.NEGATIVE_INFINITY;
  }
  get commAfterMs(): number {
    return this.engine.hot[this.o + H_COMM_AFTER] as number;
  }
  get commFrom(): number {
    return this.engine.hot[this.o + H_COMM_FROM] as number;
  }
  /** The offset of the quiet plan in `engine.hot`, or -1 when the device never takes the quiet path. */
  get plan(): number {
    return this.engine.hot[this.o + H_PLAN] === 1 ? this.o + H_SIZE : -1;
  }
  get comm(): Timer | null {
    return this.commTimer;
  }
  set comm(t: Timer | null) {
    this.commTimer = t;
    this.timersChanged();
  }
  get loc(): Timer | null {
    return this.locTimer;
  }
  set loc(t: Timer | null) {
    this.locTimer = t;
    this.timersChanged();
  }
  /** Whether a timer runs, in the block; and the tick is to look at the device again. */
  private timersChanged(): void {
    this.engine.hot[this.o + H_TIMERS] = this.commTimer !== null || this.locTimer !== null ? 1 : 0;
    this.engine.wake[this.slot] = Number.NEGATIVE_INFINITY;
  }
  /** The device's timeline, in device-time order (quiet fixes still in the engine's log are moved in first). */
  get history(): TimelineEvent[] {
    if (this.lazyTimeline !== null) this.loadTimeline();
    if (this.engine.hot[this.o + H_CHAIN_N] !== 0) this.unchain();
    return this.timeline;
  }
  set history(h: TimelineEvent[]) {
    if (this.engine.hot[this.o + H_CHAIN_N] !== 0) this.unchain();
    this.lazyTimeline = null;
    this.timeline = h;
  }
  /** Append an event in device-time order (without making a snapshot's timeline: `lazyTimeline`). */
  append(e: TimelineEvent): void {
    if (this.engine.hot[this.o + H_CHAIN_N] !== 0) this.unchain();
    this.timeline.push(e);
  }
  /** Make the snapshot's timeline (`lazyTimeline`), followed by the events appended since. */
  private loadTimeline(): void {
    const load = this.lazyTimeline as () => TimelineEvent[];
    this.lazyTimeline = null;
    const t = load();
    const since = this.timeline;
    for (let i = t.length; i < since.length; i++) t.push(since[i] as TimelineEvent);
    this.timeline = t;
  }
  /** The latest quiet fix not yet written into the states (`settle`). */
  get pending(): (Fix & StoredDeviceEvent) | null {
    const h = this.engine.hot;
    const p = h[this.o + H_PENDING];
    if (p === 0) return null;
    if (p === 1) return this.engine.log[h[this.o + H_CHAIN] as number] as Fix & StoredDeviceEvent;
    return this.heldPending;
  }
  set pending(f: (Fix & StoredDeviceEvent) | null) {
    this.heldPending = f;
    this.engine.hot[this.o + H_PENDING] = f === null ? 0 : 2;
  }
  /** The timeline without the events still chained in the engine's log (which are all newer). */
  get unchained(): readonly TimelineEvent[] {
    if (this.lazyTimeline !== null) this.loadTimeline();
    return this.timeline;
  }
  /** The timeline's length, the chained events included (without moving them in). */
  get length(): number {
    return this.timeline.length + (this.engine.hot[this.o + H_CHAIN_N] as number);
  }
  /**
   * What a snapshot keeps of the device: its scalars, the mutable part of its quiet plan, its rule states,
   * checkpoints, timeline, pending fix, timers and alerts. The chained quiet events must have been moved into
   * the timeline first (`exportDevices` does). Shared references (a checkpoint's fix, a state's last fix, the
   * pending fix are timeline events) survive when the whole value is copied at once (`structuredClone`,
   * `v8.serialize`).
   */
  exportState(): DeviceState {
    if (this.lazyTimeline !== null) this.loadTimeline();
    const h = this.engine.hot;
    const p = this.plan;
    return {
      deviceId: this.deviceId,
      personId: this.personId,
      rules: this.states.length,
      scalars: Array.from(h.subarray(this.o, this.o + H_SIZE)),
      planState:
        p < 0 ? [] : Array.from(h.subarray(p + P_PREV_AT, p + P_FREE_TO + ((h[p + P_INNER] as number) | 0))),
      states: this.states,
      checkpoints: this.checkpoints,
      timeline: this.timeline,
      pending: this.heldPending,
      comm: this.commTimer,
      loc: this.locTimer,
      episodeAlerts: this.episodeAlerts,
      alerts: this.alertIds
        .map((id) => this.engine.alerts.get(id))
        .filter((a): a is Alert => a !== undefined),
    };
  }
  /** Take a snapshot's state (a copy made by `exportState` on an engine with the same rules and library). */
  importState(s: DeviceState): void {
    const h = this.engine.hot;
    const p = this.plan;
    const planLen = p < 0 ? 0 : P_FREE_TO - P_PREV_AT + ((h[p + P_INNER] as number) | 0);
    if (s.rules !== this.states.length || s.scalars.length !== H_SIZE || s.planState.length !== planLen)
      throw new Error(`device ${this.deviceId}: the snapshot's layout differs from the engine's`);
    // Everything but the offsets and counts the layout decides (the same for the same rules).
    for (const k of [
      H_LAST_AT,
      H_LAST_RECEIVED,
      H_LAST_FIX_AT,
      H_LAST_FIX_RECEIVED,
      H_QUIET,
      H_PENDING,
      H_CP_LEFT,
      H_TIMERS,
      H_CLEAR_CELL,
      H_PHONE_AT,
      H_PHONE_LAT,
      H_PHONE_LON,
      H_TICK_SAFE,
    ])
      h[this.o + k] = s.scalars[k] as number;
    if (s.scalars[H_CHAIN_N] !== 0)
      throw new Error(`device ${this.deviceId}: the snapshot has chained events`);
    h[this.o + H_CHAIN] = -1;
    h[this.o + H_CHAIN_N] = 0;
    if (p >= 0) h.set(s.planState, p + P_PREV_AT);
    this.states = s.states;
    this.checkpoints = s.checkpoints;
    this.timeline = s.timeline;
    this.lazyTimeline = s.loadTimeline ?? null;
    this.heldPending = s.pending;
    this.commTimer = s.comm;
    this.locTimer = s.loc;
    this.episodeAlerts = s.episodeAlerts;
    this.alertIds = s.alerts.map((a) => a.alertId);
    for (const a of s.alerts) this.engine.alerts.set(a.alertId, a);
    this.engine.wake[this.slot] = Number.NEGATIVE_INFINITY;
  }
  /** Move the chained quiet fixes from the engine's log into the timeline. */
  unchain(): void {
    const { hot, log, logPrev } = this.engine;
    const o = this.o;
    const n = hot[o + H_CHAIN_N] as number;
    let g = hot[o + H_CHAIN] as number;
    if (hot[o + H_PENDING] === 1) {
      this.heldPending = log[g] as Fix & StoredDeviceEvent;
      hot[o + H_PENDING] = 2;
    }
    const t = this.timeline;
    const base = t.length;
    for (let k = 0; k < n; k++) t.push(log[g] as TimelineEvent);
    for (let k = n - 1; k >= 0; k--) {
      t[base + k] = log[g] as TimelineEvent;
      g = logPrev[g] as number;
    }
    hot[o + H_CHAIN] = -1;
    hot[o + H_CHAIN_N] = 0;
  }
}

/**
 * One device's state as a snapshot keeps it (`exportDevices`, `importDevices`): plain data, copied with
 * `structuredClone` or `v8.serialize` as one value so that its shared references survive.
 */
export interface DeviceState {
  deviceId: string;
  personId: string;
  /** How many rules the device had (a check that the snapshot fits the engine). */
  rules: number;
  scalars: number[];
  planState: number[];
  states: RuleState[];
  checkpoints: Checkpoint[];
  timeline: TimelineEvent[];
  /**
   * On import only: makes the timeline when the engine first reads it (`timeline` is then an array of its
   * length, not read). A snapshot decoder keeps a million fixes as columns this way until each is needed.
   */
  loadTimeline?: () => TimelineEvent[];
  pending: (Fix & StoredDeviceEvent) | null;
  comm: Timer | null;
  loc: Timer | null;
  episodeAlerts: Map<string, string>;
  alerts: Alert[];
}

/**
 * The version of the state layout `exportDevices` writes. A snapshot of another version is refused (the
 * engine is then rebuilt from the stored events); raise it with any change to what a device keeps.
 */
export const ENGINE_STATE_VERSION = 1;

/**
 * Every device's state (supervised and protected), for a snapshot. The engine's log is emptied into the
 * timelines first, which changes nothing the engine does (it happens whenever the log is full). The values
 * returned are the engine's own: copy them (one device at a time) before the engine runs again.
 */
function exportDevices(engine: AccelState): DeviceState[] {
  unchainAll(engine);
  const out: DeviceState[] = [];
  for (const dev of engine.slots) if (engine.devices.get(dev.deviceId) === dev) out.push(dev.exportState());
  return out;
}

/**
 * Lay snapshot states (copies) over a fresh engine made with the same rules and zone library: each device
 * takes its state. Throws, naming the device, when a state does not fit (the caller rebuilds instead).
 */
function importDevices(engine: AccelState, states: readonly DeviceState[]): void {
  for (const s of states) {
    const dev = engine.devices.get(s.deviceId);
    if (!dev) throw new Error(`the snapshot has device ${s.deviceId}, which the engine does not follow`);
    if (dev.personId !== s.personId)
      throw new Error(
        `device ${s.deviceId}: the snapshot is of person ${s.personId}, the engine's ${dev.personId}`,
      );
    dev.importState(s);
  }
}

/** A supervisee's mobile rule that follows a protected device, resolved once when the engine is made. */
interface Follower {
  dev: DeviceRuntime;
  ruleIndex: number;
  rule: MobileExclusionRule;
}

export interface AccelState {
  devices: Map<string, DeviceRuntime>;
  /** Every device (supervised and protected) by slot, and its id. */
  slots: DeviceRuntime[];
  slotIds: string[];
  /** The supervised devices (those with rules), in enrollment order, and the offsets of their blocks and their slots. */
  supervised: DeviceRuntime[];
  supOffsets: Int32Array;
  supSlots: Int32Array;
  /**
   * By slot: processing time before which `tick` has nothing to do for the device — noted by `tick` for a
   * quiet device (the earlier of its safe instant and its call-in deadline), lowered to −∞ whenever the
   * device's quiet flag or timers change. Its call-in deadline only moves later as it reports, so a noted
   * instant stays early enough.
   */
  wake: Float64Array;
  alerts: Map<string, Alert>;
  library: ZoneLibrary;
  options: EngineOptions;
  /** The devices' blocks of scalars and quiet plans (`H_*`, `P_*`), up to `used`. */
  hot: Float64Array;
  used: number;
  /** Processing time from which a device made now is silent (`createEngine`'s `startAt`). */
  startAt: number;
  /**
   * Quiet fixes and far observations in arrival order, each linked to the same device's previous one in
   * timeline order (`logPrev`), until moved into the timeline: the first `logLen` entries (the array is
   * kept at its size, so that it grows only to its largest and is not made again each time it empties).
   */
  log: TimelineEvent[];
  logLen: number;
  /** Above this many events in the log, every device's are moved into its timeline (`unchainAll`). */
  logLimit: number;
  logPrev: Int32Array;
  /** The slot of the device at each position of the previous batch (devices tend to report in one order). */
  order: Int32Array;
  /** The offset of each device's block in `hot`, by slot. */
  offsets: Int32Array;
  /** The most supervisees any one protected device is followed by (each of its fixes may log one event each). */
  maxFollowers: number;
}

/** A copy of the rule states for a checkpoint or a re-evaluation. */
const cloneStates = (states: readonly RuleState[]): RuleState[] => states.map(cloneRuleState);

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

const K_INCLUSION = 1;
const K_EXCLUSION = 2;
const K_MOBILE = 3;
const K_HEALTH_GPS = 4;
const K_HEALTH_BATTERY = 5;
const K_HEALTH_OTHER = 6;

function kindCode(r: Rule): number {
  switch (r.kind) {
    case 'inclusion':
      return K_INCLUSION;
    case 'exclusion':
      return K_EXCLUSION;
    case 'mobileExclusion':
      return K_MOBILE;
    default:
      return r.check === 'gps' ? K_HEALTH_GPS : r.check === 'battery' ? K_HEALTH_BATTERY : K_HEALTH_OTHER;
  }
}

/**
 * An engine for a set of supervised devices (compiled rules), the agency's shared zones, and a start
 * instant (processing time from which silence is measured).
 */
function createState(
  devices: readonly DeviceRules[],
  library: ZoneLibrary,
  engineOptions: EngineOptions,
  startAt: number,
): AccelState {
  const engine: AccelState = {
    devices: new Map(),
    slots: [],
    slotIds: [],
    supervised: [],
    supOffsets: new Int32Array(0),
    supSlots: new Int32Array(0),
    wake: new Float64Array(0),
    alerts: new Map(),
    library,
    options: engineOptions,
    hot: new Float64Array(0),
    used: 0,
    startAt,
    log: [],
    logLen: 0,
    logLimit: LOG_MIN,
    logPrev: new Int32Array(1024),
    order: new Int32Array(0),
    offsets: new Int32Array(0),
    maxFollowers: 0,
  };
  checkLayout(engine, devices, new Set());
  placeDevices(engine, devices);
  return engine;
}

/**
 * What a layout must satisfy, checked before anything changes (a refusal leaves the engine as it was): the
 * devices taken out first (`leaving`) are supervised ones; no device is enrolled twice; none is both
 * supervised and a protected person's.
 */
function checkLayout(
  engine: AccelState,
  devices: readonly DeviceRules[],
  leaving: ReadonlySet<string>,
): void {
  const ids = new Set<string>();
  for (const d of devices) {
    const known = engine.devices.get(d.deviceId);
    if (known?.rules === null)
      throw new Error(`engine: device ${d.deviceId} is both supervised and protected`);
    if (ids.has(d.deviceId) || (known && !leaving.has(d.deviceId)))
      throw new Error(`engine: device ${d.deviceId} enrolled twice`);
    ids.add(d.deviceId);
  }
  for (const d of devices)
    for (const r of d.rules) {
      if (r.kind !== 'mobileExclusion') continue;
      const p = engine.devices.get(r.protectedDeviceId);
      if (ids.has(r.protectedDeviceId) || (p?.rules && !leaving.has(r.protectedDeviceId)))
        throw new Error(`engine: device ${r.protectedDeviceId} is both supervised and protected`);
    }
  for (const id of leaving)
    if (engine.devices.get(id)?.rules === null)
      throw new Error(`engine: device ${id} is a protected person's device, not supervised`);
}

/**
 * Lay out devices in the engine: a block each (supervised devices first, with their quiet plans, then the
 * protected persons' phones they follow that the engine does not know yet), the phones' followers, and
 * each quiet plan's mobile entries. Returns the runtimes made (nothing evaluated yet). `checkLayout` first.
 */
function placeDevices(engine: AccelState, devices: readonly DeviceRules[]): DeviceRuntime[] {
  const protectedIds: { deviceId: string; personId: string }[] = [];
  for (const d of devices)
    for (const r of d.rules)
      if (
        r.kind === 'mobileExclusion' &&
        !engine.devices.has(r.protectedDeviceId) &&
        !protectedIds.some((p) => p.deviceId === r.protectedDeviceId)
      )
        protectedIds.push({ deviceId: r.protectedDeviceId, personId: r.protectedPersonId });
  const plans = devices.map((d) => quietPlan(d, engine.library));
  let size = engine.used;
  for (const p of plans) size += H_SIZE + (p ? p.length : 0);
  size += H_SIZE * protectedIds.length;
  if (size > engine.hot.length) {
    const grown = new Float64Array(size);
    grown.set(engine.hot.subarray(0, engine.used));
    engine.hot = grown;
  }
  const slots = engine.slots.length + devices.length + protectedIds.length;
  if (slots > engine.offsets.length) {
    const grown = new Int32Array(slots);
    grown.set(engine.offsets);
    engine.offsets = grown;
    const wake = new Float64Array(slots).fill(Number.NEGATIVE_INFINITY);
    wake.set(engine.wake);
    engine.wake = wake;
  }
  const add = (deviceId: string, personId: string, rules: DeviceRules | null, plan: Float64Array | null) => {
    const o = engine.used;
    const dev = new DeviceRuntime(engine, engine.slots.length, o, deviceId, personId, rules, engine.startAt);
    if (plan) {
      engine.hot.set(plan, o + H_SIZE);
      engine.hot[o + H_PLAN] = 1;
    }
    engine.offsets[dev.slot] = o;
    engine.used = o + H_SIZE + (plan ? plan.length : 0);
    engine.devices.set(deviceId, dev);
    engine.slots.push(dev);
    engine.slotIds.push(deviceId);
    return dev;
  };
  const made = devices.map((d, i) => add(d.deviceId, d.personId, d, plans[i] ?? null));
  engine.supervised.push(...made);
  engine.supOffsets = Int32Array.from(engine.supervised, (d) => d.o);
  engine.supSlots = Int32Array.from(engine.supervised, (d) => d.slot);
  for (const p of protectedIds) made.push(add(p.deviceId, p.personId, null, null));
  // Each quiet plan's mobile entries, after its boxes: where the phone's latest fix is kept, and the rule's
  // numbers (`isQuietFix`).
  for (const sup of made) {
    const p = sup.plan;
    if (!sup.rules || p < 0) continue;
    const h = engine.hot;
    let k =
      p +
      P_FREE_TO +
      (h[p + P_INNER] as number) +
      4 * ((h[p + P_INNER] as number) + (h[p + P_OWN] as number));
    for (const i of sup.mobiles) {
      const r = sup.rules.rules[i] as MobileExclusionRule;
      h[k++] = (engine.devices.get(r.protectedDeviceId) as DeviceRuntime).o;
      h[k++] = r.radiusM;
      h[k++] = r.radiusM + r.bufferM;
      h[k++] = r.maxFixAgeMs;
    }
  }
  for (const sup of made)
    sup.rules?.rules.forEach((r, i) => {
      if (r.kind !== 'mobileExclusion') return;
      const p = engine.devices.get(r.protectedDeviceId) as DeviceRuntime;
      p.followers.push({ dev: sup, ruleIndex: i, rule: r });
      engine.maxFollowers = Math.max(engine.maxFollowers, p.followers.length);
    });
  engine.logLimit = Math.max(LOG_MIN, LOG_PER_DEVICE * engine.slots.length);
  logRoom(engine, engine.logLimit);
  return made;
}

/**
 * Change the supervised devices of a live engine without touching the others (an enrollment added,
 * changed or ended): the devices in `remove` and those `devices` replaces are taken out, with their alerts
 * (the store keeps them); `devices` are laid out afresh, with the protected persons' phones they follow
 * that the engine does not know yet. Returns the ids of the devices made — supervised and phones — which
 * know nothing yet: `replayAdded` gives them their stored events. The blocks of the devices taken out stay
 * unused until the engine is next built from scratch.
 */
function replaceDevices(
  engine: AccelState,
  devices: readonly DeviceRules[],
  remove: readonly string[] = [],
): Set<string> {
  const out = new Set([...remove, ...devices.map((d) => d.deviceId)]);
  checkLayout(engine, devices, out);
  for (const id of out) {
    const dev = engine.devices.get(id);
    if (!dev?.rules) continue;
    settle(dev);
    engine.devices.delete(id);
    engine.slotIds[dev.slot] = '';
    for (const a of dev.alertIds) engine.alerts.delete(a);
    for (const r of dev.rules.rules)
      if (r.kind === 'mobileExclusion') {
        const phone = engine.devices.get(r.protectedDeviceId);
        if (phone) phone.followers = phone.followers.filter((f) => f.dev !== dev);
      }
  }
  // `placeDevices` lays out the supervised devices' offsets and slots again.
  engine.supervised = engine.supervised.filter((d) => !out.has(d.deviceId));
  return new Set(placeDevices(engine, devices).map((d) => d.deviceId));
}

/** The device called in (e.g. with an event kept out of evaluation): it is not silent. */
function noteReceipt(engine: AccelState, deviceId: string, receivedAt: number): void {
  const dev = engine.devices.get(deviceId);
  if (dev && receivedAt > dev.lastReceivedAt) dev.lastReceivedAt = receivedAt;
}

/** Whether the engine knows the device (supervised or protected). */
const knowsDevice = (engine: AccelState, deviceId: string): boolean => engine.devices.has(deviceId);

// ---------------------------------------------------------------------------------------------------------

/** At one instant, a fix sorts first, then proximity observations, then the device's other events. */
const rank = (e: TimelineEvent) => (e.kind === 'fix' ? 0 : e.kind === 'proximity' ? 1 : 2);

/** How many of the newest events a search looks at one by one before it halves (most land among them). */
const TAIL_STEPS = 4;

/** First index whose event sorts after (at, kind). */
function upperBound(h: readonly TimelineEvent[], at: number, r: number): number {
  let lo = 0;
  let hi = h.length;
  for (let n = 0; n < TAIL_STEPS && hi > 0; n++, hi--) {
    const m = h[hi - 1] as TimelineEvent;
    if (m.at < at || (m.at === at && rank(m) <= r)) return hi;
  }
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const m = h[mid] as TimelineEvent;
    if (m.at < at || (m.at === at && rank(m) <= r)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The fix in a device's timeline nearest in time to `at`, within `maxAgeMs`. */
function nearestFix(dev: DeviceRuntime, at: number, maxAgeMs: number): (Fix & { id: bigint }) | null {
  const h = dev.history;
  const i = upperBound(h, at, 0);
  let best: (Fix & { id: bigint }) | null = null;
  let bestGap = maxAgeMs;
  for (let j = i - 1; j >= 0; j--) {
    const e = h[j] as TimelineEvent;
    if (at - e.at > bestGap) break;
    if (e.kind === 'fix') {
      best = e as Fix & { id: bigint };
      bestGap = at - e.at;
      break;
    }
  }
  for (let j = i; j < h.length; j++) {
    const e = h[j] as TimelineEvent;
    if (e.at - at > bestGap) break;
    if (e.kind === 'fix') {
      if (e.at - at < bestGap) best = e as Fix & { id: bigint };
      break;
    }
  }
  return best;
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

/**
 * The machines' context for one device at one processing instant. One object serves a whole batch (or tick):
 * it is pointed at each device in turn (`at`), so evaluating a fix allocates no context.
 */
class Step implements MachineContext {
  now = 0;
  tolerances: Tolerances = DEFAULT_TOLERANCES;
  callInMs = 0;
  library: ZoneLibrary;
  dev: DeviceRuntime | null = null;
  /** Set while re-evaluating: episodes are collected, then reconciled. */
  log: Map<string, EpisodeReport> | null = null;
  constructor(
    readonly engine: AccelState,
    readonly changes: Map<string, AlertChange>,
  ) {
    this.library = engine.library;
  }
  /** Point the context at a device and a processing instant. */
  at(dev: DeviceRuntime, now: number): this {
    this.dev = dev;
    this.now = now;
    if (dev.rules) {
      this.tolerances = dev.rules.tolerances;
      this.callInMs = dev.rules.plan.callInIntervalS * 1000;
    }
    return this;
  }
  report(r: EpisodeReport): void {
    if (this.log) this.log.set(r.key, r);
    else applyReport(this.engine, this.dev as DeviceRuntime, r, this.now, this.changes);
  }
}

/** One observation record, reused: the machines read it and keep nothing of it. */
const OBS: LocationObs = { inside: false, certainOutside: false, distanceM: 0 };

/** Apply one timeline event to a supervised device's rule states. */
function apply(
  ctx: Step,
  states: RuleState[],
  e: TimelineEvent,
  only: ReadonlySet<number> | null = null,
): void {
  const rules = (ctx.dev as DeviceRuntime).rules as DeviceRules;
  if (e.kind === 'proximity') {
    if (only && !only.has(e.ruleIndex)) return;
    const rule = rules.rules[e.ruleIndex];
    if (rule?.kind === 'mobileExclusion')
      mobileOnProximity(rule, states[e.ruleIndex] as MobileState, e.p, ctx);
    return;
  }
  const list = rules.rules;
  const kinds = (ctx.dev as DeviceRuntime).kinds;
  if (e.kind === 'fix') {
    const f = e as Fix & StoredDeviceEvent;
    // The stored fix serves as its own reference (it has the fields, is never changed, and the timeline
    // keeps it anyway): no copy per fix. Only a reference with a distance is a new object.
    const ref: FixRef = f;
    for (let i = 0; i < list.length; i++) {
      if (only && !only.has(i)) continue;
      switch (kinds[i]) {
        case K_INCLUSION: {
          const rule = list[i] as InclusionRule;
          if (f.source === 'beacon' && !rule.beaconIsPresence) break;
          const obs = OBS;
          if (f.source === 'beacon') {
            obs.inside = true;
            obs.certainOutside = false;
          } else inclusionStatusInto(rule, f.at, f.lat, f.lon, f.accuracyM, obs);
          inclusionOnLocation(
            rule,
            states[i] as InclusionState,
            f.at,
            obs,
            obs.inside ? ref : fixRef(f, obs.distanceM),
            ctx,
          );
          break;
        }
        case K_EXCLUSION:
          if (f.source === 'beacon') break;
          exclusionOnFix(list[i] as ExclusionRule, states[i] as ExclusionState, ref, ctx);
          break;
        case K_MOBILE: {
          if (f.source === 'beacon') break;
          const rule = list[i] as MobileExclusionRule;
          const other = ctx.engine.devices.get(rule.protectedDeviceId);
          const o = other ? nearestFix(other, f.at, rule.maxFixAgeMs) : null;
          if (o) mobileOnProximity(rule, states[i] as MobileState, proximity(f, o), ctx);
          break;
        }
        case K_HEALTH_GPS:
          healthOnEvent(list[i] as DeviceHealthRule, states[i] as HealthState, f, ctx);
          break;
        case K_HEALTH_BATTERY:
          if (f.batteryPercent !== undefined || f.minutesLeft !== undefined)
            healthOnEvent(list[i] as DeviceHealthRule, states[i] as HealthState, f, ctx);
          break;
      }
    }
    return;
  }
  const a = e as Alarm & StoredDeviceEvent;
  for (let i = 0; i < list.length; i++) {
    if (only && !only.has(i)) continue;
    const rule = list[i] as Rule;
    if (rule.kind === 'deviceHealth') healthOnEvent(rule, states[i] as HealthState, a, ctx);
    else if (
      rule.kind === 'inclusion' &&
      rule.beaconIsPresence &&
      (a.kind === 'beaconInRange' || a.kind === 'beaconOutOfRange')
    ) {
      const inside = a.kind === 'beaconInRange';
      inclusionOnLocation(
        rule,
        states[i] as InclusionState,
        a.at,
        { inside, certainOutside: !inside },
        null,
        ctx,
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Quiet fixes. Most fixes change nothing: the person is at home, far from every exclusion zone, with nothing
// open. For such a fix the machines would only record it as the last one seen (the inclusion rule's last
// observation, the exclusion rules' last fix). A device that is quiet after a fix checks the next one
// against a few numbers (`plan`) and, when it is quiet too, keeps it as `pending` instead of running the
// machines; `settle` writes the pending fix into the states before anything else reads or changes them.
// A quiet fix must leave the device exactly as the machines would: every test below is conservative.

const P_EXCL_FROM = 0;
const P_EXCL_TO = 1;
const P_CROSS_GAP_MS = 2;
const P_CROSS_DIST_M = 3;
const P_SHARED = 4;
const P_INNER = 5;
const P_OWN = 6;
/** The last fix the exclusion states have seen, or would have seen (quiet fixes are not written to them). */
const P_PREV_AT = 7;
const P_PREV_LAT = 8;
const P_PREV_LON = 9;
/** Then, per inclusion rule: until when presence is not required (from the fix that made the device quiet). */
const P_FREE_TO = 10;

/**
 * A box certainly inside the zone (every point of it is `contains`): around the circle's center, or around
 * a polygon's vertex mean when that lies inside, within 0.92 of the distance to the nearest edge. Null when
 * there is no such point.
 */
function innerBox(z: CompiledZone): BBox | null {
  let lat: number;
  let lon: number;
  let r: number;
  if (z.shape === 'circle') {
    lat = z.lat;
    lon = z.lon;
    r = z.radiusM;
  } else {
    const ring = z.polygons[0]?.[0];
    if (!ring || ring.length < 4) return null;
    lat = 0;
    lon = 0;
    for (let i = 0; i + 1 < ring.length; i++) {
      lon += (ring[i] as number[])[0] as number;
      lat += (ring[i] as number[])[1] as number;
    }
    lat /= ring.length - 1;
    lon /= ring.length - 1;
    const d = signedDistanceM(z, lat, lon);
    if (!(d < 0)) return null;
    r = -d;
  }
  // Half a side of 0.65 r: the corners lie 0.92 r from the center.
  const h = 0.65 * r;
  const dLat = h / M_PER_DEG_LAT;
  // Degrees of longitude at the box's latitude nearest the equator (where they are longest): narrow enough.
  const dLon = h / metresPerDegLon(Math.max(0, Math.abs(lat) - dLat));
  return { minLon: lon - dLon, minLat: lat - dLat, maxLon: lon + dLon, maxLat: lat + dLat };
}

/**
 * The numbers a quiet fix is checked against: the instants all exclusion rules are in force, the crossing
 * check's thresholds, whether shared zones apply, a box inside each inclusion rule's first zone, and each own
 * exclusion zone's box grown (generously) by the rule's buffer. Null for a device with a rule the quiet path
 * does not cover (a protected person's phone, an inclusion rule whose zone has no inner box).
 */
function quietPlan(d: DeviceRules, library: ZoneLibrary): Float64Array | null {
  let from = Number.NEGATIVE_INFINITY;
  let to = Number.POSITIVE_INFINITY;
  let shared = false;
  const inner: BBox[] = [];
  const own: BBox[] = [];
  for (const r of d.rules) {
    // A mobile rule with nothing open does nothing while the phone is beyond its outer radius
    // (`isQuietFix`, `farProximity`).
    if (r.kind === 'mobileExclusion') continue;
    if (r.kind === 'inclusion') {
      const z = r.zones[0];
      const box = z ? innerBox(z) : null;
      if (!box) return null;
      inner.push(box);
    } else if (r.kind === 'exclusion') {
      from = Math.max(from, r.effectiveFrom);
      to = Math.min(to, r.effectiveTo ?? Number.POSITIVE_INFINITY);
      if (r.sharedTags && library.index) shared = true;
      const reach = r.bufferM > 0 ? reachOf(r) : null;
      r.zones.forEach((z, k) => {
        own.push(reach ? (reach[k] as BBox) : z.bbox);
      });
    }
  }
  const boxes = P_FREE_TO + inner.length;
  const mobiles = d.rules.filter((r) => r.kind === 'mobileExclusion').length;
  // The mobile entries (the phone's block, the radius, the outer radius, the fix age) are filled in by
  // `createEngine` once every block has its place.
  const plan = new Float64Array(boxes + 4 * (inner.length + own.length) + 4 * mobiles);
  plan[P_EXCL_FROM] = from;
  plan[P_EXCL_TO] = to;
  plan[P_CROSS_GAP_MS] = d.tolerances.crossingMinGapS * 1000;
  plan[P_CROSS_DIST_M] = d.tolerances.crossingMinDistanceM;
  plan[P_SHARED] = shared ? 1 : 0;
  plan[P_INNER] = inner.length;
  plan[P_OWN] = own.length;
  plan[P_PREV_AT] = Number.NaN;
  let k = boxes;
  for (const b of [...inner, ...own]) {
    plan[k++] = b.minLon;
    plan[k++] = b.minLat;
    plan[k++] = b.maxLon;
    plan[k++] = b.maxLat;
  }
  return plan;
}

/**
 * Whether the fix, on a quiet device (in `slot`, block at `o`, plan at `o + H_SIZE`), would change nothing but the
 * states' last fix. Reads the device's runtime only for its mobile rules.
 *
 * The rarer checks (`insideInclusion`, `sharedBeyond`, `phoneFar`) are passed the fix, not its coordinates:
 * a call that takes the coordinates as numbers makes the compiled code box both of them on every fix,
 * whether or not the call is made.
 */
function isQuietFix(engine: AccelState, slot: number, o: number, f: Fix & StoredDeviceEvent): boolean {
  const q = engine.hot;
  const p = o + H_SIZE;
  if (f.source === 'beacon' || f.batteryPercent !== undefined || f.minutesLeft !== undefined) return false;
  const at = f.at;
  if (at < (q[p + P_EXCL_FROM] as number) || at >= (q[p + P_EXCL_TO] as number)) return false;
  const lat = f.lat;
  const lon = f.lon;
  // Counts and offsets as small integers (`| 0`), so that the compiled code indexes without boxing.
  const inner = (q[p + P_INNER] as number) | 0;
  let k = p + P_FREE_TO + inner;
  // Inside every inclusion rule's zone (its inner box, or else the zone itself), or at a time its presence is
  // not required (the rule only notes the fix)…
  for (let n = 0; n < inner; n++, k += 4)
    if (
      (lon < (q[k] as number) ||
        lat < (q[k + 1] as number) ||
        lon > (q[k + 2] as number) ||
        lat > (q[k + 3] as number)) &&
      !(at < (q[p + P_FREE_TO + n] as number)) &&
      !insideInclusion(engine.slots[slot] as DeviceRuntime, n, f)
    )
      return false;
  // …beyond the reach of every own exclusion zone…
  for (let n = (q[p + P_OWN] as number) | 0; n > 0; n--, k += 4)
    if (
      lon >= (q[k] as number) &&
      lat >= (q[k + 1] as number) &&
      lon <= (q[k + 2] as number) &&
      lat <= (q[k + 3] as number)
    )
      return false;
  // …too close to the previous fix, too soon, for the sparse-fix crossing check (same bound)…
  const gapMs = at - (q[p + P_PREV_AT] as number);
  if (gapMs > 0 && gapMs <= 6 * 3_600_000) {
    if (gapMs >= (q[p + P_CROSS_GAP_MS] as number)) return false;
    const bound =
      (Math.abs((q[p + P_PREV_LAT] as number) - lat) + Math.abs((q[p + P_PREV_LON] as number) - lon)) *
      M_PER_DEG_LAT;
    if (!(bound * 1.001 + 1 < (q[p + P_CROSS_DIST_M] as number))) return false;
  }
  // …and no shared zone within reach (the grid cell of an earlier fix known clear, or else the grid and the
  // index, as the rule asks)…
  if (q[p + P_SHARED] === 1) {
    const library = engine.library;
    const cell = gridCell(library, lat, lon);
    if (cell >= 0 && cell !== q[o + H_CLEAR_CELL]) {
      if (cellOccupied(library, cell)) {
        if (!sharedBeyond(engine.slots[slot] as DeviceRuntime, f)) return false;
      } else q[o + H_CLEAR_CELL] = cell;
    }
  }
  // …and each protected person's phone beyond the mobile rule's outer radius (or no fix of it within the
  // allowed age): the same distance the machine would compute. When the phone's latest fix is not after
  // this one, it is the nearest (`nearestFix`); otherwise the phone's timeline is searched.
  const mobiles = (q[o + H_MOBILES] as number) | 0;
  for (let n = 0; n < mobiles; n++, k += 4) {
    const phone = (q[k] as number) | 0;
    const pAt = q[phone + H_PHONE_AT] as number;
    if (pAt <= at) {
      if (
        at - pAt <= (q[k + 3] as number) &&
        !beyond(
          q[k + 1] as number,
          q[k + 2] as number,
          haversineM(lat, lon, q[phone + H_PHONE_LAT] as number, q[phone + H_PHONE_LON] as number),
        )
      )
        return false;
    } else if (!phoneFar(engine.slots[slot] as DeviceRuntime, n, f)) return false;
  }
  return true;
}

/**
 * A fix outside the inner box of the device's `n`-th inclusion rule: whether it is inside one of the rule's
 * zones all the same (then the machine only notes it, as `settle` will).
 */
function insideInclusion(dev: DeviceRuntime, n: number, f: Fix): boolean {
  const rule = (dev.rules as DeviceRules).rules[dev.inclusions[n] as number] as InclusionRule;
  for (let i = 0; i < rule.zones.length; i++)
    if (contains(rule.zones[i] as CompiledZone, f.lat, f.lon)) return true;
  return false;
}

/**
 * A fix in an occupied cell of the shared zones' grid: whether every candidate zone (its point is in their
 * grown boxes) is beyond the buffer of every shared-zone rule of the device it belongs to — the distance the
 * exclusion machine computes — so the machine, with nothing open, would do nothing.
 */
function sharedBeyond(dev: DeviceRuntime, f: Fix): boolean {
  const library = dev.engine.library;
  const { lat, lon } = f;
  const found = candidateZones(library, lat, lon);
  const rules = (dev.rules as DeviceRules).rules;
  for (let k = 0; k < found.length; k++) {
    const i = found[k] as number;
    for (let r = 0; r < rules.length; r++) {
      const rule = rules[r] as Rule;
      if (rule.kind !== 'exclusion' || !rule.sharedTags || !mask(rule, library, i)) continue;
      if (!(signedDistanceM(library.zones[i] as CompiledZone, lat, lon) > rule.bufferM)) return false;
    }
  }
  return true;
}

/**
 * The device's `n`-th mobile rule, for a fix older than the phone's latest: whether the phone's fix
 * `nearestFix` pairs with it (if any) is beyond the rule's outer radius.
 */
function phoneFar(dev: DeviceRuntime, n: number, f: Fix): boolean {
  const rule = (dev.rules as DeviceRules).rules[dev.mobiles[n] as number] as MobileExclusionRule;
  const other = dev.engine.devices.get(rule.protectedDeviceId);
  const o2 = other ? nearestFix(other, f.at, rule.maxFixAgeMs) : null;
  return !o2 || beyondMobile(rule, haversineM(f.lat, f.lon, o2.lat, o2.lon));
}

/**
 * Beyond a mobile rule's radius and its outer radius (radius + buffer): with no episode open, the machine
 * does nothing. The quiet check passes the plan's copies of the two numbers.
 */
const beyond = (radiusM: number, outerM: number, d: number): boolean => d > radiusM && d > outerM;

const beyondMobile = (rule: MobileExclusionRule, d: number): boolean =>
  beyond(rule.radiusM, rule.radiusM + rule.bufferM, d);

/** A proximity that, on a quiet device, the mobile machine would ignore (nothing open, phone far away). */
function farProximity(dev: DeviceRuntime, e: TimelineEvent): boolean {
  if (e.kind !== 'proximity') return false;
  const rule = (dev.rules as DeviceRules).rules[e.ruleIndex];
  if (rule?.kind !== 'mobileExclusion') return false;
  const st = dev.states[e.ruleIndex] as MobileState;
  return st.zone === null && st.buffer === null && beyondMobile(rule, e.p.distanceM);
}

function isEmpty(o: object): boolean {
  for (const _ in o) return false;
  return true;
}

/**
 * After the machines ran on fix `f`: whether the device is quiet (nothing open, settled on `f`). Notes, per
 * inclusion rule, until when presence is not required from `f` on, and the processing instant before which
 * `tick` could not act on a quiet fix: the next required start plus grace plus the call-in interval.
 */
function becomesQuiet(dev: DeviceRuntime, f: Fix & StoredDeviceEvent): boolean {
  const p = dev.plan;
  if (p < 0 || f.source === 'beacon') return false;
  const plan = dev.engine.hot;
  const rules = (dev.rules as DeviceRules).rules;
  const states = dev.states;
  const kinds = dev.kinds;
  let n = 0;
  let tickSafe = Number.POSITIVE_INFINITY;
  for (let i = 0; i < kinds.length; i++) {
    switch (kinds[i]) {
      case K_INCLUSION: {
        const st = states[i] as InclusionState;
        if (st.ep !== null || st.last === null || st.last.at !== f.at) return false;
        const rule = rules[i] as InclusionRule;
        let free = Number.NEGATIVE_INFINITY;
        if (findInterval(rule.required, f.at) < 0) {
          const next = nextIntervalAfter(rule.required, f.at);
          free = next < 0 ? Number.POSITIVE_INFINITY : (rule.required[next] as Interval).start;
          tickSafe = Math.min(
            tickSafe,
            free + rule.graceMs + (dev.rules as DeviceRules).plan.callInIntervalS * 1000,
          );
        }
        plan[p + P_FREE_TO + n++] = free;
        break;
      }
      case K_EXCLUSION: {
        const st = states[i] as ExclusionState;
        if (st.lastFix !== f || st.lastInsideAny || st.inside.size > 0 || st.buffer.size > 0) return false;
        break;
      }
      case K_MOBILE: {
        const st = states[i] as MobileState;
        if (st.zone !== null || st.buffer !== null) return false;
        break;
      }
      default:
        if (!isEmpty((states[i] as HealthState).open)) return false;
    }
  }
  plan[dev.o + H_TICK_SAFE] = tickSafe;
  notePrev(plan, p, f);
  return true;
}

/** Note the fix as the last one the exclusion states have seen or would have seen (plan at `p`). */
function notePrev(plan: Float64Array, p: number, f: Fix): void {
  plan[p + P_PREV_AT] = f.at;
  plan[p + P_PREV_LAT] = f.lat;
  plan[p + P_PREV_LON] = f.lon;
}

/**
 * Write the pending quiet fix into the states: what the machines would have recorded (the inclusion rules'
 * observation of it, the exclusion rules' last fix).
 */
function settle(dev: DeviceRuntime): void {
  const p = dev.pending;
  if (p === null) return;
  dev.pending = null;
  settleInto(dev, dev.states, p);
}

/** Write fix `p` into the states as the machines would have recorded it (see `settle`). */
function settleInto(dev: DeviceRuntime, states: RuleState[], p: Fix & StoredDeviceEvent): void {
  const rules = (dev.rules as DeviceRules).rules;
  const kinds = dev.kinds;
  for (let i = 0; i < kinds.length; i++) {
    const kind = kinds[i];
    if (kind === K_INCLUSION) {
      const obs = OBS;
      inclusionStatusInto(rules[i] as InclusionRule, p.at, p.lat, p.lon, p.accuracyM, obs);
      const last = (states[i] as InclusionState).last as NonNullable<InclusionState['last']>;
      last.at = p.at;
      last.inside = obs.inside;
      last.certainOutside = obs.certainOutside;
      last.fix = obs.inside ? p : fixRef(p, obs.distanceM);
    } else if (kind === K_EXCLUSION) (states[i] as ExclusionState).lastFix = p;
  }
}

/**
 * A checkpoint of the rule states when `checkpointEvery` events have come since the last one. Notes in the
 * device's block how many more the quiet path may append before this must run again.
 *
 * A quiet device with a pending fix has states that are the fresh ones settled on that fix (nothing open:
 * `becomesQuiet`; far observations since change nothing): its checkpoint keeps the fix alone, and neither
 * the states are copied nor the chained events moved into the timeline.
 */
function maybeCheckpoint(engine: AccelState, dev: DeviceRuntime): void {
  const n = dev.length;
  const last = dev.checkpoints[dev.checkpoints.length - 1] as Checkpoint;
  if (n - last.index >= dev.cpEvery) {
    // The last of the `n` events is the latest (`lastAt`): the timeline is in device-time order.
    const p = dev.quiet ? dev.pending : null;
    if (p === null) settle(dev);
    dev.checkpoints.push({
      index: n,
      at: dev.lastAt,
      states: p === null ? cloneStates(dev.states) : null,
      fix: p,
    });
    trim(engine, dev);
  }
  noteCheckpointDue(engine, dev);
}

/** A checkpoint's rule states, made from its fix the first time they are needed (`maybeCheckpoint`). */
function statesAt(dev: DeviceRuntime, cp: Checkpoint): RuleState[] {
  if (cp.states !== null) return cp.states;
  const states = newStates((dev.rules as DeviceRules).rules);
  for (let i = 0; i < states.length; i++) {
    const st = states[i] as RuleState;
    if (st.kind === 'inclusion') st.last = { at: 0, inside: false, certainOutside: false, fix: null };
  }
  settleInto(dev, states, cp.fix as Fix & StoredDeviceEvent);
  cp.states = states;
  return states;
}

/** Whether the mobile rule `r` had an episode open at the checkpoint (none at a quiet one). */
function mobileOpenAt(cp: Checkpoint, r: number): boolean {
  if (cp.states === null) return false;
  const st = cp.states[r] as MobileState;
  return st.zone !== null || st.buffer !== null;
}

/** Note in the device's block how many events the quiet path may append before the checkpoint check. */
function noteCheckpointDue(engine: AccelState, dev: DeviceRuntime): void {
  const last = dev.checkpoints[dev.checkpoints.length - 1] as Checkpoint;
  engine.hot[dev.o + H_CP_LEFT] = dev.cpEvery - (dev.length - last.index);
}

/** Forget timeline events (and ended alerts) older than the horizon, cutting at a checkpoint. */
function trim(engine: AccelState, dev: DeviceRuntime): void {
  const cutoff = dev.lastAt - engine.options.replayHorizonMs;
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
    const a = engine.alerts.get(id);
    if (a && a.endedAt !== null && Date.parse(a.endedAt) < cutoff) {
      engine.alerts.delete(id);
      return false;
    }
    return true;
  });
  const kept = new Set(dev.alertIds);
  for (const [k, id] of dev.episodeAlerts) if (!kept.has(id)) dev.episodeAlerts.delete(k);
}

/** Insert a timeline event into a supervised device and evaluate it (in order, or by re-evaluation). */
function insert(step: Step, dev: DeviceRuntime, e: TimelineEvent, quietTried = false): void {
  if (e.at >= dev.lastAt) {
    dev.append(e);
    dev.lastAt = e.at;
    if (e.kind === 'fix') {
      const f = e as Fix & StoredDeviceEvent;
      if (!quietTried && dev.quiet && isQuietFix(step.engine, dev.slot, dev.o, f)) {
        dev.pending = f;
        notePrev(step.engine.hot, dev.plan, f);
      } else {
        settle(dev);
        apply(step.at(dev, e.receivedAt), dev.states, e);
        dev.quiet = becomesQuiet(dev, f);
      }
    } else if (!(dev.quiet && farProximity(dev, e))) {
      settle(dev);
      dev.quiet = false;
      apply(step.at(dev, e.receivedAt), dev.states, e);
    }
    maybeCheckpoint(step.engine, dev);
    return;
  }
  insertLate(step, dev, [e]);
}

/**
 * Late events (older than the device's last evaluated one), all of one batch at once: insert them into the
 * timeline, restore the rule states from the checkpoint before the earliest, re-run once, reconcile.
 */
function insertLate(step: Step, dev: DeviceRuntime, late: TimelineEvent[]): void {
  insertLateEvents(step, dev, late);
  noteCheckpointDue(step.engine, dev);
}

function insertLateEvents(step: Step, dev: DeviceRuntime, late: TimelineEvent[]): void {
  const { engine, changes } = step;
  const first = dev.checkpoints[0] as Checkpoint;
  // Usually one proximity observation within the horizon: then nothing below allocates before the re-run.
  let now = Number.NEGATIVE_INFINITY;
  let allInWindow = true;
  let allProximity = true;
  for (const e of late) {
    if (e.receivedAt > now) now = e.receivedAt;
    if (e.at < first.at) allInWindow = false;
    if (e.kind !== 'proximity') allProximity = false;
  }
  step.at(dev, now);
  const tooOld = allInWindow ? NO_EVENTS : late.filter((e) => e.at < first.at);
  if (tooOld.length > 0) {
    // Older than the horizon: evaluated alone, their alerts marked late.
    step.log = new Map();
    const states = newStates((dev.rules as DeviceRules).rules);
    for (const e of tooOld) apply(step, states, e);
    for (const r of step.log.values())
      r.evidence.notes.push('evaluated without context: older than the replay horizon');
    reconcile(engine, dev, step.log, (tooOld[0] as TimelineEvent).at, now, changes, new Set());
    step.log = null;
  }
  const inWindow = allInWindow ? late : late.filter((e) => e.at >= first.at);
  if (inWindow.length === 0) {
    settle(dev);
    dev.quiet = false;
    return;
  }
  let earliest = dev.history.length;
  for (const e of inWindow) {
    const pos = upperBound(dev.history, e.at, rank(e));
    dev.history.splice(pos, 0, e);
    if (pos < earliest) earliest = pos;
    // Checkpoints after the event now start one event later.
    for (let c = dev.checkpoints.length - 1; c >= 0; c--) {
      const k = dev.checkpoints[c] as Checkpoint;
      if (k.index <= pos) break;
      k.index++;
    }
  }
  let ci = dev.checkpoints.length - 1;
  while (ci > 0 && (dev.checkpoints[ci] as Checkpoint).index > earliest) ci--;
  const cp = dev.checkpoints[ci] as Checkpoint;
  const rules = (dev.rules as DeviceRules).rules;
  // A protected person's late fix (proximity observations only) concerns only the mobile rules it feeds:
  // the other rules' states do not depend on it, so only those rules are re-run.
  const proximityOnly = allProximity || inWindow.every((e) => e.kind === 'proximity');
  // Far from the supervisee: kept in the timeline, and nothing else changes (a quiet device stays quiet).
  if (proximityOnly && lateFixesFar(engine, dev, inWindow, cp)) return;
  const only = proximityOnly ? new Set(inWindow.map((e) => (e as ProximityEvent).ruleIndex)) : null;
  settle(dev);
  dev.quiet = false;
  let states: RuleState[];
  step.log = new Map();
  if (only) {
    states = dev.states.slice();
    const at0 = statesAt(dev, cp);
    for (const r of only) states[r] = cloneRuleState(at0[r] as RuleState);
    let k = ci + 1;
    for (let i = cp.index; i <= dev.history.length; i++) {
      // Refresh the later checkpoints' copies of the re-run rules as the replay passes them.
      for (; k < dev.checkpoints.length && (dev.checkpoints[k] as Checkpoint).index <= i; k++) {
        const later = dev.checkpoints[k] as Checkpoint;
        if (later.index === i) {
          const copy = statesAt(dev, later);
          for (const r of only) copy[r] = cloneRuleState(states[r] as RuleState);
        }
      }
      if (i < dev.history.length) apply(step, states, dev.history[i] as TimelineEvent, only);
    }
  } else {
    dev.checkpoints.length = ci + 1;
    states = cloneStates(statesAt(dev, cp));
    for (let i = cp.index; i < dev.history.length; i++) {
      apply(step, states, dev.history[i] as TimelineEvent);
      if (i + 1 - (dev.checkpoints[dev.checkpoints.length - 1] as Checkpoint).index >= dev.cpEvery)
        dev.checkpoints.push({
          index: i + 1,
          at: (dev.history[i] as TimelineEvent).at,
          states: cloneStates(states),
          fix: null,
        });
    }
  }
  dev.states = states;
  const ruleIds = new Set(
    only ? [...only].map((r) => (rules[r] as Rule).ruleId) : rules.map((r) => r.ruleId),
  );
  const from = cp.at === Number.NEGATIVE_INFINITY ? Math.min(...inWindow.map((e) => e.at)) : cp.at;
  const log = step.log;
  step.log = null;
  reconcile(engine, dev, log, from, now, changes, ruleIds);
}

/** First index whose event is at or after `at`. */
function lowerBound(h: readonly TimelineEvent[], at: number): number {
  let lo = 0;
  let hi = h.length;
  for (let n = 0; n < TAIL_STEPS && hi > 0; n++, hi--) if ((h[hi - 1] as TimelineEvent).at < at) return hi;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((h[mid] as TimelineEvent).at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A protected person's late fix, re-run from checkpoint `cp`, can change nothing when, for every mobile rule
 * it feeds: no episode is open now or at the checkpoint and no alert of the rule began since the checkpoint
 * — the mobile machine reports every observation within its outer radius at once (`mobileOnProximity`), so
 * every observation the first run made since the checkpoint was beyond it — and every observation the late
 * fix adds or changes is beyond it too: its own proximity observation, and the one of each supervisee fix
 * close enough in time to take the late fix as its nearest (`nearestFix`: within the rule's fix age). The
 * re-run would then see only observations beyond the outer radius, as the first run did, and leave the
 * states as they are; the late events are only kept in the timeline.
 */
function lateFixesFar(
  engine: AccelState,
  dev: DeviceRuntime,
  late: readonly TimelineEvent[],
  cp: Checkpoint,
): boolean {
  const rules = (dev.rules as DeviceRules).rules;
  const h = dev.history;
  if (h.length === 0) return false;
  const from = cp.at === Number.NEGATIVE_INFINITY ? (h[0] as TimelineEvent).at : cp.at;
  const fromIso = iso(from);
  for (const e of late) {
    if (e.kind !== 'proximity') return false;
    const r = e.ruleIndex;
    const rule = rules[r];
    if (rule?.kind !== 'mobileExclusion') return false;
    const st = dev.states[r] as MobileState;
    if (st.zone || st.buffer || mobileOpenAt(cp, r)) return false;
    if (!beyondMobile(rule, e.p.distanceM)) return false;
    for (let k = 0; k < dev.alertIds.length; k++) {
      const a = engine.alerts.get(dev.alertIds[k] as string);
      // ISO-8601 instants of one format compare as text in time order.
      if (a && a.rule.ruleId === rule.ruleId && a.startedAt >= fromIso) return false;
    }
    const v = e.p.other;
    // Every supervisee fix within the fix age of the late fix (a margin of a millisecond each side).
    for (let i = lowerBound(h, v.at - rule.maxFixAgeMs - 1); i < h.length; i++) {
      const x = h[i] as TimelineEvent;
      if (x.at > v.at + rule.maxFixAgeMs + 1) break;
      if (x.kind !== 'fix') continue;
      const f = x as Fix & StoredDeviceEvent;
      if (!beyondMobile(rule, haversineM(f.lat, f.lon, v.lat, v.lon))) return false;
    }
  }
  return true;
}

/** Evaluate one stored device event. Returns the alert changes it caused. */
function evaluate(engine: AccelState, e: StoredDeviceEvent): AlertChange[] {
  const dev = engine.devices.get(e.device);
  if (!dev) return [];
  const changes = new Map<string, AlertChange>();
  evaluateInto(new Step(engine, changes), dev, e);
  return [...changes.values()];
}

const NO_EVENTS: TimelineEvent[] = [];

/**
 * The log's limit: this many events per device, and at least `LOG_MIN`. The log is made at its full size
 * with the engine (and when devices are added), so the quiet path never grows it. A large limit moves the
 * chained events into the timelines seldom, and so grows each timeline's array seldom: each growth makes a
 * new array that the young generation's collector copies.
 */
const LOG_PER_DEVICE = 256;
const LOG_MIN = 4096;

/** Move every device's chained quiet fixes into its timeline and empty the engine's log. */
function unchainAll(engine: AccelState): void {
  const hot = engine.hot;
  for (const dev of engine.supervised) if (hot[dev.o + H_CHAIN_N] !== 0) dev.unchain();
  engine.logLen = 0;
}

/** Room in the engine's log for `extra` more events. */
function logRoom(engine: AccelState, extra: number): void {
  const room = engine.logLen + extra;
  if (engine.logPrev.length < room) {
    const grown = new Int32Array(room + (room >> 2));
    grown.set(engine.logPrev);
    engine.logPrev = grown;
  }
  if (engine.log.length < room)
    engine.log = engine.log.concat(placeholders(room + (room >> 2) - engine.log.length));
}

/**
 * `n` placeholders or a few more, made as copies of one block: pushing them one at a time grew the array
 * step by step (a million entries took a tenth of a second), and `new Array(n)` of that size is not a
 * fast array (nor, filled, a packed one).
 */
function placeholders(n: number): TimelineEvent[] {
  const block: TimelineEvent[] = [];
  for (let k = Math.min(n, 4096); k > 0; k--) block.push(NO_ENTRY);
  const blocks: TimelineEvent[][] = [];
  for (let k = block.length; k < n; k += block.length) blocks.push(block);
  return block.concat(...blocks);
}

/** A placeholder for the log's entries beyond `logLen` (the array holds no holes). */
const NO_ENTRY: TimelineEvent = { kind: 'proximity', at: 0, receivedAt: 0, ruleIndex: -1, p: null as never };

/**
 * Evaluate many events (already ordered per device by the caller, or not: order only affects speed).
 *
 * A fix of a quiet device that is quiet too (`isQuietFix`) takes the quiet path: its device's block is
 * updated, the fix is appended to the engine's log, linked to the device's previous one, and becomes the
 * pending fix; nothing else is read or written. The device's timeline takes the chained fixes the next time
 * anything reads it (`DeviceRuntime.history`), at the latest at the next checkpoint.
 */
function evaluateAll(engine: AccelState, events: readonly StoredDeviceEvent[]): AlertChange[] {
  const changes = new Map<string, AlertChange>();
  const step = new Step(engine, changes);
  if (engine.logLen > engine.logLimit) unchainAll(engine);
  if (engine.order.length < events.length) {
    const grown = new Int32Array(events.length).fill(-1);
    grown.set(engine.order);
    engine.order = grown;
  }
  // Each event logs at most itself (a quiet fix) or, a protected device's fix, one observation per follower.
  logRoom(engine, events.length * Math.max(1, engine.maxFollowers));
  const { order, hot, slots, slotIds, offsets } = engine;
  // First, each event's device slot. Devices that report together tend to come in the same order: the slot
  // at the same position of the previous batch is tried (one comparison of ids) before the `Map`. A pass of
  // its own, so the processor can look up many ids at once rather than wait for each in turn.
  for (let j = 0; j < events.length; j++) {
    const id = (events[j] as StoredDeviceEvent).device;
    const slot = order[j] as number;
    if (slot < 0 || slotIds[slot] !== id) order[j] = engine.devices.get(id)?.slot ?? -1;
  }
  let i = 0;
  while (i < events.length) {
    const e = events[i] as StoredDeviceEvent;
    const slot = order[i] as number;
    if (slot < 0) {
      i++;
      continue;
    }
    const o = offsets[slot] as number;
    // The quiet path.
    let tried = false;
    if (
      e.kind === 'fix' &&
      hot[o + H_QUIET] === 1 &&
      hot[o + H_TIMERS] === 0 &&
      e.at >= (hot[o + H_LAST_AT] as number)
    ) {
      const f = e as Fix & StoredDeviceEvent;
      if (isQuietFix(engine, slot, o, f)) {
        const r = f.receivedAt;
        if (r > (hot[o + H_LAST_RECEIVED] as number)) hot[o + H_LAST_RECEIVED] = r;
        if (f.at > (hot[o + H_LAST_FIX_AT] as number)) hot[o + H_LAST_FIX_AT] = f.at;
        if (r > (hot[o + H_LAST_FIX_RECEIVED] as number)) hot[o + H_LAST_FIX_RECEIVED] = r;
        // The fix becomes the pending one: the newest chained event.
        hot[o + H_PENDING] = 1;
        notePrev(hot, o + H_SIZE, f);
        chainNewest(engine, slot, o, f);
        i++;
        continue;
      }
      tried = true;
    }
    const dev = slots[slot] as DeviceRuntime;
    // A run of late events of one supervised device is re-evaluated once, not once per event.
    if (dev.rules && e.at < dev.lastAt) {
      const run: StoredDeviceEvent[] = [];
      while (i < events.length) {
        const x = events[i] as StoredDeviceEvent;
        if (x.device !== e.device || x.at >= dev.lastAt) break;
        if (x.receivedAt > dev.lastReceivedAt) dev.lastReceivedAt = x.receivedAt;
        timersOnEvent(engine, dev, x, changes);
        run.push(x);
        i++;
      }
      insertLate(step, dev, run);
      continue;
    }
    evaluateInto(step, dev, e, tried);
    i++;
  }
  return [...changes.values()];
}

function evaluateInto(step: Step, dev: DeviceRuntime, e: StoredDeviceEvent, quietTried = false): void {
  const { engine, changes } = step;
  if (e.receivedAt > dev.lastReceivedAt) dev.lastReceivedAt = e.receivedAt;
  if (dev.rules) {
    timersOnEvent(engine, dev, e, changes);
    insert(step, dev, e, quietTried);
    return;
  }
  // A protected person's device: keep its timeline, and tell each follower's mobile rule.
  const h = dev.history;
  const pos = upperBound(h, e.at, rank(e));
  // Usually the newest event: appended.
  if (pos === h.length) h.push(e);
  else h.splice(pos, 0, e);
  if (e.at > dev.lastAt) dev.lastAt = e.at;
  if (dev.history.length > 4096) {
    const cutoff = dev.lastAt - engine.options.replayHorizonMs;
    const keep = dev.history.findIndex((x) => x.at >= cutoff);
    if (keep > 0) dev.history.splice(0, keep);
  }
  if (e.kind !== 'fix') return;
  const v = e as Fix & StoredDeviceEvent;
  const hot = engine.hot;
  if (v.at >= (hot[dev.o + H_PHONE_AT] as number)) {
    hot[dev.o + H_PHONE_AT] = v.at;
    hot[dev.o + H_PHONE_LAT] = v.lat;
    hot[dev.o + H_PHONE_LON] = v.lon;
  }
  tellFollowers(step, dev, v, null);
}

/** Tell each follower's mobile rule of a protected person's fix (or only the followers in `only`). */
function tellFollowers(
  step: Step,
  dev: DeviceRuntime,
  v: Fix & StoredDeviceEvent,
  only: ReadonlySet<string> | null,
): void {
  const engine = step.engine;
  const followers = dev.followers;
  for (let k = 0; k < followers.length; k++) {
    const { dev: sup, ruleIndex, rule } = followers[k] as Follower;
    if (only !== null && !only.has(sup.deviceId)) continue;
    if (
      chainFarProximity(engine, sup, ruleIndex, rule, v) ||
      chainLateFarProximity(engine, sup, ruleIndex, rule, v)
    )
      continue;
    const s = nearestFix(sup, v.at, rule.maxFixAgeMs);
    if (!s) continue;
    const p = proximity(s, v);
    p.at = v.at;
    insert(step, sup, { kind: 'proximity', at: v.at, receivedAt: v.receivedAt, ruleIndex, p });
  }
}

/**
 * Stored events replayed into the devices just made by `replaceDevices` (`added`), in the order they were
 * first evaluated: each added device's own events, evaluated as `evaluateAll` would; and the fixes of a
 * protected person's phone the engine already knew, told only to its added followers (its timeline and
 * its other followers have them already). Events of other devices are passed over.
 */
function replayAdded(
  engine: AccelState,
  events: readonly StoredDeviceEvent[],
  added: ReadonlySet<string>,
): AlertChange[] {
  const changes = new Map<string, AlertChange>();
  const step = new Step(engine, changes);
  let run: StoredDeviceEvent[] = [];
  const flush = () => {
    if (run.length === 0) return;
    for (const c of evaluateAll(engine, run)) changes.set(c.alert.alertId, c);
    run = [];
  };
  for (const e of events) {
    if (added.has(e.device)) {
      run.push(e);
      continue;
    }
    const dev = engine.devices.get(e.device);
    if (!dev || dev.rules || e.kind !== 'fix' || !dev.followers.some((f) => added.has(f.dev.deviceId)))
      continue;
    flush();
    logRoom(engine, dev.followers.length);
    tellFollowers(step, dev, e as Fix & StoredDeviceEvent, added);
  }
  flush();
  return [...changes.values()];
}

/**
 * A protected person's fix that is the newest event of a quiet follower and far from it: the observation is
 * chained in the engine's log like a quiet fix (the follower's timeline takes it the next time anything reads
 * it), without reading the timeline. It is what `insert` would do — the mobile machine ignores a far
 * observation when no episode is open, and a quiet device has none — less the reads: the follower's pending
 * fix is its latest fix, so it is the nearest one (`nearestFix`) when the protected fix is not older than the
 * follower's latest event. False (nothing done) when any of this does not hold.
 */
function chainFarProximity(
  engine: AccelState,
  sup: DeviceRuntime,
  ruleIndex: number,
  rule: MobileExclusionRule,
  v: Fix & StoredDeviceEvent,
): boolean {
  const hot = engine.hot;
  const o = sup.o;
  if (hot[o + H_QUIET] !== 1 || v.at < (hot[o + H_LAST_AT] as number)) return false;
  const s = sup.pending;
  if (s === null) return false;
  // No fix within the fix age: `nearestFix` finds none, and nothing is kept.
  if (v.at - s.at > rule.maxFixAgeMs) return true;
  if (!beyondMobile(rule, haversineM(s.lat, s.lon, v.lat, v.lon))) return false;
  const p = proximity(s, v);
  p.at = v.at;
  // The chain's latest event will be this observation: the pending fix is held by the runtime from now on.
  if (hot[o + H_PENDING] === 1) sup.pending = s;
  chainNewest(engine, sup.slot, o, { kind: 'proximity', at: v.at, receivedAt: v.receivedAt, ruleIndex, p });
  return true;
}

/**
 * Append an event to the engine's log as the newest of the device's chained events (block at `o`, device in
 * `slot`): it is the device's latest event, and counts toward its next checkpoint, taken when due.
 */
function chainNewest(engine: AccelState, slot: number, o: number, e: TimelineEvent): void {
  const hot = engine.hot;
  const g = engine.logLen++;
  engine.log[g] = e;
  engine.logPrev[g] = hot[o + H_CHAIN] as number;
  hot[o + H_CHAIN] = g;
  hot[o + H_CHAIN_N] = (hot[o + H_CHAIN_N] as number) + 1;
  hot[o + H_LAST_AT] = e.at;
  const left = (hot[o + H_CP_LEFT] as number) - 1;
  hot[o + H_CP_LEFT] = left;
  if (left <= 0) maybeCheckpoint(engine, engine.slots[slot] as DeviceRuntime);
}

/**
 * A protected person's fix older than a quiet follower's latest event, whose place in the follower's
 * timeline is among the events still chained in the engine's log (so after the latest checkpoint): the
 * observation is linked into the chain at its place, when the re-run `insertLateEvents` would start is
 * provably unnecessary (`lateFixesFar`) — everything read from the chain instead of the timeline:
 *
 * - the follower's fix paired with it is the one `nearestFix` would take (the latest fix not after it within
 *   the fix age, unless the first fix after it is strictly nearer in time);
 * - the mobile state has no episode now or at the latest checkpoint, no alert of the rule began since that
 *   checkpoint, the observation is beyond the rule's outer radius, and so is every follower fix within the
 *   fix age of the protected fix (a millisecond's margin each side).
 *
 * As in `insertLate`, no checkpoint is taken here and the device stays quiet. False (nothing done) when the
 * chain does not reach back far enough or any condition fails: the timeline path decides.
 */
function chainLateFarProximity(
  engine: AccelState,
  sup: DeviceRuntime,
  ruleIndex: number,
  rule: MobileExclusionRule,
  v: Fix & StoredDeviceEvent,
): boolean {
  const hot = engine.hot;
  const o = sup.o;
  const n = (hot[o + H_CHAIN_N] as number) | 0;
  if (hot[o + H_QUIET] !== 1 || n === 0) return false;
  const { log, logPrev } = engine;
  const at = v.at;
  const maxAge = rule.maxFixAgeMs;
  // From the newest chained event back: those after the observation (its successor is the last of them),
  // the first follower fix after it, then the latest fix not after it; every fix within the fix age beyond.
  let g = hot[o + H_CHAIN] as number;
  let k = 0;
  let succ = -1;
  let after: TimelineEvent | null = null;
  for (; k < n; k++, g = logPrev[g] as number) {
    const x = log[g] as TimelineEvent;
    if (!(x.at > at || (x.at === at && rank(x) > 1))) break;
    succ = g;
    if (x.kind === 'fix') {
      if (x.at > at) after = x;
      if (x.at <= at + maxAge + 1 && !beyondMobile(rule, haversineM(x.lat, x.lon, v.lat, v.lon)))
        return false;
    }
  }
  // Not late, or its place is in the timeline proper: before the timeline's last event (or it has none).
  if (succ < 0) return false;
  const h = sup.unchained;
  if (k === n) {
    const last = h[h.length - 1];
    if (last === undefined || last.at > at || (last.at === at && rank(last) > 1)) return false;
  }
  // Its place (the count of events before it) must be after the latest checkpoint, as a late event's is
  // in `insertLateEvents` once the checkpoints after it are dropped: the chain may reach back further (a
  // quiet checkpoint leaves the chain in the log), and the checks below are against the latest checkpoint.
  const cp = sup.checkpoints[sup.checkpoints.length - 1] as Checkpoint;
  if (h.length + n - k < cp.index) return false;
  // The chained event before it, or -1: it becomes the chain's first.
  const pred = k === n ? -1 : g;
  // The events not after it, from the newest back, through the chain then the timeline proper: the latest
  // fix within the fix age is the paired fix's candidate, and every fix within the fix age (and a
  // millisecond) must be beyond. 1: older than that, stop; -1: one is not beyond; 0: go on.
  let before = null as TimelineEvent | null;
  const older = (x: TimelineEvent): number => {
    if (x.at < at - maxAge - 1) return 1;
    if (x.kind !== 'fix') return 0;
    if (before === null && at - x.at <= maxAge) before = x;
    return beyondMobile(rule, haversineM(x.lat, x.lon, v.lat, v.lon)) ? 0 : -1;
  };
  let r = 0;
  for (; k < n && r === 0; k++, g = logPrev[g] as number) r = older(log[g] as TimelineEvent);
  for (let i = h.length - 1; i >= 0 && r === 0; i--) r = older(h[i] as TimelineEvent);
  if (r < 0) return false;
  let best = before;
  const gap = before ? at - before.at : maxAge;
  if (after !== null && after.at - at < gap) best = after;
  // No follower fix within the fix age: no observation, as `tellFollowers` keeps none.
  if (best === null) return true;
  const p = proximity(best as Fix & StoredDeviceEvent, v);
  p.at = at;
  if (!beyondMobile(rule, p.distanceM)) return false;
  const st = sup.states[ruleIndex] as MobileState;
  if (st.zone || st.buffer || mobileOpenAt(cp, ruleIndex)) return false;
  if (sup.alertIds.length > 0) {
    // Since the first checkpoint (the timeline's start), any alert of the rule sends the decision back.
    const fromIso = cp.at === Number.NEGATIVE_INFINITY ? '' : iso(cp.at);
    for (let i = 0; i < sup.alertIds.length; i++) {
      const a = engine.alerts.get(sup.alertIds[i] as string);
      // ISO-8601 instants of one format compare as text in time order.
      if (a && a.rule.ruleId === rule.ruleId && a.startedAt >= fromIso) return false;
    }
  }
  const e: ProximityEvent = { kind: 'proximity', at, receivedAt: v.receivedAt, ruleIndex, p };
  const x = engine.logLen++;
  log[x] = e;
  logPrev[x] = pred;
  logPrev[succ] = x;
  hot[o + H_CHAIN_N] = n + 1;
  hot[o + H_CP_LEFT] = (hot[o + H_CP_LEFT] as number) - 1;
  return true;
}

// ---------------------------------------------------------------------------------------------------------
// Processing-time checks: silence (no communication) and no location; late returns with no new fix.

/**
 * Advance processing time to `now`: raise communication failures (each device against its own plan: call-in
 * interval + buffer, not a global sweep) and late returns for which no new fix has come. Call it every few
 * seconds. (A location failure — the device calls in but has no fix — is raised when such a call-in arrives.)
 * With `only`, just those supervised devices (replaying the stored events of devices just added).
 */
function tick(engine: AccelState, now: number, only?: ReadonlySet<string>): AlertChange[] {
  const changes = new Map<string, AlertChange>();
  const step = new Step(engine, changes);
  if (only !== undefined) {
    for (const id of only) {
      const dev = engine.devices.get(id);
      if (dev?.rules) tickDevice(step, dev.o, dev, now);
    }
    return [...changes.values()];
  }
  const { supervised, hot, supOffsets, supSlots, wake } = engine;
  for (let d = 0; d < supervised.length; d++) {
    const slot = supSlots[d] as number;
    if (now < (wake[slot] as number)) continue;
    const o = supOffsets[d] as number;
    // From the device's block alone: no timer running, not silent for too long, and quiet (nothing open,
    // the states settled on the fix that made it quiet or on a pending one), which the tick cannot act on
    // before `tickSafe` — nothing to do, until the earlier of that instant and the call-in deadline.
    if (
      hot[o + H_TIMERS] === 0 &&
      hot[o + H_QUIET] === 1 &&
      now < (hot[o + H_TICK_SAFE] as number) &&
      !(
        now - (hot[o + H_LAST_RECEIVED] as number) > (hot[o + H_COMM_AFTER] as number) &&
        now >= (hot[o + H_COMM_FROM] as number)
      )
    ) {
      wake[slot] = Math.min(
        hot[o + H_TICK_SAFE] as number,
        Math.max(
          (hot[o + H_LAST_RECEIVED] as number) + (hot[o + H_COMM_AFTER] as number),
          hot[o + H_COMM_FROM] as number,
        ),
      );
      continue;
    }
    tickDevice(step, o, supervised[d] as DeviceRuntime, now);
  }
  return [...changes.values()];
}

/** `tick` for one supervised device (block at `o`). */
function tickDevice(step: Step, o: number, dev: DeviceRuntime, now: number): void {
  const { engine, changes } = step;
  const hot = engine.hot;
  if (!dev.comm && now - dev.lastReceivedAt > dev.commAfterMs && now >= dev.commFrom) {
    const rules = dev.rules as DeviceRules;
    const comm = rules.timers.communication as { base: RuleBase; afterMs: number };
    const tol = rules.tolerances;
    const since = dev.lastReceivedAt + rules.plan.callInIntervalS * 1000;
    dev.comm = {
      key: `${comm.base.ruleId}|communicationFailure|${since}`,
      since,
      due: dev.lastReceivedAt + comm.afterMs,
      trail: newTrail(),
    };
    applyReport(
      engine,
      dev,
      timerReport(
        comm.base,
        'communicationFailure',
        dev.comm,
        null,
        { lastHeard: new Date(dev.lastReceivedAt).toISOString() },
        { callInIntervalS: rules.plan.callInIntervalS, bufferMin: tol.communicationBufferMin },
      ),
      now,
      changes,
    );
  }
  if (dev.pending !== null) {
    // A quiet fix not yet written: the tick cannot act on it before `tickSafe`.
    if (now < (hot[o + H_TICK_SAFE] as number)) return;
    settle(dev);
  }
  const inclusions = dev.inclusions;
  for (let k = 0; k < inclusions.length; k++) {
    const i = inclusions[k] as number;
    const st = dev.states[i] as InclusionState;
    // Nothing open and the last thing known is not "certainly outside": the tick has nothing to do.
    if (st.ep === null && (st.last === null || st.last.inside || !st.last.certainOutside)) continue;
    inclusionOnTick((dev.rules as DeviceRules).rules[i] as InclusionRule, st, step.at(dev, now));
  }
}

/**
 * The accelerated evaluator behind the engine's interface (`../engine.ts`). `state` is its memory layout,
 * for the tests of the shortcuts and the benchmarks; everything else goes through the methods.
 */
export class AcceleratedEngine implements Engine {
  readonly evaluator = 'accelerated';
  readonly state: AccelState;
  constructor(
    devices: readonly DeviceRules[],
    library: ZoneLibrary,
    options: EngineOptions,
    startAt: number,
  ) {
    this.state = createState(devices, library, options, startAt);
  }
  get startAt(): number {
    return this.state.startAt;
  }
  get options(): Readonly<EngineOptions> {
    return this.state.options;
  }
  get alerts(): Map<string, Alert> {
    return this.state.alerts;
  }
  evaluate(e: StoredDeviceEvent): AlertChange[] {
    return evaluate(this.state, e);
  }
  evaluateAll(events: readonly StoredDeviceEvent[]): AlertChange[] {
    return evaluateAll(this.state, events);
  }
  tick(now: number, only?: ReadonlySet<string>): AlertChange[] {
    return tick(this.state, now, only);
  }
  replaceDevices(devices: readonly DeviceRules[], remove: readonly string[] = []): Set<string> {
    return replaceDevices(this.state, devices, remove);
  }
  replayAdded(events: readonly StoredDeviceEvent[], added: ReadonlySet<string>): AlertChange[] {
    return replayAdded(this.state, events, added);
  }
  noteReceipt(deviceId: string, receivedAt: number): void {
    noteReceipt(this.state, deviceId, receivedAt);
  }
  knowsDevice(deviceId: string): boolean {
    return knowsDevice(this.state, deviceId);
  }
  deviceIds(): string[] {
    return [...this.state.devices.keys()];
  }
  exportDevices(): DeviceState[] {
    return exportDevices(this.state);
  }
  importDevices(states: readonly DeviceState[]): void {
    importDevices(this.state, states);
  }
}

/** The accelerated engine's memory layout (for the tests of its shortcuts); throws for another evaluator. */
export function acceleratedState(engine: Engine): AccelState {
  if (!(engine instanceof AcceleratedEngine))
    throw new Error(`the ${engine.evaluator} evaluator has no such layout`);
  return engine.state;
}
