/**
 * Implausible fixes: a fix whose distance from the device's last trusted fix, over the time between them,
 * implies a speed no person on release can travel is implausible evidence. It is stored and shown (flagged),
 * never evaluated: it cannot by itself open an alert, and so cannot become a violation in a report to the court.
 *
 * The default cap, 300 km/h (83.3 m/s), is above any ground travel open to a supervisee in the United States:
 * the highest posted speed limit is 85 mph (137 km/h, Texas State Highway 130, Tex. Transp. Code § 545.353(h))
 * and the fastest passenger train, Amtrak's Acela, runs at most 150 mph (241 km/h). A real flight is not lost:
 * a fix that agrees with the rejected one before it (itself plausible from there) shows the jump was real, and
 * it is trusted and becomes the new anchor. The two fixes' reported accuracy is allowed for (the distance less
 * both accuracy radii), so a jittery fix a few seconds after another is not flagged.
 *
 * O(1) per fix: one anchor and one rejected fix per device.
 */
import { haversineM, M_PER_DEG_LAT } from './geo.ts';

/** 300 km/h in metres a second (see above). */
export const DEFAULT_PLAUSIBLE_SPEED_MPS = 300_000 / 3600;

/** What the check keeps of a fix. */
export interface FixPoint {
  at: number;
  lat: number;
  lon: number;
  accuracyM: number;
}

export interface PlausibilityState {
  /** Metres a second above which a move is implausible. */
  maxSpeedMps: number;
  /** Per device: the last trusted fix, and the last rejected one after it (if any). */
  anchors: Map<string, { trusted: FixPoint; rejected: FixPoint | null }>;
}

export const newPlausibilityState = (maxSpeedMps = DEFAULT_PLAUSIBLE_SPEED_MPS): PlausibilityState => {
  if (!(maxSpeedMps > 0) || !Number.isFinite(maxSpeedMps))
    throw new Error(`the plausible speed must be a positive number of metres a second (got ${maxSpeedMps})`);
  return { maxSpeedMps, anchors: new Map() };
};

/** Whether moving from `a` to `b` needs more than `maxSpeedMps` (after both accuracy radii). */
export function impliesImpossibleSpeed(a: FixPoint, b: FixPoint, maxSpeedMps: number): boolean {
  const allowed = maxSpeedMps * (Math.abs(b.at - a.at) / 1000) + a.accuracyM + b.accuracyM;
  // A bound first, without trigonometry: the great circle is no longer than going along the meridian and
  // then along a parallel, R·(|Δφ| + |Δλ|). Nearly every fix is within it.
  if ((Math.abs(b.lat - a.lat) + Math.abs(b.lon - a.lon)) * M_PER_DEG_LAT <= allowed) return false;
  return haversineM(a.lat, a.lon, b.lat, b.lon) > allowed;
}

const point = (f: FixPoint): FixPoint => ({ at: f.at, lat: f.lat, lon: f.lon, accuracyM: f.accuracyM });

/** Copy a fix into a kept point (no allocation per fix). */
function set(p: FixPoint, f: FixPoint): void {
  p.at = f.at;
  p.lat = f.lat;
  p.lon = f.lon;
  p.accuracyM = f.accuracyM;
}

/**
 * Check a fix of a device against its anchor, in the order fixes are received, and update the anchor. A fix
 * older than the anchor (a late one) is checked against it too, and does not move it. Returns true when
 * the fix is implausible.
 */
export function checkFix(state: PlausibilityState, device: string, f: FixPoint): boolean {
  const a = state.anchors.get(device);
  if (!a) {
    state.anchors.set(device, { trusted: point(f), rejected: null });
    return false;
  }
  if (!impliesImpossibleSpeed(a.trusted, f, state.maxSpeedMps)) {
    if (f.at >= a.trusted.at) {
      set(a.trusted, f);
      a.rejected = null;
    }
    return false;
  }
  // Confirmed by the rejected fix before it: the device did move that far (a flight, a gap in coverage).
  if (a.rejected && f.at >= a.rejected.at && !impliesImpossibleSpeed(a.rejected, f, state.maxSpeedMps)) {
    set(a.trusted, f);
    a.rejected = null;
    return false;
  }
  if (f.at >= a.trusted.at) {
    if (a.rejected) set(a.rejected, f);
    else a.rejected = point(f);
  }
  return true;
}

/**
 * Flag the implausible fixes of one device's list, taken in the order received (by event id). Used for the
 * track shown to a reader; the first fix of the list is its own anchor.
 */
export function flagImplausible<T extends FixPoint & { id: string | bigint }>(
  fixes: readonly T[],
  maxSpeedMps = DEFAULT_PLAUSIBLE_SPEED_MPS,
): Set<T> {
  const state = newPlausibilityState(maxSpeedMps);
  const byId = [...fixes].sort((x, y) => {
    const a = BigInt(x.id);
    const b = BigInt(y.id);
    return a < b ? -1 : a > b ? 1 : 0;
  });
  const flagged = new Set<T>();
  for (const f of byId) if (checkFix(state, '', f)) flagged.add(f);
  return flagged;
}
