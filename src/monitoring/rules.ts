/**
 * The compiler: conditions in force + enrollment → monitoring rules (docs/monitoring.md § 3). Pure. Each rule carries the
 * condition it enforces (id, kind, the order's words), the order (event id, docket entry) and the clause of
 * 18 U.S.C. § 3142(c)(1)(B) it rests on, so every alert can say "condition — home detention — of the Order
 * Setting Conditions of Release (2026-04-21, ECF No. 6), § 3142(c)(1)(B)(iv) and (xiv)".
 */
import { Temporal } from 'temporal-polyfill';
import type { Condition } from '../case/index.ts';
import type { ConditionInForce, OrderRef } from './conditions-in-force.ts';
import { DEFAULT_TOLERANCES, type DevicePlan, type Enrollment, type Tolerances } from './enrollment.ts';
import type { ZoneLibrary } from './spatial-index.ts';
import { supervisionTimeZone } from './timezone.ts';
import { type CompiledZone, circleZone, compileZone } from './zones.ts';

/** The clauses of § 3142(c)(1)(B) the monitoring rules rest on, with the statute's words. */
export const CLAUSES = {
  iv: {
    cite: '18 U.S.C. § 3142(c)(1)(B)(iv)',
    text: 'abide by specified restrictions on personal associations, place of abode, or travel',
  },
  v: {
    cite: '18 U.S.C. § 3142(c)(1)(B)(v)',
    text: 'avoid all contact with an alleged victim of the crime and with a potential witness who may testify concerning the offense',
  },
  vii: { cite: '18 U.S.C. § 3142(c)(1)(B)(vii)', text: 'comply with a specified curfew' },
  xiv: {
    cite: '18 U.S.C. § 3142(c)(1)(B)(xiv)',
    text: 'satisfy any other condition that is reasonably necessary to assure the appearance of the person as required and to assure the safety of any other person and the community',
  },
} as const;

type ClauseKey = keyof typeof CLAUSES;

/** Which clauses each monitored condition kind rests on (18 U.S.C. § 3142(c); docs/release.md, "Conditions and their clauses"). */
export const CONDITION_CLAUSES: Partial<Record<Condition['kind'], ClauseKey[]>> = {
  homeDetention: ['iv', 'xiv'],
  homeIncarceration: ['iv', 'xiv'],
  curfew: ['vii'],
  travel: ['iv'],
  noContact: ['iv', 'v'],
  association: ['iv'],
  locationMonitoring: ['xiv'],
};

export interface Interval {
  start: number;
  end: number;
}

export interface RuleBase {
  ruleId: string;
  personId: string;
  deviceId: string;
  condition: { id: string; kind: Condition['kind']; text: string };
  order: OrderRef;
  /** e.g. "18 U.S.C. § 3142(c)(1)(B)(iv), (xiv)". */
  citation: string;
  /** The statute's words for each clause cited. */
  clauseText: string[];
  description: string;
  /** Epoch ms: start of the first day in force, in the person's time zone. */
  effectiveFrom: number;
  /** Epoch ms: end of the last day in force (exclusive), or null while in force. */
  effectiveTo: number | null;
  timeZone: string;
}

export type InclusionPurpose = 'homeDetention' | 'homeIncarceration' | 'curfew' | 'travel';

export interface InclusionRule extends RuleBase {
  kind: 'inclusion';
  purpose: InclusionPurpose;
  /** Being inside any of these zones complies. */
  zones: CompiledZone[];
  /** Zones that comply only during an approved absence of the given category (e.g. E.D.N.Y. for court). */
  conditionalZones: { zone: CompiledZone; category: string }[];
  /** Sorted, disjoint instants when presence in the zones is required. */
  required: Interval[];
  /** Approved absences applied (for evidence and for the `conditionalZones`). */
  absences: { id: string; category: string; start: number; end: number }[];
  graceMs: number;
  /** Home rules accept the home unit's beacon as presence. */
  beaconIsPresence: boolean;
  /** Extra margin beyond the fix's accuracy before a fix counts as outside, metres. */
  marginM: number;
}

export interface ExclusionRule extends RuleBase {
  kind: 'exclusion';
  zones: CompiledZone[];
  /** Zones from the shared library whose tags intersect these. */
  sharedTags: string[] | null;
  bufferM: number;
  minPointsInside: number;
  /** Around a protected person's places: a buffer entry is critical. */
  protectsPerson: boolean;
}

