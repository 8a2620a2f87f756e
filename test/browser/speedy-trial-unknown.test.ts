/**
 * The Speedy Trial view of a record with a gap: the demo case, entered as a partial timeline that leaves out
 * 2026-08-01 … 2026-09-09. Renee Castell's trial clock (joint start Thu 2026-07-30) then has 08-28 … 09-09 (13
 * days, counted in the complete record) unknown: the days used are 0–13, the days left 57–70, the unknown band is
 * drawn hatched, and the list of what the record does not show says how to settle it. Last day: counting the 13,
 * days 14–70 run 2027-01-12 … Tue 03-09 (as in the complete record); excluding them, days 1–70 run 01-12 …
 * Mon 03-22 (Jan 12–31 = 20, February 28 → 48, March 1–22 = 22 → 70).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHaleCaseFile } from '../../src/demo/index.ts';
import { type BrowserRig, haveChromium, screenshot, startRig } from '../helpers/browser.ts';

describe.runIf(haveChromium)('the Speedy Trial view of a record with gaps, in Chromium', () => {
  let rig: BrowserRig;
  let id = '';
  beforeAll(async () => {
    rig = await startRig();
    const file = buildHaleCaseFile();
    const gapped = {
      ...file,
      case: {
        ...file.case,
        docketNumber: '1:26-cr-00999',
        caption: 'United States v. Hale et al. (partial)',
      },
      coverage: [
        {
          id: 'src-1',
          format: 'manual',
          description: 'timeline entered by hand',
          complete: false,
          periods: [
            { from: '2026-01-01', to: '2026-07-31' },
            { from: '2026-09-10', to: '2027-12-31' },
          ],
          entryTexts: 'full',
          setBy: 'user',
        },
      ],
    };
    const res = await fetch(`${rig.base}/api/v1/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${rig.token}` },
      body: JSON.stringify(gapped),
    });
    expect(res.status).toBe(201);
    id = ((await res.json()) as { id: string }).id;
  }, 180_000);
  afterAll(async () => rig?.close());

  it('shows the range in the headline, the unknown band in the chart and what would settle it', async () => {
    const { page, base } = rig;
    await page.goto(`${base}/cases/${id}`);
    await page.getByTestId('case-page').waitFor();
    await page.getByTestId('as-of').fill('2026-11-22');
    const clock = page.getByTestId('speedy-trial');
    await clock.getByRole('tab', { name: /Renee Castell/ }).click();
    await expect
      .poll(() => page.getByTestId('clock-headline').textContent())
      .toBe('0–13 of 70 days used · 57–70 left · last day Tue Mar 9, 2027 to Mon Mar 22, 2027');
    expect(await clock.getByTestId('coverage').textContent()).toMatch(/timeline entered by hand: partial/);
    expect(await clock.getByTestId('unknown-band').count()).toBeGreaterThan(0);
    expect(await clock.getByTestId('unknowns').textContent()).toMatch(
      /No source of this record covers Sat Aug 1, 2026 to Wed Sep 9, 2026.*To settle: import a docket report/,
    );
    await screenshot(page, 'speedy-trial-unknown');
    await clock.screenshot({ path: 'test-results/screenshots/speedy-trial-unknown-clock.png' });
  });
});
