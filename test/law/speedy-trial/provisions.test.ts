import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AO_CODES as CLASSIFIER_AO_CODES, T_FACTOR } from '../../../src/dockets/classify/ao-codes.ts';
import { AO_CODES, EXCLUSION_RULES, LIMITS } from '../../../src/law/speedy-trial/index.ts';
import {
  ADVISEMENT_CAP_DAYS,
  AO_CODE_ROWS,
  docketCiteTable,
  EXCLUSION_PROVISIONS,
  NARA_REPEALED_AFTER,
  RENUMBERING,
  retrial,
  TIME_LIMIT_PROVISIONS,
  TRANSPORTATION_CAP_DAYS,
  trial,
} from '../../../src/law/speedy-trial/provisions/index.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PROVISIONS_DIR = join(ROOT, 'src/law/speedy-trial/provisions');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the provision registry (src/law/speedy-trial/provisions)', () => {
  it('gives every § 3161(h) period its citation, the statute’s words and its AO code where one exists', () => {
    for (const p of EXCLUSION_PROVISIONS) {
      expect(p.citation).toMatch(/^18 U\.S\.C\. § 3161\(h\)\(\d\)/);
      expect(p.text.length).toBeGreaterThan(30);
      expect(p.label).not.toBe('');
    }
    // The AO list has no letter for foreign evidence ((h)(8)) or NARA deferral (former (h)(1)(C)).
    expect(EXCLUSION_PROVISIONS.filter((p) => p.aoCodes.length === 0).map((p) => p.kind)).toEqual([
      'foreignEvidence',
      'naraDeferral',
    ]);
    expect(EXCLUSION_PROVISIONS.map((p) => `${p.kind}:${p.aoCodes.map((c) => c.code).join('/')}`)).toEqual([
      'competencyExam:A',
      'otherTrial:C',
      'interlocutoryAppeal:D',
      'pretrialMotion:E',
      'transferRemoval:F',
      'transportation:J',
      'pleaAgreementConsideration:I',
      'underAdvisement:G',
      'otherProceeding:H',
      'deferredProsecution:K',
      'absenceUnavailability:M',
      'incompetence:N',
      'governmentDismissalGap:P',
      'codefendant:R',
      'endsOfJustice:T/T1/T2/T3/T4',
      'foreignEvidence:',
      'naraExam:B',
      'naraDeferral:',
      'naraTreatment:O',
    ]);
    expect(TIME_LIMIT_PROVISIONS.map((p) => [p.citation, p.days])).toEqual([
      ['18 U.S.C. § 3161(b)', 30],
      ['18 U.S.C. § 3161(b) (second sentence)', 60],
      ['18 U.S.C. § 3161(c)(1)', 70],
      ['18 U.S.C. § 3161(c)(2)', 30],
      ['18 U.S.C. § 3161(d)(2)', 70],
      ['18 U.S.C. § 3161(e)', 70],
      ['18 U.S.C. § 3161(i)', 70],
      ['18 U.S.C. § 3161(k)', 21],
      ['18 U.S.C. § 3164(b)', 90],
      ['18 U.S.C. § 3174(b)', 180],
    ]);
  });

  it('holds one module per provision, named by its citation, each imported by the registry', () => {
    const index = readFileSync(join(PROVISIONS_DIR, 'index.ts'), 'utf8');
    const modules = readdirSync(PROVISIONS_DIR).filter((f) => f !== 'index.ts' && f !== 'provision.ts');
    for (const m of modules) expect(index, m).toContain(`from './${m}'`);
    for (const p of EXCLUSION_PROVISIONS) {
      // "(h)(1)(H)" → 3161-h-1-H.ts; (h)(3)(A) and (h)(7)(A) live in the paragraph's module (3161-h-3.ts, 3161-h-7.ts).
      const cited = /3161((?:\(\w+\))+)/.exec(p.citation)![1]!.replace(/^(\(h\)\([37]\))\(A\)$/, '$1');
      const parts = cited.slice(1, -1).split(')(');
      const name = `${p.inForce.to ? 'former-' : ''}3161-${parts.join('-')}.ts`;
      expect(modules, p.kind).toContain(name);
      expect(readFileSync(join(PROVISIONS_DIR, name), 'utf8')).toContain(`kind: '${p.kind}'`);
    }
  });

  it('sets the caps once: 30 days under advisement ((h)(1)(H)), 10 days of transportation ((h)(1)(F))', () => {
    const param = (kind: string, name: string) =>
      EXCLUSION_PROVISIONS.find((p) => p.kind === kind)!.parameters.find((x) => x.name === name)!;
    expect(param('underAdvisement', 'capDays')).toMatchObject({ value: 30, unit: 'days' });
    expect(param('underAdvisement', 'capDays').words).toBe('not to exceed thirty days');
    expect(ADVISEMENT_CAP_DAYS).toBe(30);
    expect(param('transportation', 'capDays')).toMatchObject({ value: 10, unit: 'days' });
    expect(EXCLUSION_RULES.transportation.text).toContain(param('transportation', 'capDays').words);
    expect(TRANSPORTATION_CAP_DAYS).toBe(10);
    expect(param('foreignEvidence', 'capYears')).toMatchObject({
      value: 1,
      unit: 'years',
      from: '1984-10-12',
    });
    // The window functions read the constants, not literals.
    const motions = readFileSync(join(PROVISIONS_DIR, '3161-h-1-D.ts'), 'utf8');
    const advisement = readFileSync(join(PROVISIONS_DIR, '3161-h-1-H.ts'), 'utf8');
    const transport = readFileSync(join(PROVISIONS_DIR, '3161-h-1-F.ts'), 'utf8');
    expect(motions).not.toMatch(/ADVISEMENT_CAP_DAYS\s*=/);
    expect(motions).not.toMatch(/\b(?:filed|end) \+ 30\b/);
    expect(advisement).toContain('from + ADVISEMENT_CAP_DAYS - 1');
    expect(advisement).toContain('end + ADVISEMENT_CAP_DAYS');
    expect(transport).toContain('order + TRANSPORTATION_CAP_DAYS');
    expect(transport).not.toMatch(/order \+ 10\b/);
  });

  it('writes the 2008 renumbering date once and derives the NARA repeal and both citation tables from it', () => {
    expect(RENUMBERING.on).toBe('2008-10-13');
    expect(NARA_REPEALED_AFTER).toBe('2008-10-12');
    const current = docketCiteTable('current');
    const before = docketCiteTable('before2008');
    // Ends of justice: (h)(8) until 2008, (h)(7) after; a pretrial motion: (h)(1)(F) until 2008, (h)(1)(D) after.
    expect([current['7'], before['8'], before['7']]).toEqual([
      'endsOfJustice',
      'endsOfJustice',
      'codefendant',
    ]);
    expect([current['1D'], before['1F'], current['1F']]).toEqual([
      'pretrialMotion',
      'pretrialMotion',
      'transportation',
    ]);
    expect([current['1H'], before['1J'], before['1H']]).toEqual([
      'underAdvisement',
      'underAdvisement',
      'transportation',
    ]);
    expect(Object.keys(current)).toHaveLength(16);
    expect(Object.keys(before)).toHaveLength(19);
    expect(current['1B']).toBe('otherTrial');
    expect(before['1B']).toBe('naraExam');
    const dated = sourceFiles(join(ROOT, 'src'))
      .filter((f) => /2008-10-1[23]|RENUMBERED_ON/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(dated).toEqual(['src/law/speedy-trial/provisions/provision.ts']);
  });

  it('is what the engine and the classifier read', () => {
    for (const p of EXCLUSION_PROVISIONS) {
      expect(EXCLUSION_RULES[p.kind].citation).toBe(p.citation);
      expect(EXCLUSION_RULES[p.kind].aoCode).toBe(p.aoCodes[0]?.code ?? null);
    }
    expect(Object.keys(AO_CODES)).toEqual(AO_CODE_ROWS.map((c) => c.code));
    expect(LIMITS.trial).toBe(trial);
    expect(LIMITS.retrial).toBe(retrial);
    expect(LIMITS.detention.days).toBe(90);
    expect(Object.keys(CLASSIFIER_AO_CODES).join()).toBe('A,B,C,D,E,F,G,H,I,J,K,M,N,O,P,R,T,T1,T2,T3,T4');
    expect(CLASSIFIER_AO_CODES.G!.category).toBe('underAdvisement');
    expect(T_FACTOR).toEqual({ T1: 'i', T2: 'ii', T3: 'iii', T4: 'iv' });
  });

  it('is the only place an AO code table is written (no other source file maps letters to categories)', () => {
    const table = /\b[A-W]\d?\s*:\s*\{\s*(?:code|category|kind)\s*:|\bcode:\s*'[A-W]\d?'/;
    const offenders = sourceFiles(join(ROOT, 'src'))
      .filter((f) => !f.startsWith(PROVISIONS_DIR))
      .filter((f) => table.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(offenders).toEqual([]);
  });
});
