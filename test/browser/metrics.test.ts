/**
 * The alert response metrics page in Chromium, signed in as a supervisor: the demo case with Renee Castell's
 * enrollment and the demo week replayed through the API (the demo officer acknowledges the late return and
 * the exclusion-zone entry, and resolves the late return and the strap tamper, giving causes). The page's
 * figures are checked against the stored alerts' own histories, and the CSV export against the API's.
 */
import type { AddressInfo } from 'node:net';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHaleCaseFile } from '../../src/demo/index.ts';
import type { Alert } from '../../src/monitoring/alerts.ts';
import { DEMO_WEEK } from '../../src/monitoring/simulator/demo-week.ts';
import { SESSION_COOKIE } from '../../src/server/auth/plugin.ts';
import { replayDemoWeek } from '../../src/server/monitoring/demo-replay.ts';
import { MonitoringService } from '../../src/server/monitoring/service.ts';
import { buildWeb, WEB_DIST, webBuildIsStale } from '../../src/server/web-build.ts';
import { CaseStore, caseIdFor } from '../../src/store/cases.ts';
import { openStore } from '../../src/store/db.ts';
import { MonitoringRepo } from '../../src/store/monitoring.ts';
import { buildTestApp, TESTER_ACTOR } from '../helpers/app.ts';
import { CHROMIUM, haveChromium, screenshot } from '../helpers/browser.ts';

/** Seconds as the page writes them (`45 s`, `12 min`, `3 h 05 min`, `2 d 4 h`). */
function duration(sec: number): string {
  const s = Math.round(sec);
  if (s < 60) return `${s} s`;
  const min = Math.floor(s / 60);
  if (min < 60) return `${min} min`;
  const h = Math.floor(min / 60);
  if (h < 24) return `${h} h ${String(min % 60).padStart(2, '0')} min`;
  return `${Math.floor(h / 24)} d ${h % 24} h`;
}

/** The nearest-rank percentile of ascending waits, as the page writes it (— when there are none). */
function nearestRank(sorted: number[], p: number): string {
  if (sorted.length === 0) return '—';
  return duration(sorted[Math.max(1, Math.ceil((p / 100) * sorted.length)) - 1] as number);
}

/** Seconds from an alert's detection to the first history entry of one of these actions, on the engine's clock. */
function wait(a: Alert, ...actions: string[]): number {
  const h = a.history.find((x) => actions.includes(x.action));
  if (!h) throw new Error(`alert ${a.kind} has no ${actions.join('/')} entry`);
  return (Date.parse(h.clockAt ?? h.at) - Date.parse(a.detectedAt)) / 1000;
}

const cells = (page: Page, testId: string) =>
  page
    .getByTestId(testId)
    .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent)));

