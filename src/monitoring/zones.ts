/**
 * Zones as GeoJSON: a Polygon or MultiPolygon (holes allowed), or a circle written as a GeoJSON Point with a
 * `radiusM` (GeoJSON has no circle; Leaflet's `L.circle` draws the same thing). Positions are [lon, lat].
 * A compiled zone keeps its bounding box and answers one question fast: how far is a point from the
 * boundary, and on which side.
 */
import pointInPolygon from 'point-in-polygon-hao';
import { z } from 'zod';
import {
  type BBox,
  circleBBox,
  distanceToRingsM,
  haversineM,
  inBBox,
  M_PER_DEG_LAT,
  metresPerDegLon,
  ringsBBox,
  segmentDistanceSq,
  segmentsIntersect,
} from './geo.ts';

const Position = z
  .tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])
  .rest(z.number())
  .meta({ description: '[longitude, latitude] in degrees (GeoJSON order).' });

const Ring = z
  .array(Position)
  .min(4, 'a ring needs at least 4 positions (3 corners and the first repeated)')
  .refine((r) => {
    const a = r[0];
    const b = r[r.length - 1];
    return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
  }, 'a ring must end with its first position');

export const PolygonGeometry = z
  .object({ type: z.literal('Polygon'), coordinates: z.array(Ring).min(1) })
  .strict();
export const MultiPolygonGeometry = z
  .object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(Ring).min(1)).min(1) })
  .strict();
export const PointGeometry = z.object({ type: z.literal('Point'), coordinates: Position }).strict();

export const ZoneId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,79}$/, 'expected an id of letters, digits, ".", "_", ":" or "-"');

export const Zone = z
  .object({
    id: ZoneId,
    label: z.string().min(1).meta({ description: 'What the zone is, e.g. "Residence of record".' }),
    geometry: z.discriminatedUnion('type', [PolygonGeometry, MultiPolygonGeometry, PointGeometry]),
    radiusM: z
      .number()
      .positive()
      .max(200_000)
      .optional()
      .meta({ description: 'Required with a Point geometry: the circle radius in metres.' }),
    tags: z
      .array(z.string().min(1))
      .default([])
      .meta({ description: 'e.g. "school", "park" (shared zones).' }),
  })
  .strict()
  .superRefine((zn, ctx) => {
    if (zn.geometry.type === 'Point' && zn.radiusM === undefined)
      ctx.addIssue({ code: 'custom', path: ['radiusM'], message: 'a circle (Point geometry) needs radiusM' });
    if (zn.geometry.type !== 'Point' && zn.radiusM !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['radiusM'],
        message: 'radiusM applies only to a Point geometry',
      });
  })
  .meta({
    id: 'Zone',
    description: 'A zone: GeoJSON Polygon/MultiPolygon, or a Point with radiusM (circle).',
  });
export type Zone = z.infer<typeof Zone>;
export type ZoneInput = z.input<typeof Zone>;

/** A zone ready for evaluation. */
export type CompiledZone =
  | {
      shape: 'circle';
      id: string;
      label: string;
      tags: readonly string[];
      bbox: BBox;
      lat: number;
      lon: number;
      radiusM: number;
    }
  | {
      shape: 'polygon';
      id: string;
      label: string;
      tags: readonly string[];
      bbox: BBox;
      /** Each polygon: rings of [lon, lat] positions, outer first (as point-in-polygon-hao wants them). */
      polygons: number[][][][];
      polygonBoxes: BBox[];
    };

export function compileZone(zone: Zone): CompiledZone {
  const g = zone.geometry;
  if (g.type === 'Point') {
    const [lon, lat] = g.coordinates as [number, number];
    const radiusM = zone.radiusM as number;
    return {
      shape: 'circle',
      id: zone.id,
      label: zone.label,
      tags: zone.tags,
      bbox: circleBBox(lat, lon, radiusM),
      lat,
      lon,
      radiusM,
    };
  }
  const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as number[][][][];
  const polygonBoxes = polygons.map((p) => ringsBBox(p));
  return {
    shape: 'polygon',
    id: zone.id,
    label: zone.label,
    tags: zone.tags,
    bbox: ringsBBox(polygons.flat()),
    polygons,
    polygonBoxes,
  };
}

