/**
 * The rule state machines, one per rule kind. Each takes the rule, its state (plain data, cloned at
 * checkpoints for re-evaluation) and one observation in device-time order, updates the state and describes
 * the episodes it sees through `ctx.report`. No clock, no I/O: processing time comes in as `ctx.now`.
 */
import { memoSummary } from './accelerated/memo.ts';
import type { AlertKind, Confidence, FixSummary } from './alerts.ts';
import type { Alarm, Fix } from './device-events.ts';
import type { Tolerances } from './enrollment.ts';
import {
  addToTrail,
  type EpisodeReport,
  type EvidenceTrail,
  evidenceFrom,
  iso,
  newTrail,
} from './episodes.ts';
import { type BBox, expandBBox, haversineM, inBBox, M_PER_DEG_LAT } from './geo.ts';
import {
  type DeviceHealthRule,
  type ExclusionRule,
  findInterval,
  type InclusionRule,
  type Interval,
  type MobileExclusionRule,
  nextIntervalAfter,
} from './rules.ts';
import { candidateZones, type ZoneLibrary } from './spatial-index.ts';
import { type CompiledZone, contains, segmentCrossesZone, signedDistanceM } from './zones.ts';

/** A fix as the machines keep it: a stored fix itself, or a copy with its distance to a boundary. */
export interface FixRef {
  id: bigint;
  at: number;
  lat: number;
  lon: number;
  accuracyM: number;
  source: string;
  distanceM?: number;
}

export function fixRef(f: Fix & { id: bigint }, distanceM?: number): FixRef {
  // Built by assignment, not spread: every fix reference then has the same hidden class.
  const r: FixRef = { id: f.id, at: f.at, lat: f.lat, lon: f.lon, accuracyM: f.accuracyM, source: f.source };
  if (distanceM !== undefined) r.distanceM = Math.round(distanceM * 10) / 10;
  return r;
}

/** The fix reference with its distance to a zone's boundary (rounded to 0.1 m). */
const withDistance = (f: FixRef, d: number): FixRef => ({
  id: f.id,
  at: f.at,
  lat: f.lat,
  lon: f.lon,
  accuracyM: f.accuracyM,
  source: f.source,
  distanceM: Math.round(d * 10) / 10,
});

/** A fix as alerts quote it (shared between alerts: a summary is never changed once made). */
export function summary(f: FixRef | null | undefined): FixSummary | null {
  return f ? memoSummary(f, makeSummary) : null;
}

function makeSummary(f: FixRef): FixSummary {
  const s: FixSummary = {
    id: String(f.id),
    at: iso(f.at),
    lat: f.lat,
    lon: f.lon,
    accuracyM: f.accuracyM,
    source: f.source,
  };
  if (f.distanceM !== undefined) s.distanceM = f.distanceM;
  return s;
}

export interface MachineContext {
  now: number;
  tolerances: Tolerances;
  callInMs: number;
  library: ZoneLibrary;
  report(r: EpisodeReport): void;
}

const minutes = (ms: number) => Math.round(ms / 6000) / 10;

// What every report of one episode, zone or rule shares, made once and kept beside it (compiled rules and
// zones are plain data): the episode's key (its rule, zone, kind and start never change), the zone's
// reference, the rule's tolerances. Reports and alerts are values, never changed once made, so they may
// share these; an open episode reports on every fix, and building them again each time was most of its cost.
const episodeKeys = new WeakMap<object, string>();
const zoneRefs = new WeakMap<object, { id: string; label: string }>();
const ruleTolerances = new WeakMap<object, Record<string, number>>();

/**
 * The value kept for `key` in `cache`, made by `make` the first time (`make` is a module-level function,
 * not a closure made on every call).
 */
function once<K extends object, V>(cache: WeakMap<object, V>, key: K, make: (key: K) => V): V {
  let v = cache.get(key);
  if (v === undefined) {
    v = make(key);
    cache.set(key, v);
  }
  return v;
}

function keyOf(ep: object, ruleId: string, zoneId: string | null, kind: string, since: number): string {
  let key = episodeKeys.get(ep);
  if (key === undefined) {
    key = zoneId === null ? `${ruleId}|${kind}|${since}` : `${ruleId}|${zoneId}|${kind}|${since}`;
    episodeKeys.set(ep, key);
  }
  return key;
}

const zoneRef = (zone: CompiledZone) => ({ id: zone.id, label: zone.label });
const mobileZoneRef = (rule: MobileExclusionRule) => ({
  id: `mobile:${rule.protectedPersonId}`,
  label: `Around ${rule.protectedLabel}`,
});

function inclusionTolerances(rule: InclusionRule): Record<string, number> {
  const t: Record<string, number> = { graceMin: rule.graceMs / 60_000 };
  if (rule.marginM) t.marginM = rule.marginM;
  return t;
}

const exclusionTolerances = (rule: ExclusionRule): Record<string, number> => ({
  minPointsInside: rule.minPointsInside,
  bufferM: rule.bufferM,
});

