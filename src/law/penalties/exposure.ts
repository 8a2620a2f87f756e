/**
 * Statutory exposure (docs/exposure.md, "What is computed"). Per count: the range, the class, supervised release,
 * the maximum fine and the assessments, each with its citation and a trace. Per set of counts:
 *
 *   floor   = max(minimum of each ordinary count) + Σ(minimum of each mandatory-consecutive count)
 *   ceiling = Σ(maximum of every count), life absorbing (the court may run terms consecutively, § 3584(a)),
 *             except that an attempt and its sole objective are not stacked (§ 3584(a)).
 *
 * The likely sentence is a Guidelines question this engine does not answer.
 */
import type { ChargeAttributes, Statute } from '../../case/index.ts';
import { addYears as addCalendarYears, parseDate } from '../calendar/dates.ts';
import { entryByKey } from './catalog.ts';
import { CIRCUIT_CITATION, circuitOf, section3014RulingFor } from './circuits.ts';
import { matchCitation, type ParsedCitation, parseCitation } from './citation.ts';
import { inForceOn } from './dated.ts';
import {
  ASSESSMENTS_3013,
  ASSESSMENTS_3014,
  type Assessment3014,
  CLASS_CITATION,
  CLASS_LABEL,
  FINE_GAIN_LOSS,
  FINES_3571,
  offenseClass,
  PROBATION_3561,
  SUPERVISED_RELEASE_B,
  SUPERVISED_RELEASE_K,
} from './general.ts';
import {
  type CountExposure,
  type ExposureOptions,
  ExposureOptionsSchema,
  type ExposureTotals,
  type ExposureTraceStep,
} from './schema.ts';
import type {
  OffenseClass,
  PenaltyEntry,
  PenaltyVariant,
  PenaltyVersion,
  PrisonTerm,
  Years,
} from './types.ts';

/** One charge to compute: a count of the case, or an offense named in a plea offer. */
export interface Charge {
  label: string;
  countId?: string;
  statute: Statute | null;
  attributes?: ChargeAttributes;
  /** The date of the charging instrument: the offense ended on or before it (used when no offense date is given). */
  instrumentDate?: string;
}

export type ResolvedOptions = Required<Omit<ExposureOptions, 'gainOrLossUsd' | 'court'>> & {
  gainOrLossUsd?: number;
  court?: string;
};

export function resolveOptions(opts: ExposureOptions): ResolvedOptions {
  const o = ExposureOptionsSchema.parse(opts);
  return {
    asOf: o.asOf,
    sentencingDate: o.sentencingDate ?? o.asOf,
    indigent: o.indigent,
    section3014Unit: o.section3014Unit,
    ...(o.gainOrLossUsd !== undefined ? { gainOrLossUsd: o.gainOrLossUsd } : {}),
    ...(o.court !== undefined ? { court: o.court } : {}),
  };
}

// ------------------------------------------------------------------------------------------- year arithmetic
import { formatRange, formatYears, usd } from './summary.ts';

export { formatRange, formatYears, usd };
export const addTerms = (a: Years, b: Years): Years => (a === 'life' || b === 'life' ? 'life' : a + b);
export const maxYears = (a: Years, b: Years): Years =>
  a === 'life' || b === 'life' ? 'life' : Math.max(a, b);
const addYearsIso = (iso: string, n: number): string => addCalendarYears(parseDate(iso), n).toString();

// ------------------------------------------------------------------------------------------- one count
const describeEntry = (e: PenaltyEntry) => `${e.title} U.S.C. § ${e.key.split(':')[1]}`;

function parseStatute(statute: Statute): ParsedCitation {
  const parsed = parseCitation(statute.citation);
  if (parsed.title !== null && parsed.sections.length > 0) return parsed;
  if (statute.title !== undefined && statute.section)
    return {
      raw: statute.citation,
      title: statute.title,
      sections: [{ section: statute.section.toUpperCase(), subsections: [...statute.subsections] }],
    };
  return parsed;
}

interface Resolution {
  entry: PenaltyEntry;
  version: PenaltyVersion;
  object?: { entry: PenaltyEntry; version: PenaltyVersion };
  variants: PenaltyVariant[];
  /** Why a version enacted after the offense applies (First Step Act §§ 401(c), 403(b)). */
  pending?: string;
}

/**
 * First Step Act §§ 401(c), 403(b): a later version reaches an earlier offense "if a sentence for the
 * offense has not been imposed as of such date of enactment". The sentence that counts is the one the
 * court will impose (the sentencing date); a sentence imposed before the enactment and later vacated does
 * not count (Hewitt v. United States, 606 U.S. ___ (2025)).
 */
function pendingCaseVersion(
  entry: PenaltyEntry,
  version: PenaltyVersion,
  offenseDate: string,
  sentencingDate: string,
  notes: string[],
): { version: PenaltyVersion; text: string } | undefined {
  let picked: { version: PenaltyVersion; text: string } | undefined;
  for (const v of entry.versions) {
    const p = v.pendingCases;
    if (!p || v.from <= version.from || offenseDate >= v.from) continue;
    if (sentencingDate === p.enactment) {
      notes.push(
        `${p.citation}: the sentencing date is the day of enactment, ${p.enactment}; whether a sentence imposed that day was imposed "as of" it is not settled here — the version in force on the offense date is used.`,
      );
      continue;
    }
    if (sentencingDate < p.enactment) continue;
    picked = {
      version: v,
      text: `${p.citation}: "${p.sourceText}" The offense (${offenseDate}) predates the amendment of ${p.enactment}, and no sentence is imposed before the sentencing date ${sentencingDate} (a sentence imposed earlier and vacated does not count: ${p.authority}) → the version of ${v.from} applies.${p.caution ? ` Caution: ${p.caution}.` : ''}`,
    };
  }
  return picked;
}

type Failure = Pick<CountExposure, 'status' | 'problem' | 'candidates'>;

function fail(status: CountExposure['status'], problem: string, candidates: PenaltyEntry[] = []): Failure {
  return { status, problem, candidates: candidates.map((c) => ({ key: c.key, label: c.label })) };
}

