/**
 * § 3E1.1(b): "If the defendant qualifies for a decrease under subsection (a), the offense level determined prior to
 * the operation of subsection (a) is level 16 or greater, and upon motion of the government …, decrease the offense
 * level by 1 additional level." The level "prior to the operation of subsection (a)" is the one § 1B1.1(a) reaches
 * before acceptance: Chapter Two, Chapter Three Parts A–C and, with several counts, Part D (§ 1B1.1(a)(4)–(5)) — not
 * the Chapter Two level, and not a single count's level.
 */
import { describe, expect, it } from 'vitest';
import { run } from './helpers.ts';
import { applied, step } from './published-cases.ts';

const plea = { acceptance: true, governmentMotion3E1_1b: true } as const;
const theft = (lossUsd: number) => ({ guideline: '2B1.1' as const, lossUsd });

describe('§ 3E1.1(b): the 16-or-greater test reads the level before § 3E1.1(a)', () => {
  it('the boundary: 15 before (a) (7 + 8) gets two levels; 16 (6 + 10) gets three', () => {
    // § 2B1.1(a)(1) 7 (a 20-year maximum); (b)(1)(E) more than $95,000: +8 → 15.
    const at15 = run(
      { charges: [{ charge: '1', offense: theft(100_000) }], ...plea },
      [{ label: '1', statute: '18 U.S.C. § 1343', max: 20 }],
      { acceptance: true },
    );
    expect(at15.combinedLevel).toBe(15);
    expect(at15.acceptanceLevels).toBe(2);
    expect(step(at15, '§ 3E1.1(b)')?.status).toBe('notApplicable');
    expect(step(at15, '§ 3E1.1(b)')?.text).toContain('is 15');
    expect(at15.totalOffenseLevel).toBe(13);
    // § 2B1.1(a)(2) 6 (a 10-year maximum, 18 U.S.C. § 641) + (b)(1)(F) more than $150,000: +10 → 16: three levels.
    const at16 = run(
      { charges: [{ charge: '1', offense: theft(200_000) }], ...plea },
      [{ label: '1', statute: '18 U.S.C. § 641', max: 10 }],
      { acceptance: true },
    );
    expect(applied(at16, '§ 2B1.1(a)', '§ 2B1.1(b)(1)', '§ 3E')).toEqual([
      ['§ 2B1.1(a)(2)', null, 6],
      ['§ 2B1.1(b)(1)(F)', 10, 16],
      ['§ 3E1.1(a)', -2, 14],
      ['§ 3E1.1(b)', -1, 13],
    ]);
  });

  it('Chapter Three counts: Chapter Two 14, § 3B1.3 +2 = 16 before (a) — the third level applies', () => {
    // 6 + 8 ($95,000–$150,000) = 14 in Chapter Two; abuse of a position of trust +2 (§ 3B1.3) = 16.
    const facts = (abuseOfTrust: boolean) => ({
      charges: [{ charge: '1', offense: theft(100_000) }],
      chapter3: { abuseOfTrust },
      ...plea,
    });
    const charges = [{ label: '1', statute: '18 U.S.C. § 641', max: 10 }];
    const trust = run(facts(true), charges, { acceptance: true });
    expect(applied(trust, '§ 3B1.3', '§ 3E')).toEqual([
      ['§ 3B1.3', 2, 16],
      ['§ 3E1.1(a)', -2, 14],
      ['§ 3E1.1(b)', -1, 13],
    ]);
    const none = run(facts(false), charges, { acceptance: true });
    expect(none.combinedLevel).toBe(14);
    expect(none.acceptanceLevels).toBe(2);
    expect(none.totalOffenseLevel).toBe(12);
  });

  it('Part D counts: units of 15 and 8 are 1½ units, + 1 = 16 before (a) — the third level applies though no count reaches 16', () => {
    // § 3D1.4: the § 2B1.1 count 15 (1 unit); the § 2L1.2 count 8, 7 levels less (½ unit); 1½ units → +1 = 16.
    const r = run(
      {
        charges: [
          { charge: '1', offense: theft(100_000) },
          { charge: '2', offense: { guideline: '2L1.2', priors: [] } },
        ],
        ...plea,
      },
      [
        { label: '1', statute: '18 U.S.C. § 1343', max: 20 },
        { label: '2', statute: '8 U.S.C. § 1326(a)', max: 2 },
      ],
      { acceptance: true },
    );
    expect(r.groups.map((g) => g.level).sort((a, b) => b - a)).toEqual([15, 8]);
    expect(r.combinedLevel).toBe(16);
    expect(applied(r, '§ 3E')).toEqual([
      ['§ 3E1.1(a)', -2, 14],
      ['§ 3E1.1(b)', -1, 13],
    ]);
    expect(r.totalOffenseLevel).toBe(13);
  });

  it('no motion recorded: two levels at any level (the engine never infers the motion)', () => {
    const r = run(
      { charges: [{ charge: '1', offense: theft(200_000) }], acceptance: true },
      [{ label: '1', statute: '18 U.S.C. § 1343', max: 20 }],
      { acceptance: true },
    );
    expect(r.combinedLevel).toBe(17);
    expect(r.acceptanceLevels).toBe(2);
    expect(step(r, '§ 3E1.1(b)')?.text).toContain('not recorded');
  });
});