const mobileTolerances = (rule: MobileExclusionRule): Record<string, number> => ({
  radiusM: rule.radiusM,
  bufferM: rule.bufferM,
  exitRadiusM: Math.round(rule.radiusM * (1 + rule.hysteresis)),
  maxFixAgeS: rule.maxFixAgeMs / 1000,
});

// ---------------------------------------------------------------------------------------------------------
// Inclusion: home detention, home incarceration, curfew, permitted area.

export interface InclusionEpisode {
  since: number;
  kind: AlertKind;
  /** For a late return or a curfew start: the instant presence became required again. */
  windowEnd: number | null;
  absenceId: string | null;
  first: FixRef | null;
  latest: FixRef | null;
  trail: EvidenceTrail;
  gpsCertain: number;
  opened: boolean;
  openedBy: 'fix' | 'tick' | null;
}

export interface InclusionState {
  kind: 'inclusion';
  last: { at: number; inside: boolean; certainOutside: boolean; fix: FixRef | null } | null;
  ep: InclusionEpisode | null;
}

export const newInclusionState = (): InclusionState => ({ kind: 'inclusion', last: null, ep: null });

function leftKind(rule: InclusionRule): AlertKind {
  if (rule.purpose === 'curfew') return 'curfewLeft';
  if (rule.purpose === 'travel') return 'leftPermittedArea';
  return 'unapprovedAbsence';
}

function returnKind(rule: InclusionRule): AlertKind {
  if (rule.purpose === 'curfew') return 'curfewNotHome';
  if (rule.purpose === 'travel') return 'leftPermittedArea';
  return 'lateReturn';
}

function inclusionReport(
  rule: InclusionRule,
  ep: InclusionEpisode,
  end: number | null,
  clearing: FixRef | null,
  endNote?: string,
): EpisodeReport {
  const facts: Record<string, string | number> = {};
  if (ep.windowEnd !== null) facts.requiredFrom = iso(ep.windowEnd);
  if (ep.absenceId) facts.absence = ep.absenceId;
  if (end !== null) {
    facts.awayMin = minutes(end - ep.since);
    if (ep.kind === 'lateReturn' || ep.kind === 'curfewNotHome') facts.lateByMin = minutes(end - ep.since);
  }
  const confidence: Confidence =
    ep.openedBy === 'tick' && ep.gpsCertain === 0 ? 'medium' : ep.gpsCertain >= 2 ? 'high' : 'medium';
  const notes: string[] = [];
  if (ep.openedBy === 'tick')
    notes.push(
      `raised on the last known position: no fix after ${ep.latest ? iso(ep.latest.at) : 'the schedule began'}`,
    );
  const zone = rule.zones[0];
  const r: EpisodeReport = {
    key: keyOf(ep, rule.ruleId, null, ep.kind, ep.since),
    rule,
    ruleKind: `inclusion:${rule.purpose}`,
    alertKind: ep.kind,
    zone: zone ? once(zoneRefs, zone, zoneRef) : null,
    since: ep.since,
    due: ep.since + rule.graceMs,
    end,
    evidence: evidenceFrom(
      ep.trail,
      [summary(ep.first), summary(ep.latest), summary(clearing)],
      once(ruleTolerances, rule, inclusionTolerances),
      facts,
      notes,
    ),
    confidence,
  };
  if (endNote) r.endNote = endNote;
  return r;
}

/** Where a location observation falls for an inclusion rule. */
export function inclusionStatus(
  rule: InclusionRule,
  at: number,
  lat: number,
  lon: number,
  accuracyM: number,
): { inside: boolean; certainOutside: boolean; distanceM?: number } {
  const out: LocationObs = { inside: false, certainOutside: false, distanceM: 0 };
  inclusionStatusInto(rule, at, lat, lon, accuracyM, out);
  return out.inside
    ? { inside: true, certainOutside: false }
    : { inside: false, certainOutside: out.certainOutside, distanceM: out.distanceM };
}

/** A location observation for an inclusion rule (`distanceM` only meaningful when outside). */
export interface LocationObs {
  inside: boolean;
  certainOutside: boolean;
  distanceM: number;
}

function inAbsence(rule: InclusionRule, category: string, at: number): boolean {
  const list = rule.absences;
  for (let i = 0; i < list.length; i++) {
    const a = list[i] as InclusionRule['absences'][number];
    if (a.category === category && at >= a.start && at < a.end) return true;
  }
  return false;
}

/** `inclusionStatus` written into `out` (no allocation). */
export function inclusionStatusInto(
  rule: InclusionRule,
  at: number,
  lat: number,
  lon: number,
  accuracyM: number,
  out: LocationObs,
): void {
  const zones = rule.zones;
  for (let i = 0; i < zones.length; i++)
    if (contains(zones[i] as CompiledZone, lat, lon)) {
      out.inside = true;
      out.certainOutside = false;
      return;
    }
  const cond = rule.conditionalZones;
  for (let i = 0; i < cond.length; i++) {
    const cz = cond[i] as InclusionRule['conditionalZones'][number];
    if (contains(cz.zone, lat, lon) && inAbsence(rule, cz.category, at)) {
      out.inside = true;
      out.certainOutside = false;
      return;
    }
  }
  let d = Number.POSITIVE_INFINITY;
  for (let i = 0; i < zones.length; i++) d = Math.min(d, signedDistanceM(zones[i] as CompiledZone, lat, lon));
  out.inside = false;
  out.certainOutside = d > accuracyM + rule.marginM;
  out.distanceM = d;
}

