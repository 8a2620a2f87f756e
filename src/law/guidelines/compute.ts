/**
 * One Guidelines computation in the order of § 1B1.1(a): Chapter Two per count, Chapter Three Parts A–C per
 * count, Part D grouping, Part E acceptance, Chapter Four (criminal history, career offender, zero-point
 * offenders), the Sentencing Table, and Chapter Five's statutory limits. Pure: the edition, the facts of one
 * reading and the charges of one scenario (with their statutory penalties) are arguments.
 */
import type { Statute } from '../../case/charges.ts';
import type { ChargeSentencingFacts } from '../../case/sentencing-facts.ts';
import type { Years } from '../penalties/types.ts';
import { type Calc, info, setTo, skip } from './calc.ts';
import {
  applyInchoate,
  type Ch2Context,
  type Ch2Unit,
  type G11BaseReading,
  offenseLevelUnits,
  sectionOf,
  statuteOf,
} from './chapter2/index.ts';
import { AGGRAVATING_ROLES, chapterThreeABC } from './chapter3.ts';
import { careerOffender, zeroPoint } from './chapter4.ts';
import { type Restricted, restrictRange, type StatutoryCount } from './chapter5.ts';
import { criminalHistory, type ScoredPrior, safetyValveHistory } from './criminal-history.ts';
import type { Edition } from './editions.ts';
import { factText, type Resolved, type ResolvedFacts } from './facts.ts';
import { type Combined, combine, type LevelUnit } from './grouping.ts';
import { type Chc, clampLevel, guidelineRange, type Range, type Zone, zoneOf } from './table.ts';
import { type GuidelineStep, step, type Trail } from './trace.ts';

export interface ComputeCharge {
  label: string;
  statute: Statute | null;
  facts?: Resolved<ChargeSentencingFacts>;
  statutory?: { min: Years; max: Years; consecutive: boolean };
}

export interface ComputeOptions {
  edition: Edition;
  /** The scenario’s premise: a plea with acceptance of responsibility (§ 3E1.1), or a trial. */
  acceptance: boolean;
  /** Whether the safety valve is applied when its criteria are met ("with"), or left out ("without"). */
  safetyValve: 'ifEligible' | 'withheld';
  g11Base: G11BaseReading;
}

export interface SafetyValve {
  relevant: boolean;
  eligible: boolean | 'unknown';
  applied: boolean;
  reasons: string[];
}

export interface GuidelinesComputation {
  edition: number;
  complete: boolean;
  missing: string[];
  steps: GuidelineStep[];
  units: Array<{ label: string; charge: string; guideline: string; victim?: string; level: number }>;
  groups: Array<{ label: string; units: string[]; level: number; units3D1_4: number }>;
  combinedLevel: number | null;
  acceptanceLevels: number;
  totalOffenseLevel: number | null;
  criminalHistory: { points: number; category: Chc; priors: ScoredPrior[]; windowsChecked: boolean };
  careerOffender: boolean;
  zeroPointOffender: boolean;
  safetyValve: SafetyValve;
  range: Range | null;
  zone: Zone | null;
  restricted: Restricted | null;
  motions: { section5K1_1: boolean; section3553e: boolean; reductionMonths?: number };
}

const SAFETY_VALVE_21 = new Set(['841', '844', '846', '960', '963']);
const SAFETY_VALVE_46 = new Set(['70503', '70506']);
export const isSafetyValveOffense = (s: Statute | null): boolean => {
  const section = sectionOf(s) ?? '';
  const title = s?.title ?? Number(/^(\d+)\s*U\.S\.C/.exec(s?.citation ?? '')?.[1]);
  return (title === 21 && SAFETY_VALVE_21.has(section)) || (title === 46 && SAFETY_VALVE_46.has(section));
};

