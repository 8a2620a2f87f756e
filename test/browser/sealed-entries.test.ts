/**
 * A sealed docket entry in the web app (docs/security.md): defense counsel sees that it exists, not its text;
 * the clerk of the court reads it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { buildHaleCaseFile } from '../../src/demo/index.ts';
import { DEMO_DEVICE } from '../../src/monitoring/simulator/demo-week.ts';
import { seedDemoAccounts } from '../../src/server/auth/setup.ts';
import { caseIdFor } from '../../src/store/cases.ts';
import { type BrowserRig, haveChromium, startRig } from '../helpers/browser.ts';

const hale = buildHaleCaseFile();
const CASE = caseIdFor(hale);
const ENTRY = 'mj-1';
const ENTRY_TEXT = hale.docketEntries.find((e) => e.id === ENTRY)?.text as string;
let rig: BrowserRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

async function openCaseAs(r: BrowserRig, username: string) {
  await r.page.goto(`${r.base}/`);
  await r.page.getByLabel('Username').fill(username);
  await r.page.getByLabel('Password').fill('demo');
  await r.page.getByRole('button', { name: 'Sign in' }).click();
  await r.page.getByTestId('who-name').waitFor();
  await r.page.goto(`${r.base}/cases`);
  await r.page.getByRole('link', { name: 'United States v. Hale et al.' }).click();
  await r.page.getByTestId('case-page').waitFor();
  return r.page.locator(`[data-entry="${ENTRY}"]`);
}

describe.runIf(haveChromium)('a sealed docket entry in the web app', () => {
  it('defense counsel sees “Sealed entry: the text is withheld”; the clerk reads the entry', async () => {
    rig = await startRig({ signedIn: false, demo: true });
    await seedDemoAccounts(rig.accounts, {
      caseId: CASE,
      court: hale.case.court,
      defendant: 2,
      deviceId: DEMO_DEVICE,
    });
    const sealed = await fetch(`${rig.base}/api/v1/cases/${CASE}/docket-entries/${ENTRY}/sealed`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${rig.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ sealed: true }),
    });
    expect(sealed.status).toBe(200);
    const asCounsel = await openCaseAs(rig, 'defense');
    expect(await asCounsel.getByTestId('sealed-withheld').textContent()).toBe(
      'Sealed entry: the text is withheld',
    );
    expect(await asCounsel.textContent()).not.toContain(ENTRY_TEXT.slice(0, 40));
    await rig.page.context().clearCookies();
    const asClerk = await openCaseAs(rig, 'clerk');
    expect(await asClerk.textContent()).toContain(ENTRY_TEXT.slice(0, 40));
    expect(await asClerk.getByTestId('sealed-withheld').count()).toBe(0);
  });
});