function closeInclusion(
  rule: InclusionRule,
  st: InclusionState,
  end: number,
  clearing: FixRef | null,
  note: string,
  ctx: MachineContext,
) {
  const ep = st.ep;
  if (!ep) return;
  if (ep.opened) ctx.report(inclusionReport(rule, ep, end, clearing, note));
  st.ep = null;
}

/** Close an episode whose required interval has ended by `t`. */
function endBySchedule(rule: InclusionRule, st: InclusionState, t: number, ctx: MachineContext) {
  const ep = st.ep;
  if (!ep) return;
  const i = findInterval(rule.required, ep.since);
  const iv = i >= 0 ? (rule.required[i] as Interval) : null;
  if (iv && iv.end <= t)
    closeInclusion(rule, st, iv.end, null, 'presence no longer required by the schedule', ctx);
}

export function inclusionOnLocation(
  rule: InclusionRule,
  st: InclusionState,
  at: number,
  obs: { inside: boolean; certainOutside: boolean },
  fix: FixRef | null,
  ctx: MachineContext,
): void {
  endBySchedule(rule, st, at, ctx);
  const reqIdx = findInterval(rule.required, at);
  const prev = st.last;
  // The previous observation, read before the record is overwritten in place (a state's `last` is its own:
  // checkpoints hold copies).
  const prevOutAt = prev !== null && !prev.inside ? prev.at : Number.POSITIVE_INFINITY;
  if (prev === null) st.last = { at, inside: obs.inside, certainOutside: obs.certainOutside, fix };
  else {
    prev.at = at;
    prev.inside = obs.inside;
    prev.certainOutside = obs.certainOutside;
    prev.fix = fix;
  }
  if (reqIdx < 0) return;
  const req = rule.required[reqIdx] as Interval;
  if (obs.inside) {
    if (st.ep) closeInclusion(rule, st, at, fix, 'back inside the zone', ctx);
    return;
  }
  if (!obs.certainOutside) return; // the accuracy circle straddles the boundary: no transition on its own
  let ep = st.ep;
  if (!ep) {
    const wasOutBeforeRequired = prevOutAt < req.start;
    const absence = wasOutBeforeRequired ? rule.absences.find((a) => a.end === req.start) : undefined;
    ep = {
      since: wasOutBeforeRequired ? req.start : at,
      kind: wasOutBeforeRequired ? returnKind(rule) : leftKind(rule),
      windowEnd: wasOutBeforeRequired ? req.start : null,
      absenceId: absence?.id ?? null,
      first: fix,
      latest: fix,
      trail: newTrail(),
      gpsCertain: 0,
      opened: false,
      openedBy: null,
    };
    st.ep = ep;
  }
  ep.latest = fix;
  if (fix) {
    addToTrail(ep.trail, fix.id);
    if (fix.source === 'gps') ep.gpsCertain++;
  }
  if (!ep.opened && at >= ep.since + rule.graceMs) {
    ep.opened = true;
    ep.openedBy = 'fix';
    ctx.report(inclusionReport(rule, ep, null, null));
  } else if (ep.opened) ctx.report(inclusionReport(rule, ep, null, null));
}

/**
 * Processing-time check: presence was required at `since + grace`, the last thing known is "outside", and
 * the device has had its reporting interval to send fixes that would settle it: raise on the last known
 * position (medium confidence).
 */
export function inclusionOnTick(rule: InclusionRule, st: InclusionState, ctx: MachineContext): void {
  const now = ctx.now;
  if (st.ep) {
    const i = findInterval(rule.required, st.ep.since);
    const iv = i >= 0 ? (rule.required[i] as Interval) : null;
    if (iv && iv.end <= now) {
      endBySchedule(rule, st, now, ctx);
      return;
    }
    if (!st.ep.opened && now >= st.ep.since + rule.graceMs + ctx.callInMs) {
      st.ep.opened = true;
      st.ep.openedBy = 'tick';
      ctx.report(inclusionReport(rule, st.ep, null, null));
    }
    return;
  }
  const last = st.last;
  if (!last || last.inside || !last.certainOutside) return;
  const n = nextIntervalAfter(rule.required, last.at);
  if (n < 0) return;
  const req = rule.required[n] as Interval;
  if (now < req.start + rule.graceMs + ctx.callInMs || req.end <= now) return;
  const absence = rule.absences.find((a) => a.end === req.start);
  st.ep = {
    since: req.start,
    kind: returnKind(rule),
    windowEnd: req.start,
    absenceId: absence?.id ?? null,
    first: last.fix,
    latest: last.fix,
    trail: newTrail(),
    gpsCertain: 0,
    opened: true,
    openedBy: 'tick',
  };
  if (last.fix) addToTrail(st.ep.trail, last.fix.id);
  ctx.report(inclusionReport(rule, st.ep, null, null));
}

