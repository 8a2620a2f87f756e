/**
 * Published computations reproduced step by step by the engine, each cited with the court, the year and where in
 * the opinion the computation is stated (the table: `published-cases.ts`); and the 2025 Manual's numbers checked
 * against the text read (with the source next to each). Where an opinion gives a criminal history category without
 * the prior sentences behind it, the priors below are marked as placeholders and carry the fewest points that
 * category needs.
 */
import { describe, expect, it } from 'vitest';
import { chooseManual } from '../../../src/law/guidelines/case-guidelines.ts';
import { CONVERSION, cdwLevel, columnLevel } from '../../../src/law/guidelines/chapter2/drugs.ts';
import { restrictRange } from '../../../src/law/guidelines/chapter5.ts';
import { EDITIONS, editionOfYear, LATER_MANUALS } from '../../../src/law/guidelines/editions.ts';
import { guidelineRange, VERIFICATION } from '../../../src/law/guidelines/index.ts';
import { CATEGORIES } from '../../../src/law/guidelines/table.ts';
import { ASSESSMENTS_3014 } from '../../../src/law/penalties/general.ts';
import { run } from './helpers.ts';
import {
  applied,
  careerFacts,
  checkPublished,
  onePointPrior,
  type PublishedCase,
  step,
  threePointPriors,
} from './published-cases.ts';