export interface MobileExclusionRule extends RuleBase {
  kind: 'mobileExclusion';
  protectedPersonId: string;
  protectedLabel: string;
  protectedDeviceId: string;
  radiusM: number;
  bufferM: number;
  hysteresis: number;
  maxFixAgeMs: number;
}

export type HealthCheck = 'strap' | 'case' | 'battery' | 'gps';

export interface DeviceHealthRule extends RuleBase {
  kind: 'deviceHealth';
  check: HealthCheck;
  params: Record<string, number>;
}

export type Rule = InclusionRule | ExclusionRule | MobileExclusionRule | DeviceHealthRule;

/** Everything the evaluator needs for one supervised device. */
export interface DeviceRules {
  personId: string;
  personLabel: string;
  deviceId: string;
  timeZone: string;
  plan: DevicePlan;
  tolerances: Tolerances;
  rules: Rule[];
  /** Processing-time checks (no communication, no location), tied to the location-monitoring condition. */
  timers: {
    communication: { base: RuleBase; afterMs: number } | null;
    location: { base: RuleBase; afterMs: number } | null;
  };
}

export interface CompileResult {
  device: DeviceRules;
  /** What could not be monitored, and why (e.g. a permitted district without a polygon). */
  gaps: string[];
}

export interface CompileOptions {
  /** Time zone of the residence; default `supervisionTimeZone(conditions, district)`. */
  timeZone?: string;
  /** The case's district (court id), whose time zone applies when no condition names one. */
  district?: string;
  /** Curfew windows are laid out up to this instant (epoch ms); default one year after the first day in force. */
  horizonTo?: number;
  /** The agency's shared zone library, when shared zones are used. */
  library?: ZoneLibrary;
}

const DAY_MS = 86_400_000;

/**
 * The instants days begin in time zones, remembered: every rule of every person asks for the first day its
 * condition is in force, and a Temporal conversion costs a hundred times a map lookup.
 */
const dayStarts = new Map<string, number>();

const startOfDay = (date: string, tz: string): number => {
  const key = `${date}|${tz}`;
  let ms = dayStarts.get(key);
  if (ms === undefined) {
    ms = Temporal.PlainDate.from(date).toZonedDateTime({ timeZone: tz }).epochMilliseconds;
    if (dayStarts.size >= 100_000) dayStarts.clear();
    dayStarts.set(key, ms);
  }
  return ms;
};

/** A wall-clock time (`HH:MM`) as milliseconds after midnight. */
const clockMs = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return (h * 60 + m) * 60_000;
};

/** A wall-clock date and time, written as if it were UTC (epoch ms), as the instant it is in `tz`. */
function zonedInstant(wallMs: number, tz: string): number {
  const w = new Date(wallMs);
  return Temporal.PlainDateTime.from({
    year: w.getUTCFullYear(),
    month: w.getUTCMonth() + 1,
    day: w.getUTCDate(),
    hour: w.getUTCHours(),
    minute: w.getUTCMinutes(),
  }).toZonedDateTime(tz, { disambiguation: 'compatible' }).epochMilliseconds;
}

/**
 * Wall-clock times of one time zone as instants, between two wall times (written as if UTC, epoch ms). The
 * zone's UTC offset is looked up once for each stretch between its transitions (daylight saving time, a change
 * of the zone's rules); a wall time within two days of a transition is converted by Temporal itself, with the
 * `compatible` disambiguation (a time skipped by a spring-forward gap moves forward; a repeated time takes the
 * earlier instant). The same instants as Temporal for every wall time, at a few Temporal calls a year.
 */
function wallClock(tz: string, fromWall: number, toWall: number): (wallMs: number) => number {
  const MARGIN = 2 * DAY_MS;
  const transitions: number[] = [];
  let zdt = Temporal.Instant.fromEpochMilliseconds(fromWall - MARGIN).toZonedDateTimeISO(tz);
  const offsets = [zdt.offsetNanoseconds / 1e6];
  for (;;) {
    const next = zdt.getTimeZoneTransition('next');
    if (!next || next.epochMilliseconds > toWall + MARGIN) break;
    transitions.push(next.epochMilliseconds);
    offsets.push(next.offsetNanoseconds / 1e6);
    zdt = next;
  }
  return (wallMs) => {
    // Offsets are under a day, so a wall time two days from every transition lies inside one stretch.
    let k = 0;
    while (k < transitions.length && (transitions[k] as number) <= wallMs) k++;
    const near =
      (k > 0 && wallMs - (transitions[k - 1] as number) < MARGIN) ||
      (k < transitions.length && (transitions[k] as number) - wallMs < MARGIN);
    return near ? zonedInstant(wallMs, tz) : wallMs - (offsets[k] as number);
  };
}

