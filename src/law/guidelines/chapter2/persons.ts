/**
 * Offenses against persons in the demo's charges: § 2G1.1 (commercial sex act, adult victim), § 2G1.3 (minor),
 * § 2H4.1 (peonage, involuntary servitude, forced labor). Each victim is its own unit: § 2G1.1(d)(1) and
 * § 2G1.3(d)(1) direct that each victim be treated as a separate count of conviction.
 */
import { add, type Calc, info, notComputed, setTo, skip, soc } from '../calc.ts';
import { factText } from '../facts.ts';
import {
  type Ch2Context,
  type Ch2Unit,
  citesSubsection,
  isConspiracyStatute,
  type OffenseOf,
  type ResolvedVictim,
  sectionOf,
} from './common.ts';

function victimCalc(ctx: Ch2Context, v: ResolvedVictim, count: number): Calc {
  return { ...ctx.calc, unit: count > 1 ? `${ctx.charge} · ${v.label}` : ctx.charge, level: 0 };
}

/** § 2G1.1(a): 34 if the offense of conviction is § 1591(b)(1); otherwise 14. */
function g11Base(c: Calc, f: OffenseOf<'2G1.1'>, ctx: Ch2Context): boolean {
  const section = sectionOf(ctx.statute);
  const direct = section === '1591' && citesSubsection(ctx.statute, '(b)(1)');
  if (direct) {
    setTo(
      c,
      '§ 2G1.1(a)(1)',
      'base offense level',
      34,
      'the offense of conviction is 18 U.S.C. § 1591(b)(1)',
    );
    return true;
  }
  if (isConspiracyStatute(ctx.statute) && f.offense1591b1 !== false) {
    if (ctx.g11Base === 'objectConduct') {
      setTo(
        c,
        '§ 2G1.1(a)(1)',
        'base offense level',
        34,
        'a conspiracy whose object conduct falls within § 1591(b)(1): § 2X1.1(a) takes the substantive base level (United States v. Sims, 957 F.3d 362 (3d Cir. 2020)); option g11BaseFor1594c=objectConduct',
        [factText(f, 'offense1591b1')],
      );
      return true;
    }
    setTo(
      c,
      '§ 2G1.1(a)(2)',
      'base offense level',
      14,
      'the offense of conviction is a conspiracy, not § 1591(b)(1) itself (United States v. Wei Lin, 841 F.3d 823 (9th Cir. 2016)); option g11BaseFor1594c=conviction',
    );
    return false;
  }
  setTo(
    c,
    '§ 2G1.1(a)(2)',
    'base offense level',
    14,
    `the offense of conviction (§ ${section ?? '?'}) is not § 1591(b)(1)`,
  );
  return false;
}

export function commercialSexAdult(f: OffenseOf<'2G1.1'>, ctx: Ch2Context): Ch2Unit[] {
  return f.victims.map((v) => {
    const c = victimCalc(ctx, v, f.victims.length);
    const a1 = g11Base(c, f, ctx);
    if (a1)
      skip(c, '§ 2G1.1(b)(1)', 'fraud or coercion', 'applies only when the base level is (a)(2)', [
        factText(v, 'fraudOrCoercion'),
      ]);
    else soc(c, '§ 2G1.1(b)(1)', 'fraud or coercion', v.fraudOrCoercion, 4, [factText(v, 'fraudOrCoercion')]);
    if (v.sexualActUnder2241or2242)
      notComputed(
        c,
        '§ 2G1.1(c)(1)',
        'cross reference to § 2A3.1',
        '§ 2A3.1 applies if the resulting level is greater: § 2A3.1 is not in the engine',
        [factText(v, 'sexualActUnder2241or2242')],
      );
    else
      skip(
        c,
        '§ 2G1.1(c)(1)',
        'cross reference to § 2A3.1',
        'no conduct described in § 2241(a)/(b) or § 2242 recorded',
        [factText(v, 'sexualActUnder2241or2242')],
      );
    if (f.victims.length > 1)
      info(
        c,
        '§ 2G1.1(d)(1)',
        'each victim a separate count',
        `victim ${v.label} is its own unit for Chapter Three, Part D (comment. (n.5))`,
      );
    return {
      label: c.unit,
      charge: ctx.charge,
      guideline: '2G1.1',
      victim: v.label,
      level: c.level,
      victimFacts: v,
    };
  });
}