// ---------------------------------------------------------------------------------------------------------
// Exclusion zones (own and shared), buffer rings, sparse-fix crossings.

export interface ZoneEpisode {
  since: number;
  count: number;
  certain: number;
  gps: number;
  first: FixRef;
  latest: FixRef;
  trail: EvidenceTrail;
  opened: boolean;
}

export interface ExclusionState {
  kind: 'exclusion';
  /** Zone id → the episode inside it, and the episode in its buffer ring (Maps: opened and closed often). */
  inside: Map<string, ZoneEpisode>;
  buffer: Map<string, ZoneEpisode>;
  lastFix: FixRef | null;
  lastInsideAny: boolean;
}

export const newExclusionState = (): ExclusionState => ({
  kind: 'exclusion',
  inside: new Map(),
  buffer: new Map(),
  lastFix: null,
  lastInsideAny: false,
});

function zoneOf(rule: ExclusionRule, library: ZoneLibrary, id: string): CompiledZone | undefined {
  for (const z of rule.zones) if (z.id === id) return z;
  const i = library.byId.get(id);
  return i === undefined ? undefined : library.zones[i];
}

function exclusionReport(
  rule: ExclusionRule,
  zone: CompiledZone,
  kind: AlertKind,
  ep: ZoneEpisode,
  end: number | null,
  clearing: FixRef | null,
): EpisodeReport {
  const confidence: Confidence = ep.gps >= 2 && ep.certain >= 2 ? 'high' : 'medium';
  const minD = ep.latest.distanceM;
  const facts: Record<string, number> = { fixesInside: ep.count };
  if (minD !== undefined) facts.latestDistanceToBoundaryM = minD;
  if (end !== null) facts.durationMin = minutes(end - ep.since);
  const r: EpisodeReport = {
    key: keyOf(ep, rule.ruleId, zone.id, kind, ep.since),
    rule,
    ruleKind: 'exclusion',
    alertKind: kind,
    zone: once(zoneRefs, zone, zoneRef),
    since: ep.since,
    due: ep.since,
    end,
    evidence: evidenceFrom(
      ep.trail,
      [summary(ep.first), summary(ep.latest), summary(clearing)],
      once(ruleTolerances, rule, exclusionTolerances),
      facts,
    ),
    confidence,
  };
  if (kind === 'exclusionBuffer' && rule.protectsPerson) r.severity = 'critical';
  if (end !== null) r.endNote = kind === 'exclusionBuffer' ? 'left the buffer ring' : 'left the zone';
  return r;
}

/**
 * docs/monitoring.md § 4 (grace periods and tolerances): `minPointsInside` consecutive fixes (default 2), or one fix whose accuracy circle lies wholly
 * inside (only when the rule asks for at most 2); a fix whose circle straddles the boundary never opens an
 * episode by itself.
 */
export const opens = (minPoints: number, count: number, certain: boolean): boolean =>
  count >= Math.max(minPoints, 2) || (certain && minPoints <= 2);

/** Whether the library's zone `i` is one of the rule's shared zones (a tag in common). */
export function mask(rule: ExclusionRule, library: ZoneLibrary, i: number): boolean {
  if (!rule.sharedTags) return false;
  const z = library.zones[i] as CompiledZone;
  for (const t of z.tags) if (rule.sharedTags.includes(t)) return true;
  return false;
}

const newZoneEpisode = (f: FixRef, here: FixRef): ZoneEpisode => ({
  since: f.at,
  count: 0,
  certain: 0,
  gps: 0,
  first: here,
  latest: here,
  trail: newTrail(),
  opened: false,
});

/** One zone near the fix (within the rule's buffer): update its zone or buffer episode. Inside: true. */
function exclusionVisit(
  rule: ExclusionRule,
  st: ExclusionState,
  f: FixRef,
  z: CompiledZone,
  d: number,
  ctx: MachineContext,
): boolean {
  const here = withDistance(f, d);
  const accuracyM = f.accuracyM;
  if (d <= 0) {
    const certain = -d >= accuracyM;
    let ep = st.inside.get(z.id);
    if (!ep) {
      ep = newZoneEpisode(f, here);
      st.inside.set(z.id, ep);
    }
    ep.count++;
    if (certain) ep.certain++;
    if (f.source === 'gps' && certain) ep.gps++;
    ep.latest = here;
    addToTrail(ep.trail, f.id);
    if (!ep.opened && opens(rule.minPointsInside, ep.count, certain)) ep.opened = true;
    if (ep.opened) ctx.report(exclusionReport(rule, z, 'exclusionZone', ep, null, null));
    const b = st.buffer.get(z.id);
    if (b) {
      if (b.opened) ctx.report(exclusionReport(rule, z, 'exclusionBuffer', b, f.at, here));
      st.buffer.delete(z.id);
    }
    return true;
  }
  const inEp = st.inside.get(z.id);
  if (inEp) {
    if (inEp.opened) ctx.report(exclusionReport(rule, z, 'exclusionZone', inEp, f.at, here));
    st.inside.delete(z.id);
  }
  let b = st.buffer.get(z.id);
  if (!b) {
    b = newZoneEpisode(f, here);
    st.buffer.set(z.id, b);
  }
  b.count++;
  const bufferCertain = d + accuracyM <= rule.bufferM;
  if (bufferCertain) b.certain++;
  if (f.source === 'gps') b.gps++;
  b.latest = here;
  addToTrail(b.trail, f.id);
  if (!b.opened && opens(rule.minPointsInside, b.count, bufferCertain)) b.opened = true;
  if (b.opened) ctx.report(exclusionReport(rule, z, 'exclusionBuffer', b, null, null));
  return false;
}

