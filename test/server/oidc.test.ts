/**
 * Sign-in through an OpenID Connect provider (docs/security.md), against a real provider started here
 * (oidc-provider on a free loopback port): the whole flow over HTTP, redirects followed by hand as a browser
 * follows them, the provider's login form submitted. What is checked: a linked account gets the same session as
 * a password sign-in and an audit record; an unknown subject and a disabled account are refused and audited;
 * a wrong state, a wrong nonce, a wrong PKCE verifier and a callback in another browser are refused.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { buildApp } from '../../src/server/app.ts';
import type { AccountStore } from '../../src/server/auth/accounts.ts';
import { OidcClient, oidcSettingsFromEnv, safeReturnPath } from '../../src/server/auth/oidc.ts';
import { SESSION_COOKIE } from '../../src/server/auth/plugin.ts';
import { openSecurity } from '../../src/server/auth/setup.ts';
import type { AuditTrail } from '../../src/store/audit.ts';
import { CaseStore } from '../../src/store/cases.ts';
import { type OpenedStore, openStore } from '../../src/store/db.ts';
import { type ProviderUser, startProvider, type TestProvider } from '../helpers/oidc-provider.ts';
import { freePort } from '../helpers/server-process.ts';

const USERS: ProviderUser[] = [
  { sub: 'u-1001', password: 'pw-1001', name: 'Test Officer', amr: ['pwd', 'otp'], acr: 'urn:test:mfa' },
  {
    sub: 'u-1002',
    password: 'pw-1002',
    name: 'Unlinked Provider User',
    email: 'unlinked@example.test',
    amr: ['pwd', 'otp'],
    acr: 'urn:test:mfa',
  },
  { sub: 'u-1003', password: 'pw-1003', name: 'Disabled Clerk', amr: ['pwd', 'otp'], acr: 'urn:test:mfa' },
  { sub: 'u-1005', password: 'pw-1005', name: 'Demo Judge', amr: ['pwd', 'otp'], acr: 'urn:test:mfa' },
  { sub: 'u-1004', password: 'pw-1004', name: 'Single-Factor Counsel', amr: ['pwd'], acr: 'urn:test:pwd' },
];

/** What a browser keeps: cookies per origin (name → value), sent back to the same origin. */
class Browser {
  private jars = new Map<string, Map<string, string>>();

  cookie(origin: string, name: string): string | undefined {
    return this.jars.get(origin)?.get(name);
  }

  async request(url: string, init: { method?: string; form?: Record<string, string> } = {}) {
    const u = new URL(url);
    const jar = this.jars.get(u.origin) ?? new Map<string, string>();
    this.jars.set(u.origin, jar);
    const headers: Record<string, string> = {};
    if (jar.size > 0) headers.cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    if (init.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      headers.origin = u.origin;
    }
    const res = await fetch(url, {
      method: init.method ?? (init.form ? 'POST' : 'GET'),
      headers,
      redirect: 'manual',
      ...(init.form ? { body: new URLSearchParams(init.form).toString() } : {}),
    });
    const setCookies = res.headers.getSetCookie();
    for (const c of setCookies) {
      const [pair] = c.split(';');
      const i = (pair ?? '').indexOf('=');
      const name = (pair ?? '').slice(0, i).trim();
      const value = (pair ?? '').slice(i + 1).trim();
      if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(c)) jar.delete(name);
      else jar.set(name, value);
    }
    const location = res.headers.get('location');
    return {
      status: res.status,
      location: location ? new URL(location, url).href : null,
      setCookies,
      text: () => res.text(),
    };
  }

  /** GET and follow redirects while they stay at `within` (the provider), returning the first URL outside it. */
  async follow(url: string, within: string): Promise<{ url: string; page?: string }> {
    let at = url;
    for (let i = 0; i < 10; i++) {
      if (!at.startsWith(within)) return { url: at };
      const r = await this.request(at);
      if (r.status >= 300 && r.status < 400 && r.location) at = r.location;
      else return { url: at, page: await r.text() };
    }
    throw new Error(`too many redirects from ${url}`);
  }
}

