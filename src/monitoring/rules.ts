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

/**
 * A rule object: the base fields, then the kind's own, always in the same order and built by assignment, so
 * every rule of a kind has the same hidden class in the JavaScript engine (object spread would give each
 * its own, and the evaluator's property reads would go megamorphic — many times slower).
 */
type RuleRest<R> = R extends Rule ? Omit<R, keyof RuleBase> & Partial<RuleBase> : never;

function ruleOf(b: RuleBase, rest: RuleRest<Rule>): Rule {
  const r: Record<string, unknown> = {
    ruleId: b.ruleId,
    personId: b.personId,
    deviceId: b.deviceId,
    condition: b.condition,
    order: b.order,
    citation: b.citation,
    clauseText: b.clauseText,
    description: b.description,
    effectiveFrom: b.effectiveFrom,
    effectiveTo: b.effectiveTo,
    timeZone: b.timeZone,
  };
  for (const k of Object.keys(rest)) r[k] = (rest as Record<string, unknown>)[k];
  return r as unknown as Rule;
}

const HOME_ABSENCES_INCARCERATION = new Set(['medical', 'court', 'attorneyVisits', 'other']);

/**
 * The buffer of one of an enrollment's shared-zone rules: its own, else the enrollment's tolerance, else the
 * default. The shared zone library is indexed with the largest of them (so one query finds every zone within
 * any rule's buffer).
 */
export const sharedZoneBufferM = (enrollment: Enrollment, s: Enrollment['sharedZones'][number]): number =>
  s.bufferM ?? { ...DEFAULT_TOLERANCES, ...enrollment.tolerances }.exclusionBufferM;

/**
 * Compile the rules for one enrolled person from the conditions that bind them (every period, past and
 * future: each rule keeps its own effective instants, and the evaluator applies a rule only inside them).
 */
