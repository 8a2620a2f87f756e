/**
 * Benchmark: failover of the monitoring cluster (issue 17 § 2). Starts a 3-node NATS cluster (nats-server
 * with JetStream, cluster routes on loopback, stores in a temporary directory), makes a fresh PostgreSQL
 * database, enrolls `--people` supervisees, starts 3 evaluator workers (child processes) and publishes
 * rounds of device events through the cluster ingest (one upload a round: a fix from every device, straps
 * opened and restored) at `--rate` fixes a second, each round acknowledged only once JetStream stored it.
 *
 *   node --import tsx bench/failover.ts [--people 1000] [--rate 20000] [--seconds 25] [--kill-at 8]
 *                                       [--partitions 16] [--lease-ms 6000]
 *
 * Round 1: SIGKILL one worker `--kill-at` seconds into the load. Round 2: SIGKILL one NATS node (the
 * stream's leader) the same way. After each round the load stops and the cluster drains; then:
 * - lost: events acknowledged to the sender but not stored in PostgreSQL;
 * - duplicate alerts: alerts the cluster has beyond those one embedded engine raises on the same uploads
 *   (the run without any kill), plus alerts whose opening was recorded more than once; alerts missing are
 *   printed beside them;
 * - alerting resumed: from the kill to the first commit by the new owner of the last of the killed worker's
 *   partitions (round 1), or to every partition having committed a message published after the kill (round 2).
 *
 * Needs `nats-server` (PATH or /usr/sbin) and PostgreSQL (`PRETRIAL_BENCH_DATABASE_URL`, default
 * postgres://postgres@127.0.0.1:5432/postgres: a database is created for the run and dropped after).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type ClusterConfig, DEFAULT_CLUSTER, names } from '../src/server/cluster/config.ts';
import { ClusterIngest } from '../src/server/cluster/ingest.ts';
import {
  type ClusterNats,
  destroyClusterNats,
  lastSequences,
  openClusterNats,
} from '../src/server/cluster/nats.ts';
import { Router } from '../src/server/cluster/partition.ts';
import { compilePeople } from '../src/server/cluster/people.ts';
import { ClusterPg, ensureClusterSchema } from '../src/server/cluster/pg.ts';
import { CaseStore } from '../src/store/cases.ts';
import { openStore } from '../src/store/db.ts';
import { MonitoringRepo } from '../src/store/monitoring.ts';
import {
  type ClusterWorkload,
  enrollWorkload,
  expectedAlerts,
  receivedAtOf,
  roundEvents,
} from './cluster-workload.ts';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const PEOPLE = Number(arg('people', '1000'));
const RATE = Number(arg('rate', '20000'));
const SECONDS = Number(arg('seconds', '25'));
const KILL_AT = Number(arg('kill-at', '8'));
const PARTITIONS = Number(arg('partitions', '16'));
const LEASE_MS = Number(arg('lease-ms', '3000'));
/** NATS ports: clients at base…base+2, routes at base+10…, monitoring at base+20… (0: a random base). */
const PORT_BASE = Number(arg('port-base', '0'));
/** Profile the workers (`--cpu-prof` into this directory; they are stopped with SIGTERM at the end). */
const PROFILE = arg('profile', '');
/** Run round 1 only (`--rounds 1`), or both. */
const ROUNDS = Number(arg('rounds', '2'));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const t0 = performance.now();
const log = (s: string) => process.stderr.write(`[${((performance.now() - t0) / 1000).toFixed(1)} s] ${s}\n`);

const NATS_BIN =
  ['/usr/sbin/nats-server', '/usr/bin/nats-server', '/usr/local/bin/nats-server'].find(existsSync) ??
  'nats-server';

interface Node {
  name: string;
  client: number;
  http: number;
  proc: ChildProcess;
}

