/**
 * Operations metrics in the Prometheus text format (`GET /metrics`), with `prom-client`: the ingest rate
 * (a counter of events; Prometheus takes its rate), evaluation lag (an upload's wait in the queue plus its
 * evaluation), alert latency (an upload's arrival to the commit of the alerts it opened), the age of the
 * last snapshot, how the engine was last brought up, and partition ownership. Each service has a registry of
 * its own (several in one process in tests).
 */
import { Counter, Gauge, Histogram, Registry } from 'prom-client';

export interface MetricsSource {
  /** Epoch ms of the last snapshot written or loaded (null: none). */
  snapshotAt(): number | null;
  /** The wall clock, epoch ms. */
  wall(): number;
  /** Devices the engine follows. */
  devices(): number;
}

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

export class MonitoringMetrics {
  readonly registry = new Registry();
  readonly events: Counter<'outcome'>;
  readonly batches: Counter;
  readonly evaluationLag: Histogram;
  readonly alertLatency: Histogram;
  readonly recoverySeconds: Gauge<'mode'>;
  readonly recoveryReplayed: Gauge;

  constructor(source: MetricsSource) {
    const registers = [this.registry];
    this.events = new Counter({
      name: 'pretrial_monitoring_events_total',
      help: 'Device events received, by outcome (accepted, duplicate, quarantined): the ingest rate is its rate()',
      labelNames: ['outcome'],
      registers,
    });
    this.batches = new Counter({
      name: 'pretrial_monitoring_uploads_total',
      help: 'Uploads (batches) acknowledged after their commit',
      registers,
    });
    this.evaluationLag = new Histogram({
      name: 'pretrial_monitoring_evaluation_lag_seconds',
      help: 'From an upload’s arrival to the end of its evaluation (its wait in the queue included)',
      buckets: SECONDS,
      registers,
    });
    this.alertLatency = new Histogram({
      name: 'pretrial_monitoring_alert_latency_seconds',
      help: 'From the arrival of an upload to the commit (and streaming) of each alert it opened',
      buckets: SECONDS,
      registers,
    });
    new Gauge({
      name: 'pretrial_monitoring_snapshot_age_seconds',
      help: 'Age of the last snapshot of the engine written or loaded (NaN before the first)',
      registers,
      collect() {
        const at = source.snapshotAt();
        this.set(at === null ? Number.NaN : (source.wall() - at) / 1000);
      },
    });
    new Gauge({
      name: 'pretrial_monitoring_partitions_owned',
      help: 'Device partitions this process evaluates: the embedded server evaluates every device as one partition',
      labelNames: ['partition'],
      registers,
      collect() {
        this.set({ partition: 'all' }, 1);
      },
    });
    new Gauge({
      name: 'pretrial_monitoring_devices',
      help: 'Devices the engine follows (supervised and protected persons’ phones)',
      registers,
      collect() {
        this.set(source.devices());
      },
    });
    this.recoverySeconds = new Gauge({
      name: 'pretrial_monitoring_recovery_seconds',
      help: 'How long the last start or rebuild took to bring the engine up from the store, by how (snapshot or rebuild)',
      labelNames: ['mode'],
      registers,
    });
    this.recoveryReplayed = new Gauge({
      name: 'pretrial_monitoring_recovery_replayed_events',
      help: 'Stored events replayed by the last start or rebuild',
      registers,
    });
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