function versionOn(entry: PenaltyEntry, date: string): PenaltyVersion | Failure {
  const v = inForceOn(entry.versions, date);
  if (v) return v;
  const first = entry.versions[0]?.from ?? '?';
  return fail(
    'notCovered',
    `the offense date ${date} is before the first version of ${describeEntry(entry)} in the catalog (${first}); earlier law is not modeled`,
  );
}
const isFailure = (x: PenaltyVersion | Failure): x is Failure => 'status' in x;

function resolve(
  charge: Charge,
  date: string,
  sentencingDate: string,
  notes: string[],
  trace: ExposureTraceStep[],
): Resolution | Failure {
  if (!charge.statute) return fail('unknown', 'the count names no statute');
  const parsed = parseStatute(charge.statute);
  const match = matchCitation(parsed);
  notes.push(...match.notes);
  if (match.status === 'unknown') return fail('unknown', match.reason);
  if (match.status === 'ambiguous') return fail('ambiguous', match.reason, match.candidates);
  const { entry } = match;
  const onOffenseDate = versionOn(entry, date);
  if (isFailure(onOffenseDate)) return onOffenseDate;
  let version = onOffenseDate;
  let pending: string | undefined;
  const later = pendingCaseVersion(entry, onOffenseDate, date, sentencingDate, notes);
  if (later) {
    version = later.version;
    pending = later.text;
    trace.push({
      rule: 'pending case',
      citation: later.version.pendingCases?.citation ?? later.version.citation,
      text: later.text,
      from: later.version.from,
      option: `sentencingDate=${sentencingDate}`,
    });
  }
  trace.push({
    rule: 'statute',
    citation: version.citation,
    text: `"${charge.statute.citation}" is ${describeEntry(entry)} (${entry.label}); the version in force on ${date} took effect ${version.from} (${version.enactedBy}).`,
    from: version.from,
  });
  let picked = [...match.citedVariants];
  let objectVariantsFrom: PenaltyVersion = version;
  let object: Resolution['object'];

  const objectCitation = charge.attributes?.object;
  if (entry.inchoate || (entry.key === '18:371' && objectCitation)) {
    let objectEntry = match.objectEntry;
    if (!objectEntry && objectCitation) {
      const parsedObject = parseCitation(objectCitation);
      const om = matchCitation(parsedObject);
      if (om.status !== 'resolved' && !entry.inchoate) {
        // § 371: the object matters only for the misdemeanor-object cap; the count stands on its own penalty.
        notes.push(
          `the object "${objectCitation}" could not be read (${om.reason}); whether it is a misdemeanor only (§ 371, second sentence) is not checked.`,
        );
      } else if (om.status === 'unknown')
        return fail('unknown', `the object "${objectCitation}": ${om.reason}`);
      else if (om.status === 'ambiguous')
        return fail('ambiguous', `the object "${objectCitation}": ${om.reason}`, om.candidates);
      else {
        objectEntry = om.entry;
        picked = [...picked, ...om.citedVariants];
      }
    }
    if (!objectEntry && entry.inchoate)
      return fail(
        'ambiguous',
        `${describeEntry(entry)} is punished like its object, which the count does not state (set attributes.object, e.g. "${entry.inchoate.objectTitle} U.S.C. § ${entry.inchoate.objects[0]}")`,
      );
    if (objectEntry) {
      if (entry.inchoate && !entry.inchoate.objects.includes(objectEntry.section))
        return fail(
          'ambiguous',
          `§ ${objectEntry.section} is not an object ${describeEntry(entry)} reaches (${entry.inchoate.objects.join(', ')})`,
        );
      if (objectEntry.inchoate)
        return fail('ambiguous', `the object ${describeEntry(objectEntry)} is itself inchoate`);
      const ovOnDate = versionOn(objectEntry, date);
      if (isFailure(ovOnDate)) return ovOnDate;
      let ov = ovOnDate;
      const laterObject = pendingCaseVersion(objectEntry, ovOnDate, date, sentencingDate, notes);
      if (laterObject) {
        ov = laterObject.version;
        pending = laterObject.text;
        trace.push({
          rule: 'pending case',
          citation: laterObject.version.pendingCases?.citation ?? laterObject.version.citation,
          text: laterObject.text,
          from: laterObject.version.from,
          option: `sentencingDate=${sentencingDate}`,
        });
      }
      object = { entry: objectEntry, version: ov };
      if (entry.inchoate) objectVariantsFrom = ov;
      trace.push({
        rule: 'object',
        citation: entry.inchoate ? version.citation : ov.citation,
        text: entry.inchoate
          ? `${version.citation}: punished "in the same manner" as the object, ${describeEntry(objectEntry)} (${objectEntry.label}), version of ${ov.from}.`
          : `The object of the conspiracy is ${describeEntry(objectEntry)}.`,
        from: ov.from,
      });
    }
  }

  const available = objectVariantsFrom.variants ?? [];
  const facts = charge.attributes?.penaltyFacts ?? [];
  for (const fact of facts) {
    if (!available.some((v) => v.id === fact)) {
      const names = available.map((v) => v.id).join(', ') || 'none';
      notes.push(
        `penalty fact "${fact}" is not a penalty variant of the version in force (${names}); ignored.`,
      );
    }
  }
  const ids = new Set([...picked, ...facts]);
  // A combined clause is selected by the facts it requires (§ 841(b)(1): a prior conviction and death or
  // serious bodily injury → life), never by the higher of the separate floors.
  const variants = available.filter(
    (v) => ids.has(v.id) || v.requires?.every((g) => g.some((id) => ids.has(id))) === true,
  );
  return { entry, version, ...(object ? { object } : {}), variants, ...(pending ? { pending } : {}) };
}

/** Each candidate of an ambiguous citation with its range on the offense date. */
function readingsOf(
  candidates: ReadonlyArray<{ key: string; label: string }>,
  date: string,
): NonNullable<CountExposure['candidates']> {
  return candidates.map((c) => {
    const e = entryByKey(c.key);
    const v = e ? inForceOn(e.versions, date) : undefined;
    return {
      key: c.key,
      label: c.label,
      ...(v?.prison ? { min: v.prison.min, max: v.prison.max, citation: v.citation } : {}),
      ...(e ? { chapter: e.chapter } : {}),
    };
  });
}