async function startNats(dir: string): Promise<Node[]> {
  const base = PORT_BASE > 0 ? PORT_BASE : 20_000 + Math.floor(Math.random() * 20_000);
  const ports = [0, 1, 2].map((i) => ({ client: base + i, route: base + 10 + i, http: base + 20 + i }));
  const routes = ports.map((p) => `nats-route://127.0.0.1:${p.route}`).join(', ');
  const nodes: Node[] = [];
  ports.forEach((p, i) => {
    const name = `n${i + 1}`;
    mkdirSync(join(dir, name), { recursive: true });
    const conf = join(dir, `${name}.conf`);
    writeFileSync(
      conf,
      `server_name: ${name}
listen: 127.0.0.1:${p.client}
http: 127.0.0.1:${p.http}
jetstream { store_dir: "${join(dir, name)}" }
cluster { name: pretrial-bench, listen: 127.0.0.1:${p.route}, routes: [${routes}] }
`,
    );
    const proc = spawn(NATS_BIN, ['-c', conf, '-l', join(dir, `${name}.log`)], { stdio: 'ignore' });
    nodes.push({ name, client: p.client, http: p.http, proc });
  });
  for (const n of nodes)
    for (let i = 0; ; i++) {
      try {
        const r = await fetch(`http://127.0.0.1:${n.http}/healthz`);
        if (r.ok) break;
      } catch {}
      if (i > 100) throw new Error(`nats node ${n.name} did not come up`);
      await sleep(100);
    }
  return nodes;
}

interface Worker {
  id: string;
  proc: ChildProcess;
}

