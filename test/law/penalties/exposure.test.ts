import { describe, expect, it } from 'vitest';
import type { ChargeAttributes } from '../../../src/case/index.ts';
import { buildHaleCaseFile } from '../../../src/demo/index.ts';
import {
  CaseExposure,
  type Charge,
  caseExposure,
  countExposure,
  ExposureInputError,
  matchCitation,
  parseCitation,
  pleaToCounts,
  scenario,
} from '../../../src/law/penalties/index.ts';

const asOf = '2026-09-20';
const charge = (
  label: string,
  citation: string,
  attributes?: Partial<ChargeAttributes>,
  date = '2026-04-17',
): Charge => ({
  label,
  countId: `c-${label}`,
  statute: { citation, subsections: [] },
  ...(attributes ? { attributes: { penaltyFacts: [], ...attributes } } : {}),
  instrumentDate: date,
});

describe('citations link counts to catalog entries (an unknown citation is kept and flagged)', () => {
  it.each([
    ['18 U.S.C. § 1591(a), (b)(1)', '18:1591(b)(1)'],
    ['18:1591(a)(1) and (b)(1) SEX TRAFFICKING OF CHILDREN OR BY FORCE, FRAUD, OR COERCION', '18:1591(b)(1)'],
    ['18:1962(d).F', '18:1962'],
    ['Title 18, United States Code, Sections 1962(d) and 1963', '18:1962'],
    ['21:846=CD.F', '21:846'],
    ['18 USC 1343', '18:1343'],
    ['18 U.S.C. § 2252A(a)(2)(A)', '18:2252A(b)(1)'],
    ['18 U.S.C. §§ 922(g)(1) and 924(a)(8)', '18:922(g)'],
  ])('reads "%s" as %s', (citation, key) => {
    const m = matchCitation(parseCitation(citation));
    expect(m.status === 'resolved' && m.entry.key).toBe(key);
  });

  it('reads a conspiracy and its object cited together (21 U.S.C. §§ 841(a)(1), 841(b)(1)(A) and 846)', () => {
    const m = matchCitation(parseCitation('21 U.S.C. §§ 841(a)(1), 841(b)(1)(A) and 846'));
    expect(m.status === 'resolved' && [m.entry.key, m.objectEntry?.key]).toEqual([
      '21:846',
      '21:841(b)(1)(A)',
    ]);
  });

  it('flags § 1591(a) without its penalty subsection as ambiguous, naming both candidates', () => {
    const c = countExposure(charge('1', '18 U.S.C. § 1591(a)'), { asOf });
    expect(c.status).toBe('ambiguous');
    expect(c.candidates.map((x) => x.key)).toEqual(['18:1591(b)(1)', '18:1591(b)(2)']);
    expect(c.prison).toBeUndefined();
  });

  it('keeps a section not in the catalog and leaves it out of the totals, saying so', () => {
    const charges = [charge('1', '18 U.S.C. § 1591(a), (b)(1)'), charge('2', '18 U.S.C. § 1111')];
    const s = scenario('test', 'test', charges, { asOf });
    expect(s.counts[1]).toMatchObject({
      status: 'unknown',
      problem: '18 U.S.C. § 1111 is not in the statute catalog',
    });
    expect(s.totals.complete).toBe(false);
    expect(s.totals.unresolved).toEqual([
      { label: '2', problem: '18 U.S.C. § 1111 is not in the statute catalog' },
    ]);
    expect(s.totals.floor.years).toBe(15);
  });

  it('does not guess the object of a conspiracy punished like its object (§ 1594(b))', () => {
    expect(countExposure(charge('3', '18 U.S.C. § 1594(b)'), { asOf })).toMatchObject({
      status: 'ambiguous',
      problem: expect.stringContaining('set attributes.object'),
    });
  });
});

