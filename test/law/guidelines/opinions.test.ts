/**
 * Published computations, each cited, with the steps as the opinion gives them. Where the opinion applied an
 * older Manual, the test computes under the 2025 Manual and says which steps are unchanged.
 */
import { describe, expect, it } from 'vitest';
import { CATEGORIES, type Chc, categoryOfPoints, guidelineRange } from '../../../src/law/guidelines/index.ts';
import { noZeroPointBars, run } from './helpers.ts';

describe('published computations', () => {
  it('United States v. Luna, 165 F.3d 316 (5th Cir. 1999): § 2K2.1 20 + 2 + 2 + 4 − 3 = 25, 84–105 months', () => {
    // The opinion: base offense level 20 under § 2K2.1(a)(4)(A) (a prior conviction for burglary of a habitation);
    // "a total of eight specific offense enhancements": five firearms (+2, then (b)(1)(B)), stolen (+2, (b)(4)),
    // possessed in connection with another felony, the burglary (+4, then (b)(5)); −3 for acceptance: 25;
    // "a sentence range of 84 to 105 months" (category IV at level 25).
    // 2025 Manual: five firearms is (b)(1)(A) (3–7, +2), stolen (b)(4)(A) +2, another felony (b)(7)(B) +4: the
    // same levels. The category is not stated; priors of 3 + 3 + 1 points give IV, as the range implies.
    const r = run(
      {
        charges: [
          {
            charge: '1',
            offense: { guideline: '2K2.1', priorFelonies: 1, firearms: 5, stolen: true, anotherFelony: true },
          },
        ],
        acceptance: true,
        governmentMotion3E1_1b: true,
        offenseCommenced: '1996-08-01',
        priors: [
          {
            id: 'burglary',
            description: 'burglary of a habitation',
            imposed: '1992-01-01',
            prisonMonths: 24,
          },
          { id: 'b', description: 'prior', imposed: '1993-01-01', prisonMonths: 18 },
          { id: 'c', description: 'prior', imposed: '1994-01-01', probationMonths: 12 },
        ],
      },
      [{ label: '1', statute: '18 U.S.C. § 922(j)', max: 10 }],
      { acceptance: true },
    );
    const applied = r.steps
      .filter((s) => s.stage === 'chapter2' && s.status === 'applied')
      .map((s) => [s.citation, s.change ?? null]);
    expect(applied).toEqual([
      ['§ 2K2.1(a)(4)', null],
      ['§ 2K2.1(b)(1)(A)', 2],
      ['§ 2K2.1(b)(4)(A)', 2],
      ['§ 2K2.1(b)(7)(B)', 4],
    ]);
    expect(r.combinedLevel).toBe(28);
    expect(r.totalOffenseLevel).toBe(25);
    expect(r.criminalHistory.category).toBe('IV');
    expect(r.range).toEqual({ min: 84, max: 105 });
  });

  it('United States v. Sims, 957 F.3d 362 (3d Cir. 2020): a § 1594(c) conspiracy to violate § 1591(a), (b)(1) takes base level 34 through § 2X1.1(a)', () => {
    // The opinion: "What is the base offense level for conspiracy to commit sex trafficking by force, fraud, or
    // coercion in violation of 18 U.S.C. § 1594(c)? We hold that level 34 applies." The Ninth Circuit's reading
    // (United States v. Wei Lin, 841 F.3d 823 (9th Cir. 2016)), which Sims urged, gives 14.
    const facts = {
      charges: [
        {
          charge: '1',
          offense: { guideline: '2G1.1' as const, victims: [{ label: 'V', fraudOrCoercion: true }] },
          inchoate: { kind: 'conspiracy' as const, allActsCompleted: true },
        },
      ],
      zeroPoint: noZeroPointBars,
    };
    const r = run(facts, [{ label: '1', statute: '18 U.S.C. § 1594(c)', max: 'life' }]);
    const base = r.steps.find((s) => s.citation.startsWith('§ 2G1.1(a)'));
    expect(base?.citation).toBe('§ 2G1.1(a)(1)');
    expect(base?.levelAfter).toBe(34);
    expect(base?.text).toContain('Sims');
  });
  // ——— Opinions decided under older Manuals: the steps the opinion states are checked against the Sentencing
  // Table (unchanged since Nov. 1, 1992 in the cells used here), and the same facts are computed under the
  // 2025 Manual with a hand count where Chapter Two has changed since.

  const applied = (r: ReturnType<typeof run>) =>
    r.steps
      .filter((s) => s.status === 'applied')
      .map((s) => [s.citation, s.change ?? null, s.levelAfter ?? null]);
  const step = (r: ReturnType<typeof run>, prefix: string) =>
    r.steps.find((s) => s.citation.startsWith(prefix));

  describe('United States v. Booker, 543 U.S. 220 (2005)', () => {
    const booker = (grams: number, obstruction: boolean) =>
      run(
        {
          charges: [
            { charge: '1', offense: { guideline: '2D1.1', drugs: [{ substance: 'cocaineBase', grams }] } },
          ],
          chapter3: { obstruction },
        },
        [{ label: '1', statute: '21 U.S.C. § 841(a)(1)', min: 10, max: 'life' }],
        { safetyValve: 'withheld' },
      );

    it('the jury verdict, 92.5 g of crack: 210–262 months then (level 32, VI); 24 under the 2025 Manual (hand count)', () => {
      // The opinion: the jury found 92.5 grams of crack; "the Guidelines required … a 'base' sentence of not less
      // than 210 nor more than 262 months". The 2003 table put 50–150 g of cocaine base at 32; 210–262 is the
      // level-32 cell of category VI (the only cell of row 32 with that range).
      expect(guidelineRange(32, 'VI')).toEqual({ min: 210, max: 262 });
      expect(CATEGORIES.filter((c) => guidelineRange(32, c).min === 210)).toEqual(['VI']);
      // 2025 Manual (after App. C amend. 750 (2011) and 782 (2014)): 28–112 g of cocaine base is level 24.
      const r = booker(92.5, false);
      expect(applied(r).filter(([c]) => String(c).startsWith('§ 2D1.1'))).toEqual([['§ 2D1.1(c)', null, 24]]);
      expect(r.combinedLevel).toBe(24);
      expect(guidelineRange(24, 'VI')).toEqual({ min: 100, max: 125 });
    });

    it('the judge’s findings, 92.5 + 566 = 658.5 g and obstruction: 360–life then (36 + 2 = 38, VI); 30 + 2 = 32 under the 2025 Manual', () => {
      // The opinion: the judge found "an additional 566 grams of crack" and obstruction of justice; "those
      // findings mandated that the judge select a sentence between 360 months and life". 2003: 500 g–1.5 kg of
      // cocaine base, 36; § 3C1.1, +2: 38; category VI: 360–life.
      expect(guidelineRange(38, 'VI')).toEqual({ min: 360, max: 'life' });
      // 2025: 280–840 g of cocaine base is level 30; § 3C1.1 +2: 32 — the range the jury's verdict alone gave in 2003.
      const r = booker(92.5 + 566, true);
      expect(
        applied(r).filter(([c]) => !String(c).startsWith('Ch. 5') && !String(c).startsWith('§ 5')),
      ).toEqual([
        ['§ 2D1.1(c)', null, 30],
        ['§ 3C1.1', 2, 32],
      ]);
      expect(r.totalOffenseLevel).toBe(32);
      expect(guidelineRange(32, 'VI')).toEqual({ min: 210, max: 262 });
    });

    it('Fanfan, the jury verdict, 500 g of cocaine: 63–78 months then (26, I); 24 and 51–63, restricted to 60–63 by § 841(b)(1)(B), under the 2025 Manual', () => {
      // The opinion: "the maximum sentence authorized by the jury verdict was imprisonment for 78 months" (2003:
      // 500 g–2 kg of cocaine, level 26; category I, 63–78).
      expect(guidelineRange(26, 'I')).toEqual({ min: 63, max: 78 });
      // 2025 (App. C amend. 782): 500 g–2 kg of cocaine is 24; I: 51–63; the five-year minimum lifts the bottom
      // (§ 5G1.1(c)(2)): 60–63. The zero-point reduction (§ 4C1.1) is not applied: its criteria are not recorded.
      const r = run(
        {
          charges: [
            { charge: '1', offense: { guideline: '2D1.1', drugs: [{ substance: 'cocaine', grams: 500 }] } },
          ],
        },
        [{ label: '1', statute: '21 U.S.C. § 846', min: 5, max: 40 }],
        { safetyValve: 'withheld' },
      );
      expect(r.combinedLevel).toBe(24);
      expect(r.totalOffenseLevel).toBe(24);
      expect(step(r, '§ 4C1.1')?.status).not.toBe('applied');
      expect(r.range).toEqual({ min: 51, max: 63 });
      expect(r.restricted?.range).toEqual({ min: 60, max: 63 });
    });
  });

  it('Kimbrough v. United States, 552 U.S. 85 (2007): 56 g crack + 92.1 g powder, 32 + 2 (obstruction) = 34, II: 168–210 + 60 (§ 924(c)) = 228–270 months; 24 + 2 = 26 under the 2025 Manual', () => {
    // The opinion: the court found Kimbrough responsible for 56 grams of crack and 92.1 grams of powder cocaine,
    // "a base offense level of 32"; obstruction (false testimony at a codefendant's trial) made it 34; with
    // category II, 168 to 210 months on the three drug counts, and the § 924(c) count's five consecutive years
    // made the advisory range 228 to 270 months.
    expect(guidelineRange(34, 'II')).toEqual({ min: 168, max: 210 });
    expect(168 + 60).toBe(228);
    expect(210 + 60).toBe(270);
    // 2025 Manual: different substances are added by converted drug weight (§ 2D1.1, comment. (n.8(B)–(D))):
    // 56 g × 3,571 g = 199.98 kg, plus 92.1 g × 200 g = 18.42 kg: 218.4 kg, level 24 (100–400 kg); § 3C1.1 +2: 26;
    // II: 70–87 months, and the § 924(c) term runs consecutively outside it (§ 5G1.2(a)).
    const r = run(
      {
        charges: [
          {
            charge: '1',
            offense: {
              guideline: '2D1.1',
              drugs: [
                { substance: 'cocaineBase', grams: 56 },
                { substance: 'cocaine', grams: 92.1 },
              ],
            },
          },
        ],
        chapter3: { obstruction: true },
      },
      [{ label: '1', statute: '21 U.S.C. § 846', min: 10, max: 'life' }],
      { safetyValve: 'withheld' },
    );
    expect(
      applied(r).filter(([c]) => String(c).startsWith('§ 2D1.1') || String(c).startsWith('§ 3C')),
    ).toEqual([
      ['§ 2D1.1(c)', null, 24],
      ['§ 3C1.1', 2, 26],
    ]);
    expect(r.totalOffenseLevel).toBe(26);
    expect(guidelineRange(26, 'II')).toEqual({ min: 70, max: 87 });
  });

  describe('Peugh v. United States, 569 U.S. 530 (2013): bank fraud, the 1998 and 2009 Manuals', () => {
    it('1998: 6 + 13 (loss over $2.5 million) + 2 (obstruction) = 21, I: 37–46; 2009: 7 + 18 + 2 = 27, I: 70–87', () => {
      // The opinion: under the 1998 Manual (§ 2F1.1), base 6, +13 for a loss over $2,500,000, +2 for obstruction
      // (§ 3C1.1): 21, category I (no prior record), 37 to 46 months; under the 2009 Manual (§ 2B1.1), base 7,
      // +18 for the same loss, +2: 27, 70 to 87 months.
      expect(6 + 13 + 2).toBe(21);
      expect(guidelineRange(21, 'I')).toEqual({ min: 37, max: 46 });
      expect(7 + 18 + 2).toBe(27);
      expect(guidelineRange(27, 'I')).toEqual({ min: 70, max: 87 });
    });

    it('2025 Manual (hand count): 7 + 16 (the 2015 loss table: more than $1.5 million) + 2 = 25, I: 57–71', () => {
      // The loss table was re-indexed for inflation in 2015 (App. C amend. 791): a loss a little over $2,500,000
      // now falls in "more than $1,500,000", +16 (+18 starts above $3,500,000). Base 7: § 1344 carries 30 years
      // (§ 2B1.1(a)(1)). Peugh was a first offender; § 4C1.1 (2023) might take 2 more levels, but its criteria
      // (substantial financial hardship to a victim among them) are not in the opinion and are not recorded here.
      const r = run(
        {
          charges: [{ charge: '1', offense: { guideline: '2B1.1', lossUsd: 2_500_001 } }],
          chapter3: { obstruction: true },
        },
        [{ label: '1', statute: '18 U.S.C. § 1344', max: 30 }],
      );
      expect(
        applied(r).filter(([c]) => String(c).startsWith('§ 2B1.1') || String(c).startsWith('§ 3C')),
      ).toEqual([
        ['§ 2B1.1(a)(1)', null, 7],
        ['§ 2B1.1(b)(1)(I)', 16, 23],
        ['§ 3C1.1', 2, 25],
      ]);
      expect(r.totalOffenseLevel).toBe(25);
      expect(r.criminalHistory.category).toBe('I');
      expect(r.range).toEqual({ min: 57, max: 71 });
    });
  });

  it('United States v. Rosales-Mireles, No. 16-50151 (5th Cir. Mar. 6, 2017), rev’d, 585 U.S. 129 (2018): level 21; 13 points (VI) 77–96 with a 2-point misdemeanor counted twice, 11 points (V) 70–87 counted once', () => {
    // The Fifth Circuit: "the probation officer counted a 2009 Texas conviction of misdemeanor assault twice,
    // assessing two criminal-history points each time … The total criminal-history score was calculated as 13,
    // resulting in a criminal-history category of VI. Combined with … offense level of 21, … 77–96 months."
    // Counted once: 11 points, category V, 70–87 months (the range the Supreme Court's opinion gives).
    expect(categoryOfPoints(13)).toBe('VI');
    expect(guidelineRange(21, 'VI')).toEqual({ min: 77, max: 96 });
    expect(categoryOfPoints(13 - 2)).toBe('V');
    expect(guidelineRange(21, 'V')).toEqual({ min: 70, max: 87 });
  });

  it('Molina-Martinez v. United States, 578 U.S. 189 (2016): a category error, 77–96 applied, 70–87 correct — level 21, VI for V', () => {
    // The courts: the PSR's range was 77 to 96 months and the correct one 70 to 87, the error being the criminal
    // history category (prior sentences imposed the same day counted separately, § 4A1.2(a)(2)). The level is
    // the same in both: the only cells where 77–96 sits one category above 70–87 are level 21, VI over V.
    const cells: Array<[number, Chc]> = [];
    for (let level = 1; level <= 43; level++)
      for (let i = 1; i < CATEGORIES.length; i++) {
        const hi = guidelineRange(level, CATEGORIES[i] as Chc);
        const lo = guidelineRange(level, CATEGORIES[i - 1] as Chc);
        if (hi.min === 77 && hi.max === 96 && lo.min === 70 && lo.max === 87)
          cells.push([level, CATEGORIES[i] as Chc]);
      }
    expect(cells).toEqual([[21, 'VI']]);
  });
  it('Booker (Fanfan), the judge’s findings: 2.5 kg of cocaine, 261.6 g of crack, a leader: 188–235 months then (32 + 4 = 36, I); 30 + 4 = 34 under the 2025 Manual', () => {
    // The opinion: the judge found Fanfan "responsible for 2.5 kilograms of cocaine powder, and 261.6 grams of
    // crack", and "an organizer, leader, manager, or supervisor"; the findings "would have authorized a sentence in
    // the 188-to-235-month range". 2003 marihuana equivalents: 261.6 g × 20 kg = 5,232 kg, 2.5 kg × 200 g = 500 kg,
    // 5,732 kg: level 32 (3,000–10,000 kg); 188–235 at category I is level 36, so the role was § 3B1.1(a)'s +4.
    expect(guidelineRange(36, 'I')).toEqual({ min: 188, max: 235 });
    // 2025: 261.6 g × 3,571 g = 934.2 kg, plus 500 kg: 1,434.2 kg converted drug weight, level 30 (1,000–3,000 kg);
    // § 3B1.1(a) +4: 34; I: 151–188. An aggravating role bars § 4C1.1 (a)(10).
    const r = run(
      {
        charges: [
          {
            charge: '1',
            offense: {
              guideline: '2D1.1',
              drugs: [
                { substance: 'cocaine', grams: 2500 },
                { substance: 'cocaineBase', grams: 261.6 },
              ],
            },
          },
        ],
        chapter3: { role: 'organizerOrLeaderExtensive' },
      },
      [{ label: '1', statute: '21 U.S.C. § 846', min: 5, max: 40 }],
      { safetyValve: 'withheld' },
    );
    expect(
      applied(r).filter(([c]) => String(c).startsWith('§ 2D1.1') || String(c).startsWith('§ 3B')),
    ).toEqual([
      ['§ 2D1.1(c)', null, 30],
      ['§ 3B1.1(a)', 4, 34],
    ]);
    expect(r.totalOffenseLevel).toBe(34);
    expect(r.range).toEqual({ min: 151, max: 188 });
  });

  it('Beckles v. United States, 580 U.S. 256 (2017): § 922(g) with a sawed-off shotgun under § 924(e), career offender: 37, VI, 360 months to life', () => {
    // The courts: Beckles, convicted at trial of possessing a sawed-off shotgun as a felon (18 U.S.C. §§ 922(g),
    // 924(e)), was sentenced as a career offender (§ 4B1.1), the possession of a § 5845(a) firearm being a crime of
    // violence (then § 4B1.2, comment. (n.1); since 2016 in § 4B1.2(a)(2)); range 360 months to life. With § 924(e)
    // the statutory maximum is life: § 4B1.1(b)(1), 37; category VI; no acceptance after a trial.
    // The two prior felonies § 4B1.1(a) requires are recorded as the court found them (controlled substance
    // offenses); their dates and terms are not in the opinions — the values below are placeholders inside the
    // § 4A1.2(e)(1) fifteen-year window, and the category is VI by § 4B1.1(b) whatever their points.
    const r = run(
      {
        ageAtOffense: { value: 30, source: { kind: 'user', note: 'placeholder: an adult, § 4B1.1(a)(1)' } },
        offenseCommenced: '2007-04-11',
        charges: [
          {
            charge: '1',
            offense: {
              guideline: '2K2.1',
              priorFelonies: 2,
              semiautomaticLcmOr5845: true,
              prohibitedPerson: true,
            },
          },
        ],
        careerOffender: { instantOffenseQualifies: true },
        priors: [
          {
            id: 'p1',
            description: 'felony controlled substance offense',
            imposed: '2000-01-01',
            prisonMonths: 24,
            felony: true,
            controlledSubstanceOffense: true,
          },
          {
            id: 'p2',
            description: 'felony controlled substance offense',
            imposed: '2003-01-01',
            prisonMonths: 24,
            felony: true,
            controlledSubstanceOffense: true,
          },
        ],
      },
      [{ label: '1', statute: '18 U.S.C. § 922(g)(1)', min: 15, max: 'life' }],
    );
    expect(step(r, '§ 2K2.1(a)')?.levelAfter).toBe(26);
    expect(r.careerOffender).toBe(true);
    expect(r.totalOffenseLevel).toBe(37);
    expect(r.criminalHistory.category).toBe('VI');
    expect(r.range).toEqual({ min: 360, max: 'life' });
  });

  it('Nichols v. United States, 511 U.S. 738 (1994): 3 points (a 1983 federal felony drug sentence) + 1 (a fine-only DUI) = 4, III: 188–235; without the DUI, II: 168–210', () => {
    // The opinion: three points for a 1983 federal felony drug conviction, one for a 1983 state misdemeanor DUI
    // (a $250 fine, no jail); the point moved the category from II to III and the range "from 168-210 months" to
    // 188-235 months. The only level where those ranges sit in II and III is 34.
    const levels = Array.from({ length: 43 }, (_, i) => i + 1).filter(
      (l) =>
        JSON.stringify(guidelineRange(l, 'II')) === JSON.stringify({ min: 168, max: 210 }) &&
        JSON.stringify(guidelineRange(l, 'III')) === JSON.stringify({ min: 188, max: 235 }),
    );
    expect(levels).toEqual([34]);
    // Chapter Four as the engine counts it (unchanged since: § 4A1.1(a), (c); a DUI is counted, § 4A1.2, comment.
    // (n.5)). The opinion gives years only: the 1983 and 1990 days are placeholders (any day of 1983 lies within
    // both windows of an offense in 1990), and the felony's term is one "exceeding one year and one month", as
    // three points require.
    const priors = [
      {
        id: 'drug',
        description: '1983 federal felony drug conviction',
        imposed: '1983-06-01',
        prisonMonths: 14,
        felony: true,
        controlledSubstanceOffense: true,
      },
      { id: 'dui', description: '1983 Georgia misdemeanor DUI, $250 fine', imposed: '1983-06-01' },
    ];
    const facts = (ps: typeof priors) => ({
      offenseCommenced: '1990-06-01',
      charges: [
        {
          charge: '1',
          offense: { guideline: '2D1.1' as const, drugs: [{ substance: 'cocaine' as const, grams: 5000 }] },
        },
      ],
      priors: ps,
    });
    const withDui = run(facts(priors), [{ label: '1', statute: '21 U.S.C. § 846', max: 'life' }], {
      safetyValve: 'withheld',
    });
    expect(withDui.criminalHistory.priors.map((p) => [p.id, p.points])).toEqual([
      ['drug', 3],
      ['dui', 1],
    ]);
    expect(withDui.criminalHistory.points).toBe(4);
    expect(withDui.criminalHistory.category).toBe('III');
    const without = run(
      facts(priors.slice(0, 1)),
      [{ label: '1', statute: '21 U.S.C. § 846', max: 'life' }],
      {
        safetyValve: 'withheld',
      },
    );
    expect(without.criminalHistory.category).toBe('II');
    expect(guidelineRange(34, 'III').max).toBe(235);
    expect(guidelineRange(34, 'II').max).toBe(210);
  });

  it('Hughes v. United States, 584 U.S. 675 (2018), and Freeman v. United States, 564 U.S. 522 (2011): two levels off (App. C amend. 782, 706) take 188–235 to 151–188 and 46–57 to 37–46 in every category', () => {
    // Hughes: range 188–235 months at sentencing; Amendment 782 (two levels off most drug quantities) made it
    // 151–188. Freeman: 46–57 months on the drug count plus 60 consecutive months under § 924(c) (the agreed
    // 106 months is 46 + 60); Amendment 706 (two levels off crack) made it 37–46. The opinions give the ranges,
    // not every level: whatever the category, the level giving the first range, less two, gives the second.
    const twoOff = (from: { min: number; max: number }, to: { min: number; max: number }) =>
      CATEGORIES.every((c) => {
        const level = Array.from({ length: 43 }, (_, i) => i + 1).find(
          (l) => JSON.stringify(guidelineRange(l, c)) === JSON.stringify(from),
        );
        return level !== undefined && JSON.stringify(guidelineRange(level - 2, c)) === JSON.stringify(to);
      });
    expect(twoOff({ min: 188, max: 235 }, { min: 151, max: 188 })).toBe(true);
    expect(twoOff({ min: 46, max: 57 }, { min: 37, max: 46 })).toBe(true);
    expect(46 + 60).toBe(106);
  });
  it('Koon v. United States, 518 U.S. 81 (1996): 1992 § 2H1.4 range 70–87 (27, I); departures of 5 and 3 levels: 19, 30–37', () => {
    // The opinion: "the applicable … Guideline, 1992 USSG § 2H1.4, indicated that they should be imprisoned for 70
    // to 87 months"; a five-level departure (victim misconduct, § 5K2.10) and a three-level departure "yielded an
    // offense level of 19 and a sentencing range of 30-to-37 months". The officers had no record (category I):
    // 70–87 at I is level 27, and 27 − 5 − 3 = 19. (§ 2H1.4 and departures are outside the engine; the 2025
    // Manual has no departures at all, App. C amend. 836.)
    expect(guidelineRange(27, 'I')).toEqual({ min: 70, max: 87 });
    expect(27 - 5 - 3).toBe(19);
    expect(guidelineRange(19, 'I')).toEqual({ min: 30, max: 37 });
  });

  it('Rita v. United States, 551 U.S. 338 (2007): a 1986 probation sentence outside the ten-year window, no points, I; level 20: 33–41 months', () => {
    // The opinion: Rita's May 1986 conviction (five years' probation) "took place more than 10 years before the
    // present offense" and did not count: no criminal history points, category I; with offense level 20 (perjury,
    // § 2J1.3 through § 2X3.1 — outside the engine), 33 to 41 months. The engine's § 4A1.2(e)(2) window: the
    // offense's start is a placeholder (the opinion says only "more than 10 years" later).
    const r = run(
      {
        offenseCommenced: '2000-01-01',
        charges: [],
        priors: [
          {
            id: 'false-statements',
            description: 'false statements in connection with the purchase of firearms',
            imposed: '1986-05-01',
            probationMonths: 60,
            felony: true,
          },
        ],
      },
      [],
    );
    expect(r.criminalHistory.priors.map((p) => [p.id, p.points])).toEqual([['false-statements', 0]]);
    expect(r.criminalHistory.category).toBe('I');
    expect(guidelineRange(20, 'I')).toEqual({ min: 33, max: 41 });
  });

  it('Chavez-Meza v. United States, 138 S. Ct. 1959 (2018): 135–168 months, after App. C amend. 782 108–135 — two levels fit only in categories I–III', () => {
    // The opinion gives the ranges (135–168, then 108–135 after Amendment 782's two levels), not the level or
    // category; the table admits the pair only in categories I (33 → 31), II (32 → 30) and III (31 → 29).
    const fits = CATEGORIES.filter((c) => {
      const level = Array.from({ length: 43 }, (_, i) => i + 1).find(
        (l) => guidelineRange(l, c).min === 135 && guidelineRange(l, c).max === 168,
      );
      return (
        level !== undefined &&
        guidelineRange(level - 2, c).min === 108 &&
        guidelineRange(level - 2, c).max === 135
      );
    });
    expect(fits).toEqual(['I', 'II', 'III']);
  });
  it('Concepcion v. United States, 142 S. Ct. 2389 (2022): career offender on 13.8 g of crack — life maximum, 37 − 3 = 34, VI: 262–327; as if the Fair Sentencing Act applied (30-year maximum), 34 − 3 = 31: 188–235', () => {
    // The opinion: Concepcion pleaded guilty to distributing crack (13.8 grams); the career offender provision took
    // his range to 262–327 months (sentence 228); under the Fair Sentencing Act's thresholds it would be 188–235.
    // § 4B1.1(b): a life maximum (§ 841(b)(1)(B) with a prior conviction, before 2010) gives 37, and 30 years
    // (§ 841(b)(1)(C) with a prior, the Act's 28-gram threshold not met) gives 34; less 3 for acceptance; VI.
    // The two § 4B1.1(a) predicates are placeholders (the opinion does not describe them); the 2025 quantity
    // level (13.8 g of cocaine base: 18) is below the career offender level, which governs.
    const concepcion = (max: 'life' | number) =>
      run(
        {
          ageAtOffense: { value: 30, source: { kind: 'user', note: 'placeholder: an adult' } },
          offenseCommenced: '2007-06-01',
          charges: [
            {
              charge: '1',
              offense: { guideline: '2D1.1', drugs: [{ substance: 'cocaineBase', grams: 13.8 }] },
            },
          ],
          careerOffender: { instantOffenseQualifies: true },
          acceptance: true,
          governmentMotion3E1_1b: true,
          priors: [
            {
              id: 'p1',
              description: 'prior felony (placeholder)',
              imposed: '1998-01-01',
              prisonMonths: 24,
              felony: true,
              crimeOfViolence: true,
            },
            {
              id: 'p2',
              description: 'prior felony (placeholder)',
              imposed: '2001-01-01',
              prisonMonths: 24,
              felony: true,
              controlledSubstanceOffense: true,
            },
          ],
        },
        [{ label: '1', statute: '21 U.S.C. § 841(a)(1)', max }],
        { acceptance: true, safetyValve: 'withheld' },
      );
    const before = concepcion('life');
    expect(step(before, '§ 2D1.1(c)')?.levelAfter).toBe(18);
    expect(before.careerOffender).toBe(true);
    expect(before.totalOffenseLevel).toBe(34);
    expect(before.range).toEqual({ min: 262, max: 327 });
    const after = concepcion(30);
    expect(after.totalOffenseLevel).toBe(31);
    expect(after.range).toEqual({ min: 188, max: 235 });
  });
  it('Gall v. United States, 552 U.S. 38 (2007): 87.5 kg of marihuana equivalent (1999 Manual) 24, − 2 safety valve, − 3 acceptance = 19, I: 30–37; the same 2,500 g of MDMA is 30 − 2 − 3 = 25 under the 2025 Manual', () => {
    // The Eighth Circuit (446 F.3d 884 (8th Cir. 2006)) and the Supreme Court: the plea stipulated the equivalent
    // of 87.5 kilograms of marihuana under the November 1, 1999 Manual — base 24 (80–100 kg), reduced to 19 for the
    // safety valve and acceptance; no significant criminal history (I): 30 to 37 months. The 1999 Manual counted a
    // gram of MDMA as 35 g of marihuana (87.5 kg = 2,500 g of MDMA); since 2001 (App. C amend. 621) it is 500 g.
    expect(24 - 2 - 3).toBe(19);
    expect(guidelineRange(19, 'I')).toEqual({ min: 30, max: 37 });
    expect(87_500 / 35).toBe(2500);
    // 2025: 2,500 g × 500 g = 1,250 kg converted drug weight, level 30; § 2D1.1(b)(18) −2 with the safety valve
    // (no minimum on a § 841(b)(1)(C) count, so no § 5C1.2(b) floor); § 3E1.1 −3: 25; I: 57–71. § 4C1.1 is left
    // unresolved: its criteria are not all in the opinions.
    const r = run(
      {
        charges: [
          { charge: '1', offense: { guideline: '2D1.1', drugs: [{ substance: 'mdma', grams: 2500 }] } },
        ],
        acceptance: true,
        governmentMotion3E1_1b: true,
        safetyValve: { truthfulDisclosure: true },
        zeroPoint: { violenceOrThreats: false, weapon: false, deathOrSeriousBodilyInjury: false },
      },
      [{ label: '1', statute: '21 U.S.C. § 846', max: 20 }],
      { acceptance: true },
    );
    expect(
      applied(r).filter(([c]) => String(c).startsWith('§ 2D1.1') || String(c).startsWith('§ 3E')),
    ).toEqual([
      ['§ 2D1.1(c)', null, 30],
      ['§ 2D1.1(b)(18)', -2, 28],
      ['§ 3E1.1(a)', -2, 26],
      ['§ 3E1.1(b)', -1, 25],
    ]);
    expect(step(r, '§ 4C1.1')?.status).not.toBe('applied');
    expect(r.range).toEqual({ min: 57, max: 71 });
  });

  it('United States v. Pepper, 486 F.3d 408 (8th Cir. 2007), vacated, Pepper v. United States, 562 U.S. 476 (2011): 30, I: 97–121; five levels for § 5K1.1 (25: 57–71), eight more by variance (17: 24–30), 24 months', () => {
    // The Eighth Circuit: "total offense level of 30 and criminal history category I produced an advisory …
    // range of 97 to 121 months" (safety valve lifting the ten-year minimum); on remand the district court granted
    // "a 40% downward departure (five offense levels)" and "a 59% downward variance (eight offense levels)" and
    // imposed 24 months. In the table: 25/I is 57–71 (57 is 41% below 97) and 17/I is 24–30.
    expect(guidelineRange(30, 'I')).toEqual({ min: 97, max: 121 });
    expect(guidelineRange(30 - 5, 'I')).toEqual({ min: 57, max: 71 });
    expect(guidelineRange(30 - 5 - 8, 'I')).toEqual({ min: 24, max: 30 });
  });

  it('United States v. Tapia-Leon, No. 05-2275 (10th Cir. Sept. 2006), part I: § 2L1.2 (2004 Manual) 8 + 16 − 3 = 21, V: 70–87; the base level is unchanged, the 16 levels are gone since App. C amend. 802 (2016)', () => {
    // The opinion (the PSR, 2004 Manual): "base offense level was eight"; a sixteen-level enhancement for a prior
    // deportation after a felony alien smuggling offense (§ 2L1.2(b)(1)(A)(vii)); a three-level reduction for
    // acceptance: "adjusted offense level to twenty-one"; category V: "a Guidelines range of seventy to
    // eighty-seven months". Every step is stated. The 2025 Manual keeps the base level (§ 2L1.2(a): 8), but
    // amend. 802 replaced (b)(1)(A) by the (b)(2)/(b)(3) tiers, which key on the sentence imposed for the prior
    // felony; the opinion does not state that sentence, so the 2025 level is not computed here.
    expect(8 + 16 - 3).toBe(21);
    expect(guidelineRange(21, 'V')).toEqual({ min: 70, max: 87 });
    const r = run({ charges: [{ charge: '1', offense: { guideline: '2L1.2', priors: [] } }] }, [
      { label: '1', statute: '8 U.S.C. § 1326(b)(2)', max: 20 },
    ]);
    const base = r.steps.find((s) => s.citation === '§ 2L1.2(a)');
    expect(base?.status).toBe('applied');
    expect(base?.levelAfter).toBe(8);
    expect(r.steps.find((s) => s.citation.startsWith('§ 2L1.2(b)(1)(A)'))).toBeUndefined();
  });
});
