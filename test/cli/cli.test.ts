import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { buildHaleCaseFile } from '../../src/demo/index.ts';
import { havePacerData, pacerPath } from '../helpers/shared-data.ts';

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

  it('reports an invalid combination of release conditions as an error with its JSON path (exit 1)', async () => {
    const f = structuredClone(buildHaleCaseFile()) as unknown as Record<string, any>;
    const order = f.events.find((e: { id: string }) => e.id === 'ev-castell-release');
    order.conditions.push({
      kind: 'curfew',
      id: 'cf',
      start: '21:00',
      end: '21:00',
      timeZone: 'America/Los_Angeles',
    });
    const path = join(tmp, 'curfew.json');
    writeFileSync(path, JSON.stringify(f));
    const r = await run('validate', path);
    expect(r.code).toBe(1);
    expect(r.out.split('\n')[0]).toBe(`INVALID ${path}: 1 release-order error`);
    expect(r.out).toContain(
      `error $.events[${buildHaleCaseFile().events.findIndex((e) => e.id === 'ev-castell-release')}]  curfew "cf" has no hours: it starts and ends at 21:00 (a curfew needs a window) (18 U.S.C. § 3142(c)(1)(B)(vii); § 3142(h)(1))`,
    );
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
      'option', // stateCloseCalls
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
  it('summarizes the demo case and the § 3142(f) limits from Castell’s first appearance', async () => {
    const r = await run('demo');
    expect(r.code).toBe(0);
    expect(r.out).toContain('defense continuance ≤ 5 business days: Fri 2026-04-24');
    expect(r.out).toContain('Government continuance ≤ 3 business days: Wed 2026-04-22');
  });
});

describe('pretrial deadlines', () => {
  it('lists the demo case’s deadlines as of a date', async () => {
    const r = await run(
      'deadlines',
      'examples/hale.case.json',
      '--as-of',
      '2026-11-22',
      '--defendant',
      '2',
      '--upcoming',
    );
    expect(r.code).toBe(0);
    // Rows start with a date; a wrapped cell continues on the next lines.
    const rows = r.out.split('\n').filter((l) => /^\d{4}-\d{2}-\d{2}/.test(l));
    expect(
      rows.map((l) =>
        l
          .split(/\s{2,}/)
          .slice(0, 3)
          .join(' | '),
      ),
    ).toEqual([
      '2026-11-30 | in 8 d | (2) Renee Castell',
      '2026-11-30 | in 8 d | (2) Renee Castell',
      '2026-12-14 | in 22 d | (2) Renee Castell',
      '2026-12-14 | in 22 d | (2) Renee Castell',
    ]);
    expect(r.out).toContain('Pretrial motions');
    expect(r.out).toContain('Defense notices: insanity,');
  });

  it('--upcoming prints each deadline once with the defendants it concerns, within 120 columns', async () => {
    // The demo as of 2026-11-22: 4 deadlines still to come, each for all 6 defendants (24 before grouping).
    const r = await run('deadlines', 'examples/hale.case.json', '--as-of', '2026-11-22', '--upcoming');
    const rows = r.out.split('\n').filter((l) => /^\d{4}-\d{2}-\d{2}/.test(l));
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row).toContain('all 6 defendants');
    for (const l of r.out.split('\n')) expect(l.length, l).toBeLessThanOrEqual(120);
    // A plea offer is named by its date, not its internal id.
    expect(r.out).not.toContain('offer-castell');
  });

  it('writes an iCalendar file of the deadlines still to come; --all adds the met, moot and passed ones', async () => {
    const path = join(tmp, 'deadlines.ics');
    const r = await run('deadlines', 'examples/hale.case.json', '--as-of', '2026-11-22', '--ics', path);
    // 4 deadlines to come × 6 defendants = 24 events; the passed plea-offer dates and the moot preliminary
    // hearing are left out.
    expect(r.out).toBe(`Wrote 24 deadlines to ${path}`);
    const ics = readFileSync(path, 'utf8');
    expect(ics).toContain('DTSTART;VALUE=DATE:20261130');
    expect(ics).not.toContain('plea offer');
    expect(ics).not.toContain('Preliminary hearing');
    const all = join(tmp, 'all.ics');
    const rAll = await run(
      'deadlines',
      'examples/hale.case.json',
      '--as-of',
      '2026-11-22',
      '--ics',
      all,
      '--all',
    );
    expect(rAll.out).toMatch(/^Wrote \d+ deadlines to /);
    expect(Number(/^Wrote (\d+)/.exec(rAll.out)?.[1])).toBeGreaterThan(24);
    expect(readFileSync(all, 'utf8').replace(/\r\n /g, '')).toContain('Preliminary hearing');
  });

  it('rejects a bad --as-of and an unknown defendant', async () => {
    expect(await run('deadlines', 'examples/hale.case.json', '--as-of', '2026-02-30')).toMatchObject({
      code: 2,
      err: 'pretrial: --as-of must be a real date written YYYY-MM-DD, got "2026-02-30"',
    });
    expect((await run('deadlines', 'examples/hale.case.json', '--defendant', '9')).err).toContain(
      'no such defendant (known: 1, 2, 3, 4, 5, 6)',
    );
  });
});

