/**
 * Published computations, each cited, with the steps as the opinion gives them. Where the opinion applied an
 * older Manual, the test computes under the 2025 Manual and says which steps are unchanged.
 */
import { describe, expect, it } from 'vitest';
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
});
