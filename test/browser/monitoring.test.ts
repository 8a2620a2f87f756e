/**
 * The officer's tools in Chromium: the demo case with Renee Castell's enrollment and the demo week replayed
 * through the API (each delivery at its own time on the server's replay clock, the demo officer's steps
 * through the lifecycle routes); then the alert queue, a new alert arriving live over server-sent events,
 * acknowledging and resolving with notes, the person page's map and the violation report. The machine has
 * no network: the map draws on its plain background.
 */
import type { AddressInfo } from 'node:net';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHaleCaseFile } from '../../src/demo/index.ts';
import { DEMO_DEVICE, DEMO_WEEK } from '../../src/monitoring/simulator/demo-week.ts';
import { SESSION_COOKIE } from '../../src/server/auth/plugin.ts';
import { replayDemoWeek } from '../../src/server/monitoring/demo-replay.ts';
import { MonitoringService } from '../../src/server/monitoring/service.ts';
import { buildWeb, WEB_DIST, webBuildIsStale } from '../../src/server/web-build.ts';
import { CaseStore } from '../../src/store/cases.ts';
import { openStore } from '../../src/store/db.ts';
import { MonitoringRepo } from '../../src/store/monitoring.ts';
import { buildTestApp, TESTER_ACTOR } from '../helpers/app.ts';
import { CHROMIUM, haveChromium, screenshot } from '../helpers/browser.ts';

