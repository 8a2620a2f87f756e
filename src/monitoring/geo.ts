/**
 * Geodesy for zones a few metres to a few hundred kilometres across. Distances between points use the
 * haversine formula on a sphere of the mean Earth radius (error under 0.5 % against the WGS 84 ellipsoid,
 * far below GPS noise); distances from a point to a polygon's edges use a local equirectangular projection
 * centerd on the point, which is exact enough within a zone (errors grow with the square of the size: about
 * 0.1 m over 10 km).
 */

/** IUGG mean Earth radius, metres. */
export const EARTH_RADIUS_M = 6_371_008.8;
const RAD = Math.PI / 180;
/** Metres per degree of latitude on the mean sphere. */
export const M_PER_DEG_LAT = EARTH_RADIUS_M * RAD;

/** Great-circle distance in metres between two points given in degrees. */
export function haversineM(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const s1 = Math.sin(dLat / 2);
  const s2 = Math.sin(dLon / 2);
  const a = s1 * s1 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * s2 * s2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Metres per degree of longitude at a latitude. */
export const metresPerDegLon = (lat: number): number => M_PER_DEG_LAT * Math.cos(lat * RAD);

/** A bounding box in degrees. */
export interface BBox {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

/** Grow a box by `m` metres on every side (longitude scaled at the box's widest latitude). */
export function expandBBox(b: BBox, m: number): BBox {
  if (m <= 0) return b;
  const dLat = m / M_PER_DEG_LAT;
  const widest = Math.max(Math.abs(b.minLat), Math.abs(b.maxLat));
  const dLon = m / Math.max(1, metresPerDegLon(Math.min(89, widest)));
  return {
    minLon: b.minLon - dLon,
    minLat: b.minLat - dLat,
    maxLon: b.maxLon + dLon,
    maxLat: b.maxLat + dLat,
  };
}

export const inBBox = (b: BBox, lat: number, lon: number): boolean =>
  lon >= b.minLon && lon <= b.maxLon && lat >= b.minLat && lat <= b.maxLat;

/** Box of a list of rings given as [lon, lat] positions (GeoJSON order). */
export function ringsBBox(rings: ReadonlyArray<ReadonlyArray<readonly number[]>>): BBox {
  let minLon = Infinity;
  let minLat = Infinity;
  let maxLon = -Infinity;
  let maxLat = -Infinity;
  for (const ring of rings)
    for (const p of ring) {
      const lon = p[0] as number;
      const lat = p[1] as number;
      if (lon < minLon) minLon = lon;
      if (lon > maxLon) maxLon = lon;
      if (lat < minLat) minLat = lat;
      if (lat > maxLat) maxLat = lat;
    }
  return { minLon, minLat, maxLon, maxLat };
}

/** Box of a circle of `radiusM` metres around a point. */
export function circleBBox(lat: number, lon: number, radiusM: number): BBox {
  return expandBBox({ minLon: lon, minLat: lat, maxLon: lon, maxLat: lat }, radiusM);
}

/**
 * Shortest distance in metres from a point to the edges of a set of rings ([lon, lat] positions), measured
 * in a local projection centerd on the point.
 */
export function distanceToRingsM(
  lat: number,
  lon: number,
  rings: ReadonlyArray<ReadonlyArray<readonly number[]>>,
): number {
  const kx = metresPerDegLon(lat);
  const ky = M_PER_DEG_LAT;
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const a = ring[i] as readonly number[];
      const b = ring[i + 1] as readonly number[];
      const ax = ((a[0] as number) - lon) * kx;
      const ay = ((a[1] as number) - lat) * ky;
      const bx = ((b[0] as number) - lon) * kx;
      const by = ((b[1] as number) - lat) * ky;
      const d2 = segmentDistanceSq(0, 0, ax, ay, bx, by);
      if (d2 < best) best = d2;
    }
  }
  return Math.sqrt(best);
}

/** Squared distance from (px, py) to the segment (ax, ay)–(bx, by), planar. */
export function segmentDistanceSq(
  px: number,
  py: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / len2;
  if (t < 0) t = 0;
  else if (t > 1) t = 1;
  const qx = ax + t * dx - px;
  const qy = ay + t * dy - py;
  return qx * qx + qy * qy;
}

/** True when the planar segments p1–p2 and q1–q2 cross or touch. */
export function segmentsIntersect(
  p1x: number,
  p1y: number,
  p2x: number,
  p2y: number,
  q1x: number,
  q1y: number,
  q2x: number,
  q2y: number,
): boolean {
  const o1 = orient(p1x, p1y, p2x, p2y, q1x, q1y);
  const o2 = orient(p1x, p1y, p2x, p2y, q2x, q2y);
  const o3 = orient(q1x, q1y, q2x, q2y, p1x, p1y);
  const o4 = orient(q1x, q1y, q2x, q2y, p2x, p2y);
  if (o1 !== o2 && o3 !== o4) return true;
  if (o1 === 0 && onSegment(p1x, p1y, q1x, q1y, p2x, p2y)) return true;
  if (o2 === 0 && onSegment(p1x, p1y, q2x, q2y, p2x, p2y)) return true;
  if (o3 === 0 && onSegment(q1x, q1y, p1x, p1y, q2x, q2y)) return true;
  if (o4 === 0 && onSegment(q1x, q1y, p2x, p2y, q2x, q2y)) return true;
  return false;
}

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const v = (by - ay) * (cx - bx) - (bx - ax) * (cy - by);
  return v === 0 ? 0 : v > 0 ? 1 : 2;
}

function onSegment(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): boolean {
  return bx <= Math.max(ax, cx) && bx >= Math.min(ax, cx) && by <= Math.max(ay, cy) && by >= Math.min(ay, cy);
}

/** A point `distanceM` metres from (lat, lon) on a bearing (degrees clockwise from north), on the sphere. */
export function destination(
  lat: number,
  lon: number,
  bearingDeg: number,
  distanceM: number,
): [number, number] {
  const d = distanceM / EARTH_RADIUS_M;
  const b = bearingDeg * RAD;
  const p1 = lat * RAD;
  const l1 = lon * RAD;
  const p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(b));
  const l2 =
    l1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
  return [p2 / RAD, ((l2 / RAD + 540) % 360) - 180];
}

/** A closed ring of `n` vertices approximating a circle, as GeoJSON [lon, lat] positions. */
export function circleRing(lat: number, lon: number, radiusM: number, n = 32): number[][] {
  const ring: number[][] = [];
  for (let i = 0; i < n; i++) {
    const [la, lo] = destination(lat, lon, (360 * i) / n, radiusM);
    ring.push([lo, la]);
  }
  ring.push([...(ring[0] as number[])]);
  return ring;
}
