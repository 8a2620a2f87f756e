import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Layers only look down. From the bottom: the case record (`src/case`); the pure law (`src/law`); what reads
// and writes the outside world's formats on top of them (`src/dockets`, `src/monitoring`, `src/export`); the
// store; the fictional demo case (it may use anything below the server); the server; the command line. The
// contract module (`src/contract.ts`) is what the web app (`web/src`) may take from `src`: the web app imports
// only it and its own files. `src/index.ts` is the typed library: it may export any layer.

const root = fileURLToPath(new URL('../..', import.meta.url));

const RANKS: Record<string, number> = {
  case: 0,
  law: 1,
  dockets: 2,
  monitoring: 2,
  export: 2,
  store: 3,
  demo: 4,
  server: 5,
  cli: 6,
  'contract.ts': 7,
  'index.ts': 7,
};

function files(dir: string, re: RegExp): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...files(path, re));
    else if (re.test(entry.name)) out.push(path);
  }
  return out;
}

/** The relative module specifiers a file imports or re-exports (static and dynamic). */
function imports(source: string): string[] {
  const out: string[] = [];
  const re = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;
  for (const m of source.matchAll(re)) out.push(m[1] as string);
  return out;
}

/** The layer of a file under src (its first folder, or the file name at the top). */
function layer(path: string): string | null {
  const rel = relative(join(root, 'src'), path);
  if (rel.startsWith('..')) return null;
  return rel.split(/[\\/]/)[0] as string;
}

/** Why an import from `from` of `to` crosses a layer upward, or null. */
function violation(from: string, to: string): string | null {
  const web = join(root, 'web', 'src');
  if (!relative(web, from).startsWith('..')) {
    if (!relative(web, to).startsWith('..')) return null;
    if (to === join(root, 'src', 'contract.ts')) return null;
    return 'the web app imports only the contract module (src/contract.ts) and its own files';
  }
  const a = layer(from);
  const b = layer(to);
  if (a === null || b === null || a === b) return null;
  const ra = RANKS[a];
  const rb = RANKS[b];
  if (ra === undefined) return `src/${a} has no place in the layer order`;
  if (rb === undefined) return `src/${b} has no place in the layer order`;
  return rb > ra || (rb === ra && a !== b) ? `src/${a} may not import src/${b}` : null;
}

describe('layers', () => {
  it('reports an upward import (and allows a downward one)', () => {
    const src = (p: string) => join(root, 'src', p);
    expect(violation(src('case/validate.ts'), src('law/calendar/districts.ts'))).toBe(
      'src/case may not import src/law',
    );
    expect(violation(src('monitoring/rules.ts'), src('dockets/build.ts'))).toBe(
      'src/monitoring may not import src/dockets',
    );
    expect(violation(src('monitoring/rules.ts'), src('demo/index.ts'))).toBe(
      'src/monitoring may not import src/demo',
    );
    expect(violation(src('law/calendar/districts.ts'), src('case/districts.ts'))).toBeNull();
    expect(violation(src('demo/hale.ts'), src('store/cases.ts'))).toBeNull();
    expect(violation(join(root, 'web/src/api.ts'), src('store/cases.ts'))).toMatch(/contract module/);
    expect(violation(join(root, 'web/src/api.ts'), src('contract.ts'))).toBeNull();
    expect(
      imports("import type { A } from '../a.ts';\nexport { b } from './b.ts';\nawait import('../c.ts');"),
    ).toEqual(['../a.ts', './b.ts', '../c.ts']);
  });

  it('no file of src or web/src imports a layer above its own', () => {
    const all = [...files(join(root, 'src'), /\.ts$/), ...files(join(root, 'web', 'src'), /\.tsx?$/)];
    const problems: string[] = [];
    for (const f of all) {
      for (const spec of imports(readFileSync(f, 'utf8'))) {
        const v = violation(f, resolve(dirname(f), spec));
        if (v) problems.push(`${relative(root, f)} imports ${spec}: ${v}`);
      }
    }
    expect(all.length).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });
});
