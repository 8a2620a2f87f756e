/**
 * The monitoring engine inside the server: one per store. On start (and when the zone library changes) it is
 * rebuilt from the store — rules compiled from each enrolled defendant's conditions in force and the
 * enrollment, then every stored event replayed in commit order — and the stored alerts (with the officers'
 * actions) laid over it. When an enrollment or a case changes, only the people concerned are compiled again
 * and only their devices are replaced in the engine, replaying their stored events alone (`refresh`). Work is serialized through one queue, so batches are evaluated in order; their
 * commits form a chain in the same order, one at a time, and a batch is acknowledged (and its alert changes
 * streamed) only after its events and alert changes are committed together. The chain lets the next batch be
 * evaluated while this one is written. If a commit fails, every commit after it is refused (nothing evaluated
 * on top of a lost batch can be stored) and the engine is rebuilt from the store before the next piece of
 * work, so what the engine knows never outlives what the store has.
 *
 * Processing time. By default it is the wall clock. With `replayClock` (the demo), a client replaying
 * recorded data may say when each delivery would have arrived (`Pretrial-Replay-Time` header): the engine's
 * processing time is then the replay's time, and only moves with it — so the silence and lateness checks of
 * a week recorded in May are measured inside that week, not against today's date.
 */

import { randomUUID } from 'node:crypto';
import type { CaseFile } from '../../case/index.ts';
import {
  ALERT_CAUSES,
  type Alert,
  type AlertCause,
  type AlertCauseCode,
  type AlertChange,
  acknowledgeAlert,
  dismissAlert,
  escalateAlert,
  LifecycleError,
  noteAlert,
  resolveAlert,
} from '../../monitoring/alerts.ts';
import { type ConditionInForce, conditionTimeline } from '../../monitoring/conditions-in-force.ts';
import { eventKey, type StoredDeviceEvent } from '../../monitoring/device-events.ts';
import {
  applyOfficerAction,
  createEngine,
  type DeviceState,
  ENGINE_STATE_VERSION,
  type Engine,
  engineAlert,
  engineAlerts,
  evaluateAll,
  exportDevices,
  importDevices,
  knowsDevice,
  layStoredAlert,
  noteReceipt,
  replaceDevices,
  replayAdded,
  tick,
} from '../../monitoring/engine.ts';
import { Enrollment } from '../../monitoring/enrollment.ts';
import { type IngestState, ingestBatch, newIngestState, setAside } from '../../monitoring/ingest.ts';
import { checkFix, newPlausibilityState } from '../../monitoring/plausibility.ts';
import { type CompileResult, compileRules, sharedZoneBufferM } from '../../monitoring/rules.ts';
import { decodeDeviceState, encodeDeviceState } from '../../monitoring/snapshot.ts';
import { buildZoneLibrary, type ZoneLibrary } from '../../monitoring/spatial-index.ts';
import type { Actor, CaseStore } from '../../store/cases.ts';
import type {
  EnrollmentRecord,
  MonitoringRepo,
  SnapshotDevice,
  SnapshotMeta,
  Suspension,
} from '../../store/monitoring.ts';
import type { ClusterFront } from '../cluster-front.ts';
import { HttpError } from '../errors.ts';
import type { RawEvent } from './batch.ts';
import { AlertHub } from './hub.ts';
import { MonitoringMetrics } from './prometheus.ts';
import { type TriagePerson, type TriageReport, triageReport } from './triage.ts';

export interface Person {
  record: EnrollmentRecord;
  caseFile: CaseFile;
  caseVersion: number;
  timeline: ConditionInForce[];
  compiled: CompileResult;
}

export type OfficerActionName = 'acknowledge' | 'escalate' | 'resolve' | 'dismiss' | 'notes';

export interface IngestOutcome {
  accepted: number;
  duplicates: number;
  quarantined: number;
  /** Events of devices nobody is enrolled with, not stored: the quarantine is full. */
  refused: number;
  alertChanges: number;
  /** Of the alert changes, alerts opened. */
  opened: number;
  receivedAt: number;
}

export interface MonitoringServiceOptions {
  /** Processing time follows the replayed data (see the module comment). */
  replayClock?: boolean;
  /** Processing time before any replayed data arrives, epoch ms (replay clock only). */
  replayStart?: number;
  /** Engine ticks (silence and late-return checks) every this many ms; 0 = no timer (tests). */
  tickEveryMs?: number;
  /** The wall clock (tests may fix it). */
  wallClock?: () => number;
  /** Write and read snapshots of the engine (default true); false: every start replays every stored event. */
  snapshots?: boolean;
  /** A snapshot every this many ms while running (default 10 minutes; 0 = only on a clean stop). */
  snapshotEveryMs?: number;
  /** A snapshot older than this (wall clock) is refused and every stored event replayed (default 7 days). */
  snapshotMaxAgeMs?: number;
  /** Where notices go (a refused snapshot, a failed snapshot write); default standard error. */
  notice?: (message: string) => void;
  /** Speed above which a fix is implausible evidence, m/s (default 300 km/h; src/monitoring/plausibility.ts). */
  plausibleSpeedMps?: number;
  /**
   * Most events of devices nobody is enrolled with kept in the store (default 100,000). Beyond it such events
   * are refused (not stored) and counted, so an unknown feed cannot fill the disk.
   */
  quarantineCap?: number;
  /**
   * Cluster mode (`PRETRIAL_NATS_URL`): uploads go to the event stream and the cluster's workers evaluate
   * them (src/server/cluster-front.ts); this server runs no engine of its own.
   */
  cluster?: ClusterFront;
}

export const DEFAULT_QUARANTINE_CAP = 100_000;

