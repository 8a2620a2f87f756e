/**
 * Access control, sign-in and the hardened server (docs/security.md): the role × route matrix walked from the
 * OpenAPI document, caseload scoping, lockout, idle lock, the second factor, CSRF, Host, headers, and the 409
 * for deleting a monitored case.
 */
import type { FastifyInstance } from 'fastify';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHaleCaseFile } from '../../src/demo/index.ts';
import { DEMO_DEVICE, DEMO_WEEK, demoEnrollment } from '../../src/monitoring/simulator/demo-week.ts';
import { buildApp } from '../../src/server/app.ts';
import type { AccountStore } from '../../src/server/auth/accounts.ts';
import { policyMatrixMarkdown } from '../../src/server/auth/matrix.ts';
import { CSRF_HEADER, SESSION_COOKIE } from '../../src/server/auth/plugin.ts';
import { POLICIES, type Policy, ROLES, type Role, rolesOf } from '../../src/server/auth/policy.ts';
import { openSecurity, seedDemoAccounts } from '../../src/server/auth/setup.ts';
import { MonitoringService } from '../../src/server/monitoring/service.ts';
import { CaseStore, caseIdFor } from '../../src/store/cases.ts';
import { openStore } from '../../src/store/db.ts';
import { MonitoringRepo } from '../../src/store/monitoring.ts';

const hale = buildHaleCaseFile();
const CASE = caseIdFor(hale);
const MINUTE = 60_000;
const PHONE = 'PH-PROTECTED-A';
const PROTECTED = {
  id: 'pp-meridian-a',
  label: 'Protected person A',
  deviceId: PHONE,
  conditionId: 'c2-no-contact-meridian',
  radiusM: 400,
  bufferM: 200,
};

let app: FastifyInstance;
let accounts: AccountStore;
let close: () => Promise<void>;
let clock = Date.parse('2026-06-01T12:00:00Z');
const tokens = new Map<string, string>();

const call = (
  who: string | null,
  method: string,
  url: string,
  payload?: unknown,
  headers: Record<string, string> = {},
) =>
  app.inject({
    method: method as 'GET',
    url,
    ...(payload !== undefined ? { payload: payload as string } : {}),
    headers: { ...(who ? { authorization: `Bearer ${tokens.get(who)}` } : {}), ...headers },
  });

beforeAll(async () => {
  const store = await openStore(':memory:');
  const cases = new CaseStore(store.db);
  await cases.createCase(hale, { name: 'test loader' });
  const repo = MonitoringRepo.of(store);
  const { Enrollment } = await import('../../src/monitoring/enrollment.ts');
  await repo.putEnrollment(CASE, Enrollment.parse({ ...demoEnrollment, protectedPersons: [PROTECTED] }), {
    name: 'test loader',
  });
  const monitoring = new MonitoringService(repo, cases, {
    tickEveryMs: 0,
    replayClock: true,
    replayStart: DEMO_WEEK.from,
  });
  await monitoring.start();
  const security = openSecurity(store, () => clock);
  accounts = security.accounts;
  await seedDemoAccounts(accounts, {
    caseId: CASE,
    court: hale.case.court,
    defendant: demoEnrollment.defendant,
    deviceId: DEMO_DEVICE,
  });
  // Counsel of the co-defendant (Marcus Hale, 1), and an officer with nobody on their caseload.
  await accounts.create({ username: 'defense-1', roles: ['defense'] });
  await accounts.assign('defense-1', 'defendant', `${CASE}#1`);
  await accounts.create({ username: 'officer-2', roles: ['officer'] });
  await accounts.create({ username: 'vendor-2', roles: ['vendor'] });
  await accounts.assign('vendor-2', 'device', 'OTHER-*');
  await accounts.assign('vendor', 'device', PHONE);
  for (const a of await accounts.list())
    tokens.set(a.username, (await accounts.createToken(a.username, { name: 'test' })).token);
  app = await buildApp({
    store: cases,
    monitoring,
    security: { ...security, now: () => clock, signInPerMinute: 1_000 },
  });
  close = async () => {
    await app.close();
    await monitoring.stop();
    await store.close();
  };
});
afterAll(async () => close());

/** Path parameters for the matrix: the demo case and its monitored defendant (ids that exist where it matters). */
const PARAMS: Record<string, string> = {
  id: CASE,
  eventId: 'no-such-event',
  personId: demoEnrollment.personId,
  alertId: 'no-such-alert',
  action: 'notes',
};

