/**
 * The import page on a docket that takes seconds to read: the progress goes from the upload's percentage to
 * the seconds spent reading, and Cancel aborts the request; the server stops its worker and stores nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticDocket } from '../../bench/synthetic.ts';
import { type BrowserRig, haveChromium, screenshot, startRig } from '../helpers/browser.ts';
import { havePacerData, readPacer } from '../helpers/shared-data.ts';

describe.runIf(haveChromium && havePacerData)('canceling a long import in Chromium', () => {
  let rig: BrowserRig;
  beforeAll(async () => {
    rig = await startRig();
    rig.page.setDefaultTimeout(15_000);
  }, 120_000);
  afterAll(async () => rig?.close());

  it('shows the reading time, cancels, and stores nothing', { timeout: 60_000 }, async () => {
    const { page, base, token } = rig;
    // D. Neb.'s entries repeated to 4 MB: seconds of reading in the worker.
    const big = Buffer.from(
      syntheticDocket(readPacer('dockets/district/ned.html').toString('utf8'), 4_000_000),
    );
    await page.goto(`${base}/import`);
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'big.html', mimeType: 'text/html', buffer: big });
    await expect
      .poll(() => page.getByTestId('import-progress').textContent(), { timeout: 10_000 })
      .toMatch(/^Reading the docket… \d+ s$/);
    await screenshot(page, 'import-reading');
    await page.getByTestId('import-cancel').click();
    await page.getByTestId('import-canceled').waitFor();
    expect(await page.getByTestId('import-canceled').textContent()).toBe(
      'Import canceled: nothing was stored.',
    );
    expect(await page.getByTestId('import-cancel').count()).toBe(0);
    // Long enough for the import to have ended had it run on: still only the demo case.
    await new Promise((r) => setTimeout(r, 8_000));
    const cases = await fetch(`${base}/api/v1/cases`, { headers: { authorization: `Bearer ${token}` } });
    expect(((await cases.json()) as { cases: { id: string }[] }).cases.map((c) => c.id)).toEqual([
      'nyed-1-26-cr-00117',
    ]);
  });
});