const PUBLISHED: PublishedCase[] = [
  // ------------------------------------------------------------------------------------------------ § 2D1.1
  {
    cite: 'United States v. Morley, 99 F.4th 1328 (11th Cir. 2024), slip op. 8–12: § 2D1.1, cocaine, the PSI',
    // The opinion: the PSI "held Morley accountable for 3.518 kilograms of cocaine …, resulting in a total offense
    // level of 28", "three criminal history points based on Morley's prior 37-month sentence for conspiracy to import
    // 100 kilograms or more of marijuana", category II, "a guideline range of 87 to 108 months". The dates of the
    // offense and of the prior are not in the opinion: the ones below are placeholders (the prior inside the
    // fifteen-year window).
    states: '3.518 kg → 28, 3 points, II: 87–108',
    manual:
      '2021 Manual; the 2021, 2023 and 2025 Manuals give these quantities the same levels (3.5–5 kg: 28)',
    full: true,
    facts: morleyFacts(3518, 'none'),
    charges: [{ label: '1', statute: '21 U.S.C. § 841(a)(1)', min: 5, max: 40 }],
    editions: [2023, 2025],
    expected: {
      steps: { of: ['§ 2D1.1', '§ 3B'], are: [['§ 2D1.1(c)', null, 28]] },
      points: 3,
      category: 'II',
      total: 28,
      range: { min: 87, max: 108 },
    },
  },
  {
    cite: 'United States v. Morley, 99 F.4th 1328 (11th Cir. 2024), slip op. 8–12: § 2D1.1, cocaine, the court',
    // The district court found 3 kilograms ("base offense level to 26 under U.S.S.G. § 2D1.1(c)(7)") and a two-level
    // minor-role reduction: "total offense level of 24", category II, "57 to 71 months"; with the 60-month minimum
    // of § 841(b)(1)(B)(ii), "60 to 71 months". The safety valve was refused: a prior three-point offense
    // (§ 3553(f)(1)(B)).
    states: '3 kg → 26, § 3B1.2(b) −2 = 24, II: 57–71, the minimum makes it 60–71; no safety valve',
    manual: '2021 Manual; 2–3.5 kg is 26 in the 2021, 2023 and 2025 tables',
    full: true,
    facts: morleyFacts(3000, 'minor'),
    charges: [{ label: '1', statute: '21 U.S.C. § 841(a)(1)', min: 5, max: 40 }],
    editions: [2023, 2025],
    expected: {
      steps: {
        of: ['§ 2D1.1', '§ 3B'],
        are: [
          ['§ 2D1.1(c)', null, 26],
          ['§ 3B1.2(b)', -2, 24],
        ],
      },
      points: 3,
      category: 'II',
      total: 24,
      range: { min: 57, max: 71 },
      restricted: { min: 60, max: 71 },
    },
    also: (r) => {
      expect(step(r, '§ 2D1.1(a)(5)')?.status).toBe('notApplicable'); // table level below 32: no role cap
      expect(r.safetyValve.eligible).toBe(false);
      expect(r.safetyValve.reasons.some((x) => x.startsWith('(f)(1)(B)'))).toBe(true);
    },
  },
  {
    cite: 'United States v. Jones, No. 24-30236 (5th Cir. Apr. 29, 2025): § 2D1.1 with § 3B1.1(b); § 4C1.1(a)(10) is disjunctive',
    // The opinion (as summarized with it on law.justia.com and casemine.com): Jones, convicted at trial of conspiracy to
    // distribute methamphetamine, was held to "over 21 metric tons of converted drug weight" with "a § 3B1.1(b)
    // managerial-role enhancement"; "the initial presentence report calculated Jones' offense level as 37, recommending a
    // Guidelines range of 210-262 months". 21,000 kg of converted drug weight is level 34 (10,000–30,000 kg), + 3 = 37;
    // 210–262 is level 37 in category I (a zero-point defendant, who then sought § 4C1.1). The court held that "either
    // receiving a § 3B1.1 adjustment or engaging in a continuing criminal enterprise is sufficient to disqualify a
    // defendant" under § 4C1.1(a)(10). (One summary calls 37 the base offense level; with 34 + 3 it is the total.)
    // Partial: the base level (34) is the table's, not the opinion's.
    states:
      '21,000 kg converted drug weight → 34, § 3B1.1(b) +3 = 37, 0 points, I: 210–262; § 4C1.1 barred by the role alone',
    manual: 'the 2023 Manual (the first with § 4C1.1)',
    full: false,
    facts: {
      charges: [
        {
          charge: '1',
          offense: { guideline: '2D1.1', drugs: [{ substance: 'marihuana', grams: 21_000_000 }] },
        },
      ],
      chapter3: { role: 'managerOrSupervisorExtensive' },
      zeroPoint: {
        violenceOrThreats: false,
        deathOrSeriousBodilyInjury: false,
        sexOffense: false,
        substantialFinancialHardship: false,
        weapon: false,
        continuingCriminalEnterprise: false,
      },
    },
    charges: [{ label: '1', statute: '21 U.S.C. § 846', min: 10, max: 'life' }],
    options: { safetyValve: 'withheld' },
    editions: [2023],
    expected: {
      steps: {
        of: ['§ 2D1.1', '§ 3B'],
        are: [
          ['§ 2D1.1(c)', null, 34],
          ['§ 3B1.1(b)', 3, 37],
        ],
      },
      points: 0,
      total: 37,
      range: { min: 210, max: 262 },
    },
    also: (r) => {
      expect(r.zeroPointOffender).toBe(false);
      expect(step(r, '§ 4C1.1')?.text).toContain('(a)(10)');
    },
  },
  {
    cite: 'United States v. Glover, No. 91-CR-0050-004 (N.D. Okla. Mar. 18, 2010)',
    // The order: "the court found defendant subject to a total offense level 38 and a criminal history category III,
    // for a sentencing range of 292 to 365 months … responsible for 58.5 kilograms of methamphetamine, leading to a
    // base offense level 38 under § 2D1.1(c)(3), two levels were added under § 2D1.1(b)(1) for possession of a
    // dangerous weapon, and a two-level decrease for acceptance of responsibility was granted, for a total offense
    // level 38". The priors behind III are not in the order: a 3-point and a 1-point placeholder give 4, the fewest
    // for III.
    states: '58.5 kg of methamphetamine 38, + 2 (weapon), − 2 (acceptance) = 38, III: 292–365',
    manual:
      '1991 Manual; 45 kg or more of a methamphetamine mixture is 38 in the 2025 table too, and § 2D1.1(b)(1) is unchanged; the 1991 Manual had no third acceptance level, so the motion is recorded as absent',
    full: true,
    facts: {
      offenseCommenced: '1989-11-01',
      charges: [
        {
          charge: '1',
          offense: {
            guideline: '2D1.1',
            drugs: [{ substance: 'methamphetamine', grams: 58_500 }],
            weaponPossessed: true,
          },
        },
      ],
      acceptance: true,
      governmentMotion3E1_1b: false,
      priors: [...threePointPriors(1, '1989-11-01'), onePointPrior('1987-03-01')],
    },
    charges: [{ label: '1', statute: '21 U.S.C. § 846', min: 10, max: 'life' }],
    options: { acceptance: true, safetyValve: 'withheld' },
    expected: {
      steps: {
        of: ['§ 2D1.1', '§ 3E'],
        are: [
          ['§ 2D1.1(c)', null, 38],
          ['§ 2D1.1(b)(1)', 2, 40],
          ['§ 3E1.1(a)', -2, 38],
        ],
      },
      category: 'III',
      total: 38,
      range: { min: 292, max: 365 },
    },
  },
  {
    cite: 'United States v. Decker, 55 F.3d 1509 (10th Cir. 1995)',
    // The opinion: "9.4 grams of 'methamphetamine (actual)' yields a base offense level of 24. U.S.S.G. § 2D1.1(c).
    // Downward adjustments reduced defendant's offense level to 21. Based on defendant's criminal history category;
    // the applicable guideline range was 37-46 months." 37–46 at level 21 is category I only. The opinion does not
    // name the three levels of adjustments: recorded here as § 3E1.1(a) and (b) (a guilty plea), the only
    // three-level reduction it could be without a role. Partial: the adjustments are not named.
    states: '9.4 g of methamphetamine (actual) 24; downward adjustments to 21: 37–46',
    manual: 'the 1994 Manual; 5–20 g of methamphetamine (actual) is 24 in the 2025 table too',
    full: false,
    facts: {
      charges: [
        {
          charge: '1',
          offense: { guideline: '2D1.1', drugs: [{ substance: 'methamphetamineActual', grams: 9.4 }] },
        },
      ],
      acceptance: true,
      governmentMotion3E1_1b: true,
    },
    charges: [{ label: '1', statute: '21 U.S.C. § 841(a)(1)', max: 20 }],
    options: { acceptance: true, safetyValve: 'withheld' },
    expected: { tableLevel: 24, total: 21, range: { min: 37, max: 46 } },
    also: () => {
      expect(
        CATEGORIES.filter((c) => guidelineRange(21, c).min === 37 && guidelineRange(21, c).max === 46),
      ).toEqual(['I']);
    },
  },
  {
    cite: 'United States v. Flowers, No. 02-40108-01-SAC (D. Kan. May 23, 2003): § 2D1.1 with § 2K2.1, grouped',
    // The ruling on objections: the defendant "pleaded guilty to both counts of a two-count indictment that charged
    // him with possession of a firearm by a user of controlled substances in violation of 18 U.S.C. § 922(g) and with
    // possession of methamphetamine with intent to distribute in violation of 21 U.S.C. § 841(a)(1). The Presentence
    // Report ("PSR") recommends a base offense level of 18, a two-level enhancement for possession of a firearm, and a
    // three-level reduction for acceptance of responsibility. With a total offense level of 17 and a criminal history
    // category of two, the PSR determines the applicable sentencing guideline range to be 27 to 33 months." The two
    // counts "were grouped … pursuant to U.S.S.G. § 3D1.2(b)" and the level is the drug count's, the higher one
    // (§ 3D1.3(a)). Every step is stated. Placeholders: the quantity (not in the ruling) is 25 g of methamphetamine,
    // level 18 in the 2025 table (20–40 g; the 2002 table gave 18 to 10–20 g); the firearm count's own level is not
    // stated (the engine's § 2K2.1(a)(6) 14 is below the drug count's 20 either way); one three-point prior makes
    // category II (2–3 points).
    states: '18 + 2 (§ 2D1.1(b)(1)) = 20, the § 922(g)(3) count grouped with it; − 3 = 17, II: 27–33',
    manual:
      'the Nov. 1, 2002 Manual; § 2D1.1(b)(1), § 3D1.2–3D1.3 and § 3E1.1 are unchanged; the quantity is a placeholder at the stated level',
    full: true,
    facts: {
      offenseCommenced: '2002-06-01',
      charges: [
        { charge: '1', offense: { guideline: '2K2.1', prohibitedPerson: true }, groupWith: ['2'] },
        {
          charge: '2',
          offense: {
            guideline: '2D1.1',
            drugs: [{ substance: 'methamphetamine', grams: 25 }],
            weaponPossessed: true,
          },
        },
      ],
      acceptance: true,
      governmentMotion3E1_1b: true,
      priors: threePointPriors(1, '2002-06-01'),
    },
    charges: [
      { label: '1', statute: '18 U.S.C. § 922(g)(3)', max: 10 },
      { label: '2', statute: '21 U.S.C. § 841(a)(1)', max: 20 },
    ],
    options: { acceptance: true, safetyValve: 'withheld' },
    expected: {
      steps: {
        of: ['§ 2D1.1', '§ 3E'],
        are: [
          ['§ 2D1.1(c)', null, 18],
          ['§ 2D1.1(b)(1)', 2, 20],
          ['§ 3E1.1(a)', -2, 18],
          ['§ 3E1.1(b)', -1, 17],
        ],
      },
      points: 3,
      category: 'II',
      total: 17,
      range: { min: 27, max: 33 },
    },
    also: (r) => {
      expect(r.groups).toHaveLength(1); // one group of closely related counts
      expect(r.combinedLevel).toBe(20); // the drug count's level, the higher (§ 3D1.3(a))
    },
  },
  {
    cite: 'United States v. Anderson, No. 05-4373 (4th Cir. May 26, 2006) (unpublished): § 2D1.1 with the safety valve',
    // The opinion: "Because the district court determined Anderson was responsible for 1.67 kilograms of cocaine base,
    // Anderson was assigned a base offense level of thirty-eight. See U.S. Sentencing Guidelines Manual
    // § 2D1.1(c)(1) (2003). The district court applied a three-level adjustment for acceptance of responsibility,
    // thereby giving Anderson an adjusted offense level of thirty-five. An additional two-level adjustment was applied
    // because the Government stipulated that Anderson had satisfied the criteria set forth in § 5C1.2(a). See USSG
    // § 2D1.1(b)(6). Anderson was assessed one criminal history point, which placed him in criminal history category
    // I. The resulting advisory guideline range was 135 to 168 months." Every step is stated, but the crack rows have
    // changed since (App. C amend. 706, 750, 782): 1.67 kg is level 32 in 2025 (840 g–2.8 kg), and the safety-valve
    // reduction is now (b)(18). The opinion's cell (33, I: 135–168) is checked against the table; the engine computes
    // the 2025 equivalent: 32 − 2 = 30, − 3 = 27, I: 70–87 (one point: eligible under § 3553(f)(1)). Partial.
    states:
      '1.67 kg crack 38 (2003), − 3, − 2 (safety valve) = 33, 1 point, I: 135–168; 2025: 32 − 2 − 3 = 27, 70–87',
    manual:
      'the 2003 Manual; the crack rows have changed since (2025: 32, not 38), so the engine runs the 2025 equivalent',
    full: false,
    facts: {
      offenseCommenced: '2002-06-01',
      charges: [
        { charge: '1', offense: { guideline: '2D1.1', drugs: [{ substance: 'cocaineBase', grams: 1670 }] } },
      ],
      acceptance: true,
      governmentMotion3E1_1b: true,
      priors: [onePointPrior('1999-03-01')],
      // The government's stipulation that § 5C1.2(a) was met: no violence or weapon, no death or injury, disclosure.
      zeroPoint: { violenceOrThreats: false, weapon: false, deathOrSeriousBodilyInjury: false },
      safetyValve: { truthfulDisclosure: true },
    },
    charges: [{ label: '1', statute: '21 U.S.C. § 846', min: 10, max: 'life' }],
    options: { acceptance: true, safetyValve: 'ifEligible' },
    expected: {
      steps: {
        of: ['§ 2D1.1(c)', '§ 2D1.1(b)(18)', '§ 3E'],
        are: [
          ['§ 2D1.1(c)', null, 32],
          ['§ 2D1.1(b)(18)', -2, 30],
          ['§ 3E1.1(a)', -2, 28],
          ['§ 3E1.1(b)', -1, 27],
        ],
      },
      points: 1,
      category: 'I',
      total: 27,
      range: { min: 70, max: 87 },
    },
    also: (r) => {
      expect(r.safetyValve.eligible).toBe(true);
      expect(guidelineRange(33, 'I')).toEqual({ min: 135, max: 168 }); // the opinion's cell
    },
  },
  // ------------------------------------------------------------------------------------------------ § 2K2.1
  {
    cite: 'United States v. Hymon, 333 F. App’x 40 (6th Cir. 2009), part I: § 2K2.1, the PSR',
    // The opinion: the PSR recommended "a base offense level of twenty-four, increased by four levels because the
    // firearm was possessed in connection with another felony offense, and decreased by three levels for Hymon's
    // acceptance of responsibility. See USSG §§ 2K2.1(a)(2), (b)(6), and 3E1.1"; three prior felony drug convictions;
    // "criminal history category of VI"; "offense level of twenty-five …, an advisory Guidelines range of 110-137
    // months". (The court of appeals then vacated the four levels for want of a finding.) The points behind
    // category VI are not in the opinion: four placeholder three-point priors and a one-point one give 13, the
    // fewest for VI. The statutory maximum then was 10 years: § 5G1.1(c)(1) restricts the range to 110–120.
    states: '24 + 4 − 3 = 25, VI: 110–137 (110–120 under the then 10-year maximum)',
    manual:
      'the 2007 Manual; the 2025 Manual has the same levels, the other-felony SOC now (b)(7)(B) (App. C amend. 834)',
    full: true,
    facts: {
      offenseCommenced: '2006-02-21',
      charges: [
        {
          charge: '1',
          offense: { guideline: '2K2.1', priorFelonies: 2, prohibitedPerson: true, anotherFelony: true },
        },
      ],
      acceptance: true,
      governmentMotion3E1_1b: true,
      priors: [
        ...threePointPriors(4, '2006-02-21', { controlledSubstanceOffense: true }),
        onePointPrior('2004-05-01', 'placeholder-5'),
      ],
    },
    charges: [{ label: '1', statute: '18 U.S.C. § 922(g)(1)', max: 10 }],
    options: { acceptance: true },
    expected: {
      steps: {
        of: ['§ 2K2.1', '§ 3E'],
        are: [
          ['§ 2K2.1(a)(2)', null, 24],
          ['§ 2K2.1(b)(7)(B)', 4, 28],
          ['§ 3E1.1(a)', -2, 26],
          ['§ 3E1.1(b)', -1, 25],
        ],
      },
      points: 13,
      category: 'VI',
      total: 25,
      range: { min: 110, max: 137 },
      restricted: { min: 110, max: 120 },
    },
  },
  {
    cite: 'United States v. Rogers, 333 F. App’x 975, 976 (6th Cir. 2009): § 2K2.1, the PSR',
    // The opinion: the PSR "recommended a base offense level of 24, pursuant to U.S.S.G. § 2K2.1(a)(2), reflecting his
    // two prior controlled-substance felony convictions", "a four-level increase pursuant to § 2K2.1(b)(6), because
    // Rogers possessed the firearm 'in connection with another felony offense'" (a third drug possession, a felony
    // under Tenn. Code Ann. § 39-17-418(e)); "After incorporating a three-level reduction for acceptance of
    // responsibility, the PSR recommended a total offense level of 25. Rogers' extensive criminal record placed him in
    // Criminal History Category VI. His advisory Guidelines range was therefore 110-137 months." The offense was on
    // April 23, 2007, when § 924(a)(2) capped § 922(g) at 10 years: § 5G1.1(c)(1) restricts the range to 110–120.
    // The points behind category VI are placeholders giving 13, the fewest for VI.
    states: '24 + 4 − 3 = 25, VI: 110–137 (110–120 under the 10-year maximum then in force)',
    manual: 'the 2007 Manual; the 2025 Manual has the same levels (the SOC now (b)(7)(B))',
    full: true,
    facts: {
      offenseCommenced: '2007-04-23',
      charges: [
        {
          charge: '1',
          offense: { guideline: '2K2.1', priorFelonies: 2, prohibitedPerson: true, anotherFelony: true },
        },
      ],
      acceptance: true,
      governmentMotion3E1_1b: true,
      priors: [
        ...threePointPriors(4, '2007-04-23', { controlledSubstanceOffense: true }),
        onePointPrior('2005-05-01', 'placeholder-5'),
      ],
    },
    charges: [{ label: '1', statute: '18 U.S.C. § 922(g)(1)', max: 10 }],
    options: { acceptance: true },
    expected: {
      steps: {
        of: ['§ 2K2.1', '§ 3E'],
        are: [
          ['§ 2K2.1(a)(2)', null, 24],
          ['§ 2K2.1(b)(7)(B)', 4, 28],
          ['§ 3E1.1(a)', -2, 26],
          ['§ 3E1.1(b)', -1, 25],
        ],
      },
      category: 'VI',
      total: 25,
      range: { min: 110, max: 137 },
      restricted: { min: 110, max: 120 },
    },
  },
  {
    cite: 'United States v. Amos, No. 20-3298 (3d Cir. Dec. 14, 2023) (precedential), slip op. 4–5: § 2K2.1, the district court',
    // The opinion: the district court found Amos's 2008 Pennsylvania aggravated assault a crime of violence and
    // "applied the enhancement [§ 2K2.1(a)(4)(A)]. This resulted in a base offense level of twenty, from which the court
    // deducted two levels for acceptance of responsibility, making it eighteen. Combined with Amos's criminal history
    // category of six, he was subject to an advisory Guidelines' range of 57 to 71 months' imprisonment. Without the
    // enhancement, Amos's range would have been 30 to 37 months' imprisonment." (The court of appeals held the prior
    // not a crime of violence and remanded.) Every step is stated: no specific offense characteristic, two levels of
    // acceptance (the third is not given: the government's motion is recorded as absent, as the opinion's two levels
    // imply). The points behind category VI are not in the opinion: placeholders give 13, the fewest for VI.
    states: '§ 2K2.1(a)(4)(A) 20 − 2 = 18, VI: 57–71; without the crime of violence, 30–37',
    manual:
      'the 2018 Manual (offense Sept. 26, 2018); § 2K2.1(a)(4)(A) and (a)(6) and § 3E1.1 are unchanged in the 2025 Manual',
    full: true,
    facts: amosFacts(1),
    charges: [{ label: '1', statute: '18 U.S.C. § 922(g)(1)', max: 10 }],
    options: { acceptance: true },
    expected: {
      steps: {
        of: ['§ 2K2.1', '§ 3E'],
        are: [
          ['§ 2K2.1(a)(4)', null, 20],
          ['§ 3E1.1(a)', -2, 18],
        ],
      },
      points: 13,
      category: 'VI',
      total: 18,
      range: { min: 57, max: 71 },
    },
    also: (r) => {
      expect(step(r, '§ 3E1.1(b)')?.status).toBe('notApplicable'); // the government does not move
      // Without the crime of violence: § 2K2.1(a)(6) 14 − 2 = 12, VI: 30–37, the opinion's other range.
      const without = run(amosFacts(0), [{ label: '1', statute: '18 U.S.C. § 922(g)(1)', max: 10 }], {
        acceptance: true,
      });
      expect(applied(without, '§ 2K2.1(a)')).toEqual([['§ 2K2.1(a)(6)', null, 14]]);
      expect(without.totalOffenseLevel).toBe(12);
      expect(without.range).toEqual({ min: 30, max: 37 });
    },
  },
  {
    cite: 'United States v. Brown, No. 19-12576 (11th Cir. Dec. 17, 2020) (unpublished): § 2K2.1 at resentencing, the revised PSI',
    // The opinion: on remand without the ACCA enhancement, "the PSI concluded that Brown had at least two convictions
    // for a 'controlled substance offense'" (Florida § 893.13 cocaine deliveries). "The PSI thus assigned a base
    // offense level of 24 under U.S.S.G. § 2K2.1(a)(2). The PSI then applied a 3-level reduction for acceptance of
    // responsibility, resulting in a total offense level of 21. Based on this total offense level and Brown's
    // criminal history category of VI, Brown's guidelines range was calculated as 77-96 months' imprisonment." No
    // specific offense characteristic. The court of appeals affirmed. The category is stated as found: the priors
    // behind it are placeholders (three of them the controlled-substance felonies the opinion names), 15 points.
    states: '§ 2K2.1(a)(2) 24 − 3 = 21, VI: 77–96',
    manual:
      'the Manual in force at the 2019 resentencing; § 2K2.1(a)(2) and § 3E1.1 are unchanged in the 2025 Manual',
    full: true,
    facts: {
      offenseCommenced: '2016-09-01',
      charges: [{ charge: '1', offense: { guideline: '2K2.1', priorFelonies: 2, prohibitedPerson: true } }],
      acceptance: true,
      governmentMotion3E1_1b: true,
      priors: [
        ...threePointPriors(3, '2016-09-01', { controlledSubstanceOffense: true }),
        ...threePointPriors(2, '2011-09-01').map((p) => ({ ...p, id: `${p.id}-other` })),
      ],
    },
    charges: [{ label: '1', statute: '18 U.S.C. § 922(g)(1)', max: 10 }],
    options: { acceptance: true },
    expected: {
      steps: {
        of: ['§ 2K2.1', '§ 3E'],
        are: [
          ['§ 2K2.1(a)(2)', null, 24],
          ['§ 3E1.1(a)', -2, 22],
          ['§ 3E1.1(b)', -1, 21],
        ],
      },
      category: 'VI',
      total: 21,
      range: { min: 77, max: 96 },
    },
  },
  // ------------------------------------------------------------------------------------------------ § 2B1.1
  // The orders on sentencing in United States v. Holmes and United States v. Balwani (N.D. Cal.) state the findings
  // — the loss, ten or more victims, no § 2B1.1(b)(16)(A) risk, no role, (Holmes) no acceptance — the offense level 33
  // and category I; the text read stops before the orders' own step-by-step levels, so the base level 7 (a 20-year
  // maximum, § 2B1.1(a)(1)) and the 24 levels for a loss over $65,000,000 are the Manual's for the findings stated:
  // partial. The 2021 Manual had no § 4C1.1; its criteria are left unrecorded here, so the engine does not apply it.
  {
    cite: 'United States v. Holmes, No. 5:18-cr-00258-EJD-1 (N.D. Cal. Jan. 10, 2023) (order on sentencing): § 2B1.1',
    // The order: "the Court finds that (A) the loss in this case can be reasonably found to be $120,146,247; (B) the
    // offense involved 10 or more victims; (C) the offense as to Defendant did not involve a conscious or reckless
    // risk of death or serious bodily injury; (D) the Defendant was not an organizer, leader, manager, or supervisor
    // in the criminal activity; and (E) the Defendant has not clearly demonstrated acceptance of responsibility for
    // her offense. These findings yielded an offense level of 33 and an undisputed Criminal History Category I".
    // 33 in category I is 135–168 (the sentence, 135 months, is its bottom).
    states: '$120,146,247 loss, 10+ victims, no role, no acceptance: 33, I (135–168)',
    manual: 'the 2021 Manual; the loss table (2015) and § 2B1.1(b)(2) are unchanged in the 2025 Manual',
    full: false,
    facts: theranosFacts(120_146_247),
    charges: [{ label: '1', statute: '18 U.S.C. § 1343', max: 20 }],
    expected: {
      steps: {
        of: ['§ 2B1.1', '§ 3B', '§ 3E'],
        are: [
          ['§ 2B1.1(a)(1)', null, 7],
          ['§ 2B1.1(b)(1)(M)', 24, 31],
          ['§ 2B1.1(b)(2)(A)', 2, 33],
        ],
      },
      points: 0,
      category: 'I',
      total: 33,
      range: { min: 135, max: 168 },
    },
    also: (r) => expect(step(r, '§ 4C1.1')?.status).toBe('notApplicable'),
  },
  {
    cite: 'United States v. Balwani, No. 5:18-cr-00258-EJD-2 (N.D. Cal. Feb. 16, 2023) (order on sentencing): § 2B1.1',
    // The order: the loss "can be reasonably found to be $120,192,642; (B) the offense involved 10 or more victims;
    // (C) … did not involve a conscious or reckless risk of death or serious bodily injury; and (D) the Defendant was
    // not an organizer, leader, manager, or supervisor … These findings yielded an offense level of 33 and an
    // undisputed Criminal History Category I, resulting in a Guidelines range of 135" (the text read stops there;
    // 33, I is 135–168). Balwani was convicted at trial on twelve counts (investor and patient fraud).
    states: '$120,192,642 loss, 10+ victims, no role: 33, I: 135–168',
    manual: 'the 2021 Manual; the loss table (2015) and § 2B1.1(b)(2) are unchanged in the 2025 Manual',
    full: false,
    facts: theranosFacts(120_192_642),
    charges: [{ label: '1', statute: '18 U.S.C. § 1343', max: 20 }],
    expected: { points: 0, category: 'I', total: 33, range: { min: 135, max: 168 } },
  },
  // ---------------------------------------------------------------------------------------- career offenders
  // § 4B1.1: the Chapter Two level is computed and then replaced by the table level for the offense statutory
  // maximum, less the § 3E1.1 levels, in category VI. Since Nov. 1, 2001 (App. C amend. 617) the table is
  // 37 / 34 / 32 / 29 / 24 / 17 / 12, so these opinions' final levels and ranges are reproduced under the 2025 Manual
  // even where the drug table beneath them has changed (App. C amend. 706, 750, 782) — which makes them partial:
  // the Chapter Two level the opinion states is not the 2025 one. The two predicate felonies are placeholders.
  {
    cite: 'United States v. Ware, No. 1:00-CR-0592-JOF (N.D. Ga. Oct. 30, 2008)',
    // The order: 28.4 grams of cocaine base, base level 28 (then), 25 after acceptance; "sentenced Defendant as a
    // Career Offender … base offense level became a 34 and his offense level with acceptance of responsibility became
    // a 31. With a criminal history category of VI, Defendant's guideline range was 188-235 months." 34 is the
    // table level for a maximum of 25 years or more (§ 841(b)(1)(B), 40 years). 2025: 28.4 g is level 24 (28–112 g).
    states: '28.4 g of crack; career offender 34 − 3 = 31, VI: 188–235',
    manual:
      'the 2000 Manual; the § 4B1.1(b) table is unchanged since 2001, the drug table is not (2025: 24, not 28)',
    full: false,
    facts: careerFacts({ guideline: '2D1.1', drugs: [{ substance: 'cocaineBase', grams: 28.4 }] }),
    charges: [{ label: '1', statute: '21 U.S.C. § 841(a)(1)', min: 5, max: 40 }],
    options: { acceptance: true, safetyValve: 'withheld' },
    expected: {
      tableLevel: 24,
      careerOffender: true,
      steps: { of: ['§ 4B1.1'], are: [['§ 4B1.1(b)', 10, 31]] }, // 21 after acceptance → 31
      category: 'VI',
      total: 31,
      range: { min: 188, max: 235 },
    },
  },
  {
    cite: 'United States v. Gonzalez, No. 12-512-11 (E.D. Pa. Aug. 10, 2016)',
    // The memorandum: "the base offense level was 32. However, due to his two prior drug convictions, his offense
    // level was raised under § 4B1.1, resulting in an offense level of 37. After a three level reduction for
    // acceptance of responsibility, the total offense level was 34. Together, his criminal history category of VI
    // and the total offense level of 34 resulted in a guideline range of 262 to 327 months." 37 is the life-maximum
    // level (§ 841(b)(1)(A), one kilogram or more). 2025: 1 kg of heroin is level 30 (App. C amend. 782).
    states: 'a kilogram of heroin; career offender 37 − 3 = 34, VI: 262–327',
    manual: 'a pre-2014 Manual; the § 4B1.1(b) table is unchanged, the drug table is not (2025: 30, not 32)',
    full: false,
    facts: careerFacts({ guideline: '2D1.1', drugs: [{ substance: 'heroin', grams: 1000 }] }),
    charges: [{ label: '1', statute: '21 U.S.C. § 846', min: 10, max: 'life' }],
    options: { acceptance: true, safetyValve: 'withheld' },
    expected: { tableLevel: 30, category: 'VI', total: 34, range: { min: 262, max: 327 } },
  },
  {
    cite: 'United States v. Bush, No. 09-11022 (11th Cir. July 21, 2009)',
    // The opinion: "accountable for 95.1 grams of crack cocaine, giving him a base offense level of 32. However, the
    // probation officer found that Bush was a career offender under U.S.S.G. § 4B1.1, and because the statutory
    // maximum penalty was life imprisonment, he received a new offense level of 37. The probation officer then applied
    // a 3-level reduction for acceptance …, giving Bush a total offense level of 34 … criminal history category of
    // VI … 262 to 327 months". 2025: 95.1 g of cocaine base is level 24.
    states: '95.1 g of crack, life maximum; 37 − 3 = 34, VI: 262–327',
    manual: 'the 2008 Manual; the § 4B1.1(b) table is unchanged, the drug table is not (2025: 24, not 32)',
    full: false,
    facts: careerFacts({ guideline: '2D1.1', drugs: [{ substance: 'cocaineBase', grams: 95.1 }] }),
    charges: [{ label: '1', statute: '21 U.S.C. § 841(a)(1)', min: 10, max: 'life' }],
    options: { acceptance: true, safetyValve: 'withheld' },
    expected: { tableLevel: 24, total: 34, range: { min: 262, max: 327 } },
  },
  {
    cite: 'United States v. Corber, No. 04-40003-01-SAC (D. Kan. Jan. 5, 2009)',
    // The memorandum: "The presentence report … calculated a base offense level of 26 under the drug quantity tables
    // … three prior residential burglary convictions that made him eligible for the career offender guideline …
    // the higher total offense level of 34 … The defendant's criminal history category was six either as calculated
    // under § 4A1.1 or as determined under the career offender guideline … his guideline sentence range would have
    // been 120-150 months without the career offender enhancement, but with it, his guideline sentence range was
    // 262-327 months." 34 with no acceptance (a jury trial) is the level for a maximum of 25 years or more
    // (§ 841(b)(1)(B), 40 years). The quantity is not in the order: 5 g of cocaine base is a placeholder (any
    // quantity below level 34 gives the same result).
    states:
      'a jury verdict, career offender 34 without acceptance, VI: 262–327 (120–150 without the career offender level)',
    manual: 'the 2004 Manual; the § 4B1.1(b) table is unchanged since 2001',
    full: false,
    facts: careerFacts({ guideline: '2D1.1', drugs: [{ substance: 'cocaineBase', grams: 5 }] }, false),
    charges: [{ label: '1', statute: '21 U.S.C. § 841(a)(1)', min: 5, max: 40 }],
    options: { acceptance: false, safetyValve: 'withheld' },
    expected: { acceptanceLevels: 0, category: 'VI', total: 34, range: { min: 262, max: 327 } },
    also: () => expect(guidelineRange(26, 'VI')).toEqual({ min: 120, max: 150 }),
  },
  {
    cite: 'United States v. Gardner, 18 F.3d 1200 (5th Cir. 1994)',
    // The opinion: "The authorities seized 24.2 grams of crack cocaine from Gardner. Under U.S.S.G. § 2D1.1 that
    // quantity would result in an offense level of 28. Under section 4B1.1, however, because Gardner was over 18
    // years old and had two prior violent felony convictions his offense level became 34. Gardner's two prior
    // convictions for voluntary manslaughter would have resulted in a criminal history category of IV. Section 4B1.1
    // boosted that classification to VI. An offense level of 34 with a criminal history category of VI results in a
    // sentencing range of 262 to 327 months." 34: a maximum of 25 years or more (§ 841(b)(1)(B), 40 years); no
    // acceptance is mentioned. 2025: 24.2 g of cocaine base is level 22 (22.4–28 g). The two manslaughter sentences
    // are placeholders (3 points each, crimes of violence), with a one-point sentence making the 7 points of IV.
    states: '24.2 g of crack 28; career offender 34, IV raised to VI: 262–327',
    manual:
      'the 1992 Manual; the § 4B1.1 table level for a 40-year maximum is 34 then and now, the drug table is not',
    full: false,
    facts: {
      ageAtOffense: { value: 30, source: { kind: 'user', note: 'placeholder: over 18' } },
      offenseCommenced: '1992-06-01',
      charges: [
        { charge: '1', offense: { guideline: '2D1.1', drugs: [{ substance: 'cocaineBase', grams: 24.2 }] } },
      ],
      careerOffender: { instantOffenseQualifies: true },
      priors: [...threePointPriors(2, '1992-06-01', { crimeOfViolence: true }), onePointPrior('1990-03-01')],
    },
    charges: [{ label: '1', statute: '21 U.S.C. § 841(a)(1)', min: 5, max: 40 }],
    options: { acceptance: false, safetyValve: 'withheld' },
    expected: {
      points: 7, // category IV under Chapter Four, Part A
      tableLevel: 22,
      category: 'VI',
      total: 34,
      range: { min: 262, max: 327 },
    },
  },
  {
    cite: 'United States v. Allen, No. 06-2110 (10th Cir. Apr. 24, 2007): § 2B3.1 and § 4B1.1',
    // The order and judgment: "a base offense level of 20 and a 2 level increase pursuant to U.S.S.G. § 2B3.1(b)(1)
    // …, for an initial adjusted offense level of 22. Because he was a career criminal, he was assigned an adjusted
    // offense level of 32 pursuant to U.S.S.G. § 4B1.1, and a downward adjustment of 3 for acceptance …, for a total
    // offense level of 29. With a criminal history category of VI, … 151-188 months." § 2113(a): 20-year maximum.
    // (The court rejected a § 2X1.1 reduction: § 2113(a) itself reaches the attempt.)
    states: '§ 2113(a) bank robbery 20 + 2 = 22; career offender 32 − 3 = 29, VI: 151–188',
    manual: 'the 2006 Manual; § 2B3.1(a), (b)(1) and the § 4B1.1(b) table are unchanged since',
    full: true,
    facts: careerFacts({ guideline: '2B3.1', financialInstitution: true }),
    charges: [{ label: '1', statute: '18 U.S.C. § 2113(a)', max: 20 }],
    options: { acceptance: true, safetyValve: 'withheld' },
    expected: {
      steps: {
        of: ['§ 2B3.1', '§ 3E', '§ 4B1.1'],
        are: [
          ['§ 2B3.1(a)', null, 20],
          ['§ 2B3.1(b)(1)', 2, 22],
          ['§ 3E1.1(a)', -2, 20],
          ['§ 3E1.1(b)', -1, 19],
          ['§ 4B1.1(b)', 10, 29],
        ],
      },
      category: 'VI',
      total: 29,
      range: { min: 151, max: 188 },
    },
  },
  {
    cite: 'United States v. Dennison, 352 F. App’x 658, 659–60 (3d Cir. 2009)',
    // The opinion: the PSR "calculated an advisory Sentencing Guidelines range of 151 to 188 months" and "found
    // Dennison to be a career offender"; with the § 2D1.1(b)(1) gun enhancement deleted, "Dennison's offense level was
    // 29 under both the drug table and the career offender provision" (sentenced Feb. 15, 2007). 29 after acceptance is
    // the § 4B1.1(b) level 32 less 3, the level for a maximum of 20 years or more but less than 25 (§ 841(b)(1)(C)).
    // The quantity is not in the opinion: the placeholder keeps the 20-year maximum the opinion's 29 implies, with 6 g
    // (2025 level 16), so the career-offender level governs here.
    states: 'crack, career offender; 29 under both the drug table and § 4B1.1, VI: 151–188',
    manual: 'the 2006 Manual; the § 4B1.1(b) table is unchanged since 2001',
    full: false,
    facts: careerFacts({ guideline: '2D1.1', drugs: [{ substance: 'cocaineBase', grams: 6 }] }),
    charges: [{ label: '1', statute: '21 U.S.C. § 841(a)(1)', max: 20 }],
    options: { acceptance: true, safetyValve: 'withheld' },
    expected: {
      steps: { of: ['§ 4B1.1'], are: [['§ 4B1.1(b)', 16, 29]] },
      category: 'VI',
      total: 29,
      range: { min: 151, max: 188 },
    },
  },
  {
    cite: 'United States v. McCoy, No. 08-4082 (7th Cir. Aug. 12, 2009)',
    // The order, p. 2: "The district court set a base offense level of 32 because McCoy qualified as a career
    // offender, see U.S.S.G. § 4B1.1, and subtracted three levels for acceptance of responsibility … for a total
    // offense level of 29. McCoy's career-offender status also resulted in a criminal history category of VI …
    // the guidelines range for imprisonment was 151 to 188 months." (The court then departed under § 4A1.3(b)(1)
    // to 100 months; the engine computes the range only.) 32 is the § 4B1.1(b) level for a maximum of 20 years or
    // more but less than 25: § 841(b)(1)(C). The quantity is not in the order: 6 g of cocaine base is a placeholder
    // at 2025 level 16. With a level under 16 before § 3E1.1(a), the engine gives the career-offender level only
    // § 3E1.1(a)'s two levels (the § 4B1.1(b) table's note: "decrease the offense level by the number of levels
    // corresponding to that adjustment"), 30 here; the order does not say which level McCoy's § 3E1.1(b)
    // eligibility was measured from.
    states: 'crack distribution, 20-year maximum; career offender 32 − 3 = 29, VI: 151–188',
    manual: 'the 2008 Manual; the § 4B1.1(b) table is unchanged since 2001',
    full: false,
    facts: careerFacts({ guideline: '2D1.1', drugs: [{ substance: 'cocaineBase', grams: 6 }] }),
    charges: [{ label: '1', statute: '21 U.S.C. § 841(a)(1)', max: 20 }],
    options: { acceptance: true, safetyValve: 'withheld' },
    expected: {
      tableLevel: 16,
      careerOffender: true,
      steps: { of: ['§ 4B1.1'], are: [['§ 4B1.1(b)', 16, 29]] }, // 16 − 3 = 13 → 32 − 3 = 29
      category: 'VI',
      total: 29,
      range: { min: 151, max: 188 },
    },
  },
];