describe('the role × route matrix, from the OpenAPI document', () => {
  it('every operation of the document has a policy, and the docs/security.md table is the one the code makes', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const ops = Object.entries(doc.paths).flatMap(([p, methods]) => Object.keys(methods).map((m) => [m, p]));
    expect(ops.length).toBeGreaterThan(35);
    for (const [m, p] of ops) {
      const route = `${(m as string).toUpperCase()} ${(p as string).replace(/\{(\w+)\}/g, ':$1')}`;
      expect(app.policies.get(route), route).toBeDefined();
    }
    const { readFileSync } = await import('node:fs');
    const docs = readFileSync(new URL('../../docs/security.md', import.meta.url), 'utf8');
    expect(docs).toContain(policyMatrixMarkdown(app.policies));
  });

  it('each role (and anonymous) gets what the matrix says on every operation: 401, 403, or through', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const outcomes: string[] = [];
    for (const [path, methods] of Object.entries(doc.paths))
      for (const method of Object.keys(methods)) {
        const route = `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`;
        const policy = app.policies.get(route);
        if (!policy) throw new Error(`no policy for ${route}`);
        const url = path.replace(/\{(\w+)\}/g, (_, k: string) => encodeURIComponent(PARAMS[k] ?? 'x'));
        const body =
          method === 'get' || method === 'delete'
            ? undefined
            : method === 'post' && path.endsWith('/events') && path.includes('monitoring')
              ? '[]'
              : {};
        const kind = (POLICIES[policy] as Policy).roles;
        for (const who of [null, ...ROLES] as (Role | null)[]) {
          // The live stream never ends for an admitted caller: only refusals are checked there.
          if (path.endsWith('/stream') && who && rolesOf(policy).includes(who)) continue;
          const r = await call(
            who,
            method.toUpperCase(),
            url,
            body,
            body === '[]' ? { 'content-type': 'application/json' } : {},
          );
          const admitted = kind === 'anyone' || (who !== null && rolesOf(policy).includes(who));
          const got = r.statusCode;
          const ok =
            kind === 'anyone'
              ? got !== 403
              : who === null
                ? got === 401
                : admitted
                  ? got !== 401 && got !== 403
                  : got === 403;
          if (!ok) outcomes.push(`${route} as ${who ?? 'anonymous'}: ${got} ${r.body.slice(0, 120)}`);
        }
      }
    expect(outcomes).toEqual([]);
  });

  it('a route that declares no policy is refused when it is registered', async () => {
    const { default: Fastify } = await import('fastify');
    const { requirePolicies } = await import('../../src/server/auth/plugin.ts');
    const bare = Fastify();
    requirePolicies(bare, new Map());
    expect(() => bare.get('/api/v1/forgotten', async () => ({}))).toThrow(
      /^route GET \/api\/v1\/forgotten declares no access policy: add config: \{ policy: '<name>' \}/,
    );
  });
});