describe('pretrial exposure', () => {
  it('shows Castell’s 15-year floor and life ceiling under S1, with the open offer beside it, each with its citation', async () => {
    const r = await run('exposure', 'examples/hale.case.json', '--defendant', '2', '--as-of', '2026-09-20');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n').map((l) => l.trim().replace(/\s{2,}/g, ' | '));
    expect(lines).toContain('Mandatory floor | 15 years (§ 1591(b)(1); § 3584(a)) | none');
    expect(lines).toContain(
      'Ceiling (all consecutive) | life (§ 1591(b)(1); § 1594(c); § 3584(a)) | 5 years (§ 371; § 3584(a))',
    );
    expect(lines).toContain('Supervised release | 5 years to life (§ 3583(k)) | up to 3 years (§ 3583(b))');
    expect(lines).toContain('Assessment § 3013 | $400 (§ 3013(a)) | $100 (§ 3013(a))');
    // The offer by its date and terms, never its internal id.
    expect(r.out).toContain('Offer of 2026-08-20 (open)');
    expect(r.out).toContain('Government written offer of 2026-08-20 (open, expires 2026-10-02)');
    expect(r.out).not.toContain('offer-castell');
  });

  it('fits a 120-column terminal; --wide prints every column, the charged citation among them', async () => {
    const r = await run('exposure', 'examples/hale.case.json', '--defendant', '2', '--as-of', '2026-09-20');
    for (const l of r.out.split('\n')) expect(l.length, l).toBeLessThanOrEqual(120);
    expect(r.out).not.toContain('Citation');
    const wide = await run(
      'exposure',
      'examples/hale.case.json',
      '--defendant',
      '2',
      '--as-of',
      '2026-09-20',
      '--wide',
    );
    expect(wide.out).toContain('Citation');
    expect(wide.out).toContain('18 U.S.C. § 1591(a), (b)(1)');
    expect(Math.max(...wide.out.split('\n').map((l) => l.length))).toBeGreaterThan(120);
  });

  it('counts § 3014 by the court’s circuit and says why (E.D.N.Y., 2d Cir.: once per offender, Haverkamp)', async () => {
    const r = await run(
      'exposure',
      'examples/hale.case.json',
      '--defendant',
      '2',
      '--as-of',
      '2026-09-20',
      '--wide',
    );
    const lines = r.out.split('\n').map((l) => l.trim().replace(/\s{2,}/g, ' | '));
    expect(lines.find((l) => l.startsWith('Assessment § 3014'))).toBe(
      'Assessment § 3014 | $5,000 (§ 3014(a); once per offender, 2d Cir.: United States v. Haverkamp; if not indigent; in force at sentencing unverified) | none (§ 3014(a))',
    );
    expect(r.out).toContain('United States v. Haverkamp, 958 F.3d 145 (2d Cir. 2020)');
    const perCount = await run(
      'exposure',
      'examples/hale.case.json',
      '--defendant',
      '2',
      '--as-of',
      '2026-09-20',
      '--section-3014',
      'per-count',
      '--wide',
    );
    expect(perCount.out).toContain('$15,000 (§ 3014(a); per count, by option;');
  });

  it('adds a plea scenario with --plea and prints JSON with --json', async () => {
    const r = await run(
      'exposure',
      'examples/hale.case.json',
      '--defendant',
      '2',
      '--plea',
      '2s',
      '--as-of',
      '2026-09-20',
      '--json',
    );
    const json = JSON.parse(r.out);
    expect(json.defendants[0].indictment.totals.floor.years).toBe(15);
    expect(json.defendants[0].scenarios[0]).toMatchObject({
      scenario: 'plea 2s',
      totals: { ceiling: { years: 'life' } },
    });
  });

  it('rejects a count that is not pending and a bad option, with exit 2', async () => {
    expect(await run('exposure', 'examples/hale.case.json', '--defendant', '2', '--plea', '3')).toMatchObject(
      {
        code: 2,
        err: 'pretrial: count "3" is not pending against defendant 2 (pending: 1s, 2s, 3s, 4s)',
      },
    );
    expect((await run('exposure', 'examples/hale.case.json', '--indigent', 'maybe')).err).toBe(
      'pretrial: --indigent must be yes, no or unknown, got "maybe"',
    );
  });
});

