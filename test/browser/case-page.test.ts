import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserRig, haveChromium, screenshot, startRig } from '../helpers/browser.ts';
import { havePacerData, pacerPath } from '../helpers/shared-data.ts';

describe.runIf(haveChromium)('the web app in Chromium', () => {
  let rig: BrowserRig;
  beforeAll(async () => {
    rig = await startRig();
  }, 120_000);
  afterAll(async () => rig?.close());

  it('lists the demo case and opens it', async () => {
    const { page, base } = rig;
    await page.goto(`${base}/cases`);
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
    await row.getByRole('button', { name: /time excluded Fri Apr 17, 2026 – Tue Apr 28, 2026/ }).click();
    const active = row.locator('mark.active');
    await active.waitFor();
    expect(await active.textContent()).toBe(
      'time is excluded from 4/17/2026 through 4/28/2026 to permit the parties to engage in plea negotiations',
    );
    await screenshot(page, 'docket-entry-spans');
  });

  it("reads Renee Castell's trial clock as of 2026-11-22", async () => {
    const { page } = rig;
    await page.getByTestId('as-of').fill('2026-11-22');
    const clock = page.getByTestId('speedy-trial');
    await clock.getByRole('tab', { name: /Renee Castell/ }).click();
    // Joint start Thu 2026-07-30 (latest co-defendant). Counted 2026-08-28 … 09-09 = 13 days; 57 left; after the
    // exclusion to 2027-01-11, days 14–70 run 2027-01-12 … 2027-03-09.
    await expect
      .poll(() => page.getByTestId('clock-headline').textContent())
      .toBe('13 of 70 days used · 57 left · last day Tue Mar 9, 2027');
    await screenshot(page, 'speedy-trial-clock');
  });

  it("shows its date fields in the app's one form, whatever the browser's locale, and says when a date is not one", async () => {
    const { page } = rig;
    const asOf = page.getByTestId('as-of');
    await asOf.fill('11/22/2026');
    await asOf.press('Tab');
    expect(await asOf.inputValue()).toBe('Sun Nov 22, 2026');
    await asOf.fill('Nov 31, 2026');
    await asOf.press('Tab');
    expect(await asOf.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.asof [role="alert"]').textContent()).toContain('Not a date');
    // The figures stay those of the last real date.
    expect(await page.getByTestId('clock-headline').textContent()).toBe(
      '13 of 70 days used · 57 left · last day Tue Mar 9, 2027',
    );
    await asOf.fill('2026-11-22');
    await asOf.press('Tab');
    expect(await asOf.inputValue()).toBe('Sun Nov 22, 2026');
  });

  it('moves the projected last day when a what-if motion is typed in', async () => {
    const { page } = rig;
    await page.getByLabel('What-if motion filed').fill('2027-01-12');
    await page.getByLabel('What-if motion decided').fill('2027-02-01');
    // The motion is pending 2027-01-12 … 02-01 (21 days, both ends excluded under § 3161(h)(1)(D)): +21 days.
    await expect
      .poll(() => page.getByTestId('whatif-result').textContent())
      .toBe(
        'With the motion filed Tue Jan 12, 2027 and decided Mon Feb 1, 2027, the last day for trial moves from Tue Mar 9, 2027 to Tue Mar 30, 2027 (+21 days).',
      );
    await screenshot(page, 'speedy-trial-what-if');
  });

  it('searches the docket text', async () => {
    const { page } = rig;
    await page.getByLabel('Search the docket').fill('complex');
    expect(await page.locator('[data-testid="docket"] > li').count()).toBe(3);
  });
});

describe.runIf(haveChromium)('importing a docket in Chromium', () => {
  let rig: BrowserRig;
  beforeAll(async () => {
    rig = await startRig();
  }, 120_000);
  afterAll(async () => rig?.close());

  it.skipIf(!havePacerData)(
    'uploads a PACER docket (D. Haw. 1:04-cr-00233) and lands on its case with its entries',
    async () => {
      const { page, base } = rig;
      await page.goto(`${base}/import`);
      await page.getByTestId('import-file').setInputFiles(pacerPath('dockets/district/hid.html'));
      await page.getByTestId('case-page').waitFor();
      expect(page.url()).toBe(`${base}/cases/hid-1-04-cr-00233`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(
        'United States v. Furtado',
      );
      expect(await page.locator('[data-testid="docket"] > li').count()).toBeGreaterThan(40);
      await screenshot(page, 'imported-docket');
    },
  );
});
