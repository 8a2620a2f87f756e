import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  coverageProblems,
  type Dated,
  GENERAL_RECORDS,
  inForceOn,
  offenseClass,
  PENALTY_CATALOG,
  type PrisonTerm,
} from '../../../src/law/penalties/index.ts';

const FIXTURES = new URL('../../fixtures/statutes/', import.meta.url);
const fixtures = new Map(
  readdirSync(FIXTURES).map((f) => [f.replace(/\.txt$/, ''), readFileSync(new URL(f, FIXTURES), 'utf8')]),
);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const fixtureFor = (citation: string): string | undefined => {
  const m = /^(\d+) U\.S\.C\. §§? (\d+[A-Z]?)/.exec(citation);
  return m ? fixtures.get(`${m[1]}-${m[2]}`) : undefined;
};

const WORDS: Record<string, number> = { one: 1, two: 2, three: 3, five: 5, ten: 10, fifteen: 15, twenty: 20 };
const num = (w: string): number | 'life' => (w === 'life' ? 'life' : (WORDS[w] ?? Number(w)));

/** Read the prison terms a sentence of statute text states. */
function termsInText(text: string): {
  min?: number | 'life';
  max?: number | 'life';
  fixed?: number | 'life';
} {
  const fixed = /term of imprisonment of (\d+) years\.?$/.exec(text);
  if (fixed) return { fixed: Number(fixed[1]) };
  if (/sentenced to imprisonment for life\.?$/.test(text)) return { fixed: 'life' };
  // § 841(b)(1): "shall be sentenced to life imprisonment"; "a mandatory term of life imprisonment".
  if (/shall be sentenced to life imprisonment$|mandatory term of life imprisonment/.test(text))
    return { fixed: 'life' };
  const min = /(?:not|nor) (?:be )?less than (\w+)/.exec(text)?.[1];
  const max = /(?:not|nor) more than (\w+)/.exec(text)?.[1] ?? (/\blife\b/.test(text) ? 'life' : undefined);
  return { ...(min ? { min: num(min) } : {}), ...(max ? { max: num(max) } : {}) };
}

function expectTermsMatchText(where: string, prison: PrisonTerm, text: string) {
  const t = termsInText(text);
  if (t.fixed !== undefined) {
    expect(prison, where).toMatchObject({ min: t.fixed, max: t.fixed });
    return;
  }
  expect(prison.min, `${where}: minimum`).toBe(t.min ?? 0);
  if (prison.maxReadFrom) expect(t.max, `${where}: the text states no maximum`).toBeUndefined();
  else expect(prison.max, `${where}: maximum`).toBe(t.max);
}

