import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { buildHaleCaseFile } from '../../src/demo/index.ts';

async function run(...args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(['node', 'pretrial', ...args], {
    log: (l = '') => stdout.push(l),
    error: (l) => stderr.push(l),
  });
  return { code, out: stdout.join('\n'), err: stderr.join('\n') };
}

const tmp = mkdtempSync(join(tmpdir(), 'pretrial-cli-'));

describe('pretrial validate', () => {
  it('prints OK and a summary for the demo case', async () => {
    const r = await run('validate', 'examples/hale.case.json');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('OK');
    expect(r.out).toContain('United States v. Hale et al. — E.D.N.Y. 1:26-cr-00117 (fictional)');
    expect(r.out).toContain('(2) Renee Castell — released; pending counts: 1s, 2s, 3s, 4s');
  });

  it('lists every error of a broken copy by JSON path and exits 1', async () => {
    const broken = structuredClone(buildHaleCaseFile()) as unknown as Record<string, any>;
    broken.events[0].defendants = [7];
    broken.events[3].date = '04/17/2026';
    delete broken.case.court;
    const path = join(tmp, 'broken.json');
    writeFileSync(path, JSON.stringify(broken));
    const r = await run('validate', path);
    expect(r.code).toBe(1);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe(`INVALID ${path}: 3 problems`);
    expect(lines.slice(1).map((l) => l.trim().replace(/\s{2,}/, ' | '))).toEqual([
      '$.case.court | required field missing (expected string)',
      '$.events[3].date | expected a real calendar date written YYYY-MM-DD',
      '$.events[0].defendants[0] | defendant 7 is not in defendants (known: 1, 2, 3, 4, 5, 6)',
    ]);
  });

  it('says clearly when the file is missing (exit 2)', async () => {
    const r = await run('validate', join(tmp, 'nope.json'));
    expect(r.code).toBe(2);
    expect(r.err).toBe(`pretrial: cannot read ${join(tmp, 'nope.json')}: no such file`);
  });
});

describe('pretrial days', () => {
  it('prints the Rule 45 last day with its trace', async () => {
    const r = await run('days', '2027-06-04', '14', '--district', 'nyed');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('Last day: Mon 2027-06-21');
    expect(r.out).toContain('Juneteenth National Independence Day (observed for 2027-06-19');
  });

  it('prints { date, trace } as JSON', async () => {
    const r = await run('days', '2027-07-12', '7', '--backward', '--district', 'nyed', '--json');
    const json = JSON.parse(r.out);
    expect(Object.keys(json).slice(0, 2)).toEqual(['date', 'trace']);
    expect(json.date).toBe('2027-07-02');
    expect(json.trace.map((t: { step: string }) => t.step)).toEqual([
      'rule',
      'option',
      'note',
      'trigger',
      'count',
      'lastDay',
      'roll',
      'result',
    ]);
  });

  it('rejects a bad date, a bad count and an unknown district with exit 2', async () => {
    expect(await run('days', '2027-02-30', '14')).toMatchObject({
      code: 2,
      err: 'pretrial: trigger: "2027-02-30" is not a real calendar date',
    });
    expect(await run('days', '2027-02-03', 'ten')).toMatchObject({
      code: 2,
      err: 'pretrial: <n> must be a whole number of days, got "ten"',
    });
    expect((await run('days', '2027-02-03', '10', '--district', 'zzd')).err).toContain(
      'unknown district "zzd"',
    );
  });
});

describe('pretrial demo', () => {
  it('summarises the demo case and the § 3142(f) limits from Castell’s first appearance', async () => {
    const r = await run('demo');
    expect(r.code).toBe(0);
    expect(r.out).toContain('defence continuance ≤ 5 business days: Fri 2026-04-24');
    expect(r.out).toContain('Government continuance ≤ 3 business days: Wed 2026-04-22');
  });
});

describe('pretrial import', () => {
  it('imports ned.html (D. Neb. 4:13-cr-03121), lists its 14 exclusions and writes -o', async () => {
    const path = join(tmp, 'ned.case.json');
    const r = await run('import', 'test/fixtures/pacer/dockets/district/ned.html', '-o', path);
    expect(r.code).toBe(0);
    expect(r.out).toContain('United States v. Benz — D. Neb. 4:13-cr-03121');
    expect(r.out).toContain('Speedy Trial exclusions: 14');
    expect(r.out).toContain('2015-03-25 → 2015-11-24');
    const v = await run('validate', path);
    expect(v.code).toBe(0);
  });
  it('refuses the billing confirmation page, exits 1 and writes nothing', async () => {
    const path = join(tmp, 'not-written.json');
    const r = await run('import', 'test/fixtures/pacer/dockets/not_dockets/casd_542797.html', '-o', path);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/billing confirmation page/);
    expect(() => readFileSync(path)).toThrow();
  });
  it('rejects an unknown --from with a usage error (exit 2)', async () => {
    const r = await run('import', 'test/fixtures/pacer/dockets/district/ned.html', '--from', 'westlaw');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--from must be one of pacer, pacer-history, courtlistener, recap/);
  });
});
