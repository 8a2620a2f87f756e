import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import * as pretrial from '../src/index.ts';

describe('the library entry point', () => {
  it('exports the case record, the calendar, the store and the server', () => {
    for (const name of [
      'parseCaseFile',
      'validateCaseFile',
      'CaseFileShape',
      'computeDeadline',
      'addBusinessDays',
      'findDistrict',
      'openStore',
      'CaseStore',
      'buildApp',
      'buildHaleCaseFile',
    ]) {
      expect(pretrial, name).toHaveProperty(name);
    }
  });

  it('exports the engines: Speedy Trial, importer, exposure, Guidelines, deadline catalog, monitoring', () => {
    expect(typeof pretrial.computeSpeedyTrial).toBe('function');
    expect(typeof pretrial.speedyTrial.computeSpeedyTrial).toBe('function');
    expect(Object.keys(pretrial.speedyTrial.EXCLUSION_RULES)).toContain('endsOfJustice');
    expect(typeof pretrial.importDocket).toBe('function');
    expect(typeof pretrial.dockets.classifyEntries).toBe('function');
    expect(typeof pretrial.caseExposure).toBe('function');
    expect(typeof pretrial.countExposure).toBe('function');
    expect(typeof pretrial.caseGuidelines).toBe('function');
    expect(typeof pretrial.guidelines.computeGuidelines).toBe('function');
    expect(pretrial.DEADLINE_RULES.map((r) => r.id)).toContain('preliminary-hearing');
    expect(typeof pretrial.computeDeadlines).toBe('function');
    expect(typeof pretrial.monitoring.compileRules).toBe('function');
    expect(typeof pretrial.monitoring.createEngine).toBe('function');
    expect(pretrial.monitoring.supervisionTimeZone([], 'cacd')).toBe('America/Los_Angeles');
  });

  it('computes a deadline from code as the CLI does', () => {
    expect(pretrial.computeDeadline({ trigger: '2026-11-12', days: 14, district: 'nyed' }).date).toBe(
      '2026-11-27',
    );
  });
});

describe('the README library example', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const block = /## Library\n[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  const dir = mkdtempSync(join(tmpdir(), 'pretrial-readme-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is at most ten lines of code and runs as written, printing the demo case’s figures', async () => {
    expect(block).toBeDefined();
    const code = (block as string).split('\n').filter((l) => l.trim() !== '');
    expect(code.length).toBeLessThanOrEqual(10);
    const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));
    const file = join(dir, 'example.ts');
    writeFileSync(file, (block as string).replace(`from 'pretrial'`, `from ${JSON.stringify(entry)}`));
    const printed: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      printed.push(args.map(String).join(' '));
    });
    try {
      await import(/* @vite-ignore */ file);
    } finally {
      spy.mockRestore();
    }
    // Trial clock of Hale (defendant 1): 13 days used, 57 left, last day Tue 2027-03-09 (the Speedy Trial tests
    // count it by hand); Castell's exposure under Superseding Indictment S1 (the exposure tests).
    expect(printed).toEqual([
      '13 57 2027-03-09',
      '2026-11-30 Pretrial motions Fed. R. Crim. P. 12(c)(1) (order of 2026-09-15)',
      '1s: 15–life; 2s: 0–life; 3s: 0–20; 4s: 0–20',
    ]);
  });
});