/** § 5C1.2(a)(2)–(5) and § 3553(f)(2)–(5), from the facts; (1) from the criminal history. */
function safetyValveCriteria(
  facts: ResolvedFacts,
  history: ReturnType<typeof safetyValveHistory>,
): { eligible: boolean | 'unknown'; reasons: string[] } {
  const reasons = [...history.reasons];
  const unknown: string[] = [];
  const drugs = facts.charges.flatMap((c) => (c.offense?.guideline === '2D1.1' ? [c.offense] : []));
  const z = facts.zeroPoint ?? {};
  const weapon =
    drugs.some((d) => d.weaponPossessed || d.violence) || z.violenceOrThreats === true || z.weapon === true;
  if (weapon) reasons.push('(f)(2): violence, a credible threat, or a firearm or dangerous weapon');
  else if (z.violenceOrThreats === undefined || z.weapon === undefined)
    unknown.push('(f)(2) violence or weapon (record zeroPoint.violenceOrThreats and zeroPoint.weapon)');
  const death =
    drugs.some((d) => d.statutoryBase && d.statutoryBase !== 'none') || z.deathOrSeriousBodilyInjury === true;
  if (death) reasons.push('(f)(3): death or serious bodily injury');
  else if (z.deathOrSeriousBodilyInjury === undefined) unknown.push('(f)(3) death or serious bodily injury');
  if (AGGRAVATING_ROLES.has(facts.chapter3.role ?? '') || z.continuingCriminalEnterprise)
    reasons.push('(f)(4): an aggravating role or a continuing criminal enterprise');
  const truthful = facts.safetyValve?.truthfulDisclosure;
  if (truthful === false) reasons.push('(f)(5): no truthful disclosure');
  else if (truthful === undefined) unknown.push('(f)(5) truthful disclosure');
  if (reasons.length) return { eligible: false, reasons };
  if (unknown.length) return { eligible: 'unknown', reasons: unknown.map((u) => `not recorded: ${u}`) };
  return { eligible: true, reasons: [] };
}