describe('the statute catalog as dated, cited data (pretrial-rules spec §§ 4.7, 6)', () => {
  it('has the provisions the issue lists', () => {
    expect(PENALTY_CATALOG.map((e) => e.key)).toEqual(
      expect.arrayContaining([
        '18:1589',
        '18:1590',
        '18:1591(b)(1)',
        '18:1591(b)(2)',
        '18:1594(a)',
        '18:1594(b)',
        '18:1594(c)',
        '18:1962',
        '18:1349',
        '18:371',
        '18:1341',
        '18:1343',
        '18:1956(h)',
        '18:1028A',
        '18:924(c)',
        '18:922(g)',
        '21:841(b)(1)(A)',
        '21:841(b)(1)(B)',
        '21:841(b)(1)(C)',
        '21:846',
        '18:2251',
        '18:2252A(b)(1)',
        '18:2252A(b)(2)',
      ]),
    );
  });

  it('has no gap or overlap in any entry’s versions or in the general records', () => {
    const problems = [
      ...PENALTY_CATALOG.flatMap((e) => coverageProblems(e.key, e.versions)),
      ...GENERAL_RECORDS.flatMap((g) => coverageProblems(g.name, g.records)),
    ];
    expect(problems).toEqual([]);
  });

  it('sweeps every quarter from each entry’s first version to 2040 and finds exactly one version', () => {
    const sweep = (name: string, records: readonly Dated[]) => {
      const first = records.map((r) => r.from).sort()[0] ?? '2100-01-01';
      for (let y = Number(first.slice(0, 4)); y <= 2040; y++) {
        for (const md of ['01-01', '04-01', '07-01', '10-01']) {
          const day = `${y}-${md}`;
          if (day < first) continue;
          const found = records.filter((r) => r.from <= day && (r.to === null || day <= r.to));
          expect(found.length, `${name} on ${day}`).toBe(1);
        }
      }
    };
    for (const e of PENALTY_CATALOG) sweep(e.key, e.versions);
    for (const g of GENERAL_RECORDS) sweep(g.name, g.records);
  });

  it('the general records cover every offense date from Nov. 1, 1987 (the Sentencing Reform Act regime)', () => {
    for (const g of GENERAL_RECORDS) expect(inForceOn(g.records, '1987-11-01'), g.name).toBeDefined();
  });

  it('quotes each record word for word from the committed statute text', () => {
    const quoted: Array<{ where: string; citation: string; text: string }> = [];
    for (const e of PENALTY_CATALOG)
      for (const v of e.versions) {
        quoted.push({ where: `${e.key} from ${v.from}`, citation: v.citation, text: v.sourceText });
        for (const x of v.variants ?? [])
          quoted.push({ where: `${e.key} ${x.id}`, citation: x.citation, text: x.sourceText });
      }
    for (const g of GENERAL_RECORDS)
      for (const r of g.records)
        if (r.sourceText)
          quoted.push({ where: `${g.name} from ${r.from}`, citation: r.citation, text: r.sourceText });
    expect(quoted.length).toBeGreaterThan(60);
    for (const q of quoted) {
      const fixture = fixtureFor(q.citation);
      expect(fixture, `${q.where}: no fixture for ${q.citation}`).toBeDefined();
      expect(squash(fixture ?? ''), q.where).toContain(squash(q.text));
    }
  });

  it('states in each record the prison terms its quoted text states', () => {
    let checked = 0;
    for (const e of PENALTY_CATALOG)
      for (const v of e.versions) {
        if (v.prison) {
          expectTermsMatchText(`${e.key} from ${v.from}`, v.prison, v.sourceText);
          checked++;
        } else
          expect(v.sourceText, `${e.key}: an inchoate entry is punished like its object`).toMatch(
            /same (penalties|manner)/,
          );
        for (const x of v.variants ?? []) {
          expectTermsMatchText(`${e.key} ${x.id}`, x.prison, x.sourceText);
          checked++;
          if (x.fineUsd !== undefined && x.sourceText.includes('$'))
            expect(x.sourceText, `${e.key} ${x.id}: fine`).toContain(`$${x.fineUsd.toLocaleString('en-US')}`);
        }
      }
    expect(checked).toBeGreaterThan(45);
  });

  it('records the 2022 change of the § 922(g) penalty from § 924(a)(2) to § 924(a)(8) (Bipartisan Safer Communities Act)', () => {
    const e = PENALTY_CATALOG.find((x) => x.key === '18:922(g)');
    // Pub. L. 117-159 was signed June 25, 2022: an offense on June 24 carries 10 years, on June 25, 15.
    expect(inForceOn(e?.versions ?? [], '2022-06-24')).toMatchObject({
      citation: '18 U.S.C. § 924(a)(2)',
      prison: { max: 10 },
    });
    expect(inForceOn(e?.versions ?? [], '2022-06-25')).toMatchObject({
      citation: '18 U.S.C. § 924(a)(8)',
      prison: { max: 15 },
    });
  });

  it('classifies by the maximum term, 18 U.S.C. § 3559(a)', () => {
    // (1) life → A; (2) 25 or more → B; (3) 10 to under 25 → C; (4) 5 to under 10 → D; (5) over 1 to under 5 → E.
    expect(
      ['life', 30, 25, 24, 20, 10, 9, 5, 4, 2, 1].map((y) => offenseClass(y as number | 'life')),
    ).toEqual(['A', 'B', 'B', 'C', 'C', 'C', 'D', 'D', 'E', 'E', 'misdemeanorA']);
    // (6) one year or less but more than six months; (7) six months or less but more than thirty days;
    // (8) thirty days or less but more than five days; (9) five days or less.
    expect([0.75, 0.5, 30 / 365, 5 / 365].map((y) => offenseClass(y))).toEqual([
      'misdemeanorA',
      'misdemeanorB',
      'misdemeanorC',
      'infraction',
    ]);
  });
});
