import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserRig, haveChromium, screenshot, startRig } from '../helpers/browser.ts';

/** The case page of the demo case as a new user meets it: each section checked against the demo's record. */
describe.runIf(haveChromium)('the demo case page, section by section', () => {
  let rig: BrowserRig;
  beforeAll(async () => {
    rig = await startRig();
    const { page, base } = rig;
    await page.goto(`${base}/cases`);
    await page.getByRole('link', { name: 'United States v. Hale et al.' }).click();
    await page.getByTestId('case-page').waitFor();
    await page.getByTestId('as-of').fill('2026-11-22');
  }, 120_000);
  afterAll(async () => rig?.close());

  it('shows on each defendant tab that defendant’s nearest last day', async () => {
    const { page } = rig;
    // Marcus Hale is detained since his arrest 2026-03-23: his 90-day § 3164(b) clock ends Mon 2027-01-25,
    // before the joint 70-day trial clock's Tue 2027-03-09 that the released co-defendants share.
    await expect.poll(() => page.getByTestId('tab-next-1').textContent()).toBe('Detention: Mon Jan 25, 2027');
    expect(await page.getByTestId('tab-next-2').textContent()).toBe('Trial: Tue Mar 9, 2027');
    expect(await page.getByTestId('tab-next-5').textContent()).toBe('Trial: Tue Mar 9, 2027');
  });

  it('keeps a what-if to the clock it was typed on', async () => {
    const { page } = rig;
    const st = page.getByTestId('speedy-trial');
    await st.getByRole('tab', { name: /Marcus Hale/ }).click();
    await st.getByRole('button', { name: 'Trial clock' }).click();
    await page.getByLabel('What-if motion filed').fill('2027-01-12');
    await page.getByLabel('What-if motion decided').fill('2027-02-01');
    await expect
      .poll(() => page.getByTestId('whatif-result').textContent())
      .toBe(
        'With the motion filed Tue Jan 12, 2027 and decided Mon Feb 1, 2027, the last day for trial moves from Tue Mar 9, 2027 to Tue Mar 30, 2027 (+21 days).',
      );
    await st.getByRole('button', { name: 'Detention clock' }).click();
    // The detention clock has its own, empty what-if; its chart ends on its own last day, within 90 days.
    await expect
      .poll(() => page.getByTestId('clock-headline').textContent())
      .toBe('76 of 90 days used · 14 left · last day Mon Jan 25, 2027');
    expect(await page.getByTestId('whatif-result').count()).toBe(0);
    expect(await page.getByLabel('What-if motion filed').inputValue()).toBe('');
    expect(await st.locator('.deadline-label').textContent()).toBe('last day Mon Jan 25, 2027');
    await st.screenshot({ path: 'test-results/screenshots/detention-clock-own-what-if.png' });
    // A motion pending on the detention clock moves its last day: 2027-01-04 … 01-14, 11 days excluded.
    await page.getByLabel('What-if motion filed').fill('2027-01-04');
    await page.getByLabel('What-if motion decided').fill('2027-01-14');
    await expect
      .poll(() => page.getByTestId('whatif-result').textContent())
      .toMatch(
        /^With the motion filed Mon Jan 4, 2027 and decided Thu Jan 14, 2027, the last day of detention/,
      );
    // Back on the trial clock, its own what-if is still there.
    await st.getByRole('button', { name: 'Trial clock' }).click();
    expect(await page.getByLabel('What-if motion filed').inputValue()).toBe('2027-01-12');
    await expect.poll(() => page.getByTestId('whatif-result').textContent()).toContain('to Tue Mar 30, 2027');
    // Another defendant's trial clock starts without one.
    await st.getByRole('tab', { name: /Renee Castell/ }).click();
    expect(await page.getByTestId('whatif-result').count()).toBe(0);
    expect(await page.getByLabel('What-if motion filed').inputValue()).toBe('');
  });

  it('shows every defendant in the Release section, and says why one has no conditions', async () => {
    const { page } = rig;
    const release = page.getByTestId('release');
    await release.waitFor();
    for (const n of [1, 2, 3, 4, 5, 6])
      await expect.poll(() => release.getByTestId(`release-${n}`).count()).toBe(1);
    // Defendants 5 and 6 are marked released in the record, but the demo docket has no order for them.
    for (const n of [5, 6]) {
      expect(await release.getByTestId(`release-none-${n}`).textContent()).toBe(
        'No conditions to show. The case record marks this defendant “released”, but no release or detention order in effect on Sun Nov 22, 2026 was read from the docket, so any conditions are not known here.',
      );
    }
    await release.screenshot({ path: 'test-results/screenshots/release-every-defendant.png' });
  });
});