/** A circle zone from a center and radius (the usual shape around an address). */
export function circleZone(
  id: string,
  label: string,
  lat: number,
  lon: number,
  radiusM: number,
  tags: string[] = [],
): Zone {
  return { id, label, geometry: { type: 'Point', coordinates: [lon, lat] }, radiusM, tags };
}

/**
 * Signed distance in metres from a point to the zone's boundary: negative inside, positive outside, 0 on
 * the boundary. Polygons: point-in-polygon-hao decides the side (0 exactly on an edge), the local projection
 * measures the distance.
 */
export function signedDistanceM(zone: CompiledZone, lat: number, lon: number): number {
  if (zone.shape === 'circle') return haversineM(lat, lon, zone.lat, zone.lon) - zone.radiusM;
  let inside = false;
  let onEdge = false;
  const polygons = zone.polygons;
  for (let i = 0; i < polygons.length; i++) {
    if (!inBBox(zone.polygonBoxes[i] as BBox, lat, lon)) continue;
    const r = pointInPolygon(point(lon, lat), polygons[i] as number[][][]);
    if (r === 0) onEdge = true;
    else if (r) inside = true;
  }
  if (onEdge) return 0;
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < polygons.length; i++) {
    const d = distanceToRingsM(lat, lon, polygons[i] as number[][][]);
    if (d < best) best = d;
  }
  return inside ? -best : best;
}

/** One reused [lon, lat] pair for point-in-polygon-hao, which reads it and keeps nothing. */
const PT: number[] = [0, 0];
function point(lon: number, lat: number): number[] {
  PT[0] = lon;
  PT[1] = lat;
  return PT;
}

/** Whether a point is inside the zone (the boundary counts as inside). Cheap: no distance computed. */
export function contains(zone: CompiledZone, lat: number, lon: number): boolean {
  if (!inBBox(zone.bbox, lat, lon)) return false;
  if (zone.shape === 'circle') return haversineM(lat, lon, zone.lat, zone.lon) <= zone.radiusM;
  const polygons = zone.polygons;
  for (let i = 0; i < polygons.length; i++) {
    if (!inBBox(zone.polygonBoxes[i] as BBox, lat, lon)) continue;
    if (pointInPolygon(point(lon, lat), polygons[i] as number[][][]) !== false) return true;
  }
  return false;
}

/**
 * Whether the straight segment between two fixes passes through the zone (grown by `bufferM`), for the
 * sparse-fix crossing check. Planar in a projection centerd on the first fix.
 */
export function segmentCrossesZone(
  zone: CompiledZone,
  lat1: number,
  lon1: number,
  lat2: number,
  lon2: number,
  bufferM = 0,
): boolean {
  const kx = metresPerDegLon(lat1);
  const ky = M_PER_DEG_LAT;
  const bx = (lon2 - lon1) * kx;
  const by = (lat2 - lat1) * ky;
  if (zone.shape === 'circle') {
    const cx = (zone.lon - lon1) * kx;
    const cy = (zone.lat - lat1) * ky;
    const r = zone.radiusM + bufferM;
    return segmentDistanceSq(cx, cy, 0, 0, bx, by) <= r * r;
  }
  if (contains(zone, lat1, lon1) || contains(zone, lat2, lon2)) return true;
  for (const polygon of zone.polygons)
    for (const ring of polygon)
      for (let i = 0; i + 1 < ring.length; i++) {
        const a = ring[i] as number[];
        const b = ring[i + 1] as number[];
        const ax = ((a[0] as number) - lon1) * kx;
        const ay = ((a[1] as number) - lat1) * ky;
        const cx = ((b[0] as number) - lon1) * kx;
        const cy = ((b[1] as number) - lat1) * ky;
        if (segmentsIntersect(0, 0, bx, by, ax, ay, cx, cy)) return true;
        if (bufferM > 0) {
          const b2 = bufferM * bufferM;
          if (segmentDistanceSq(ax, ay, 0, 0, bx, by) <= b2) return true;
        }
      }
  return false;
}

/** The zone as a GeoJSON Feature for a map (circles stay Points with a `radiusM` property). */
export function zoneFeature(zone: Zone, properties: Record<string, unknown> = {}) {
  return {
    type: 'Feature' as const,
    id: zone.id,
    geometry: zone.geometry,
    properties: {
      label: zone.label,
      tags: zone.tags,
      ...(zone.radiusM !== undefined ? { radiusM: zone.radiusM } : {}),
      ...properties,
    },
  };
}
