import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { DEMO_WEEK } from '../../src/monitoring/simulator/demo-week.ts';
import { testApp } from '../helpers/app.ts';

async function run(...args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(['node', 'pretrial', ...args], {
    log: (l = '') => stdout.push(l),
    error: (l) => stderr.push(l),
  });
  return { code, out: stdout.join('\n'), err: stderr.join('\n') };
}

describe('pretrial simulate --api: the demo week through a running server, with the officer’s steps', () => {
  let close: () => Promise<void>;
  let base: string;

  beforeAll(async () => {
    const t = await testApp({ replayClock: true, replayStart: DEMO_WEEK.from });
    close = t.close;
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => close());

  it('creates the demo case and enrollment, posts every upload, and leaves the four alerts in their states', async () => {
    const r = await run('simulate', '--api', base);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Enrolled Renee Castell (2), device LM-CACD-0417.');
    expect(r.out).toMatch(
      /^\d+ deliveries posted to .*: 8933 events accepted, 1 duplicate, \d+ alert changes; 6 officer steps$/m,
    );
    const rows = r.out
      .split('\n')
      .filter((l) => /^ {2}(serious|warning|critical) /.test(l))
      .map((l) => l.trim().split(/\s{2,}/));
    expect(rows.sort()).toEqual(
      [
        ['critical', 'exclusionZone', 'Sat 05-09 11:56', '12:03', 'cleared'],
        ['critical', 'strapTamper', 'Thu 05-07 23:48', '23:54', 'resolved'],
        ['serious', 'lateReturn', 'Tue 05-05 13:00', '13:27', 'resolved'],
        ['warning', 'batteryLow', 'Thu 05-07 19:40', '20:05', 'cleared'],
      ].sort(),
    );
  });

  it('a bad --api address is a clear error', async () => {
    const r = await run('simulate', '--api', 'not a url');
    expect(r.code).toBe(2);
    expect(r.err).toBe('pretrial: --api: expected a server URL such as http://localhost:3000, got not a url');
  });
});
