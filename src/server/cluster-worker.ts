/**
 * An evaluator worker process of the monitoring cluster (docs/deploy.md § cluster): run one per machine,
 * with `PRETRIAL_NATS_URL` (the NATS servers) and `PRETRIAL_DATABASE_URL` (PostgreSQL) set.
 *
 *   node --import tsx src/server/cluster-worker.ts
 *
 * It compiles every enrollment, takes its share of the device partitions, evaluates them, and writes their
 * events and alerts to PostgreSQL. SIGTERM or SIGINT: finish the batches in hand, release the partitions
 * (the other workers take them at once) and exit. Status lines go to standard output as JSON.
 */

import { CaseStore } from '../store/cases.ts';
import { isPostgresUrl, openStore } from '../store/db.ts';
import { MonitoringRepo } from '../store/monitoring.ts';
import { clusterConfigFromEnv } from './cluster/config.ts';
import { openClusterNats } from './cluster/nats.ts';
import { compilePeople } from './cluster/people.ts';
import { ClusterPg, ensureClusterSchema } from './cluster/pg.ts';
import { ClusterWorker } from './cluster/worker.ts';

export async function runClusterWorker(env: NodeJS.ProcessEnv = process.env): Promise<ClusterWorker> {
  const config = clusterConfigFromEnv(env);
  if (!config) throw new Error('PRETRIAL_NATS_URL is not set: a cluster worker needs the NATS servers');
  const url = env.PRETRIAL_DATABASE_URL;
  if (!url || !isPostgresUrl(url))
    throw new Error(
      'PRETRIAL_DATABASE_URL: a cluster worker needs a postgres:// URL (the cluster shares one database)',
    );
  const store = await openStore(url);
  const repo = MonitoringRepo.of(store);
  const t0 = performance.now();
  const cases = new CaseStore(store.db);
  const people = await compilePeople(repo, cases);
  // A connection for each partition's commit in flight and its takeover (a takeover must not wait behind
  // the commits of the partitions already owned).
  const pg = ClusterPg.open(url, Math.min(32, config.partitions + 2));
  await ensureClusterSchema(pg.pool);
  const cn = await openClusterNats(config, `pretrial-worker-${process.pid}`);
  const worker = new ClusterWorker({
    cn,
    pg: pg.withPrefix(config.prefix),
    repo,
    people,
    reloadPeople: () => compilePeople(repo, cases),
    ...(env.PRETRIAL_WORKER_ID ? { id: env.PRETRIAL_WORKER_ID } : {}),
    verbose: env.PRETRIAL_CLUSTER_VERBOSE === '1',
  });
  worker.start();
  const say = (o: object) => process.stdout.write(`${JSON.stringify({ worker: worker.id, ...o })}\n`);
  say({ ready: true, devices: people.devices.length, compileMs: Math.round(performance.now() - t0) });
  const status = setInterval(() => say(worker.status()), 5_000);
  status.unref();
  const stop = async () => {
    clearInterval(status);
    await worker.stop();
    await cn.close();
    await pg.end();
    await store.close();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  return worker;
}

if (import.meta.url === `file://${process.argv[1]}`)
  runClusterWorker().catch((e: unknown) => {
    process.stderr.write(`pretrial cluster worker: ${(e as Error).message}\n`);
    process.exit(1);
  });