const minYears = (a: Years, b: Years): Years => (a === 'life' ? b : b === 'life' ? a : Math.min(a, b));

/**
 * What holds under every reading of an ambiguous citation: § 1591(a) without (b)(1) or (b)(2) is 15–life
 * or 10–life, so "life" is the maximum either way (and § 3142(e)(3)(D), (f)(1)(B) follow from it).
 */
function eitherWayOf(
  readings: NonNullable<CountExposure['candidates']>,
  label: string,
): { value: NonNullable<CountExposure['eitherWay']>; citation: string; text: string } | undefined {
  if (readings.length < 2 || readings.some((r) => r.min === undefined || r.max === undefined))
    return undefined;
  let min: Years = 'life';
  let max: Years = 'life';
  for (const r of readings) {
    min = minYears(min, r.min ?? 0);
    max = minYears(max, r.max ?? 0);
  }
  const chapters = [...new Set(readings.map((r) => r.chapter ?? ''))];
  const chapter = chapters.length === 1 && chapters[0] ? chapters[0] : null;
  const citation = readings.map((r) => r.citation ?? r.key).join('; ');
  const text = `Count ${label} does not state its penalty subsection; every reading (${readings.map((r) => `${r.citation ?? r.key}: ${formatRange({ min: r.min ?? 0, max: r.max ?? 0 })}`).join('; ')}) carries a maximum of at least ${formatYears(max)}${chapter ? ` and is in chapter ${chapter}` : ''}; the minimum is ${formatYears(min)} or more depending on the subsection.`;
  return { value: { min, max, chapter, text }, citation, text };
}

function offenseDateOf(charge: Charge, opts: ResolvedOptions): NonNullable<CountExposure['offenseDate']> {
  if (charge.attributes?.offenseDate) return { date: charge.attributes.offenseDate, source: 'attribute' };
  if (charge.instrumentDate) return { date: charge.instrumentDate, source: 'instrument' };
  return { date: opts.asOf, source: 'asOf' };
}

const srGroup = (c: OffenseClass): 'AB' | 'CD' | 'EM' | null =>
  c === 'A' || c === 'B'
    ? 'AB'
    : c === 'C' || c === 'D'
      ? 'CD'
      : c === 'E' || c === 'misdemeanorA'
        ? 'EM'
        : null;

type OffenseDate = NonNullable<CountExposure['offenseDate']>;
type Trace = ExposureTraceStep[];

/** The trace step that names the date whose law applies (U.S. Const. art. I, § 9, cl. 3). */
function offenseDateStep(offenseDate: OffenseDate): ExposureTraceStep {
  return {
    rule: 'offense date',
    citation: 'U.S. Const. art. I, § 9, cl. 3 (ex post facto)',
    text:
      offenseDate.source === 'attribute'
        ? `The penalty in force on the offense date, ${offenseDate.date}, applies.`
        : offenseDate.source === 'instrument'
          ? `No offense date is recorded: the charging instrument's date, ${offenseDate.date}, is used (the offense ended on or before it).`
          : `No offense date or charging instrument: the computation date, ${offenseDate.date}, is used.`,
    value: offenseDate.date,
  };
}

/** A charge the catalog cannot resolve to one penalty: its readings and what holds under every one of them. */
function unresolvedExposure(
  base: Pick<CountExposure, 'label' | 'countId' | 'citation'>,
  failure: Failure,
  charge: Charge,
  offenseDate: OffenseDate,
  notes: string[],
  trace: Trace,
): CountExposure {
  const readings = readingsOf(failure.candidates ?? [], offenseDate.date);
  const either = eitherWayOf(readings, charge.label);
  if (either) trace.push({ rule: 'every reading', citation: either.citation, text: either.text });
  return {
    ...base,
    ...failure,
    candidates: readings,
    ...(either ? { eitherWay: either.value } : {}),
    offenseDate,
    notes,
    trace,
  };
}

/**
 * Without an offense date, flag a change of penalty within the general five-year limitations period before the
 * date used (18 U.S.C. § 3282(a)); older changes are flagged only if the offense date is set.
 */
function noteRecentChanges(r: Resolution, offenseDate: OffenseDate, notes: string[]): void {
  if (offenseDate.source === 'attribute') return;
  const fiveYearsBefore = addYearsIso(offenseDate.date, -5);
  const later = [r.entry, ...(r.object ? [r.object.entry] : [])].flatMap((e) =>
    e.versions.filter(
      (v) => v.from <= offenseDate.date && v.from > fiveYearsBefore && v.from > (e.versions[0]?.from ?? ''),
    ),
  );
  for (const v of later)
    notes.push(
      `${v.citation} changed on ${v.from} (${v.enactedBy}); if the offense ended before then, the earlier version applies — record the offense date.`,
    );
}

/** Imprisonment: the base term, raised by each penalty variant charged; § 371's misdemeanor-object cap. */
function imprisonmentOf(
  r: Resolution,
  source: PenaltyVersion,
  notes: string[],
  trace: Trace,
): { prison: PrisonTerm; prisonCitation: string } {
  const { entry, version, object, variants } = r;
  let prison: PrisonTerm = source.prison ?? { min: 0, max: 0 };
  const prisonCitations =
    entry.inchoate && source !== version ? [version.citation, source.citation] : [source.citation];
  trace.push({
    rule: 'imprisonment',
    citation: source.citation,
    text: `${source.citation}: "${source.sourceText}" → ${formatRange(prison)}.`,
    value: formatRange(prison),
    from: source.from,
  });
  for (const v of variants) {
    prison = { min: maxYears(prison.min, v.prison.min), max: maxYears(prison.max, v.prison.max) };
    prisonCitations.push(v.citation);
    trace.push({
      rule: 'penalty fact',
      citation: v.citation,
      text: `Charged: ${v.label} — ${v.citation}: "${v.sourceText}" → ${formatRange(prison)}.`,
      value: formatRange(prison),
    });
  }
  for (const v of source.variants ?? []) {
    if (variants.includes(v)) continue;
    notes.push(`Not charged on this count: ${v.label} (${v.citation}: ${formatRange(v.prison)}).`);
  }
  if (entry.key === '18:371' && version.misdemeanorObjectCap && object) {
    const objMax = object.version.prison?.max ?? 'life';
    if (objMax !== 'life' && objMax <= 1) {
      prison = { min: 0, max: objMax };
      trace.push({
        rule: 'misdemeanor object',
        citation: version.citation,
        text: `${version.citation}: the object is a misdemeanor only; the punishment "shall not exceed the maximum punishment provided for such misdemeanor" → up to ${formatYears(objMax)}.`,
      });
    }
  }
  if (prison.maxReadFrom) notes.push(`${source.citation}: ${prison.maxReadFrom}.`);
  return { prison, prisonCitation: [...new Set(prisonCitations)].join('; ') };
}

