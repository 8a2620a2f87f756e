/**
 * § 2D1.1 Unlawful manufacturing, importing, exporting or trafficking (including possession with intent):
 * the base offense level from § 2D1.1(a) and the Drug Quantity Table (c), converted drug weight for several
 * drugs (comment. (n.8)), the mitigating-role cap of (a)(5) by edition, and the specific offense
 * characteriztics (b)(1)–(18) the facts can express.
 */
import type { DrugSubstance } from '../../../case/sentencing-facts.ts';
import { add, type Calc, info, notComputed, setTo, skip, soc } from '../calc.ts';
import { factText } from '../facts.ts';
import type { Ch2Context, Ch2Unit, OffenseOf } from './common.ts';

const LEVELS = [38, 36, 34, 32, 30, 28, 26, 24, 22, 20, 18, 16, 14] as const;

/**
 * § 2D1.1(c), the columns of the Drug Quantity Table for the drugs it names: the "at least" weight in grams of
 * each row (c)(1) (level 38) to (c)(13) (level 14); less than the last is level 12 ((c)(14)).
 */
const COLUMNS: Partial<Record<DrugSubstance, readonly number[]>> = {
  heroin: [90_000, 30_000, 10_000, 3_000, 1_000, 700, 400, 100, 80, 60, 40, 20, 10],
  cocaine: [450_000, 150_000, 50_000, 15_000, 5_000, 3_500, 2_000, 500, 400, 300, 200, 100, 50],
  cocaineBase: [25_200, 8_400, 2_800, 840, 280, 196, 112, 28, 22.4, 16.8, 11.2, 5.6, 2.8],
  methamphetamine: [45_000, 15_000, 5_000, 1_500, 500, 350, 200, 50, 40, 30, 20, 10, 5],
  methamphetamineActual: [4_500, 1_500, 500, 150, 50, 35, 20, 5, 4, 3, 2, 1, 0.5],
  ice: [4_500, 1_500, 500, 150, 50, 35, 20, 5, 4, 3, 2, 1, 0.5],
  fentanyl: [36_000, 12_000, 4_000, 1_200, 400, 280, 160, 40, 32, 24, 16, 8, 4],
  fentanylAnalogue: [9_000, 3_000, 1_000, 300, 100, 70, 40, 10, 8, 6, 4, 2, 1],
};

/**
 * § 2D1.1(c), the marihuana / converted-drug-weight column, in kilograms: (c)(1) 90,000 KG (38) … (c)(16) 1 KG
 * (8); less than 1 KG is level 6 ((c)(17)).
 */
const CDW_KG: ReadonlyArray<readonly [number, number]> = [
  [90_000, 38],
  [30_000, 36],
  [10_000, 34],
  [3_000, 32],
  [1_000, 30],
  [700, 28],
  [400, 26],
  [100, 24],
  [80, 22],
  [60, 20],
  [40, 18],
  [20, 16],
  [10, 14],
  [5, 12],
  [2.5, 10],
  [1, 8],
];

/**
 * § 2D1.1, comment. (n.8(D)), the Drug Conversion Tables: grams of converted drug weight per gram (per unit for
 * scheduleIVUnits). The fentanyl-analogue figure (10 kg) equals the ratio of its column to the marihuana
 * column; its table entry was not read in the 2025 text (docs/guidelines.md, "Sources, and what is unverified").
 */
export const CONVERSION: Record<DrugSubstance, number> = {
  heroin: 1_000,
  cocaine: 200,
  cocaineBase: 3_571,
  methamphetamine: 2_000,
  methamphetamineActual: 20_000,
  ice: 20_000,
  fentanyl: 2_500,
  fentanylAnalogue: 10_000,
  marihuana: 1,
  oxycodoneActual: 6_700,
  hydrocodoneActual: 6_700,
  oxymorphone: 5_000,
  morphine: 500,
  methadone: 500,
  pcp: 1_000,
  pcpActual: 10_000,
  lsd: 100_000,
  mdma: 500,
  scheduleIVUnits: 0.0625,
};

/** Schedule I or II opiates, stimulants and hallucinogens: level 12 at least (n.8(D), the tables' proviso). */
const FLOOR_12 = new Set<DrugSubstance>([
  'heroin',
  'cocaine',
  'cocaineBase',
  'methamphetamine',
  'methamphetamineActual',
  'ice',
  'fentanyl',
  'fentanylAnalogue',
  'oxycodoneActual',
  'hydrocodoneActual',
  'oxymorphone',
  'morphine',
  'methadone',
  'pcp',
  'pcpActual',
  'lsd',
  'mdma',
]);

/** Level of one drug from its own column of the table. */
export function columnLevel(substance: DrugSubstance, grams: number): number | undefined {
  const col = COLUMNS[substance];
  if (!col) return undefined;
  const i = col.findIndex((g) => grams >= g);
  return i === -1 ? 12 : LEVELS[i];
}

/** @example cdwLevel(95) // 22 (at least 80 KG but less than 100 KG) */
export function cdwLevel(kg: number): number {
  for (const [at, level] of CDW_KG) if (kg >= at) return level;
  return 6;
}