/** How the engine was brought up from the store at the last start or rebuild. */
export interface RecoveryReport {
  /** From a snapshot and the events after it, or every stored event replayed. */
  mode: 'snapshot' | 'rebuild';
  /** Why a stored snapshot was not used (null: it was, or there was none). */
  refused: string | null;
  /** The last event id the snapshot covered (as text), when one was used. */
  position: string | null;
  /** Stored events read and replayed. */
  replayed: number;
  /** Wall-clock milliseconds from reading the snapshot or the events to the engine ready. */
  ms: number;
  /** Wall-clock milliseconds spent before that reading the enrollments and compiling their rules. */
  compileMs: number;
}

/** The last snapshot this server wrote. */
export interface SnapshotReport {
  position: string;
  takenAt: number;
  devices: number;
  bytes: number;
  /** Milliseconds the engine was held to copy its state, and to write it. */
  copyMs: number;
  writeMs: number;
}

/**
 * What a supervised device's rules are compiled from — the enrollment and the case record, by their
 * versions — as a snapshot records it: a device's snapshot fits only rules compiled from the same. A
 * protected person's phone (no rules of its own) is `followed`.
 */
export const personFingerprint = (record: EnrollmentRecord, caseVersion: number): string =>
  `person ${record.personId}|${record.updatedAt}|case ${caseVersion}`;

/**
 * A snapshot of the engine as the server writes it (`MonitoringService.snapshot`, then
 * `MonitoringRepo.putSnapshot`): every device's state, encoded, with what its rules were compiled from, and
 * what it covers — the last event id evaluated into it (`position`), the processing time reached, the
 * newest device time seen per device.
 */
export function engineSnapshot(
  engine: Engine,
  at: {
    position: bigint;
    takenAt: string;
    libraryKey: string;
    processedTo: number;
    newestAt: ReadonlyMap<string, number>;
    fingerprint: (deviceId: string) => string;
  },
): { meta: SnapshotMeta; devices: SnapshotDevice[] } {
  const devices: SnapshotDevice[] = [];
  for (const s of exportDevices(engine))
    devices.push({
      deviceId: s.deviceId,
      personId: s.personId,
      fingerprint: at.fingerprint(s.deviceId),
      state: encodeDeviceState(s),
    });
  const meta: SnapshotMeta = {
    position: at.position,
    takenAt: at.takenAt,
    version: ENGINE_STATE_VERSION,
    libraryKey: at.libraryKey,
    startAt: engine.startAt,
    processedTo: at.processedTo,
    devices: devices.length,
    newestAt: [...at.newestAt],
  };
  return { meta, devices };
}

/** The longest suspension window that can be approved at once. */
const MAX_SUSPENSION_MS = 30 * 86_400_000;

/** Stored events (in commit order) in runs received at one instant, with the instant. */
function* byReception(events: readonly StoredDeviceEvent[]): Generator<[number, StoredDeviceEvent[]]> {
  let i = 0;
  while (i < events.length) {
    const receivedAt = (events[i] as StoredDeviceEvent).receivedAt;
    let j = i;
    while (j < events.length && (events[j] as StoredDeviceEvent).receivedAt === receivedAt) j++;
    yield [receivedAt, events.slice(i, j)];
    i = j;
  }
}

export class MonitoringService {
  readonly hub = new AlertHub();
  /** Operations metrics (`GET /metrics`). */
  readonly metrics = new MonitoringMetrics({
    snapshotAt: () => this.lastSnapshot?.takenAt ?? this.loadedSnapshotAt,
    wall: () => this.wall(),
    devices: () => this.engine?.deviceIds().length ?? 0,
  });
  /** Approved suspension windows by person, in start order (loaded at start, added to as approved). */
  private suspensions = new Map<string, Suspension[]>();
  /** When the snapshot the engine was last brought up from was taken (epoch ms; null: none). */
  private loadedSnapshotAt: number | null = null;
  private engine!: Engine;
  private state!: IngestState;
  private people = new Map<string, Person>();
  private byDevice = new Map<string, string>();
  /** The agency's shared zones, indexed (null while the library is empty), and what it was built from. */
  private library: ZoneLibrary | null = null;
  private libraryKey = '';
  /** Newest device time seen per device: older events may be beyond the in-memory dedupe horizon. */
  private newestAt = new Map<string, number>();
  private queue: Promise<unknown> = Promise.resolve();
  /** The commits in flight, in order. */
  private chain: Promise<void> = Promise.resolve();
  /** A commit failed: refuse the later ones and rebuild before the next piece of work. */
  private broken = false;
  private timer: NodeJS.Timeout | null = null;
  private snapshotTimer: NodeJS.Timeout | null = null;
  /** A snapshot being written (one at a time). */
  private snapshotting: Promise<SnapshotReport | null> | null = null;
  /**
   * After a start from a snapshot: the newest device time it had seen per device. A re-sent event at or
   * before it that the engine's in-memory de-duplication does not know is looked up in the store.
   */
  private restoredFloor = new Map<string, number>();
  /** How the engine was last brought up from the store. */
  recovery: RecoveryReport | null = null;
  /** The last snapshot written (null: none yet). */
  lastSnapshot: SnapshotReport | null = null;
  private virtualNow: number;
  private readonly wall: () => number;

  constructor(
    readonly repo: MonitoringRepo,
    readonly cases: CaseStore,
    private readonly options: MonitoringServiceOptions = {},
  ) {
    this.wall = options.wallClock ?? Date.now;
    this.virtualNow = options.replayStart ?? this.wall();
  }

  get replayClock(): boolean {
    return this.options.replayClock === true;
  }

  /** The wall clock (officers' actions, the time a report is prepared), whatever clock the engine keeps. */
  wallNow(): number {
    return this.wall();
  }

  /** The engine's processing time. */
  now(): number {
    return this.replayClock ? this.virtualNow : this.wall();
  }

  /** A replay client says when its delivery would have arrived; only the replay clock listens. */
  advanceReplayClock(at: number | undefined): void {
    if (this.replayClock && at !== undefined && at > this.virtualNow) this.virtualNow = at;
  }

