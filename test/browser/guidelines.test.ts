import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserRig, haveChromium, startRig } from '../helpers/browser.ts';

describe.runIf(haveChromium)('the Guidelines section of the case page', () => {
  let rig: BrowserRig;
  beforeAll(async () => {
    rig = await startRig();
  }, 120_000);
  afterAll(async () => rig?.close());

  it('shows Castell’s scenarios beside the statute and opens the trail step by step', async () => {
    const { page, base } = rig;
    await page.goto(`${base}/cases`);
    await page.getByRole('link', { name: 'United States v. Hale et al.' }).click();
    await page.getByTestId('case-page').waitFor();
    await page.getByTestId('as-of').fill('2026-10-01');
    const section = page.getByTestId('guidelines');
    // The offer is named by its date and status, never by its record id.
    const row = section
      .getByTestId('guidelines-row')
      .filter({ hasText: 'Plea offer of Thu Aug 20, 2026 (open)' })
      .first();
    await row.waitFor();
    expect(await section.textContent()).not.toContain('offer-castell-2');
    // § 371 offer: 22 + 2 + 3 − 2 = 25, CHC I → 57–71, limited by the 5-year maximum to 57–60 (§ 5G1.1(c)(2)).
    expect(await row.textContent()).toContain('57–71 months');
    await row.click();
    const trail = section.getByTestId('guidelines-trail');
    await trail.getByText('Chapter Three, Parts A–C: victim, role, obstruction').click();
    const role = trail.locator('summary', { hasText: '§ 3B1.1(b)' }).first();
    await role.click();
    expect(await trail.textContent()).toContain('role = managerOrSupervisorExtensive (PSR, ¶ 36; disputed)');
    await section.screenshot({ path: 'test-results/screenshots/guidelines.png' });
  });
});
