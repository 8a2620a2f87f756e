import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { buildHaleCaseFile } from '../../demo/index.ts';
import { Enrollment } from '../../monitoring/enrollment.ts';
import { DEMO_DEVICE, DEMO_WEEK, demoEnrollment } from '../../monitoring/simulator/demo-week.ts';
import { buildApp } from '../../server/app.ts';
import { type OidcSettings, oidcSettingsFromEnv } from '../../server/auth/oidc.ts';
import { openSecurity, seedDemoAccounts } from '../../server/auth/setup.ts';
import { clusterConfigFromEnv } from '../../server/cluster/config.ts';
import { ClusterFront } from '../../server/cluster-front.ts';
import { replayDemoWeek } from '../../server/monitoring/demo-replay.ts';
import { MonitoringService } from '../../server/monitoring/service.ts';
import { buildWeb, WEB_DIST, webBuildIsStale } from '../../server/web-build.ts';
import { retentionDays } from '../../store/audit.ts';
import { CaseStore, caseIdFor } from '../../store/cases.ts';
import { DEFAULT_SQLITE_PATH } from '../../store/db.ts';
import { MonitoringRepo } from '../../store/monitoring.ts';
import { CliError, type Out } from '../io.ts';
import { openCliStore } from '../store.ts';

export interface ServeOptions {
  port: string;
  host: string;
  db?: string;
  demo?: boolean;
  build?: boolean;
  log?: boolean;
  /** With --demo: replay the monitoring demo week over this many seconds (0: do not replay). */
  replaySeconds?: string;
  /** Run the monitoring engine on replayed data's time (implied by --demo). */
  replayClock?: boolean;
  /** TLS certificate and key (PEM files). */
  tlsCert?: string;
  tlsKey?: string;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);

/** One line saying why the server could not listen, with the option that fixes it. */
export function listenProblem(e: unknown, host: string, port: number): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE')
    return `port ${port} on ${host} is already in use (another pretrial or another program is listening there); choose another with --port ${port === 65535 ? 3001 : port + 1}`;
  if (code === 'EACCES')
    return `not allowed to listen on port ${port} (ports below 1024 need privileges); choose another with --port 3000`;
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
    return `cannot listen on ${host}: no network interface of this machine has that address; give --host 127.0.0.1, 0.0.0.0 or one of its addresses`;
  return `cannot listen on ${host}:${port}: ${(e as Error).message}`;
}