/** Amos: a felon with one prior crime-of-violence felony (1) or none (0); the priors behind VI are placeholders. */
function amosFacts(priorFelonies: 0 | 1): PublishedCase['facts'] {
  return {
    offenseCommenced: '2018-09-26',
    charges: [{ charge: '1', offense: { guideline: '2K2.1', priorFelonies, prohibitedPerson: true } }],
    acceptance: true,
    governmentMotion3E1_1b: false,
    priors: [...threePointPriors(4, '2018-09-26'), onePointPrior('2016-05-01', 'placeholder-5')],
  };
}

/** Holmes and Balwani: wire fraud at trial, the loss found, ten or more victims, no criminal history. */
function theranosFacts(lossUsd: number): PublishedCase['facts'] {
  return {
    offenseCommenced: '2010-01-01',
    charges: [{ charge: '1', offense: { guideline: '2B1.1', lossUsd, victims: 10 } }],
    chapter3: { role: 'none' },
    priors: [],
  };
}

function morleyFacts(grams: number, role: 'none' | 'minor'): PublishedCase['facts'] {
  return {
    offenseCommenced: '2021-08-06',
    charges: [{ charge: '1', offense: { guideline: '2D1.1', drugs: [{ substance: 'cocaine', grams }] } }],
    chapter3: { role },
    priors: [
      {
        id: 'marijuana-importation',
        description: 'conspiracy to import 100 kilograms or more of marijuana, 37 months',
        imposed: '2012-03-01',
        prisonMonths: 37,
        felony: true,
        controlledSubstanceOffense: true,
      },
    ],
    safetyValve: { truthfulDisclosure: false },
  };
}