let provider: TestProvider;
let app: FastifyInstance;
let base: string;
let store: OpenedStore;
let accounts: AccountStore;
let audit: AuditTrail;

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  provider = await startProvider(`${base}/api/v1/auth/oidc/callback`, USERS);
  store = await openStore(':memory:');
  ({ accounts, audit } = openSecurity(store));
  await accounts.create({
    username: 'oidc-officer',
    displayName: 'Test Officer',
    roles: ['officer'],
    oidcSubject: 'u-1001',
  });
  await accounts.create({ username: 'oidc-clerk', roles: ['clerk'], oidcSubject: 'u-1003' });
  await accounts.setDisabled('oidc-clerk', true);
  await accounts.create({ username: 'oidc-defense', roles: ['defense'], oidcSubject: 'u-1004' });
  await accounts.create({ username: 'demo-judge', roles: ['judge'], demo: true, oidcSubject: 'u-1005' });
  const oidc = oidcSettingsFromEnv(
    {
      PRETRIAL_OIDC_ISSUER: provider.issuer,
      PRETRIAL_OIDC_CLIENT_ID: provider.clientId,
      PRETRIAL_OIDC_CLIENT_SECRET: provider.clientSecret,
      PRETRIAL_OIDC_NAME: 'Test Court ID',
      PRETRIAL_OIDC_REQUIRE_AMR: 'otp,hwk',
      PRETRIAL_OIDC_SCOPES: 'openid profile email',
    },
    base,
  );
  if (!oidc) throw new Error('no OIDC settings');
  app = await buildApp({
    store: new CaseStore(store.db),
    security: { accounts, audit, oidc, signInPerMinute: 1_000 },
  });
  await app.listen({ port, host: '127.0.0.1' });
});

afterAll(async () => {
  await app?.close();
  await provider?.close();
  await store?.close();
});

/**
 * The flow a browser goes through: our login route → the provider's authorization endpoint → its login form
 * (submitted) → back to our callback. `tamper` may change the authorization request or the provider's answer.
 */
async function signIn(
  b: Browser,
  login: string,
  password: string,
  tamper: { authorize?: (u: URL) => void; callback?: (u: URL) => void; next?: string } = {},
) {
  const start = await b.request(
    `${base}/api/v1/auth/oidc/login${tamper.next ? `?next=${encodeURIComponent(tamper.next)}` : ''}`,
  );
  expect(start.status).toBe(303);
  const authorize = new URL(start.location as string);
  tamper.authorize?.(authorize);
  const atLogin = await b.follow(authorize.href, provider.issuer);
  expect(atLogin.page).toContain('<form method="post"');
  const action = /action="([^"]+)"/.exec(atLogin.page ?? '')?.[1] as string;
  const submitted = await b.request(new URL(action, provider.issuer).href, { form: { login, password } });
  expect(submitted.status).toBe(303);
  const back = new URL((await b.follow(submitted.location as string, provider.issuer)).url);
  expect(back.origin + back.pathname).toBe(`${base}/api/v1/auth/oidc/callback`);
  tamper.callback?.(back);
  const done = await b.request(back.href);
  return { start, authorize, back, done };
}

const me = async (b: Browser) => {
  const r = await fetch(`${base}/api/v1/auth/me`, {
    headers: { cookie: `${SESSION_COOKIE}=${b.cookie(base, SESSION_COOKIE) ?? ''}` },
  });
  return (await r.json()) as {
    signedIn: boolean;
    pending: string | null;
    account: { username: string } | null;
    oidc: string | null;
  };
};

const lastAudit = async () => (await audit.list({ limit: 1 }))[0];

