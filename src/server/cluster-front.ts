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
import { type ControlMessage, PEOPLE_KEY } from './cluster/worker.ts';
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
  private watcher: { stop(): void } | null = null;

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

  /**
   * Feed the hub from the workers' commits (`raised` drops what is not raised: alerts detected in an
   * approved suspension window); tick every 5 s; follow the changes of people (the routing) and of
   * suspension windows announced by any server, and re-read both every 30 s besides.
   */
  start(
    hub: AlertHub,
    now: () => number = Date.now,
    hooks: {
      raised?: (changes: AlertChange[]) => AlertChange[];
      suspensions?: () => Promise<void>;
    } = {},
  ): void {
    const n = names(this.cn.config);
    this.cn.nc.subscribe(n.alerts, {
      callback: (err, msg) => {
        if (err) return;
        try {
          const changes = JSON.parse(msg.string()) as {
            change: AlertChange['change'];
            alert: AlertChange['alert'];
          }[];
          const all = changes.map((c) => ({ change: c.change, alert: c.alert }));
          hub.publish(hooks.raised ? hooks.raised(all) : all);
        } catch {}
      },
    });
    this.cn.nc.subscribe(n.control, {
      callback: (err, msg) => {
        if (err) return;
        try {
          const m = JSON.parse(msg.string()) as ControlMessage;
          if (m.suspensions) hooks.suspensions?.().catch(() => {});
        } catch {}
      },
    });
    void this.followPeople();
    const tick = setInterval(() => {
      this.ingestor.tick(now()).catch(() => {});
    }, 5_000);
    // Enrollments change the routing of protected persons' phones.
    const route = setInterval(() => {
      this.refreshRouting().catch(() => {});
      hooks.suspensions?.().catch(() => {});
    }, 30_000);
    tick.unref();
    route.unref();
    this.timers.push(tick, route);
  }

  /** The routing again whenever a server announces a change of people (the key `people` of the bucket). */
  private async followPeople(): Promise<void> {
    try {
      const it = await this.cn.kv.watch({ key: PEOPLE_KEY });
      this.watcher = it;
      for await (const e of it) if (e.isUpdate) await this.refreshRouting().catch(() => {});
    } catch {}
  }

  /**
   * Enrollments, a case or the shared zones changed (stored already): tell every worker and server. The
   * change is a put of the key `people` in the lease bucket (replicated, so a worker that was cut off sees
   * it when it watches again); the workers compile the people again and start the partitions concerned
   * again.
   */
  async peopleChanged(): Promise<void> {
    await this.cn.kv.put(PEOPLE_KEY, JSON.stringify({ at: Date.now(), by: this.cn.nc.info?.client_id ?? 0 }));
    await this.refreshRouting();
  }

  /** An officer acted on an alert (stored already): its owner merges the action into its engine now. */
  async officerActed(alert: { alertId: string; deviceId: string }): Promise<void> {
    const m: ControlMessage = { officer: [{ alertId: alert.alertId, deviceId: alert.deviceId }] };
    this.cn.nc.publish(names(this.cn.config).control, JSON.stringify(m));
    await this.cn.nc.flush().catch(() => {});
  }

  /** A suspension window was recorded (stored already): every server reads them again. */
  async suspensionsChanged(): Promise<void> {
    const m: ControlMessage = { suspensions: true };
    this.cn.nc.publish(names(this.cn.config).control, JSON.stringify(m));
    await this.cn.nc.flush().catch(() => {});
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
    this.watcher?.stop();
    await this.cn.close();
  }
}