export function computeGuidelines(
  facts: ResolvedFacts,
  charges: readonly ComputeCharge[],
  options: ComputeOptions,
): GuidelinesComputation {
  const edition = options.edition;
  const main: Trail = { steps: [], edition };
  const history: Trail = { steps: [], edition };
  const tail: Trail = { steps: [], edition };
  step(main, {
    stage: 'manual',
    citation: '§ 1B1.11',
    title: edition.label,
    status: 'info',
    text: `computed under the ${edition.label} as a whole (one book, § 1B1.11(b)(2)); amendments carried: ${edition.amendments.join('; ')}`,
  });

  // Chapter Four, Part A first: § 2D1.1(b)(18) needs the § 5C1.2(a)(1) criminal history criterion.
  const ch = criminalHistory(facts.priors, facts.offenseCommenced, facts.status, history);
  const svHistory = safetyValveHistory(ch);
  const relevant = charges.some((c) => isSafetyValveOffense(c.statute));
  const criteria = relevant
    ? safetyValveCriteria(facts, svHistory)
    : { eligible: false as const, reasons: ['no count is an offense § 3553(f) reaches'] };
  const svApplied = relevant && criteria.eligible === true && options.safetyValve === 'ifEligible';

  const missing: string[] = [];
  const levelUnits: LevelUnit[] = [];
  const groupWith: Array<[string, string]> = [];
  const units: GuidelinesComputation['units'] = [];
  for (const charge of charges) {
    const f = charge.facts;
    if (!f || (!f.offense && !f.racketeering)) {
      missing.push(charge.label);
      step(main, {
        stage: 'chapter2',
        citation: '§ 1B1.2(a)',
        title: `count ${charge.label}: no sentencing facts`,
        status: 'notComputed',
        unit: charge.label,
        text: `no Chapter Two facts are recorded for ${charge.label} (${charge.statute?.citation ?? 'no statute'}): its offense level is unknown, and so is the combined level`,
      });
      continue;
    }
    for (const other of f.groupWith) groupWith.push([charge.label, other]);
    const ctx = (unit: string): Ch2Context => ({
      calc: { trail: main, stage: 'chapter2', unit, level: 0 },
      charge: charge.label,
      statute: charge.statute,
      ...(charge.statutory ? { statutoryMax: charge.statutory.max } : {}),
      edition,
      chapter3: facts.chapter3,
      safetyValveMet: relevant ? svApplied : undefined,
      g11Base: options.g11Base,
    });
    let chUnits: Ch2Unit[];
    if (f.racketeering) chUnits = [racketeering(charge, f.racketeering.predicates, ctx, facts, main)];
    else {
      const offense = f.offense as NonNullable<typeof f.offense>;
      step(main, {
        stage: 'chapter2',
        citation: `§ 1B1.2(a); § ${offense.guideline}`,
        title: `count ${charge.label}: § ${offense.guideline}`,
        status: 'info',
        unit: charge.label,
        text: `the offense guideline for ${charge.statute?.citation ?? 'the charge'}, as recorded (Appendix A is the user’s reading)`,
      });
      chUnits = offenseLevelUnits(offense, ctx(charge.label)).map((u) =>
        applyInchoate(u, f.inchoate, ctx(u.label)),
      );
    }
    for (const u of chUnits) {
      const level = chapterThreeABC(u, facts.chapter3, main);
      const lu: LevelUnit = {
        label: u.label,
        charge: u.charge,
        guideline: u.guideline,
        level,
        ...(u.victim ? { victim: u.victim } : {}),
      };
      levelUnits.push(lu);
      units.push(lu);
    }
  }

  const motions = {
    section5K1_1: facts.motions.section5K1_1 === true,
    section3553e: facts.motions.section3553e === true,
    ...(facts.motions.reductionMonths !== undefined
      ? { reductionMonths: facts.motions.reductionMonths }
      : {}),
  };
  const safetyValve: SafetyValve = {
    relevant,
    eligible: criteria.eligible,
    applied: svApplied,
    reasons: criteria.reasons,
  };
  const empty = {
    edition: edition.year,
    missing,
    units,
    motions,
    safetyValve,
    careerOffender: false,
    zeroPointOffender: false,
  };
  if (levelUnits.length === 0) {
    return {
      ...empty,
      complete: false,
      steps: [...main.steps, ...history.steps],
      groups: [],
      combinedLevel: null,
      acceptanceLevels: 0,
      totalOffenseLevel: null,
      criminalHistory: {
        points: ch.points,
        category: ch.category,
        priors: ch.priors,
        windowsChecked: ch.windowsChecked,
      },
      range: null,
      zone: null,
      restricted: null,
    };
  }
  const combined: Combined = combine(levelUnits, groupWith, main);
  const c: Calc = { trail: main, stage: 'acceptance', unit: 'combined', level: combined.level };
  const before = c.level;
  let acceptanceLevels = 0;
  const accepted = options.acceptance && facts.acceptance !== false;
  if (accepted) {
    setTo(
      c,
      '§ 3E1.1(a)',
      'acceptance of responsibility',
      c.level - 2,
      'the defendant clearly demonstrates acceptance of responsibility (the plea scenario’s premise): −2',
      [factText(facts, 'acceptance')],
    );
    acceptanceLevels = 2;
    const motion = facts.governmentMotion3E1_1b;
    if (before < 16)
      skip(
        c,
        '§ 3E1.1(b)',
        'one more level on the government’s motion',
        `the level before (a) is ${before}: (b) needs 16 or more`,
      );
    else if (motion === true) {
      setTo(
        c,
        '§ 3E1.1(b)',
        'one more level on the government’s motion',
        c.level - 1,
        'level 16 or more before (a) and the government’s motion is recorded: −1',
        [factText(facts, 'governmentMotion3E1_1b')],
      );
      acceptanceLevels = 3;
    } else
      skip(
        c,
        '§ 3E1.1(b)',
        'one more level on the government’s motion',
        motion === false
          ? 'the government does not move'
          : 'the government’s motion is not recorded (the engine never infers it)',
        [factText(facts, 'governmentMotion3E1_1b')],
      );
    if (facts.chapter3.obstruction)
      info(
        c,
        '§ 3E1.1, comment. (n.4)',
        'obstruction and acceptance',
        'an obstruction adjustment ordinarily indicates no acceptance; both are applied as recorded — the court decides',
      );
  } else
    skip(
      c,
      '§ 3E1.1',
      'acceptance of responsibility',
      options.acceptance
        ? 'the facts record no acceptance'
        : 'a trial: no acceptance assumed (comment. (n.2))',
      [factText(facts, 'acceptance')],
    );

  const floorStat = charges.some(
    (ch2) =>
      ch2.statutory &&
      isSafetyValveOffense(ch2.statute) &&
      ch2.statutory.min !== 'life' &&
      ch2.statutory.min >= 5,
  );
  if (svApplied && floorStat && c.level < 17)
    setTo(
      c,
      '§ 5C1.2(b)',
      'safety-valve floor',
      17,
      'the safety valve applies and the statutory minimum is at least five years: the Chapters Two and Three level is not less than 17',
    );

  main.steps.push(...history.steps);
  const c4: Calc = { trail: main, stage: 'chapter4', unit: 'combined', level: c.level };
  const maxes = charges.flatMap((x) => (x.statutory ? [x.statutory.max] : []));
  const statMax = maxes.length
    ? maxes.reduce((a, b) => (a === 'life' || b === 'life' ? 'life' : Math.max(a, b)))
    : undefined;
  const career = careerOffender(c4, facts, ch, statMax, acceptanceLevels, accepted ? before : undefined);
  let category: Chc = ch.category;
  if (career.applies) {
    category = 'VI';
    info(c4, '§ 4B1.1(b)', 'career offender category', 'criminal history category VI in every case');
  }
  if (facts.chapter3.terrorism) {
    category = 'VI';
    info(c4, '§ 3A1.4(b)', 'terrorism category', 'criminal history category VI');
  }
  const zp = zeroPoint(c4, facts, ch);
  const total = clampLevel(c4.level);
  if (total !== c4.level)
    setTo(
      c4,
      'Ch. 5, Pt. A, comment. (n.2)',
      'total offense level within 1–43',
      total,
      `level ${c4.level} is treated as ${total}`,
    );
  const range = guidelineRange(total, category);
  const zone = zoneOf(range);
  step(tail, {
    stage: 'table',
    citation: 'Ch. 5, Pt. A',
    title: 'Sentencing Table',
    status: 'applied',
    levelAfter: total,
    text: `total offense level ${total}, category ${category}: ${range.min === 'life' ? 'life' : `${range.min}–${range.max === 'life' ? 'life' : range.max} months`}, zone ${zone}`,
  });
  const statutory: StatutoryCount[] = charges.flatMap((x) =>
    x.statutory
      ? [
          {
            label: x.label,
            min: x.statutory.min,
            max: x.statutory.max,
            consecutive: x.statutory.consecutive,
            safetyValveOffense: isSafetyValveOffense(x.statute),
          },
        ]
      : [],
  );
  const restricted = restrictRange(
    range,
    statutory,
    { safetyValve: svApplied, motion3553e: motions.section3553e },
    tail,
  );
  if (relevant)
    step(tail, {
      stage: 'chapter5',
      citation: '18 U.S.C. § 3553(f); § 5C1.2; Pulsifer v. United States, 601 U.S. 124 (2024)',
      title: 'safety valve',
      status: svApplied ? 'applied' : 'notApplicable',
      facts: [],
      text: svApplied
        ? 'the criteria are met: § 2D1.1(b)(18) −2 and the statutory minimum disregarded'
        : criteria.eligible === true
          ? 'the criteria are met, but this scenario is computed without the safety valve'
          : `not applied: ${criteria.reasons.join('; ')}`,
    });
  step(tail, {
    stage: 'chapter5',
    citation: '§ 5K1.1; 18 U.S.C. § 3553(e)',
    title: 'substantial assistance',
    status: motions.section5K1_1 || motions.section3553e ? 'info' : 'notApplicable',
    facts: [
      factText(facts.motions, 'section5K1_1', '§ 5K1.1 motion'),
      factText(facts.motions, 'section3553e', '§ 3553(e) motion'),
    ],
    text:
      motions.section5K1_1 || motions.section3553e
        ? `recorded motion${motions.reductionMonths !== undefined ? `; reduction entered: ${motions.reductionMonths} months` : ''}: the extent of any reduction is the court’s, never computed`
        : 'no motion recorded (the engine never infers one)',
  });
  if (edition.year >= 2025)
    step(tail, {
      stage: 'chapter5',
      citation: 'App. C amend. 836',
      title: 'departures',
      status: 'info',
      text: 'the 2025 Manual removed departures: the range is followed by the 18 U.S.C. § 3553(a) factors (variances are the court’s)',
    });
  main.steps.push(...tail.steps);
  return {
    ...empty,
    careerOffender: career.applies,
    zeroPointOffender: zp,
    complete: missing.length === 0,
    steps: main.steps,
    groups: combined.groups.map((g) => ({
      label: g.label,
      units: g.units.map((u) => u.label),
      level: g.level,
      units3D1_4: g.units3D1_4 ?? 0,
    })),
    combinedLevel: combined.level,
    acceptanceLevels,
    totalOffenseLevel: total,
    criminalHistory: { points: ch.points, category, priors: ch.priors, windowsChecked: ch.windowsChecked },
    range,
    zone,
    restricted,
  };
}