const NO_ZONES: readonly string[] = [];
const NO_BOXES: readonly BBox[] = [];

/**
 * Each own zone's box grown by the rule's buffer with a margin (5 % and 10 m, for the planar distance and
 * rounding): a fix outside it is certainly farther than the buffer from the zone. Kept beside the rule, not
 * in it (compiled rules are plain data).
 */
const reaches = new WeakMap<ExclusionRule, BBox[]>();
export function reachOf(rule: ExclusionRule): BBox[] {
  let r = reaches.get(rule);
  if (!r) {
    r = rule.zones.map((z) => expandBBox(z.bbox, rule.bufferM * 1.05 + 10));
    reaches.set(rule, r);
  }
  return r;
}

export function exclusionOnFix(
  rule: ExclusionRule,
  st: ExclusionState,
  f: FixRef,
  ctx: MachineContext,
): void {
  if (f.at < rule.effectiveFrom || (rule.effectiveTo !== null && f.at >= rule.effectiveTo)) return;
  const { lat, lon } = f;
  const buffer = rule.bufferM;
  // Zones within the buffer of this fix (usually none: allocated only when there is one).
  let touched: string[] | null = null;
  let anyInside = false;
  const own = rule.zones;
  const reach = own.length > 0 && buffer > 0 ? reachOf(rule) : NO_BOXES;
  for (let k = 0; k < own.length; k++) {
    const z = own[k] as CompiledZone;
    // Beyond a zone's reach box the fix is farther than the buffer: no distance to compute.
    if (inBBox(z.bbox, lat, lon) || (buffer > 0 && inBBox(reach[k] as BBox, lat, lon))) {
      const d = signedDistanceM(z, lat, lon);
      if (d > buffer) continue;
      touched ??= [];
      touched.push(z.id);
      if (exclusionVisit(rule, st, f, z, d, ctx)) anyInside = true;
    }
  }
  if (rule.sharedTags) {
    const library = ctx.library;
    const found = candidateZones(library, lat, lon);
    for (let k = 0; k < found.length; k++) {
      const i = found[k] as number;
      if (mask(rule, library, i)) {
        const z = library.zones[i] as CompiledZone;
        const d = signedDistanceM(z, lat, lon);
        if (d > buffer) continue;
        touched ??= [];
        touched.push(z.id);
        if (exclusionVisit(rule, st, f, z, d, ctx)) anyInside = true;
      }
    }
  }
  const near: readonly string[] = touched ?? NO_ZONES;

  // Zones with an episode that this fix did not touch: the fix is beyond the buffer, the episode ends.
  if (st.inside.size > 0) endUntouched(rule, st.inside, 'exclusionZone', near, f, ctx);
  if (st.buffer.size > 0) endUntouched(rule, st.buffer, 'exclusionBuffer', near, f, ctx);

  const prev = st.lastFix;
  if (prev && !anyInside && !st.lastInsideAny) crossingCheck(rule, prev, f, near, ctx);
  st.lastFix = f;
  st.lastInsideAny = anyInside;
}

/**
 * End the episodes (inside the zones, or in their buffer rings) of the zones the fix did not touch, reporting
 * the opened ones as ended by it. (Deleting the current entry while iterating a Map is safe: iteration goes on
 * with the next.)
 */
function endUntouched(
  rule: ExclusionRule,
  episodes: Map<string, ZoneEpisode>,
  kind: 'exclusionZone' | 'exclusionBuffer',
  near: readonly string[],
  f: FixRef,
  ctx: MachineContext,
): void {
  for (const [id, ep] of episodes)
    if (!near.includes(id)) {
      const z = zoneOf(rule, ctx.library, id);
      if (z && ep.opened) ctx.report(exclusionReport(rule, z, kind, ep, f.at, f));
      episodes.delete(id);
    }
}

