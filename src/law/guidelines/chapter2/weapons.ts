/** § 2K2.1 (firearms) and § 2B3.1 (robbery). */
import { add, notComputed, setTo, skip, soc } from '../calc.ts';
import { factText } from '../facts.ts';
import { type Ch2Context, type Ch2Unit, citesSubsection, type OffenseOf, sectionOf, usd } from './common.ts';

/**
 * Convictions § 2K2.1(a)(4)(B)(ii) and (a)(6)(B) name: 18 U.S.C. § 922(d), § 932 or § 933 (the latter two added by
 * App. C amend. 819, effective Nov. 1, 2023: "Section 2K2.1(a)(4)(B) is amended by inserting after '18 U.S.C.
 * § 922(d)' the following: ', § 932, or § 933'", and likewise (a)(6)(B)).
 */
function transferConviction(ctx: Ch2Context): string | undefined {
  const section = sectionOf(ctx.statute);
  if (section === '922' && citesSubsection(ctx.statute, '(d)')) return '§ 922(d)';
  if (section === '932' || section === '933') return `§ ${section}`;
  return undefined;
}

/** § 2K2.1(b)(6)(A) (2023–2024: (b)(5)(A)), App. C amend. 819: "was convicted under 18 U.S.C. § 933(a)(2) or (a)(3)". */
const convicted933a2or3 = (ctx: Ch2Context): boolean =>
  sectionOf(ctx.statute) === '933' &&
  (citesSubsection(ctx.statute, '(a)(2)') || citesSubsection(ctx.statute, '(a)(3)'));

