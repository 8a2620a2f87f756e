/**
 * One provision, one module (docs/speedy-trial.md, "Where each provision lives"): each Speedy Trial provision's
 * words, parameters, AO codes, docket citation forms and window functions live in its module under
 * `src/law/speedy-trial/provisions/`; the registry there is what the engine and the classifier read, and no
 * other file writes a table of its own. These checks read the source, so a copy or a cycle fails here first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AO_CODES as CLASSIFIER_AO_CODES, T_FACTOR } from '../../src/dockets/classify/ao-codes.ts';
import { AO_CODE_ROWS, EXCLUSION_PROVISIONS } from '../../src/law/speedy-trial/provisions/index.ts';
import { EXCLUSION_RULES } from '../../src/law/speedy-trial/rules.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ST = join(root, 'src/law/speedy-trial');
const PROVISIONS = join(ST, 'provisions');
const read = (path: string) => readFileSync(path, 'utf8');

/** The modules a file loads when it runs: its imports, less those that import types only. */
function runtimeImports(file: string): string[] {
  const out: string[] = [];
  for (const m of read(file).matchAll(/^import\s+(type\s+)?([\s\S]*?)\s+from\s+'([^']+)';/gm)) {
    if (m[1]) continue;
    const names = /^\{([\s\S]*)\}$/.exec(m[2]!.trim());
    if (names && names[1]!.split(',').every((n) => n.trim() === '' || n.trim().startsWith('type '))) continue;
    const spec = m[3]!;
    if (spec.startsWith('.')) out.push(resolve(dirname(file), spec));
  }
  return out;
}

/** Every source module a file loads, directly or through others. */
function closure(file: string): Set<string> {
  const seen = new Set<string>();
  const stack = [file];
  while (stack.length > 0) {
    const f = stack.pop()!;
    for (const dep of runtimeImports(f)) {
      if (seen.has(dep)) continue;
      seen.add(dep);
      stack.push(dep);
    }
  }
  return seen;
}

const moduleFiles = readdirSync(PROVISIONS)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => join(PROVISIONS, f));

describe('one provision, one module', () => {
  it('reads the type-only imports apart from the ones that load a module', () => {
    // window.ts takes its rules from the context: it names the type of the rules, and loads only helpers.
    const deps = runtimeImports(join(ST, 'window.ts')).map((f) => relative(ST, f));
    expect(deps).toEqual(['context.ts', 'days.ts']);
  });

  it('the provision modules load only the low-level helpers, never the engine or the registry (no import cycle)', () => {
    const allowed = new Set(
      [
        'context.ts',
        'days.ts',
        'window.ts',
        'window-terms.ts',
        'unknowns.ts',
        'court-days.ts',
        'flags.ts',
      ].map((f) => join(ST, f)),
    );
    const problems: string[] = [];
    for (const file of moduleFiles.filter((f) => !f.endsWith('index.ts'))) {
      for (const dep of closure(file)) {
        const inside = dep.startsWith(ST);
        const provision = dep.startsWith(PROVISIONS) && !dep.endsWith('index.ts');
        if (inside && !provision && !allowed.has(dep))
          problems.push(`${relative(root, file)} loads ${relative(root, dep)}`);
        if (dep === join(PROVISIONS, 'index.ts')) problems.push(`${relative(root, file)} loads the registry`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('each window function lives with its provision: the engine’s dispatch files build no window of a named provision', () => {
    const dispatch = readdirSync(join(ST, 'exclusions')).map((f) => join(ST, 'exclusions', f));
    expect(dispatch.map((f) => relative(ST, f)).sort()).toEqual([
      'exclusions/orders.ts',
      'exclusions/proceedings.ts',
    ]);
    for (const f of dispatch) {
      // A window of a named provision carries a literal kind; the dispatch files pass the order's own basis.
      expect(read(f), relative(root, f)).not.toMatch(/kind:\s*'[a-zA-Z]+'/);
    }
    const windowsOf = (file: string) =>
      [...read(join(PROVISIONS, file)).matchAll(/^export (?:function|const) (\w+Windows)\b/gm)].map(
        (m) => m[1],
      );
    expect(windowsOf('3161-h-1-D.ts')).toEqual(['motionWindows']);
    expect(windowsOf('3161-h-1-H.ts')).toEqual(['advisementWindows', 'advisementOrderWindows']);
    expect(windowsOf('3161-h-1-F.ts')).toEqual([
      'transportationWindows',
      'transportationEventWindows',
      'transportationOrderWindows',
    ]);
    expect(windowsOf('3161-h-7.ts')).toEqual(['endsOfJusticeOrderWindows', 'continuanceWindows']);
  });

  it('the classifier’s AO-code table is the registry’s, row for row', () => {
    const exclusions = AO_CODE_ROWS.filter((r) => r.kind !== 'trigger' && r.kind !== 'limit');
    expect(Object.keys(CLASSIFIER_AO_CODES)).toEqual(exclusions.map((r) => r.code));
    for (const r of exclusions)
      expect(CLASSIFIER_AO_CODES[r.code]).toEqual({
        category: r.kind,
        citation: r.citation,
        meaning: r.meaning,
      });
    expect(T_FACTOR).toEqual(
      Object.fromEntries(AO_CODE_ROWS.filter((r) => r.factor).map((r) => [r.code, r.factor])),
    );
    for (const p of EXCLUSION_PROVISIONS) expect(EXCLUSION_RULES[p.kind].label).toBe(p.label);
  });

  it('the docs’ table of § 3161(h) periods gives each current provision the registry’s citation, former citation and AO code', () => {
    const rows = read(join(root, 'docs/speedy-trial.md'))
      .split('\n')
      .filter((l) => l.startsWith('| '))
      .map((l) => l.split(' | ').map((c) => c.trim()))
      .filter((cols) => /^(?:§ 3161)?\(h\)/.test(cols[1] ?? ''));
    const current = EXCLUSION_PROVISIONS.filter((p) => p.inForce.to === null);
    expect(rows).toHaveLength(current.length);
    for (const p of current) {
      const cited = p.citation.slice(p.citation.indexOf('(h)'));
      const row = rows.find((cols) => /^(?:§ 3161)?(\(h\)[^ ]*)/.exec(cols[1]!)?.[1] === cited);
      expect(row, p.kind).toBeDefined();
      const former = / \((\(h\)[^ ]*)\)$/.exec(row![1]!)?.[1] ?? cited;
      expect(former, p.kind).toBe(p.formerCitations['1979-2008']);
      expect(/^[A-Z]\d?\b/.exec(row![2]!)?.[0] ?? null, p.kind).toBe(p.aoCodes[0]?.code ?? null);
    }
  });

  it('no file outside the registry writes a provision’s words, its caps or the renumbering date', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
      );
    const outside = sources(join(root, 'src')).filter((f) => !f.startsWith(PROVISIONS));
    const problems: string[] = [];
    for (const f of outside) {
      const text = read(f);
      for (const p of EXCLUSION_PROVISIONS) {
        // The statute's words are long; forty characters of them are enough to find a copy.
        if (text.includes(p.text.slice(0, 40)))
          problems.push(`${relative(root, f)} copies the words of ${p.kind}`);
      }
      if (/\b(?:ADVISEMENT|TRANSPORTATION)_CAP_DAYS\s*=/.test(text))
        problems.push(`${relative(root, f)} sets a cap`);
      if (/2008-10-1[23]/.test(text)) problems.push(`${relative(root, f)} writes the renumbering date`);
    }
    expect(problems).toEqual([]);
  });
});