describe('OpenID Connect sign-in against a real provider', () => {
  it('the sign-in page is told the provider’s name', async () => {
    expect((await me(new Browser())).oidc).toBe('Test Court ID');
  });

  it('sends the browser to the provider with PKCE (S256), state and nonce', async () => {
    const r = await new Browser().request(`${base}/api/v1/auth/oidc/login`);
    expect(r.status).toBe(303);
    const u = new URL(r.location as string);
    expect(u.origin).toBe(provider.issuer);
    expect(u.searchParams.get('response_type')).toBe('code');
    expect(u.searchParams.get('client_id')).toBe(provider.clientId);
    expect(u.searchParams.get('redirect_uri')).toBe(`${base}/api/v1/auth/oidc/callback`);
    expect(u.searchParams.get('code_challenge_method')).toBe('S256');
    expect(u.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(u.searchParams.get('state')).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(u.searchParams.get('nonce')).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(u.searchParams.get('scope')).toBe('openid profile email');
    const handle = r.setCookies.find((c) => c.startsWith('pretrial_oidc='));
    expect(handle).toMatch(/HttpOnly/i);
    expect(handle).toMatch(/SameSite=Lax/i);
  });

  it('a linked account is signed in with the session a password sign-in makes, and it is audited', async () => {
    const b = new Browser();
    const before = await accounts.count();
    const { done, back } = await signIn(b, 'u-1001', 'pw-1001', { next: '/caseload' });
    expect(back.searchParams.get('code')).toBeTruthy();
    expect(back.searchParams.get('iss')).toBe(provider.issuer);
    expect(done.status).toBe(303);
    expect(done.location).toBe(`${base}/caseload`);
    const cookie = done.setCookies.find((c) => c.startsWith(`${SESSION_COOKIE}=`)) as string;
    expect(cookie.replace(/^[^;]*/, '')).toBe('; Path=/; HttpOnly; SameSite=Strict');
    const who = await me(b);
    // Signed in, no local second factor asked (the provider's `amr` held otp).
    expect(who).toMatchObject({ signedIn: true, pending: null, account: { username: 'oidc-officer' } });
    const caseload = await fetch(`${base}/api/v1/caseload`, {
      headers: { cookie: `${SESSION_COOKIE}=${b.cookie(base, SESSION_COOKIE)}` },
    });
    expect(caseload.status).toBe(200);
    const rec = (await audit.list({ limit: 5 })).find((r) => r.action.includes('/auth/oidc/callback'));
    expect(rec).toMatchObject({
      who: 'oidc-officer',
      role: 'officer',
      client: '127.0.0.1',
      outcome: 'success',
      target: 'oidc subject u-1001',
      action: 'GET /api/v1/auth/oidc/callback [public]',
      detail: 'sign-in of "oidc-officer" (OpenID Connect; acr urn:test:mfa; amr pwd,otp)',
    });
    expect(await accounts.count()).toBe(before);
    // The transaction is good once: the same answer again is refused.
    const again = await b.request(back.href);
    expect(again.location).toBe(`${base}/?signin_error=expired`);
  });

  it('a subject linked to no account is refused, audited, and no account is made', async () => {
    const b = new Browser();
    const before = await accounts.count();
    const { done } = await signIn(b, 'u-1002', 'pw-1002');
    expect(done.location).toBe(`${base}/?signin_error=unknown_account&subject=u-1002`);
    expect(done.setCookies.some((c) => c.startsWith(`${SESSION_COOKIE}=`))).toBe(false);
    expect((await me(b)).signedIn).toBe(false);
    expect(await accounts.count()).toBe(before);
    expect(await lastAudit()).toMatchObject({
      who: 'oidc:u-1002',
      role: '',
      outcome: 'denied',
      client: '127.0.0.1',
      detail:
        'OpenID Connect sign-in refused: the subject is linked to no account (email unlinked@example.test, name Unlinked Provider User)',
    });
  });

  it('a disabled account is refused and audited', async () => {
    const b = new Browser();
    const { done } = await signIn(b, 'u-1003', 'pw-1003');
    expect(done.location).toBe(`${base}/?signin_error=disabled`);
    expect((await me(b)).signedIn).toBe(false);
    expect(await lastAudit()).toMatchObject({
      who: 'oidc-clerk',
      role: 'clerk',
      outcome: 'denied',
      detail: 'OpenID Connect sign-in refused: the account is disabled',
    });
  });

  it('a demo account is refused outside demo mode', async () => {
    const b = new Browser();
    const { done } = await signIn(b, 'u-1005', 'pw-1005');
    expect(done.location).toBe(`${base}/?signin_error=demo`);
    expect((await me(b)).signedIn).toBe(false);
    expect(await lastAudit()).toMatchObject({ who: 'demo-judge', role: 'judge', outcome: 'denied' });
  });

  it('a provider sign-in without the required factor (amr) is refused', async () => {
    const b = new Browser();
    const { done } = await signIn(b, 'u-1004', 'pw-1004');
    expect(done.location).toBe(`${base}/?signin_error=authentication`);
    expect((await me(b)).signedIn).toBe(false);
    expect(await lastAudit()).toMatchObject({
      who: 'oidc-defense',
      outcome: 'denied',
      detail:
        "OpenID Connect sign-in refused: the provider's authentication methods (amr pwd) include none of otp, hwk",
    });
  });

  it('a callback whose state is not the one this browser started with is refused', async () => {
    const b = new Browser();
    const { done } = await signIn(b, 'u-1001', 'pw-1001', {
      callback: (u) => u.searchParams.set('state', 'forged-state-value'),
    });
    expect(done.location).toBe(`${base}/?signin_error=invalid`);
    expect((await me(b)).signedIn).toBe(false);
    const rec = await lastAudit();
    expect(rec).toMatchObject({ who: 'anonymous', outcome: 'denied' });
    expect(rec?.detail).toBe(
      'OpenID Connect sign-in refused: invalid response encountered: unexpected "state" response parameter value',
    );
  });

  it('an ID token with another nonce is refused (the ID token is validated)', async () => {
    const b = new Browser();
    const { done } = await signIn(b, 'u-1001', 'pw-1001', {
      authorize: (u) => u.searchParams.set('nonce', 'a-nonce-this-browser-never-made'),
    });
    expect(done.location).toBe(`${base}/?signin_error=invalid`);
    expect((await me(b)).signedIn).toBe(false);
    expect((await lastAudit())?.detail).toBe(
      'OpenID Connect sign-in refused: unexpected JWT claim value encountered: unexpected ID Token "nonce" claim value',
    );
  });

  it('a code asked for with another PKCE challenge cannot be redeemed', async () => {
    const b = new Browser();
    const { done } = await signIn(b, 'u-1001', 'pw-1001', {
      authorize: (u) => u.searchParams.set('code_challenge', 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM'),
    });
    expect(done.location).toBe(`${base}/?signin_error=invalid`);
    // The provider checks the verifier this server sends against the challenge it was given.
    expect((await lastAudit())?.detail).toBe(
      'OpenID Connect sign-in refused: server responded with an error in the response body: the provider answered invalid_grant (grant request is invalid)',
    );
  });

  it('a callback carried to another browser (login CSRF) is refused', async () => {
    const attacker = new Browser();
    let stolen: URL | null = null;
    await signIn(attacker, 'u-1001', 'pw-1001', {
      callback: (u) => {
        stolen = new URL(u.href);
        u.searchParams.set('state', 'spoil-it');
      },
    });
    const victim = new Browser();
    const r = await victim.request((stolen as unknown as URL).href);
    expect(r.location).toBe(`${base}/?signin_error=expired`);
    expect((await me(victim)).signedIn).toBe(false);
    expect(await lastAudit()).toMatchObject({
      who: 'anonymous',
      outcome: 'denied',
      detail: 'OpenID Connect sign-in refused: no sign-in was started in this browser',
    });
  });

  it('a password sign-in’s record names the account and role the same way', async () => {
    await accounts.create({ username: 'pw-clerk', roles: ['clerk'], password: 'a long enough password' });
    const r = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base },
      body: JSON.stringify({ username: 'pw-clerk', password: 'a long enough password' }),
    });
    expect(r.status).toBe(200);
    const cookie = r.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`)) as string;
    // The same cookie flags as the provider's sign-in.
    expect(cookie.replace(/^[^;]*/, '')).toBe('; Path=/; HttpOnly; SameSite=Strict');
    expect(await lastAudit()).toMatchObject({
      who: 'pw-clerk',
      role: 'clerk',
      client: '127.0.0.1',
      outcome: 'success',
      action: 'POST /api/v1/auth/login [public]',
    });
  });

  it('the provider’s refusal comes back as a refusal', async () => {
    const b = new Browser();
    const start = await b.request(`${base}/api/v1/auth/oidc/login`);
    const state = new URL(start.location as string).searchParams.get('state') as string;
    const r = await b.request(
      `${base}/api/v1/auth/oidc/callback?error=access_denied&error_description=user+canceled&state=${state}`,
    );
    expect(r.location).toBe(`${base}/?signin_error=provider`);
    expect((await lastAudit())?.detail).toBe(
      'OpenID Connect sign-in refused by the provider: access_denied (user canceled)',
    );
  });
});

describe('OpenID Connect settings', () => {
  it('are read from the environment; the redirect URL is made from the public URL', () => {
    const s = oidcSettingsFromEnv(
      {
        PRETRIAL_OIDC_ISSUER: 'https://login.example.court/realms/court',
        PRETRIAL_OIDC_CLIENT_ID: 'pretrial',
        PRETRIAL_OIDC_CLIENT_SECRET: 's3cret',
        PRETRIAL_OIDC_ACR_VALUES: 'urn:court:loa:2',
        PRETRIAL_OIDC_SCOPES: 'profile email',
      },
      'https://pretrial.example.court',
    );
    expect(s).toEqual({
      issuer: 'https://login.example.court/realms/court',
      clientId: 'pretrial',
      clientSecret: 's3cret',
      redirectUri: 'https://pretrial.example.court/api/v1/auth/oidc/callback',
      name: 'login.example.court',
      scopes: ['openid', 'profile', 'email'],
      acrValues: ['urn:court:loa:2'],
      requireAmr: [],
    });
    expect(oidcSettingsFromEnv({}, 'https://pretrial.example.court')).toBeNull();
  });

  it('refuse what cannot work, naming the setting', () => {
    expect(() =>
      oidcSettingsFromEnv({ PRETRIAL_OIDC_ISSUER: 'https://idp.example' }, 'https://x.example'),
    ).toThrow(/^PRETRIAL_OIDC_CLIENT_ID \(OpenID Connect sign-in\) is not set/);
    expect(() =>
      oidcSettingsFromEnv(
        { PRETRIAL_OIDC_ISSUER: 'http://idp.example', PRETRIAL_OIDC_CLIENT_ID: 'c' },
        'https://x',
      ),
    ).toThrow(/must be https/);
    expect(() =>
      oidcSettingsFromEnv(
        { PRETRIAL_OIDC_ISSUER: 'https://idp.example', PRETRIAL_OIDC_CLIENT_ID: 'c' },
        undefined,
      ),
    ).toThrow(/^PRETRIAL_PUBLIC_URL \(OpenID Connect sign-in\) is not set/);
  });

  it('acr must be one of the configured values', () => {
    const c = new OidcClient({
      issuer: 'https://idp.example',
      clientId: 'c',
      redirectUri: 'https://x.example/api/v1/auth/oidc/callback',
      name: 'IdP',
      scopes: ['openid'],
      acrValues: ['urn:court:loa:2'],
      requireAmr: [],
    });
    const claims = { iss: 'https://idp.example', sub: 's', aud: 'c', iat: 0, exp: 0 };
    expect(c.checkAuthentication({ ...claims, acr: 'urn:court:loa:2' })).toEqual({ ok: true });
    expect(c.checkAuthentication({ ...claims, acr: 'urn:court:loa:1' })).toEqual({
      ok: false,
      reason: "the provider's authentication level (acr urn:court:loa:1) is not one of urn:court:loa:2",
    });
    expect(c.checkAuthentication(claims)).toMatchObject({ ok: false });
  });

  it('return only to a path of this app', () => {
    expect(safeReturnPath('/caseload')).toBe('/caseload');
    expect(safeReturnPath('//evil.example/x')).toBe('/');
    expect(safeReturnPath('https://evil.example/')).toBe('/');
    expect(safeReturnPath('/\\evil.example')).toBe('/');
    expect(safeReturnPath(undefined)).toBe('/');
  });

  it('without a provider the routes answer 404 and the sign-in page offers none', async () => {
    const s = await openStore(':memory:');
    const bare = await buildApp({ store: new CaseStore(s.db), security: openSecurity(s) });
    const r = await bare.inject({ method: 'GET', url: '/api/v1/auth/oidc/login' });
    expect(r.statusCode).toBe(404);
    expect(r.json().error).toMatch(/^sign-in through an OpenID Connect provider is not configured/);
    expect((await bare.inject({ method: 'GET', url: '/api/v1/auth/me' })).json().oidc).toBeNull();
    await bare.close();
    await s.close();
  });
});

describe('pretrial users: the OpenID Connect subject', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pretrial-oidc-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = async (...args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(['node', 'pretrial', ...args], {
      log: (s = '') => out.push(s),
      error: (s) => err.push(s),
    });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  it('adds an account linked to a subject (no password asked), links, refuses a subject taken, unlinks', async () => {
    const db = join(dir, 'u.db');
    const add = await run(
      'users',
      'add',
      'officer-1',
      '--role',
      'officer',
      '--oidc-subject',
      'u-1001',
      '--db',
      db,
    );
    expect(add).toEqual({
      code: 0,
      out: 'Added officer-1 (officer), signing in through the OpenID Connect provider as the subject u-1001 (the provider asks for the second factor).',
      err: '',
    });
    expect((await run('users', 'list', '--db', db)).out).toBe(
      'officer-1  officer  active  MFA not enrolled  oidc:u-1001  ',
    );
    const taken = await run(
      'users',
      'add',
      'clerk-2',
      '--role',
      'clerk',
      '--oidc-subject',
      'u-1001',
      '--db',
      db,
    );
    expect(taken.code).not.toBe(0);
    expect(taken.err).toBe(
      'pretrial: the OpenID Connect subject "u-1001" is linked to the account "officer-1" already',
    );
    process.env.PRETRIAL_PASSWORD = 'a long enough password';
    expect((await run('users', 'add', 'clerk-2', '--role', 'clerk', '--db', db)).code).toBe(0);
    delete process.env.PRETRIAL_PASSWORD;
    expect((await run('users', 'link', 'clerk-2', 'u-1001', '--db', db)).err).toBe(
      'pretrial: the OpenID Connect subject "u-1001" is linked to the account "officer-1" already',
    );
    expect((await run('users', 'link', 'clerk-2', 'has space', '--db', db)).err).toMatch(
      /^pretrial: "has space" is not an OpenID Connect subject: 1–255 printable ASCII characters/,
    );
    expect((await run('users', 'link', 'clerk-2', 'u-2002', '--db', db)).out).toBe(
      'clerk-2 signs in through the OpenID Connect provider as the subject u-2002.',
    );
    expect((await run('users', 'unlink', 'officer-1', '--db', db)).out).toBe(
      'officer-1 no longer signs in through the OpenID Connect provider.',
    );
    const s = await openStore(db);
    const { accounts: a, audit: t } = openSecurity(s);
    expect((await a.mustFind('officer-1')).oidcSubject).toBeNull();
    expect((await a.mustFind('clerk-2')).oidcSubject).toBe('u-2002');
    expect((await t.list({ limit: 2 })).map((r) => [r.action, r.target, r.detail])).toEqual([
      ['users.unlink', 'officer-1', 'OpenID Connect subject u-1001 unlinked'],
      ['users.link', 'clerk-2', 'OpenID Connect subject u-2002'],
    ]);
    await s.close();
  });
});