describe('the demo case: Renee Castell under Superseding Indictment S1 (pretrial-rules spec § 4.3)', () => {
  const result = caseExposure(buildHaleCaseFile(), { asOf }, { defendant: 2 });
  const castell = result.defendants[0];

  it('validates against its zod schema (what the API serves)', () => {
    expect(CaseExposure.safeParse(result).success).toBe(true);
  });

  it('counts 1s–4s: 15–life, 0–life, 0–20 (object § 1589), 0–20 (RICO without a life predicate)', () => {
    expect(
      castell?.indictment.counts.map((c) => [c.label, c.prison?.min, c.prison?.max, c.offenseClass?.class]),
    ).toEqual([
      ['1s', 15, 'life', 'A'],
      ['2s', 0, 'life', 'A'],
      ['3s', 0, 20, 'C'],
      ['4s', 0, 20, 'C'],
    ]);
  });

  it('floor 15 years (§ 1591(b)(1)), ceiling life, supervised release 5 years to life (§ 3583(k))', () => {
    const t = castell?.indictment.totals;
    // floor = max(15, 0, 0, 0) + no consecutive terms = 15; ceiling = 15–life + life + 20 + 20 = life.
    expect(t?.floor).toMatchObject({
      years: 15,
      parts: [{ label: '1s', years: 15, citation: '18 U.S.C. § 1591(b)(1)' }],
    });
    expect(t?.ceiling.years).toBe('life');
    expect(t?.life).toEqual({ available: true, mandatory: false, counts: ['1s', '2s'] });
    // 1s and 2s: § 3583(k) 5–life; 3s and 4s Class C: § 3583(b)(2) up to 3 → aggregate 5 years to life.
    expect(t?.supervisedRelease).toMatchObject({
      min: 5,
      max: 'life',
      citation: '18 U.S.C. § 3583(k); 18 U.S.C. § 3624(e)',
    });
    expect(castell?.indictment.counts.map((c) => c.supervisedRelease?.max)).toEqual(['life', 'life', 3, 3]);
  });

  it('assessments: § 3013 4 × $100 = $400; § 3014 once per offender in the E.D.N.Y. (2d Cir., Haverkamp) = $5,000, not 3 × $5,000', () => {
    // United States v. Haverkamp, 958 F.3d 145 (2d Cir. 2020): § 3014 "on any non-indigent person … convicted"
    // is assessed per offender. 1s, 2s, 3s are chapter 77 (per count it would be $15,000); 4s is chapter 96.
    expect(castell?.indictment.totals.assessments).toMatchObject({
      section3013Usd: 400,
      section3014Usd: 5_000,
      totalUsd: 5_400,
      section3014Condition: 'unknownIndigency',
      section3014Rule: {
        unit: 'perOffender',
        source: 'circuit',
        circuit: '2d',
        authority: 'United States v. Haverkamp, 958 F.3d 145 (2d Cir. 2020)',
        perCountUsd: 15_000,
        perOffenderUsd: 5_000,
        // Sentencing date 2026-09-20 is after the last verified end date, Sept. 30, 2025.
        inForce: 'unverified',
      },
    });
  });

  it('fines: 4 × $250,000 (§ 3571(b)(3)) = $1,000,000, or twice gain/loss, or twice RICO proceeds (§ 1963(a))', () => {
    expect(castell?.indictment.totals.fines.maxUsd).toBe(1_000_000);
    expect(castell?.indictment.totals.fines.alternatives).toEqual([
      'twice the gross gain or twice the gross loss (18 U.S.C. § 3571(d))',
      'twice the gross profits or other proceeds (18 U.S.C. § 1963(a))',
    ]);
  });

  it('shows the open plea offer beside the indictment: § 371, 0–5 years (Class D), SR up to 3, $100, no § 3014', () => {
    // pretrial-rules spec § 5.2 example: "Offer: 0–5 years (Class D), SR up to 3 years, fine up to $250,000 or
    // twice gain/loss, assessment $100, no § 3014, no § 3583(k)."
    expect(castell?.scenarios.map((s) => s.scenario)).toEqual(['offer-castell-2 (open)']);
    const t = castell?.scenarios[0]?.totals;
    expect(t?.floor.years).toBe(0);
    expect(t?.ceiling.years).toBe(5);
    expect(castell?.scenarios[0]?.counts[0]?.offenseClass?.class).toBe('D');
    expect(t?.supervisedRelease).toMatchObject({ min: 0, max: 3 });
    expect(t?.fines.maxUsd).toBe(250_000);
    expect(t?.assessments).toMatchObject({
      section3013Usd: 100,
      section3014Usd: 0,
      section3014Status: 'notApplicable',
    });
  });

  it('the original indictment (counts 1–3) gives the spec’s figures: 15 years, life, $300 + $15,000', () => {
    const file = buildHaleCaseFile();
    const original = file.counts.filter((c) => c.defendant === 2 && c.instrument === 'ev-indictment');
    const charges = original.map((c) => ({
      label: c.number,
      countId: c.id,
      statute: c.statute,
      attributes: c.attributes,
      instrumentDate: '2026-04-17',
    }));
    const t = scenario('indictment', 'original', charges as Charge[], { asOf, indigent: false }).totals;
    expect([
      t.floor.years,
      t.ceiling.years,
      t.assessments.section3013Usd,
      t.assessments.section3014Usd,
    ]).toEqual([15, 'life', 300, 15_000]);
    expect(t.supervisedRelease).toMatchObject({ min: 5, max: 'life' });
  });

  it('a plea scenario "count 2s, the rest dismissed": no minimum, life, § 3583(k) still applies to § 1594(c)', () => {
    const r = caseExposure(
      buildHaleCaseFile(),
      { asOf },
      { defendant: 2, pleaCounts: ['2s'], offers: 'none' },
    );
    const t = r.defendants[0]?.scenarios[0]?.totals;
    expect(r.defendants[0]?.scenarios[0]?.description).toBe('Plead to count 2s; counts 1s, 3s, 4s dismissed');
    expect([t?.floor.years, t?.ceiling.years, t?.supervisedRelease?.min, t?.supervisedRelease?.max]).toEqual([
      0,
      'life',
      5,
      'life',
    ]);
  });

  it('rejects a plea to a count that is not pending, naming the pending ones', () => {
    expect(() => pleaToCounts(buildHaleCaseFile(), 2, ['3'])).toThrow(
      new ExposureInputError('count "3" is not pending against defendant 2 (pending: 1s, 2s, 3s, 4s)'),
    );
  });
});

