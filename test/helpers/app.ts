import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { MonitoringService, type MonitoringServiceOptions } from '../../src/server/monitoring/service.ts';
import { CaseStore } from '../../src/store/cases.ts';
import { openStore } from '../../src/store/db.ts';
import { MonitoringRepo } from '../../src/store/monitoring.ts';

/** An app on a fresh in-memory store, with its monitoring engine (no background ticks unless asked). */
export async function testApp(
  monitoringOptions: MonitoringServiceOptions = {},
  url = ':memory:',
): Promise<{ app: FastifyInstance; monitoring: MonitoringService; close: () => Promise<void> }> {
  const store = await openStore(url);
  const cases = new CaseStore(store.db);
  const monitoring = new MonitoringService(new MonitoringRepo(store.db), cases, {
    tickEveryMs: 0,
    ...monitoringOptions,
  });
  await monitoring.start();
  const app = await buildApp({ store: cases, actor: 'test clerk', monitoring });
  return {
    app,
    monitoring,
    close: async () => {
      await app.close();
      await monitoring.stop();
      await store.close();
    },
  };
}
