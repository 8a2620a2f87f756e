/** § 2B1.1 (theft, property destruction and fraud) and § 2S1.1 (laundering of monetary instruments). */
import { add, floorAt, notComputed, setTo, skip, soc } from '../calc.ts';
import { factText } from '../facts.ts';
import { type Ch2Context, type Ch2Unit, lossTableLevels, type OffenseOf, sectionOf, usd } from './common.ts';

export function fraud(f: OffenseOf<'2B1.1'>, ctx: Ch2Context): Ch2Unit[] {
  const c = ctx.calc;
  const max = ctx.statutoryMax;
  // § 2B1.1(a): "(1) 7, if (A) the defendant was convicted of an offense referenced to this guideline; and
  // (B) that offense of conviction has a statutory maximum term of imprisonment of 20 years or more; or (2) 6".
  if (max === undefined)
    setTo(
      c,
      '§ 2B1.1(a)(2)',
      'base offense level',
      6,
      'the statutory maximum of the count is not known: level 6 (level 7 if it is 20 years or more, (a)(1))',
    );
  else if (max === 'life' || max >= 20)
    setTo(
      c,
      '§ 2B1.1(a)(1)',
      'base offense level',
      7,
      `statutory maximum ${max === 'life' ? 'life' : `${max} years`}: 20 years or more`,
    );
  else setTo(c, '§ 2B1.1(a)(2)', 'base offense level', 6, `statutory maximum ${max} years: less than 20`);
  const loss = lossTableLevels(f.lossUsd);
  const lossFact = factText(f, 'lossUsd', 'loss');
  if (loss.levels > 0)
    add(c, `§ 2B1.1(b)(1)${loss.row}`, 'loss table', loss.levels, `loss of ${usd(f.lossUsd)}`, [lossFact]);
  else skip(c, '§ 2B1.1(b)(1)(A)', 'loss table', `loss of ${usd(f.lossUsd)}: $6,500 or less`, [lossFact]);
  const hardship = f.hardshipVictims ?? 0;
  const victimFacts = [factText(f, 'victims'), factText(f, 'massMarketing'), factText(f, 'hardshipVictims')];
  if (hardship >= 25)
    add(c, '§ 2B1.1(b)(2)(C)', 'substantial financial hardship to 25 or more victims', 6, '', victimFacts);
  else if (hardship >= 5)
    add(c, '§ 2B1.1(b)(2)(B)', 'substantial financial hardship to 5 or more victims', 4, '', victimFacts);
  else if ((f.victims ?? 0) >= 10 || f.massMarketing || hardship >= 1)
    add(
      c,
      '§ 2B1.1(b)(2)(A)',
      '10 or more victims, mass-marketing, or hardship to a victim',
      2,
      '',
      victimFacts,
    );
  else
    skip(
      c,
      '§ 2B1.1(b)(2)',
      'victims table',
      'fewer than 10 victims, no mass-marketing, no substantial hardship recorded',
      victimFacts,
    );
  notComputed(
    c,
    '§ 2B1.1(b)(3)–(9)',
    'theft from the person, fencing, cemetery, § 1037, health care, § 670, misrepresentations',
    'not in the engine’s facts',
  );
  soc(c, '§ 2B1.1(b)(10)(C)', 'sophisticated means', f.sophisticatedMeans, 2, [
    factText(f, 'sophisticatedMeans'),
  ]);
  if (f.sophisticatedMeans) floorAt(c, '§ 2B1.1(b)(10)', 12);
  soc(
    c,
    '§ 2B1.1(b)(11)',
    'device-making equipment, access devices, means of identification',
    f.meansOfIdentification,
    2,
    [factText(f, 'meansOfIdentification')],
  );
  if (f.meansOfIdentification) floorAt(c, '§ 2B1.1(b)(11)', 12);
  soc(
    c,
    '§ 2B1.1(b)(16)(A)',
    'more than $1,000,000 in gross receipts from financial institutions',
    f.financialInstitutionReceipts,
    2,
    [factText(f, 'financialInstitutionReceipts')],
  );
  notComputed(
    c,
    '§ 2B1.1(b)(12)–(15), (16)(B)–(20); (c)',
    'other characteriztics and cross references',
    'not in the engine’s facts',
  );
  return [{ label: ctx.charge, charge: ctx.charge, guideline: '2B1.1', level: c.level }];
}

export function laundering(f: OffenseOf<'2S1.1'>, ctx: Ch2Context): Ch2Unit[] {
  const c = ctx.calc;
  let a2 = false;
  if (f.underlyingOffenseLevel !== undefined)
    setTo(
      c,
      '§ 2S1.1(a)(1)',
      'offense level of the underlying offense',
      f.underlyingOffenseLevel,
      'the defendant committed the underlying offense and its level can be determined',
      [factText(f, 'underlyingOffenseLevel')],
    );
  else {
    a2 = true;
    const value = f.launderedUsd ?? 0;
    const t = lossTableLevels(value);
    setTo(
      c,
      '§ 2S1.1(a)(2)',
      '8 plus the § 2B1.1 table for the laundered funds',
      8 + t.levels,
      `8 + ${t.levels} (§ 2B1.1(b)(1)${t.row}, ${usd(value)})`,
      [factText(f, 'launderedUsd')],
    );
  }
  if (a2)
    soc(
      c,
      '§ 2S1.1(b)(1)',
      'knew or believed the funds were proceeds of drug trafficking, violence …',
      f.drugOrViolenceProceeds,
      6,
      [factText(f, 'drugOrViolenceProceeds')],
    );
  else skip(c, '§ 2S1.1(b)(1)', 'proceeds of drug trafficking, violence …', 'applies only under (a)(2)');
  const section = sectionOf(ctx.statute);
  const b2b = section === '1956';
  if (a2 && f.inBusiness)
    add(c, '§ 2S1.1(b)(2)(C)', 'in the business of laundering funds', 4, '', [factText(f, 'inBusiness')]);
  else if (b2b) add(c, '§ 2S1.1(b)(2)(B)', 'convicted under 18 U.S.C. § 1956', 2, '');
  else if (section === '1957') add(c, '§ 2S1.1(b)(2)(A)', 'convicted under 18 U.S.C. § 1957', 1, '');
  else
    skip(
      c,
      '§ 2S1.1(b)(2)',
      'statute of conviction',
      `the count cites § ${section ?? '?'}, neither § 1956 nor § 1957`,
    );
  if (b2b && !(a2 && f.inBusiness))
    soc(c, '§ 2S1.1(b)(3)', 'sophisticated laundering', f.sophisticated, 2, [factText(f, 'sophisticated')]);
  else skip(c, '§ 2S1.1(b)(3)', 'sophisticated laundering', 'applies only when (b)(2)(B) applies');
  return [{ label: ctx.charge, charge: ctx.charge, guideline: '2S1.1', level: c.level }];
}