describe('caseload scoping', () => {
  it('counsel reads their own client’s track, not a co-defendant’s', async () => {
    const track = `/api/v1/monitoring/people/${demoEnrollment.personId}/track`;
    expect((await call('defense', 'GET', track)).statusCode).toBe(200);
    const other = await call('defense-1', 'GET', track);
    expect(other.statusCode).toBe(403);
    expect(other.json().error).toBe(`person ${demoEnrollment.personId} is not on your caseload`);
    expect((await call('officer-2', 'GET', track)).statusCode).toBe(403);
  });

  it('a vendor token posts for its own devices only; nothing of a refused batch is stored', async () => {
    const event = (device: string) => [{ kind: 'heartbeat', device, at: '2026-05-05T08:00:00-07:00' }];
    const json = { 'content-type': 'application/json' };
    const own = await call(
      'vendor',
      'POST',
      '/api/v1/monitoring/events',
      JSON.stringify(event(DEMO_DEVICE)),
      json,
    );
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ accepted: 1 });
    const foreign = await call(
      'vendor-2',
      'POST',
      '/api/v1/monitoring/events',
      JSON.stringify(event(DEMO_DEVICE)),
      json,
    );
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error).toBe(
      `device(s) not assigned to this integration: ${DEMO_DEVICE}; nothing was stored`,
    );
    // The vendor reads nothing.
    expect((await call('vendor', 'GET', `/api/v1/cases/${CASE}`)).statusCode).toBe(403);
  });

  it('a protected person’s place reaches only the assigned officer: others see no coordinates of it', async () => {
    const fix = [
      {
        kind: 'fix',
        device: PHONE,
        at: '2026-05-05T08:00:00-07:00',
        lat: 34.0601,
        lon: -118.2502,
        accuracyM: 10,
        source: 'gps',
      },
    ];
    const posted = await call('vendor', 'POST', '/api/v1/monitoring/events', JSON.stringify(fix), {
      'content-type': 'application/json',
      'pretrial-replay-time': '2026-05-05T15:00:30Z',
    });
    expect(posted.statusCode).toBe(200);
    const mobile = async (who: string) => {
      const r = await call(who, 'GET', `/api/v1/monitoring/people/${demoEnrollment.personId}`);
      expect(r.statusCode).toBe(200);
      return (
        r.json().zones.features as { properties: { role: string }; geometry: { coordinates: number[] } }[]
      ).filter((f) => f.properties.role === 'mobile');
    };
    const seen = await mobile('officer');
    expect(seen).toHaveLength(1);
    expect(seen[0]?.geometry.coordinates).toEqual([-118.2502, 34.0601]);
    for (const who of ['supervisor', 'judge', 'prosecutor', 'defense'])
      expect(await mobile(who), who).toEqual([]);
    // Nor does the person's page text carry it.
    const asJudge = (await call('judge', 'GET', `/api/v1/monitoring/people/${demoEnrollment.personId}`)).body;
    expect(asJudge).not.toContain('34.0601');
  });

  it('lists hold only the caseload: an officer with none sees nothing; a supervisor sees their officer’s people', async () => {
    expect((await call('officer-2', 'GET', '/api/v1/cases')).json().cases).toEqual([]);
    expect(
      (await call('officer', 'GET', '/api/v1/cases')).json().cases.map((c: { id: string }) => c.id),
    ).toEqual([CASE]);
    expect((await call('officer-2', 'GET', '/api/v1/monitoring/enrollments')).json().people).toEqual([]);
    const sup = (await call('supervisor', 'GET', '/api/v1/monitoring/enrollments')).json().people;
    expect(sup.map((p: { personId: string }) => p.personId)).toEqual([demoEnrollment.personId]);
    // Counsel of defendant 1 sees the case, not defendant 2's monitoring.
    expect((await call('defense-1', 'GET', `/api/v1/cases/${CASE}`)).statusCode).toBe(200);
    expect((await call('defense-1', 'GET', '/api/v1/monitoring/enrollments')).json().people).toEqual([]);
    // The administrator manages accounts and sees no case data.
    expect((await call('admin', 'GET', '/api/v1/cases')).statusCode).toBe(403);
    expect((await call('admin', 'GET', '/api/v1/accounts')).statusCode).toBe(200);
  });

  it('the caseload: each visible defendant with custody, Speedy Trial days and open alerts', async () => {
    const officer = (await call('officer', 'GET', '/api/v1/caseload?asOf=2026-06-01')).json();
    expect(officer.rows.map((r: { defendant: number }) => r.defendant)).toEqual([2]);
    expect(officer.rows[0]).toMatchObject({ caseId: CASE, name: 'Renee Castell', personId: 'hale-2' });
    const clerk = (await call('clerk', 'GET', '/api/v1/caseload?asOf=2026-06-01')).json();
    expect(clerk.rows.length).toBe(hale.defendants.length);
  });

  it('deleting a case with active monitoring is refused with the reason', async () => {
    const r = await call('clerk', 'DELETE', `/api/v1/cases/${CASE}`);
    expect(r.statusCode).toBe(409);
    expect(r.json().error).toBe(
      `case ${CASE} has active location monitoring (hale-2): deleting it would end the monitoring; end the enrollment first`,
    );
  });
});

async function login(username: string, password: string, headers: Record<string, string> = {}) {
  const r = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
    headers,
  });
  const cookie = r.cookies.find((c) => c.name === SESSION_COOKIE);
  return { r, cookie: cookie ? `${SESSION_COOKIE}=${cookie.value}` : '', set: cookie };
}

