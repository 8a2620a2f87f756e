/**
 * A phone-sized window (375 × 812): no page scrolls sideways. Wide tables scroll inside their own box and the
 * navigation folds into a menu, so `scrollWidth` of the page stays within the window on the case page and the
 * monitoring pages (with the demo week replayed, so the queue, the map and the conditions have content).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replayDemoWeek } from '../../src/server/monitoring/demo-replay.ts';
import { type BrowserRig, haveChromium, screenshot, startRig } from '../helpers/browser.ts';

/** The page's horizontal overflow, and the widest elements that stick out past the window (for the message). */
interface Overflow {
  scrollWidth: number;
  width: number;
  wide: string[];
}

/**
 * Run in the page, as a script (the tests are compiled without the DOM's types). An element counts when it
 * sticks out past the window and no box that scrolls or clips it (a wide table, the map) holds it; an
 * absolutely placed one is held only by such a box that is positioned or inside its containing block.
 */
const MEASURE = `(() => {
  const width = window.innerWidth;
  const held = (el) => {
    let contained = getComputedStyle(el).position !== 'absolute';
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const style = getComputedStyle(p);
      contained = contained || style.position !== 'static';
      if (contained && style.overflowX !== 'visible') return true;
    }
    return false;
  };
  const wide = [...document.querySelectorAll('body *')]
    .filter((el) => el.getBoundingClientRect().right > width + 1 && !held(el))
    .slice(0, 5)
    .map((el) => el.tagName.toLowerCase() + '.' + el.getAttribute('class') + ' (' + Math.round(el.getBoundingClientRect().right) + ')');
  return { scrollWidth: document.scrollingElement.scrollWidth, width, wide };
})()`;

const overflow = (page: Page) => page.evaluate<Overflow>(MEASURE);

describe.runIf(haveChromium)('the web app on a 375 px wide screen', () => {
  let rig: BrowserRig;
  beforeAll(async () => {
    rig = await startRig();
    const replay = await replayDemoWeek({ baseUrl: rig.base, token: rig.token });
    if (replay.problems.length > 0) throw new Error(`demo replay: ${replay.problems.join('; ')}`);
    await rig.page.setViewportSize({ width: 375, height: 812 });
    rig.page.setDefaultTimeout(15_000);
  }, 240_000);
  afterAll(async () => rig?.close());

  const pages: [string, string, string][] = [
    ['the case page', '/cases/nyed-1-26-cr-00117', 'case-page'],
    ['the alert queue', '/monitoring', 'queue'],
    ['the person page', '/monitoring/people/hale-2', 'person-page'],
  ];
  for (const [name, path, testId] of pages)
    it(`${name} does not scroll sideways`, async () => {
      const { page, base } = rig;
      await page.goto(`${base}${path}`);
      await page.getByTestId(testId).waitFor();
      await page.waitForLoadState('networkidle');
      const o = await overflow(page);
      await screenshot(page, `small-screen-${testId}`);
      expect(o.wide).toEqual([]);
      expect(o.scrollWidth).toBeLessThanOrEqual(o.width);
    });

  it('folds the navigation into a menu that opens and closes', async () => {
    const { page, base } = rig;
    await page.goto(`${base}/monitoring`);
    const toggle = page.getByRole('button', { name: 'Menu' });
    const link = page.getByRole('navigation').getByRole('link', { name: 'Import a docket' });
    expect(await link.isVisible()).toBe(false);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await link.waitFor({ state: 'visible' });
    await screenshot(page, 'small-screen-menu');
    await link.click();
    await page.waitForURL(`${base}/import`);
    expect(await link.isVisible()).toBe(false);
  });
});