describe.runIf(haveChromium)('the alert response metrics page in Chromium, as a supervisor', () => {
  let browser: Browser;
  let page: Page;
  let base: string;
  let alerts: Alert[];
  let close: () => Promise<void>;

  beforeAll(async () => {
    if (webBuildIsStale()) await buildWeb(() => {});
    const store = await openStore(':memory:');
    const cases = new CaseStore(store.db);
    await cases.createCase(buildHaleCaseFile(), { name: 'demo loader' });
    const monitoring = new MonitoringService(MonitoringRepo.of(store), cases, {
      tickEveryMs: 0,
      replayClock: true,
      replayStart: DEMO_WEEK.from,
    });
    await monitoring.start();
    const built = await buildTestApp({ store, cases, monitoring, webRoot: WEB_DIST });
    await built.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(built.app.server.address() as AddressInfo).port}`;
    const replay = await replayDemoWeek({ baseUrl: base, token: built.token, durationMs: 0 });
    if (replay.problems.length > 0) throw new Error(`demo replay: ${replay.problems.join('; ')}`);
    alerts = await monitoring.repo.allAlerts();
    // A supervisor (the demo's: the officers' supervisor), signed in.
    await built.accounts.create({
      username: 'supervisor',
      displayName: 'Demo Supervisor',
      roles: ['supervisor'],
    });
    // Castell is on an officer's caseload, and the supervisor supervises that officer: the figures cover her.
    await built.accounts.create({ username: 'officer', displayName: 'Demo Officer', roles: ['officer'] });
    await built.accounts.assign('officer', 'defendant', `${caseIdFor(buildHaleCaseFile())}#2`);
    await built.accounts.assign('supervisor', 'officer', 'officer');
    const supervisor = await built.accounts.mustFind('supervisor');
    const { secret } = await built.accounts.createSession(supervisor.id, true, '127.0.0.1');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    await context.addCookies([
      { name: SESSION_COOKIE, value: secret, url: base, httpOnly: true, sameSite: 'Strict' },
    ]);
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    close = async () => {
      await browser.close();
      await built.app.close();
      await monitoring.stop();
      await store.close();
    };
  }, 480_000);
  afterAll(async () => close?.());

  it('shows the demo week’s response times, alerts per person per day and causes, and exports them as CSV', async () => {
    await page.goto(`${base}/`);
    expect(await page.getByTestId('who-role').textContent()).toBe('Supervisor');
    await page.getByRole('link', { name: 'Metrics' }).click();
    await page.getByTestId('metrics-severity').waitFor();

    // The server's period on the replay clock: the 30 days before the end of the demo week.
    const late = alerts.find((a) => a.kind === 'lateReturn') as Alert;
    const straps = alerts.filter((a) => a.kind === 'strapTamper');
    const zone = alerts.find((a) => a.kind === 'exclusionZone') as Alert;
    expect(alerts.map((a) => a.kind).sort()).toEqual([
      'batteryLow',
      'exclusionZone',
      'lateReturn',
      'strapTamper',
    ]);
    expect(straps).toHaveLength(1);
    const strap = straps[0] as Alert;

    // Critical: the exclusion zone and the strap tamper; serious: the late return; warning: the low battery.
    // The waits of each group from the alerts' own histories, as nearest-rank percentiles.
    const row = (severity: string) => {
      const group = alerts.filter((a) => a.severity === severity);
      const acks = group.filter((a) => a.history.some((h) => h.action === 'acknowledged'));
      const closed = group.filter((a) =>
        a.history.some((h) => h.action === 'resolved' || h.action === 'dismissed'),
      );
      const ack = acks.map((a) => wait(a, 'acknowledged')).sort((x, y) => x - y);
      const close = closed.map((a) => wait(a, 'resolved', 'dismissed')).sort((x, y) => x - y);
      return [
        severity,
        String(group.length),
        String(acks.length),
        nearestRank(ack, 50),
        nearestRank(ack, 95),
        String(closed.length),
        nearestRank(close, 50),
        nearestRank(close, 95),
      ];
    };
    const severities = await cells(page, 'metrics-severity-row');
    expect(severities).toEqual([row('critical'), row('serious'), row('warning')]);
    expect(severities.map((r) => r.slice(0, 3))).toEqual([
      ['critical', '2', '2'],
      ['serious', '1', '1'],
      ['warning', '1', '0'],
    ]);
    // A group of one: its median and 95th percentile are the alert's own waits.
    expect(severities[1]?.[3]).toBe(duration(wait(late, 'acknowledged')));
    expect(wait(late, 'resolved')).toBeGreaterThan(wait(late, 'acknowledged'));
    expect(wait(strap, 'resolved')).toBeGreaterThan(0);
    expect(wait(zone, 'acknowledged')).toBeGreaterThan(0);
    // Renee Castell's enrollment names no officer: one caseload without one.
    const caseload = await cells(page, 'metrics-caseload-row');
    expect(caseload).toHaveLength(1);
    expect(caseload[0]?.slice(0, 3)).toEqual(['(no officer named)', '4', '3']);
    // The officer who acted is the account that replayed the demo officer's steps.
    expect((await cells(page, 'metrics-officer-row')).map((r) => r.slice(0, 3))).toEqual([
      [TESTER_ACTOR, '3', '3'],
    ]);
    // 4 alerts over the 30 days of the period.
    expect(await page.getByTestId('metrics-per-person-day').textContent()).toBe((4 / 30).toFixed(2));
    expect(await cells(page, 'metrics-people-row')).toEqual([
      ['Renee Castell (2)', 'none named', '4', '0.13'],
    ]);
    // Causes: the late return a participant violation, the strap tamper a device fault.
    expect(await cells(page, 'metrics-causes-caseload-row')).toEqual([
      ['(no officer named)', '2', '1', '1', '0', '0', '0', '0', '0'],
    ]);
    expect(await page.getByTestId('metrics-summary').textContent()).toMatch(
      /^Alerts detected from \w{3} \w+\.? \d{1,2}, 2026 \d\d:\d\d UTC to \w{3} \w+\.? \d{1,2}, 2026 \d\d:\d\d UTC \(30\.00 days\)/,
    );
    await screenshot(page, 'monitoring-metrics');

    // The export: the same figures as the API's CSV, for the period shown.
    const link = page.getByTestId('metrics-csv');
    const href = (await link.getAttribute('href')) as string;
    expect(href).toMatch(/^\/api\/v1\/monitoring\/metrics\?from=.*&to=.*&format=csv$/);
    const csv = await page.request.get(`${base}${href}`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
    const rows = (await csv.text()).split('\r\n');
    expect(rows[0]?.startsWith('table,key,label,alerts,acknowledged,')).toBe(true);
    expect(rows).toContain(
      `severity,serious,serious,1,1,${wait(late, 'acknowledged')},${wait(late, 'acknowledged')},1,${wait(late, 'resolved')},${wait(late, 'resolved')},,,,,,,,`,
    );
    const download = page.waitForEvent('download');
    await link.click();
    expect((await download).suggestedFilename()).toMatch(
      /^monitoring-triage-2026-\d\d-\d\d-2026-\d\d-\d\d\.csv$/,
    );
  }, 120_000);

  it('narrows the period to the demo week’s days, and refuses a period that ends before it begins', async () => {
    const period = page.getByTestId('metrics-period');
    await period.getByLabel('First day').fill('2026-05-04');
    await period.getByLabel('Last day').fill('2026-05-10');
    await period.getByRole('button', { name: 'Show' }).click();
    await expect
      .poll(() => page.getByTestId('metrics-summary').textContent())
      .toMatch(
        /^Alerts detected from Mon May 4, 2026 00:00 UTC to Mon May 11, 2026 00:00 UTC \(7\.00 days\)/,
      );
    expect(await cells(page, 'metrics-people-row')).toEqual([
      ['Renee Castell (2)', 'none named', '4', '0.57'],
    ]);
    expect(await page.getByTestId('metrics-csv').getAttribute('href')).toBe(
      '/api/v1/monitoring/metrics?from=2026-05-04T00%3A00%3A00.000Z&to=2026-05-11T00%3A00%3A00.000Z&format=csv',
    );
    await period.getByLabel('First day').fill('2026-05-12');
    await period.getByRole('button', { name: 'Show' }).click();
    expect(await period.getByRole('alert').textContent()).toBe(
      'The first day must be on or before the last day.',
    );
  }, 120_000);
});
