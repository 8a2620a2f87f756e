/**
 * What the officer's pages read: a person's conditions in force (each with its order and docket entry), the
 * zones as one GeoJSON FeatureCollection (home, exclusion zones, absence destinations, permitted areas, the
 * mobile zone around a protected person's last fix), the approved absences and the last fix.
 */
import { Temporal } from 'temporal-polyfill';
import { inForceOn } from '../../monitoring/conditions-in-force.ts';
import { expandBBox } from '../../monitoring/geo.ts';
import type { ZoneLibrary } from '../../monitoring/spatial-index.ts';
import type { ZoneFeature, ZoneRole } from '../../monitoring/zone-feature.ts';
import type { CompiledZone } from '../../monitoring/zones.ts';
import type { MonitoringRepo, StoredFix } from '../../store/monitoring.ts';
import type { Person } from './service.ts';

export type { ZoneFeature, ZoneRole };

export function compiledFeature(z: CompiledZone, role: ZoneRole, conditionId?: string): ZoneFeature {
  const properties = {
    id: z.id,
    label: z.label,
    role,
    ...(conditionId ? { conditionId } : {}),
  };
  if (z.shape === 'circle')
    return {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [z.lon, z.lat] },
      properties: { ...properties, radiusM: z.radiusM },
    };
  return {
    type: 'Feature',
    geometry:
      z.polygons.length === 1
        ? { type: 'Polygon', coordinates: z.polygons[0] as number[][][] }
        : { type: 'MultiPolygon', coordinates: z.polygons },
    properties,
  };
}

/** The person's day in their own time zone at an instant. */
export const localDate = (ms: number, timeZone: string): string =>
  Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone).toPlainDate().toString();

export function conditionsView(p: Person, now: number) {
  const today = localDate(now, p.compiled.device.timeZone);
  return inForceOn(p.timeline, today).map((c) => ({
    id: c.condition.id,
    kind: c.condition.kind,
    text: c.condition.text ?? c.condition.kind,
    from: c.from,
    to: c.to,
    order: {
      id: c.order.eventId,
      date: c.order.date,
      docketEntry: c.order.docketEntry,
      description: c.order.description,
    },
  }));
}

/** Shared zones drawn on a person's map: those of the rule's tags within this distance of the home. */
const SHARED_NEAR_M = 5_000;
/** At most this many (the nearest boxes first), so a large library does not swamp the page. */
const SHARED_MAX = 200;

export async function zonesView(p: Person, repo: MonitoringRepo, library: ZoneLibrary | null = null) {
  const features: ZoneFeature[] = [];
  const seen = new Set<string>();
  const add = (f: ZoneFeature) => {
    const key = `${f.properties.role}|${f.properties.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    features.push(f);
  };
  for (const r of p.compiled.device.rules) {
    if (r.kind === 'inclusion') {
      const role: ZoneRole = r.purpose === 'travel' ? 'permitted' : 'home';
      for (const z of r.zones) add(compiledFeature(z, role, r.condition.id));
      for (const c of r.conditionalZones) add(compiledFeature(c.zone, 'permitted', r.condition.id));
    } else if (r.kind === 'exclusion') {
      for (const z of r.zones) add(compiledFeature(z, 'exclusion', r.condition.id));
      if (r.sharedTags && library?.index) {
        const home = p.compiled.device.rules.find((x) => x.kind === 'inclusion')?.zones[0];
        if (!home) continue;
        const b = expandBBox(home.bbox, SHARED_NEAR_M);
        const cLat = (home.bbox.minLat + home.bbox.maxLat) / 2;
        const cLon = (home.bbox.minLon + home.bbox.maxLon) / 2;
        const tags = r.sharedTags;
        const near = library.index
          .search(b.minLon, b.minLat, b.maxLon, b.maxLat)
          .map((i) => library.zones[i] as CompiledZone)
          .filter((z) => z.tags.some((t) => tags.includes(t)))
          .map((z) => ({
            z,
            d: Math.hypot(
              (z.bbox.minLat + z.bbox.maxLat) / 2 - cLat,
              (z.bbox.minLon + z.bbox.maxLon) / 2 - cLon,
            ),
          }))
          .sort((x, y) => x.d - y.d)
          .slice(0, SHARED_MAX);
        for (const { z } of near) {
          const f = compiledFeature(z, 'exclusion', r.condition.id);
          add({ ...f, properties: { ...f.properties, shared: true } });
        }
      }
    } else if (r.kind === 'mobileExclusion') {
      const last = await repo.lastFix(r.protectedDeviceId);
      if (last)
        add({
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [last.lon, last.lat] },
          properties: {
            id: `${r.protectedPersonId}:mobile`,
            label: `${r.protectedLabel} (last fix ${last.at})`,
            role: 'mobile',
            conditionId: r.condition.id,
            radiusM: r.radiusM,
          },
        });
    }
  }
  for (const a of p.record.enrollment.absences)
    if (a.destination) {
      const g = a.destination.geometry;
      add({
        type: 'Feature',
        geometry: g as ZoneFeature['geometry'],
        properties: {
          id: a.destination.id,
          label: a.destination.label,
          role: 'absence',
          ...(a.destination.radiusM !== undefined ? { radiusM: a.destination.radiusM } : {}),
        },
      });
    }
  return { type: 'FeatureCollection' as const, features };
}

export async function personView(
  p: Person,
  repo: MonitoringRepo,
  now: number,
  library: ZoneLibrary | null = null,
) {
  const r = p.record;
  const lastFix: StoredFix | null = await repo.lastFix(r.deviceId);
  return {
    personId: r.personId,
    caseId: r.caseId,
    caseCaption: p.caseFile.case.caption,
    defendant: r.defendant,
    label: r.label,
    deviceId: r.deviceId,
    timeZone: p.compiled.device.timeZone,
    enrollment: r.enrollment,
    conditions: conditionsView(p, now),
    zones: await zonesView(p, repo, library),
    absences: r.enrollment.absences,
    gaps: p.compiled.gaps,
    lastFix,
  };
}