describe('published computations reproduced by the engine (the table in published-cases.ts)', () => {
  for (const c of PUBLISHED)
    describe(c.cite, () => {
      for (const year of c.editions ?? [2025])
        it(`${c.states} (${year} Manual; the court's: ${c.manual})`, () => {
          checkPublished(run(c.facts, c.charges, { ...c.options, year }), c);
        });
    });

  it('every case names its court and year, and the Manual the court used', () => {
    for (const c of PUBLISHED) {
      expect(c.cite).toMatch(/\([^()]*\b(?:19|20)\d{2}\)/);
      expect(c.manual).toMatch(/Manual/);
    }
    // docs/guidelines.md counts the full computations: every step stated and reproduced.
    expect(PUBLISHED.filter((c) => c.full).map((c) => c.cite.split(',')[0])).toEqual([
      'United States v. Morley',
      'United States v. Morley',
      'United States v. Glover',
      'United States v. Flowers',
      'United States v. Hymon',
      'United States v. Rogers',
      'United States v. Amos',
      'United States v. Brown',
      'United States v. Allen',
    ]);
  });
});

/**
 * Status points after App. C amend. 821, Part A (Nov. 1, 2023; retroactive from Feb. 1, 2024, § 1B1.10(d),
 * (e)(2)): the courts recomputing a category on a § 3582(c)(2) motion state the points, the status points and the
 * ranges. The engine computes § 4A1.1(e) as amended; the prior sentences are placeholders with the points stated.
 */