/** Daily curfew windows [start, end) in a time zone; an end at or before the start falls on the next day. */
export function curfewWindows(
  start: string,
  end: string,
  tz: string,
  fromDate: string,
  toDate: string,
): Interval[] {
  const out: Interval[] = [];
  const crossesMidnight = end <= start;
  const startMs = clockMs(start);
  const endMs = clockMs(end) + (crossesMidnight ? DAY_MS : 0);
  // Calendar days as their midnight written as UTC: day arithmetic without a zone.
  const first = Date.parse(`${Temporal.PlainDate.from(fromDate).toString()}T00:00:00Z`) - DAY_MS;
  const last = Date.parse(`${Temporal.PlainDate.from(toDate).toString()}T00:00:00Z`);
  const local = wallClock(tz, first, last + 2 * DAY_MS);
  for (let day = first; day <= last; day += DAY_MS)
    out.push({ start: local(day + startMs), end: local(day + endMs) });
  return out;
}

/** `base` minus the `holes`, both sorted; result sorted and disjoint. */
export function subtractIntervals(base: Interval[], holes: Interval[]): Interval[] {
  const sorted = [...holes].sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const b of base) {
    let cur = b.start;
    for (const h of sorted) {
      if (h.end <= cur || h.start >= b.end) continue;
      if (h.start > cur) out.push({ start: cur, end: h.start });
      cur = Math.max(cur, h.end);
      if (cur >= b.end) break;
    }
    if (cur < b.end) out.push({ start: cur, end: b.end });
  }
  return out;
}

/** Clip intervals to [from, to). */
const clip = (ivs: Interval[], from: number, to: number): Interval[] =>
  ivs
    .map((i) => ({ start: Math.max(i.start, from), end: Math.min(i.end, to) }))
    .filter((i) => i.end > i.start);

/** Index of the interval containing t, or -1 (binary search). */
export function findInterval(ivs: readonly Interval[], t: number): number {
  let lo = 0;
  let hi = ivs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const iv = ivs[mid] as Interval;
    if (t < iv.start) hi = mid - 1;
    else if (t >= iv.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the first interval starting after t, or -1. */
export function nextIntervalAfter(ivs: readonly Interval[], t: number): number {
  let lo = 0;
  let hi = ivs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ivs[mid] as Interval).start > t) hi = mid;
    else lo = mid + 1;
  }
  return lo < ivs.length ? lo : -1;
}

/** A rule: the base fields, then the kind's own (a kind's own `timeZone` replaces the base's). */
type RuleRest<R> = R extends Rule ? Omit<R, keyof RuleBase> & Partial<RuleBase> : never;
const ruleOf = (b: RuleBase, rest: RuleRest<Rule>): Rule => Object.assign({}, b, rest) as Rule;

const HOME_ABSENCES_INCARCERATION = new Set(['medical', 'court', 'attorneyVisits', 'other']);

/**
 * The buffer of one of an enrollment's shared-zone rules: its own, else the enrollment's tolerance, else the
 * default. The shared zone library is indexed with the largest of them (so one query finds every zone within
 * any rule's buffer).
 */
export const sharedZoneBufferM = (enrollment: Enrollment, s: Enrollment['sharedZones'][number]): number =>
  s.bufferM ?? { ...DEFAULT_TOLERANCES, ...enrollment.tolerances }.exclusionBufferM;

/** What compiling one person's rules shares: the enrollment, the options, and the rules and gaps found. */
interface Compiling {
  enrollment: Enrollment;
  options: CompileOptions;
  tolerances: Tolerances;
  /** The supervision's time zone. */
  tz: string;
  rules: Rule[];
  /** What cannot be monitored as ordered, and why. */
  gaps: string[];
}

/**
 * Compile the rules for one enrolled person from the conditions that bind them (every period, past and
 * future: each rule keeps its own effective instants, and the evaluator applies a rule only inside them).
 */