export function commercialSexMinor(f: OffenseOf<'2G1.3'>, ctx: Ch2Context): Ch2Unit[] {
  const section = sectionOf(ctx.statute);
  return f.victims.map((v) => {
    const c = victimCalc(ctx, v, f.victims.length);
    let low = false;
    if (section === '1591' && citesSubsection(ctx.statute, '(b)(1)'))
      setTo(c, '§ 2G1.3(a)(1)', 'base offense level', 34, 'convicted under 18 U.S.C. § 1591(b)(1)');
    else if (section === '1591' && citesSubsection(ctx.statute, '(b)(2)'))
      setTo(c, '§ 2G1.3(a)(2)', 'base offense level', 30, 'convicted under 18 U.S.C. § 1591(b)(2)');
    else if (
      (section === '2422' && citesSubsection(ctx.statute, '(b)')) ||
      (section === '2423' && citesSubsection(ctx.statute, '(a)'))
    ) {
      setTo(c, '§ 2G1.3(a)(3)', 'base offense level', 28, `convicted under 18 U.S.C. § ${section}`);
      low = true;
    } else {
      setTo(c, '§ 2G1.3(a)(4)', 'base offense level', 24, 'otherwise');
      low = true;
    }
    soc(
      c,
      '§ 2G1.3(b)(1)',
      'minor in the defendant’s custody, care or supervisory control',
      v.custodyCareControl,
      2,
      [factText(v, 'custodyCareControl')],
    );
    soc(
      c,
      '§ 2G1.3(b)(2)',
      'misrepresentation of identity or undue influence',
      v.misrepresentationOrUndueInfluence,
      2,
      [factText(v, 'misrepresentationOrUndueInfluence')],
    );
    soc(c, '§ 2G1.3(b)(3)', 'computer or interactive computer service', v.computerUsed, 2, [
      factText(v, 'computerUsed'),
    ]);
    soc(
      c,
      '§ 2G1.3(b)(4)',
      'sex act or sexual contact, or commercial sex act',
      v.sexActOrCommercialSexAct,
      2,
      [factText(v, 'sexActOrCommercialSexAct')],
    );
    const under12 = v.age !== undefined && v.age < 12;
    if (low)
      soc(
        c,
        '§ 2G1.3(b)(5)',
        'minor under 12',
        v.age === undefined ? undefined : under12,
        8,
        [factText(v, 'age')],
        'the minor’s age',
      );
    else
      skip(c, '§ 2G1.3(b)(5)', 'minor under 12', 'applies only under (a)(3) or (a)(4)', [factText(v, 'age')]);
    notComputed(
      c,
      '§ 2G1.3(c)',
      'cross references (§§ 2G2.1, 2A1.1, 2A3.1)',
      'not in the engine: compare by hand if the conduct fits',
      [factText(v, 'sexualActUnder2241or2242')],
    );
    if (f.victims.length > 1)
      info(
        c,
        '§ 2G1.3(d)(1)',
        'each minor a separate count',
        `minor ${v.label} is its own unit for Chapter Three, Part D`,
      );
    return {
      label: c.unit,
      charge: ctx.charge,
      guideline: '2G1.3',
      victim: v.label,
      level: c.level,
      victimFacts: v,
    };
  });
}