export interface DrugInput {
  substance: DrugSubstance;
  grams: number;
  purity?: number;
}

/**
 * The Drug Quantity Table level for the drugs (§ 2D1.1(c); n.8 for several drugs), with the explanation.
 * One drug with its own column reads that column; otherwise each converts to converted drug weight, the
 * weights add, and the marihuana column gives the level. Methamphetamine of known purity: the greater of the
 * mixture and the actual weight (Notes to the Table (B)). Schedule IV units: at most 9.99 kg (n.8(B)).
 */
export function drugQuantityLevel(drugs: readonly DrugInput[]): { level: number; text: string } {
  const meth = (d: DrugInput) => d.substance === 'methamphetamine' && d.purity !== undefined;
  if (drugs.length === 1) {
    const d = drugs[0] as DrugInput;
    const own = columnLevel(d.substance, d.grams);
    if (own !== undefined && !meth(d))
      return { level: own, text: `${d.grams.toLocaleString('en-US')} g of ${d.substance}: level ${own}` };
    if (meth(d)) {
      const mix = columnLevel('methamphetamine', d.grams) ?? 12;
      const actualGrams = d.grams * (d.purity ?? 1);
      const act = columnLevel('methamphetamineActual', actualGrams) ?? 12;
      return {
        level: Math.max(mix, act),
        text: `${d.grams.toLocaleString('en-US')} g of methamphetamine mixture: level ${mix}; ${actualGrams.toLocaleString('en-US')} g actual: level ${act}; the greater (Notes to the Table (B))`,
      };
    }
  }
  let grams = 0;
  let scheduleIV = 0;
  const parts: string[] = [];
  for (const d of drugs) {
    let cdw: number;
    if (meth(d))
      cdw = Math.max(
        d.grams * CONVERSION.methamphetamine,
        d.grams * (d.purity ?? 1) * CONVERSION.methamphetamineActual,
      );
    else cdw = d.grams * CONVERSION[d.substance];
    if (d.substance === 'scheduleIVUnits') scheduleIV += cdw;
    else grams += cdw;
    parts.push(
      `${d.grams.toLocaleString('en-US')} ${d.substance === 'scheduleIVUnits' ? 'units' : 'g'} of ${d.substance} = ${(cdw / 1000).toLocaleString('en-US', { maximumFractionDigits: 3 })} kg`,
    );
  }
  if (scheduleIV > 9_990) {
    parts.push('Schedule IV capped at 9.99 kg (n.8(B))');
    scheduleIV = 9_990;
  }
  const kg = (grams + scheduleIV) / 1000;
  let level = cdwLevel(kg);
  let floorText = '';
  if (level < 12 && drugs.some((d) => FLOOR_12.has(d.substance))) {
    level = 12;
    floorText = '; a Schedule I or II opiate, stimulant or hallucinogen: at least level 12';
  }
  return {
    level,
    text: `converted drug weight: ${parts.join(' + ')} = ${kg.toLocaleString('en-US', { maximumFractionDigits: 3 })} kg → level ${level}${floorText}`,
  };
}

const MITIGATING = new Set(['minimal', 'between', 'minor']);

/** § 2D1.1(a)(5): the table level, capped for a defendant with a § 3B1.2 adjustment (by edition). */
function roleCap(c: Calc, ctx: Ch2Context, table: number) {
  const role = ctx.chapter3.role;
  const roleFact = factText(ctx.chapter3, 'role', '§ 3B1.2 role');
  if (!role || !MITIGATING.has(role)) {
    skip(c, '§ 2D1.1(a)(5)', 'mitigating-role cap', 'no § 3B1.2 adjustment recorded', [roleFact]);
    return;
  }
  const y2025 = ctx.edition.year >= 2025;
  let capped = table;
  if (table === 32) capped = 30;
  else if (table === 34) capped = 31;
  else if (table >= 36) capped = y2025 ? 32 : table - (table === 38 ? 4 : 3);
  if (capped !== table)
    setTo(
      c,
      '§ 2D1.1(a)(5)',
      'mitigating-role cap',
      capped,
      y2025
        ? `§ 3B1.2 adjustment and table level ${table}: ${table === 32 ? '−2' : table === 34 ? '−3' : 'decrease to 32'} (2025 text, App. C amend. 833)`
        : `§ 3B1.2 adjustment and table level ${table}: ${table === 32 ? '−2' : table === 38 ? '−4' : '−3'}`,
      [roleFact],
    );
  else
    skip(c, '§ 2D1.1(a)(5)', 'mitigating-role cap', `table level ${table} is below 32: no cap`, [roleFact]);
  const ceiling = y2025 ? 30 : 32;
  if (role === 'minimal' && c.level > ceiling)
    setTo(
      c,
      '§ 2D1.1(a)(5)',
      'minimal participant ceiling',
      ceiling,
      `4-level § 3B1.2(a) reduction and a level above ${ceiling}: decreased to ${ceiling}`,
      [roleFact],
    );
}