describe('how counts combine (18 U.S.C. § 3584(a); § 924(c)(1)(D); § 1028A(b))', () => {
  it('a 20-year crime of violence plus § 924(c)(1)(A)(ii) brandishing: floor 0 + 7 = 7 years, consecutive; ceiling life', () => {
    const s = scenario(
      'x',
      'x',
      [charge('1', '18 U.S.C. § 1951'), charge('2', '18 U.S.C. § 924(c)(1)(A)(ii)')],
      { asOf },
    );
    // § 1951 is not in the catalog: kept, flagged; the § 924(c) count alone gives the floor.
    expect(s.counts[1]).toMatchObject({
      prison: { min: 7, max: 'life' },
      consecutive: { citation: '18 U.S.C. § 924(c)(1)(D)(ii)' },
    });
    expect(s.totals.floor.years).toBe(7);
    expect(s.totals.probationBarred).toEqual(['2']);
  });

  it('wire fraud (0–20) plus two § 1028A counts: floor 2 (they may run concurrently with each other), ceiling 20 + 2 + 2 = 24', () => {
    const s = scenario(
      'x',
      'x',
      [
        charge('1', '18 U.S.C. § 1343'),
        charge('2', '18 U.S.C. § 1028A(a)(1)'),
        charge('3', '18 U.S.C. § 1028A(a)(1)'),
      ],
      { asOf },
    );
    expect(s.totals.floor.years).toBe(2);
    expect(s.totals.ceiling.years).toBe(24);
    expect(s.counts[1]?.offenseClass?.class).toBe('E'); // a fixed 2-year term: Class E (§ 3559(a)(5))
  });

  it('two § 924(c) counts each add their minimum: 5 + 5 = 10 years on top of the predicate', () => {
    const s = scenario(
      'x',
      'x',
      [
        charge('1', '21 U.S.C. § 841(b)(1)(C)'),
        charge('2', '18 U.S.C. § 924(c)(1)(A)(i)'),
        charge('3', '18 U.S.C. § 924(c)(1)(A)(i)'),
      ],
      { asOf },
    );
    expect(s.totals.floor.years).toBe(10);
  });

  it('a § 924(c) violation after a prior § 924(c) conviction, with a machinegun, is mandatory life (§ 924(c)(1)(C)(ii))', () => {
    const s = scenario(
      'x',
      'x',
      [
        charge('1', '18 U.S.C. § 924(c)(1)(B)(ii)', {
          penaltyFacts: ['priorConviction', 'priorConvictionMachinegun'],
        }),
      ],
      { asOf },
    );
    expect(s.counts[0]?.prison).toMatchObject({ min: 'life', max: 'life' });
    expect(s.totals.floor.years).toBe('life');
    expect(s.totals.life).toMatchObject({ available: true, mandatory: true });
  });

  it('an attempt and its sole objective are not stacked: the larger maximum counts once', () => {
    const s = scenario(
      'x',
      'x',
      [
        charge('1', '18 U.S.C. § 1589'),
        charge('2', '18 U.S.C. § 1594(a)', { object: '18 U.S.C. § 1589', attemptOfCount: 'c-1' }),
      ],
      { asOf },
    );
    expect(s.counts[1]?.prison?.max).toBe(20);
    expect(s.totals.ceiling.years).toBe(20); // not 20 + 20
  });
});