/** Class: derived from the maximum, never stored (§ 3559(a)). */
function classOf(max: Years, trace: Trace): OffenseClass {
  const cls = offenseClass(max);
  trace.push({
    rule: 'class',
    citation: CLASS_CITATION,
    text: `Maximum ${formatYears(max)} → ${CLASS_LABEL[cls]} (${CLASS_CITATION}).`,
    value: CLASS_LABEL[cls],
  });
  return cls;
}

/**
 * Probation: § 3561(a)(1) bars it for a Class A or B felony by an individual; (a)(2) where the offense statute
 * itself precludes it (§ 924(c)(1)(D)(i), § 1028A(b)(1), § 924(e)(1), § 841(b)(1)(A), (B) …).
 */
function probationBarsOf(
  cls: OffenseClass,
  source: PenaltyVersion,
  variants: PenaltyVariant[],
  trace: Trace,
): Array<{ citation: string; text: string }> {
  const bars: Array<{ citation: string; text: string }> = [];
  if (cls === 'A' || cls === 'B')
    bars.push({
      citation: PROBATION_3561.citation,
      text: `${PROBATION_3561.citation}: no probation where "${PROBATION_3561.sourceText}" (${CLASS_LABEL[cls]})`,
    });
  for (const b of [source.probationBarred, ...variants.map((v) => v.probationBarred)])
    if (b && !bars.some((x) => x.citation === b.citation))
      bars.push({
        citation: b.citation,
        text: `${b.citation}${b.sourceText ? `: "${b.sourceText}"` : ''} (${PROBATION_3561.expressCitation}: "${PROBATION_3561.expressText}")`,
      });
  trace.push({
    rule: 'probation',
    citation: bars.map((b) => b.citation).join('; ') || '18 U.S.C. § 3561(a)',
    text:
      bars.length > 0
        ? `Probation barred — ${bars.map((b) => b.text).join('; ')}.`
        : `Probation is not barred by the offense: not a Class A or B felony and no express bar (18 U.S.C. § 3561(a)(1), (2)); it is barred if a term of imprisonment is imposed at the same time (§ 3561(a)(3): "${PROBATION_3561.sameTimeText}").`,
    value: bars.length > 0 ? 'barred' : 'not barred by the offense',
  });
  return bars;
}

/** Death: the statute authorizes it for the variant charged (§ 2251(e): "shall be punished by death or …"). */
function capitalOf(variants: PenaltyVariant[], trace: Trace): CountExposure['capital'] | undefined {
  const deathVariant = variants.find((v) => v.deathPenalty);
  const capital = deathVariant?.deathPenalty && {
    citation: deathVariant.deathPenalty.citation,
    text: `${deathVariant.deathPenalty.citation}: "${deathVariant.deathPenalty.sourceText}" — a capital offense as charged: the maximum penalty is death (Class A, § 3559(a)(1)); two counsel, one learned in capital law, on request (18 U.S.C. § 3005); the Government's notice of intent to seek death (§ 3593(a)); detention-hearing ground "life imprisonment or death" (§ 3142(f)(1)(B)); no limitation period (§ 3281).`,
  };
  if (capital) trace.push({ rule: 'death penalty', citation: capital.citation, text: capital.text });
  return capital || undefined;
}

/** Supervised release: § 3583(b) by class (the default), (k) for listed offenses, or the statute's own term. */
function supervisedReleaseOf(
  charge: Charge,
  r: Resolution,
  source: PenaltyVersion,
  cls: OffenseClass,
  offenseDate: OffenseDate,
  notes: string[],
  trace: Trace,
): CountExposure['supervisedRelease'] {
  const { entry, variants } = r;
  const keyForm = entry.key.split(':')[1] ?? '';
  const own =
    [...variants].reverse().find((v) => v.supervisedRelease)?.supervisedRelease ?? source.supervisedRelease;
  let supervisedRelease: CountExposure['supervisedRelease'];
  const k = inForceOn(SUPERVISED_RELEASE_K, offenseDate.date);
  const kApplies =
    k !== undefined &&
    entry.title === 18 &&
    (k.sections.includes(entry.section) ||
      k.sections.includes(keyForm) ||
      (charge.attributes?.minorVictim === true && k.minorVictimSections.includes(entry.section)));
  if (own) {
    supervisedRelease = {
      min: own.min,
      max: own.max,
      rule: 'statute',
      citation: own.citation,
      text: `${own.citation}: at least ${formatYears(own.min)}${own.note ? ` (${own.note})` : ''}.`,
    };
  } else if (kApplies && k) {
    supervisedRelease = {
      min: k.min,
      max: k.max,
      rule: '3583(k)',
      citation: k.citation,
      text: `${k.citation} (an exception to § 3583(b)): "any term of years not less than 5, or life" for an offense under § ${keyForm.startsWith('1594') ? keyForm : entry.section}.`,
    };
  } else {
    const b = inForceOn(SUPERVISED_RELEASE_B, offenseDate.date);
    const group = srGroup(cls);
    const max = b && group ? b.byClass[group] : 0;
    supervisedRelease = {
      min: 0,
      max,
      rule: '3583(b)',
      citation: b?.citation ?? '18 U.S.C. § 3583(b)',
      text:
        group && b
          ? `${b.citation}: ${CLASS_LABEL[cls]} → not more than ${formatYears(max)}.`
          : `${CLASS_LABEL[cls]}: a petty offense carries no term of supervised release under § 3583(b).`,
    };
    if (k && k.sections.length === 0 && offenseDate.date < '2006-07-27')
      notes.push(k.unverified ?? '§ 3583(k) before 2006 is not modeled.');
  }
  trace.push({
    rule: 'supervised release',
    citation: supervisedRelease.citation,
    text: supervisedRelease.text,
    value: formatRange(supervisedRelease),
  });
  return supervisedRelease;
}