export function compileRules(
  conditions: readonly ConditionInForce[],
  enrollment: Enrollment,
  options: CompileOptions = {},
): CompileResult {
  const gaps: string[] = [];
  const tolerances: Tolerances = { ...DEFAULT_TOLERANCES, ...enrollment.tolerances };
  const tz =
    options.timeZone ??
    supervisionTimeZone(
      conditions.map((c) => c.condition),
      options.district,
    );
  const personId = enrollment.personId;
  const deviceId = enrollment.device.id;
  const rules: Rule[] = [];

  const base = (c: ConditionInForce, suffix: string, description: string): RuleBase => {
    const clauses = CONDITION_CLAUSES[c.condition.kind] ?? ['xiv'];
    const roman = clauses.map((k) => `(${k})`);
    return {
      ruleId: `${personId}:${c.condition.id}:${suffix}`,
      personId,
      deviceId,
      condition: { id: c.condition.id, kind: c.condition.kind, text: c.condition.text ?? c.condition.kind },
      order: c.order,
      citation: `18 U.S.C. § 3142(c)(1)(B)${roman.join(', ')}`,
      clauseText: clauses.map((k) => CLAUSES[k].text),
      description,
      effectiveFrom: startOfDay(c.from, tz),
      effectiveTo: c.to === null ? null : startOfDay(c.to, tz) + DAY_MS,
      timeZone: tz,
    };
  };
  const effective = (b: RuleBase): Interval => ({
    start: b.effectiveFrom,
    end: b.effectiveTo ?? Number.POSITIVE_INFINITY,
  });

  const homeZoneFor = (c: ConditionInForce): CompiledZone | null => {
    if (enrollment.home) return compileZone(enrollment.home);
    const place = 'residence' in c.condition ? c.condition.residence : undefined;
    const loc = place?.location;
    if (!place || !loc) return null;
    return compileZone(circleZone(`${personId}:home`, place.label, loc.lat, loc.lon, enrollment.homeRadiusM));
  };

  const absencesFor = (allowed: ReadonlySet<string>, conditionId: string) => {
    const applied: InclusionRule['absences'] = [];
    for (const a of enrollment.absences) {
      if (!allowed.has(a.category)) {
        gaps.push(
          `absence ${a.id} (${a.category}) is not a category condition ${conditionId} allows: not applied`,
        );
        continue;
      }
      applied.push({ id: a.id, category: a.category, start: Date.parse(a.from), end: Date.parse(a.to) });
    }
    return applied.sort((x, y) => x.start - y.start);
  };

  for (const c of conditions) {
    const cond = c.condition;
    if (cond.kind === 'homeDetention' || cond.kind === 'homeIncarceration') {
      const home = homeZoneFor(c);
      if (!home) {
        gaps.push(
          `${cond.id}: no residence geometry (enrollment.home) and no location on the order's residence`,
        );
        continue;
      }
      const allowed =
        cond.kind === 'homeIncarceration'
          ? new Set(cond.approvedAbsences.filter((a) => HOME_ABSENCES_INCARCERATION.has(a)))
          : new Set<string>(cond.approvedAbsences);
      const absences = absencesFor(allowed, cond.id);
      const b = base(
        c,
        'inclusion',
        `${cond.kind === 'homeDetention' ? 'Home detention' : 'Home incarceration'}: inside ${home.label} except during approved absences`,
      );
      rules.push(
        ruleOf(b, {
          kind: 'inclusion',
          purpose: cond.kind,
          zones: [home],
          conditionalZones: [],
          required: subtractIntervals([effective(b)], absences),
          absences,
          graceMs: tolerances.inclusionGraceMin * 60_000,
          beaconIsPresence: true,
          marginM: 0,
        }),
      );
    } else if (cond.kind === 'curfew') {
      const home = homeZoneFor(c);
      if (!home) {
        gaps.push(`${cond.id}: curfew needs the residence geometry (enrollment.home)`);
        continue;
      }
      const b = base(
        c,
        'inclusion',
        `Curfew ${cond.start}–${cond.end} (${cond.timeZone}): inside ${home.label}`,
      );
      const toDate =
        c.to ??
        Temporal.Instant.fromEpochMilliseconds(options.horizonTo ?? b.effectiveFrom + 366 * DAY_MS)
          .toZonedDateTimeISO(cond.timeZone)
          .toPlainDate()
          .toString();
      const windows = curfewWindows(cond.start, cond.end, cond.timeZone, c.from, toDate);
      rules.push(
        ruleOf(b, {
          timeZone: cond.timeZone,
          kind: 'inclusion',
          purpose: 'curfew',
          zones: [home],
          conditionalZones: [],
          required: clip(windows, b.effectiveFrom, b.effectiveTo ?? Number.POSITIVE_INFINITY),
          absences: [],
          graceMs: tolerances.inclusionGraceMin * 60_000,
          beaconIsPresence: true,
          marginM: 0,
        }),
      );
    } else if (cond.kind === 'travel') {
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
        gaps.push(
          `${cond.id}: no boundary polygon for permitted district(s) ${missing.join(', ')} (enrollment.permittedAreas): travel not monitored`,
        );
        continue;
      }
      const b = base(c, 'inclusion', `Travel limited to ${cond.permittedDistricts.join(', ')}`);
      const courtAbsences = enrollment.absences
        .filter((a) => a.category === 'court')
        .map((a) => ({ id: a.id, category: a.category, start: Date.parse(a.from), end: Date.parse(a.to) }));
      rules.push(
        ruleOf(b, {
          kind: 'inclusion',
          purpose: 'travel',
          zones,
          conditionalZones,
          required: [effective(b)],
          absences: courtAbsences,
          graceMs: tolerances.inclusionGraceMin * 60_000,
          beaconIsPresence: false,
          marginM: tolerances.areaMarginM,
        }),
      );
    } else if (cond.kind === 'noContact' || cond.kind === 'association') {
      const own = enrollment.zones.filter((z) => z.conditionId === cond.id);
      const protectsPerson = cond.kind === 'noContact';
      for (const z of own) {
        const b = base(c, `exclusion:${z.zone.id}`, `Stay out of ${z.zone.label}`);
        rules.push(
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
          if (!options.library) {
            gaps.push(`${cond.id}: shared zones tagged ${s.tags.join(', ')} need the agency zone library`);
            return;
          }
          const b = base(c, `shared:${i}`, `Stay out of shared zones tagged ${s.tags.join(', ')}`);
          rules.push(
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
      for (const p of enrollment.protectedPersons.filter((pp) => pp.conditionId === cond.id)) {
        const b = base(c, `mobile:${p.id}`, `Keep ${p.radiusM} m from ${p.label}`);
        rules.push(
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
      if (
        cond.kind === 'noContact' &&
        own.length === 0 &&
        enrollment.protectedPersons.every((p) => p.conditionId !== cond.id)
      )
        gaps.push(
          `${cond.id}: no zone or protected device enrolled for this no-contact condition: not monitored by location`,
        );
    } else if (cond.kind === 'locationMonitoring') {
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
        rules.push(ruleOf(base(c, `health:${check}`, description), { kind: 'deviceHealth', check, params }));
    } else if (cond.kind === 'partialCustody') {
      gaps.push(
        `${cond.id}: partial custody (return to a facility) needs the facility's schedule: not monitored yet`,
      );
    }
  }

  const lm = conditions.find((c) => c.condition.kind === 'locationMonitoring');
  const plan = enrollment.device.plan;
  const timers: DeviceRules['timers'] = {
    communication: lm
      ? {
          base: base(lm, 'communication', 'Device calls in'),
          afterMs: (plan.callInIntervalS + tolerances.communicationBufferMin * 60) * 1000,
        }
      : null,
    location: lm
      ? {
          base: base(lm, 'location', 'Device reports its location'),
          afterMs: (plan.fixIntervalS + tolerances.locationBufferMin * 60) * 1000,
        }
      : null,
  };
  if (!lm) gaps.push('no location-monitoring condition in force: device health is not checked');

  return {
    device: {
      personId,
      personLabel: enrollment.label,
      deviceId,
      timeZone: tz,
      plan,
      tolerances,
      rules,
      timers,
    },
    gaps,
  };
}