export function forcedLabor(f: OffenseOf<'2H4.1'>, ctx: Ch2Context): Ch2Unit[] {
  const section = sectionOf(ctx.statute);
  return f.victims.map((v) => {
    const c = victimCalc(ctx, v, f.victims.length);
    if (section === '1592')
      setTo(c, '§ 2H4.1(a)(2)', 'base offense level', 18, 'convicted under 18 U.S.C. § 1592');
    else setTo(c, '§ 2H4.1(a)(1)', 'base offense level', 22, 'peonage, involuntary servitude, forced labor');
    const injury = v.injury ?? 'none';
    if (injury === 'permanentOrLifeThreatening')
      add(c, '§ 2H4.1(b)(1)(A)', 'permanent or life-threatening bodily injury', 4, '', [
        factText(v, 'injury'),
      ]);
    else if (injury === 'serious')
      add(c, '§ 2H4.1(b)(1)(B)', 'serious bodily injury', 2, '', [factText(v, 'injury')]);
    else skip(c, '§ 2H4.1(b)(1)', 'bodily injury', 'none recorded', [factText(v, 'injury')]);
    const weapon = f.weapon ?? 'none';
    if (weapon === 'used')
      add(c, '§ 2H4.1(b)(2)(A)', 'dangerous weapon used', 4, '', [factText(f, 'weapon')]);
    else if (weapon === 'brandishedOrThreatened')
      add(c, '§ 2H4.1(b)(2)(B)', 'dangerous weapon brandished or its use threatened', 2, '', [
        factText(f, 'weapon'),
      ]);
    else skip(c, '§ 2H4.1(b)(2)', 'dangerous weapon', 'none recorded', [factText(f, 'weapon')]);
    const days = v.heldDays;
    if (days === undefined)
      skip(c, '§ 2H4.1(b)(3)', 'time held in servitude', 'not recorded: the time held', [
        factText(v, 'heldDays'),
      ]);
    else if (days > 365)
      add(c, '§ 2H4.1(b)(3)(A)', 'held more than one year', 3, '', [factText(v, 'heldDays')]);
    else if (days >= 180)
      add(c, '§ 2H4.1(b)(3)(B)', 'held between 180 days and one year', 2, '', [factText(v, 'heldDays')]);
    else if (days > 30)
      add(c, '§ 2H4.1(b)(3)(C)', 'held more than 30 days but less than 180', 1, '', [
        factText(v, 'heldDays'),
      ]);
    else
      skip(c, '§ 2H4.1(b)(3)', 'time held in servitude', `${days} days: 30 or fewer`, [
        factText(v, 'heldDays'),
      ]);
    if (f.otherFelonyLevel !== undefined) {
      const level = Math.min(43, Math.max(c.level + 2, f.otherFelonyLevel + 2));
      setTo(
        c,
        '§ 2H4.1(b)(4)',
        'another felony in connection',
        level,
        `the greater of 2 plus the level above (${c.level + 2}) and 2 plus the other offense’s level (${f.otherFelonyLevel + 2}), at most 43`,
        [factText(f, 'otherFelonyLevel')],
      );
    } else
      skip(c, '§ 2H4.1(b)(4)', 'another felony in connection', 'none recorded', [
        factText(f, 'otherFelonyLevel'),
      ]);
    return {
      label: c.unit,
      charge: ctx.charge,
      guideline: '2H4.1',
      victim: v.label,
      level: c.level,
      victimFacts: v,
    };
  });
}

/** § 2G2.2: trafficking, receipt and possession of material involving the sexual exploitation of a minor. */
export function childPornography(
  f: OffenseOf<'2G2.2'>,
  ctx: Ch2Context,
  lossLevels: (usd: number) => number,
): Ch2Unit[] {
  const c = ctx.calc;
  const section = sectionOf(ctx.statute);
  const possession =
    (section === '2252' && citesSubsection(ctx.statute, '(a)(4)')) ||
    (section === '2252A' &&
      (citesSubsection(ctx.statute, '(a)(5)') || citesSubsection(ctx.statute, '(a)(7)'))) ||
    (section === '1466A' && citesSubsection(ctx.statute, '(b)'));
  if (possession)
    setTo(c, '§ 2G2.2(a)(1)', 'base offense level', 18, `convicted of § ${section} (possession)`);
  else setTo(c, '§ 2G2.2(a)(2)', 'base offense level', 22, 'otherwise');
  if (!possession)
    soc(c, '§ 2G2.2(b)(1)', 'receipt or solicitation only, no intent to distribute', f.receiptOnly, -2, [
      factText(f, 'receiptOnly'),
    ]);
  else skip(c, '§ 2G2.2(b)(1)', 'receipt or solicitation only', 'applies only under (a)(2)');
  soc(c, '§ 2G2.2(b)(2)', 'prepubescent minor or a minor under 12', f.prepubescent, 2, [
    factText(f, 'prepubescent'),
  ]);
  const dist = f.distribution ?? 'none';
  const distFacts = [factText(f, 'distribution'), factText(f, 'retailValueUsd')];
  if (dist === 'pecuniaryGain') {
    const levels = Math.max(5, lossLevels(f.retailValueUsd ?? 0));
    add(
      c,
      '§ 2G2.2(b)(3)(A)',
      'distribution for pecuniary gain',
      levels,
      'the § 2B1.1 table for the retail value, at least 5',
      distFacts,
    );
  } else if (dist === 'valuableConsideration')
    add(c, '§ 2G2.2(b)(3)(B)', 'distribution for valuable consideration', 5, '', distFacts);
  else if (dist === 'toMinor') add(c, '§ 2G2.2(b)(3)(C)', 'distribution to a minor', 5, '', distFacts);
  else if (dist === 'toMinorIllegal')
    add(c, '§ 2G2.2(b)(3)(D)', 'distribution to a minor to induce illegal activity', 6, '', distFacts);
  else if (dist === 'toMinorSexual')
    add(
      c,
      '§ 2G2.2(b)(3)(E)',
      'distribution to a minor to induce prohibited sexual conduct',
      7,
      '',
      distFacts,
    );
  else if (dist === 'knowing') add(c, '§ 2G2.2(b)(3)(F)', 'knowing distribution', 2, '', distFacts);
  else skip(c, '§ 2G2.2(b)(3)', 'distribution', 'none recorded', distFacts);
  soc(
    c,
    '§ 2G2.2(b)(4)',
    'sadistic or masochistic conduct, or abuse of an infant or toddler',
    f.sadistic,
    4,
    [factText(f, 'sadistic')],
  );
  soc(
    c,
    '§ 2G2.2(b)(5)',
    'pattern of activity involving sexual abuse or exploitation of a minor',
    f.pattern,
    5,
    [factText(f, 'pattern')],
  );
  soc(c, '§ 2G2.2(b)(6)', 'use of a computer or interactive computer service', f.computer, 2, [
    factText(f, 'computer'),
  ]);
  const images = (f.images ?? 0) + 75 * (f.videos ?? 0);
  const imgFacts = [factText(f, 'images'), factText(f, 'videos')];
  const tier: [number, number, string] | undefined = (
    [
      [600, 5, '(D)'],
      [300, 4, '(C)'],
      [150, 3, '(B)'],
      [10, 2, '(A)'],
    ] as Array<[number, number, string]>
  ).find(([at]) => images >= at);
  if (tier)
    add(
      c,
      `§ 2G2.2(b)(7)${tier[2]}`,
      'number of images',
      tier[1],
      `${images} images (each video counts as 75, comment. (n.6(B)(ii)))`,
      imgFacts,
    );
  else skip(c, '§ 2G2.2(b)(7)', 'number of images', `${images} images: fewer than 10`, imgFacts);
  notComputed(c, '§ 2G2.2(c)(1)', 'cross reference to § 2G2.1', 'not in the engine');
  return [{ label: ctx.charge, charge: ctx.charge, guideline: '2G2.2', level: c.level }];
}