  async start(): Promise<void> {
    for (const w of await this.repo.listSuspensions()) this.addSuspension(w);
    if (this.options.cluster) {
      // No engine here: an empty one answers the engine's reads, and alerts come from the store.
      this.engine = createEngine([], { startAt: this.now() });
      this.state = newIngestState(this.engine);
      // The people are known here (for the routes), and evaluated by the workers.
      await this.loadPeople();
      this.options.cluster.start(this.hub, () => this.now(), {
        raised: (changes) => this.raised(changes),
        suspensions: () => this.reloadSuspensions(),
      });
      return;
    }
    await this.serial(() => this.rebuild());
    const every = this.options.tickEveryMs ?? 5_000;
    if (every > 0) {
      this.timer = setInterval(() => {
        this.serial(() => this.tickNow()).catch(() => {});
      }, every);
      this.timer.unref();
    }
    const snapEvery = this.options.snapshotEveryMs ?? 10 * 60_000;
    if (this.snapshotsOn && snapEvery > 0) {
      this.snapshotTimer = setInterval(() => {
        this.snapshot().catch((e: unknown) =>
          this.notice(`monitoring: the snapshot failed: ${(e as Error).message}`),
        );
      }, snapEvery);
      this.snapshotTimer.unref();
    }
  }

  /** Stop: after the work queued, a last snapshot (unless `snapshot: false`), then close the store's writer. */
  async stop(options: { snapshot?: boolean } = {}): Promise<void> {
    if (this.options.cluster) {
      await this.options.cluster.stop();
      await this.repo.close();
      return;
    }
    if (this.timer) clearInterval(this.timer);
    if (this.snapshotTimer) clearInterval(this.snapshotTimer);
    this.timer = null;
    this.snapshotTimer = null;
    await this.queue.catch(() => {});
    await this.chain;
    if (options.snapshot !== false && this.snapshotsOn && this.engine && !this.broken)
      await this.snapshot().catch((e: unknown) =>
        this.notice(`monitoring: the snapshot at shutdown failed: ${(e as Error).message}`),
      );
    else await this.snapshotting?.catch(() => {});
    await this.repo.close();
  }

  private get snapshotsOn(): boolean {
    return this.options.snapshots !== false;
  }

  private notice(message: string): void {
    if (this.options.notice) this.options.notice(message);
    else process.stderr.write(`${message}\n`);
  }

  /** What a device's rules were compiled from (a snapshot of it fits only rules compiled from the same). */
  private fingerprint(deviceId: string): string {
    const personId = this.byDevice.get(deviceId);
    const p = personId ? this.people.get(personId) : undefined;
    return p ? personFingerprint(p.record, p.caseVersion) : 'followed';
  }

  /**
   * Write a snapshot of the engine: every device's state as of the last committed event (the engine is held
   * only to copy it; the copy is written while work goes on). One at a time; resolves to what was written
   * (null when snapshots are off or the engine is being rebuilt).
   */
  snapshot(): Promise<SnapshotReport | null> {
    if (!this.snapshotsOn) return Promise.resolve(null);
    if (this.snapshotting) return this.snapshotting;
    const run = async (): Promise<SnapshotReport | null> => {
      const taken = await this.serial(async () => {
        await this.chain;
        if (this.broken || !this.engine) return null;
        const t0 = performance.now();
        const { meta, devices } = engineSnapshot(this.engine, {
          position: this.state.nextId - 1n,
          takenAt: new Date(this.wall()).toISOString(),
          libraryKey: this.libraryKey,
          processedTo: this.now(),
          newestAt: this.newestAt,
          fingerprint: (deviceId) => this.fingerprint(deviceId),
        });
        return { meta, devices, copyMs: performance.now() - t0 };
      });
      if (!taken) return null;
      const t1 = performance.now();
      await this.repo.putSnapshot(taken.meta, taken.devices);
      const report: SnapshotReport = {
        position: String(taken.meta.position),
        takenAt: Date.parse(taken.meta.takenAt),
        devices: taken.devices.length,
        bytes: taken.devices.reduce((n, d) => n + d.state.byteLength, 0),
        copyMs: taken.copyMs,
        writeMs: performance.now() - t1,
      };
      this.lastSnapshot = report;
      return report;
    };
    const p = run().finally(() => {
      this.snapshotting = null;
    });
    this.snapshotting = p;
    return p;
  }