export function compileRules(
  conditions: readonly ConditionInForce[],
  enrollment: Enrollment,
  options: CompileOptions = {},
): CompileResult {
  const cx: Compiling = {
    enrollment,
    options,
    tolerances: { ...DEFAULT_TOLERANCES, ...enrollment.tolerances },
    tz:
      options.timeZone ??
      supervisionTimeZone(
        conditions.map((c) => c.condition),
        options.district,
      ),
    rules: [],
    gaps: [],
  };
  for (const c of conditions) {
    switch (c.condition.kind) {
      case 'homeDetention':
      case 'homeIncarceration':
        compileHomeConfinement(cx, c);
        break;
      case 'curfew':
        compileCurfew(cx, c);
        break;
      case 'travel':
        compileTravel(cx, c);
        break;
      case 'noContact':
      case 'association':
        compileStayAway(cx, c);
        break;
      case 'locationMonitoring':
        compileDeviceHealth(cx, c);
        break;
      case 'partialCustody':
        cx.gaps.push(
          `${c.condition.id}: partial custody (return to a facility) needs the facility's schedule: not monitored yet`,
        );
        break;
    }
  }
  const timers = compileTimers(cx, conditions);
  return {
    device: {
      personId: enrollment.personId,
      personLabel: enrollment.label,
      deviceId: enrollment.device.id,
      timeZone: cx.tz,
      plan: enrollment.device.plan,
      tolerances: cx.tolerances,
      rules: cx.rules,
      timers,
    },
    gaps: cx.gaps,
  };
}

/** The fields every rule of condition `c` has: its id, the condition and order, the statute, its period. */
function ruleBase(cx: Compiling, c: ConditionInForce, suffix: string, description: string): RuleBase {
  const { personId } = cx.enrollment;
  const clauses = CONDITION_CLAUSES[c.condition.kind] ?? ['xiv'];
  const roman = clauses.map((k) => `(${k})`);
  return {
    ruleId: `${personId}:${c.condition.id}:${suffix}`,
    personId,
    deviceId: cx.enrollment.device.id,
    condition: { id: c.condition.id, kind: c.condition.kind, text: c.condition.text ?? c.condition.kind },
    order: c.order,
    citation: `18 U.S.C. § 3142(c)(1)(B)${roman.join(', ')}`,
    clauseText: clauses.map((k) => CLAUSES[k].text),
    description,
    effectiveFrom: startOfDay(c.from, cx.tz),
    effectiveTo: c.to === null ? null : startOfDay(c.to, cx.tz) + DAY_MS,
    timeZone: cx.tz,
  };
}

const effective = (b: RuleBase): Interval => ({
  start: b.effectiveFrom,
  end: b.effectiveTo ?? Number.POSITIVE_INFINITY,
});

/** The residence: the enrollment's geometry, else a circle around the location the order gives. */
function homeZoneFor(cx: Compiling, c: ConditionInForce): CompiledZone | null {
  const { enrollment } = cx;
  if (enrollment.home) return compileZone(enrollment.home);
  const place = 'residence' in c.condition ? c.condition.residence : undefined;
  const loc = place?.location;
  if (!place || !loc) return null;
  return compileZone(
    circleZone(`${enrollment.personId}:home`, place.label, loc.lat, loc.lon, enrollment.homeRadiusM),
  );
}

/** The enrollment's approved absences of the categories the condition allows (the others are gaps). */
function absencesFor(
  cx: Compiling,
  allowed: ReadonlySet<string>,
  conditionId: string,
): InclusionRule['absences'] {
  const applied: InclusionRule['absences'] = [];
  for (const a of cx.enrollment.absences) {
    if (!allowed.has(a.category)) {
      cx.gaps.push(
        `absence ${a.id} (${a.category}) is not a category condition ${conditionId} allows: not applied`,
      );
      continue;
    }
    applied.push({ id: a.id, category: a.category, start: Date.parse(a.from), end: Date.parse(a.to) });
  }
  return applied.sort((x, y) => x.start - y.start);
}

