/**
 * The Manual's own examples and the arithmetic the Manual states (USSG, 2025 ed.; docs/guidelines.md, "Sources"), and constructed cases computed by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  categoryOfPoints,
  cdwLevel,
  chooseManual,
  drugQuantityLevel,
  EDITIONS,
  editionOn,
  guidelineRange,
  SENTENCING_TABLE,
  unitOf,
  unitsIncrease,
  zoneOf,
} from '../../../src/law/guidelines/index.ts';
import { noZeroPointBars, run } from './helpers.ts';

describe('Chapter Five, Part A: the Sentencing Table', () => {
  it('has 43 levels × 6 categories, non-decreasing along both axes', () => {
    expect(SENTENCING_TABLE).toHaveLength(43);
    for (const row of SENTENCING_TABLE) expect(row).toHaveLength(6);
    expect(CATEGORIES).toHaveLength(6);
  });
  it('level 15, category III is 24–30 months (Ch. 5, Pt. A, comment. (n.1))', () => {
    expect(guidelineRange(15, 'III')).toEqual({ min: 24, max: 30 });
  });
  it('reads the corners and the life cells', () => {
    expect(guidelineRange(1, 'I')).toEqual({ min: 0, max: 6 });
    expect(guidelineRange(37, 'VI')).toEqual({ min: 360, max: 'life' });
    expect(guidelineRange(43, 'I')).toEqual({ min: 'life', max: 'life' });
    expect(guidelineRange(34, 'I')).toEqual({ min: 151, max: 188 });
  });
  it('zones: level 8/I is A, 11/I is B, 13/I is C (12–18), 14/I is D', () => {
    expect(zoneOf(guidelineRange(8, 'I'))).toBe('A');
    expect(zoneOf(guidelineRange(11, 'I'))).toBe('B');
    expect(zoneOf(guidelineRange(13, 'I'))).toBe('C');
    expect(zoneOf(guidelineRange(14, 'I'))).toBe('D');
  });
  it('categories from points: 1 → I, 3 → II, 6 → III, 7 → IV, 12 → V, 13 → VI', () => {
    expect([1, 3, 6, 7, 12, 13].map(categoryOfPoints)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI']);
  });
});

describe('§ 1B1.11: editions and the choice of Manual', () => {
  it('the editions are contiguous from Nov. 1, 2023 and the 2025 Manual is current', () => {
    expect(EDITIONS.map((e) => [e.from, e.to])).toEqual([
      ['2023-11-01', '2024-10-31'],
      ['2024-11-01', '2025-10-31'],
      ['2025-11-01', null],
    ]);
    expect(editionOn('2025-10-31')?.year).toBe(2024);
    expect(editionOn('2025-11-01')?.year).toBe(2025);
    expect(editionOn('2023-10-31')).toBeUndefined();
  });
  it('uses the Manual of the offense date when the sentencing Manual gives a higher range (ex post facto)', () => {
    // C1 (minor participant, 40 KG heroin): 2024 → level 24 (51–63); 2025 → 23 (46–57). Offense in 2025 under the
    // 2024 Manual, sentenced under the 2025 Manual: the later Manual is lower, so it is used.
    const facts = c1Facts('minor');
    const compute = (year: 2024 | 2025) => run(facts, C1_CHARGE, { year, acceptance: true });
    const chosen = chooseManual('2026-03-01', '2025-06-30', undefined, (e) => compute(e.year as 2024 | 2025));
    expect(chosen.manual.edition).toBe(2025);
    // Reversed: a later Manual that is higher yields to the earlier one.
    const reversed = chooseManual('2026-03-01', '2025-06-30', undefined, (e) =>
      compute(e.year === 2025 ? 2024 : 2025),
    );
    expect(reversed.manual.edition).toBe(2024);
    expect(reversed.manual.text).toContain('§ 1B1.11(b)(1)');
  });
});

describe('§ 2D1.1: the Drug Quantity Table and converted drug weight (comment. (n.8))', () => {
  it('n.8(A): 100 g of oxymorphone × 5 kg = 500 kg → level 26', () => {
    expect(drugQuantityLevel([{ substance: 'oxymorphone', grams: 100 }]).level).toBe(26);
  });
  it('n.8(C)(i): 70 g PCP (70 kg) + 250 mg LSD (25 kg) = 95 kg → level 22', () => {
    expect(
      drugQuantityLevel([
        { substance: 'pcp', grams: 70 },
        { substance: 'lsd', grams: 0.25 },
      ]).level,
    ).toBe(22);
  });
  it('n.8(C)(ii): 500 g marihuana + 10,000 units diazepam (625 g) = 1.125 kg → level 8', () => {
    expect(
      drugQuantityLevel([
        { substance: 'marihuana', grams: 500 },
        { substance: 'scheduleIVUnits', grams: 10_000 },
      ]).level,
    ).toBe(8);
  });
  it('n.8(C)(iii): 80 g cocaine (16 kg) + 2 g cocaine base (7.142 kg) = 23.142 kg → level 16', () => {
    expect(
      drugQuantityLevel([
        { substance: 'cocaine', grams: 80 },
        { substance: 'cocaineBase', grams: 2 },
      ]).level,
    ).toBe(16);
  });
  it('reads a single drug from its own column: 280 g of cocaine base is level 30 (not 28 by the rounded ratio)', () => {
    expect(drugQuantityLevel([{ substance: 'cocaineBase', grams: 280 }]).level).toBe(30);
    expect(cdwLevel(999.88)).toBe(28);
  });
});

describe('§ 3D1.4: the units table', () => {
  it('background example: groups 15, 10, 10 → 1 + ½ + ½ = 2 units → +2 → 17', () => {
    const units = [15, 10, 10].map((l) => unitOf(15, l));
    expect(units).toEqual([1, 0.5, 0.5]);
    expect(15 + unitsIncrease(2)).toBe(17);
  });
  it('C3: groups 28, 28, 26, 23, 19 → 1 + 1 + 1 + ½ + 0 = 3½ units → +4 → 32', () => {
    const units = [28, 28, 26, 23, 19].map((l) => unitOf(28, l));
    expect(units.reduce((a, b) => a + b)).toBe(3.5);
    expect(28 + unitsIncrease(3.5)).toBe(32);
  });
  it('the table: 1 → 0, 1½ → 1, 2 → 2, 2½–3 → 3, 3½–5 → 4, more than 5 → 5', () => {
    expect([1, 1.5, 2, 2.5, 3, 3.5, 5, 5.5].map(unitsIncrease)).toEqual([0, 1, 2, 3, 3, 4, 4, 5]);
  });
});

const C1_CHARGE = [{ label: '1', statute: '21 U.S.C. § 841(b)(1)(A)', min: 10, max: 'life' as const }];
function c1Facts(role: 'minor' | 'minimal') {
  return {
    charges: [
      {
        charge: '1',
        offense: { guideline: '2D1.1' as const, drugs: [{ substance: 'heroin' as const, grams: 40_000 }] },
      },
    ],
    chapter3: { role },
    acceptance: true,
    governmentMotion3E1_1b: true,
    zeroPoint: noZeroPointBars,
    safetyValve: { truthfulDisclosure: true },
  };
}

describe('constructed cases, computed by hand (no published source)', () => {
  it('C1: 40 KG heroin, minor participant, safety valve, zero points — 2024: 24 (51–63); 2025: 23 (46–57)', () => {
    // 2024: 36 → (a)(5) −3 = 33 → (b)(18) −2 = 31 → § 3B1.2(b) −2 = 29 → § 3E1.1 −3 = 26 → § 4C1.1 −2 = 24.
    const r24 = run(c1Facts('minor'), C1_CHARGE, { year: 2024, acceptance: true });
    expect(r24.totalOffenseLevel).toBe(24);
    expect(r24.range).toEqual({ min: 51, max: 63 });
    expect(r24.restricted?.minimumDisregarded).toBe(true);
    // 2025: 36 → set to 32 → 30 → 28 → 25 → 23.
    const r25 = run(c1Facts('minor'), C1_CHARGE, { year: 2025, acceptance: true });
    expect(r25.totalOffenseLevel).toBe(23);
    expect(r25.range).toEqual({ min: 46, max: 57 });
  });
  it('C1 with a minimal participant: 2024 → 21; 2025 → 19', () => {
    // 2024: 36 → 33 > 32 → 32 → 30 → 26 → 23 → 21. 2025: 32 > 30 → 30 → 28 → 24 → 21 → 19.
    expect(run(c1Facts('minimal'), C1_CHARGE, { year: 2024, acceptance: true }).totalOffenseLevel).toBe(21);
    expect(run(c1Facts('minimal'), C1_CHARGE, { year: 2025, acceptance: true }).totalOffenseLevel).toBe(19);
  });
  it('C1 without the safety valve: the 10-year minimum (120 months) is the guideline sentence', () => {
    // 2025 minor: 36 → 32 → § 3B1.2(b) 30 → −3 = 27 → § 4C1.1 25: 57–71 < 120 → § 5G1.1(b): 120.
    const r = run(c1Facts('minor'), C1_CHARGE, { year: 2025, acceptance: true, safetyValve: 'withheld' });
    expect(r.totalOffenseLevel).toBe(25);
    expect(r.restricted?.range).toEqual({ min: 120, max: 120 });
  });
  it('C2: status points only with 7 or more points (§ 4A1.1(e), 2023+)', () => {
    // P1: 2-year term imposed 6 years before (3); P2: 90 days imposed 4 years before (2): 5 → no status point → III.
    const priors = [
      { id: 'p1', description: 'burglary', imposed: '2020-01-15', prisonMonths: 24 },
      { id: 'p2', description: 'theft', imposed: '2022-01-15', prisonMonths: 3 },
    ];
    const base = {
      offenseCommenced: '2026-01-15',
      status: 'supervisedRelease' as const,
      charges: [{ charge: '1', offense: { guideline: '2B1.1' as const, lossUsd: 10_000 } }],
    };
    const r = run({ ...base, priors }, [{ label: '1', statute: '18 U.S.C. § 1343', max: 20 }]);
    expect(r.criminalHistory.points).toBe(5);
    expect(r.criminalHistory.category).toBe('III');
    // Two misdemeanor probation sentences within 10 years: +1 +1 = 7 → status point → 8 → IV.
    const more = [
      ...priors,
      { id: 'p3', description: 'misdemeanor theft', imposed: '2023-05-01', probationMonths: 12 },
      { id: 'p4', description: 'misdemeanor theft', imposed: '2024-05-01', probationMonths: 12 },
    ];
    const r2 = run({ ...base, priors: more }, [{ label: '1', statute: '18 U.S.C. § 1343', max: 20 }]);
    expect(r2.criminalHistory.points).toBe(8);
    expect(r2.criminalHistory.category).toBe('IV');
  });
  it('C2: the § 4A1.2(e) windows', () => {
    const commenced = '2026-01-15';
    const one = (p: object) =>
      run(
        { offenseCommenced: commenced, priors: [{ id: 'p', description: 'x', ...p } as never], charges: [] },
        [],
      ).criminalHistory.points;
    // 14 months imposed 17 years before, released 15½ years before: 0; released 14 years before: 3.
    expect(one({ imposed: '2009-01-15', prisonMonths: 14, releasedOn: '2010-07-15' })).toBe(0);
    expect(one({ imposed: '2009-01-15', prisonMonths: 14, releasedOn: '2012-01-15' })).toBe(3);
    // 6 months imposed 11 years before: 0. Disorderly conduct, fine only: 0 (§ 4A1.2(c)(1)).
    expect(one({ imposed: '2015-01-15', prisonMonths: 6 })).toBe(0);
    expect(one({ imposed: '2024-01-15', exclusion: 'listedC1' })).toBe(0);
  });
  it('C6: fraud, $2,000,000 loss, 12 victims, sophisticated means, § 3B1.3, acceptance → 26 (63–78)', () => {
    // 7 + 16 = 23; +2 = 25; +2 = 27; § 3B1.3 +2 = 29; −3 = 26, CHC I.
    const r = run(
      {
        charges: [
          {
            charge: '1',
            offense: { guideline: '2B1.1', lossUsd: 2_000_000, victims: 12, sophisticatedMeans: true },
          },
        ],
        chapter3: { abuseOfTrust: true },
        acceptance: true,
        governmentMotion3E1_1b: true,
      },
      [{ label: '1', statute: '18 U.S.C. § 1343', max: 20 }],
      { acceptance: true },
    );
    expect(r.totalOffenseLevel).toBe(26);
    expect(r.range).toEqual({ min: 63, max: 78 });
  });
  it('C8: § 2K2.1 (2025 numbering): one prior crime of violence, stolen, another felony → 23, CHC V → 84–105', () => {
    // (a)(4)(A) 20; stolen +2 = 22; (b)(7)(B) +4 = 26; −3 = 23. Ten points → V.
    const r = run(
      {
        charges: [
          {
            charge: '1',
            offense: { guideline: '2K2.1', priorFelonies: 1, stolen: true, anotherFelony: true },
          },
        ],
        acceptance: true,
        governmentMotion3E1_1b: true,
        priors: [
          { id: 'a', description: 'robbery', imposed: '2020-01-01', prisonMonths: 36 },
          { id: 'b', description: 'assault', imposed: '2021-01-01', prisonMonths: 24 },
          { id: 'c', description: 'theft', imposed: '2022-01-01', prisonMonths: 6 },
          { id: 'd', description: 'possession', imposed: '2023-01-01', probationMonths: 12 },
          { id: 'e', description: 'possession', imposed: '2024-01-01', probationMonths: 12 },
        ],
        offenseCommenced: '2026-01-01',
      },
      [{ label: '1', statute: '18 U.S.C. § 922(g)(1)', max: 15 }],
      { acceptance: true },
    );
    expect(r.totalOffenseLevel).toBe(23);
    expect(r.criminalHistory.category).toBe('V');
    expect(r.range).toEqual({ min: 84, max: 105 });
  });
  it('C9: § 2L1.2: prior reentry felony +4, a 3-year felony before the first removal +8 → 20; −3 = 17', () => {
    const r = run(
      {
        charges: [
          {
            charge: '1',
            offense: {
              guideline: '2L1.2',
              priors: [
                {
                  label: 'reentry',
                  kind: 'illegalReentryFelony',
                  sentenceMonths: 18,
                  relativeToFirstRemoval: 'after',
                },
                { label: 'felony', kind: 'felony', sentenceMonths: 36, relativeToFirstRemoval: 'before' },
              ],
            },
          },
        ],
        acceptance: true,
        governmentMotion3E1_1b: true,
      },
      [{ label: '1', statute: '8 U.S.C. § 1326(a)', max: 20 }],
      { acceptance: true },
    );
    expect(r.totalOffenseLevel).toBe(17);
  });
  it('C10: § 2G2.2: 22 +2 +2 +4 +2, 10 videos (750 images) +5 = 37; −3 = 34', () => {
    const r = run(
      {
        charges: [
          {
            charge: '1',
            offense: {
              guideline: '2G2.2',
              prepubescent: true,
              distribution: 'knowing',
              sadistic: true,
              computer: true,
              videos: 10,
            },
          },
        ],
        acceptance: true,
        governmentMotion3E1_1b: true,
      },
      [{ label: '1', statute: '18 U.S.C. § 2252A(a)(2)', min: 5, max: 20 }],
      { acceptance: true },
    );
    expect(r.totalOffenseLevel).toBe(34);
  });
  it('C11: § 2S1.1: $600,000 of drug proceeds: 8 + 14 + 6 + 2 + 2 = 32; −3 = 29', () => {
    const r = run(
      {
        charges: [
          {
            charge: '1',
            offense: {
              guideline: '2S1.1',
              launderedUsd: 600_000,
              drugOrViolenceProceeds: true,
              sophisticated: true,
            },
          },
        ],
        acceptance: true,
        governmentMotion3E1_1b: true,
      },
      [{ label: '1', statute: '18 U.S.C. § 1956(a)(1)', max: 20 }],
      { acceptance: true },
    );
    expect(r.totalOffenseLevel).toBe(29);
  });
  it('C12: § 2B3.1: bank, firearm brandished, bodily injury, $25,000 → 30; −3 = 27', () => {
    const r = run(
      {
        charges: [
          {
            charge: '1',
            offense: {
              guideline: '2B3.1',
              financialInstitution: true,
              weapon: 'firearmBrandishedOrPossessed',
              injury: 'bodily',
              lossUsd: 25_000,
            },
          },
        ],
        acceptance: true,
        governmentMotion3E1_1b: true,
      },
      [{ label: '1', statute: '18 U.S.C. § 2113(a)', max: 20 }],
      { acceptance: true },
    );
    expect(r.totalOffenseLevel).toBe(27);
  });
  it('C13: § 2H4.1: § 1589, held more than a year, serious bodily injury → 27; −3 = 24', () => {
    const r = run(
      {
        charges: [
          {
            charge: '1',
            offense: { guideline: '2H4.1', victims: [{ label: 'V1', heldDays: 400, injury: 'serious' }] },
          },
        ],
        acceptance: true,
        governmentMotion3E1_1b: true,
      },
      [{ label: '1', statute: '18 U.S.C. § 1589', max: 20 }],
      { acceptance: true },
    );
    expect(r.totalOffenseLevel).toBe(24);
  });
  it('C15: career offender, § 841(b)(1)(B) (40-year maximum) → 34 − 3 = 31 > 21, CHC VI → 188–235', () => {
    const r = run(
      {
        charges: [
          { charge: '1', offense: { guideline: '2D1.1', drugs: [{ substance: 'cocaine', grams: 600 }] } },
        ],
        acceptance: true,
        governmentMotion3E1_1b: true,
        careerOffender: { instantOffenseQualifies: true },
        ageAtOffense: 30,
        offenseCommenced: '2026-01-01',
        priors: [
          {
            id: 'a',
            description: 'robbery',
            imposed: '2018-01-01',
            prisonMonths: 48,
            felony: true,
            crimeOfViolence: true,
          },
          {
            id: 'b',
            description: 'distribution',
            imposed: '2021-01-01',
            prisonMonths: 30,
            felony: true,
            controlledSubstanceOffense: true,
          },
        ],
      },
      [{ label: '1', statute: '21 U.S.C. § 841(b)(1)(B)', min: 5, max: 40 }],
      { acceptance: true },
    );
    // Otherwise: 500 G cocaine → 24; −3 = 21. Career: 34 − 3 = 31.
    expect(r.totalOffenseLevel).toBe(31);
    expect(r.criminalHistory.category).toBe('VI');
    expect(r.range).toEqual({ min: 188, max: 235 });
  });
  it('C16: Pulsifer — one prior 3-point offense bars the safety valve; four 1-point offenses and a 2-point one do not', () => {
    const charge = [{ label: '1', statute: '21 U.S.C. § 841(b)(1)(B)', min: 5, max: 40 }];
    const base = {
      charges: [
        {
          charge: '1',
          offense: { guideline: '2D1.1' as const, drugs: [{ substance: 'cocaine' as const, grams: 600 }] },
        },
      ],
      zeroPoint: noZeroPointBars,
      safetyValve: { truthfulDisclosure: true },
      offenseCommenced: '2026-01-01',
    };
    const barred = run(
      { ...base, priors: [{ id: 'a', description: 'x', imposed: '2020-01-01', prisonMonths: 24 }] },
      charge,
      { acceptance: true },
    );
    expect(barred.safetyValve.eligible).toBe(false);
    expect(barred.safetyValve.reasons[0]).toContain('(f)(1)(B)');
    const eligible = run(
      {
        ...base,
        priors: [
          ...[2019, 2020, 2021, 2022].map((y) => ({
            id: `m${y}`,
            description: 'misdemeanor',
            imposed: `${y}-06-01`,
            probationMonths: 12,
          })),
          { id: 't', description: 'theft', imposed: '2023-06-01', prisonMonths: 3 },
        ],
      },
      charge,
      { acceptance: true },
    );
    expect(eligible.criminalHistory.points).toBe(6);
    expect(eligible.safetyValve.eligible).toBe(true);
  });
  it('C4: § 5G1.1(a): a range above the statutory maximum makes the maximum the guideline sentence', () => {
    const fraud = (loss: number) => ({
      charges: [{ charge: '1', offense: { guideline: '2B1.1' as const, lossUsd: loss } }],
    });
    // § 371 (5-year maximum), loss $30,000,000: 6 + 22 = 28, CHC I 78–97 months, above 60 → 60.
    const r = run({ ...fraud(30_000_000), chapter3: {} }, [
      { label: '1', statute: '18 U.S.C. § 371', max: 5 },
    ]);
    expect(r.totalOffenseLevel).toBe(28);
    expect(r.restricted?.range).toEqual({ min: 60, max: 60 });
  });
});

describe('§ 3D1.5 and § 3D1.2 commentary examples', () => {
  it('§ 3D1.5, Illustration 1: four bank robberies — three at 22, one with $21,000 taken and a firearm displayed at 28; 2½ units → 31', () => {
    // The Manual (Concluding Commentary to Part D of Chapter Three, Illustration 1, Nov. 1, 2016 text): "In each of
    // the first three robberies, the offense level was 22 (20 plus a 2-level increase because a financial institution
    // was robbed) (§2B3.1(b)). In the fourth robbery $21,000 was taken and a firearm was displayed; the offense level
    // was therefore 28. As the first three counts are 6 levels lower than the fourth, each of the first three
    // represents one-half unit … Altogether there are 2 1/2 Units, and the offense level for the most serious (28) is
    // therefore increased by 3 levels under the table. The combined offense level is 31." 28 = 20 + 2 + 5 (firearm
    // brandished or possessed) + 1 (loss more than $20,000, § 2B3.1(b)(7)(B)).
    const bank = (n: string, extra: object) => ({
      charge: n,
      offense: { guideline: '2B3.1' as const, financialInstitution: true, lossUsd: 5_000, ...extra },
    });
    const r = run(
      {
        charges: [
          bank('1', {}),
          bank('2', {}),
          bank('3', {}),
          bank('4', { weapon: 'firearmBrandishedOrPossessed', lossUsd: 21_000 }),
        ],
      },
      ['1', '2', '3', '4'].map((label) => ({ label, statute: '18 U.S.C. § 2113(a)', max: 20 })),
    );
    expect(r.groups.map((g) => [g.level, g.units3D1_4])).toEqual([
      [22, 0.5],
      [22, 0.5],
      [22, 0.5],
      [28, 1],
    ]);
    expect(r.combinedLevel).toBe(31);
  });
  it('§ 3D1.5, Illustration 2: 230 g + 150 g of cocaine and 75 g of heroin = 46 + 30 + 75 = 151 kg → 24; the bribe of a DEA agent, § 3C1.1 +2 → 26', () => {
    // The Manual (Concluding Commentary to Part D of Chapter Three, Illustration 2, as in the Nov. 1, 2016 text):
    // "The first count translates into 46 kilograms of marihuana; the second count translates into 30 kilograms of
    // marihuana; and the third count translates into 75 kilograms of marihuana. The total is 151 kilograms … the
    // combined offense level for the drug offenses is 24 … increased by 2 levels to 26 under §3C1.1"; the bribery
    // count joins the group under § 3D1.2(c) and its own level (20) is lower, so the combined level is 26. The drug
    // counts group under § 3D1.2(d) with the level of the aggregate, recorded here as one count.
    const r = run(
      {
        charges: [
          {
            charge: '1',
            offense: {
              guideline: '2D1.1',
              drugs: [
                { substance: 'cocaine', grams: 230 },
                { substance: 'cocaine', grams: 150 },
                { substance: 'heroin', grams: 75 },
              ],
            },
          },
        ],
        chapter3: { obstruction: true },
      },
      [{ label: '1', statute: '21 U.S.C. § 841(a)(1)', max: 20 }],
      { safetyValve: 'withheld' },
    );
    expect(r.steps.find((x) => x.citation === '§ 2D1.1(c)')?.text).toContain('= 151 kg');
    expect(r.steps.find((x) => x.citation === '§ 2D1.1(c)')?.levelAfter).toBe(24);
    expect(r.combinedLevel).toBe(26);
  });
  it('§ 3D1.2, comment. (n.4), example 4: two cocaine sales with 40 grams in all group; the level is the aggregate’s', () => {
    // 40 g of cocaine (four 10-gram sales, two of them charged) → less than 50 G → level 12; one group, no increase.
    const sale = (n: string) => ({
      charge: n,
      offense: { guideline: '2D1.1' as const, drugs: [{ substance: 'cocaine' as const, grams: 40 }] },
    });
    const r = run({ charges: [sale('1'), sale('2')] }, [
      { label: '1', statute: '21 U.S.C. § 841(b)(1)(C)', max: 20 },
      { label: '2', statute: '21 U.S.C. § 841(b)(1)(C)', max: 20 },
    ]);
    expect(r.groups).toHaveLength(1);
    expect(r.combinedLevel).toBe(12);
  });
});
