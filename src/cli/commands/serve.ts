import { buildHaleCaseFile } from '../../demo/index.ts';
import { buildApp } from '../../server/app.ts';
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
}

/** `pretrial serve`: migrate the store, load the demo into an empty store, build the UI if needed, serve. */
export async function serveCommand(opts: ServeOptions, out: Out): Promise<number> {
  const url = opts.db ?? process.env.PRETRIAL_DATABASE_URL ?? DEFAULT_SQLITE_PATH;
  const store = await openStore(url);
  const cases = new CaseStore(store.db);
  const actor = process.env.PRETRIAL_USER ?? 'local user';
  out.log(`Database: ${store.dialect} at ${store.location} (migrated)`);

  if (opts.demo) {
    const existing = await cases.listCases();
    if (existing.length === 0) {
      const demo = buildHaleCaseFile();
      await cases.createCase(demo, { name: 'demo loader' });
      out.log(`Loaded the demo case ${demo.case.caption} (${caseIdFor(demo)}).`);
    }
  }

  if (opts.build !== false && webBuildIsStale()) {
    try {
      await buildWeb((line) => out.log(line));
    } catch (e) {
      out.error(`pretrial: ${(e as Error).message}; serving the API only.`);
    }
  }

  const monitoring = new MonitoringService(new MonitoringRepo(store.db), cases);
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
  const stop = async () => {
    await app.close();
    await monitoring.stop();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return new Promise<number>(() => {});
}