/** Fine: the greatest of the statute's amount, the class amount (§ 3571(b)) and twice gain or loss (§ 3571(d)). */
function fineOf(
  cls: OffenseClass,
  source: PenaltyVersion,
  variants: PenaltyVariant[],
  prisonCitation: string,
  offenseDate: OffenseDate,
  opts: ResolvedOptions,
  trace: Trace,
): CountExposure['fine'] {
  const f = inForceOn(FINES_3571, offenseDate.date);
  const classFine = !f
    ? 0
    : cls.length === 1
      ? f.felony
      : cls === 'misdemeanorA'
        ? f.misdemeanorA
        : cls === 'infraction'
          ? f.infraction
          : f.misdemeanorBC;
  const statuteFine = Math.max(source.fine?.amountUsd ?? 0, ...variants.map((v) => v.fineUsd ?? 0));
  let maxFine = Math.max(classFine, statuteFine);
  const alternatives = [`twice the gross gain or twice the gross loss (${FINE_GAIN_LOSS.citation})`];
  if (source.fine?.alternative) alternatives.push(source.fine.alternative);
  if (opts.gainOrLossUsd !== undefined) {
    maxFine = Math.max(maxFine, 2 * opts.gainOrLossUsd);
    alternatives[0] = `twice the gross gain or loss, ${usd(2 * opts.gainOrLossUsd)} (${FINE_GAIN_LOSS.citation})`;
  }
  const fineCitation =
    statuteFine > classFine ? `${prisonCitation}; 18 U.S.C. § 3571(b)(1)` : '18 U.S.C. § 3571(b)(3)';
  const fine = {
    maxUsd: maxFine,
    alternatives,
    citation: fineCitation,
    text: `Not more than ${usd(maxFine)}${statuteFine > classFine ? ' (the amount the offense statute states)' : ` (${cls.length === 1 ? 'felony' : CLASS_LABEL[cls]}, § 3571(b))`}, or ${alternatives.join(', or ')}.`,
  };
  trace.push({ rule: 'fine', citation: fine.citation, text: fine.text, value: usd(maxFine), from: f?.from });
  return fine;
}

/** Special assessment § 3013, per count of conviction, by class, for an individual. */
function assessment3013Of(
  cls: OffenseClass,
  offenseDate: OffenseDate,
  trace: Trace,
): CountExposure['assessment3013'] {
  const a = inForceOn(ASSESSMENTS_3013, offenseDate.date);
  const amount3013 = !a
    ? 0
    : cls.length === 1
      ? a.felony
      : cls === 'misdemeanorA'
        ? a.misdemeanorA
        : cls === 'misdemeanorB'
          ? a.misdemeanorB
          : a.misdemeanorCOrInfraction;
  const assessment3013 = {
    amountUsd: amount3013,
    citation: a?.citation ?? '18 U.S.C. § 3013(a)',
    text: `${a?.citation ?? '18 U.S.C. § 3013(a)'}: ${usd(amount3013)} for a ${cls.length === 1 ? 'felony' : CLASS_LABEL[cls]} (individual), per count of conviction.`,
  };
  trace.push({
    rule: 'assessment § 3013',
    citation: assessment3013.citation,
    text: assessment3013.text,
    value: usd(amount3013),
    from: a?.from,
  });
  return assessment3013;
}

/**
 * Which paragraph of § 3014(a) reaches an offense: (1)–(4) a chapter of title 18 (77, 109A, 110, 117), (5) 8 U.S.C.
 * § 1324 with its family exception; undefined if none (or § 3014 is not in force).
 */
export function section3014Reach(
  entry: Pick<PenaltyEntry, 'title' | 'section' | 'chapter'>,
  record: Assessment3014 | undefined,
): { paragraph: string; text: string; unless?: string } | undefined {
  if (!record) return undefined;
  if (entry.title === 18 && record.chapters.includes(entry.chapter))
    return { paragraph: '18 U.S.C. § 3014(a)', text: `chapter ${entry.chapter}` };
  const s = record.sections.find((x) => x.title === entry.title && x.section === entry.section);
  return s
    ? {
        paragraph: s.paragraph,
        text: `${s.title} U.S.C. § ${s.section}`,
        ...(s.unless ? { unless: s.unless } : {}),
      }
    : undefined;
}

/** Special assessment § 3014: chapters 77, 109A, 110, 117 and 8 U.S.C. § 1324, non-indigent, in force at sentencing. */
function assessment3014Of(
  entry: PenaltyEntry,
  opts: ResolvedOptions,
  trace: Trace,
): NonNullable<CountExposure['assessment3014']> {
  const r14 = inForceOn(ASSESSMENTS_3014, opts.sentencingDate);
  const reach = section3014Reach(entry, r14);
  const condition: NonNullable<CountExposure['assessment3014']>['condition'] =
    opts.indigent === 'unknown' ? 'unknownIndigency' : opts.indigent ? 'indigent' : 'nonIndigent';
  const applies = reach !== undefined && condition !== 'indigent';
  const assessment3014 = {
    applies,
    amountUsd: applies && r14 ? r14.amount : 0,
    status: !reach ? ('notApplicable' as const) : (r14?.status ?? 'notApplicable'),
    condition,
    citation: reach?.paragraph ?? r14?.citation ?? '18 U.S.C. § 3014(a)',
    text: !reach
      ? entry.title === 18
        ? `${'18 U.S.C. § 3014(a)'}: chapter ${entry.chapter} is not among the chapters listed (77, 109A, 110, 117).`
        : `18 U.S.C. § 3014(a): ${entry.title} U.S.C. § ${entry.section} is not among the offenses listed (chapters 77, 109A, 110, 117 of title 18; 8 U.S.C. § 1324).`
      : condition === 'indigent'
        ? '18 U.S.C. § 3014(a): not assessed on an indigent person.'
        : `${reach.paragraph}: ${usd(r14?.amount ?? 0)} (${reach.text})${condition === 'unknownIndigency' ? ', if the defendant is not indigent' : ''}${reach.unless ? `, ${reach.unless} (not read from the record)` : ''}${r14?.status === 'unverified' ? `; unverified: ${r14.unverified}` : ''}.`,
  };
  trace.push({
    rule: 'assessment § 3014',
    citation: assessment3014.citation,
    text: assessment3014.text,
    value: usd(assessment3014.amountUsd),
    from: r14?.from,
    option: `indigent=${String(opts.indigent)}`,
  });
  return assessment3014;
}