/** Sparse fixes (docs/monitoring.md § 3.1): a zone crossed between two fixes neither of which was in it. */
function crossingCheck(
  rule: ExclusionRule,
  a: FixRef,
  b: FixRef,
  touched: readonly string[],
  ctx: MachineContext,
) {
  const gapMs = b.at - a.at;
  if (gapMs <= 0 || gapMs > 6 * 3_600_000) return;
  const tol = ctx.tolerances;
  if (gapMs < tol.crossingMinGapS * 1000) {
    // An upper bound of the great-circle distance (along the meridian, then along a parallel no longer than
    // the equator's), with a margin for rounding: below the minimum, the exact distance is too.
    const bound = (Math.abs(a.lat - b.lat) + Math.abs(a.lon - b.lon)) * M_PER_DEG_LAT;
    if (bound * 1.001 + 1 < tol.crossingMinDistanceM) return;
  }
  const far = haversineM(a.lat, a.lon, b.lat, b.lon);
  if (far < tol.crossingMinDistanceM && gapMs < tol.crossingMinGapS * 1000) return;
  const minLat = Math.min(a.lat, b.lat);
  const maxLat = Math.max(a.lat, b.lat);
  const minLon = Math.min(a.lon, b.lon);
  const maxLon = Math.max(a.lon, b.lon);
  const box: BBox = { minLon, minLat, maxLon, maxLat };
  for (const z of rule.zones) crossingZone(rule, z, a, b, gapMs, far, box, touched, ctx);
  if (rule.sharedTags && ctx.library.index)
    for (const i of ctx.library.index.search(minLon, minLat, maxLon, maxLat))
      if (mask(rule, ctx.library, i))
        crossingZone(rule, ctx.library.zones[i] as CompiledZone, a, b, gapMs, far, box, touched, ctx);
}

function crossingZone(
  rule: ExclusionRule,
  z: CompiledZone,
  a: FixRef,
  b: FixRef,
  gapMs: number,
  far: number,
  box: BBox,
  touched: readonly string[],
  ctx: MachineContext,
): void {
  if (touched.includes(z.id)) return;
  if (
    z.bbox.maxLat < box.minLat ||
    z.bbox.minLat > box.maxLat ||
    z.bbox.maxLon < box.minLon ||
    z.bbox.minLon > box.maxLon
  )
    return;
  if (!segmentCrossesZone(z, a.lat, a.lon, b.lat, b.lon)) return;
  const trail = newTrail();
  addToTrail(trail, a.id);
  addToTrail(trail, b.id);
  ctx.report({
    key: `${rule.ruleId}|${z.id}|possibleCrossing|${a.at}`,
    rule,
    ruleKind: 'exclusion',
    alertKind: 'possibleCrossing',
    zone: { id: z.id, label: z.label },
    since: a.at,
    due: b.at,
    end: b.at,
    endNote: 'a crossing between two sparse fixes is over when the second fix is taken',
    evidence: evidenceFrom(
      trail,
      [summary(a), summary(b)],
      {
        crossingMinDistanceM: ctx.tolerances.crossingMinDistanceM,
        crossingMinGapS: ctx.tolerances.crossingMinGapS,
      },
      { gapMin: minutes(gapMs), segmentM: Math.round(far) },
      ['the straight line between two fixes passes through the zone; neither fix is in it'],
    ),
    confidence: 'low',
  });
}

// ---------------------------------------------------------------------------------------------------------
// Mobile exclusion zones (a protected person who carries a device).

export interface Proximity {
  at: number;
  distanceM: number;
  /** The older fix's age relative to the newer, ms. */
  ageMs: number;
  accuracySumM: number;
  own: FixRef;
  other: FixRef;
}

export interface MobileEpisode {
  since: number;
  closest: number;
  /** Some observation put both accuracy circles within the radius, with fixes close in time. */
  certain: boolean;
  /** Some observation paired fixes less than half the allowed age apart. */
  fresh: boolean;
  first: Proximity;
  latest: Proximity;
  trail: EvidenceTrail;
}

export interface MobileState {
  kind: 'mobile';
  zone: MobileEpisode | null;
  buffer: MobileEpisode | null;
}

export const newMobileState = (): MobileState => ({ kind: 'mobile', zone: null, buffer: null });

function mobileReport(
  rule: MobileExclusionRule,
  kind: AlertKind,
  ep: MobileEpisode,
  end: number | null,
  clearing: Proximity | null,
): EpisodeReport {
  const p = ep.latest;
  const confidence: Confidence = ep.certain ? 'high' : ep.fresh ? 'medium' : 'low';
  const facts: Record<string, number> = {
    closestM: Math.round(ep.closest),
    latestDistanceM: Math.round(p.distanceM),
    fixAgeS: Math.round(p.ageMs / 1000),
  };
  if (clearing) facts.clearingDistanceM = Math.round(clearing.distanceM);
  const r: EpisodeReport = {
    key: keyOf(ep, rule.ruleId, null, kind, ep.since),
    rule,
    ruleKind: 'mobileExclusion',
    alertKind: kind,
    zone: once(zoneRefs, rule, mobileZoneRef),
    since: ep.since,
    due: ep.since,
    end,
    evidence: evidenceFrom(
      ep.trail,
      [
        summary(ep.first.own),
        summary(ep.first.other),
        summary(p.own),
        summary(p.other),
        summary(clearing?.own),
        summary(clearing?.other),
      ],
      once(ruleTolerances, rule, mobileTolerances),
      facts,
    ),
    confidence,
  };
  if (end !== null) r.endNote = 'distance back above the exit radius';
  return r;
}