describe('pretrial import', () => {
  it.skipIf(!havePacerData)(
    'imports ned.html (D. Neb. 4:13-cr-03121), lists its 14 exclusions and writes -o',
    async () => {
      const path = join(tmp, 'ned.case.json');
      const r = await run('import', pacerPath('dockets/district/ned.html'), '-o', path);
      expect(r.code).toBe(0);
      expect(r.out).toContain('United States v. Benz — D. Neb. 4:13-cr-03121');
      expect(r.out).toContain('Speedy Trial exclusions: 14');
      expect(r.out).toContain('2015-03-25 → 2015-11-24');
      const v = await run('validate', path);
      expect(v.code).toBe(0);
    },
  );
  it.skipIf(!havePacerData)('refuses the billing confirmation page, exits 1 and writes nothing', async () => {
    const path = join(tmp, 'not-written.json');
    const r = await run('import', pacerPath('dockets/not_dockets/casd_542797.html'), '-o', path);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/billing confirmation page/);
    expect(() => readFileSync(path)).toThrow();
  });
  it('rejects an unknown --from with a usage error (exit 2)', async () => {
    const r = await run('import', 'examples/hale.case.json', '--from', 'westlaw');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--from must be one of pacer, pacer-history, courtlistener, recap/);
  });
});

describe('pretrial clock on the sample docket (examples/sample-docket.html)', () => {
  it('imports, then prints no empty Flags heading and readable Start lines', async () => {
    const out = join(tmp, 'sample.json');
    const imported = await run('import', 'examples/sample-docket.html', '-o', out);
    expect(imported.code).toBe(0);
    const r = await run('clock', out, '--no-ledger', '--as-of', '2026-12-07');
    expect(r.code).toBe(0);
    // No ledger, so no flag is used: the heading that would list them is left out.
    expect(r.out).not.toMatch(/^Flags:/m);
    const starts = r.out.split('\n').filter((l) => l.trimStart().startsWith('Start:'));
    expect(starts.length).toBe(2);
    for (const line of starts)
      expect(line).toMatch(/Start:\s+(Day 0 is \w{3} \d{4}-\d{2}-\d{2}: .+\.|Not started: .+)/);
  });
});