describe('sign-in', () => {
  it('the cookie is HttpOnly and SameSite=Strict; a demo account needs no second factor in demo mode only', async () => {
    // This app is not in demo mode: demo accounts are refused.
    const demo = await login('officer', 'demo');
    expect(demo.r.statusCode).toBe(401);
    expect(demo.r.json().error).toBe('demo accounts sign in only while the server runs in demo mode');
    await accounts.create({ username: 'carol', roles: ['clerk'], password: 'a long enough password' });
    await accounts.assign('carol', 'court', hale.case.court);
    const s = await login('carol', 'a long enough password');
    expect(s.r.statusCode).toBe(200);
    expect(s.set).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(s.r.json().pending).toBe('enroll');
  });

  it('outside demo mode the second factor is enrolled (QR) and then required; a recovery code works once', async () => {
    await accounts.create({ username: 'dave', roles: ['clerk'], password: 'another long password' });
    await accounts.assign('dave', 'court', hale.case.court);
    const s = await login('dave', 'another long password');
    const headers = { cookie: s.cookie, [CSRF_HEADER]: s.r.json().csrfToken };
    // Password alone opens nothing.
    expect((await app.inject({ method: 'GET', url: '/api/v1/cases', headers })).statusCode).toBe(401);
    const enroll = await app.inject({ method: 'POST', url: '/api/v1/auth/mfa/enroll', headers });
    expect(enroll.statusCode).toBe(200);
    expect(enroll.json().qrCode).toMatch(/^data:image\/png;base64,/);
    expect(enroll.json().otpauthUrl).toMatch(/^otpauth:\/\/totp\/pretrial:dave\?/);
    const totp = new TOTP({ secret: Secret.fromBase32(enroll.json().secret) });
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/mfa/verify',
      headers,
      payload: { code: '000000' === totp.generate({ timestamp: clock }) ? '111111' : '000000' },
    });
    expect(wrong.statusCode).toBe(401);
    const ok = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/mfa/verify',
      headers,
      payload: { code: totp.generate({ timestamp: clock }) },
    });
    expect(ok.statusCode).toBe(200);
    const codes = ok.json().recoveryCodes as string[];
    expect(codes).toHaveLength(10);
    expect((await app.inject({ method: 'GET', url: '/api/v1/cases', headers })).statusCode).toBe(200);
    // A new sign-in: the recovery code in place of the authenticator, once.
    const again = await login('dave', 'another long password');
    expect(again.r.json().pending).toBe('verify');
    const h2 = { cookie: again.cookie, [CSRF_HEADER]: again.r.json().csrfToken };
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/v1/auth/mfa/verify',
          headers: h2,
          payload: { code: codes[0] },
        })
      ).statusCode,
    ).toBe(200);
    const third = await login('dave', 'another long password');
    const h3 = { cookie: third.cookie, [CSRF_HEADER]: third.r.json().csrfToken };
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/v1/auth/mfa/verify',
          headers: h3,
          payload: { code: codes[0] },
        })
      ).statusCode,
    ).toBe(401);
  });

  it('five wrong passwords lock the account for 10 minutes, even against the right one', async () => {
    await accounts.create({ username: 'erin', roles: ['clerk'], password: 'the right password' });
    for (let i = 0; i < 4; i++) expect((await login('erin', 'wrong password')).r.statusCode).toBe(401);
    const fifth = await login('erin', 'wrong password');
    expect(fifth.r.statusCode).toBe(423);
    const locked = await login('erin', 'the right password');
    expect(locked.r.statusCode).toBe(423);
    expect(locked.r.json().error).toMatch(
      /^the account is locked after 5 failed attempts until 2026-06-01T12:1\d:00\.000Z/,
    );
    clock += 10 * MINUTE + 1_000;
    expect((await login('erin', 'the right password')).r.statusCode).toBe(200);
  });

  it('a session locks after 30 minutes idle: 29 minutes apart is fine, 31 is not', async () => {
    await accounts.create({ username: 'frank', roles: ['clerk'], password: 'frank password 1' });
    const secret = (await accounts.createSession((await accounts.mustFind('frank')).id, true, 'test')).secret;
    const me = () =>
      app.inject({
        method: 'GET',
        url: '/api/v1/auth/me',
        headers: { cookie: `${SESSION_COOKIE}=${secret}` },
      });
    clock += 29 * MINUTE;
    expect((await me()).json().signedIn).toBe(true);
    clock += 31 * MINUTE;
    expect((await me()).json().signedIn).toBe(false);
  });
});