export function firearms(f: OffenseOf<'2K2.1'>, ctx: Ch2Context): Ch2Unit[] {
  const c = ctx.calc;
  const y2025 = ctx.edition.year >= 2025;
  const priors = f.priorFelonies ?? 0;
  const lcm = f.semiautomaticLcmOr5845 === true;
  const transfer = transferConviction(ctx);
  const prohibitedOrTransfer = f.prohibitedPerson === true || transfer !== undefined;
  const facts = [
    factText(f, 'priorFelonies', 'prior felony crime-of-violence / controlled-substance convictions'),
    factText(f, 'semiautomaticLcmOr5845'),
    factText(f, 'prohibitedPerson'),
  ];
  // § 2K2.1(a), apply the greatest; prior convictions count only if they receive criminal history points.
  const base: Array<[boolean, number, string]> = [
    [lcm && priors >= 2, 26, '(a)(1)'],
    [priors >= 2, 24, '(a)(2)'],
    [lcm && priors === 1, 22, '(a)(3)'],
    [priors === 1 || (lcm && prohibitedOrTransfer), 20, '(a)(4)'],
    [prohibitedOrTransfer, 14, '(a)(6)'],
    [true, 12, '(a)(7)'],
  ];
  const [, level, item] = base.find(([ok]) => ok) as [boolean, number, string];
  setTo(
    c,
    `§ 2K2.1${item}`,
    'base offense level (the greatest that applies)',
    level,
    `level ${level}${transfer && level <= 20 && f.prohibitedPerson !== true ? ` (convicted under ${transfer}: (a)(4)(B)(ii) / (a)(6)(B), App. C amend. 819)` : ''}; (a)(5) (a § 5845(a) firearm, 18) and (a)(8) (6) are not distinguished by the facts`,
    facts,
  );
  const n = f.firearms ?? 1;
  const tiers: Array<[number, number, string]> = [
    [200, 10, '(E)'],
    [100, 8, '(D)'],
    [25, 6, '(C)'],
    [8, 4, '(B)'],
    [3, 2, '(A)'],
  ];
  const tier = tiers.find(([at]) => n >= at);
  if (tier)
    add(c, `§ 2K2.1(b)(1)${tier[2]}`, 'number of firearms', tier[1], `${n} firearms`, [
      factText(f, 'firearms'),
    ]);
  else
    skip(c, '§ 2K2.1(b)(1)', 'number of firearms', `${n} firearm(s): fewer than 3`, [
      factText(f, 'firearms'),
    ]);
  notComputed(c, '§ 2K2.1(b)(2)–(3)', 'sporting purposes; destructive device', 'not in the engine’s facts');
  if (f.serialNumber)
    add(c, '§ 2K2.1(b)(4)(B)', 'altered or obliterated serial number', 4, '', [factText(f, 'serialNumber')]);
  else soc(c, '§ 2K2.1(b)(4)(A)', 'stolen firearm', f.stolen, 2, [factText(f, 'stolen')]);
  if (y2025) {
    const mcd = f.conversionDevices ?? 'none';
    if (mcd === 'thirtyOrMore')
      add(c, '§ 2K2.1(b)(5)(B)', 'machinegun conversion devices: 30 or more', 4, 'App. C amend. 834', [
        factText(f, 'conversionDevices'),
      ]);
    else if (mcd === 'fourOrTransferred')
      add(
        c,
        '§ 2K2.1(b)(5)(A)',
        'machinegun conversion devices: 4 or more, or any transferred',
        2,
        'App. C amend. 834',
        [factText(f, 'conversionDevices')],
      );
    else
      skip(c, '§ 2K2.1(b)(5)', 'machinegun conversion devices', 'none recorded', [
        factText(f, 'conversionDevices'),
      ]);
  }
  const capCite = y2025 ? '§ 2K2.1(b) (cap after (b)(5))' : '§ 2K2.1(b) (cap after (b)(4))';
  if (c.level > 29)
    setTo(
      c,
      capCite,
      'cumulative level capped at 29',
      29,
      'the level from (a) through the firearm characteriztics may not exceed 29 (except (b)(3)(A))',
    );
  // The trafficking SOC as App. C amend. 819 wrote it (effective Nov. 1, 2023; (b)(5) until amend. 834 made it
  // (b)(6) on Nov. 1, 2025), "(Apply the Greatest)": (A) convicted under § 933(a)(2) or (a)(3), +2; (B) transfer etc.
  // knowing or having reason to believe the recipient was a prohibited person or intended unlawful use, +2; (C) the
  // same as to two or more firearms with further conditions — its level is not in the text read here, and the facts
  // do not record it.
  const trafficking = y2025 ? '§ 2K2.1(b)(6)' : '§ 2K2.1(b)(5)';
  if (f.trafficking)
    add(
      c,
      `${trafficking}(B)`,
      'transfer knowing the recipient was prohibited or intended unlawful use',
      2,
      'App. C amend. 819',
      [factText(f, 'trafficking')],
    );
  else if (convicted933a2or3(ctx))
    add(
      c,
      `${trafficking}(A)`,
      'convicted under 18 U.S.C. § 933(a)(2) or (a)(3)',
      2,
      `the count cites ${ctx.statute?.citation ?? '§ 933'} (App. C amend. 819)`,
    );
  else
    skip(c, trafficking, 'trafficking of firearms', 'no (A) conviction and no (B) transfer recorded', [
      factText(f, 'trafficking'),
    ]);
  notComputed(
    c,
    `${trafficking}(C)`,
    'trafficking of two or more firearms',
    'not in the engine’s facts (its level was not verified in the amendment text read)',
  );
  const felony = y2025 ? '§ 2K2.1(b)(7)(B)' : '§ 2K2.1(b)(6)(B)';
  if (f.anotherFelony) {
    add(c, felony, 'used or possessed in connection with another felony offense', 4, '', [
      factText(f, 'anotherFelony'),
    ]);
    if (c.level < 18)
      setTo(c, felony, 'floor of level 18', 18, 'if the resulting level is less than 18, increase to 18');
  } else
    skip(c, felony, 'in connection with another felony offense', 'not recorded', [
      factText(f, 'anotherFelony'),
    ]);
  notComputed(
    c,
    '§ 2K2.1(c)',
    'cross reference to the other offense (§ 2X1.1)',
    'the engine does not compute the other offense’s level: compare by hand if greater',
  );
  return [{ label: ctx.charge, charge: ctx.charge, guideline: '2K2.1', level: c.level }];
}

const WEAPON = {
  firearmDischarged: [7, '(A)', 'a firearm was discharged'],
  firearmOtherwiseUsed: [6, '(B)', 'a firearm was otherwise used'],
  firearmBrandishedOrPossessed: [5, '(C)', 'a firearm was brandished or possessed'],
  weaponOtherwiseUsed: [4, '(D)', 'a dangerous weapon was otherwise used'],
  weaponBrandishedOrPossessed: [3, '(E)', 'a dangerous weapon was brandished or possessed'],
  threatOfDeath: [2, '(F)', 'a threat of death was made'],
} as const;
const INJURY = {
  bodily: [2, '(A)', 'bodily injury'],
  betweenBodilyAndSerious: [3, '(A)–(B)', 'between bodily and serious bodily injury'],
  serious: [4, '(B)', 'serious bodily injury'],
  betweenSeriousAndPermanent: [5, '(B)–(C)', 'between serious and permanent bodily injury'],
  permanent: [6, '(C)', 'permanent or life-threatening bodily injury'],
} as const;
const ROBBERY_LOSS: ReadonlyArray<readonly [number, number, string]> = [
  [9_500_000, 7, '(H)'],
  [5_000_000, 6, '(G)'],
  [3_000_000, 5, '(F)'],
  [1_500_000, 4, '(E)'],
  [500_000, 3, '(D)'],
  [95_000, 2, '(C)'],
  [20_000, 1, '(B)'],
];

