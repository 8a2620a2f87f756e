import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// One spelling, American English, in everything a user reads: messages, pages, documents (and the code that
// makes them). Quoted docket text lives in test fixtures and is kept as filed.
const ROOT = new URL('../../', import.meta.url).pathname;
const BRITISH =
  /\b(defence|behaviour|colour|favour|honour|neighbour|centre|catalogue|judgement|whilst|amongst|enrolment|labelled(?!by)|labelling|modelled|modelling|cancelled|cancelling|travelled|travelling|(?:recogni|normali|organi|summari|characteri|seriali|authori|optimi|speciali|standardi|capitali|hospitali|initiali|finali|reali|minimi|maximi|prioriti|utili)s(?:e|es|ed|ing|ation|ations))\b/gi;

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const rel = join(dir, name);
    if (statSync(join(ROOT, rel)).isDirectory())
      return name === 'node_modules' || name === 'dist' ? [] : files(rel);
    return /\.(ts|tsx|md|css|html)$/.test(name) ? [rel] : [];
  });
}

describe('spelling', () => {
  it('is American English in src, web/src, docs and the README', () => {
    const found: string[] = [];
    for (const f of [...files('src'), ...files('web/src'), ...files('docs'), 'README.md']) {
      for (const m of readFileSync(join(ROOT, f), 'utf8').matchAll(BRITISH)) found.push(`${f}: ${m[0]}`);
    }
    expect(found).toEqual([]);
  });
});