describe('status points under § 4A1.1(e) as amended (App. C amend. 821): published recomputations', () => {
  const withPoints = (threes: number, twos: number) => [
    ...threePointPriors(threes, '2019-01-01'),
    ...Array.from({ length: twos }, (_, i) => ({
      id: `placeholder-2pt-${i + 1}`,
      description: 'placeholder: a prior sentence of at least 60 days',
      imposed: `${2016 - i}-06-01`,
      prisonMonths: 3,
    })),
  ];
  const history = (threes: number, twos: number) =>
    run(
      { offenseCommenced: '2019-01-01', status: 'probation', charges: [], priors: withPoints(threes, twos) },
      [],
    );

  it('United States v. Cook, No. 20-10074-JWB (D. Kan. Apr. 15, 2024): 22 points with two status points, VI; as amended 20 + 1 = 21, still VI: 15/VI stays 41–51', () => {
    // The order: "a criminal history score of 22 … two criminal history points for committing the offense while
    // serving a criminal justice sentence pursuant to U.S.S.G § 4A1.1(d) … category was VI"; "offense level of 15
    // and her criminal history category of VI yielded a sentencing range of 41-51 months"; the motion is denied
    // because the amendment does not lower the range. Placeholders: six 3-point and one 2-point sentence (20 points).
    const r = history(6, 1);
    expect(r.criminalHistory.points).toBe(21);
    expect(r.criminalHistory.category).toBe('VI');
    expect(guidelineRange(15, 'VI')).toEqual({ min: 41, max: 51 });
  });

  it('United States v. Patterson, No. CR22-5295 (W.D. Wash. July 10, 2024): zero points, I, level 22: 41–51; two levels under § 4C1.1 would give 33–41, and the 33 months imposed is already its minimum', () => {
    // The order: "Patterson scored zero criminal history points and therefore fell in criminal history Category I …
    // With a Total Offense Level of 22, Probation calculated Patterson's sentencing range as 41 to 51 months"; she
    // was sentenced to 33 months and is "not eligible for relief because her original sentence is already at the
    // minimum of the amended range" (level 20).
    const r = run({ charges: [], priors: [] }, []);
    expect(r.criminalHistory.points).toBe(0);
    expect(r.criminalHistory.category).toBe('I');
    expect(guidelineRange(22, 'I')).toEqual({ min: 41, max: 51 });
    expect(guidelineRange(22 - 2, 'I')).toEqual({ min: 33, max: 41 });
  });

  it('United States v. Vogel, No. 1:18-cr-269 (W.D. Mich. June 10, 2024): 13 points with two status points, VI; as amended 11 + 1 = 12, V; 29/V is 140–175, above the 120-month maximum, so 120 either way', () => {
    // The order: "total offense level of 29 … criminal history score (point total) of 13 resulting in a criminal
    // history category VI … two status points under USSG § 4A1.1(d) … a guideline range of 151 to 188 months. The
    // statutory maximum … was 120 months. Accordingly, Defendant's guideline range became 120 months" (§ 5G1.1(a));
    // the defendant is ineligible because the amended range is 120 months too. Placeholders: three 3-point and one
    // 2-point sentence (11 points).
    const r = history(3, 1);
    expect(r.criminalHistory.points).toBe(12);
    expect(r.criminalHistory.category).toBe('V');
    const edition = editionOfYear(2025);
    if (!edition) throw new Error('edition');
    const cap = (category: 'V' | 'VI') =>
      restrictRange(
        guidelineRange(29, category),
        [{ label: '1', min: 0, max: 10, consecutive: false, safetyValveOffense: false }],
        { safetyValve: false, motion3553e: false },
        { steps: [], edition },
      ).range;
    expect(guidelineRange(29, 'VI')).toEqual({ min: 151, max: 188 });
    expect(guidelineRange(29, 'V')).toEqual({ min: 140, max: 175 });
    expect(cap('VI')).toEqual({ min: 120, max: 120 });
    expect(cap('V')).toEqual({ min: 120, max: 120 });
  });
});

