import { buildHaleCaseFile } from '../../demo/index.ts';
import { Enrollment } from '../../monitoring/enrollment.ts';
import { DEMO_DEVICE, DEMO_WEEK, demoEnrollment } from '../../monitoring/simulator/demo-week.ts';
import { buildApp } from '../../server/app.ts';
import { replayDemoWeek } from '../../server/monitoring/demo-replay.ts';
import { MonitoringService } from '../../server/monitoring/service.ts';
import { buildWeb, WEB_DIST, webBuildIsStale } from '../../server/web-build.ts';
import { CaseStore, caseIdFor } from '../../store/cases.ts';
import { DEFAULT_SQLITE_PATH, openStore } from '../../store/db.ts';
import { MonitoringRepo } from '../../store/monitoring.ts';
import type { Out } from '../io.ts';

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
}

/** `pretrial serve`: migrate the store, load the demo into an empty store, build the UI if needed, serve. */
export async function serveCommand(opts: ServeOptions, out: Out): Promise<number> {
  const url = opts.db ?? process.env.PRETRIAL_DATABASE_URL ?? DEFAULT_SQLITE_PATH;
  const store = await openStore(url);
  const cases = new CaseStore(store.db);
  const actor = process.env.PRETRIAL_USER ?? 'local user';
  out.log(`Database: ${store.dialect} at ${store.location} (migrated)`);

  const repo = new MonitoringRepo(store.db);
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
  }

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
  const monitoring = new MonitoringService(repo, cases, {
    replayClock,
    ...(replayClock ? { replayStart: DEMO_WEEK.from } : {}),
  });
  await monitoring.start();
  const app = await buildApp({
    store: cases,
    actor,
    webRoot: WEB_DIST,
    logger: opts.log ?? false,
    monitoring,
  });
  const port = Number(opts.port);
  await app.listen({ port, host: opts.host });
  const shown = opts.host === '0.0.0.0' || opts.host === '127.0.0.1' ? 'localhost' : opts.host;
  out.log(`pretrial is running at http://${shown}:${port}  (API docs: http://${shown}:${port}/api/docs)`);
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
      replayDemoWeek({ baseUrl: self, durationMs: replaySeconds * 1000, signal: replay.signal })
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
