/**
 * Signing in through an OpenID Connect provider in the browser (docs/security.md): the "Sign in with …" button,
 * the provider's own login page (oidc-provider started here), and back to the app signed in; a subject linked
 * to no account is refused with the reason on the sign-in page, as text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oidcSettingsFromEnv } from '../../src/server/auth/oidc.ts';
import { type BrowserRig, haveChromium, screenshot, startRig } from '../helpers/browser.ts';
import { startProvider, type TestProvider } from '../helpers/oidc-provider.ts';
import { freePort } from '../helpers/server-process.ts';

describe.runIf(haveChromium)('signing in through an OpenID Connect provider in the browser', () => {
  let rig: BrowserRig;
  let provider: TestProvider;

  beforeAll(async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    provider = await startProvider(`${base}/api/v1/auth/oidc/callback`, [
      { sub: 'u-7001', password: 'pw-7001', name: 'Test Officer', amr: ['pwd', 'otp'], acr: 'urn:test:mfa' },
      // A subject whose sign-in shows what a label with HTML in it does: nothing but text.
      {
        sub: 'u-<b>7002</b>',
        password: 'pw-7002',
        name: 'Unlinked',
        amr: ['pwd', 'otp'],
        acr: 'urn:test:mfa',
      },
    ]);
    const oidc = oidcSettingsFromEnv(
      {
        PRETRIAL_OIDC_ISSUER: provider.issuer,
        PRETRIAL_OIDC_CLIENT_ID: provider.clientId,
        PRETRIAL_OIDC_CLIENT_SECRET: provider.clientSecret,
        PRETRIAL_OIDC_NAME: 'Court ID',
        PRETRIAL_OIDC_REQUIRE_AMR: 'otp',
      },
      base,
    );
    if (!oidc) throw new Error('no OIDC settings');
    rig = await startRig({ signedIn: false, port, oidc });
    await rig.accounts.create({
      username: 'oidc-officer',
      displayName: 'Officer (provider sign-in)',
      roles: ['officer'],
      oidcSubject: 'u-7001',
    });
  }, 120_000);

  afterAll(async () => {
    await rig?.close();
    await provider?.close();
  });

  const providerLogin = async (login: string, password: string) => {
    await rig.page.getByTestId('oidc-signin').click();
    await rig.page.waitForURL(`${provider.issuer}/interaction/**`);
    await rig.page.getByLabel('User').fill(login);
    await rig.page.getByLabel('Password').fill(password);
    await rig.page.getByRole('button', { name: 'Sign in' }).click();
  };

  it('the button leads to the provider, and back signed in, with no local code asked', async () => {
    await rig.page.goto(`${rig.base}/`);
    expect(await rig.page.getByTestId('oidc-signin').textContent()).toBe('Sign in with Court ID');
    await providerLogin('u-7001', 'pw-7001');
    await rig.page.getByTestId('who-name').waitFor();
    expect(rig.page.url()).toBe(`${rig.base}/`);
    expect(await rig.page.getByTestId('who-name').textContent()).toBe('Officer (provider sign-in)');
    expect(await rig.page.getByTestId('who-role').textContent()).toBe('Pretrial services officer');
    await screenshot(rig.page, 'oidc-signed-in');
    await rig.page.getByRole('button', { name: 'Sign out' }).click();
    await rig.page.getByTestId('oidc-signin').waitFor();
  });

  it('a subject linked to no account: refused, the reason shown as text on the sign-in page', async () => {
    // Another person at the provider: its single sign-on session of the first test is gone.
    await rig.page.context().clearCookies();
    await rig.page.goto(`${rig.base}/`);
    await providerLogin('u-<b>7002</b>', 'pw-7002');
    const error = rig.page.getByTestId('oidc-error');
    await error.waitFor();
    expect(await error.textContent()).toBe(
      'Your Court ID identity is not linked to an account here. Ask an administrator to link it (pretrial users link <username> u-<b>7002</b>).',
    );
    expect(await error.locator('b').count()).toBe(0);
    // The address no longer carries the refusal.
    expect(rig.page.url()).toBe(`${rig.base}/`);
    await screenshot(rig.page, 'oidc-refused');
  });
});