/** `pretrial serve`: migrate the store, load the demo into an empty store, build the UI if needed, serve. */
export async function serveCommand(opts: ServeOptions, out: Out): Promise<number> {
  const url = opts.db ?? process.env.PRETRIAL_DATABASE_URL ?? DEFAULT_SQLITE_PATH;
  if ((opts.tlsCert === undefined) !== (opts.tlsKey === undefined))
    throw new CliError('--tls-cert and --tls-key go together: give both (PEM files)');
  let https: { cert: Buffer; key: Buffer } | undefined;
  if (opts.tlsCert && opts.tlsKey) {
    try {
      https = { cert: readFileSync(opts.tlsCert), key: readFileSync(opts.tlsKey) };
    } catch (e) {
      throw new CliError(`could not read the TLS certificate or key: ${(e as Error).message}`);
    }
  }
  let retention: number;
  try {
    retention = retentionDays();
  } catch (e) {
    throw new CliError((e as Error).message);
  }
  // Where users reach the server (the OpenID Connect redirect URL is made from it): PRETRIAL_PUBLIC_URL, or on
  // loopback the address printed below.
  const publicUrl =
    process.env.PRETRIAL_PUBLIC_URL?.trim() ||
    (LOOPBACK_HOSTS.has(opts.host)
      ? `${https ? 'https' : 'http'}://localhost:${Number(opts.port)}`
      : undefined);
  if (process.env.PRETRIAL_PUBLIC_URL && !URL.canParse(process.env.PRETRIAL_PUBLIC_URL))
    throw new CliError(`PRETRIAL_PUBLIC_URL: "${process.env.PRETRIAL_PUBLIC_URL}" is not a URL`);
  let oidc: OidcSettings | null;
  try {
    oidc = oidcSettingsFromEnv(process.env, publicUrl);
  } catch (e) {
    throw new CliError((e as Error).message);
  }
  const limits = monitoringLimits(process.env);
  const store = await openCliStore(url);
  const cases = new CaseStore(store.db);
  const security = openSecurity(store);
  out.log(`Database: ${store.dialect} at ${store.location} (migrated)`);
  if (!LOOPBACK_HOSTS.has(opts.host) && !https)
    out.error(
      `pretrial: WARNING: listening on ${opts.host} without TLS: passwords, session cookies and case data cross the network in clear. Give --tls-cert and --tls-key (CJIS Security Policy § 5.10.1.2.1).`,
    );

  const repo = MonitoringRepo.of(store);
  if (opts.demo) {
    const existing = await cases.listCases();
    const demo = buildHaleCaseFile();
    if (existing.length === 0) {
      await cases.createCase(demo, { name: 'demo loader' });
      out.log(`Loaded the demo case ${demo.case.caption} (${caseIdFor(demo)}).`);
    }
    if ((await cases.getCase(caseIdFor(demo))) && !(await repo.getEnrollment(demoEnrollment.personId))) {
      await repo.putEnrollment(caseIdFor(demo), Enrollment.parse(demoEnrollment), { name: 'demo loader' });
      out.log(`Enrolled ${demoEnrollment.label} in location monitoring (device ${DEMO_DEVICE}).`);
    }
    const made = await seedDemoAccounts(security.accounts, {
      caseId: caseIdFor(demo),
      court: demo.case.court,
      defendant: demoEnrollment.defendant,
      deviceId: DEMO_DEVICE,
    });
    if (made.length > 0)
      out.log(`Demo mode: one account per role (password "demo", no second factor): ${made.join(', ')}.`);
  } else if ((await security.accounts.count()) === 0)
    out.log(
      'No accounts yet: create the first administrator with `pretrial users add <username> --role admin`, then the others.',
    );

  if (opts.build !== false && webBuildIsStale()) {
    try {
      await buildWeb((line) => out.log(line));
    } catch (e) {
      out.error(`pretrial: ${(e as Error).message}; serving the API only.`);
    }
  }

  // The demo replays a recorded week (May 2026): the engine's clock follows the replay, not today's date,
  // so the silence and late-return checks do not fire against months of "missing" data.
  const replayClock = opts.demo === true || opts.replayClock === true;
  let clusterConfig: ReturnType<typeof clusterConfigFromEnv>;
  try {
    clusterConfig = clusterConfigFromEnv();
  } catch (e) {
    throw new CliError((e as Error).message);
  }
  if (clusterConfig && store.dialect !== 'postgres')
    throw new CliError(
      'PRETRIAL_NATS_URL is set (cluster mode): the cluster shares one PostgreSQL database; give --db postgres://… or PRETRIAL_DATABASE_URL',
    );
  const cluster = clusterConfig ? await ClusterFront.open(clusterConfig, repo, cases) : undefined;
  if (clusterConfig)
    out.log(
      `Monitoring: cluster mode on NATS JetStream (${clusterConfig.servers.length} server URL(s), prefix ${clusterConfig.prefix}); run the evaluator workers beside it (docs/deploy.md).`,
    );
  const monitoring = new MonitoringService(repo, cases, {
    replayClock,
    ...(replayClock ? { replayStart: DEMO_WEEK.from } : {}),
    ...limits,
    ...(cluster ? { cluster } : {}),
  });
  await monitoring.start();
  const hosts = (process.env.PRETRIAL_HOSTS ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  if (!LOOPBACK_HOSTS.has(opts.host) && opts.host !== '0.0.0.0' && opts.host !== '::') hosts.push(opts.host);
  if (process.env.PRETRIAL_PUBLIC_URL) hosts.push(new URL(process.env.PRETRIAL_PUBLIC_URL).hostname);
  if (oidc) {
    out.log(
      `Sign-in through ${oidc.name} (OpenID Connect, ${oidc.issuer}); the redirect URL to register with it: ${oidc.redirectUri}`,
    );
    if (oidc.acrValues.length === 0 && oidc.requireAmr.length === 0)
      out.log(
        'OpenID Connect: the provider is trusted to ask for the second factor (set PRETRIAL_OIDC_REQUIRE_AMR or PRETRIAL_OIDC_ACR_VALUES to check its ID tokens say so).',
      );
  }
  const app = await buildApp({
    store: cases,
    security: {
      ...security,
      demo: opts.demo === true,
      hosts,
      tls: https !== undefined,
      ...(oidc ? { oidc } : {}),
      ...(process.env.PRETRIAL_CORS_ORIGINS
        ? { corsOrigins: process.env.PRETRIAL_CORS_ORIGINS.split(',').map((o) => o.trim()) }
        : {}),
    },
    ...(https ? { https } : {}),
    webRoot: WEB_DIST,
    // Errors (500s) are always logged, structured, to stderr; --log adds every request.
    logger: opts.log === true ? 'requests' : 'errors',
    monitoring,
  });
  const port = Number(opts.port);
  try {
    await app.listen({ port, host: opts.host });
  } catch (e) {
    await monitoring.stop();
    await store.close();
    throw new CliError(listenProblem(e, opts.host, port));
  }
  const shown = opts.host === '0.0.0.0' || opts.host === '127.0.0.1' ? 'localhost' : opts.host;
  const scheme = https ? 'https' : 'http';
  out.log(`Audit trail: hash-chained, kept ${retention} days (PRETRIAL_AUDIT_RETENTION_DAYS; at least 365).`);
  // Records past the retention are pruned through a checkpoint, at start and once a day.
  const prune = () =>
    security.audit
      .prune(retention, 'serve')
      .then((r) => {
        if (r.pruned > 0)
          out.log(`Audit trail: pruned ${r.pruned} record(s) written before ${r.cutoff} (checkpoint kept).`);
      })
      .catch((e: unknown) => out.error(`pretrial: the audit pruning failed: ${(e as Error).message}`));
  await prune();
  setInterval(prune, 86_400_000).unref();
  out.log(
    `pretrial is running at ${scheme}://${shown}:${port}  (API docs: ${scheme}://${shown}:${port}/api/docs)`,
  );
  if (!LOOPBACK_HOSTS.has(opts.host))
    out.log(
      opts.host === '0.0.0.0' || opts.host === '::'
        ? `Listening on every network interface: reachable from the network at ${scheme}://${hostname()}:${port} as well.`
        : `Listening on ${opts.host}: reachable from the network at ${scheme}://${opts.host}:${port}.`,
    );
  const replaySeconds = Number(opts.replaySeconds ?? 90);
  const replay = new AbortController();
  if (opts.demo && replaySeconds > 0) {
    if ((await repo.countEvents(DEMO_DEVICE)) > 0)
      out.log('Monitoring demo: the week of device events is already in the store (alerts at /monitoring).');
    else {
      out.log(
        `Monitoring demo: replaying Renee Castell's week of device events over ${replaySeconds} s; watch the alerts arrive at http://${shown}:${port}/monitoring`,
      );
      const self = `http://${opts.host === '0.0.0.0' || opts.host === '::' ? '127.0.0.1' : opts.host}:${port}`;
      // The replay posts as the vendor sends and acts as the officer: a short-lived token of a demo account
      // holding both roles, made for this run and never shown.
      const replayer =
        (await security.accounts.find('demo-replay')) ??
        (await security.accounts.create({
          username: 'demo-replay',
          displayName: 'Demo replay (vendor feed and officer steps)',
          roles: ['vendor', 'officer'],
          demo: true,
        }));
      await security.accounts.assign(replayer.username, 'device', DEMO_DEVICE);
      await security.accounts.assign(
        replayer.username,
        'defendant',
        `${caseIdFor(buildHaleCaseFile())}#${demoEnrollment.defendant}`,
      );
      const { token } = await security.accounts.createToken(replayer.username, {
        name: 'demo replay',
        days: 1,
      });
      replayDemoWeek({
        baseUrl: `${https ? 'https' : 'http'}${self.slice(4)}`,
        durationMs: replaySeconds * 1000,
        signal: replay.signal,
        token,
      })
        .then((s) =>
          out.log(
            `Monitoring demo: week replayed (${s.accepted} events, ${s.duplicates} duplicate, ${s.officerSteps} officer steps${s.problems.length ? `; problems: ${s.problems.join('; ')}` : ''}).`,
          ),
        )
        .catch((e: unknown) => {
          if (!replay.signal.aborted)
            out.error(`pretrial: the monitoring demo replay stopped: ${(e as Error).message}`);
        });
    }
  }
  const stop = async () => {
    replay.abort();
    await app.close();
    await monitoring.stop();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return new Promise<number>(() => {});
}

/**
 * The monitoring limits an operator may set: `PRETRIAL_PLAUSIBLE_SPEED_KMH` (a fix implying more is implausible
 * evidence; default 300) and `PRETRIAL_QUARANTINE_CAP` (events of devices nobody is enrolled with kept at most;
 * default 100,000).
 */
export function monitoringLimits(env: NodeJS.ProcessEnv): {
  plausibleSpeedMps?: number;
  quarantineCap?: number;
} {
  const out: { plausibleSpeedMps?: number; quarantineCap?: number } = {};
  const speed = env.PRETRIAL_PLAUSIBLE_SPEED_KMH;
  if (speed !== undefined && speed !== '') {
    const kmh = Number(speed);
    if (!Number.isFinite(kmh) || kmh < 50)
      throw new CliError(
        `PRETRIAL_PLAUSIBLE_SPEED_KMH must be a speed in km/h of at least 50 (got ${JSON.stringify(speed)})`,
      );
    out.plausibleSpeedMps = (kmh * 1000) / 3600;
  }
  const cap = env.PRETRIAL_QUARANTINE_CAP;
  if (cap !== undefined && cap !== '') {
    const n = Number(cap);
    if (!Number.isInteger(n) || n < 0)
      throw new CliError(
        `PRETRIAL_QUARANTINE_CAP must be a whole number of events, 0 or more (got ${JSON.stringify(cap)})`,
      );
    out.quarantineCap = n;
  }
  return out;
}
