import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { parseDeviceEventBatch } from '../../src/monitoring/parse.ts';

async function run(...args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(['node', 'pretrial', ...args], {
    log: (l = '') => stdout.push(l),
    error: (l) => stderr.push(l),
  });
  return { code, out: stdout.join('\n'), err: stderr.join('\n') };
}

describe('pretrial simulate', () => {
  it('prints the four alerts of the demo week in Los Angeles time', async () => {
    const r = await run('simulate');
    expect(r.code).toBe(0);
    const rows = r.out.split('\n').filter((l) => /^ {2}(serious|warning|critical) /.test(l));
    expect(
      rows.map((l) =>
        l
          .trim()
          .split(/\s{2,}/)
          .slice(0, 4),
      ),
    ).toEqual([
      ['serious', 'lateReturn', 'Tue 05-05 13:00', '13:27'],
      ['warning', 'batteryLow', 'Thu 05-07 19:40', '20:05'],
      ['critical', 'strapTamper', 'Thu 05-07 23:48', '23:54'],
      ['critical', 'exclusionZone', 'Sat 05-09 11:56', '12:03'],
    ]);
  });

  it('writes the generated events as NDJSON that the ingest parser reads back whole', async () => {
    const r = await run('simulate', '--ndjson');
    const parsed = parseDeviceEventBatch(r.out);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems[0]));
    // 8,785 fixes (one sent twice), 144 heartbeats, 5 alarms.
    expect(parsed.events).toHaveLength(8_934);
  });

  it('prints JSON with the alerts, and refuses a bad seed (exit 2)', async () => {
    const r = await run('simulate', '--json');
    const doc = JSON.parse(r.out) as { events: number; alerts: { kind: string }[] };
    expect(doc.events).toBe(8_933);
    expect(doc.alerts.map((a) => a.kind)).toEqual([
      'lateReturn',
      'batteryLow',
      'strapTamper',
      'exclusionZone',
    ]);
    const bad = await run('simulate', '--seed', 'abc');
    expect(bad).toMatchObject({
      code: 2,
      err: 'pretrial: --seed: expected a whole number of at least 0, got abc',
    });
  });
});
