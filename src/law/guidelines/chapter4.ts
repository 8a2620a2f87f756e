/** Chapter Four, Parts B and C: career offender (§ 4B1.1) and zero-point offenders (§ 4C1.1). */
import type { Years } from '../penalties/types.ts';
import { type Calc, info, setTo, skip } from './calc.ts';
import { AGGRAVATING_ROLES } from './chapter3.ts';
import type { CriminalHistory } from './criminal-history.ts';
import { factText, type ResolvedFacts } from './facts.ts';

/** § 4B1.1(b): the offense level by the offense statutory maximum. */
export function careerOffenderLevel(max: Years): number {
  if (max === 'life') return 37;
  if (max >= 25) return 34;
  if (max >= 20) return 32;
  if (max >= 15) return 29;
  if (max >= 10) return 24;
  if (max >= 5) return 17;
  return 12;
}

export interface CareerOffender {
  applies: boolean;
  level?: number;
  text: string;
}

/**
 * § 4B1.1(a): at least 18 at the instant offense; the instant offense a felony crime of violence or controlled
 * substance offense; at least two prior felony convictions of either, counted separately (§ 4B1.2(c)). (b): the
 * table level, less the § 3E1.1 levels, if greater than the otherwise applicable level; category VI.
 *
 * The § 3E1.1 levels are those § 3E1.1 gave at its own step (§ 1B1.1(a)(5), before Chapter Four at (a)(6)): the
 * table's note subtracts "the number of levels corresponding to that adjustment". `levelBeforeAcceptance` is the
 * level § 3E1.1(b) read; when it was under 16 and the government's motion is recorded, the third level was withheld,
 * and whether § 3E1.1(b)'s 16 may instead be read on the table level is not settled by the Manual's text or a case
 * found (docs/guidelines.md): the trail says so and gives the other level.
 */
export function careerOffender(
  c: Calc,
  facts: ResolvedFacts,
  ch: CriminalHistory,
  statutoryMax: Years | undefined,
  acceptanceLevels: number,
  levelBeforeAcceptance?: number,
): CareerOffender {
  const predicates = facts.priors.filter(
    (p) =>
      p.felony &&
      (p.crimeOfViolence || p.controlledSubstanceOffense) &&
      (ch.priors.find((s) => s.id === p.id)?.points ?? 0) > 0,
  );
  const qualifies = facts.careerOffender?.instantOffenseQualifies;
  const age = facts.ageAtOffense;
  const f = [
    factText(
      facts.careerOffender,
      'instantOffenseQualifies',
      'instant offense a felony crime of violence or controlled substance offense',
    ),
    factText(facts, 'ageAtOffense', 'age at the offense'),
    `predicate priors: ${predicates.map((p) => p.id).join(', ') || 'none'}`,
  ];
  if (!qualifies || predicates.length < 2 || (age !== undefined && age < 18)) {
    skip(
      c,
      '§ 4B1.1(a)',
      'career offender',
      !qualifies
        ? 'the instant offense is not recorded as a felony crime of violence or controlled substance offense'
        : predicates.length < 2
          ? `${predicates.length} counted prior felony crime-of-violence or controlled-substance conviction(s): two needed`
          : 'under 18 at the offense',
      f,
    );
    return { applies: false, text: 'not a career offender' };
  }
  if (statutoryMax === undefined) {
    skip(
      c,
      '§ 4B1.1(b)',
      'career offender level',
      'the offense statutory maximum is not known: the level cannot be read',
      f,
    );
    return { applies: true, text: 'career offender (category VI); level unknown' };
  }
  const table = careerOffenderLevel(statutoryMax) - acceptanceLevels;
  if (table > c.level) {
    setTo(
      c,
      '§ 4B1.1(b)',
      'career offender level',
      table,
      `offense statutory maximum ${statutoryMax === 'life' ? 'life' : `${statutoryMax} years`}: level ${table + acceptanceLevels}${acceptanceLevels ? `, less ${acceptanceLevels} for acceptance` : ''}; greater than the otherwise applicable ${c.level}`,
      f,
    );
    const withheld =
      acceptanceLevels === 2 &&
      facts.governmentMotion3E1_1b === true &&
      levelBeforeAcceptance !== undefined &&
      levelBeforeAcceptance < 16 &&
      table + acceptanceLevels >= 16;
    if (withheld)
      info(
        c,
        '§ 4B1.1(b), § 3E1.1(b)',
        'the third acceptance level and the career offender table',
        `§ 3E1.1(b) read level ${levelBeforeAcceptance} (before (a), at § 1B1.1(a)(5)) and withheld the third level; whether its 16 may be read on the table level ${table + acceptanceLevels} instead is not settled by the Manual's text or a case found — read that way the level would be ${table - 1}`,
        [factText(facts, 'governmentMotion3E1_1b')],
      );
  } else
    skip(
      c,
      '§ 4B1.1(b)',
      'career offender level',
      `the table level (${table}) is not greater than the otherwise applicable ${c.level}`,
      f,
    );
  return {
    applies: true,
    level: Math.max(table, c.level),
    text: 'career offender: category VI (§ 4B1.1(b))',
  };
}

/** § 4C1.1 (App. C amend. 821, Nov. 1, 2023): −2 for a defendant with zero points who meets every criterion. */
export function zeroPoint(c: Calc, facts: ResolvedFacts, ch: CriminalHistory): boolean {
  const z = facts.zeroPoint ?? {};
  const ch3 = facts.chapter3;
  const fails: string[] = [];
  if (ch.points !== 0) fails.push(`(a)(1) ${ch.points} criminal history points`);
  if (ch3.terrorism) fails.push('(a)(2) § 3A1.4 adjustment');
  if (z.violenceOrThreats !== false)
    fails.push(
      z.violenceOrThreats
        ? '(a)(3) violence or credible threats'
        : '(a)(3) not recorded (violence or threats)',
    );
  if (z.deathOrSeriousBodilyInjury !== false)
    fails.push(
      z.deathOrSeriousBodilyInjury ? '(a)(4) death or serious bodily injury' : '(a)(4) not recorded',
    );
  if (z.sexOffense !== false) fails.push(z.sexOffense ? '(a)(5) a sex offense' : '(a)(5) not recorded');
  if (z.substantialFinancialHardship !== false)
    fails.push(
      z.substantialFinancialHardship ? '(a)(6) substantial financial hardship' : '(a)(6) not recorded',
    );
  if (z.weapon !== false)
    fails.push(z.weapon ? '(a)(7) a firearm or dangerous weapon' : '(a)(7) not recorded');
  if (z.civilRights2H1_1) fails.push('(a)(8) § 2H1.1');
  if ((ch3.vulnerableVictim && ch3.vulnerableVictim !== 'none') || ch3.hateCrime)
    fails.push('(a)(9) § 3A1.1 adjustment');
  if (AGGRAVATING_ROLES.has(ch3.role ?? '') || z.continuingCriminalEnterprise)
    fails.push('(a)(10) § 3B1.1 adjustment or a continuing criminal enterprise (either disqualifies)');
  const facts4C = [factText(z, 'violenceOrThreats'), factText(z, 'weapon'), factText(z, 'sexOffense')];
  if (fails.length === 0) {
    setTo(
      c,
      '§ 4C1.1(a)',
      'zero-point offender',
      c.level - 2,
      'every criterion of § 4C1.1(a) is met: −2',
      facts4C,
    );
    return true;
  }
  skip(c, '§ 4C1.1', 'zero-point offender', `not applied: ${fails.join('; ')}`, facts4C);
  return false;
}