export function drugTrafficking(f: OffenseOf<'2D1.1'>, ctx: Ch2Context): Ch2Unit[] {
  const c = ctx.calc;
  const drugs = f.drugs.map((d) => ({
    substance: d.substance,
    grams: d.grams,
    ...(d.purity !== undefined ? { purity: d.purity } : {}),
  }));
  const q = drugQuantityLevel(drugs);
  const drugFacts = f.drugs.map((d, i) => factText(f.drugs[i], 'grams', `${d.substance} (g)`));
  const statutory = f.statutoryBase ?? 'none';
  const stat = statutory === 'deathAfterPrior' ? 43 : statutory === 'deathOrSbi' ? 38 : undefined;
  setTo(c, '§ 2D1.1(c)', 'Drug Quantity Table', q.level, q.text, drugFacts);
  roleCap(c, ctx, q.level);
  if (stat !== undefined && stat > c.level)
    setTo(
      c,
      statutory === 'deathAfterPrior' ? '§ 2D1.1(a)(1)' : '§ 2D1.1(a)(2)',
      'death or serious bodily injury resulted (offense of conviction)',
      stat,
      `the greatest of (a)(1)–(5) applies: level ${stat}`,
      [factText(f, 'statutoryBase')],
    );
  else
    skip(
      c,
      '§ 2D1.1(a)(1)–(4)',
      'statutory base levels',
      stat === undefined
        ? 'the offense of conviction does not establish death or serious bodily injury (as recorded); § 841(b)(1)(E) levels (a)(3)–(4) are not in the engine'
        : 'the table level is greater',
      [factText(f, 'statutoryBase')],
    );
  soc(
    c,
    '§ 2D1.1(b)(1)',
    'dangerous weapon possessed',
    f.weaponPossessed,
    2,
    [factText(f, 'weaponPossessed')],
    'no weapon recorded',
  );
  soc(c, '§ 2D1.1(b)(2)', 'used, credibly threatened or directed violence', f.violence, 2, [
    factText(f, 'violence'),
  ]);
  notComputed(
    c,
    '§ 2D1.1(b)(3)–(10)',
    'aircraft, prison, import of methamphetamine, § 865, mass-marketing, steroids, § 841(g)',
    'not in the engine’s facts: add them by hand if the case has them',
  );
  soc(c, '§ 2D1.1(b)(11)', 'bribed a law enforcement officer', f.bribedOfficer, 2, [
    factText(f, 'bribedOfficer'),
  ]);
  soc(c, '§ 2D1.1(b)(12)', 'maintained a premises for manufacturing or distributing', f.premises, 2, [
    factText(f, 'premises'),
  ]);
  soc(
    c,
    '§ 2D1.1(b)(13)(A)',
    'fentanyl knowingly misrepresented or marketed as another substance',
    f.fentanylMisrepresented,
    4,
    [factText(f, 'fentanylMisrepresented')],
  );
  const aggravating = [
    'organizerOrLeaderExtensive',
    'managerOrSupervisorExtensive',
    'aggravatingOther',
  ].includes(ctx.chapter3.role ?? '');
  if (f.aggravatingRoleFactors && !aggravating)
    skip(
      c,
      '§ 2D1.1(b)(16)',
      'aggravating role with (A)–(E) factors',
      'needs a § 3B1.1 adjustment, which is not recorded',
      [factText(f, 'aggravatingRoleFactors')],
    );
  else
    soc(c, '§ 2D1.1(b)(16)', 'aggravating role with (A)–(E) factors', f.aggravatingRoleFactors, 2, [
      factText(f, 'aggravatingRoleFactors'),
    ]);
  if (f.superMitigating && ctx.chapter3.role !== 'minimal')
    skip(
      c,
      '§ 2D1.1(b)(17)',
      'minimal participant with (A)–(C) criteria',
      'needs the 4-level § 3B1.2(a) reduction',
      [factText(f, 'superMitigating')],
    );
  else
    soc(c, '§ 2D1.1(b)(17)', 'minimal participant with (A)–(C) criteria', f.superMitigating, -2, [
      factText(f, 'superMitigating'),
    ]);
  if (ctx.safetyValveMet === true)
    add(
      c,
      '§ 2D1.1(b)(18)',
      'meets § 5C1.2(a)(1)–(5)',
      -2,
      'the defendant meets the safety-valve criteria: −2',
    );
  else
    skip(
      c,
      '§ 2D1.1(b)(18)',
      'meets § 5C1.2(a)(1)–(5)',
      ctx.safetyValveMet === false
        ? 'the safety-valve criteria are not met (see Chapter Five)'
        : 'the safety valve is not applied in this scenario',
    );
  info(
    c,
    '§ 2D1.1(d), (e)',
    'cross references and special instructions',
    'murder and § 841(b)(7) cross references, and § 2D1.1(e)(1), are not in the engine; (e)(2) (2025): the role finding is the user’s',
  );
  return [{ label: ctx.charge, charge: ctx.charge, guideline: '2D1.1', level: c.level }];
}