  /** Run `fn` after everything queued before it (one at a time), on an engine that matches the store. */
  serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = async () => {
      if (this.broken) {
        await this.chain;
        await this.rebuild();
        this.broken = false;
      }
      return fn();
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => {});
    return next;
  }

  /** Commit after every commit before it; refused if one before it failed. */
  private commitInOrder(batch: Parameters<MonitoringRepo['commit']>[0]): Promise<void> {
    const p = this.chain.then(async () => {
      if (this.broken)
        throw new HttpError(
          503,
          'an earlier upload could not be stored; the engine is rebuilt: send this one again',
        );
      try {
        await this.repo.commit(batch);
      } catch (e) {
        this.broken = true;
        throw new HttpError(
          503,
          `the upload could not be stored (${(e as Error).message}); nothing of it was kept: send it again`,
        );
      }
    });
    this.chain = p.catch(() => {});
    return p;
  }

  person(personId: string): Person | undefined {
    return this.people.get(personId);
  }

  allPeople(): Person[] {
    return [...this.people.values()];
  }

  /** The alert triage figures of the alerts detected in [from, to) (epoch ms), from the stored alerts. */
  /** Triage figures over the people `sees` admits (all without it) and their alerts only. */
  async triage(from: number, to: number, sees?: (p: Person) => boolean): Promise<TriageReport> {
    const visible = sees ? this.allPeople().filter(sees) : this.allPeople();
    const ids = new Set(visible.map((p) => p.record.personId));
    const alerts = (await this.repo.allAlerts()).filter((a) => ids.has(a.personId));
    const people: TriagePerson[] = visible.map((p) => ({
      personId: p.record.personId,
      label: p.record.label,
      officer: p.record.enrollment.officer ?? null,
    }));
    return triageReport(alerts, people, from, to);
  }

  private addSuspension(w: Suspension): void {
    const list = this.suspensions.get(w.personId) ?? [];
    list.push(w);
    list.sort((a, b) => (a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : 0));
    this.suspensions.set(w.personId, list);
  }

  /** The approved suspension window the alert was detected in (null: none: the alert is raised). */
  suspensionOf(alert: Alert): Suspension | null {
    const list = this.suspensions.get(alert.personId);
    if (!list) return null;
    const at = alert.detectedAt;
    return list.find((w) => w.startsAt <= at && at < w.endsAt) ?? null;
  }

  /** The alert as the API shows it: with the suspension window it was detected in, if any. */
  view(alert: Alert): Alert & { suspension?: Suspension } {
    const w = this.suspensionOf(alert);
    return w ? { ...alert, suspension: w } : alert;
  }

  /**
   * The engine's changes that are raised (streamed to officers): not those of alerts detected in an approved
   * suspension window, which are recorded (stored, in the queue with their window) but not raised.
   */
  private raised(changes: readonly AlertChange[]): AlertChange[] {
    if (this.suspensions.size === 0) return changes as AlertChange[];
    return changes.filter((c) => this.suspensionOf(c.alert) === null);
  }

  /**
   * Approve a suspension window for a person: time-boxed (at most 30 days), with the reason and who approved
   * it; audited. Alerts detected in it are recorded but not raised.
   */
  async suspend(
    personId: string,
    w: { from: number; to: number; reason: string; approvedBy: string },
    actor: Actor,
  ): Promise<Suspension> {
    const person = this.people.get(personId);
    if (!person) throw new HttpError(404, `no monitored person ${personId}`);
    if (!(w.to > w.from)) throw new HttpError(400, 'a suspension window must end after it starts');
    if (w.to - w.from > MAX_SUSPENSION_MS)
      throw new HttpError(
        400,
        'a suspension window is time-boxed: at most 30 days; approve another after it',
      );
    if (!w.reason.trim()) throw new HttpError(400, 'a suspension window needs a reason');
    if (!w.approvedBy.trim())
      throw new HttpError(400, 'a suspension window needs the name of who approved it');
    const s: Suspension = {
      id: `susp-${randomUUID()}`,
      personId,
      startsAt: new Date(w.from).toISOString(),
      endsAt: new Date(w.to).toISOString(),
      reason: w.reason.trim(),
      approvedBy: w.approvedBy.trim(),
      recordedBy: actor.name,
      recordedAt: new Date(this.wall()).toISOString(),
    };
    await this.repo.putSuspension(s, person.record.caseId, actor);
    this.addSuspension(s);
    await this.options.cluster?.suspensionsChanged();
    return s;
  }

  /** Read the suspension windows again (cluster mode: another server recorded one). */
  private async reloadSuspensions(): Promise<void> {
    const all = await this.repo.listSuspensions();
    this.suspensions = new Map();
    for (const w of all) this.addSuspension(w);
  }

  /** A person's suspension windows, by start. */
  suspensionsOf(personId: string): Suspension[] {
    return [...(this.suspensions.get(personId) ?? [])];
  }

  /** The engine's copy of an alert, else the store's (the engine forgets ended episodes past its horizon). */
  async alert(alertId: string): Promise<Alert | undefined> {
    return engineAlert(this.engine, alertId) ?? (await this.repo.getAlert(alertId));
  }

  // ------------------------------------------------------------------------------------------- rebuild

  /**
   * Read the enrollments and compile each person's rules. A person whose enrollment and case are unchanged
   * since the last rebuild keeps the rules compiled then (compiling is the slow part of an enrollment) — the
   * same `Person` object. Returns whether the zone library changed.
   */
  private async loadPeople(): Promise<boolean> {
    const previous = this.people;
    this.people = new Map();
    this.byDevice = new Map();
    const versions = new Map((await this.cases.listCases()).map((c) => [c.id, c.version]));
    const files = new Map<string, CaseFile | undefined>();
    const records = await this.repo.listEnrollments();
    // Each enrollment validated once; each defendant's conditions in force worked out once.
    const parsed = new Map(records.map((r) => [r.personId, Enrollment.safeParse(r.enrollment)]));
    const timelines = new Map<string, ConditionInForce[]>();
    const libraryChanged = await this.loadLibrary(records, parsed);
    for (const record of records) {
      const version = versions.get(record.caseId);
      if (version === undefined) continue;
      const before = previous.get(record.personId);
      if (
        before &&
        !libraryChanged &&
        before.record.updatedAt === record.updatedAt &&
        before.caseVersion === version
      ) {
        this.people.set(record.personId, before);
        this.byDevice.set(record.deviceId, record.personId);
        continue;
      }
      if (!files.has(record.caseId))
        files.set(record.caseId, (await this.cases.getCase(record.caseId))?.caseFile);
      const caseFile = files.get(record.caseId);
      if (!caseFile) continue;
      const check = parsed.get(record.personId);
      const enrollment = check?.success ? check.data : Enrollment.parse(record.enrollment);
      const key = `${record.caseId}|${version}|${record.defendant}`;
      let timeline = timelines.get(key);
      if (!timeline) {
        timeline = conditionTimeline(caseFile, record.defendant);
        timelines.set(key, timeline);
      }
      const compiled = compileRules(timeline, enrollment, {
        district: caseFile.case.district,
        ...(this.library ? { library: this.library } : {}),
      });
      this.people.set(record.personId, { record, caseFile, caseVersion: version, timeline, compiled });
      this.byDevice.set(record.deviceId, record.personId);
    }
    return libraryChanged;
  }

  /**
   * Read the shared zone library and index it (when it has zones), each box grown by the largest buffer any
   * enrollment's shared-zone rule uses, so one index query finds every zone within a rule's buffer. Returns
   * whether the library changed since the last rebuild (then every person's rules are compiled again).
   */
  private async loadLibrary(
    records: readonly EnrollmentRecord[],
    parsed: ReadonlyMap<string, ReturnType<typeof Enrollment.safeParse>>,
  ): Promise<boolean> {
    const { zones, updatedAt } = await this.repo.listSharedZones();
    let marginM = 0;
    for (const record of records) {
      const e = parsed.get(record.personId) ?? Enrollment.safeParse(record.enrollment);
      if (!e.success) continue;
      for (const s of e.data.sharedZones) marginM = Math.max(marginM, sharedZoneBufferM(e.data, s));
    }
    const key = zones.length === 0 ? '' : `${updatedAt}|${zones.length}|${marginM}`;
    if (key === this.libraryKey) return false;
    this.libraryKey = key;
    this.library = zones.length === 0 ? null : buildZoneLibrary(zones, marginM);
    return true;
  }

  /**
   * Rebuild the engine from the store: compile, then take the stored snapshot and replay the events after it
   * — or, without a snapshot that fits, replay every stored event — and lay the stored alerts over it.
   */
  private async rebuild(): Promise<void> {
    await this.chain;
    const tp = performance.now();
    await this.loadPeople();
    const compileMs = performance.now() - tp;
    const t0 = performance.now();
    let refused: string | null = null;
    if (this.snapshotsOn) {
      try {
        const restored = await this.restore();
        if (restored !== null && typeof restored === 'object') {
          this.recovery = { ...restored, ms: performance.now() - t0, compileMs };
          this.noteRecovery(this.recovery);
          return;
        }
        refused = restored;
      } catch (e) {
        refused = `it could not be read (${(e as Error).message})`;
      }
      if (refused)
        this.notice(`monitoring: the stored snapshot was refused: ${refused}; replaying every stored event`);
    }
    const replayed = await this.rebuildEngine();
    this.recovery = {
      mode: 'rebuild',
      refused,
      position: null,
      replayed,
      ms: performance.now() - t0,
      compileMs,
    };
    this.noteRecovery(this.recovery);
  }

  private noteRecovery(r: RecoveryReport): void {
    this.metrics.recoverySeconds.reset();
    this.metrics.recoverySeconds.set({ mode: r.mode }, r.ms / 1000);
    this.metrics.recoveryReplayed.set(r.replayed);
  }

  /**
   * Bring the engine up from the stored snapshot and the events stored after it. Resolves to the report, to
   * why the snapshot does not fit (the caller replays everything), or to null when there is none.
   */
  private async restore(): Promise<Omit<RecoveryReport, 'ms' | 'compileMs'> | string | null> {
    const meta = await this.repo.snapshotMeta();
    if (!meta) return null;
    if (meta.version !== ENGINE_STATE_VERSION)
      return `it holds engine state version ${meta.version}, and this server's engine keeps version ${ENGINE_STATE_VERSION}`;
    const maxAge = this.options.snapshotMaxAgeMs ?? 7 * 86_400_000;
    const age = this.wall() - Date.parse(meta.takenAt);
    if (!(age <= maxAge))
      return `it was taken at ${meta.takenAt}, ${Math.round(age / 3_600_000)} hours ago, beyond the ${Math.round(maxAge / 3_600_000)} hours snapshots are kept for`;
    if (meta.libraryKey !== this.libraryKey) return 'the shared zone library changed since it was taken';
    const maxId = await this.repo.maxEventId();
    if (meta.position > maxId)
      return `it covers events up to id ${meta.position}, and the store's last event is ${maxId}`;
    // Events removed from the store (retention) past the snapshot: the events after it are not all there.
    const minId = await this.repo.minEventId();
    if (minId > meta.position + 1n)
      return `it covers events up to id ${meta.position}, and the store no longer has the events after it (its first event is ${minId})`;
    const devices = [...this.people.values()].map((p) => p.compiled.device);
    const engine = createEngine(devices, {
      startAt: meta.startAt,
      ...(this.library ? { library: this.library } : {}),
    });
    const states: DeviceState[] = [];
    const seen = new Set<string>();
    for await (const page of this.repo.snapshotDevices())
      for (const d of page) {
        const fp = this.fingerprint(d.deviceId);
        if (!engine.knowsDevice(d.deviceId))
          return `it has device ${d.deviceId} (${d.personId}), which no enrollment now follows`;
        if (fp !== d.fingerprint)
          return `the rules of device ${d.deviceId} (${d.personId}) changed since it was taken (enrollment or case)`;
        seen.add(d.deviceId);
        states.push(decodeDeviceState(d.state));
      }
    for (const id of engine.deviceIds())
      if (!seen.has(id)) return `it has no state for device ${id}, enrolled since it was taken`;
    importDevices(engine, states);

    this.engine = engine;
    this.state = newIngestState(engine, maxId + 1n, undefined, this.plausibility());
    this.newestAt = new Map(meta.newestAt);
    this.restoredFloor = new Map(meta.newestAt);
    if (this.replayClock && meta.processedTo > this.virtualNow) this.virtualNow = meta.processedTo;
    // The events after the snapshot, with the ticks a full replay would make after it.
    const stored = await this.repo.allAlerts();
    const ticks = [...new Set(stored.map((a) => Date.parse(a.detectedAt)))]
      .filter((t) => t > meta.processedTo)
      .sort((a, b) => a - b);
    let t = 0;
    let replayed = 0;
    for await (const page of this.repo.eventsInOrder(20_000, undefined, meta.position)) {
      replayed += page.length;
      if (this.replayClock) {
        const last = page[page.length - 1] as StoredDeviceEvent;
        if (last.receivedAt > this.virtualNow) this.virtualNow = last.receivedAt;
      }
      for (const [receivedAt, group] of byReception(page)) {
        while (t < ticks.length && (ticks[t] as number) < receivedAt) tick(this.engine, ticks[t++] as number);
        const toEvaluate: StoredDeviceEvent[] = [];
        for (const e of group) if (this.replayed(e, receivedAt)) toEvaluate.push(e);
        evaluateAll(this.engine, toEvaluate);
        tick(this.engine, receivedAt);
      }
    }
    while (t < ticks.length && (ticks[t] as number) <= this.now()) tick(this.engine, ticks[t++] as number);
    await this.overlayStored(stored, () => true);
    this.loadedSnapshotAt = Date.parse(meta.takenAt);
    return { mode: 'snapshot', refused: null, position: String(meta.position), replayed };
  }

  /**
   * After an enrollment or a case changed: the people whose enrollment or case changed are compiled again,
   * and only their devices are replaced in the engine (`replaceDevices`), given their own stored events and
   * the fixes of the protected persons' phones they follow, with the ticks a full rebuild would give them
   * (at every instant a batch was received, and every instant an alert was detected). Every other device
   * keeps its state as it is. A changed zone library (every person's rules), or anything going wrong,
   * rebuilds everything.
   */
  private async refresh(): Promise<{ replaced: number; events: number } | null> {
    await this.chain;
    if (!this.engine) {
      await this.rebuild();
      return null;
    }
    const before = this.people;
    const libraryChanged = await this.loadPeople();
    if (libraryChanged) {
      await this.rebuildEngine();
      return null;
    }
    const changed: Person[] = [];
    const remove: string[] = [];
    for (const [id, p] of this.people) {
      const b = before.get(id);
      if (b === p) continue;
      changed.push(p);
      if (b && b.record.deviceId !== p.record.deviceId) remove.push(b.record.deviceId);
    }
    for (const [id, b] of before) if (!this.people.has(id)) remove.push(b.record.deviceId);
    if (changed.length === 0 && remove.length === 0) return { replaced: 0, events: 0 };
    try {
      return await this.replacePeople(changed, remove);
    } catch {
      // The engine may be half changed: build it again from the store (which reports what is wrong).
      await this.rebuildEngine();
      return null;
    }
  }

  private async replacePeople(
    changed: readonly Person[],
    remove: readonly string[],
  ): Promise<{ replaced: number; events: number }> {
    const added = replaceDevices(
      this.engine,
      changed.map((p) => p.compiled.device),
      remove,
    );
    // The phones the new devices follow that the engine already knew: their fixes are told to the new
    // followers only.
    const phones = new Set<string>();
    for (const p of changed)
      for (const r of p.compiled.device.rules)
        if (r.kind === 'mobileExclusion' && !added.has(r.protectedDeviceId)) phones.add(r.protectedDeviceId);
    const stored = await this.repo.allAlerts();
    const instants = [
      ...new Set([...(await this.repo.receivedInstants()), ...stored.map((a) => Date.parse(a.detectedAt))]),
    ].sort((a, b) => a - b);
    const events: StoredDeviceEvent[] = [];
    for await (const page of this.repo.eventsInOrder(20_000, [...added, ...phones])) events.push(...page);
    // Their fixes are checked for plausibility afresh, in the order received, as at start.
    for (const d of added) this.state.plausibility.anchors.delete(d);
    const phoneFixes = newPlausibilityState(this.state.plausibility.maxSpeedMps);
    let t = 0;
    const tickTo = (limit: number, inclusive: boolean) => {
      while (t < instants.length && ((instants[t] as number) < limit || (inclusive && instants[t] === limit)))
        tick(this.engine, instants[t++] as number, added);
    };
    for (const [receivedAt, group] of byReception(events)) {
      tickTo(receivedAt, false);
      // The phones' fixes are told to the new followers; the new devices' own events as at start.
      const toEvaluate = group.filter((e) =>
        added.has(e.device)
          ? this.replayed(e, receivedAt)
          : !(e.kind === 'fix' && checkFix(phoneFixes, e.device, e)),
      );
      replayAdded(this.engine, toEvaluate, added);
      tickTo(receivedAt, true);
    }
    tickTo(this.now(), true);
    await this.overlayStored(stored, (a) => added.has(a.deviceId));
    return { replaced: added.size, events: events.length };
  }

  /**
   * Rebuild the engine from the people compiled: replay every stored event, lay the stored alerts over it.
   * Resolves to the number of events replayed.
   */
  private async rebuildEngine(): Promise<number> {
    const stored = await this.repo.allAlerts();
    let firstReceived = Number.POSITIVE_INFINITY;
    let lastReceived = Number.NEGATIVE_INFINITY;
    const pages: StoredDeviceEvent[][] = [];
    for await (const page of this.repo.eventsInOrder()) {
      pages.push(page);
      for (const e of page) {
        if (e.receivedAt < firstReceived) firstReceived = e.receivedAt;
        if (e.receivedAt > lastReceived) lastReceived = e.receivedAt;
      }
    }
    if (this.replayClock && lastReceived > this.virtualNow) this.virtualNow = lastReceived;
    const startAt = Number.isFinite(firstReceived) ? firstReceived : this.now();
    const devices = [...this.people.values()].map((p) => p.compiled.device);
    this.engine = createEngine(devices, { startAt, ...(this.library ? { library: this.library } : {}) });
    this.state = newIngestState(this.engine, 1n, undefined, this.plausibility());
    this.newestAt = new Map();
    this.restoredFloor = new Map();
    // Ticks where the live engine raised alerts between batches (silence, late returns without a fix).
    const ticks = [...new Set(stored.map((a) => Date.parse(a.detectedAt)))].sort((a, b) => a - b);
    let t = 0;
    let maxId = 0n;
    for (const page of pages)
      for (const [receivedAt, group] of byReception(page)) {
        while (t < ticks.length && (ticks[t] as number) < receivedAt) tick(this.engine, ticks[t++] as number);
        const toEvaluate: StoredDeviceEvent[] = [];
        for (const e of group) {
          if (e.id > maxId) maxId = e.id;
          if (this.replayed(e, receivedAt)) toEvaluate.push(e);
        }
        evaluateAll(this.engine, toEvaluate);
        tick(this.engine, receivedAt);
      }
    while (t < ticks.length && (ticks[t] as number) <= this.now()) tick(this.engine, ticks[t++] as number);
    this.state.nextId = maxId + 1n;
    await this.overlayStored(stored, () => true);
    let replayed = 0;
    for (const page of pages) replayed += page.length;
    return replayed;
  }

  /**
   * The stored alerts (with the officers' actions) laid over the engine's copies; alerts the engine found
   * that the store lacks (e.g. after a re-enrollment) are stored and announced. `mine` picks the engine's
   * alerts concerned.
   */
  private async overlayStored(stored: readonly Alert[], mine: (a: Alert) => boolean): Promise<void> {
    const storedIds = new Set<string>();
    for (const a of stored) {
      storedIds.add(a.alertId);
      layStoredAlert(this.engine, a);
    }
    const found = engineAlerts(this.engine).filter((a) => mine(a) && !storedIds.has(a.alertId));
    if (found.length > 0) {
      await this.repo.upsertAlerts(found);
      this.hub.publish(found.map((alert) => ({ change: 'opened', alert })));
    }
  }

  /**
   * A stored event replayed: remembered for de-duplication; one whose device clock ran too far ahead of its
   * reception was kept out of evaluation, and only counts as the device calling in. Whether to evaluate it.
   */
  private replayed(e: StoredDeviceEvent, receivedAt: number): boolean {
    this.remember(e);
    if (setAside(this.state, e, receivedAt) === null) return true;
    noteReceipt(this.engine, e.device, receivedAt);
    return false;
  }

  private remember(e: StoredDeviceEvent): void {
    let seen = this.state.seen.get(e.device);
    if (!seen) {
      seen = new Map();
      this.state.seen.set(e.device, seen);
    }
    seen.set(eventKey(e), e.at);
    const newest = this.newestAt.get(e.device);
    if (newest === undefined || e.at > newest) this.newestAt.set(e.device, e.at);
  }

  /** The agency's shared zones as indexed for the engine (null while the library is empty). */
  get zoneLibrary(): ZoneLibrary | null {
    return this.library;
  }

  /**
   * Re-read enrollments and bring the engine up to date (after an enrollment or a case changes): only the
   * people concerned are replaced (see `refresh`). Resolves to how many devices were replaced and how many
   * stored events were read for them, or null when everything was rebuilt.
   */
  reload(): Promise<{ replaced: number; events: number } | null> {
    const cluster = this.options.cluster;
    if (cluster)
      // No engine here: the workers compile the people again and rebuild the partitions concerned.
      return this.serial(async () => {
        await this.loadPeople();
        await cluster.peopleChanged();
        return null;
      });
    return this.serial(async () => {
      // A device enrolled now leaves the quarantine: counted again at the next batch.
      this.quarantineHeld = null;
      return this.refresh();
    });
  }

  private plausibility() {
    return newPlausibilityState(this.options.plausibleSpeedMps);
  }

  /** Stored events of devices the engine does not know (null: to be counted at the next batch). */
  private quarantineHeld: number | null = null;

  /** How many stored events belong to devices nobody is enrolled with. */
  private async countQuarantined(): Promise<number> {
    await this.chain;
    let n = 0;
    for (const [device, count] of await this.repo.eventCountsByDevice())
      if (!knowsDevice(this.engine, device)) n += count;
    return n;
  }

  /** The quarantine's state for the operating figures. */
  get quarantine(): { held: number | null; cap: number } {
    return { held: this.quarantineHeld, cap: this.options.quarantineCap ?? DEFAULT_QUARANTINE_CAP };
  }

  // -------------------------------------------------------------------------------------------- ingest

  /**
   * Evaluate and commit a validated batch, in order after every batch before it. Resolves once the events
   * and the alert changes are durable.
   */
  async ingest(batch: readonly RawEvent[], replayTime?: number): Promise<IngestOutcome> {
    if (this.options.cluster) {
      this.advanceReplayClock(replayTime);
      return this.options.cluster.ingest(batch, this.now());
    }
    const arrived = performance.now();
    const { outcome, committed } = await this.serial(async () => {
      this.advanceReplayClock(replayTime);
      const receivedAt = this.now();
      const horizon = this.engine.options.replayHorizonMs;
      // Events older than what the in-memory dedupe covers: ask the store.
      const old = batch.filter((r) => {
        const newest = this.newestAt.get(r.event.device);
        if (newest !== undefined && r.event.at < newest - horizon) return true;
        // After a start from a snapshot, the in-memory de-duplication knows only the events since.
        const floor = this.restoredFloor.get(r.event.device);
        return (
          floor !== undefined &&
          r.event.at <= floor &&
          this.state.seen.get(r.event.device)?.has(eventKey(r.event)) !== true
        );
      });
      let storedAlready = new Set<string>();
      if (old.length > 0) {
        await this.chain;
        storedAlready = await this.repo.existingKeys(old.map((r) => r.event));
      }
      const raws = new Map<string, string>();
      const events = [];
      let duplicates = 0;
      // Events of devices nobody is enrolled with are kept (quarantined, not evaluated) up to the cap.
      const cap = this.options.quarantineCap ?? DEFAULT_QUARANTINE_CAP;
      let refused = 0;
      if (batch.some((r) => !knowsDevice(this.engine, r.event.device)))
        this.quarantineHeld ??= await this.countQuarantined();
      let room = cap - (this.quarantineHeld ?? 0);
      for (const r of batch) {
        const key = eventKey(r.event);
        if (storedAlready.has(key)) {
          duplicates++;
          continue;
        }
        if (!knowsDevice(this.engine, r.event.device)) {
          if (room <= 0) {
            refused++;
            continue;
          }
          room--;
        }
        if (!raws.has(key)) raws.set(key, r.raw);
        events.push(r.event);
      }
      const result = ingestBatch(this.state, events, receivedAt);
      if (!result.ok) throw new HttpError(400, 'invalid batch', []);
      for (const e of result.accepted) {
        const newest = this.newestAt.get(e.device);
        if (newest === undefined || e.at > newest) this.newestAt.set(e.device, e.at);
      }
      if (this.quarantineHeld !== null)
        for (const q of result.quarantined) if (q.reason === 'unknownDevice') this.quarantineHeld++;
      const changes = result.changes;
      this.metrics.evaluationLag.observe((performance.now() - arrived) / 1000);
      const committed = this.commitInOrder({
        events: result.accepted.map((event) => ({ event, raw: raws.get(eventKey(event)) as string })),
        alerts: changes.map((c) => c.alert),
      }).then(() => this.hub.publish(this.raised(changes)));
      // The caller waits for the commit; an unobserved failure is not an unhandled rejection. Nothing of a
      // failed batch is stored: the quarantine is counted again.
      committed.catch(() => {
        this.quarantineHeld = null;
      });
      return {
        committed,
        outcome: {
          accepted: result.accepted.length,
          duplicates: result.duplicates + duplicates,
          quarantined: result.quarantined.length,
          refused,
          alertChanges: changes.length,
          opened: changes.reduce((n, c) => n + (c.change === 'opened' ? 1 : 0), 0),
          receivedAt,
        },
      };
    });
    await committed;
    const m = this.metrics;
    m.batches.inc();
    m.events.inc({ outcome: 'accepted' }, outcome.accepted - outcome.quarantined);
    if (outcome.quarantined > 0) m.events.inc({ outcome: 'quarantined' }, outcome.quarantined);
    if (outcome.duplicates > 0) m.events.inc({ outcome: 'duplicate' }, outcome.duplicates);
    if (outcome.refused > 0) m.events.inc({ outcome: 'refused' }, outcome.refused);
    for (let i = 0; i < outcome.opened; i++) m.alertLatency.observe((performance.now() - arrived) / 1000);
    return outcome;
  }

  private async tickNow(): Promise<AlertChange[]> {
    const changes = tick(this.engine, this.now());
    if (changes.length === 0) return changes;
    await this.commitInOrder({ events: [], alerts: changes.map((c) => c.alert) });
    this.hub.publish(this.raised(changes));
    return changes;
  }

  // --------------------------------------------------------------------------------------- officer acts

  /** An officer's lifecycle action: 404 for an unknown alert, 409 for a lifecycle error; audited. */
  act(
    alertId: string,
    action: OfficerActionName,
    body: {
      note?: string | undefined;
      disposition?: string | undefined;
      cause?: AlertCauseCode | undefined;
      causeNote?: string | undefined;
    },
    actor: Actor,
    replayTime?: number,
  ): Promise<Alert> {
    return this.serial(async () => {
      // The alert's row must not be overwritten by a batch evaluated before this action: let them land first.
      await this.chain;
      if (this.broken) {
        await this.rebuild();
        this.broken = false;
      }
      this.advanceReplayClock(replayTime);
      const inEngine = engineAlert(this.engine, alertId);
      const before = inEngine ?? (await this.repo.getAlert(alertId));
      if (!before) throw new HttpError(404, `no alert ${alertId}`);
      const cause: AlertCause | undefined =
        body.cause === undefined
          ? undefined
          : { code: body.cause, ...(body.causeNote !== undefined ? { note: body.causeNote } : {}) };
      // The officer acted now, on the wall clock; a replay's clock is kept beside it for response times.
      const by = {
        by: actor.name,
        at: this.wall(),
        ...(this.replayClock ? { clockAt: this.now() } : {}),
        ...(body.note !== undefined ? { note: body.note } : {}),
      };
      let after: Alert;
      try {
        after =
          action === 'acknowledge'
            ? acknowledgeAlert(before, by)
            : action === 'escalate'
              ? escalateAlert(before, by)
              : action === 'resolve'
                ? resolveAlert(before, {
                    ...by,
                    ...(body.disposition !== undefined ? { disposition: body.disposition } : {}),
                    ...(cause ? { cause } : {}),
                  })
                : action === 'dismiss'
                  ? dismissAlert(before, { ...by, ...(cause ? { cause } : {}) })
                  : noteAlert(before, by);
      } catch (e) {
        if (e instanceof LifecycleError) throw new HttpError(409, e.message);
        throw e;
      }
      // After the lifecycle's own checks (a state that allows no resolution is said first).
      if ((action === 'resolve' || action === 'dismiss') && cause === undefined)
        throw new HttpError(
          400,
          `${action === 'resolve' ? 'resolving' : 'dismissing'} an alert needs a cause: one of ${ALERT_CAUSES.join(', ')} (other with a causeNote)`,
        );
      const caseId = this.people.get(before.personId)?.record.caseId ?? null;
      await this.repo.officerUpdate(before, after, action, actor, caseId);
      if (inEngine) applyOfficerAction(this.engine, alertId, () => after);
      // Cluster mode: the partition's worker merges the action into its engine (src/server/cluster/merge.ts).
      await this.options.cluster?.officerActed(after);
      this.hub.publish([{ change: 'officer', alert: after }]);
      return after;
    });
  }
}
