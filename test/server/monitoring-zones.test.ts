/**
 * The agency's shared zone library through the API: an enrollment whose rule names shared zones by tag has a
 * gap until the library has zones; replacing the library compiles the rules again, draws the person's zones
 * of those tags on the map, and a fix inside such a zone raises an alert naming the zone and the condition.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHaleCaseFile } from '../../src/demo/index.ts';
import type { Alert } from '../../src/monitoring/alerts.ts';
import { demoEnrollment } from '../../src/monitoring/simulator/demo-week.ts';
import { circleZone } from '../../src/monitoring/zones.ts';
import type { MonitoringService } from '../../src/server/monitoring/service.ts';
import { testApp } from '../helpers/app.ts';

const CASE_ID = 'nyed-1-26-cr-00117';
const SCHOOL = circleZone('school-fairfax', 'Fairfax Avenue Elementary (invented)', 34.09, -118.31, 80, [
  'school',
]);
const PARK = circleZone('park-lafayette', 'Lafayette Square Park (invented)', 34.07, -118.33, 120, ['park']);
const enrollment = {
  ...demoEnrollment,
  sharedZones: [{ tags: ['school'], role: 'exclusion', conditionId: 'c2-no-contact-meridian', bufferM: 30 }],
};

describe('monitoring API: the shared zone library', () => {
  let app: FastifyInstance;
  let monitoring: MonitoringService;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ app, monitoring, close } = await testApp());
    const created = await app.inject({ method: 'POST', url: '/api/v1/cases', payload: buildHaleCaseFile() });
    expect(created.statusCode).toBe(201);
  });
  afterAll(async () => {
    await close();
  });

  it('an enrollment with shared zones has a gap while the library is empty', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/api/v1/monitoring/enrollments',
      payload: { caseId: CASE_ID, enrollment },
    });
    expect(r.statusCode).toBe(201);
    expect(r.json().gaps).toContain(
      'c2-no-contact-meridian: shared zones tagged school need the agency zone library',
    );
    const lib = await app.inject({ method: 'GET', url: '/api/v1/monitoring/zones' });
    expect(lib.json()).toEqual({ zones: [], updatedAt: null });
  });

  it('refuses a library with a repeated id or a bad zone, naming each, and stores nothing', async () => {
    const dup = await app.inject({
      method: 'PUT',
      url: '/api/v1/monitoring/zones',
      payload: { zones: [SCHOOL, PARK, { ...PARK, label: 'Again' }] },
    });
    expect(dup.statusCode).toBe(400);
    expect(dup.json().details).toEqual([
      { path: '$.zones[2].id', message: 'zone id park-lafayette is also $.zones[1].id' },
    ]);
    const bad = await app.inject({
      method: 'PUT',
      url: '/api/v1/monitoring/zones',
      payload: {
        zones: [SCHOOL, { id: 'p', label: 'A point', geometry: { type: 'Point', coordinates: [-118, 34] } }],
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.map((d: { path: string }) => d.path)).toEqual(['$.zones[1].radiusM']);
    const lib = await app.inject({ method: 'GET', url: '/api/v1/monitoring/zones' });
    expect(lib.json().zones).toEqual([]);
  });

  it('replacing the library compiles the rules again: no gap, and the school is on the person’s map', async () => {
    const r = await app.inject({
      method: 'PUT',
      url: '/api/v1/monitoring/zones',
      payload: { zones: [SCHOOL, PARK] },
    });
    expect(r.statusCode).toBe(200);
    // The shared-zone gap is gone; the demo's other gap (no polygon for the travel districts) remains.
    expect(r.json()).toMatchObject({ zones: 2, replaced: 0 });
    const gaps = r.json().gaps as { personId: string; gaps: string[] }[];
    expect(gaps.flatMap((g) => g.gaps).filter((g) => g.includes('shared zones'))).toEqual([]);
    expect(gaps.map((g) => g.personId)).toEqual(['hale-2']);
    const lib = await app.inject({ method: 'GET', url: '/api/v1/monitoring/zones' });
    expect(lib.json().zones.map((z: { id: string }) => z.id)).toEqual(['park-lafayette', 'school-fairfax']);
    const person = await app.inject({ method: 'GET', url: '/api/v1/monitoring/people/hale-2' });
    const shared = person
      .json()
      .zones.features.filter((f: { properties: { shared?: boolean } }) => f.properties.shared);
    // The school (tag "school"), not the park: the rule names schools only.
    expect(shared).toEqual([
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [-118.31, 34.09] },
        properties: {
          id: 'school-fairfax',
          label: 'Fairfax Avenue Elementary (invented)',
          role: 'exclusion',
          conditionId: 'c2-no-contact-meridian',
          radiusM: 80,
          shared: true,
        },
      },
    ]);
    expect(lib.json().updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('fixes inside the school raise an exclusion alert naming the zone, the condition and the order', async () => {
    const fixes = [0, 1, 2, 3].map((k) => ({
      device: demoEnrollment.device.id,
      at: `2026-05-07T15:0${k}:00-07:00`,
      kind: 'fix',
      lat: 34.09,
      lon: -118.31,
      accuracyM: 8,
      source: 'gps',
    }));
    const r = await app.inject({ method: 'POST', url: '/api/v1/monitoring/events', payload: fixes });
    expect(r.statusCode).toBe(200);
    expect(r.json().accepted).toBe(4);
    const list = await app.inject({ method: 'GET', url: '/api/v1/monitoring/alerts?personId=hale-2' });
    const alerts = list.json().alerts as Alert[];
    const school = alerts.filter((a) => a.zone?.id === 'school-fairfax');
    expect(school.map((a) => [a.kind, a.startedAt, a.condition.id])).toEqual([
      ['exclusionZone', '2026-05-07T22:00:00.000Z', 'c2-no-contact-meridian'],
    ]);
    expect(school[0]?.order.docketEntry).toEqual(monitoring.person('hale-2')?.timeline[0]?.order.docketEntry);
  });
});