/** Home detention or home incarceration: inside the residence but for the approved absences it allows. */
function compileHomeConfinement(cx: Compiling, c: ConditionInForce): void {
  const cond = c.condition;
  if (cond.kind !== 'homeDetention' && cond.kind !== 'homeIncarceration') return;
  const home = homeZoneFor(cx, c);
  if (!home) {
    cx.gaps.push(
      `${cond.id}: no residence geometry (enrollment.home) and no location on the order's residence`,
    );
    return;
  }
  const allowed =
    cond.kind === 'homeIncarceration'
      ? new Set(cond.approvedAbsences.filter((a) => HOME_ABSENCES_INCARCERATION.has(a)))
      : new Set<string>(cond.approvedAbsences);
  const absences = absencesFor(cx, allowed, cond.id);
  const b = ruleBase(
    cx,
    c,
    'inclusion',
    `${cond.kind === 'homeDetention' ? 'Home detention' : 'Home incarceration'}: inside ${home.label} except during approved absences`,
  );
  cx.rules.push(
    ruleOf(b, {
      kind: 'inclusion',
      purpose: cond.kind,
      zones: [home],
      conditionalZones: [],
      required: subtractIntervals([effective(b)], absences),
      absences,
      graceMs: cx.tolerances.inclusionGraceMin * 60_000,
      beaconIsPresence: true,
      marginM: 0,
    }),
  );
}

/** A curfew: inside the residence during each night's window, in the curfew's own time zone. */
function compileCurfew(cx: Compiling, c: ConditionInForce): void {
  const cond = c.condition;
  if (cond.kind !== 'curfew') return;
  const home = homeZoneFor(cx, c);
  if (!home) {
    cx.gaps.push(`${cond.id}: curfew needs the residence geometry (enrollment.home)`);
    return;
  }
  const b = ruleBase(
    cx,
    c,
    'inclusion',
    `Curfew ${cond.start}–${cond.end} (${cond.timeZone}): inside ${home.label}`,
  );
  const toDate =
    c.to ??
    Temporal.Instant.fromEpochMilliseconds(cx.options.horizonTo ?? b.effectiveFrom + 366 * DAY_MS)
      .toZonedDateTimeISO(cond.timeZone)
      .toPlainDate()
      .toString();
  const windows = curfewWindows(cond.start, cond.end, cond.timeZone, c.from, toDate);
  cx.rules.push(
    ruleOf(b, {
      timeZone: cond.timeZone,
      kind: 'inclusion',
      purpose: 'curfew',
      zones: [home],
      conditionalZones: [],
      required: clip(windows, b.effectiveFrom, b.effectiveTo ?? Number.POSITIVE_INFINITY),
      absences: [],
      graceMs: cx.tolerances.inclusionGraceMin * 60_000,
      beaconIsPresence: true,
      marginM: 0,
    }),
  );
}

/** Travel limited to districts: inside their boundaries (a district limited to a purpose: court dates only). */
function compileTravel(cx: Compiling, c: ConditionInForce): void {
  const cond = c.condition;
  if (cond.kind !== 'travel') return;
  const { enrollment } = cx;
  const limited = new Map((cond.purposeLimits ?? []).map((p) => [p.district, p.purpose]));
  const zones: CompiledZone[] = [];
  const conditionalZones: InclusionRule['conditionalZones'] = [];
  const missing: string[] = [];
  for (const d of cond.permittedDistricts) {
    const area = enrollment.permittedAreas.find((p) => p.district === d);
    if (!area) {
      missing.push(d);
      continue;
    }
    if (limited.has(d)) conditionalZones.push({ zone: compileZone(area.zone), category: 'court' });
    else zones.push(compileZone(area.zone));
  }
  if (missing.length > 0) {
    cx.gaps.push(
      `${cond.id}: no boundary polygon for permitted district(s) ${missing.join(', ')} (enrollment.permittedAreas): travel not monitored`,
    );
    return;
  }
  const b = ruleBase(cx, c, 'inclusion', `Travel limited to ${cond.permittedDistricts.join(', ')}`);
  const courtAbsences = enrollment.absences
    .filter((a) => a.category === 'court')
    .map((a) => ({ id: a.id, category: a.category, start: Date.parse(a.from), end: Date.parse(a.to) }));
  cx.rules.push(
    ruleOf(b, {
      kind: 'inclusion',
      purpose: 'travel',
      zones,
      conditionalZones,
      required: [effective(b)],
      absences: courtAbsences,
      graceMs: cx.tolerances.inclusionGraceMin * 60_000,
      beaconIsPresence: false,
      marginM: cx.tolerances.areaMarginM,
    }),
  );
}