interface Rig {
  base: string;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

let token = '';

async function post(base: string, path: string, body: unknown): Promise<Response> {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
  return res;
}

async function startMonitoringRig(): Promise<Rig> {
  if (webBuildIsStale()) await buildWeb(() => {});
  const store = await openStore(':memory:');
  const cases = new CaseStore(store.db);
  await cases.createCase(buildHaleCaseFile(), { name: 'demo loader' });
  const monitoring = new MonitoringService(new MonitoringRepo(store.db), cases, {
    tickEveryMs: 0,
    replayClock: true,
    replayStart: DEMO_WEEK.from,
  });
  await monitoring.start();
  const built = await buildTestApp({ store, cases, monitoring, webRoot: WEB_DIST });
  const app = built.app;
  token = built.token;
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  // Enroll Renee Castell, then the demo week as the vendor platform delivers it (one POST per upload, at its
  // own time on the replay clock) with the demo officer's steps through the lifecycle routes.
  const replay = await replayDemoWeek({ baseUrl: base, token });
  if (replay.problems.length > 0) throw new Error(`demo replay: ${replay.problems.join('; ')}`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addCookies([
    { name: SESSION_COOKIE, value: await built.session(), url: base, httpOnly: true, sameSite: 'Strict' },
  ]);
  const page = await context.newPage();
  // Fail at the step that waits, well inside the test's own time limit.
  page.setDefaultTimeout(10_000);
  return {
    base,
    browser,
    page,
    async close() {
      await browser.close();
      await app.close();
      await monitoring.stop();
      await store.close();
    },
  };
}

const rowTexts = (page: Page) =>
  page
    .getByTestId('alert-row')
    .evaluateAll((rows) =>
      rows.map((r) => [
        r.querySelector('[data-testid="alert-kind"]')?.textContent,
        r.querySelector('[data-testid="alert-when"]')?.textContent,
        r.getAttribute('data-state'),
      ]),
    );

describe.runIf(haveChromium)('the officer’s tools in Chromium (demo week replayed through the API)', () => {
  let rig: Rig;
  const tiles = process.env.PRETRIAL_MAP_TILE_URL;
  beforeAll(async () => {
    // No network on a test machine: no tile server; one test below points at tiles that fail.
    process.env.PRETRIAL_MAP_TILE_URL = 'none';
    rig = await startMonitoringRig();
  }, 240_000);
  afterAll(async () => {
    if (tiles === undefined) delete process.env.PRETRIAL_MAP_TILE_URL;
    else process.env.PRETRIAL_MAP_TILE_URL = tiles;
    await rig?.close();
  });

  it('shows the demo week’s four alerts in the queue, criticals first, in Los Angeles time', async () => {
    const { page, base } = rig;
    await page.goto(`${base}/`);
    await page.getByRole('link', { name: 'Monitoring' }).click();
    await page.getByTestId('queue').waitFor();
    await expect.poll(() => page.getByTestId('stream-status').textContent()).toBe('Live');
    // Needing follow-up: the exclusion-zone entry (acknowledged with a note, cleared by the device) and the low
    // battery (cleared on the charger); the demo officer resolved the late return and the strap tamper. PDT is
    // UTC−7 (test/monitoring/demo-week.test.ts has the instants).
    expect(await rowTexts(page)).toEqual([
      ['Inside an exclusion zone', 'Sat May 9, 2026 11:56 PDT – 12:03 PDT', 'cleared'],
      ['Battery low', 'Thu May 7, 2026 19:40 PDT – 20:05 PDT', 'cleared'],
    ]);
    await page.getByTestId('filter-state').selectOption('all');
    // All four: those still to follow up first, then by severity.
    expect(await rowTexts(page)).toEqual([
      ['Inside an exclusion zone', 'Sat May 9, 2026 11:56 PDT – 12:03 PDT', 'cleared'],
      ['Battery low', 'Thu May 7, 2026 19:40 PDT – 20:05 PDT', 'cleared'],
      ['Strap tamper', 'Thu May 7, 2026 23:48 PDT – 23:54 PDT', 'resolved'],
      ['Late return from an approved absence', 'Tue May 5, 2026 13:00 PDT – 13:27 PDT', 'resolved'],
    ]);
    const zoneRow = page.locator('[data-testid="alert-row"][data-kind="exclusionZone"]');
    expect(await zoneRow.textContent()).toContain('Protected location A (home of a Meridian Circle member)');
    expect(await zoneRow.textContent()).toContain(
      'No contact with any present or former member of the Meridian Circle.',
    );
    expect(await zoneRow.textContent()).toContain('Tue Apr 21, 2026 · ECF No. 6');
    expect(await page.getByTestId('followup-count').textContent()).toBe('2');
    expect(await page.getByTestId('live-count').textContent()).toBe('0');
    await page.getByTestId('filter-severity').selectOption('critical');
    expect((await rowTexts(page)).map((r) => r[0])).toEqual(['Inside an exclusion zone', 'Strap tamper']);
    await page.getByTestId('filter-severity').selectOption('');
    await page.getByTestId('filter-state').selectOption('active');
    await screenshot(page, 'monitoring-queue');
  });

  it('shows a new alert live, without a reload, when the device reports a strap tamper', async () => {
    const { page, base } = rig;
    // Sun 2026-05-10 22:15 PDT: the strap is opened.
    await post(base, '/api/v1/monitoring/events', [
      { kind: 'strapOpen', device: DEMO_DEVICE, at: '2026-05-10T22:15:00-07:00' },
    ]);
    const fresh = page.locator('[data-testid="alert-row"].fresh');
    await fresh.waitFor();
    expect(await fresh.getAttribute('data-kind')).toBe('strapTamper');
    expect(await fresh.getByTestId('alert-when').textContent()).toBe('Sun May 10, 2026 22:15 PDT – ongoing');
    expect(await page.getByTestId('live-count').textContent()).toBe('1');
    expect(await page.getByTestId('active-count').textContent()).toBe('1');
    // It needs action, so it heads the queue.
    expect((await rowTexts(page))[0]).toEqual([
      'Strap tamper',
      'Sun May 10, 2026 22:15 PDT – ongoing',
      'open',
    ]);
    await screenshot(page, 'monitoring-queue-live');
  });

  it('acknowledges the live tamper, refuses to resolve it without a note, then resolves it with one', async () => {
    const { page, base } = rig;
    const row = page.locator('[data-testid="alert-row"][data-state="open"][data-kind="strapTamper"]');
    const alertId = (await row.getAttribute('data-alert-id')) as string;
    await row.getByRole('button', { name: 'Open' }).click();
    const detail = page.getByTestId(`alert-detail-${alertId}`);
    await detail.getByLabel(/^Note/).fill('Called the defendant: says the strap caught on a chair.');
    await detail.getByRole('button', { name: 'Acknowledge' }).click();
    const updated = page.locator(`[data-testid="alert-row"][data-alert-id="${alertId}"]`);
    await expect.poll(() => updated.getAttribute('data-state')).toBe('acknowledged');
    expect(await detail.locator('ol.history').textContent()).toContain(`acknowledged by ${TESTER_ACTOR}`);
    // 22:21 the strap is restored: the device's clear arrives over the stream.
    await post(base, '/api/v1/monitoring/events', [
      { kind: 'strapRestored', device: DEMO_DEVICE, at: '2026-05-10T22:21:00-07:00' },
    ]);
    await expect
      .poll(() => updated.getByTestId('alert-when').textContent())
      .toBe('Sun May 10, 2026 22:15 PDT – 22:21 PDT');
    await detail.getByRole('button', { name: 'Resolve' }).click();
    const refusal = detail.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('can be resolved only with a note');
    await screenshot(page, 'monitoring-resolve-refused');
    await detail.getByLabel(/^Note/).fill('Home visit: strap intact and re-seated.');
    // A resolution needs a cause.
    await detail.getByLabel(/^Cause/).selectOption('deviceFault');
    await detail.getByRole('button', { name: 'Resolve' }).click();
    await expect.poll(() => updated.getAttribute('data-state')).toBe('resolved');
    // Resolved alerts leave the default view.
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByTestId('filter-state').selectOption('resolved');
    expect(await rowTexts(page)).toEqual([
      ['Strap tamper', 'Sun May 10, 2026 22:15 PDT – 22:21 PDT', 'resolved'],
      ['Strap tamper', 'Thu May 7, 2026 23:48 PDT – 23:54 PDT', 'resolved'],
      ['Late return from an approved absence', 'Tue May 5, 2026 13:00 PDT – 13:27 PDT', 'resolved'],
    ]);
    const stored = (await (
      await fetch(`${base}/api/v1/monitoring/alerts/${alertId}`, {
        headers: { authorization: `Bearer ${token}` },
      })
    ).json()) as {
      state: string;
      history: { action: string; by: string; note?: string }[];
    };
    expect(stored.state).toBe('resolved');
    expect(stored.history.filter((h) => h.by === TESTER_ACTOR)).toEqual([
      expect.objectContaining({
        action: 'acknowledged',
        note: 'Called the defendant: says the strap caught on a chair.',
      }),
      expect.objectContaining({ action: 'resolved', note: 'Home visit: strap intact and re-seated.' }),
    ]);
  });

  it('opens the person page: conditions in force, and the map with zones, the track and alert points', async () => {
    const { page } = rig;
    await page.getByTestId('filter-state').selectOption('active');
    await page
      .locator('[data-testid="alert-row"][data-kind="exclusionZone"]')
      .getByRole('link', { name: 'Renee Castell (2)' })
      .click();
    await page.getByTestId('person-page').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Renee Castell (2)');
    const conditions = await page.getByTestId('conditions').textContent();
    expect(conditions).toContain('Home detention at her residence in Los Angeles, California (C.D. Cal.)');
    expect(conditions).toContain('ECF No. 6');
    const map = page.getByTestId('map');
    // No tile server: the plain background, and the note says so.
    expect(await map.getAttribute('data-tiles')).toBe('none');
    expect(await page.getByTestId('map-note').textContent()).toContain('plain background');
    // The default period is the last day with a track: the day of the last fix (Sun 2026-05-10 23:59 PDT).
    expect(await page.getByTestId('track-from').getAttribute('data-value')).toBe('2026-05-10T00:00');
    expect(await page.getByTestId('track-to').getAttribute('data-value')).toBe('2026-05-11T00:00');
    // Shown in the app's one date form and a 24-hour time, not the browser's locale form (05/10/2026, 12:00 AM).
    expect(await page.getByLabel('From, date').inputValue()).toBe('Sun May 10, 2026');
    expect(await page.getByLabel('From, time (24-hour)').inputValue()).toBe('00:00');
    await expect.poll(() => map.locator('path.track-line').count()).toBe(1);
    // The week's timeline: Mon May 4 … Sun May 10, Sunday chosen, each day with its fixes (one a minute).
    const timeline = page.getByTestId('week-timeline');
    expect(await timeline.getByRole('button').count()).toBe(7);
    expect(await page.getByTestId('day-2026-05-10').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.getByTestId('day-2026-05-04').textContent()).toMatch(/^Mon May 4\d{3,4}$/);
    // A scale bar, in metres and feet.
    expect(await map.locator('.leaflet-control-scale-line').count()).toBe(2);
    // Hovering the track shows the time of the nearest fix, in Los Angeles time: the pointer over the line
    // where its last fix is (the end marker lies on top there, so the events go to the line itself).
    const end = await map.locator('path.track-end').boundingBox();
    if (!end) throw new Error('no end of track drawn');
    const at = { bubbles: true, clientX: end.x + end.width / 2, clientY: end.y + end.height / 2 };
    for (const type of ['mouseover', 'mousemove'])
      await map.locator('path.track-hit').dispatchEvent(type, at);
    expect(await page.getByTestId('last-fix').textContent()).toBe('Sun May 10, 2026 23:59 PDT');
    await expect
      .poll(() => page.locator('.leaflet-tooltip.track-time').textContent())
      .toMatch(/^Sun May 10, 2026 \d\d:\d\d PDT · ±\d+ m$/);
    expect(await map.locator('path.zone-home').count()).toBe(1);
    expect(await map.locator('path.zone-exclusion').count()).toBe(1);
    expect(await map.locator('path.zone-absence').count()).toBe(1);
    expect(await map.locator('path.track-fix').count()).toBeGreaterThan(1_000);
    // The strap tamper of Sunday 22:15 is within the period: a point on the track.
    expect(await map.locator('path.alert-point-critical').count()).toBe(1);
    await screenshot(page, 'monitoring-person');
  });

  it('clicks an alert point for its details, and shows the exclusion-zone episode on the map', async () => {
    const { page } = rig;
    const map = page.getByTestId('map');
    await map.locator('path.alert-point').first().click();
    await expect.poll(() => page.locator('#sel-h').textContent()).toBe('Strap tamper');
    await page
      .locator('[data-testid="person-alert-row"][data-kind="exclusionZone"]')
      .getByRole('button', { name: 'Show' })
      .click();
    await expect.poll(() => page.locator('#sel-h').textContent()).toBe('Inside an exclusion zone');
    // The period moves to the episode: an hour either side of 11:56–12:03 PDT.
    await expect
      .poll(() => page.getByTestId('track-from').getAttribute('data-value'))
      .toBe('2026-05-09T10:56');
    expect(await page.getByTestId('track-to').getAttribute('data-value')).toBe('2026-05-09T13:03');
    expect(await page.getByLabel('To, time (24-hour)').inputValue()).toBe('13:03');
    await expect.poll(() => map.locator('path.alert-point-critical.selected').count()).toBe(1);
    expect(await page.getByTestId(`alert-detail-${await selectedId(page)}`).textContent()).toContain(
      'Order Setting Conditions of Release (Tue Apr 21, 2026, ECF No. 6)',
    );
    await screenshot(page, 'monitoring-person-exclusion');
  });

  it('opens the violation report for the demo week, and offers the PDF', async () => {
    const { page, base } = rig;
    const report = page.getByTestId('report');
    await report.getByTestId('report-from').fill('2026-05-04');
    await report.getByTestId('report-to').fill('2026-05-10');
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      report.getByTestId('report-html').click(),
    ]);
    await popup.waitForLoadState();
    const text = (await popup.textContent('body')) ?? '';
    expect(text).toContain('Renee Castell (2)');
    expect(text).toContain('Protected location A (home of a Meridian Circle member)');
    await screenshot(popup, 'monitoring-violation-report');
    await popup.close();
    const pdfHref = (await report.getByTestId('report-pdf').getAttribute('href')) as string;
    // Days in Los Angeles: 2026-05-04 00:00 PDT to 2026-05-11 00:00 PDT.
    expect(pdfHref).toBe(
      '/api/v1/monitoring/people/hale-2/report?from=2026-05-04T07%3A00%3A00Z&to=2026-05-11T07%3A00%3A00Z&format=pdf',
    );
    const pdf = await fetch(`${base}${pdfHref}`, { headers: { authorization: `Bearer ${token}` } });
    expect(pdf.headers.get('content-type')).toContain('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('falls back to a plain background and says so when the map tiles cannot be loaded', async () => {
    const { page, base } = rig;
    process.env.PRETRIAL_MAP_TILE_URL = `${base}/no-such-tiles/{z}/{x}/{y}.png`;
    try {
      await page.goto(`${base}/monitoring/people/hale-2`);
      const map = page.getByTestId('map');
      // The tiles fail once the server has answered for them, after the day's and the week's tracks.
      await expect.poll(() => map.getAttribute('data-tiles'), { timeout: 10_000 }).toBe('failed');
      expect(await page.getByTestId('map-note').textContent()).toBe(
        'Map tiles could not be loaded: zones and the track on a plain background.',
      );
      expect(await map.locator('path.zone-home').count()).toBe(1);
    } finally {
      process.env.PRETRIAL_MAP_TILE_URL = 'none';
    }
  });

  it('links the case page’s defendant to the person page', async () => {
    const { page, base } = rig;
    await page.goto(`${base}/cases`);
    await page.getByRole('link', { name: 'United States v. Hale et al.' }).click();
    const link = page.getByTestId('defendant-2').getByTestId('monitoring-link-hale-2');
    await link.click();
    await page.getByTestId('person-page').waitFor();
    expect(new URL(page.url()).pathname).toBe('/monitoring/people/hale-2');
  });
});

async function selectedId(page: Page): Promise<string> {
  const id = await page.locator('#selected-alert [data-testid^="alert-detail-"]').getAttribute('data-testid');
  return (id ?? '').replace('alert-detail-', '');
}