/** The exposure of one charge. */
export function countExposure(charge: Charge, options: ExposureOptions): CountExposure {
  const opts = resolveOptions(options);
  const notes: string[] = [];
  const trace: Trace = [];
  const citation = charge.statute?.citation ?? '(no statute)';
  const offenseDate = offenseDateOf(charge, opts);
  trace.push(offenseDateStep(offenseDate));
  const base = { label: charge.label, ...(charge.countId ? { countId: charge.countId } : {}), citation };
  const r = resolve(charge, offenseDate.date, opts.sentencingDate, notes, trace);
  if ('status' in r) return unresolvedExposure(base, r, charge, offenseDate, notes, trace);
  const { entry, version, object, variants, pending } = r;
  const source = entry.inchoate && object ? object.version : version;
  noteRecentChanges(r, offenseDate, notes);

  const { prison, prisonCitation } = imprisonmentOf(r, source, notes, trace);
  const cls = classOf(prison.max, trace);
  const bars = probationBarsOf(cls, source, variants, trace);
  const capital = capitalOf(variants, trace);
  const supervisedRelease = supervisedReleaseOf(charge, r, source, cls, offenseDate, notes, trace);
  const fine = fineOf(cls, source, variants, prisonCitation, offenseDate, opts, trace);
  const assessment3013 = assessment3013Of(cls, offenseDate, trace);
  const assessment3014 = assessment3014Of(entry, opts, trace);

  for (const rec of [version, ...(object ? [object.version] : [])])
    if (rec.unverified) notes.push(`${rec.citation}: ${rec.unverified}.`);

  return {
    ...base,
    status: 'resolved',
    candidates: [],
    entry: {
      key: entry.key,
      label: entry.label,
      title: entry.title,
      section: entry.section,
      chapter: entry.chapter,
      ...(object ? { object: { key: object.entry.key, label: object.entry.label } } : {}),
      variants: variants.map((v) => v.id),
      version: {
        from: version.from,
        to: version.to,
        enactedBy: version.enactedBy,
        ...(pending ? { pendingCases: pending } : {}),
      },
    },
    offenseDate,
    prison: {
      min: prison.min,
      max: prison.max,
      citation: prisonCitation,
      text: `${formatRange(prison)} (${prisonCitation})`,
    },
    ...(source.consecutive
      ? {
          consecutive: {
            citation: source.consecutive.citation,
            text: source.consecutive.text,
            concurrentWithSameSection: source.consecutive.concurrentWithSameSection ?? false,
          },
        }
      : {}),
    ...(bars.length > 0 ? { probationBarred: bars.map((b) => b.citation).join('; ') } : {}),
    ...(capital ? { capital } : {}),
    offenseClass: { class: cls, label: CLASS_LABEL[cls], citation: CLASS_CITATION },
    supervisedRelease,
    fine,
    assessment3013,
    assessment3014,
    notes,
    trace,
  };
}