function mobileTouch(ep: MobileEpisode, p: Proximity, certain: boolean, fresh: boolean): void {
  ep.latest = p;
  ep.closest = Math.min(ep.closest, p.distanceM);
  ep.certain ||= certain;
  ep.fresh ||= fresh;
  addToTrail(ep.trail, p.own.id);
  addToTrail(ep.trail, p.other.id);
}

function mobileStart(p: Proximity, certain: boolean, fresh: boolean): MobileEpisode {
  const ep = {
    since: p.at,
    closest: p.distanceM,
    certain,
    fresh,
    first: p,
    latest: p,
    trail: newTrail(),
  };
  addToTrail(ep.trail, p.own.id);
  addToTrail(ep.trail, p.other.id);
  return ep;
}

export function mobileOnProximity(
  rule: MobileExclusionRule,
  st: MobileState,
  p: Proximity,
  ctx: MachineContext,
): void {
  if (p.at < rule.effectiveFrom || (rule.effectiveTo !== null && p.at >= rule.effectiveTo)) return;
  const r = rule.radiusM;
  const outer = r + rule.bufferM;
  const h = 1 + rule.hysteresis;
  const d = p.distanceM;
  const fresh = p.ageMs <= rule.maxFixAgeMs / 2;
  // Both accuracy circles within the radius, with fixes close in time.
  const certainR = fresh && d + p.accuracySumM <= r;
  const certainOuter = fresh && d + p.accuracySumM <= outer;
  if (d <= r) {
    if (st.zone) mobileTouch(st.zone, p, certainR, fresh);
    else st.zone = mobileStart(p, certainR, fresh);
    ctx.report(mobileReport(rule, 'mobileZone', st.zone, null, null));
  } else if (st.zone) {
    if (d > r * h) {
      ctx.report(mobileReport(rule, 'mobileZone', st.zone, p.at, p));
      st.zone = null;
    } else {
      mobileTouch(st.zone, p, certainR, fresh);
      ctx.report(mobileReport(rule, 'mobileZone', st.zone, null, null));
    }
  }
  if (rule.bufferM <= 0) return;
  if (d <= outer && d > r && !st.zone) {
    if (st.buffer) mobileTouch(st.buffer, p, certainOuter, fresh);
    else st.buffer = mobileStart(p, certainOuter, fresh);
    ctx.report(mobileReport(rule, 'mobileBuffer', st.buffer, null, null));
  } else if (st.buffer && (d > outer * h || st.zone)) {
    ctx.report(mobileReport(rule, 'mobileBuffer', st.buffer, p.at, p));
    st.buffer = null;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Device health: strap, case, battery, GPS.

export interface HealthEpisode {
  since: number;
  trail: EvidenceTrail;
  firstAt: number;
  detail: Record<string, number>;
}

export interface HealthState {
  kind: 'health';
  open: Record<string, HealthEpisode>;
}

export const newHealthState = (): HealthState => ({ kind: 'health', open: {} });

function healthReport(
  rule: DeviceHealthRule,
  kind: AlertKind,
  ep: HealthEpisode,
  end: number | null,
  endNote?: string,
  endId?: bigint,
): EpisodeReport {
  const trail = ep.trail;
  if (endId !== undefined) addToTrail(trail, endId);
  return {
    key: `${rule.ruleId}|${kind}|${ep.since}`,
    rule,
    ruleKind: `deviceHealth:${rule.check}`,
    alertKind: kind,
    zone: null,
    since: ep.since,
    due: ep.since,
    end,
    ...(endNote ? { endNote } : {}),
    evidence: evidenceFrom(trail, [], rule.params, {
      ...ep.detail,
      ...(end !== null ? { durationMin: minutes(end - ep.since) } : {}),
    }),
    confidence: 'high',
  };
}

type Stored<T> = T & { id: bigint };

function openHealth(
  rule: DeviceHealthRule,
  st: HealthState,
  e: Stored<Alarm> | Stored<Fix>,
  kind: AlertKind,
  detail: Record<string, number>,
  ctx: MachineContext,
): void {
  let ep = st.open[kind];
  if (!ep) {
    ep = { since: e.at, trail: newTrail(), firstAt: e.at, detail };
    st.open[kind] = ep;
  } else Object.assign(ep.detail, detail);
  addToTrail(ep.trail, e.id);
  ctx.report(healthReport(rule, kind, ep, null));
}

function closeHealth(
  rule: DeviceHealthRule,
  st: HealthState,
  e: Stored<Alarm> | Stored<Fix>,
  kind: AlertKind,
  note: string,
  ctx: MachineContext,
): void {
  const ep = st.open[kind];
  if (!ep) return;
  ctx.report(healthReport(rule, kind, ep, e.at, note, e.id));
  delete st.open[kind];
}

export function healthOnEvent(
  rule: DeviceHealthRule,
  st: HealthState,
  e: Stored<Alarm> | Stored<Fix>,
  ctx: MachineContext,
): void {
  if (e.at < rule.effectiveFrom || (rule.effectiveTo !== null && e.at >= rule.effectiveTo)) return;
  const k = e.kind;
  switch (rule.check) {
    case 'strap':
      if (k === 'strapOpen') openHealth(rule, st, e, 'strapTamper', {}, ctx);
      else if (k === 'strapRestored')
        closeHealth(rule, st, e, 'strapTamper', 'strap reconnected (strapRestored)', ctx);
      return;
    case 'case':
      if (k === 'caseOpen') openHealth(rule, st, e, 'caseTamper', {}, ctx);
      else if (k === 'caseClosed') closeHealth(rule, st, e, 'caseTamper', 'case closed (caseClosed)', ctx);
      return;
    case 'gps':
      if (k === 'gpsLost') openHealth(rule, st, e, 'gpsLost', {}, ctx);
      else if (k === 'gpsRestored' || (k === 'fix' && (e as Fix).source === 'gps'))
        closeHealth(rule, st, e, 'gpsLost', 'GPS fix regained', ctx);
      return;
    case 'battery': {
      const pct = e.batteryPercent;
      const left = e.minutesLeft;
      const detail: Record<string, number> = {};
      if (pct !== undefined) detail.percent = pct;
      if (left !== undefined) detail.minutesLeft = left;
      if (k === 'chargingStarted' || k === 'batteryRestored') {
        const note = k === 'chargingStarted' ? 'charging started' : 'battery restored';
        closeHealth(rule, st, e, 'batteryCritical', note, ctx);
        closeHealth(rule, st, e, 'batteryLow', note, ctx);
        return;
      }
      const critical =
        k === 'batteryCritical' || (left !== undefined && left <= (rule.params.criticalMinutes ?? 30));
      const low = k === 'batteryLow' || (pct !== undefined && pct <= (rule.params.lowPercent ?? 20));
      if (critical) openHealth(rule, st, e, 'batteryCritical', detail, ctx);
      else if (low) openHealth(rule, st, e, 'batteryLow', detail, ctx);
      else if (pct !== undefined && pct > (rule.params.lowPercent ?? 20) + 5) {
        closeHealth(rule, st, e, 'batteryCritical', `battery at ${pct} %`, ctx);
        closeHealth(rule, st, e, 'batteryLow', `battery at ${pct} %`, ctx);
      }
      return;
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Checkpoints: a copy of a rule state for re-evaluation. Fix references and proximity observations are never
// changed once made, so the copy shares them; episodes, trails and records are copied (they are mutated).

const cloneTrail = (t: EvidenceTrail): EvidenceTrail => ({
  first: t.first.slice(),
  last: t.last.slice(),
  count: t.count,
  firstText: t.firstText.slice(),
  lastText: t.lastText.slice(),
});

function cloneRecord<T extends { trail: EvidenceTrail }>(
  r: Record<string, T>,
  copy: (ep: T) => T,
): Record<string, T> {
  const out: Record<string, T> = {};
  for (const k in r) out[k] = copy(r[k] as T);
  return out;
}

function cloneMap<T>(m: ReadonlyMap<string, T>, copy: (ep: T) => T): Map<string, T> {
  const out = new Map<string, T>();
  for (const [k, v] of m) out.set(k, copy(v));
  return out;
}

const cloneZoneEpisode = (ep: ZoneEpisode): ZoneEpisode => ({ ...ep, trail: cloneTrail(ep.trail) });
const cloneMobileEpisode = (ep: MobileEpisode | null): MobileEpisode | null =>
  ep ? { ...ep, trail: cloneTrail(ep.trail) } : null;
const cloneHealthEpisode = (ep: HealthEpisode): HealthEpisode => ({
  ...ep,
  trail: cloneTrail(ep.trail),
  detail: { ...ep.detail },
});

/** A deep copy of a rule state as far as the state machines change it (equivalent to `structuredClone`). */
export function cloneRuleState<S extends InclusionState | ExclusionState | MobileState | HealthState>(
  st: S,
): S {
  switch (st.kind) {
    case 'inclusion': {
      const s = st as InclusionState;
      const copy: InclusionState = {
        kind: 'inclusion',
        last: s.last ? { ...s.last } : null,
        ep: s.ep ? { ...s.ep, trail: cloneTrail(s.ep.trail) } : null,
      };
      return copy as S;
    }
    case 'exclusion': {
      const s = st as ExclusionState;
      const copy: ExclusionState = {
        kind: 'exclusion',
        inside: cloneMap(s.inside, cloneZoneEpisode),
        buffer: cloneMap(s.buffer, cloneZoneEpisode),
        lastFix: s.lastFix,
        lastInsideAny: s.lastInsideAny,
      };
      return copy as S;
    }
    case 'mobile': {
      const s = st as MobileState;
      const copy: MobileState = {
        kind: 'mobile',
        zone: cloneMobileEpisode(s.zone),
        buffer: cloneMobileEpisode(s.buffer),
      };
      return copy as S;
    }
    default: {
      const s = st as HealthState;
      const copy: HealthState = { kind: 'health', open: cloneRecord(s.open, cloneHealthEpisode) };
      return copy as S;
    }
  }
}
