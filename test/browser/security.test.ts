/**
 * Signing in through the web app (demo accounts, a second factor enrolled by QR code), the lockout, the idle
 * lock on an injected clock, and a zone label with HTML in it staying text on the map (docs/security.md).
 */
import { Secret, TOTP } from 'otpauth';
import { afterEach, describe, expect, it } from 'vitest';
import { buildHaleCaseFile } from '../../src/demo/index.ts';
import { Enrollment } from '../../src/monitoring/enrollment.ts';
import { DEMO_DEVICE, demoEnrollment } from '../../src/monitoring/simulator/demo-week.ts';
import { seedDemoAccounts } from '../../src/server/auth/setup.ts';
import { caseIdFor } from '../../src/store/cases.ts';
import { type BrowserRig, haveChromium, screenshot, startRig } from '../helpers/browser.ts';

const hale = buildHaleCaseFile();
const CASE = caseIdFor(hale);
let rig: BrowserRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

async function signIn(r: BrowserRig, username: string, password: string) {
  await r.page.getByLabel('Username').fill(username);
  await r.page.getByLabel('Password').fill(password);
  await r.page.getByRole('button', { name: 'Sign in' }).click();
}

describe.runIf(haveChromium)('signing in through the web app', () => {
  it('demo mode: the banner and the demo accounts; the officer signs in without a second factor and sees their caseload', async () => {
    rig = await startRig({ signedIn: false, demo: true });
    await seedDemoAccounts(rig.accounts, {
      caseId: CASE,
      court: hale.case.court,
      defendant: 2,
      deviceId: DEMO_DEVICE,
    });
    await rig.page.goto(`${rig.base}/`);
    await rig.page.getByTestId('demo-accounts').waitFor();
    expect(await rig.page.getByTestId('demo-banner').textContent()).toContain('Demo mode');
    await signIn(rig, 'officer', 'demo');
    await rig.page.getByTestId('caseload-row').first().waitFor();
    expect(await rig.page.getByTestId('who-name').textContent()).toBe('Demo Pretrial Officer');
    expect(await rig.page.getByTestId('who-role').textContent()).toBe('Pretrial services officer');
    // Only Renee Castell (2) is on the demo officer's caseload.
    const rows = await rig.page.getByTestId('caseload-row').allTextContents();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('Renee Castell');
    await screenshot(rig.page, 'caseload-officer');
  });

  it('demo mode: the clerk is offered the case pages and the import, not monitoring; the auditor gets a page of its own', async () => {
    rig = await startRig({ signedIn: false, demo: true });
    await seedDemoAccounts(rig.accounts, {
      caseId: CASE,
      court: hale.case.court,
      defendant: 2,
      deviceId: DEMO_DEVICE,
    });
    const failed: string[] = [];
    rig.page.on('response', (r) => {
      if (r.status() === 403) failed.push(r.url());
    });
    await rig.page.goto(`${rig.base}/`);
    await signIn(rig, 'clerk', 'demo');
    await rig.page.getByTestId('caseload-row').first().waitFor();
    const nav = rig.page.locator('.topbar nav');
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Caseload',
      'Cases',
      'Import a docket',
      'API',
    ]);
    await rig.page.goto(`${rig.base}/cases/${CASE}`);
    await rig.page.getByTestId('case-page').waitFor();
    await rig.page.getByTestId('docket').waitFor();
    // The case page asked nothing the clerk may not read (the monitoring links are not looked up).
    expect(failed).toEqual([]);
    await rig.page.goto(`${rig.base}/monitoring`);
    expect(await rig.page.getByTestId('not-for-role').textContent()).toContain(
      'not part of your role (Clerk)',
    );
    await rig.page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(rig, 'auditor', 'demo');
    await rig.page.getByTestId('role-home').waitFor();
    expect(await rig.page.getByTestId('role-home').textContent()).toContain('pretrial audit verify');
    expect(await nav.getByRole('link').allTextContents()).toEqual(['API']);
    expect(failed).toEqual([]);
    await screenshot(rig.page, 'auditor-home');
  });

  it('outside demo mode: enrols the authenticator by QR code, gets recovery codes, and is signed in', async () => {
    let now = Date.parse('2026-06-01T12:00:00Z');
    rig = await startRig({ signedIn: false, now: () => now });
    await rig.accounts.create({
      username: 'hana',
      displayName: 'Hana Clerk',
      roles: ['clerk'],
      password: 'hana long password',
    });
    await rig.accounts.assign('hana', 'court', hale.case.court);
    await rig.page.goto(`${rig.base}/`);
    await signIn(rig, 'hana', 'hana long password');
    await rig.page.getByRole('button', { name: 'Show the QR code' }).click();
    await rig.page.getByTestId('mfa-qr').locator('img').waitFor();
    const secret = (await rig.page.getByTestId('mfa-secret').textContent()) as string;
    await screenshot(rig.page, 'mfa-enrollment');
    const code = new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: now });
    await rig.page.getByLabel('Code').fill(code);
    await rig.page.getByRole('button', { name: 'Verify' }).click();
    await rig.page.getByTestId('recovery-codes').waitFor();
    expect(await rig.page.getByTestId('recovery-codes').locator('li').count()).toBe(10);
    await rig.page.getByRole('button', { name: 'Continue' }).click();
    expect(await rig.page.getByTestId('who-name').textContent()).toBe('Hana Clerk');
    // The home page has loaded (its requests are done) before the clock moves.
    await rig.page.getByTestId('caseload-row').first().waitFor();
    // 31 minutes without a request: the session is locked, and the next page asks to sign in again.
    now += 31 * 60_000;
    await rig.page.getByRole('link', { name: 'Cases' }).click();
    await rig.page.getByTestId('signin').waitFor();
    expect(await rig.page.getByLabel('Username').isVisible()).toBe(true);
  });

  it('five wrong passwords lock the account; the page says so', async () => {
    rig = await startRig({ signedIn: false });
    await rig.accounts.create({ username: 'ivan', roles: ['clerk'], password: 'ivan long password' });
    await rig.page.goto(`${rig.base}/`);
    for (let i = 0; i < 4; i++) {
      await signIn(rig, 'ivan', `wrong ${i}`);
      await rig.page.getByText('wrong username or password').waitFor();
    }
    await signIn(rig, 'ivan', 'wrong 5');
    await rig.page.getByText('The account is locked for now.').waitFor();
    await signIn(rig, 'ivan', 'ivan long password');
    expect(await rig.page.getByTestId('signin-error').textContent()).toMatch(
      /the account is locked after 5 failed attempts until/,
    );
  });
});

describe.runIf(haveChromium)('user text on the map', () => {
  it('a zone label with <img onerror> shows as text in the tooltip and runs nothing', async () => {
    rig = await startRig();
    const label = '<img src=x onerror="window.__pwned=1">Zone';
    const enrollment = structuredClone(demoEnrollment) as typeof demoEnrollment;
    const first = enrollment.zones?.[0];
    if (!first) throw new Error('the demo enrollment has no zone');
    first.zone = { ...first.zone, label };
    await rig.monitoring.repo.putEnrollment(CASE, Enrollment.parse(enrollment), { name: 'test' });
    await rig.monitoring.reload();
    await rig.page.goto(`${rig.base}/monitoring/people/${demoEnrollment.personId}`);
    const zone = rig.page.locator('path.zone-exclusion').first();
    await zone.waitFor();
    await zone.hover({ force: true });
    const tip = rig.page.locator('.leaflet-tooltip').first();
    await tip.waitFor();
    expect(await tip.textContent()).toBe(label);
    expect(await tip.locator('img').count()).toBe(0);
    expect(
      await rig.page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    await screenshot(rig.page, 'zone-label-as-text');
  });
});
