/**
 * A zone on a supervisee's map, as the API sends it and the web app draws it: one GeoJSON Feature. Types only
 * (shared by the server's views and the web app).
 */

export type ZoneRole = 'home' | 'exclusion' | 'absence' | 'permitted' | 'mobile';

export interface ZoneFeature {
  type: 'Feature';
  geometry:
    | { type: 'Point'; coordinates: number[] }
    | { type: 'Polygon'; coordinates: number[][][] }
    | { type: 'MultiPolygon'; coordinates: number[][][][] };
  properties: {
    id: string;
    label: string;
    role: ZoneRole;
    conditionId?: string;
    /** A circle is a Point with a radius (GeoJSON has no circle). */
    radiusM?: number;
    /** From the agency's shared zone library (drawn in its own color). */
    shared?: boolean;
  };
}