function startWorker(id: string, env: NodeJS.ProcessEnv): Worker {
  const proc = spawn(
    process.execPath,
    [
      '--max-semi-space-size=64',
      ...(PROFILE ? ['--cpu-prof', '--cpu-prof-dir', PROFILE] : []),
      '--import',
      'tsx',
      'src/server/cluster-worker.ts',
    ],
    {
      env: { ...env, PRETRIAL_WORKER_ID: id },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  proc.stderr?.on('data', (b: Buffer) => {
    for (const line of b.toString().split('\n')) if (line.trim()) log(`${id}: ${line.trim()}`);
  });
  return { id, proc };
}

interface PartitionRow {
  partition: number;
  owner: string | null;
  streamSeq: number;
}

async function main(): Promise<void> {
  const adminUrl = process.env.PRETRIAL_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const dbName = `pretrial_failover_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const u = new URL(adminUrl);
  u.pathname = `/${dbName}`;
  const url = u.toString();
  const dir = mkdtempSync(join(tmpdir(), 'pretrial-failover-'));
  let nodes: Node[] = [];
  const workers: Worker[] = [];
  let cn: ClusterNats | null = null;
  let cpg: (ClusterPg & { end(): Promise<void> }) | null = null;
  try {
    log(
      `load average ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}; nats-server ${NATS_BIN}`,
    );
    nodes = await startNats(dir);
    const servers = nodes.map((n) => `nats://127.0.0.1:${n.client}`);
    log(`NATS cluster up: ${servers.join(', ')}`);
    const prefix = `bench${Date.now().toString(36)}`;
    const W: ClusterWorkload = { people: PEOPLE, roundMs: 60_000, tamperEvery: 97 };
    const store = await openStore(url);
    await enrollWorkload(store, W);
    const people = await compilePeople(MonitoringRepo.of(store), new CaseStore(store.db));
    log(`${people.devices.length} supervisees enrolled and compiled`);
    const base = ClusterPg.open(url);
    await ensureClusterSchema(base.pool);
    cpg = Object.assign(base.withPrefix(prefix), { end: () => base.end() });
    const config: ClusterConfig = {
      ...DEFAULT_CLUSTER,
      servers,
      prefix,
      partitions: PARTITIONS,
      replicas: 3,
    };
    cn = await openClusterNats(config, 'bench-ingest');
    const info = await cn.jsm.streams.info(names(config).stream);
    log(`stream ${info.config.name}: ${info.config.num_replicas} replicas, leader ${info.cluster?.leader}`);
    const env = {
      ...process.env,
      PRETRIAL_NATS_URL: servers.join(','),
      PRETRIAL_DATABASE_URL: url,
      PRETRIAL_CLUSTER_PREFIX: prefix,
      PRETRIAL_CLUSTER_PARTITIONS: String(PARTITIONS),
      PRETRIAL_CLUSTER_REPLICAS: '3',
      PRETRIAL_CLUSTER_LEASE_MS: String(LEASE_MS),
      PRETRIAL_CLUSTER_RENEW_MS: String(Math.round(LEASE_MS / 6)),
      PRETRIAL_CLUSTER_SNAPSHOT_MS: '3000',
      PRETRIAL_CLUSTER_VERBOSE: '1',
    };
    for (const id of ['w1', 'w2', 'w3']) workers.push(startWorker(id, env));
    const states = async (): Promise<PartitionRow[]> => (cpg as ClusterPg).partitionStates();
    // Wait until every partition has an owner and each worker some.
    for (let i = 0; ; i++) {
      const s = await states();
      const owners = new Set(s.map((x) => x.owner));
      if (s.length === PARTITIONS && s.every((x) => x.owner) && owners.size === 3) break;
      if (i > 600) throw new Error('the workers did not take the partitions within 120 s');
      await sleep(200);
    }
    log(`partitions owned: ${JSON.stringify(Object.fromEntries([...groupBy(await states())]))}`);
    const ingest = new ClusterIngest(cn, new Router(PARTITIONS, people.devices));
    let round = 0;
    let acked = 0;
    let publishFailures = 0;
    let maxPublishMs = 0;
    const roundsPerSecond = RATE / PEOPLE;

    /** Publish rounds at the rate for `seconds`, calling `kill` once at `killAt` s; one round at a time, in order. */
    const load = async (seconds: number, killAt: number, kill: () => Promise<void>) => {
      const start = performance.now();
      const first = round;
      let killed = false;
      let fixes = 0;
      const inflight = new Set<Promise<void>>();
      while (performance.now() - start < seconds * 1000) {
        if (!killed && performance.now() - start >= killAt * 1000) {
          killed = true;
          await kill();
        }
        const due = start + ((round - first) / roundsPerSecond) * 1000;
        const wait = due - performance.now();
        if (wait > 0) await sleep(wait);
        // Up to 8 uploads in flight, issued in order on one connection (the stream stores them in order).
        while (inflight.size >= 8) await Promise.race(inflight);
        const r = round++;
        const batch = roundEvents(W, r);
        const p0 = performance.now();
        const send = (async () => {
          for (;;) {
            try {
              await ingest.publish(batch, receivedAtOf(W, r));
              break;
            } catch (e) {
              publishFailures++;
              log(`round ${r}: not stored (${(e as Error).message}); sending it again`);
            }
          }
          maxPublishMs = Math.max(maxPublishMs, performance.now() - p0);
          acked += batch.length;
          fixes += PEOPLE;
        })();
        inflight.add(send);
        send.finally(() => inflight.delete(send));
      }
      await Promise.all(inflight);
      const s = (performance.now() - start) / 1000;
      return { fixesPerS: fixes / s, seconds: s };
    };

    const drained = async (timeoutS: number) => {
      const until = performance.now() + timeoutS * 1000;
      for (;;) {
        const last = await lastSequences(cn as ClusterNats);
        const at = new Map((await states()).map((s) => [s.partition, s.streamSeq]));
        if (last.every((seq, p) => (at.get(p) ?? 0) >= seq))
          return (performance.now() - until) / 1000 + timeoutS;
        if (performance.now() > until) throw new Error('the cluster did not drain');
        await sleep(250);
      }
    };

    const check = async () => {
      const expected = expectedAlerts(people.devices, W, round);
      const q = async (sql: string) => (await (cpg as ClusterPg).pool.query(sql)).rows;
      const stored = (await q('SELECT count(*)::int AS n FROM device_events'))[0].n as number;
      const alerts = new Set(
        (await q('SELECT alert_id FROM monitoring_alerts')).map((r) => r.alert_id as string),
      );
      const twice = (
        await q(
          "SELECT count(*)::int AS n FROM (SELECT alert_id FROM cluster_alert_changes WHERE change = 'opened' GROUP BY alert_id HAVING count(*) > 1) t",
        )
      )[0].n as number;
      let extra = 0;
      let missing = 0;
      for (const id of alerts) if (!expected.has(id)) extra++;
      for (const id of expected.keys()) if (!alerts.has(id)) missing++;
      return {
        lost: acked - stored,
        duplicates: extra + twice,
        missing,
        alerts: alerts.size,
        expected: expected.size,
      };
    };

    /** Sample the partitions every 100 ms until `done(rows)` holds (or 90 s): seconds from `from`. */
    const until = async (from: number, done: (rows: PartitionRow[]) => boolean): Promise<number> => {
      while (performance.now() - from < 90_000) {
        if (done(await states())) return (performance.now() - from) / 1000;
        await sleep(100);
      }
      return Number.POSITIVE_INFINITY;
    };

    // ---- Round 1: SIGKILL a worker.
    const victim = workers[0] as Worker;
    let resumed1: Promise<number> = Promise.resolve(Number.NaN);
    const r1 = await load(SECONDS, KILL_AT, async () => {
      const s = await states();
      const mine = s.filter((x) => x.owner === victim.id).map((x) => x.partition);
      const seqAtKill = new Map(s.map((x) => [x.partition, x.streamSeq]));
      victim.proc.kill('SIGKILL');
      const at = performance.now();
      log(`SIGKILL worker ${victim.id} (partitions ${mine.join(', ')})`);
      // Alerting resumed: the last of its partitions committed by a new owner.
      resumed1 = until(at, (rows) =>
        rows
          .filter((x) => mine.includes(x.partition))
          .every((x) => x.owner !== victim.id && x.streamSeq > (seqAtKill.get(x.partition) ?? 0)),
      );
    });
    log(`round 1 load: ${Math.round(r1.fixesPerS)} fixes/s for ${r1.seconds.toFixed(1)} s; draining`);
    const x1 = await resumed1;
    await drained(120);
    const c1 = await check();
    log(
      `round 1 (worker SIGKILL): acknowledged ${acked}, lost ${c1.lost}, duplicate alerts ${c1.duplicates} (missing ${c1.missing}; ${c1.alerts} alerts, expected ${c1.expected}), alerting resumed in ${x1.toFixed(2)} s`,
    );

    if (ROUNDS < 2) {
      console.log(
        `failover: acknowledged ${acked}, lost ${c1.lost}, duplicate alerts ${c1.duplicates}, alerting resumed in ${x1.toFixed(2)} s (round 1 only)`,
      );
      return;
    }

    // ---- Round 2: SIGKILL the NATS node leading the stream.
    const si = await cn.jsm.streams.info(names(config).stream);
    const leader = nodes.find((n) => n.name === si.cluster?.leader) ?? (nodes[0] as Node);
    let resumed2: Promise<number> = Promise.resolve(Number.NaN);
    maxPublishMs = 0;
    const r2 = await load(SECONDS, KILL_AT, async () => {
      const seqs = await lastSequences(cn as ClusterNats);
      leader.proc.kill('SIGKILL');
      const at = performance.now();
      log(`SIGKILL NATS node ${leader.name} (the stream's leader)`);
      // Alerting resumed: every partition committed a message published after the kill.
      resumed2 = until(
        at,
        (rows) => rows.length === PARTITIONS && rows.every((x) => x.streamSeq > (seqs[x.partition] ?? 0)),
      );
    });
    log(
      `round 2 load: ${Math.round(r2.fixesPerS)} fixes/s for ${r2.seconds.toFixed(1)} s (longest upload ${Math.round(maxPublishMs)} ms, ${publishFailures} sent again); draining`,
    );
    const x2 = await resumed2;
    await drained(120);
    const c2 = await check();
    log(
      `round 2 (NATS node SIGKILL): acknowledged ${acked}, lost ${c2.lost}, duplicate alerts ${c2.duplicates} (missing ${c2.missing}; ${c2.alerts} alerts, expected ${c2.expected}), alerting resumed in ${x2.toFixed(2)} s`,
    );
    log(
      `load average ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}`,
    );
    // The last line: both rounds together (the later resumption of the two).
    console.log(
      `failover: acknowledged ${acked}, lost ${c2.lost}, duplicate alerts ${c2.duplicates}, alerting resumed in ${Math.max(x1, x2).toFixed(2)} s`,
    );
  } finally {
    if (PROFILE) {
      for (const w of workers) w.proc.kill('SIGTERM');
      await sleep(4_000);
    }
    for (const w of workers) w.proc.kill('SIGKILL');
    if (cn) {
      await destroyClusterNats(cn).catch(() => {});
      await cn.nc.close().catch(() => {});
    }
    await cpg?.end().catch(() => {});
    for (const n of nodes) n.proc.kill('SIGTERM');
    await sleep(300);
    rmSync(dir, { recursive: true, force: true });
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => {});
    await admin.end();
    log(`done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
}

function groupBy(rows: PartitionRow[]): Map<string, number[]> {
  const m = new Map<string, number[]>();
  for (const r of rows) {
    const k = r.owner ?? 'none';
    m.set(k, [...(m.get(k) ?? []), r.partition]);
  }
  return m;
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(`bench:failover: ${(e as Error).stack ?? e}`);
    process.exit(1);
  },
);
