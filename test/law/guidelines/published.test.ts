/**
 * Published computations reproduced step by step by the engine, each cited with the court, the year and where in
 * the opinion the computation is stated; and the 2025 Manual's numbers checked against the text read (with the
 * source next to each). Where an opinion gives a criminal history category without the prior sentences behind it,
 * the priors below are marked as placeholders and carry the fewest points that category needs.
 */
import { describe, expect, it } from 'vitest';
import { chooseManual } from '../../../src/law/guidelines/case-guidelines.ts';
import { EDITIONS, LATER_MANUALS } from '../../../src/law/guidelines/editions.ts';
import { guidelineRange } from '../../../src/law/guidelines/index.ts';
import { run } from './helpers.ts';

type Run = ReturnType<typeof run>;
const applied = (r: Run, ...prefixes: string[]) =>
  r.steps
    .filter((s) => s.status === 'applied' && prefixes.some((p) => s.citation.startsWith(p)))
    .map((s) => [s.citation, s.change ?? null, s.levelAfter ?? null]);
const step = (r: Run, prefix: string) => r.steps.find((s) => s.citation.startsWith(prefix));

/** Placeholder prior felonies of three points each (a term over 13 months inside the 15-year window). */
const threePointPriors = (n: number, commenced: string, extra: Record<string, unknown> = {}) =>
  Array.from({ length: n }, (_, i) => ({
    id: `placeholder-${i + 1}`,
    description: 'placeholder: a prior felony sentence the opinion counts but does not describe',
    imposed: `${Number(commenced.slice(0, 4)) - 3 - i}-01-15`,
    prisonMonths: 24,
    felony: true,
    ...extra,
  }));

describe('United States v. Morley, 99 F.4th 1328 (11th Cir. 2024), slip op. 8–12: § 2D1.1, cocaine', () => {
  // The opinion: the PSI (2021 Manual) "held Morley accountable for 3.518 kilograms of cocaine …, resulting in a total
  // offense level of 28", "three criminal history points based on Morley's prior 37-month sentence for conspiracy to
  // import 100 kilograms or more of marijuana", category II, "a guideline range of 87 to 108 months". The district
  // court found 3 kilograms ("base offense level to 26 under U.S.S.G. § 2D1.1(c)(7)") and a two-level minor-role
  // reduction: "total offense level of 24", category II, "57 to 71 months"; with the 60-month minimum of
  // § 841(b)(1)(B)(ii), "60 to 71 months". The safety valve was refused: a prior three-point offense (§ 3553(f)(1)(B)).
  // The 2021, 2023 and 2025 Manuals give these quantities the same levels (3.5–5 kg: 28; 2–3.5 kg: 26).
  // The dates of the offense and of the prior are not in the opinion: the ones below are placeholders (the prior
  // inside the fifteen-year window).
  const morley = (grams: number, role: 'none' | 'minor', year: 2023 | 2025) =>
    run(
      {
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
      },
      [{ label: '1', statute: '21 U.S.C. § 841(a)(1)', min: 5, max: 40 }],
      { year },
    );

  for (const year of [2023, 2025] as const) {
    it(`the PSI: 3.518 kg → 28, 3 points, II: 87–108 (${year} Manual)`, () => {
      const r = morley(3518, 'none', year);
      expect(applied(r, '§ 2D1.1', '§ 3B')).toEqual([['§ 2D1.1(c)', null, 28]]);
      expect(r.criminalHistory.points).toBe(3);
      expect(r.criminalHistory.category).toBe('II');
      expect(r.totalOffenseLevel).toBe(28);
      expect(r.range).toEqual({ min: 87, max: 108 });
    });

    it(`the court: 3 kg → 26, § 3B1.2(b) −2 = 24, II: 57–71, the minimum makes it 60–71; no safety valve (${year} Manual)`, () => {
      const r = morley(3000, 'minor', year);
      expect(applied(r, '§ 2D1.1', '§ 3B')).toEqual([
        ['§ 2D1.1(c)', null, 26],
        ['§ 3B1.2(b)', -2, 24],
      ]);
      expect(step(r, '§ 2D1.1(a)(5)')?.status).toBe('notApplicable'); // table level below 32: no role cap
      expect(r.totalOffenseLevel).toBe(24);
      expect(r.range).toEqual({ min: 57, max: 71 });
      expect(r.restricted?.range).toEqual({ min: 60, max: 71 });
      expect(r.safetyValve.eligible).toBe(false);
      expect(r.safetyValve.reasons.some((x) => x.startsWith('(f)(1)(B)'))).toBe(true);
    });
  }
});

