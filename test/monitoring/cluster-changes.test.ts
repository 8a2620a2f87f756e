/**
 * Cluster mode: what servers change while the workers run reaches them (docs/monitoring.md § 10.1).
 * Two servers (A and B) share one NATS and one PostgreSQL with a worker:
 * - officer actions taken through either server are merged into the worker's engine: an acknowledged alert
 *   still clears when the strap is restored (so it can be resolved), a dismissal survives the engine's later
 *   revisions, and each action is in the history once however often it is announced;
 * - a suspension window recorded through B keeps A from streaming an alert detected in it (it is stored);
 * - a person enrolled through A while the worker runs is evaluated by it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
  type ClusterWorkload,
  deviceIdOf,
  enrollWorkload,
  receivedAtOf,
  roundEvents,
} from '../../bench/cluster-workload.ts';
import { buildHaleCaseFile } from '../../src/demo/index.ts';
import type { Alert } from '../../src/monitoring/alerts.ts';
import type { DeviceEvent } from '../../src/monitoring/device-events.ts';
import { Enrollment } from '../../src/monitoring/enrollment.ts';
import { demoEnrollment } from '../../src/monitoring/simulator/demo-week.ts';
import { lastSequences } from '../../src/server/cluster/nats.ts';
import { compilePeople } from '../../src/server/cluster/people.ts';
import { ClusterWorker } from '../../src/server/cluster/worker.ts';
import { ClusterFront } from '../../src/server/cluster-front.ts';
import { MonitoringService } from '../../src/server/monitoring/service.ts';
import { CaseStore, caseIdFor } from '../../src/store/cases.ts';
import { MonitoringRepo } from '../../src/store/monitoring.ts';
import { type ClusterEnv, clusterEnv, clusterSkipReason } from '../helpers/cluster.ts';

const skip = await clusterSkipReason();
if (skip) console.log(`Cluster tests skipped: ${skip}.`);

const W: ClusterWorkload = { people: 21, roundMs: 60_000, tamperEvery: 7 };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const officer = { name: 'officer-1' };

async function until(what: string, ok: () => Promise<boolean> | boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await sleep(100);
  }
}

describe.skipIf(skip !== null)('cluster mode: changes made through the servers', () => {
  let env: ClusterEnv;
  afterAll(async () => {
    await env?.cleanup();
  });

  it('officer actions, suspension windows and enrollments reach the worker and the other server', async () => {
    env = await clusterEnv({ partitions: 2 });
    await enrollWorkload(env.store, W);
    const repo = MonitoringRepo.of(env.store);
    const cases = new CaseStore(env.store.db);
    const fronts: ClusterFront[] = [];
    const service = async () => {
      const front = await ClusterFront.open(env.config, repo, cases);
      fronts.push(front);
      const s = new MonitoringService(repo, cases, {
        cluster: front,
        replayClock: true,
        replayStart: receivedAtOf(W, 0),
        tickEveryMs: 0,
        snapshots: false,
      });
      await s.start();
      return s;
    };
    const a = await service();
    const b = await service();
    const streamedByA: string[] = [];
    a.hub.subscribe((c) => streamedByA.push(`${c.change.change} ${c.change.alert.deviceId}`));
    const cn = await env.nats('worker-a');
    const worker = new ClusterWorker({
      cn,
      pg: env.pg(),
      repo,
      people: await compilePeople(repo, cases),
      reloadPeople: () => compilePeople(repo, cases),
      id: 'worker-a',
      notice: () => {},
    });
    worker.start();
    await until('the worker owns both partitions', () => worker.owned().length === 2);
    const admin = await env.nats('admin');
    const drained = () =>
      until('the worker committed every message', async () => {
        const last = await lastSequences(admin);
        const at = new Map((await env.pg().partitionStates()).map((s) => [s.partition, s.streamSeq]));
        return last.every((seq, p) => (at.get(p) ?? 0) >= seq);
      });
    const send = async (via: MonitoringService, r: number) => {
      await via.ingest(roundEvents(W, r), receivedAtOf(W, r));
      await drained();
    };
    const strapAlert = async (device: string): Promise<Alert> => {
      const all = await repo.listAlerts({});
      const found = all.find((x) => x.deviceId === device && x.kind === 'strapTamper');
      if (!found) throw new Error(`no strap alert of ${device}`);
      return found;
    };
    const actions = (x: Alert) => x.history.filter((h) => h.by === officer.name).map((h) => h.action);

    // Round 0: devices 0, 7 and 14 open their straps (restored in round 1).
    await send(a, 0);
    const x = await strapAlert(deviceIdOf(0));
    const y = await strapAlert(deviceIdOf(7));
    expect([x.state, y.state]).toEqual(['open', 'open']);
    await b.act(x.alertId, 'acknowledge', { note: 'called the participant' }, officer);
    await a.act(
      y.alertId,
      'dismiss',
      { note: 'strap refitted at the home visit', cause: 'deviceFault' },
      officer,
    );
    // Round 1 restores both straps: the engine's revision keeps what the officers did.
    await send(a, 1);
    const x1 = (await repo.getAlert(x.alertId)) as Alert;
    expect(x1.state).toBe('cleared');
    expect(x1.endedAt).not.toBeNull();
    expect(actions(x1)).toEqual(['acknowledged']);
    const y1 = (await repo.getAlert(y.alertId)) as Alert;
    expect(y1.state).toBe('dismissed');
    expect(y1.endedAt).not.toBeNull();
    expect(y1.cause).toEqual({ code: 'deviceFault' });
    expect(actions(y1)).toEqual(['dismissed']);
    // The cleared alert can now be resolved (through the other server), and stays resolved.
    const resolved = await a.act(
      x.alertId,
      'resolve',
      { note: 'strap replaced', cause: 'participantViolation' },
      officer,
    );
    expect(resolved.state).toBe('resolved');
    // The same notice again is harmless: nothing is added twice.
    await fronts[1]?.officerActed(resolved);
    await fronts[1]?.officerActed(resolved);
    await send(b, 2);
    await sleep(300);
    const x2 = (await repo.getAlert(x.alertId)) as Alert;
    expect(x2.state).toBe('resolved');
    expect(x2.cause).toEqual({ code: 'participantViolation' });
    expect(actions(x2)).toEqual(['acknowledged', 'resolved']);

    // A suspension window recorded through B: A does not stream what is detected in it.
    const suspended = 'cluster-00004';
    await b.suspend(
      suspended,
      {
        from: receivedAtOf(W, 3) - 60_000,
        to: receivedAtOf(W, 3) + 30_000,
        reason: 'approved medical appointment',
        approvedBy: 'supervisor-1',
      },
      officer,
    );
    await until('server A read the window', () => a.suspensionsOf(suspended).length === 1);
    streamedByA.length = 0;
    // Round 3: devices 4, 11 and 18 open their straps.
    await send(a, 3);
    await until('server A streamed the openings', () => streamedByA.some((s) => s.startsWith('opened')));
    await sleep(300);
    expect(streamedByA.filter((s) => s.startsWith('opened')).sort()).toEqual([
      `opened ${deviceIdOf(11)}`,
      `opened ${deviceIdOf(18)}`,
    ]);
    expect((await strapAlert(deviceIdOf(4))).state).toBe('open');

    // A person enrolled through A while the worker runs: the worker evaluates the new device.
    const device = 'LM-CL-NEW01';
    const e = Enrollment.parse({
      ...demoEnrollment,
      personId: 'cluster-new',
      label: 'Supervisee new',
      device: { id: device, plan: { callInIntervalS: 180, fixIntervalS: 60 } },
      absences: [],
    });
    await repo.putEnrollment(caseIdFor(buildHaleCaseFile()), e, officer);
    await a.reload();
    await until('the worker compiled the new person', () =>
      worker.people.devices.some((d) => d.deviceId === device),
    );
    await worker.settled();
    const at = receivedAtOf(W, 4) - 10_000;
    const opened = { kind: 'strapOpen', device, at } as DeviceEvent;
    await b.ingest(
      [{ event: opened, raw: JSON.stringify({ ...opened, at: new Date(at).toISOString() }) }],
      receivedAtOf(W, 4),
    );
    await drained();
    expect((await strapAlert(device)).state).toBe('open');

    await worker.stop();
    await a.stop();
    await b.stop();
  }, 120_000);
});