describe('the hardened server', () => {
  it('a change with the session cookie needs the CSRF token and our own Origin', async () => {
    await accounts.create({ username: 'gina', roles: ['clerk'], password: 'gina password 12' });
    await accounts.assign('gina', 'court', hale.case.court);
    const secret = (await accounts.createSession((await accounts.mustFind('gina')).id, true, 'test')).secret;
    const me = await app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: `${SESSION_COOKIE}=${secret}` },
    });
    const csrf = me.json().csrfToken as string;
    const post = (headers: Record<string, string>) =>
      app.inject({
        method: 'POST',
        url: `/api/v1/cases/${CASE}/clock/what-if`,
        payload: { events: [] },
        headers: { cookie: `${SESSION_COOKIE}=${secret}`, ...headers },
      });
    const none = await post({});
    expect(none.statusCode).toBe(403);
    expect(none.json().error).toBe(`missing or wrong ${CSRF_HEADER} header (the session's CSRF token)`);
    const foreign = await post({ [CSRF_HEADER]: csrf, origin: 'https://evil.example' });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error).toBe('cross-site request refused (Origin https://evil.example)');
    const good = await post({ [CSRF_HEADER]: csrf, origin: 'http://localhost:80' });
    expect(good.statusCode).not.toBe(403);
  });

  it('/auth/me lists the policies the account’s roles admit, so the app offers only those', async () => {
    await accounts.create({ username: 'hugo', roles: ['clerk'], password: 'hugo password 12' });
    await accounts.create({ username: 'anya', roles: ['auditor'], password: 'anya password 12' });
    const mayOf = async (username: string) => {
      const secret = (await accounts.createSession((await accounts.mustFind(username)).id, true, 'test'))
        .secret;
      const me = await app.inject({
        method: 'GET',
        url: '/api/v1/auth/me',
        headers: { cookie: `${SESSION_COOKIE}=${secret}` },
      });
      return me.json().account.may as string[];
    };
    const clerk = await mayOf('hugo');
    expect(clerk).toEqual(expect.arrayContaining(['case.create', 'case.read', 'cases.list', 'caseload']));
    expect(clerk).not.toContain('monitoring.people');
    expect(clerk).not.toContain('alerts.list');
    expect(clerk).not.toContain('audit.read');
    const auditor = await mayOf('anya');
    expect(auditor).toEqual(expect.arrayContaining(['audit.read', 'case.audit', 'signedIn', 'public']));
    expect(auditor).not.toContain('case.read');
    expect(auditor).not.toContain('caseload');
  });

  it('a request for another host name is refused (DNS rebinding)', async () => {
    const r = await app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { host: 'attacker.example:3000' },
    });
    expect(r.statusCode).toBe(421);
  });

  it('security headers: CSP without inline script, no framing, nosniff, same-origin referrer; API answers not cached', async () => {
    const r = await call('clerk', 'GET', '/api/v1/cases');
    const csp = String(r.headers['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['referrer-policy']).toBe('same-origin');
    expect(r.headers['cache-control']).toBe('no-store');
    expect(r.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('the audit trail records reads, refusals and sign-ins with who, role, client and outcome; auditors only', async () => {
    const trail = (await call('auditor', 'GET', '/api/v1/audit?limit=1000')).json().records as {
      who: string;
      role: string;
      action: string;
      outcome: string;
      client: string;
    }[];
    expect(
      trail.some(
        (r) =>
          r.who === 'defense' &&
          r.action.startsWith('GET /api/v1/monitoring/people/:personId/track') &&
          r.outcome === 'success',
      ),
    ).toBe(true);
    expect(trail.some((r) => r.who === 'defense-1' && r.outcome === 'denied')).toBe(true);
    expect(trail.some((r) => r.action.startsWith('POST /api/v1/auth/login') && r.outcome === 'denied')).toBe(
      true,
    );
    expect(trail.every((r) => r.client === '127.0.0.1')).toBe(true);
    expect((await call('admin', 'GET', '/api/v1/audit')).statusCode).toBe(403);
    expect((await call('auditor', 'GET', '/api/v1/audit/verify')).json()).toMatchObject({
      ok: true,
      problems: [],
    });
  });
});