describe('United States v. Hymon, 333 F. App’x 40 (6th Cir. 2009), part I: § 2K2.1, the PSR', () => {
  // The opinion: the PSR recommended "a base offense level of twenty-four, increased by four levels because the
  // firearm was possessed in connection with another felony offense, and decreased by three levels for Hymon's
  // acceptance of responsibility. See USSG §§ 2K2.1(a)(2), (b)(6), and 3E1.1"; three prior felony drug convictions;
  // "criminal history category of VI"; "offense level of twenty-five …, an advisory Guidelines range of 110-137
  // months". (The court of appeals then vacated the four levels for want of a finding.) The 2025 Manual has the same
  // levels, the other-felony SOC now at (b)(7)(B) (App. C amend. 834). The points behind category VI are not in the
  // opinion: four placeholder three-point priors and a one-point one give 13, the fewest for VI.
  it('24 + 4 − 3 = 25, VI: 110–137 (the statutory maximum then was 10 years: § 5G1.1(c)(1) restricts it to 110–120)', () => {
    const commenced = '2006-02-21';
    const r = run(
      {
        offenseCommenced: commenced,
        charges: [
          {
            charge: '1',
            offense: { guideline: '2K2.1', priorFelonies: 2, prohibitedPerson: true, anotherFelony: true },
          },
        ],
        acceptance: true,
        governmentMotion3E1_1b: true,
        priors: [
          ...threePointPriors(4, commenced, { controlledSubstanceOffense: true }),
          { id: 'placeholder-5', description: 'placeholder: a one-point sentence', imposed: '2004-05-01' },
        ],
      },
      [{ label: '1', statute: '18 U.S.C. § 922(g)(1)', max: 10 }],
      { acceptance: true },
    );
    expect(applied(r, '§ 2K2.1', '§ 3E')).toEqual([
      ['§ 2K2.1(a)(2)', null, 24],
      ['§ 2K2.1(b)(7)(B)', 4, 28],
      ['§ 3E1.1(a)', -2, 26],
      ['§ 3E1.1(b)', -1, 25],
    ]);
    expect(r.criminalHistory.points).toBe(13);
    expect(r.criminalHistory.category).toBe('VI');
    expect(r.totalOffenseLevel).toBe(25);
    expect(r.range).toEqual({ min: 110, max: 137 });
    expect(r.restricted?.range).toEqual({ min: 110, max: 120 });
  });
});

describe('United States v. Jones, No. 24-30236 (5th Cir. Apr. 29, 2025): § 2D1.1 with § 3B1.1(b); § 4C1.1(a)(10) is disjunctive', () => {
  // The opinion (as summarized with it on law.justia.com and casemine.com): Jones, convicted at trial of conspiracy to
  // distribute methamphetamine, was held to "over 21 metric tons of converted drug weight" with "a § 3B1.1(b)
  // managerial-role enhancement"; "the initial presentence report calculated Jones' offense level as 37, recommending a
  // Guidelines range of 210-262 months". 21,000 kg of converted drug weight is level 34 (10,000–30,000 kg), + 3 = 37;
  // 210–262 is level 37 in category I (a zero-point defendant, who then sought § 4C1.1). The court held that "either
  // receiving a § 3B1.1 adjustment or engaging in a continuing criminal enterprise is sufficient to disqualify a
  // defendant" under § 4C1.1(a)(10). (One summary calls 37 the base offense level; with 34 + 3 it is the total.)
  it('21,000 kg converted drug weight → 34, § 3B1.1(b) +3 = 37, 0 points, I: 210–262; § 4C1.1 barred by the role alone', () => {
    const r = run(
      {
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
      [{ label: '1', statute: '21 U.S.C. § 846', min: 10, max: 'life' }],
      { year: 2023, safetyValve: 'withheld' },
    );
    expect(applied(r, '§ 2D1.1', '§ 3B')).toEqual([
      ['§ 2D1.1(c)', null, 34],
      ['§ 3B1.1(b)', 3, 37],
    ]);
    expect(r.criminalHistory.points).toBe(0);
    expect(r.zeroPointOffender).toBe(false);
    expect(step(r, '§ 4C1.1')?.text).toContain('(a)(10)');
    expect(r.totalOffenseLevel).toBe(37);
    expect(r.range).toEqual({ min: 210, max: 262 });
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

  it('the table cells the opinions above use', () => {
    expect(guidelineRange(28, 'II')).toEqual({ min: 87, max: 108 });
    expect(guidelineRange(24, 'II')).toEqual({ min: 57, max: 71 });
    expect(guidelineRange(25, 'VI')).toEqual({ min: 110, max: 137 });
    expect(guidelineRange(37, 'I')).toEqual({ min: 210, max: 262 });
  });
});
