/**
 * Statutory exposure where it is easy to get wrong: each test cites the text or opinion it checks.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ChargeAttributes } from '../../../src/case/index.ts';
import { DISTRICTS } from '../../../src/law/calendar/districts.ts';
import {
  ASSESSMENTS_3014,
  type Charge,
  circuitOf,
  countExposure,
  inForceOn,
  SUPERVISED_RELEASE_K,
  scenario,
  section3014Reach,
} from '../../../src/law/penalties/index.ts';

const asOf = '2026-09-20';
const charge = (
  label: string,
  citation: string,
  attributes: Partial<ChargeAttributes> = {},
  date = '2026-04-17',
): Charge => ({
  label,
  countId: `c-${label}`,
  statute: { citation, subsections: [] },
  attributes: { penaltyFacts: [], ...attributes },
  instrumentDate: date,
});
const statute = (name: string) =>
  readFileSync(new URL(`../../fixtures/statutes/${name}.txt`, import.meta.url), 'utf8').replace(/\s+/g, ' ');

describe('1. probation: § 3561(a)(1) for Class A and B felonies, and the statutes’ own bars', () => {
  // 18 U.S.C. § 3561(a): probation "unless— (1) the offense is a Class A or Class B felony and the defendant is
  // an individual; (2) the offense is an offense for which probation has been expressly precluded".
  it('quotes § 3561(a)(1) from the committed text', () => {
    expect(statute('18-3561')).toContain(
      'the offense is a Class A or Class B felony and the defendant is an individual',
    );
  });

  it('§ 1591(b)(1) (life, Class A) and § 1343 affecting a financial institution (30 years, Class B) bar it; plain § 1343 (20, Class C) does not', () => {
    expect(countExposure(charge('1', '18 U.S.C. § 1591(a), (b)(1)'), { asOf }).probationBarred).toBe(
      '18 U.S.C. § 3561(a)(1)',
    );
    const bank = countExposure(charge('2', '18 U.S.C. § 1343', { penaltyFacts: ['financialInstitution'] }), {
      asOf,
    });
    expect([bank.offenseClass?.class, bank.probationBarred]).toEqual(['B', '18 U.S.C. § 3561(a)(1)']);
    const plain = countExposure(charge('3', '18 U.S.C. § 1343'), { asOf });
    expect([plain.offenseClass?.class, plain.probationBarred]).toEqual(['C', undefined]);
    expect(plain.trace.find((t) => t.rule === 'probation')?.text).toContain('§ 3561(a)(3)');
  });

  it('§ 841(b)(1)(A) and (B) bar it in their own text ("shall not place on probation"), beside § 3561(a)(1)', () => {
    // (B): 5–40 years → Class B (§ 3559(a)(2): twenty-five years or more).
    const b = countExposure(charge('1', '21 U.S.C. § 841(a)(1), (b)(1)(B)'), { asOf });
    expect([b.offenseClass?.class, b.probationBarred]).toEqual([
      'B',
      '18 U.S.C. § 3561(a)(1); 21 U.S.C. § 841(b)(1)(B)',
    ]);
    const a = countExposure(charge('2', '21 U.S.C. §§ 846 and 841(b)(1)(A)'), { asOf });
    expect(a.probationBarred).toBe('18 U.S.C. § 3561(a)(1); 21 U.S.C. § 841(b)(1)(A)');
    // (C): 0–20 is Class C and its text bars probation only where death or serious bodily injury results.
    expect(countExposure(charge('3', '21 U.S.C. § 841(b)(1)(C)'), { asOf }).probationBarred).toBeUndefined();
    expect(
      countExposure(
        charge('4', '21 U.S.C. § 841(b)(1)(C)', { penaltyFacts: ['deathOrSeriousBodilyInjury'] }),
        {
          asOf,
        },
      ).probationBarred,
    ).toBe('18 U.S.C. § 3561(a)(1); 21 U.S.C. § 841(b)(1)(C)');
  });

  it('§ 924(e) bars it in its own text ("shall not … grant a probationary sentence"); § 922(g) alone (15 years, Class C) does not', () => {
    const acca = countExposure(charge('1', '18 U.S.C. §§ 922(g)(1), 924(e)'), { asOf });
    expect(acca.probationBarred).toBe('18 U.S.C. § 3561(a)(1); 18 U.S.C. § 924(e)(1)');
    expect(countExposure(charge('2', '18 U.S.C. § 922(g)(1)'), { asOf }).probationBarred).toBeUndefined();
  });

  it('§ 1028A (2 years, Class E) is barred by § 1028A(b)(1) alone; the totals list every barred count', () => {
    const s = scenario(
      'x',
      'x',
      [
        charge('1', '18 U.S.C. § 1343'),
        charge('2', '18 U.S.C. § 1028A'),
        charge('3', '18 U.S.C. § 1591(a), (b)(2)'),
      ],
      { asOf },
    );
    expect(s.counts.map((c) => c.probationBarred)).toEqual([
      undefined,
      '18 U.S.C. § 1028A(b)(1)',
      '18 U.S.C. § 3561(a)(1)',
    ]);
    expect(s.totals.probationBarred).toEqual(['2', '3']);
  });
});

describe('2. § 3014: per offender or per count by the court’s circuit, and whether it is in force', () => {
  const two = [charge('1', '18 U.S.C. § 1589'), charge('2', '18 U.S.C. § 1590')];
  const totals = (court: string | undefined, extra: object = {}) =>
    scenario('x', 'x', two, {
      asOf,
      sentencingDate: '2025-06-02',
      indigent: false,
      ...(court ? { court } : {}),
      ...extra,
    }).totals.assessments;

  it('maps every one of the 94 districts to its circuit (28 U.S.C. § 41)', () => {
    const missing = [...DISTRICTS.keys()].filter((d) => circuitOf(d) === null);
    expect(missing).toEqual([]);
    expect(DISTRICTS.size).toBe(94);
    expect(['nyed', 'paed', 'cand', 'txsd', 'dcd', 'prd', 'vid', 'gud'].map(circuitOf)).toEqual([
      '2d',
      '3d',
      '9th',
      '5th',
      'D.C.',
      '1st',
      '3d',
      '9th',
    ]);
  });

  it('E.D.N.Y. (2d Cir.): once per offender, $5,000 — United States v. Haverkamp, 958 F.3d 145 (2d Cir. 2020)', () => {
    expect(totals('nyed')).toMatchObject({
      section3014Usd: 5_000,
      section3014Rule: { unit: 'perOffender', source: 'circuit', circuit: '2d', perCountUsd: 10_000 },
    });
  });

  it('E.D. Pa. (3d Cir.): per count, 2 × $5,000 — United States v. Johnman, 948 F.3d 612 (3d Cir. 2020); N.D. Cal. (9th Cir.): per count — Randall, 34 F.4th 867', () => {
    expect(totals('paed')).toMatchObject({
      section3014Usd: 10_000,
      section3014Rule: {
        unit: 'perCount',
        authority: 'United States v. Johnman, 948 F.3d 612 (3d Cir. 2020)',
      },
    });
    expect(totals('cand').section3014Rule).toMatchObject({
      unit: 'perCount',
      authority: 'United States v. Randall, 34 F.4th 867 (9th Cir. 2022)',
    });
  });

  it('S.D. Tex. (5th Cir., no ruling recorded): unsettled, both figures shown; the total is the per-count one', () => {
    const a = totals('txsd');
    expect(a.section3014Rule).toMatchObject({
      unit: 'unsettled',
      source: 'noRuling',
      circuit: '5th',
      perCountUsd: 10_000,
      perOffenderUsd: 5_000,
    });
    expect(a.section3014Usd).toBe(10_000);
    expect(a.section3014Rule.text).toContain('unsettled');
    expect(a.text).toContain('once per offender: $5,000');
  });

  it('the option overrides the circuit and says so', () => {
    expect(totals('nyed', { section3014Unit: 'perCount' })).toMatchObject({
      section3014Usd: 10_000,
      section3014Rule: { unit: 'perCount', source: 'option', circuit: '2d' },
    });
  });

  it('in force on the sentencing date: Sept. 30, 2019 (original end date) and Sept. 30, 2025 yes; Oct. 1, 2025 unverified; May 28, 2015 no', () => {
    const on = (sentencingDate: string) =>
      scenario('x', 'x', two, { asOf, sentencingDate, indigent: false, court: 'paed' }).totals.assessments;
    expect(on('2019-09-30').section3014Rule.inForce).toBe('yes');
    expect(on('2019-10-01').section3014Rule.inForce).toBe('yes');
    expect(on('2025-09-30').section3014Rule.inForce).toBe('yes');
    expect(on('2025-10-01')).toMatchObject({
      section3014Status: 'unverified',
      section3014Rule: { inForce: 'unverified' },
    });
    // Pub. L. 114-22 was enacted May 29, 2015: a sentencing the day before assesses nothing.
    expect(on('2015-05-28')).toMatchObject({ section3014Usd: 0, section3014Rule: { inForce: 'no' } });
  });

  it('§ 3014(a)(5): 8 U.S.C. § 1324 (human smuggling) is listed with its family exception; title 21 is not', () => {
    // § 3014(a) (Pub. L. 114-22, § 101(a)): "(5) section 274 of the Immigration and Nationality Act (8 U.S.C. 1324)
    // (relating to human smuggling), unless the person induced, assisted, abetted, or aided only an individual who at
    // the time of such action was the alien's spouse, parent, son, or daughter (and no other individual) to enter the
    // United States in violation of law."
    const inForce = inForceOn(ASSESSMENTS_3014, '2025-06-02');
    const smuggling = section3014Reach({ title: 8, section: '1324', chapter: '12' }, inForce);
    expect(smuggling?.paragraph).toBe('18 U.S.C. § 3014(a)(5)');
    expect(smuggling?.unless).toContain('spouse, parent, son, or daughter');
    expect(section3014Reach({ title: 18, section: '2423', chapter: '117' }, inForce)?.text).toBe(
      'chapter 117',
    );
    expect(section3014Reach({ title: 21, section: '841', chapter: '13' }, inForce)).toBeUndefined();
    // Before the Justice for Victims of Trafficking Act (May 29, 2015) nothing is assessed.
    const before = inForceOn(ASSESSMENTS_3014, '2015-05-28');
    expect(section3014Reach({ title: 8, section: '1324', chapter: '12' }, before)).toBeUndefined();
  });
});

describe('3. § 841(b)(1): a prior conviction and death or serious bodily injury is mandatory life (the combined clause)', () => {
  // 21 U.S.C. § 841(b)(1)(A), (B), (C): "after a prior conviction … has become final, … and if death or serious
  // bodily injury results from the use of such substance shall be sentenced to life imprisonment".
  const both = { penaltyFacts: ['priorConviction', 'deathOrSeriousBodilyInjury'], offenseDate: '2020-01-01' };
  it.each([
    ['(A)', '21 U.S.C. § 841(a)(1), (b)(1)(A)'],
    ['(B)', '21 U.S.C. § 841(a)(1), (b)(1)(B)'],
    ['(C)', '21 U.S.C. § 841(a)(1), (b)(1)(C)'],
  ])('%s: mandatory life, not the higher of 20 and the prior-conviction floor', (_, citation) => {
    const c = countExposure(charge('1', citation, both), { asOf });
    expect(c.prison).toMatchObject({ min: 'life', max: 'life' });
    expect(c.entry?.variants).toContain('priorConvictionAndDeath');
    expect(scenario('x', 'x', [charge('1', citation, both)], { asOf }).totals.life.mandatory).toBe(true);
  });

  it('without the prior conviction, death or injury alone stays 20 years to life', () => {
    const c = countExposure(
      charge('1', '21 U.S.C. § 841(b)(1)(C)', { penaltyFacts: ['deathOrSeriousBodilyInjury'] }),
      { asOf },
    );
    expect(c.prison).toMatchObject({ min: 20, max: 'life' });
  });

  it('(A) with two priors and death: life as well (two priors include "a prior conviction")', () => {
    const c = countExposure(
      charge('1', '21 U.S.C. § 841(b)(1)(A)', {
        penaltyFacts: ['twoPriorConvictions', 'deathOrSeriousBodilyInjury'],
      }),
      { asOf },
    );
    expect(c.prison).toMatchObject({ min: 'life', max: 'life' });
  });
});

describe('4. the First Step Act reaches offenses not yet sentenced on Dec. 21, 2018 (§§ 401(c), 403(b); Hewitt v. United States, 606 U.S. ___ (2025))', () => {
  it('commits the applicability clauses word for word', () => {
    expect(statute('pub-l-115-391')).toContain(
      'shall apply to any offense that was committed before the date of enactment of this Act, if a sentence for the offense has not been imposed as of such date of enactment',
    );
  });

  const prior = (extra: Partial<ChargeAttributes> = {}) =>
    charge('1', '21 U.S.C. § 841(a)(1), (b)(1)(A)', {
      penaltyFacts: ['priorConviction'],
      offenseDate: '2018-06-01',
      ...extra,
    });

  it('§ 841(b)(1)(A), offense June 1, 2018, one prior: sentenced in 2019 → 15 years (the amended text); sentenced Nov. 2018 → 20', () => {
    const after = countExposure(prior(), { asOf, sentencingDate: '2019-03-01' });
    expect(after.prison).toMatchObject({ min: 15, max: 'life' });
    expect(after.entry?.version.from).toBe('2018-12-21');
    expect(after.entry?.version.pendingCases).toContain('Pub. L. 115-391, § 401(c)');
    expect(after.trace.find((t) => t.rule === 'pending case')?.text).toContain('Hewitt v. United States');
    const before = countExposure(prior(), { asOf, sentencingDate: '2018-11-01' });
    expect(before.prison).toMatchObject({ min: 20, max: 'life' });
    expect(before.entry?.version.from).toBe('2010-08-03');
  });

  it('§ 841(b)(1)(A) with two priors: mandatory life if sentenced before the Act, 25 years to life after', () => {
    const two = (sentencingDate: string) =>
      countExposure(
        charge('1', '21 U.S.C. § 841(b)(1)(A)', {
          penaltyFacts: ['twoPriorConvictions'],
          offenseDate: '2018-06-01',
        }),
        { asOf, sentencingDate },
      ).prison;
    expect(two('2018-12-20')).toMatchObject({ min: 'life', max: 'life' });
    expect(two('2019-01-15')).toMatchObject({ min: 25, max: 'life' });
  });

  it('a § 846 conspiracy to violate § 841(b)(1)(A) follows its object: 15 years when sentenced after the Act', () => {
    const c = countExposure(
      charge('1', '21 U.S.C. §§ 846 and 841(b)(1)(A)', {
        penaltyFacts: ['priorConviction'],
        offenseDate: '2017-03-01',
      }),
      { asOf, sentencingDate: '2020-02-03' },
    );
    expect(c.prison).toMatchObject({ min: 15, max: 'life' });
  });

  it('§ 924(c) second violation, offense 2018: the "has become final" version if sentenced (or resentenced after vacatur) after the Act', () => {
    const c = (sentencingDate: string) =>
      countExposure(
        charge('1', '18 U.S.C. § 924(c)(1)(A)(i)', {
          penaltyFacts: ['priorConviction'],
          offenseDate: '2018-06-01',
        }),
        { asOf, sentencingDate },
      );
    expect(c('2021-05-10').entry?.version).toMatchObject({ from: '2018-12-21' });
    expect(c('2021-05-10').entry?.version.pendingCases).toContain('§ 403(b)');
    expect(c('2018-10-01').entry?.version).toMatchObject({ from: '1998-11-13' });
  });

  it('a sentence imposed on the day of enactment is not settled: the offense-date version, with a note', () => {
    const c = countExposure(prior(), { asOf, sentencingDate: '2018-12-21' });
    expect(c.entry?.version.from).toBe('2010-08-03');
    expect(c.notes.join(' ')).toContain('the day of enactment');
  });

  it('an offense on or after Dec. 21, 2018 is under the amended text whatever the sentencing date', () => {
    const c = countExposure(prior({ offenseDate: '2019-01-02' }), { asOf });
    expect(c.prison).toMatchObject({ min: 15 });
    expect(c.entry?.version.pendingCases).toBeUndefined();
  });
});

describe('5. § 2251(e) death resulting: "punished by death or imprisoned for not less than 30 years or for life"', () => {
  it('shows 30 years to life and flags the capital consequence', () => {
    const s = scenario(
      'x',
      'x',
      [charge('1', '18 U.S.C. § 2251(a), (e)', { penaltyFacts: ['deathResults'] })],
      { asOf },
    );
    const c = s.counts[0];
    expect(c?.prison).toMatchObject({ min: 30, max: 'life' });
    expect(c?.capital?.citation).toBe('18 U.S.C. § 2251(e)');
    expect(c?.capital?.text).toContain(
      'shall be punished by death or imprisoned for not less than 30 years or for life',
    );
    expect(c?.capital?.text).toContain('§ 3005');
    expect(s.totals.capital).toEqual(['1']);
    expect(statute('18-2251')).toContain(
      'shall be punished by death or imprisoned for not less than 30 years or for life',
    );
  });

  it('without death resulting, no capital flag (15–30 years)', () => {
    const s = scenario('x', 'x', [charge('1', '18 U.S.C. § 2251(a), (e)')], { asOf });
    expect([s.counts[0]?.prison?.min, s.counts[0]?.prison?.max, s.counts[0]?.capital]).toEqual([
      15,
      30,
      undefined,
    ]);
    expect(s.totals.capital).toEqual([]);
  });
});

describe('6. § 1591 without its penalty subsection: life maximum either way', () => {
  it('stays ambiguous, but states both readings (15–life, 10–life) and what they share: life, chapter 77', () => {
    const c = countExposure(charge('1', '18 U.S.C. § 1591(a)'), { asOf });
    expect(c.status).toBe('ambiguous');
    expect(c.candidates.map((x) => [x.key, x.min, x.max])).toEqual([
      ['18:1591(b)(1)', 15, 'life'],
      ['18:1591(b)(2)', 10, 'life'],
    ]);
    expect(c.eitherWay).toMatchObject({ min: 10, max: 'life', chapter: '77' });
  });
});

describe('10. § 3583(k) lists §§ 1201 (minor), 1591, 1594(c), 2241–2245, 2250, 2251, 2251A, 2252, 2252A, 2260, 2421–2423, 2425 — not § 2424', () => {
  const listIn = (text: string) => {
    const m =
      /\(k\) Notwithstanding subsection \(b\).*?and for any offense under section ([^.]*?), is any term/.exec(
        text,
      );
    return (m?.[1] ?? '')
      .replace(/\bor\b/g, '')
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
  };

  it('the code’s list is the statute’s list, and § 2424 is in neither', () => {
    const k = inForceOn(SUPERVISED_RELEASE_K, asOf);
    const statuteList = listIn(statute('18-3583'));
    expect(statuteList).toHaveLength(17);
    expect([...(k?.sections ?? [])].sort()).toEqual([...statuteList].sort());
    expect(k?.minorVictimSections).toEqual(['1201']);
    expect(statuteList).not.toContain('2424');
  });

  it('docs/exposure.md names the same sections, not a range that takes in § 2424', () => {
    const doc = readFileSync(new URL('../../../docs/exposure.md', import.meta.url), 'utf8');
    expect(doc).not.toMatch(/2421[–-]2425/);
    expect(doc).toContain('2421, 2422, 2423, 2425');
  });

  it('a § 2424 count would get § 3583(b) by class, not (k) (it is not in the catalog: kept and flagged)', () => {
    expect(countExposure(charge('1', '18 U.S.C. § 2424'), { asOf }).status).toBe('unknown');
  });
});
