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
    expect(await page.getByLabel('What-if motion filed').inputValue()).toBe('Tue Jan 12, 2027');
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

  it('labels each docket entry with its docket, and aligns entries with and without events', async () => {
    const { page } = rig;
    const docket = page.getByTestId('docket');
    // Entry 1 of the demo is the complaint on the magistrate docket 1:26-mj-00210; the indictment is on the
    // district docket 1:26-cr-00117.
    const complaint = docket.locator('li').filter({ hasText: 'SEALED COMPLAINT' }).first();
    expect(await complaint.locator('.docket-of').textContent()).toBe('Magistrate');
    expect(await complaint.locator('.docket-of').getAttribute('title')).toBe('1:26-mj-00210');
    const indictment = docket
      .locator('li')
      .filter({ hasText: /^.*INDICTMENT as to Marcus Hale/ })
      .first();
    expect(await indictment.locator('.docket-of').textContent()).toBe('District');
    expect(await indictment.locator('.docket-of').getAttribute('title')).toBe('1:26-cr-00117');
    // The date column starts at the same x on every row, with events or not.
    const xs = await docket
      .locator('li .docket-line .date')
      .evaluateAll((els) => [...new Set(els.map((e) => Math.round(e.getBoundingClientRect().left)))]);
    expect(xs).toHaveLength(1);
    // Each date stays on one line (one box for its text).
    const lines = await docket.locator('li .docket-line .date').evaluateAll((els) =>
      els.map((e) => {
        const r = e.ownerDocument.createRange();
        r.selectNodeContents(e);
        return r.getClientRects().length;
      }),
    );
    expect(Math.max(...lines)).toBe(1);
    await docket.screenshot({ path: 'test-results/screenshots/docket-labeled.png' });
  });

  it('writes every date on the case page in one form', async () => {
    const { page } = rig;
    await page.getByTestId('deadlines').waitFor();
    await page.getByTestId('release').waitFor();
    await page.getByTestId('exposure').waitFor();
    // Open every collapsed section so its text is rendered too.
    await page.getByTestId('case-page').evaluate((root) => {
      for (const d of root.querySelectorAll('details')) d.setAttribute('open', '');
    });
    // Docket text and the words quoted from orders are shown as filed; everything else the app writes.
    const text = await page.getByTestId('case-page').evaluate((root) => {
      const clone = root.cloneNode(true) as typeof root;
      for (const el of clone.querySelectorAll('.docket-line .text, .entry-text, .quote, input, select'))
        el.remove();
      return clone.textContent ?? '';
    });
    expect(text).toContain('Sun Nov 22, 2026');
    const other = [
      /(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/g, // 2026-05-15
      /(?<!\d)\d{1,2}\/\d{1,2}\/\d{2,4}(?!\d)/g, // 2/13/26, 11/22/2026
      // Apr. 17 — except in the titles of cited editions ("Guidelines Manual, Nov. 1, 2025", "eff. Dec. 1, 2023")
      /(?<!(?:Manual,|eff\.|effective) )\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\. \d/g,
    ].flatMap((re) => [...text.matchAll(re)].map((m) => text.slice(Math.max(0, m.index - 40), m.index + 20)));
    expect(other).toEqual([]);
    await screenshot(page, 'case-page-one-date-form');
  });

  it('lists cases with search, filters and each case’s status', async () => {
    const { page, base } = rig;
    await page.goto(`${base}/cases?asOf=2026-11-22`);
    const row = page.locator('tr', { has: page.getByRole('link', { name: 'United States v. Hale et al.' }) });
    await expect.poll(() => row.getByTestId('case-custody').textContent()).toBe('1 in custody, 5 released');
    // Marcus Hale's trial clock: 57 days left on the joint start, 5 if his own start is read (jointTrigger).
    expect(await row.getByTestId('case-clock').innerText()).toMatch(/^5–57\s+Marcus Hale$/);
    expect(await row.getByTestId('case-next').innerText()).toMatch(
      /^Pretrial motions\s+Mon Nov 30, 2026 · in 8 days$/,
    );
    expect(await page.getByTestId('case-count').textContent()).toBe(
      '1 of 1 cases · status as of Sun Nov 22, 2026',
    );
    await page.getByLabel('Search the cases').fill('castell');
    expect(await page.getByTestId('case-count').textContent()).toMatch(/^1 of 1 cases/);
    await page.getByLabel('Search the cases').fill('no such defendant');
    expect(await page.getByTestId('case-count').textContent()).toMatch(/^0 of 1 cases/);
    expect(await page.getByText('No case matches.').count()).toBe(1);
    await page.getByLabel('Search the cases').fill('');
    await page.getByLabel('Speedy Trial days left').selectOption('10');
    expect(await page.getByTestId('case-count').textContent()).toMatch(/^1 of 1 cases/);
    await page.getByLabel('Custody').selectOption('inCustody');
    expect(await page.getByTestId('case-count').textContent()).toMatch(/^1 of 1 cases/);
    await screenshot(page, 'case-list-status');
  });
});
