/**
 * Browser tests drive Debian's Chromium with playwright-core against the real server on a free port, backed by
 * an in-memory store with the demo case. Without Chromium installed they are skipped, and the reason printed.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { type Browser, chromium, type Page } from 'playwright-core';
import { buildHaleCaseFile } from '../../src/demo/index.ts';
import { DEMO_WEEK } from '../../src/monitoring/simulator/demo-week.ts';
import { buildApp } from '../../src/server/app.ts';
import type { AccountStore } from '../../src/server/auth/accounts.ts';
import type { OidcSettings } from '../../src/server/auth/oidc.ts';
import { SESSION_COOKIE } from '../../src/server/auth/plugin.ts';
import { openSecurity } from '../../src/server/auth/setup.ts';
import { MonitoringService } from '../../src/server/monitoring/service.ts';
import { buildWeb, WEB_DIST, webBuildIsStale } from '../../src/server/web-build.ts';
import { CaseStore } from '../../src/store/cases.ts';
import { openStore } from '../../src/store/db.ts';
import { MonitoringRepo } from '../../src/store/monitoring.ts';
import { makeTester } from './app.ts';

export const CHROMIUM = process.env.PRETRIAL_CHROMIUM ?? '/usr/bin/chromium';
export const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  console.log(
    `Browser tests skipped: no Chromium at ${CHROMIUM} (install it with \`apt-get install -y chromium\`; .ci/run does).`,
  );
}

export interface BrowserRig {
  base: string;
  browser: Browser;
  page: Page;
  /** The server's monitoring engine, on the replay clock of the demo (as `pretrial serve --demo`). */
  monitoring: MonitoringService;
  accounts: AccountStore;
  /** The tester's API token, for setting up data over HTTP. */
  token: string;
  close(): Promise<void>;
}

export interface RigOptions {
  /** Sign the page in as the full-access tester (default true); false leaves it at the sign-in page. */
  signedIn?: boolean;
  /** The server's clock for sessions, lockouts and codes. */
  now?: () => number;
  /** Demo mode (demo accounts, no second factor for them). */
  demo?: boolean;
  /** Listen on this port (default: a free one). */
  port?: number;
  /** Sign-in through an OpenID Connect provider. */
  oidc?: OidcSettings;
}

export async function startRig(options: RigOptions = {}): Promise<BrowserRig> {
  if (webBuildIsStale()) await buildWeb(() => {});
  const store = await openStore(':memory:');
  const cases = new CaseStore(store.db);
  await cases.createCase(buildHaleCaseFile(), { name: 'demo loader' });
  const monitoring = new MonitoringService(MonitoringRepo.of(store), cases, {
    replayClock: true,
    replayStart: DEMO_WEEK.from,
    tickEveryMs: 0,
  });
  await monitoring.start();
  const security = openSecurity(store, options.now);
  const token = await makeTester(security.accounts);
  const app = await buildApp({
    store: cases,
    webRoot: WEB_DIST,
    monitoring,
    security: {
      ...security,
      demo: options.demo === true,
      ...(options.now ? { now: options.now } : {}),
      ...(options.oidc ? { oidc: options.oidc } : {}),
      signInPerMinute: 1_000,
      ingestPerMinute: 100_000,
    },
  });
  await app.listen({ port: options.port ?? 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  if (options.signedIn !== false) {
    const tester = await security.accounts.mustFind('tester');
    const { secret } = await security.accounts.createSession(tester.id, true, '127.0.0.1');
    await context.addCookies([
      { name: SESSION_COOKIE, value: secret, url: base, httpOnly: true, sameSite: 'Strict' },
    ]);
  }
  const page = await context.newPage();
  return {
    base,
    browser,
    page,
    monitoring,
    accounts: security.accounts,
    token,
    async close() {
      await browser.close();
      await app.close();
      await monitoring.stop();
      await store.close();
    },
  };
}

/** Save a full-page screenshot under test-results/ (kept by CI as evidence). */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}