describe('penalty facts, dates and the statute’s own terms', () => {
  it('§ 1962 is life-eligible only with a life predicate charged (§ 1963(a))', () => {
    expect(
      countExposure(charge('4', '18 U.S.C. § 1962(d)', { penaltyFacts: ['lifePredicate'] }), { asOf }),
    ).toMatchObject({
      prison: { min: 0, max: 'life' },
      offenseClass: { class: 'A' },
    });
  });

  it('§ 922(g): 10 years for an offense on June 24, 2022, 15 years from June 25 (Pub. L. 117-159)', () => {
    const before = countExposure(charge('1', '18 U.S.C. § 922(g)(1)', { offenseDate: '2022-06-24' }), {
      asOf,
    });
    const after = countExposure(charge('1', '18 U.S.C. § 922(g)(1)', { offenseDate: '2022-06-25' }), {
      asOf,
    });
    expect([before.prison?.max, before.offenseClass?.class, before.supervisedRelease?.max]).toEqual([
      10,
      'C',
      3,
    ]);
    expect([after.prison?.max, after.prison?.citation]).toEqual([15, '18 U.S.C. § 924(a)(8)']);
  });

  it('§ 846 conspiracy to § 841(b)(1)(A): 10–life, the statute’s own supervised release (at least 5), fine $10,000,000', () => {
    const c = countExposure(charge('1', '21 U.S.C. §§ 846 and 841(b)(1)(A)'), { asOf });
    expect(c.prison).toMatchObject({ min: 10, max: 'life' });
    expect(c.supervisedRelease).toMatchObject({ min: 5, max: 'life', rule: 'statute' });
    expect(c.fine?.maxUsd).toBe(10_000_000);
    expect(c.assessment3014?.applies).toBe(false); // title 21 is not among § 3014's chapters
  });

  it('an offense before the first version in the catalog is not covered, never read under a later law', () => {
    const c = countExposure(charge('1', '18 U.S.C. § 1591(a), (b)(2)', { offenseDate: '2005-01-01' }), {
      asOf,
    });
    expect(c).toMatchObject({ status: 'notCovered' });
  });

  it('§ 3014: $0 for an indigent defendant; once per defendant under the option perDefendant', () => {
    const charges = [charge('1', '18 U.S.C. § 1589'), charge('2', '18 U.S.C. § 1590')];
    expect(scenario('x', 'x', charges, { asOf, indigent: true }).totals.assessments.section3014Usd).toBe(0);
    expect(
      scenario('x', 'x', charges, { asOf, section3014Unit: 'perDefendant' }).totals.assessments
        .section3014Usd,
    ).toBe(5_000);
  });

  it('§ 3014 at a sentencing before its Sept. 30, 2025 sunset is in force; after it, unverified', () => {
    const c = charge('1', '18 U.S.C. § 1589');
    expect(countExposure(c, { asOf, sentencingDate: '2025-06-01' }).assessment3014?.status).toBe('inForce');
    expect(countExposure(c, { asOf, sentencingDate: '2026-06-01' }).assessment3014?.status).toBe(
      'unverified',
    );
  });

  it('§ 371 with a misdemeanor-only object is capped at that misdemeanor’s maximum — not with a felony object', () => {
    const felonyObject = countExposure(charge('1', '18 U.S.C. § 371', { object: '18 U.S.C. § 1343' }), {
      asOf,
    });
    expect(felonyObject.prison?.max).toBe(5);
    // An object outside the catalog does not unsettle the § 371 count: its own 5-year maximum stands, noted.
    const unknownObject = countExposure(charge('1', '18 U.S.C. § 371', { object: '18 U.S.C. § 641' }), {
      asOf,
    });
    expect(unknownObject).toMatchObject({ status: 'resolved', prison: { max: 5 } });
    expect(unknownObject.notes[0]).toContain('is not checked');
  });

  it('a known gain or loss raises the per-count fine under § 3571(d)', () => {
    const c = countExposure(charge('1', '18 U.S.C. § 1343'), { asOf, gainOrLossUsd: 400_000 });
    expect(c.fine?.maxUsd).toBe(800_000);
  });

  it('traces each rule with its citation', () => {
    const c = countExposure(charge('1s', '18 U.S.C. § 1591(a), (b)(1)'), { asOf });
    expect(c.trace.map((t) => t.rule)).toEqual([
      'offense date',
      'statute',
      'imprisonment',
      'class',
      'probation',
      'supervised release',
      'fine',
      'assessment § 3013',
      'assessment § 3014',
    ]);
    expect(c.trace[2]?.text).toBe(
      '18 U.S.C. § 1591(b)(1): "by a fine under this title and imprisonment for any term of years not less than 15 or for life" → 15 years to life.',
    );
  });
});
