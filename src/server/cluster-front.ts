/**
 * A server's side of the monitoring cluster (`PRETRIAL_NATS_URL` set): the server evaluates nothing
 * itself. Uploads are published to the event stream and acknowledged once JetStream stored them
 * (`ClusterIngest`); the evaluator workers (src/server/cluster-worker.ts) evaluate them and write events and
 * alerts to PostgreSQL, which every server reads; the alert changes they commit reach this server's live
 * stream through the subject `<prefix>.alerts`. Any number of servers can run side by side.
 *
 * Every 5 s the server publishes a processing-time message to each partition (the same instant from every
 * server is stored once), so silence is detected in a partition that receives nothing.
 */
import type { AlertChange } from '../monitoring/alerts.ts';
import type { CaseStore } from '../store/cases.ts';
import type { MonitoringRepo } from '../store/monitoring.ts';
import { type ClusterConfig, names } from './cluster/config.ts';
import { ClusterIngest, ClusterUnavailableError } from './cluster/ingest.ts';
import { type ClusterNats, openClusterNats } from './cluster/nats.ts';
import { Router } from './cluster/partition.ts';
import { compilePeople } from './cluster/people.ts';
import { HttpError } from './errors.ts';
import type { RawEvent } from './monitoring/batch.ts';
import type { AlertHub } from './monitoring/hub.ts';

export interface ClusterIngestOutcome {
  accepted: number;
  duplicates: number;
  quarantined: number;
  /** Always 0 here: the cap on events of devices nobody is enrolled with is the workers' (docs/monitoring.md). */
  refused: number;
  alertChanges: number;
  opened: number;
  receivedAt: number;
}

export class ClusterFront {
  private timers: NodeJS.Timeout[] = [];

  private constructor(
    readonly cn: ClusterNats,
    readonly ingestor: ClusterIngest,
    private readonly repo: MonitoringRepo,
    private readonly cases: CaseStore,
  ) {}

  static async open(config: ClusterConfig, repo: MonitoringRepo, cases: CaseStore): Promise<ClusterFront> {
    const cn = await openClusterNats(config, `pretrial-server-${process.pid}`);
    const people = await compilePeople(repo, cases);
    return new ClusterFront(
      cn,
      new ClusterIngest(cn, new Router(config.partitions, people.devices)),
      repo,
      cases,
    );
  }

  /** Feed the hub from the workers' commits; tick every 5 s; re-read the routing every 30 s. */
  start(hub: AlertHub, now: () => number = Date.now): void {
    this.cn.nc.subscribe(names(this.cn.config).alerts, {
      callback: (err, msg) => {
        if (err) return;
        try {
          const changes = JSON.parse(msg.string()) as {
            change: AlertChange['change'];
            alert: AlertChange['alert'];
          }[];
          hub.publish(changes.map((c) => ({ change: c.change, alert: c.alert })));
        } catch {}
      },
    });
    const tick = setInterval(() => {
      this.ingestor.tick(now()).catch(() => {});
    }, 5_000);
    // Enrollments change the routing of protected persons' phones.
    const route = setInterval(() => {
      this.refreshRouting().catch(() => {});
    }, 30_000);
    tick.unref();
    route.unref();
    this.timers.push(tick, route);
  }

  async refreshRouting(): Promise<void> {
    const people = await compilePeople(this.repo, this.cases);
    this.ingestor.router = new Router(this.cn.config.partitions, people.devices);
  }

  /** Publish an upload; resolves once JetStream stored it (503 when the stream cannot take it now). */
  async ingest(batch: readonly RawEvent[], receivedAt: number): Promise<ClusterIngestOutcome> {
    try {
      const r = await this.ingestor.publish(batch, receivedAt);
      return {
        accepted: batch.length,
        duplicates: r.duplicateMessages === r.messages && r.messages > 0 ? batch.length : 0,
        quarantined: 0,
        refused: 0,
        alertChanges: 0,
        opened: 0,
        receivedAt,
      };
    } catch (e) {
      if (e instanceof ClusterUnavailableError) throw new HttpError(503, e.message);
      throw e;
    }
  }

  async stop(): Promise<void> {
    for (const t of this.timers) clearInterval(t);
    await this.cn.close();
  }
}
