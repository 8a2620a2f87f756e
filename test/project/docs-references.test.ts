import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Code and its output cite documents of this repository only: `docs/X.md`, optionally with a numbered section
// (`docs/monitoring.md § 5.2`, `docs/dockets.md §§ 3.2, 9.2`) or a named one (`docs/speedy-trial.md, "Counting"`).
// Every cited file must exist and every cited section must be a heading of it.

const root = fileURLToPath(new URL('../..', import.meta.url));

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(entry.name)) out.push(path);
  }
  return out;
}

/** The headings of a markdown file, without the `#`s, emphasis or code marks. */
function headings(markdown: string): string[] {
  return markdown
    .split('\n')
    .filter((line) => /^#{1,6}\s/.test(line))
    .map((line) => line.replace(/^#+\s+/, '').replace(/[*`_]/g, ''));
}

interface Citation {
  doc: string;
  numbers: string[];
  name?: string;
}

/** Every `docs/X.md` citation in a text, with the numbered or named sections it cites. */
function citations(text: string): Citation[] {
  const out: Citation[] = [];
  const re =
    /docs\/([A-Za-z0-9_/-]+\.md)(?:\s*§§?\s*(\d+(?:\.\d+)*(?:\s*(?:,|–|-|and)\s*\d+(?:\.\d+)*)*)|,?\s*["“]([^"”]+)["”])?/g;
  for (const m of text.matchAll(re)) {
    const numbers = m[2] ? (m[2].match(/\d+(?:\.\d+)*/g) ?? []) : [];
    out.push({ doc: m[1] as string, numbers, ...(m[3] ? { name: m[3] } : {}) });
  }
  return out;
}

/** What is wrong with one citation, or null. */
function problem(c: Citation, read: (doc: string) => string | null): string | null {
  const text = read(c.doc);
  if (text === null) return `docs/${c.doc} does not exist`;
  const hs = headings(text);
  for (const n of c.numbers) {
    const escaped = n.replace(/\./g, '\\.');
    if (!hs.some((h) => new RegExp(`^${escaped}(?:\\.\\s|\\s)`).test(h)))
      return `docs/${c.doc} has no § ${n}`;
  }
  if (c.name !== undefined) {
    const name = c.name.replace(/[*`_]/g, '');
    if (!hs.some((h) => h.includes(name))) return `docs/${c.doc} has no section "${c.name}"`;
  }
  return null;
}

const readDoc = (doc: string): string | null => {
  const path = join(root, 'docs', doc);
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
};

const files = [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'web', 'src'))];

describe('references to documents', () => {
  it('finds citations and their sections (and reports a missing one)', () => {
    expect(
      citations('see docs/dockets.md §§ 3.2, 9.2: and docs/speedy-trial.md, "Counting", rule 4'),
    ).toEqual([
      { doc: 'dockets.md', numbers: ['3.2', '9.2'] },
      { doc: 'speedy-trial.md', numbers: [], name: 'Counting' },
    ]);
    const fake = (doc: string) =>
      doc === 'a.md' ? '# A\n\n## 2. Two\n\n### 2.1 Sub\n\n## Named part\n' : null;
    expect(problem({ doc: 'a.md', numbers: ['2', '2.1'], name: 'Named' }, fake)).toBeNull();
    expect(problem({ doc: 'a.md', numbers: ['2.2'] }, fake)).toBe('docs/a.md has no § 2.2');
    expect(problem({ doc: 'a.md', numbers: ['1'] }, fake)).toBe('docs/a.md has no § 1');
    expect(problem({ doc: 'a.md', numbers: [], name: 'Other' }, fake)).toBe(
      'docs/a.md has no section "Other"',
    );
    expect(problem({ doc: 'b.md', numbers: [] }, fake)).toBe('docs/b.md does not exist');
  });

  it('src, web/src, docs and the README cite no outside "spec"', () => {
    const docs = readdirSync(join(root, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => join(root, 'docs', f));
    const found = [...files, ...docs, join(root, 'README.md')]
      .filter((f) => /\bspec\s*(?:(?:\/\/|\*)\s*)?§/i.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f));
    expect(found).toEqual([]);
  });

  it('every docs/*.md cited in src and web/src exists, with the cited section', () => {
    const problems: string[] = [];
    let count = 0;
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      for (const c of citations(text)) {
        count++;
        const p = problem(c, readDoc);
        if (p) problems.push(`${relative(root, f)}: ${p}`);
      }
    }
    expect(problems).toEqual([]);
    expect(count).toBeGreaterThan(50);
  });
});
