/** The Guidelines through the CLI and the API, on the demo case (invented facts in src/demo/hale-sentencing.ts). */
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import { buildHaleCaseFile } from '../../../src/demo/index.ts';
import { testApp } from '../../helpers/app.ts';

const capture = () => {
  const lines: string[] = [];
  const errors: string[] = [];
  return { out: { log: (l = '') => lines.push(l), error: (l: string) => errors.push(l) }, lines, errors };
};

describe('pretrial guidelines', () => {
  it('prints Castell’s scenarios with the disputed role as a second reading', async () => {
    const c = capture();
    const code = await main(
      [
        'node',
        'pretrial',
        'guidelines',
        'examples/hale.case.json',
        '--defendant',
        '2',
        '--as-of',
        '2026-10-01',
        '--trail',
        'none',
      ],
      c.out,
    );
    expect(code).toBe(0);
    const text = c.lines.join('\n');
    // Plea offer (§ 371 conspiracy to violate § 1589): § 2H4.1 22 + 2 (held 200 days) + 3 (§ 3B1.1(b)) − 2 = 25,
    // CHC I → 57–71, capped by § 371's 5-year maximum at 60 (§ 5G1.1(c)(2)); the defense reading: 22 → 41–51.
    expect(text).toMatch(/offer-castell-2 \(open\)\s+recorded\s+2025\s+25\s+I\s+57–71 months\s+57–60 months/);
    expect(text).toMatch(/offer-castell-2 \(open\)\s+disputed:chapter3\.role\s+2025\s+22\s+I\s+41–51 months/);
  });
  it('--json gives the trail with citations; --manual 2024 computes under the 2024 Manual', async () => {
    const c = capture();
    await main(
      [
        'node',
        'pretrial',
        'guidelines',
        'examples/hale.case.json',
        '--defendant',
        '1',
        '--as-of',
        '2026-10-01',
        '--manual',
        '2024',
        '--json',
      ],
      c.out,
    );
    const r = JSON.parse(c.lines.join('\n'));
    const trial = r.defendants[0].scenarios[0].results[0];
    expect(trial.manual.edition).toBe(2024);
    // Hale at trial: § 2E1.1 takes the predicates (38, 38, 28 → 2 units → 40), grouped with counts 1s–3s → 40;
    // one 3-point prior → CHC II → 324–405.
    expect(trial.result.totalOffenseLevel).toBe(40);
    expect(trial.result.range).toEqual({ min: 324, max: 405 });
    expect(trial.result.steps.some((s: { citation: string }) => s.citation === '§ 2E1.1(a)(2)')).toBe(true);
  });
  it('rejects a bad --manual with one line', async () => {
    const c = capture();
    const code = await main(
      ['node', 'pretrial', 'guidelines', 'examples/hale.case.json', '--manual', '2019'],
      c.out,
    );
    expect(code).toBe(2);
    expect(c.errors[0]).toContain('--manual must be 2023, 2024 or 2025');
  });
});

describe('GET /api/v1/cases/:id/guidelines', () => {
  it('serves the demo defendant’s range and a plea scenario', async () => {
    const t = await testApp();
    try {
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/v1/cases',
        payload: buildHaleCaseFile(),
      });
      const id = created.json().id as string;
      const res = await t.app.inject({
        url: `/api/v1/cases/${id}/guidelines?defendant=1&asOf=2026-10-01&plea=3s`,
      });
      expect(res.statusCode).toBe(200);
      const scenario = res
        .json()
        .defendants[0].scenarios.find((s: { scenario: string }) => s.scenario === 'plea 3s');
      // Plea to 3s alone: § 2H4.1 22 + 2 = 24 (conspiracy completed, no § 2X1.1 reduction) + 4 (§ 3B1.1(a)) = 28;
      // § 3E1.1(a) −2 (no government motion recorded) = 26; CHC II → 70–87; § 1594(b) allows up to 20 years.
      expect(scenario.results[0].result.totalOffenseLevel).toBe(26);
      expect(scenario.results[0].result.range).toEqual({ min: 70, max: 87 });
      const bad = await t.app.inject({ url: `/api/v1/cases/${id}/guidelines?plea=3s` });
      expect(bad.statusCode).toBe(400);
    } finally {
      await t.close();
    }
  });
});
