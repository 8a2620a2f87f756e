import type { FastifyInstance, InjectOptions } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import type { AccountStore } from '../../src/server/auth/accounts.ts';
import type { Role } from '../../src/server/auth/policy.ts';
import { openSecurity } from '../../src/server/auth/setup.ts';
import { MonitoringService, type MonitoringServiceOptions } from '../../src/server/monitoring/service.ts';
import type { AuditTrail } from '../../src/store/audit.ts';
import { CaseStore } from '../../src/store/cases.ts';
import { type OpenedStore, openStore } from '../../src/store/db.ts';
import { MonitoringRepo } from '../../src/store/monitoring.ts';

/**
 * The account most tests act as: a clerk, officer, vendor integration and auditor for every court and device,
 * so tests of other things than access can call any route. Access itself is tested in test/server/security*.
 */
export const TESTER_ROLES: Role[] = ['clerk', 'officer', 'vendor', 'auditor'];

/** A full-access test account with an API token (`Authorization: Bearer …`). */
export async function makeTester(accounts: AccountStore, username = 'tester'): Promise<string> {
  await accounts.create({ username, displayName: 'Test Clerk and Officer', roles: TESTER_ROLES });
  await accounts.assign(username, 'court', '*');
  await accounts.assign(username, 'device', '*');
  return (await accounts.createToken(username, { name: 'tests' })).token;
}

/**
 * Every request this app's `inject` makes carries the tester's token, unless the test gives its own
 * `authorization` or `cookie` header (an empty `authorization` makes an anonymous call).
 */
export function authorizeInject(app: FastifyInstance, token: string): void {
  const inject = app.inject.bind(app) as (o: InjectOptions | string) => ReturnType<FastifyInstance['inject']>;
  const wrapped = (opts: InjectOptions | string) => {
    const o: InjectOptions = typeof opts === 'string' ? { url: opts } : opts;
    const headers = { ...((o.headers as Record<string, string> | undefined) ?? {}) };
    if (headers.authorization === undefined && headers.cookie === undefined)
      headers.authorization = `Bearer ${token}`;
    if (headers.authorization === '') delete headers.authorization;
    return inject({ ...o, headers });
  };
  (app as unknown as { inject: typeof wrapped }).inject = wrapped;
}

export interface TestApp {
  app: FastifyInstance;
  monitoring: MonitoringService;
  accounts: AccountStore;
  audit: AuditTrail;
  store: OpenedStore;
  /** The tester's API token. */
  token: string;
  close: () => Promise<void>;
}

/** An app on a fresh in-memory store, with its monitoring engine (no background ticks unless asked). */
export async function testApp(
  monitoringOptions: MonitoringServiceOptions = {},
  url = ':memory:',
): Promise<TestApp> {
  const store = await openStore(url);
  const cases = new CaseStore(store.db);
  const monitoring = new MonitoringService(MonitoringRepo.of(store), cases, {
    tickEveryMs: 0,
    ...monitoringOptions,
  });
  await monitoring.start();
  const security = openSecurity(store);
  const token = await makeTester(security.accounts);
  const app = await buildApp({
    store: cases,
    monitoring,
    security: { ...security, signInPerMinute: 1_000, ingestPerMinute: 100_000 },
  });
  authorizeInject(app, token);
  return {
    app,
    monitoring,
    ...security,
    store,
    token,
    close: async () => {
      await app.close();
      await monitoring.stop();
      await store.close();
    },
  };
}

/**
 * An app on an opened store (made again on the same store after a restart), acting as the tester: its `inject`
 * carries the tester's token; `token` is for real HTTP calls and `session()` for a browser's cookie.
 */
export async function buildTestApp(o: {
  store: OpenedStore;
  cases: CaseStore;
  monitoring?: MonitoringService;
  webRoot?: string;
  importBudgetMs?: number;
}): Promise<{ app: FastifyInstance; token: string; accounts: AccountStore; session: () => Promise<string> }> {
  const security = openSecurity(o.store);
  const existing = await security.accounts.find('tester');
  const token = existing
    ? (await security.accounts.createToken('tester', { name: 'tests' })).token
    : await makeTester(security.accounts);
  const app = await buildApp({
    store: o.cases,
    ...(o.monitoring ? { monitoring: o.monitoring } : {}),
    ...(o.webRoot ? { webRoot: o.webRoot } : {}),
    ...(o.importBudgetMs ? { importBudgetMs: o.importBudgetMs } : {}),
    security: { ...security, signInPerMinute: 1_000, ingestPerMinute: 100_000 },
  });
  authorizeInject(app, token);
  return {
    app,
    token,
    accounts: security.accounts,
    session: async () => {
      const t = await security.accounts.mustFind('tester');
      return (await security.accounts.createSession(t.id, true, '127.0.0.1')).secret;
    },
  };
}

/** How changes made by the tester are recorded (username and roles). */
export const TESTER_ACTOR = `tester (${TESTER_ROLES.join(', ')})`;