export function robbery(f: OffenseOf<'2B3.1'>, ctx: Ch2Context): Ch2Unit[] {
  const c = ctx.calc;
  setTo(c, '§ 2B3.1(a)', 'base offense level', 20, 'robbery: 20');
  soc(c, '§ 2B3.1(b)(1)', 'property of a financial institution or post office', f.financialInstitution, 2, [
    factText(f, 'financialInstitution'),
  ]);
  const w = f.weapon && f.weapon !== 'none' ? WEAPON[f.weapon] : undefined;
  const i = f.injury && f.injury !== 'none' ? INJURY[f.injury] : undefined;
  const wLevels = w?.[0] ?? 0;
  const iLevels = i?.[0] ?? 0;
  // App. C amend. 832, Part A (Nov. 1, 2025): (b)(2)(B) "if a firearm was otherwise used" became "if a firearm was
  // used to convey a specific (not general) threat of harm … or to make physical contact with a victim".
  const w2025 =
    ctx.edition.year >= 2025 && f.weapon === 'firearmOtherwiseUsed'
      ? 'a firearm was used to convey a specific threat of harm or to make physical contact with a victim'
      : undefined;
  if (w)
    add(
      c,
      `§ 2B3.1(b)(2)${w[1]}`,
      w2025 ?? w[2],
      w[0],
      ctx.edition.year >= 2025 && f.weapon === 'firearmOtherwiseUsed'
        ? '2025 text: used to convey a specific threat of harm or to make physical contact (App. C amend. 832)'
        : '',
      [factText(f, 'weapon')],
    );
  else skip(c, '§ 2B3.1(b)(2)', 'weapon or threat of death', 'none recorded', [factText(f, 'weapon')]);
  if (i) {
    const allowed = Math.min(iLevels, Math.max(0, 11 - wLevels));
    if (allowed < iLevels)
      add(
        c,
        `§ 2B3.1(b)(3)${i[1]}`,
        i[2],
        allowed,
        `${iLevels} levels, but (b)(2) and (b)(3) together may not exceed 11`,
        [factText(f, 'injury')],
      );
    else add(c, `§ 2B3.1(b)(3)${i[1]}`, i[2], iLevels, '', [factText(f, 'injury')]);
  } else skip(c, '§ 2B3.1(b)(3)', 'bodily injury', 'none recorded', [factText(f, 'injury')]);
  if (f.abducted) add(c, '§ 2B3.1(b)(4)(A)', 'a person was abducted', 4, '', [factText(f, 'abducted')]);
  else
    soc(
      c,
      '§ 2B3.1(b)(4)(B)',
      // App. C amend. 832, Part A (Nov. 1, 2025) replaced "if any person was physically restrained" with "if any
      // person's freedom of movement was restricted through physical contact or confinement, such as by being tied,
      // bound, or locked up"; the fact recorded (`restrained`) is read under the edition's words.
      ctx.edition.year >= 2025
        ? 'a person’s freedom of movement was restricted through physical contact or confinement (App. C amend. 832)'
        : 'a person was physically restrained',
      f.restrained,
      2,
      [factText(f, 'restrained')],
    );
  soc(c, '§ 2B3.1(b)(5)', 'carjacking', f.carjacking, 2, [factText(f, 'carjacking')]);
  soc(
    c,
    '§ 2B3.1(b)(6)',
    'a firearm, destructive device or controlled substance was taken',
    f.firearmOrDrugTaken,
    1,
    [factText(f, 'firearmOrDrugTaken')],
  );
  const loss = f.lossUsd ?? 0;
  const row = ROBBERY_LOSS.find(([more]) => loss > more);
  if (row) add(c, `§ 2B3.1(b)(7)${row[2]}`, 'loss', row[1], `loss of ${usd(loss)}`, [factText(f, 'lossUsd')]);
  else skip(c, '§ 2B3.1(b)(7)(A)', 'loss', `loss of ${usd(loss)}: $20,000 or less`, [factText(f, 'lossUsd')]);
  notComputed(c, '§ 2B3.1(c)', 'murder cross reference', 'not in the engine');
  return [{ label: ctx.charge, charge: ctx.charge, guideline: '2B3.1', level: c.level }];
}
