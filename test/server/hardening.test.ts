/**
 * The rest of the hardened server (docs/security.md): sealed docket entries kept from the parties, a fix implying
 * an impossible speed flagged on the track, events of devices nobody is enrolled with quarantined up to a cap,
 * and per-route body limits.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHaleCaseFile } from '../../src/demo/index.ts';
import { DEMO_DEVICE, DEMO_WEEK, demoEnrollment } from '../../src/monitoring/simulator/demo-week.ts';
import { buildApp } from '../../src/server/app.ts';
import type { AccountStore } from '../../src/server/auth/accounts.ts';
import { openSecurity, seedDemoAccounts } from '../../src/server/auth/setup.ts';
import { MonitoringService } from '../../src/server/monitoring/service.ts';
import { CaseStore, caseIdFor } from '../../src/store/cases.ts';
import { openStore } from '../../src/store/db.ts';
import { MonitoringRepo } from '../../src/store/monitoring.ts';

const hale = buildHaleCaseFile();
const CASE = caseIdFor(hale);
const ENTRY = 'mj-1';
const ENTRY_TEXT = hale.docketEntries.find((e) => e.id === ENTRY)?.text as string;

let app: FastifyInstance;
let accounts: AccountStore;
let monitoring: MonitoringService;
let close: () => Promise<void>;
const tokens = new Map<string, string>();

const call = (
  who: string | null,
  method: string,
  url: string,
  payload?: unknown,
  headers: Record<string, string> = {},
) =>
  app.inject({
    method: method as 'GET',
    url,
    ...(payload !== undefined ? { payload: payload as string } : {}),
    headers: { ...(who ? { authorization: `Bearer ${tokens.get(who)}` } : {}), ...headers },
  });
const JSON_TYPE = { 'content-type': 'application/json' };
const post = (who: string, events: unknown[], headers: Record<string, string> = {}) =>
  call(who, 'POST', '/api/v1/monitoring/events', JSON.stringify(events), { ...JSON_TYPE, ...headers });

beforeAll(async () => {
  const store = await openStore(':memory:');
  const cases = new CaseStore(store.db);
  await cases.createCase(hale, { name: 'test loader' });
  const repo = MonitoringRepo.of(store);
  const { Enrollment } = await import('../../src/monitoring/enrollment.ts');
  await repo.putEnrollment(CASE, Enrollment.parse(demoEnrollment), { name: 'test loader' });
  monitoring = new MonitoringService(repo, cases, {
    tickEveryMs: 0,
    replayClock: true,
    replayStart: DEMO_WEEK.from,
    quarantineCap: 3,
  });
  await monitoring.start();
  const security = openSecurity(store);
  accounts = security.accounts;
  await seedDemoAccounts(accounts, {
    caseId: CASE,
    court: hale.case.court,
    defendant: demoEnrollment.defendant,
    deviceId: DEMO_DEVICE,
  });
  await accounts.assign('vendor', 'device', 'UNENROLLED-*');
  // Counsel granted the case's sealed entries (e.g. by order, for an ex parte filing of their own).
  await accounts.create({ username: 'defense-granted', roles: ['defense'] });
  await accounts.assign('defense-granted', 'defendant', `${CASE}#${demoEnrollment.defendant}`);
  await accounts.assign('defense-granted', 'sealed', CASE);
  for (const a of await accounts.list())
    tokens.set(a.username, (await accounts.createToken(a.username, { name: 'test' })).token);
  app = await buildApp({ store: cases, monitoring, security: { ...security, signInPerMinute: 1_000 } });
  close = async () => {
    await app.close();
    await monitoring.stop();
    await store.close();
  };
});
afterAll(async () => close());

describe('sealed docket entries', () => {
  const entryAs = async (who: string) => {
    const r = await call(who, 'GET', `/api/v1/cases/${CASE}`);
    expect(r.statusCode, who).toBe(200);
    return (r.json().caseFile.docketEntries as { id: string; text: string; sealed?: boolean }[]).find(
      (e) => e.id === ENTRY,
    );
  };

  it('a clerk seals an entry; only the court and a granted account read its text, the others see that it exists', async () => {
    expect(ENTRY_TEXT.length).toBeGreaterThan(20);
    const sealed = await call(
      'clerk',
      'PUT',
      `/api/v1/cases/${CASE}/docket-entries/${ENTRY}/sealed`,
      JSON.stringify({ sealed: true }),
      JSON_TYPE,
    );
    expect(sealed.statusCode).toBe(200);
    expect(sealed.json()).toEqual({ id: CASE, entryId: ENTRY, sealed: true });
    for (const who of ['judge', 'clerk', 'defense-granted'])
      expect(await entryAs(who), who).toMatchObject({ sealed: true, text: ENTRY_TEXT });
    for (const who of ['defense', 'prosecutor', 'officer', 'supervisor'])
      expect(await entryAs(who), who).toMatchObject({ sealed: true, text: '', eventName: null });
    // Counsel cannot flag entries at all.
    const byCounsel = await call(
      'defense',
      'PUT',
      `/api/v1/cases/${CASE}/docket-entries/${ENTRY}/sealed`,
      JSON.stringify({ sealed: false }),
      JSON_TYPE,
    );
    expect(byCounsel.statusCode).toBe(403);
    const missing = await call(
      'clerk',
      'PUT',
      `/api/v1/cases/${CASE}/docket-entries/n999/sealed`,
      JSON.stringify({ sealed: true }),
      JSON_TYPE,
    );
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error).toBe(`case ${CASE} has no docket entry "n999"`);
  });

  it('the audit trail says who was shown a sealed entry and from whom it was withheld; the case history has the seal', async () => {
    const trail = (await call('auditor', 'GET', '/api/v1/audit?limit=1000')).json().records as {
      who: string;
      action: string;
      detail: string;
    }[];
    const reads = (who: string) =>
      trail
        .filter((r) => r.who === who && r.action.startsWith('GET /api/v1/cases/:id '))
        .map((r) => r.detail);
    expect(reads('defense')).toContain('status 200; sealed entries withheld: 1');
    expect(reads('judge')).toContain('status 200; sealed entries shown: 1');
    expect(trail.some((r) => r.who === 'clerk' && r.detail === `status 200; entry ${ENTRY} sealed`)).toBe(
      true,
    );
    const history = (await call('auditor', 'GET', `/api/v1/cases/${CASE}/audit`)).json().records as {
      action: string;
      actor: string;
    }[];
    expect(history[0]).toMatchObject({ action: 'entry.seal', actor: 'clerk (clerk)' });
  });

  it('unsealed, every reader of the case reads it again', async () => {
    const r = await call(
      'clerk',
      'PUT',
      `/api/v1/cases/${CASE}/docket-entries/${ENTRY}/sealed`,
      JSON.stringify({ sealed: false }),
      JSON_TYPE,
    );
    expect(r.statusCode).toBe(200);
    const e = await entryAs('defense');
    expect(e?.text).toBe(ENTRY_TEXT);
    expect(e?.sealed).toBeUndefined();
  });
});

describe('a fix implying an impossible speed', () => {
  it('is kept, not evaluated, and flagged on the track; the fixes either side are trusted', async () => {
    const fix = (at: string, lat: number, lon: number) => ({
      kind: 'fix',
      device: DEMO_DEVICE,
      at,
      lat,
      lon,
      accuracyM: 8,
      source: 'gps',
    });
    const r = await post(
      'vendor',
      [
        fix('2026-05-05T09:00:00-07:00', 34.0837, -118.327),
        // 40 km east a minute later: 2,400 km/h.
        fix('2026-05-05T09:01:00-07:00', 34.0837, -117.893),
        fix('2026-05-05T09:02:00-07:00', 34.0838, -118.327),
      ],
      { 'pretrial-replay-time': '2026-05-05T16:02:30Z' },
    );
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ accepted: 3, quarantined: 1, refused: 0 });
    const track = await call(
      'officer',
      'GET',
      `/api/v1/monitoring/people/${demoEnrollment.personId}/track?from=2026-05-05T15:59:00Z&to=2026-05-05T16:03:00Z`,
    );
    expect(track.statusCode).toBe(200);
    expect(
      (track.json().fixes as { at: string; implausible?: boolean }[]).map((f) => [
        f.at,
        f.implausible ?? false,
      ]),
    ).toEqual([
      ['2026-05-05T16:00:00.000Z', false],
      ['2026-05-05T16:01:00.000Z', true],
      ['2026-05-05T16:02:00.000Z', false],
    ]);
  });
});

describe('events of devices nobody is enrolled with', () => {
  const beat = (device: string, minute: number) => ({
    kind: 'heartbeat',
    device,
    at: `2026-05-05T08:${String(minute).padStart(2, '0')}:00-07:00`,
  });

  it('are quarantined up to the cap, then refused and counted; a batch of nothing else is answered 429', async () => {
    const first = await post('vendor', [beat('UNENROLLED-1', 0), beat('UNENROLLED-1', 1)]);
    expect(first.json()).toMatchObject({ accepted: 2, quarantined: 2, refused: 0 });
    // Cap 3: one more fits; the other, and the enrolled device's event beside them, are answered for.
    const second = await post('vendor', [
      beat('UNENROLLED-2', 2),
      beat('UNENROLLED-2', 3),
      beat(DEMO_DEVICE, 3),
    ]);
    expect(second.statusCode).toBe(200);
    expect(second.json()).toMatchObject({ accepted: 2, quarantined: 1, refused: 1 });
    const full = await post('vendor', [beat('UNENROLLED-3', 4)]);
    expect(full.statusCode).toBe(429);
    expect(full.json().error).toBe(
      'the quarantine of events from devices nobody is enrolled with is full (3 events): 1 event(s) refused, nothing was stored; enroll the device(s) or stop sending them',
    );
    expect(await monitoring.repo.countEvents('UNENROLLED-3')).toBe(0);
    expect(await monitoring.repo.countEvents('UNENROLLED-2')).toBe(1);
    expect(await monitoring.metrics.text()).toMatch(
      /pretrial_monitoring_events_total\{outcome="refused"\} 2\b/,
    );
  });
});

describe('per-route body limits', () => {
  it('a sign-in body over 16 KiB is refused (413) naming the route and its limit', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: JSON.stringify({ username: 'x'.repeat(20_000), password: 'y' }),
      headers: JSON_TYPE,
    });
    expect(r.statusCode).toBe(413);
    expect(r.json()).toEqual({
      error: 'the request body is too large: POST /api/v1/auth/login accepts at most 16,384 bytes',
      details: [],
    });
  });

  it('a form over 256 KiB is refused; an event batch of the same size is taken', async () => {
    const big = { kind: 'note', date: '2026-01-01', note: 'x'.repeat(300 * 1024) };
    const form = await call('clerk', 'POST', `/api/v1/cases/${CASE}/events`, JSON.stringify(big), JSON_TYPE);
    expect(form.statusCode).toBe(413);
    expect(form.json().error).toBe(
      'the request body is too large: POST /api/v1/cases/:id/events accepts at most 262,144 bytes',
    );
    const beats = Array.from({ length: 5_000 }, (_, i) => ({
      kind: 'heartbeat',
      device: DEMO_DEVICE,
      at: new Date(Date.parse('2026-05-04T00:00:00Z') + i * 1_000).toISOString(),
    }));
    const batch = JSON.stringify(beats);
    expect(batch.length).toBeGreaterThan(300 * 1024);
    const r = await call('vendor', 'POST', '/api/v1/monitoring/events', batch, JSON_TYPE);
    expect(r.statusCode).toBe(200);
    expect(r.json().accepted).toBe(5_000);
  });
});