// ------------------------------------------------------------------------------------------- a set of counts
/** Floor, ceiling, supervised release, fines and assessments of a set of counts (the counts of one scenario). */
export function totalsOf(
  charges: readonly Charge[],
  counts: readonly CountExposure[],
  options: ExposureOptions,
  trace: ExposureTraceStep[] = [],
): ExposureTotals {
  const opts = resolveOptions(options);
  const resolved = counts.filter((c) => c.status === 'resolved' && c.prison);
  const unresolved = counts
    .filter((c) => c.status !== 'resolved')
    .map((c) => ({ label: c.label, problem: c.problem ?? c.status }));

  // Floor: the highest ordinary minimum, plus each mandatory-consecutive term.
  const ordinary = resolved.filter((c) => !c.consecutive);
  const consecutive = resolved.filter((c) => c.consecutive);
  const parts: ExposureTotals['floor']['parts'] = [];
  let highest: CountExposure | undefined;
  for (const c of ordinary) {
    if (!highest || maxYears(c.prison?.min ?? 0, highest.prison?.min ?? 0) !== (highest.prison?.min ?? 0))
      highest = c;
  }
  let floor: Years = 0;
  if (highest?.prison && highest.prison.min !== 0) {
    floor = highest.prison.min;
    parts.push({
      label: highest.label,
      years: highest.prison.min,
      how: 'highest ordinary minimum',
      citation: highest.prison.citation,
    });
  }
  const sameSectionGroups = new Map<string, CountExposure>();
  for (const c of consecutive) {
    if (c.consecutive?.concurrentWithSameSection) {
      const key = c.entry?.key ?? c.label;
      const prev = sameSectionGroups.get(key);
      if (!prev || maxYears(c.prison?.min ?? 0, prev.prison?.min ?? 0) !== (prev.prison?.min ?? 0))
        sameSectionGroups.set(key, c);
      continue;
    }
    floor = addTerms(floor, c.prison?.min ?? 0);
    parts.push({
      label: c.label,
      years: c.prison?.min ?? 0,
      how: 'consecutive',
      citation: `${c.prison?.citation}; ${c.consecutive?.citation}`,
    });
  }
  for (const c of sameSectionGroups.values()) {
    floor = addTerms(floor, c.prison?.min ?? 0);
    const others = consecutive.filter((o) => o !== c && o.entry?.key === c.entry?.key).map((o) => o.label);
    parts.push({
      label: c.label,
      years: c.prison?.min ?? 0,
      how: `consecutive${others.length ? `; counts ${others.join(', ')} may run concurrently with it` : ''}`,
      citation: `${c.prison?.citation}; ${c.consecutive?.citation}`,
    });
  }
  const floorText =
    parts.length === 0
      ? 'No mandatory minimum.'
      : `${formatYears(floor)}: ${parts.map((p) => `${formatYears(p.years)} on ${p.label} (${p.how}, ${p.citation})`).join(' + ')}.`;
  trace.push({
    rule: 'floor',
    citation: '18 U.S.C. § 3584(a)',
    text: `Mandatory floor ${floorText} Terms imposed at the same time run concurrently unless the court orders or the statute mandates otherwise (§ 3584(a)).`,
    value: formatYears(floor),
  });

  // Ceiling: every count consecutive; an attempt and its sole objective count once (the larger).
  const byId = new Map(charges.filter((c) => c.countId).map((c) => [c.countId, c]));
  // Pair each attempt with the count charging its sole objective, when both are in the set.
  const partnerOf = new Map<CountExposure, CountExposure>();
  for (const c of resolved) {
    const attemptOf = c.countId ? byId.get(c.countId)?.attributes?.attemptOfCount : undefined;
    const partner = attemptOf ? resolved.find((o) => o.countId === attemptOf) : undefined;
    if (partner && !partnerOf.has(partner)) partnerOf.set(c, partner);
  }
  const objectives = new Set(partnerOf.values());
  let ceiling: Years = 0;
  for (const c of resolved) {
    if (objectives.has(c)) continue;
    const partner = partnerOf.get(c);
    if (partner) {
      const larger = maxYears(c.prison?.max ?? 0, partner.prison?.max ?? 0);
      ceiling = addTerms(ceiling, larger);
      trace.push({
        rule: 'attempt and object',
        citation: '18 U.S.C. § 3584(a)',
        text: `Counts ${c.label} (attempt) and ${partner.label} (its sole objective) "may not run consecutively": the larger maximum, ${formatYears(larger)}, counts once.`,
      });
      continue;
    }
    ceiling = addTerms(ceiling, c.prison?.max ?? 0);
  }
  trace.push({
    rule: 'ceiling',
    citation: '18 U.S.C. § 3584(a)',
    text: `If every term ran consecutively: ${resolved.map((c) => `${c.label} ${formatYears(c.prison?.max ?? 0)}`).join(' + ') || 'no count'} = ${formatYears(ceiling)}.`,
    value: formatYears(ceiling),
  });

  const lifeCounts = resolved.filter((c) => c.prison?.max === 'life').map((c) => c.label);
  const srCounts = resolved.filter((c) => c.supervisedRelease);
  const supervisedRelease =
    srCounts.length === 0
      ? null
      : srCounts.reduce(
          (acc, c) => {
            const sr = c.supervisedRelease;
            if (!sr) return acc;
            return {
              min: Math.max(acc.min, sr.min),
              max: maxYears(acc.max, sr.max),
              citations: acc.citations.includes(sr.citation)
                ? acc.citations
                : [...acc.citations, sr.citation],
            };
          },
          { min: 0, max: 0 as Years, citations: [] as string[] },
        );
  const governing = supervisedRelease
    ? [
        ...new Set(
          srCounts
            .filter(
              (c) =>
                c.supervisedRelease?.max === supervisedRelease.max ||
                ((c.supervisedRelease?.min ?? 0) === supervisedRelease.min && supervisedRelease.min > 0),
            )
            .map((c) => c.supervisedRelease?.citation ?? ''),
        ),
      ]
    : [];
  const srTotals = supervisedRelease && {
    min: supervisedRelease.min,
    max: supervisedRelease.max,
    citation: `${governing.join('; ')}; 18 U.S.C. § 3624(e)`,
    text: `${formatRange(supervisedRelease)}: terms of supervised release run concurrently (18 U.S.C. § 3624(e)); the longest authorized term governs (${governing.join('; ')}).`,
  };
  if (srTotals) trace.push({ rule: 'supervised release', citation: srTotals.citation, text: srTotals.text });

  const fineSum = resolved.reduce((s, c) => s + (c.fine?.maxUsd ?? 0), 0);
  const altSet = [...new Set(resolved.flatMap((c) => c.fine?.alternatives ?? []))];
  const fines = {
    maxUsd: fineSum,
    alternatives: altSet,
    citation: '18 U.S.C. § 3571(b), (d)',
    text: `${usd(fineSum)} (${resolved.map((c) => `${c.label} ${usd(c.fine?.maxUsd ?? 0)}`).join(' + ')}), or per count ${altSet.join(', or ')}.`,
  };
  trace.push({ rule: 'fines', citation: fines.citation, text: fines.text, value: usd(fineSum) });

  const s3013 = resolved.reduce((s, c) => s + (c.assessment3013?.amountUsd ?? 0), 0);
  const applying = resolved.filter((c) => c.assessment3014?.applies);
  const per3014 = applying[0]?.assessment3014?.amountUsd ?? 0;
  const perCount3014 = applying.reduce((s, c) => s + (c.assessment3014?.amountUsd ?? 0), 0);
  const perOffender3014 = applying.length > 0 ? per3014 : 0;
  const rule3014 = section3014Rule(opts, perCount3014, perOffender3014);
  const s3014 = rule3014.unit === 'perOffender' ? perOffender3014 : perCount3014;
  const status3014: ExposureTotals['assessments']['section3014Status'] =
    applying.length === 0
      ? 'notApplicable'
      : applying.some((c) => c.assessment3014?.status === 'unverified')
        ? 'unverified'
        : 'inForce';
  const condition: ExposureTotals['assessments']['section3014Condition'] =
    opts.indigent === 'unknown' ? 'unknownIndigency' : opts.indigent ? 'indigent' : 'nonIndigent';
  const assessments = {
    section3013Usd: s3013,
    section3014Usd: s3014,
    totalUsd: s3013 + s3014,
    section3014Status: status3014,
    section3014Condition: condition,
    section3014Rule: rule3014,
    citation: '18 U.S.C. §§ 3013(a), 3014(a)',
    text: `§ 3013: ${usd(s3013)} (${resolved.length} count${resolved.length === 1 ? '' : 's'}); § 3014: ${
      applying.length === 0
        ? 'none (no count in chapter 77, 109A, 110 or 117)'
        : `${usd(s3014)} (${rule3014.unit === 'perOffender' ? 'once per offender' : `${applying.length} × ${usd(per3014)}, per count`}${rule3014.unit === 'unsettled' ? `; once per offender: ${usd(perOffender3014)}` : ''}${condition === 'unknownIndigency' ? ', if not indigent' : ''}${status3014 === 'unverified' ? '; whether § 3014 is in force at sentencing is unverified' : ''})`
    }.`,
  };
  trace.push({
    rule: 'assessments',
    citation: assessments.citation,
    text: assessments.text,
    option: `section3014Unit=${opts.section3014Unit}`,
  });
  if (applying.length > 0)
    trace.push({
      rule: '§ 3014 unit',
      citation: rule3014.authority ?? '18 U.S.C. § 3014(a)',
      text: rule3014.text,
      option: `section3014Unit=${opts.section3014Unit}${opts.court ? `; court=${opts.court}` : ''}`,
    });

  return {
    floor: { years: floor, parts, citation: '18 U.S.C. § 3584(a)', text: floorText },
    ceiling: {
      years: ceiling,
      citation: [
        ...new Set(
          resolved
            .filter((c) => ceiling !== 'life' || c.prison?.max === 'life')
            .map((c) => c.prison?.citation ?? ''),
        ),
        '18 U.S.C. § 3584(a)',
      ].join('; '),
      text: `${formatYears(ceiling)} if every term ran consecutively (§ 3584(a)).`,
    },
    life: { available: lifeCounts.length > 0, mandatory: floor === 'life', counts: lifeCounts },
    probationBarred: resolved.filter((c) => c.probationBarred).map((c) => c.label),
    capital: resolved.filter((c) => c.capital).map((c) => c.label),
    supervisedRelease: srTotals,
    fines,
    assessments,
    complete: unresolved.length === 0,
    unresolved,
  };
}

