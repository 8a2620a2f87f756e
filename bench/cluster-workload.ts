/**
 * The cluster's workload (bench/failover.ts and test/monitoring/cluster*.test.ts): `people` supervisees
 * enrolled on the demo case (home detention with a curfew, an exclusion zone, location monitoring), each at
 * home with a GPS fix every round; every round a few straps are opened and restored the round after (an
 * alert opened and cleared each). Rounds are `roundMs` apart in device time; each round is one upload,
 * received 20 s after it. Deterministic: the same round number gives the same events.
 *
 * `expectedAlerts` runs the same rounds through one embedded engine (the ground truth the cluster's alerts
 * are compared with).
 */
import { buildHaleCaseFile } from '../src/demo/index.ts';
import type { Alert } from '../src/monitoring/alerts.ts';
import type { DeviceEvent } from '../src/monitoring/device-events.ts';
import { createEngine, engineAlerts } from '../src/monitoring/engine.ts';
import { Enrollment } from '../src/monitoring/enrollment.ts';
import { ingestBatch, newIngestState } from '../src/monitoring/ingest.ts';
import type { DeviceRules } from '../src/monitoring/rules.ts';
import { demoEnrollment, PLACES } from '../src/monitoring/simulator/demo-week.ts';
import { CaseStore, caseIdFor } from '../src/store/cases.ts';
import type { OpenedStore } from '../src/store/db.ts';
import { MonitoringRepo } from '../src/store/monitoring.ts';

export const CLUSTER_START = Date.parse('2026-05-04T07:00:00Z');

export interface ClusterWorkload {
  people: number;
  roundMs: number;
  /** Every `tamperEvery`-th device opens its strap in a round (a different set each round). */
  tamperEvery: number;
}

export const deviceIdOf = (i: number) => `LM-CL-${String(i).padStart(5, '0')}`;

/** Store the demo case and `people` enrollments (SQL inserts: no audit record each). */
export async function enrollWorkload(store: OpenedStore, w: ClusterWorkload): Promise<void> {
  const cases = new CaseStore(store.db);
  const file = buildHaleCaseFile();
  const caseId = caseIdFor(file);
  if (!(await cases.getCase(caseId))) await cases.createCase(file, { name: 'benchmark' });
  const now = new Date().toISOString();
  const rows = Array.from({ length: w.people }, (_, i) => {
    const e = Enrollment.parse({
      ...demoEnrollment,
      personId: `cluster-${String(i).padStart(5, '0')}`,
      label: `Supervisee ${i}`,
      device: {
        id: deviceIdOf(i),
        plan: {
          callInIntervalS: Math.round((w.roundMs * 3) / 1000),
          fixIntervalS: Math.round(w.roundMs / 1000),
        },
      },
      absences: [],
    });
    return {
      person_id: e.personId,
      case_id: caseId,
      defendant: e.defendant,
      device_id: e.device.id,
      label: e.label,
      data: JSON.stringify(e),
      created_at: now,
      updated_at: now,
    };
  });
  for (let i = 0; i < rows.length; i += 1_000)
    await store.db
      .insertInto('monitoring_enrollments')
      .values(rows.slice(i, i + 1_000))
      .execute();
  void MonitoringRepo;
}

/** The reception instant of round `r`. */
export const receivedAtOf = (w: ClusterWorkload, r: number) => CLUSTER_START + r * w.roundMs + 20_000;

/** Round `r`'s upload: a fix from every device, strap openings and restorations. */
export function roundEvents(w: ClusterWorkload, r: number): { event: DeviceEvent; raw: string }[] {
  const base = CLUSTER_START + r * w.roundMs;
  const out: { event: DeviceEvent; raw: string }[] = [];
  let seed = (r * 2654435761) >>> 0 || 1;
  const rnd = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) / 0x1000000;
  };
  for (let i = 0; i < w.people; i++) {
    const device = deviceIdOf(i);
    const at = base + Math.floor((i / w.people) * 10_000);
    const event: DeviceEvent = {
      kind: 'fix',
      device,
      at,
      lat: Math.round((PLACES.home.lat + (rnd() - 0.5) * 2e-4) * 1e6) / 1e6,
      lon: Math.round((PLACES.home.lon + (rnd() - 0.5) * 2e-4) * 1e6) / 1e6,
      accuracyM: 5 + Math.floor(rnd() * 10),
      source: 'gps',
    } as DeviceEvent;
    out.push({ event, raw: JSON.stringify({ ...event, at: new Date(at).toISOString() }) });
    if ((i + r) % w.tamperEvery === 0) {
      const e: DeviceEvent = { kind: 'strapOpen', device, at: at + 1_000 } as DeviceEvent;
      out.push({ event: e, raw: JSON.stringify({ ...e, at: new Date(e.at).toISOString() }) });
    }
    if (r > 0 && (i + r - 1) % w.tamperEvery === 0) {
      const e: DeviceEvent = { kind: 'strapRestored', device, at: at + 500 } as DeviceEvent;
      out.push({ event: e, raw: JSON.stringify({ ...e, at: new Date(e.at).toISOString() }) });
    }
  }
  return out;
}

/** The alerts one embedded engine raises over rounds 0…rounds-1 (by id). */
export function expectedAlerts(
  devices: readonly DeviceRules[],
  w: ClusterWorkload,
  rounds: number,
): Map<string, Alert> {
  const engine = createEngine(devices, { startAt: receivedAtOf(w, 0) });
  const state = newIngestState(engine);
  for (let r = 0; r < rounds; r++) {
    const res = ingestBatch(
      state,
      roundEvents(w, r).map((x) => x.event),
      receivedAtOf(w, r),
    );
    if (!res.ok) throw new Error('invalid workload');
  }
  return new Map(engineAlerts(engine).map((a) => [a.alertId, a]));
}
