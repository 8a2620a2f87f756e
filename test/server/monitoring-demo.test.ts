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
  let token: string;

  beforeAll(async () => {
    const t = await testApp({ replayClock: true, replayStart: DEMO_WEEK.from });
    close = t.close;
    token = t.token;
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => close());

  // About 2,000 uploads through a child process, each authenticated and audited: slow on a loaded machine.
  it('creates the demo case and enrollment, posts every upload, and leaves the four alerts in their states', async () => {
    const r = await run('simulate', '--api', base, '--token', token);
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
  }, 120_000);

  it('run again against the same server, applies no officer step twice; officers act on real time', async () => {
    const r = await run('simulate', '--api', base, '--token', token);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /: 0 events accepted, 8934 duplicate, 0 alert changes; 0 officer steps \(6 already applied by an earlier run, not repeated\)$/m,
    );
    const res = await fetch(`${base}/api/v1/monitoring/alerts`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const { alerts } = (await res.json()) as {
      alerts: Array<{
        kind: string;
        history: Array<{ at: string; by: string; action: string; note?: string; clockAt?: string }>;
      }>;
    };
    const officer = alerts.flatMap((a) => a.history.filter((h) => !h.by.startsWith('system')));
    expect(officer).toHaveLength(6);
    const notes = officer.map((h) => `${h.action} ${h.note}`);
    expect(new Set(notes).size).toBe(6);
    for (const h of officer) {
      // The officer acted now; the replay's clock (the recorded week of May 2026) is kept beside it.
      expect(Math.abs(Date.parse(h.at) - Date.now())).toBeLessThan(3_600_000);
      expect(h.clockAt?.slice(0, 8)).toBe('2026-05-');
    }
  }, 120_000);

  it('a bad --api address is a clear error', async () => {
    const r = await run('simulate', '--api', 'not a url');
    expect(r.code).toBe(2);
    expect(r.err).toBe('pretrial: --api: expected a server URL such as http://localhost:3000, got not a url');
  });
});

describe('pretrial serve --demo (what npm start runs): the week replayed against itself', () => {
  it('enrolls the demo defendant, replays the week on its own clock, and does not replay it again on restart', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { startServer } = await import('../helpers/server-process.ts');
    const dir = mkdtempSync(join(tmpdir(), 'pretrial-demo-'));
    const db = join(dir, 'demo.db');
    try {
      let server = await startServer(db, ['--demo', '--replay-seconds', '3']);
      const alerts = async () =>
        (
          (await (await server.fetch('/api/v1/monitoring/alerts?personId=hale-2')).json()) as {
            alerts: { kind: string; state: string; detectedAt: string }[];
          }
        ).alerts;
      // Wait for the replay's last line (it is paced over 3 s, then as fast as the server answers).
      for (let i = 0; i < 600 && !server.output().includes('Monitoring demo: week replayed'); i++)
        await new Promise((r) => setTimeout(r, 100));
      expect(server.output()).toContain(
        'Monitoring demo: week replayed (8933 events, 1 duplicate, 6 officer steps).',
      );
      const week = await alerts();
      expect(week.map((a) => [a.kind, a.state]).sort()).toEqual([
        ['batteryLow', 'cleared'],
        ['exclusionZone', 'cleared'],
        ['lateReturn', 'resolved'],
        ['strapTamper', 'resolved'],
      ]);
      // Detected inside the week (the replay's clock), not today.
      expect(week.every((a) => a.detectedAt < '2026-05-11')).toBe(true);
      await server.stop();
      server = await startServer(db, ['--demo', '--replay-seconds', '3']);
      for (let i = 0; i < 100 && !server.output().includes('Monitoring demo:'); i++)
        await new Promise((r) => setTimeout(r, 50));
      expect(server.output()).toContain('the week of device events is already in the store');
      expect((await alerts()).length).toBe(4);
      await server.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