/**
 * Which reading of § 3014(a) applies: the option when it names one; else the ruling of the court's circuit
 * (2d Cir.: once per offender, United States v. Haverkamp, 958 F.3d 145 (2d Cir. 2020); 3d Cir.: per count,
 * United States v. Johnman, 948 F.3d 612 (3d Cir. 2020); 9th Cir.: per count, United States v. Randall, 34
 * F.4th 867 (9th Cir. 2022)); else unsettled, and both figures are given (the total uses the per-count one,
 * the higher, so that it never understates). Whether § 3014 is in force on the sentencing date is said too.
 */
function section3014Rule(
  opts: ResolvedOptions,
  perCountUsd: number,
  perOffenderUsd: number,
): ExposureTotals['assessments']['section3014Rule'] {
  const r14 = inForceOn(ASSESSMENTS_3014, opts.sentencingDate);
  const inForce: 'yes' | 'no' | 'unverified' =
    !r14 || r14.chapters.length === 0 ? 'no' : r14.status === 'unverified' ? 'unverified' : 'yes';
  const inForceText =
    inForce === 'yes'
      ? `§ 3014(a) is in force on the sentencing date ${opts.sentencingDate} (record ${r14?.from}–${r14?.to ?? 'open'}).`
      : inForce === 'no'
        ? `§ 3014(a) does not assess on the sentencing date ${opts.sentencingDate}.`
        : `Whether § 3014(a) is in force on the sentencing date ${opts.sentencingDate} is unverified: ${r14?.unverified ?? ''}.`;
  const both = `per count ${usd(perCountUsd)}; once per offender ${usd(perOffenderUsd)}`;
  const base = { perCountUsd, perOffenderUsd, inForce };
  if (opts.section3014Unit !== 'byCircuit') {
    const unit = opts.section3014Unit === 'perDefendant' ? 'perOffender' : 'perCount';
    return {
      ...base,
      unit,
      source: 'option',
      circuit: opts.court ? circuitOf(opts.court) : null,
      authority: null,
      text: `§ 3014 counted ${unit === 'perOffender' ? 'once per offender' : 'per count'} by the option section3014Unit=${opts.section3014Unit} (${both}). ${inForceText}`,
    };
  }
  if (!opts.court)
    return {
      ...base,
      unit: 'unsettled',
      source: 'noCourt',
      circuit: null,
      authority: null,
      text: `No court is given, so the circuit's rule on § 3014's unit is not known: the circuits divide (per offender: Haverkamp, 958 F.3d 145 (2d Cir. 2020); per count: Johnman, 948 F.3d 612 (3d Cir. 2020)) — ${both}. ${inForceText}`,
    };
  const circuit = circuitOf(opts.court);
  const ruling = section3014RulingFor(circuit);
  if (!ruling)
    return {
      ...base,
      unit: 'unsettled',
      source: 'noRuling',
      circuit,
      authority: null,
      text: `${circuit ? `The ${circuit} Circuit` : `The circuit of "${opts.court}"`} has no ruling recorded here on § 3014's unit: unsettled (per offender: Haverkamp, 958 F.3d 145 (2d Cir. 2020); per count: Johnman, 948 F.3d 612 (3d Cir. 2020)) — ${both}; the total shows the per-count figure. ${inForceText}`,
    };
  return {
    ...base,
    unit: ruling.unit,
    source: 'circuit',
    circuit,
    authority: ruling.authority,
    text: `The court (${opts.court}) sits in the ${circuit} Circuit (${CIRCUIT_CITATION}): ${ruling.authority} — ${ruling.holding} → ${ruling.unit === 'perOffender' ? `once per offender, ${usd(perOffenderUsd)}` : `per count, ${usd(perCountUsd)}`}. ${inForceText}`,
  };
}