describe('2025 Manual numbers checked against the text read', () => {
  it('§ 2K2.1 after App. C amend. 819: a § 933(a)(3) conviction is base (a)(6)(B) 14 and (b)(6)(A) +2 (2025 numbering)', () => {
    // App. C amend. 819 (guidelines.ussc.gov, Appendix C, amendment 819): "Section 2K2.1(a)(6)(B) is amended by
    // inserting after '18 U.S.C. § 922(d)' the following: ', § 932, or § 933'"; the trafficking SOC: "(Apply the
    // Greatest) If the defendant— (A) was convicted under 18 U.S.C. § 933(a)(2) or (a)(3), increase by 2 levels;
    // (B) … increase by 2 levels". App. C amend. 834 (2025) renumbered (b)(5)–(9) as (b)(6)–(10).
    const facts = { charges: [{ charge: '1', offense: { guideline: '2K2.1' as const, firearms: 1 } }] };
    const r = run(facts, [{ label: '1', statute: '18 U.S.C. § 933(a)(3)', max: 15 }]);
    expect(applied(r, '§ 2K2.1')).toEqual([
      ['§ 2K2.1(a)(6)', null, 14],
      ['§ 2K2.1(b)(6)(A)', 2, 16],
    ]);
    const r2024 = run(facts, [{ label: '1', statute: '18 U.S.C. § 933(a)(3)', max: 15 }], { year: 2024 });
    expect(applied(r2024, '§ 2K2.1')).toEqual([
      ['§ 2K2.1(a)(6)', null, 14],
      ['§ 2K2.1(b)(5)(A)', 2, 16],
    ]);
    // Not a § 933(a)(2)/(a)(3) conviction and no transfer recorded: no trafficking levels.
    const felon = run(
      { charges: [{ charge: '1', offense: { guideline: '2K2.1', prohibitedPerson: true } }] },
      [{ label: '1', statute: '18 U.S.C. § 922(g)(1)', max: 15 }],
    );
    expect(applied(felon, '§ 2K2.1')).toEqual([['§ 2K2.1(a)(6)', null, 14]]);
    expect(step(felon, '§ 2K2.1(b)(6)(C)')?.status).toBe('notComputed');
  });

  it('§ 4C1.1(a)(10): an aggravating role alone bars the reduction, without a continuing criminal enterprise (Jones, 5th Cir. 2025)', () => {
    const zeroPoint = {
      violenceOrThreats: false,
      deathOrSeriousBodilyInjury: false,
      sexOffense: false,
      substantialFinancialHardship: false,
      weapon: false,
      continuingCriminalEnterprise: false,
    };
    const charges = [{ charge: '1', offense: { guideline: '2B1.1' as const, lossUsd: 100_000 } }];
    const withRole = run({ charges, chapter3: { role: 'aggravatingOther' }, zeroPoint }, [
      { label: '1', statute: '18 U.S.C. § 1343', max: 20 },
    ]);
    const without = run({ charges, zeroPoint }, [{ label: '1', statute: '18 U.S.C. § 1343', max: 20 }]);
    expect(withRole.zeroPointOffender).toBe(false);
    expect(without.zeroPointOffender).toBe(true);
    // 7 + 8 ($95,000–$150,000) = 15; − 2 (§ 4C1.1) = 13 without the role; + 2 (§ 3B1.1(c)) = 17 with it.
    expect(without.totalOffenseLevel).toBe(13);
    expect(withRole.totalOffenseLevel).toBe(17);
  });

  it('the Nov. 1, 2026 Manual (91 Fed. Reg. 24088) is not in the engine: a sentencing on or after that day says so', () => {
    expect(EDITIONS.map((e) => e.year)).toEqual([2023, 2024, 2025]);
    expect(LATER_MANUALS[0]?.from).toBe('2026-11-01');
    const compute = () => run({ charges: [] }, []);
    const before = chooseManual('2026-10-30', undefined, undefined, compute);
    expect(before.manual.text).not.toContain('Not in the engine');
    const after = chooseManual('2026-12-07', undefined, undefined, compute);
    expect(after.manual.edition).toBe(2025);
    expect(after.manual.text).toContain('Not in the engine: Guidelines Manual, Nov. 1, 2026');
    expect(after.manual.text).toContain('91 Fed. Reg. 24088');
    // A Manual chosen by the user is the user's choice: no note.
    expect(chooseManual('2026-12-07', undefined, 2025, compute).manual.text).not.toContain(
      'Not in the engine',
    );
  });

  it('the fentanyl-analogue conversion (10 kg a gram) matches the table rows App. C amend. 782 sets (9 KG ↔ 90,000 KG at 38; 3 KG ↔ 30,000 KG at 36)', () => {
    expect(columnLevel('fentanylAnalogue', 9_000)).toBe(38);
    expect(cdwLevel((9_000 * CONVERSION.fentanylAnalogue) / 1000)).toBe(38);
    expect(columnLevel('fentanylAnalogue', 3_000)).toBe(36);
    expect(cdwLevel((3_000 * CONVERSION.fentanylAnalogue) / 1000)).toBe(36);
    // Just under a row boundary the two readings agree too.
    expect(cdwLevel((2_999 * CONVERSION.fentanylAnalogue) / 1000)).toBe(
      columnLevel('fentanylAnalogue', 2_999),
    );
  });

  it('18 U.S.C. § 3014 after Sept. 30, 2025 stays unverified, naming the legislation found (S. 2584, H.R. 4929, Pub. L. 119-37)', () => {
    const last = ASSESSMENTS_3014[ASSESSMENTS_3014.length - 1];
    expect(last?.from).toBe('2025-10-01');
    expect(last?.status).toBe('unverified');
    expect(last?.enactedBy).toContain('S. 2584');
    expect(last?.enactedBy).toContain('H.R. 4929');
    expect(last?.enactedBy).toContain('Pub. L. 119-37');
    expect(VERIFICATION.find((v) => v.id === 's3014-sunset')?.status).toBe('unverified');
  });

  it('§ 5C1.2(b): the floor of 17 with a five-year minimum is partly verified (App. C amend. 763 quotes § 5C1.2(b)(2))', () => {
    const v = VERIFICATION.find((x) => x.id === 'c52-b-floor');
    expect(v?.status).toBe('partly');
    expect(v?.finding).toContain('amend. 763');
    expect(v?.finding).toContain('level 17');
  });

  it('§ 2S1.1(b)(2)–(3) as the official text reads: (C) +4 only under (a)(2), and then no (b)(3); (b)(3) +2 with a § 1956 conviction', () => {
    // guidelines.ussc.gov § 2S1.1: "(2) (Apply the Greatest): (A) … § 1957, increase by 1 level. (B) … § 1956,
    // increase by 2 levels. (C) If (i) subsection (a)(2) applies; and (ii) the defendant was in the business of
    // laundering funds, increase by 4 levels. (3) If (A) subsection (b)(2)(B) applies; and (B) the offense involved
    // sophisticated laundering, increase by 2 levels."
    const laundering = (offense: Record<string, unknown>, statute: string) =>
      run({ charges: [{ charge: '1', offense: { guideline: '2S1.1', ...offense } }] }, [
        { label: '1', statute, max: 20 },
      ]);
    // $600,000 laundered: 8 + 14 (§ 2B1.1(b)(1)(H)) = 22; in the business: (C) +4 = 26; (b)(3) not reached.
    const business = laundering(
      { launderedUsd: 600_000, inBusiness: true, sophisticated: true },
      '18 U.S.C. § 1956(h)',
    );
    expect(applied(business, '§ 2S1.1')).toEqual([
      ['§ 2S1.1(a)(2)', null, 22],
      ['§ 2S1.1(b)(2)(C)', 4, 26],
    ]);
    expect(step(business, '§ 2S1.1(b)(3)')?.status).not.toBe('applied');
    // The same funds, not in the business, § 1956: (B) +2, (b)(3) +2 = 26.
    const sophisticated = laundering({ launderedUsd: 600_000, sophisticated: true }, '18 U.S.C. § 1956(h)');
    expect(applied(sophisticated, '§ 2S1.1')).toEqual([
      ['§ 2S1.1(a)(2)', null, 22],
      ['§ 2S1.1(b)(2)(B)', 2, 24],
      ['§ 2S1.1(b)(3)', 2, 26],
    ]);
    // § 1957: (A) +1, and (b)(3) cannot apply.
    const s1957 = laundering({ launderedUsd: 600_000, sophisticated: true }, '18 U.S.C. § 1957');
    expect(applied(s1957, '§ 2S1.1')).toEqual([
      ['§ 2S1.1(a)(2)', null, 22],
      ['§ 2S1.1(b)(2)(A)', 1, 23],
    ]);
  });

  it('App. C amend. 832, Part A (2025): § 2B3.1(b)(2)(B) and (b)(4)(B) read in the 2025 words, same levels', () => {
    // ussc.gov, amendment 832, Part A: (b)(2)(B) "if a firearm was used to convey a specific (not general) threat of
    // harm … or to make physical contact with a victim"; (b)(4)(B) "if any person's freedom of movement was
    // restricted through physical contact or confinement, such as by being tied, bound, or locked up".
    const robbery = (year: 2024 | 2025) =>
      run(
        {
          charges: [
            {
              charge: '1',
              offense: { guideline: '2B3.1', weapon: 'firearmOtherwiseUsed', restrained: true },
            },
          ],
        },
        [{ label: '1', statute: '18 U.S.C. § 1951(a)', max: 20 }],
        { year },
      );
    const [y2024, y2025] = [robbery(2024), robbery(2025)];
    expect(applied(y2025, '§ 2B3.1')).toEqual(applied(y2024, '§ 2B3.1'));
    expect(applied(y2025, '§ 2B3.1')).toEqual([
      ['§ 2B3.1(a)', null, 20],
      ['§ 2B3.1(b)(2)(B)', 6, 26],
      ['§ 2B3.1(b)(4)(B)', 2, 28],
    ]);
    expect(step(y2025, '§ 2B3.1(b)(2)(B)')?.title).toContain('specific threat of harm');
    expect(step(y2024, '§ 2B3.1(b)(2)(B)')?.title).toBe('a firearm was otherwise used');
    expect(step(y2025, '§ 2B3.1(b)(4)(B)')?.title).toContain('freedom of movement was restricted');
    expect(step(y2024, '§ 2B3.1(b)(4)(B)')?.title).toBe('a person was physically restrained');
  });

  it('the verification record: one entry per item the 2025 review named, each with what was read', () => {
    expect(new Set(VERIFICATION.map((v) => v.id)).size).toBe(VERIFICATION.length);
    expect(VERIFICATION.map((v) => v.id)).toEqual([
      'k21-trafficking',
      'k21-base-932-933',
      'd11-fentanyl-analogue',
      'c41-a10',
      'c52-b-floor',
      'a832-part-b',
      's11-b2-b3',
      'f31-fast-track',
      's3014-sunset',
      'manual-2026',
    ]);
    for (const v of VERIFICATION) expect(v.finding.length).toBeGreaterThan(40);
    expect(VERIFICATION.filter((v) => v.status === 'unverified').map((v) => v.id)).toEqual([
      'a832-part-b',
      's3014-sunset',
    ]);
  });

  it('the table cells the opinions above use', () => {
    expect(guidelineRange(28, 'II')).toEqual({ min: 87, max: 108 });
    expect(guidelineRange(24, 'II')).toEqual({ min: 57, max: 71 });
    expect(guidelineRange(25, 'VI')).toEqual({ min: 110, max: 137 });
    expect(guidelineRange(37, 'I')).toEqual({ min: 210, max: 262 });
  });
});
