/**
 * Chapter Two for one charge (§ 1B1.1(a)(1)–(2)): the guideline the facts name, its base offense level and
 * specific offense characteriztics in the order listed, then § 2X1.1 for an attempt, conspiracy or
 * solicitation the substantive guideline does not expressly cover.
 */
import type { ChargeSentencingFacts } from '../../../case/sentencing-facts.ts';
import { type Calc, info, setTo, skip } from '../calc.ts';
import { factText, type Resolved } from '../facts.ts';
import type { Ch2Context, Ch2Unit, ResolvedOffense } from './common.ts';
import { lossTableLevels } from './common.ts';
import { drugTrafficking } from './drugs.ts';
import { fraud, laundering } from './economic.ts';
import { childPornography, commercialSexAdult, commercialSexMinor, forcedLabor, reentry } from './persons.ts';
import { firearms, robbery } from './weapons.ts';

export * from './common.ts';
export { cdwLevel, columnLevel, drugQuantityLevel } from './drugs.ts';

/** Guidelines that expressly cover conspiracies and attempts (§ 2X1.1(c)(1), comment. (n.1)). */
const COVERS_INCHOATE = new Set(['2D1.1']);

export function offenseLevelUnits(offense: ResolvedOffense, ctx: Ch2Context): Ch2Unit[] {
  switch (offense.guideline) {
    case '2D1.1':
      return drugTrafficking(offense, ctx);
    case '2B1.1':
      return fraud(offense, ctx);
    case '2S1.1':
      return laundering(offense, ctx);
    case '2K2.1':
      return firearms(offense, ctx);
    case '2B3.1':
      return robbery(offense, ctx);
    case '2G1.1':
      return commercialSexAdult(offense, ctx);
    case '2G1.3':
      return commercialSexMinor(offense, ctx);
    case '2H4.1':
      return forcedLabor(offense, ctx);
    case '2G2.2':
      return childPornography(offense, ctx, (v) => lossTableLevels(v).levels);
    case '2L1.2':
      return reentry(offense, ctx);
  }
}

type Inchoate = NonNullable<Resolved<ChargeSentencingFacts>['inchoate']>;

/**
 * § 2X1.1(b): "decrease by 3 levels, unless the defendant [or a co-conspirator] completed all the acts [they]
 * believed necessary for successful completion of the substantive offense or the circumstances demonstrate that
 * [they were] about to complete all such acts but for apprehension or interruption".
 */
export function applyInchoate(unit: Ch2Unit, inchoate: Inchoate | undefined, ctx: Ch2Context): Ch2Unit {
  const c: Calc = { ...ctx.calc, unit: unit.label, level: unit.level };
  if (!inchoate) return unit;
  if (COVERS_INCHOATE.has(unit.guideline)) {
    info(
      c,
      '§ 2X1.1(c)(1)',
      `the ${inchoate.kind} is covered by § ${unit.guideline}`,
      `§ ${unit.guideline} expressly covers attempts and conspiracies: no § 2X1.1 reduction`,
    );
    return unit;
  }
  const sub =
    inchoate.kind === 'attempt' ? '(b)(1)' : inchoate.kind === 'conspiracy' ? '(b)(2)' : '(b)(3)(A)';
  const fact = factText(inchoate, 'allActsCompleted', 'all acts completed (or about to be)');
  info(
    c,
    '§ 2X1.1(a)',
    `${inchoate.kind}: the substantive guideline’s level`,
    `base offense level and characteriztics from § ${unit.guideline} for the intended offense, as established with reasonable certainty (comment. (n.2))`,
  );
  if (inchoate.allActsCompleted)
    skip(
      c,
      `§ 2X1.1${sub}`,
      `${inchoate.kind} reduction`,
      'all the acts believed necessary were completed (or about to be): no reduction',
      [fact],
    );
  else
    setTo(
      c,
      `§ 2X1.1${sub}`,
      `${inchoate.kind} reduction`,
      c.level - 3,
      '−3: the acts necessary to complete the offense were not all completed',
      [fact],
    );
  return { ...unit, level: c.level };
}