/**
 * § 2E1.1(a): "the greater of (1) 19; or (2) the offense level applicable to the underlying racketeering
 * activity". Each underlying offense is treated as a separate count (comment. (n.1)); Chapter Three Parts A–D
 * are applied to both alternatives before the greater is chosen.
 */
function racketeering(
  charge: ComputeCharge,
  predicates: NonNullable<Resolved<ChargeSentencingFacts>['racketeering']>['predicates'],
  ctx: (unit: string) => Ch2Context,
  facts: ResolvedFacts,
  trail: Trail,
): Ch2Unit {
  step(trail, {
    stage: 'chapter2',
    citation: '§ 2E1.1',
    title: `count ${charge.label}: § 2E1.1 (racketeering)`,
    status: 'info',
    unit: charge.label,
    text: `${predicates.length} underlying racketeering acts, each treated as a count (comment. (n.1))`,
  });
  const predicateUnits: LevelUnit[] = [];
  for (const p of predicates) {
    const label = `${charge.label} · ${p.label}`;
    const base = ctx(label);
    const us = offenseLevelUnits(p.offense, {
      ...base,
      charge: label,
      statute: p.statute ? statuteOf(p.statute) : base.statute,
    }).map((u) =>
      applyInchoate(u, p.inchoate ? { kind: p.inchoate, allActsCompleted: true } : undefined, base),
    );
    for (const u of us)
      predicateUnits.push({
        label: u.label,
        charge: label,
        guideline: u.guideline,
        level: chapterThreeABC(u, facts.chapter3, trail),
        ...(u.victim ? { victim: u.victim } : {}),
      });
  }
  const alt2 = predicateUnits.length ? combine(predicateUnits, [], trail).level : 0;
  const nineteen: Ch2Unit = {
    label: `${charge.label} (level 19)`,
    charge: charge.label,
    guideline: '2E1.1',
    level: 19,
  };
  const alt1 = chapterThreeABC(nineteen, facts.chapter3, trail);
  const c = ctx(charge.label).calc;
  setTo(
    c,
    alt2 >= alt1 ? '§ 2E1.1(a)(2)' : '§ 2E1.1(a)(1)',
    'the greater of 19 and the underlying racketeering activity',
    Math.max(alt1, alt2),
    `(a)(1) 19 with Chapter Three Parts A–C: ${alt1}; (a)(2) the underlying activity with Parts A–D: ${alt2}`,
  );
  return {
    label: charge.label,
    charge: charge.label,
    guideline: '2E1.1',
    level: c.level,
    chapter3Done: true,
  };
}
