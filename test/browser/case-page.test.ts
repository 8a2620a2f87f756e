import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserRig, haveChromium, screenshot, startRig } from '../helpers/browser.ts';

describe.runIf(haveChromium)('the web app in Chromium', () => {
  let rig: BrowserRig;
  beforeAll(async () => {
    rig = await startRig();
  }, 120_000);
  afterAll(async () => rig?.close());

  it('lists the demo case and opens it', async () => {
    const { page, base } = rig;
    await page.goto(`${base}/`);
    await page.getByRole('link', { name: 'United States v. Hale et al.' }).click();
    await page.getByTestId('case-page').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(
      'United States v. Hale et al.',
    );
    expect(await page.getByTestId('defendant-2').textContent()).toContain('Renee Castell');
    expect(await page.getByTestId('defendant-1').textContent()).toContain('In custody');
    await screenshot(page, 'case-page');
  });

  it('marks the words an event was read from when an entry is opened', async () => {
    const { page } = rig;
    const row = page.locator('[data-entry="3"]');
    await row.getByRole('button', { name: /time excluded 2026-04-17 → 2026-04-28/ }).click();
    const active = row.locator('mark.active');
    await active.waitFor();
    expect(await active.textContent()).toBe(
      'time is excluded from 4/17/2026 through 4/28/2026 to permit the parties to engage in plea negotiations',
    );
    await screenshot(page, 'docket-entry-spans');
  });

  it('searches the docket text', async () => {
    const { page } = rig;
    await page.getByLabel('Search the docket').fill('complex');
    expect(await page.locator('[data-testid="docket"] > li').count()).toBe(3);
  });
});