/**
 * No contact or no association: stay out of the person's own exclusion zones, of the agency's shared zones
 * with the tags enrolled, and away from each protected person's phone.
 */
function compileStayAway(cx: Compiling, c: ConditionInForce): void {
  const cond = c.condition;
  if (cond.kind !== 'noContact' && cond.kind !== 'association') return;
  const { enrollment, tolerances } = cx;
  const own = enrollment.zones.filter((z) => z.conditionId === cond.id);
  const protectsPerson = cond.kind === 'noContact';
  for (const z of own) {
    const b = ruleBase(cx, c, `exclusion:${z.zone.id}`, `Stay out of ${z.zone.label}`);
    cx.rules.push(
      ruleOf(b, {
        kind: 'exclusion',
        zones: [compileZone(z.zone)],
        sharedTags: null,
        bufferM: z.bufferM ?? tolerances.exclusionBufferM,
        minPointsInside: z.minPointsInside ?? tolerances.minPointsInside,
        protectsPerson,
      }),
    );
  }
  enrollment.sharedZones
    .filter((s) => s.conditionId === cond.id)
    .forEach((s, i) => {
      if (!cx.options.library) {
        cx.gaps.push(`${cond.id}: shared zones tagged ${s.tags.join(', ')} need the agency zone library`);
        return;
      }
      const b = ruleBase(cx, c, `shared:${i}`, `Stay out of shared zones tagged ${s.tags.join(', ')}`);
      cx.rules.push(
        ruleOf(b, {
          kind: 'exclusion',
          zones: [],
          sharedTags: s.tags,
          bufferM: sharedZoneBufferM(enrollment, s),
          minPointsInside: tolerances.minPointsInside,
          protectsPerson,
        }),
      );
    });
  const persons = enrollment.protectedPersons.filter((pp) => pp.conditionId === cond.id);
  for (const p of persons) {
    const b = ruleBase(cx, c, `mobile:${p.id}`, `Keep ${p.radiusM} m from ${p.label}`);
    cx.rules.push(
      ruleOf(b, {
        kind: 'mobileExclusion',
        protectedPersonId: p.id,
        protectedLabel: p.label,
        protectedDeviceId: p.deviceId,
        radiusM: p.radiusM,
        bufferM: p.bufferM,
        hysteresis: tolerances.mobileHysteresis,
        maxFixAgeMs: tolerances.mobileMaxFixAgeS * 1000,
      }),
    );
  }
  if (cond.kind === 'noContact' && own.length === 0 && persons.length === 0)
    cx.gaps.push(
      `${cond.id}: no zone or protected device enrolled for this no-contact condition: not monitored by location`,
    );
}

/** Location monitoring: the device's health (strap, case, battery, GPS). */
function compileDeviceHealth(cx: Compiling, c: ConditionInForce): void {
  const { tolerances } = cx;
  const checks: [HealthCheck, string, Record<string, number>][] = [
    ['strap', 'Strap intact (tamper)', {}],
    ['case', 'Case closed (tamper)', {}],
    [
      'battery',
      'Battery charged',
      { lowPercent: tolerances.batteryLowPercent, criticalMinutes: tolerances.batteryCriticalMinutes },
    ],
    ['gps', 'GPS able to fix', {}],
  ];
  for (const [check, description, params] of checks)
    cx.rules.push(
      ruleOf(ruleBase(cx, c, `health:${check}`, description), { kind: 'deviceHealth', check, params }),
    );
}

/** The call-in and location timers of the location-monitoring condition (none without one: a gap). */
function compileTimers(cx: Compiling, conditions: readonly ConditionInForce[]): DeviceRules['timers'] {
  const lm = conditions.find((c) => c.condition.kind === 'locationMonitoring');
  if (!lm) {
    cx.gaps.push('no location-monitoring condition in force: device health is not checked');
    return { communication: null, location: null };
  }
  const plan = cx.enrollment.device.plan;
  return {
    communication: {
      base: ruleBase(cx, lm, 'communication', 'Device calls in'),
      afterMs: (plan.callInIntervalS + cx.tolerances.communicationBufferMin * 60) * 1000,
    },
    location: {
      base: ruleBase(cx, lm, 'location', 'Device reports its location'),
      afterMs: (plan.fixIntervalS + cx.tolerances.locationBufferMin * 60) * 1000,
    },
  };
}
