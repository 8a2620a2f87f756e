/**
 * The agency's shared zone library (schools, parks, courthouses, districts): a static packed Hilbert R-tree
 * (flatbush) over the zones' bounding boxes, each grown by the largest buffer any rule uses, so one box query
 * per fix finds every candidate; the exact test (point in polygon, or distance to a circle) follows.
 * Rebuilt, not edited, when the library changes: building 2,000 boxes takes well under a millisecond.
 *
 * Beside the tree, a coarse occupancy grid over the library's extent (at most 1,024 × 1,024 cells, one bit
 * each): a cell's bit is set when some grown box touches the cell. Most fixes fall in a clear cell (a person
 * at home, away from schools and parks) and are answered by one bit, with no tree query and no allocation.
 */
import Flatbush from 'flatbush';
import { type BBox, expandBBox } from './geo.ts';
import { type CompiledZone, compileZone, type Zone } from './zones.ts';

export interface ZoneLibrary {
  zones: readonly CompiledZone[];
  byId: ReadonlyMap<string, number>;
  /** Null when the library is empty (flatbush needs at least one item). */
  index: Flatbush | null;
  /** Margin every box was grown by, metres. */
  marginM: number;
  /** Cells some grown box touches; null when the library is empty. */
  grid: OccupancyGrid | null;
}

export interface OccupancyGrid {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
  /** Cells per degree. */
  perLon: number;
  perLat: number;
  nx: number;
  ny: number;
  /** One bit per cell, row by row (`iy * nx + ix`). */
  bits: Uint32Array;
}

const GRID_MAX = 1024;
/** The smallest cell, degrees (about 55 m of latitude): finer would not make the answer sharper. */
const GRID_MIN_CELL_DEG = 0.0005;

function buildGrid(boxes: readonly BBox[]): OccupancyGrid | null {
  if (boxes.length === 0) return null;
  let minLon = Number.POSITIVE_INFINITY;
  let minLat = Number.POSITIVE_INFINITY;
  let maxLon = Number.NEGATIVE_INFINITY;
  let maxLat = Number.NEGATIVE_INFINITY;
  for (const b of boxes) {
    minLon = Math.min(minLon, b.minLon);
    minLat = Math.min(minLat, b.minLat);
    maxLon = Math.max(maxLon, b.maxLon);
    maxLat = Math.max(maxLat, b.maxLat);
  }
  const nx = Math.max(1, Math.min(GRID_MAX, Math.ceil((maxLon - minLon) / GRID_MIN_CELL_DEG)));
  const ny = Math.max(1, Math.min(GRID_MAX, Math.ceil((maxLat - minLat) / GRID_MIN_CELL_DEG)));
  const grid: OccupancyGrid = {
    minLon,
    minLat,
    maxLon,
    maxLat,
    perLon: nx / Math.max(maxLon - minLon, 1e-9),
    perLat: ny / Math.max(maxLat - minLat, 1e-9),
    nx,
    ny,
    bits: new Uint32Array(Math.ceil((nx * ny) / 32)),
  };
  for (const b of boxes) {
    // The same cell arithmetic as `gridCell`, so a point in the box falls in a marked cell.
    const x0 = cellX(grid, b.minLon);
    const x1 = cellX(grid, b.maxLon);
    const y0 = cellY(grid, b.minLat);
    const y1 = cellY(grid, b.maxLat);
    for (let y = y0; y <= y1; y++)
      for (let x = x0; x <= x1; x++) {
        const c = y * nx + x;
        grid.bits[c >>> 5] = (grid.bits[c >>> 5] as number) | (1 << (c & 31));
      }
  }
  return grid;
}

// Small integers throughout (`| 0` truncates, which for these non-negative values is the floor), so that the
// compiled code need not box a number per query.
function cellX(g: OccupancyGrid, lon: number): number {
  const x = (lon - g.minLon) * g.perLon;
  return x <= 0 ? 0 : x >= g.nx - 1 ? g.nx - 1 : x | 0;
}
function cellY(g: OccupancyGrid, lat: number): number {
  const y = (lat - g.minLat) * g.perLat;
  return y <= 0 ? 0 : y >= g.ny - 1 ? g.ny - 1 : y | 0;
}

/**
 * The grid cell of a point, or -1 outside the extent of every box (then no zone's grown box holds it; NaN is
 * outside too).
 */
export function gridCell(library: ZoneLibrary, lat: number, lon: number): number {
  const g = library.grid;
  if (g === null || !(lon >= g.minLon && lat >= g.minLat && lon <= g.maxLon && lat <= g.maxLat)) return -1;
  return cellY(g, lat) * g.nx + cellX(g, lon);
}

/** Whether some zone's grown box touches the cell (a cell from `gridCell`, not -1). */
export function cellOccupied(library: ZoneLibrary, cell: number): boolean {
  const bits = (library.grid as OccupancyGrid).bits;
  return ((bits[cell >>> 5] as number) & (1 << (cell & 31))) !== 0;
}

/** Whether some zone's grown box may hold the point (false: certainly none does). */
export function occupied(library: ZoneLibrary, lat: number, lon: number): boolean {
  const cell = gridCell(library, lat, lon);
  return cell >= 0 && cellOccupied(library, cell);
}

export function buildZoneLibrary(zones: readonly Zone[], marginM = 0): ZoneLibrary {
  const compiled = zones.map(compileZone);
  const byId = new Map<string, number>();
  compiled.forEach((z, i) => {
    if (byId.has(z.id)) throw new Error(`zone library: duplicate zone id ${z.id}`);
    byId.set(z.id, i);
  });
  let index: Flatbush | null = null;
  const boxes = compiled.map((z) => expandBBox(z.bbox, marginM));
  if (compiled.length > 0) {
    index = new Flatbush(compiled.length);
    for (const b of boxes) index.add(b.minLon, b.minLat, b.maxLon, b.maxLat);
    index.finish();
  }
  return { zones: compiled, byId, index, marginM, grid: buildGrid(boxes) };
}

const NONE: number[] = [];

/** Indices of the zones whose (grown) box holds the point. Usually none (then an empty array, shared). */
export function candidateZones(library: ZoneLibrary, lat: number, lon: number): readonly number[] {
  return library.index && occupied(library, lat, lon) ? library.index.search(lon, lat, lon, lat) : NONE;
}