/** § 2L1.2: unlawfully entering or remaining in the United States. */
export function reentry(f: OffenseOf<'2L1.2'>, ctx: Ch2Context): Ch2Unit[] {
  const c = ctx.calc;
  setTo(c, '§ 2L1.2(a)', 'base offense level', 8, 'illegal reentry: 8');
  const facts = f.priors.map(
    (p) =>
      `${p.label}: ${p.kind}, ${p.sentenceMonths ?? '?'} months, ${p.relativeToFirstRemoval} the first removal order`,
  );
  if (f.priors.some((p) => p.kind === 'illegalReentryFelony'))
    add(c, '§ 2L1.2(b)(1)(A)', 'prior felony illegal-reentry conviction', 4, '', facts);
  else if (f.priors.filter((p) => p.kind === 'misdemeanor1325').length >= 2)
    add(c, '§ 2L1.2(b)(1)(B)', 'two or more misdemeanor § 1325(a) convictions', 2, '', facts);
  else skip(c, '§ 2L1.2(b)(1)', 'prior illegal-entry convictions', 'none recorded', facts);
  for (const [when, cite] of [
    ['before', '§ 2L1.2(b)(2)'],
    ['after', '§ 2L1.2(b)(3)'],
  ] as const) {
    const set = f.priors.filter(
      (p) => p.relativeToFirstRemoval === when && p.kind !== 'illegalReentryFelony',
    );
    const felony = set.filter((p) => p.kind === 'felony').map((p) => p.sentenceMonths ?? 0);
    const top = Math.max(-1, ...felony);
    const misd = set.filter((p) => p.kind === 'misdemeanorViolenceOrDrug').length;
    const label =
      when === 'before'
        ? 'conviction before the first removal order'
        : 'conviction for conduct after the first removal order';
    if (top >= 60) add(c, `${cite}(A)`, `${label}: felony, sentence of 5 years or more`, 10, '', facts);
    else if (top >= 24) add(c, `${cite}(B)`, `${label}: felony, sentence of 2 years or more`, 8, '', facts);
    else if (top > 13)
      add(c, `${cite}(C)`, `${label}: felony, sentence exceeding 1 year and 1 month`, 6, '', facts);
    else if (top >= 0) add(c, `${cite}(D)`, `${label}: any other felony`, 4, '', facts);
    else if (misd >= 3)
      add(
        c,
        `${cite}(E)`,
        `${label}: 3 or more misdemeanor crimes of violence or drug trafficking offenses`,
        2,
        '',
        facts,
      );
    else skip(c, cite, label, 'none recorded', facts);
  }
  return [{ label: ctx.charge, charge: ctx.charge, guideline: '2L1.2', level: c.level }];
}
