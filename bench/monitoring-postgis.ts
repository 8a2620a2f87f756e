/**
 * Benchmark (c): the spatial part of the same rules evaluated in PostGIS, for comparison with the in-process
 * engine. A scratch database `pretrial_bench_<pid>` is created with the PostGIS extension and dropped at
 * the end. Geometry is stored projected to UTM zone 11N (EPSG:32611, metres), so ST_DWithin takes metres
 * and uses the GiST indexes; polygons are tested with ST_Contains, circles with ST_DWithin around their
 * center. One set-based query answers, for every fix: is it inside the person's home zone; how many of the
 * person's own exclusion zones contain it; how many shared zones with the person's tags lie within the
 * 50 m buffer; is the protected person's phone (same minute) within the mobile zone's outer radius.
 * That is only the geometry: PostGIS does not run the episodes, grace periods and alerts the engine does,
 * so the comparison favors PostGIS. Loading the fixes is timed separately and not counted.
 */
import pg from 'pg';
import type { Fix } from '../src/monitoring/device-events.ts';
import type { Workload } from '../src/monitoring/simulator/workload.ts';
import { candidateZones } from '../src/monitoring/spatial-index.ts';
import {
  type CompiledZone,
  compileZone,
  contains,
  signedDistanceM,
  type Zone,
} from '../src/monitoring/zones.ts';

export type PostgisResult =
  | { ok: true; method: string; fixes: number; fixesPerS: number; lines: string[] }
  | { ok: false; reason: string };

const SRID = 32611;
const SHARED_BUFFER_M = 50;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

const zoneSql = (z: Zone): { wkt: string; radius: number | null } => {
  const g = z.geometry;
  if (g.type === 'Point')
    return { wkt: `POINT(${g.coordinates[0]} ${g.coordinates[1]})`, radius: z.radiusM ?? 0 };
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const body = polys
    .map((p) => `(${p.map((ring) => `(${ring.map((q) => `${q[0]} ${q[1]}`).join(',')})`).join(',')})`)
    .join(',');
  return { wkt: `MULTIPOLYGON(${body})`, radius: null };
};

/** The same predicates in process (no state machines), to check that PostGIS answers the same questions. */
function predicateCounts(w: Workload, fixes: readonly Fix[]) {
  const byDevice = new Map(w.people.map((p, i) => [p.deviceId, i]));
  const homes = w.people.map((p) =>
    compileZone(
      p.homeZone ?? {
        id: `${p.personId}:home`,
        label: 'Residence',
        geometry: { type: 'Point', coordinates: [p.home.lon, p.home.lat] },
        radiusM: p.homeRadiusM,
        tags: [],
      },
    ),
  );
  const own = w.people.map((p) => p.ownZones.map(compileZone));
  let home = 0;
  let ownHits = 0;
  let sharedHits = 0;
  for (const f of fixes) {
    const i = byDevice.get(f.device);
    if (i === undefined) continue;
    if (contains(homes[i] as CompiledZone, f.lat, f.lon)) home++;
    for (const z of own[i] as CompiledZone[]) if (contains(z, f.lat, f.lon)) ownHits++;
    const tags = (w.people[i] as (typeof w.people)[number]).sharedTags;
    for (const k of candidateZones(w.library, f.lat, f.lon)) {
      const z = w.library.zones[k] as CompiledZone;
      if (z.tags.some((t) => tags.includes(t)) && signedDistanceM(z, f.lat, f.lon) <= SHARED_BUFFER_M)
        sharedHits++;
    }
  }
  return { home, ownHits, sharedHits };
}

export async function runPostgisBench(w: Workload, limit: number): Promise<PostgisResult> {
  const adminUrl = process.env.PRETRIAL_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const dbName = `pretrial_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  try {
    await admin.connect();
  } catch (e) {
    return {
      ok: false,
      reason: `cannot connect to ${adminUrl.replace(/\/\/[^@]*@/, '//')}: ${(e as Error).message}`,
    };
  }
  try {
    await admin.query(`CREATE DATABASE ${dbName}`);
  } catch (e) {
    await admin.end();
    return { ok: false, reason: `cannot create the scratch database: ${(e as Error).message}` };
  }
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  const db = new pg.Client({ connectionString: url.toString() });
  try {
    await db.connect();
    try {
      await db.query('CREATE EXTENSION postgis');
    } catch (e) {
      return {
        ok: false,
        reason: `PostGIS is not installed (${(e as Error).message}); on Debian: apt-get install postgresql-15-postgis-3`,
      };
    }
    const version = (await db.query<{ v: string }>('SELECT postgis_lib_version() AS v')).rows[0]?.v ?? '?';
    const server =
      (await db.query<{ v: string }>('SELECT current_setting($$server_version$$) AS v')).rows[0]?.v ?? '?';
    await db.query(`
      CREATE TABLE person (id int PRIMARY KEY, device text NOT NULL, tags text[] NOT NULL, protected_device text);
      CREATE TABLE person_zone (person int NOT NULL, role text NOT NULL, radius float8,
        geom geometry(Geometry, ${SRID}) NOT NULL);
      CREATE TABLE shared_zone (id int PRIMARY KEY, tag text NOT NULL, geom geometry(MultiPolygon, ${SRID}) NOT NULL);
      CREATE TABLE fix (id bigint PRIMARY KEY, device text NOT NULL, minute int NOT NULL,
        geom geometry(Point, ${SRID}) NOT NULL);`);

    // Zones.
    const t0 = performance.now();
    const people = w.people.map((p, i) => ({
      id: i,
      device: p.deviceId,
      tags: `{${p.sharedTags.join(',')}}`,
      protectedDevice: p.protectedDevice,
    }));
    await db.query(
      'INSERT INTO person SELECT i, d, t::text[], pd FROM unnest($1::int[], $2::text[], $3::text[], $4::text[]) AS u(i, d, t, pd)',
      [
        people.map((p) => p.id),
        people.map((p) => p.device),
        people.map((p) => p.tags),
        people.map((p) => p.protectedDevice),
      ],
    );
    const zp: number[] = [];
    const zr: string[] = [];
    const zrad: (number | null)[] = [];
    const zw: string[] = [];
    w.people.forEach((p, i) => {
      const home: Zone = p.homeZone ?? {
        id: `${p.personId}:home`,
        label: 'Residence',
        geometry: { type: 'Point', coordinates: [p.home.lon, p.home.lat] },
        radiusM: p.homeRadiusM,
        tags: [],
      };
      for (const [role, z] of [
        ['home', home] as const,
        ...p.ownZones.map((z) => ['exclusion', z] as const),
      ]) {
        const { wkt, radius } = zoneSql(z);
        zp.push(i);
        zr.push(role);
        zrad.push(radius);
        zw.push(wkt);
      }
    });
    await db.query(
      `INSERT INTO person_zone SELECT p, r, rad, ST_Transform(ST_GeomFromText(w, 4326), ${SRID})
       FROM unnest($1::int[], $2::text[], $3::float8[], $4::text[]) AS t(p, r, rad, w)`,
      [zp, zr, zrad, zw],
    );
    await db.query(
      `INSERT INTO shared_zone SELECT i, tag, ST_Transform(ST_GeomFromText(w, 4326), ${SRID})
       FROM unnest($1::int[], $2::text[], $3::text[]) AS t(i, tag, w)`,
      [w.shared.map((_, i) => i), w.shared.map((z) => z.tags[0] ?? ''), w.shared.map((z) => zoneSql(z).wkt)],
    );
    await db.query(`
      CREATE INDEX ON person_zone USING gist (geom);
      CREATE INDEX ON person_zone (person, role);
      CREATE INDEX ON shared_zone USING gist (geom);
      ANALYZE person; ANALYZE person_zone; ANALYZE shared_zone;`);
    const zonesMs = performance.now() - t0;

    // Fixes (the first `limit`, in time order).
    const all = w.batches.flat().slice(0, Math.min(limit, w.fixes)) as unknown as (Fix & { id: bigint })[];
    const t1 = performance.now();
    for (let i = 0; i < all.length; i += 20_000) {
      const chunk = all.slice(i, i + 20_000);
      await db.query(
        `INSERT INTO fix SELECT id, d, m, ST_Transform(ST_SetSRID(ST_MakePoint(lon, lat), 4326), ${SRID})
         FROM unnest($1::bigint[], $2::text[], $3::int[], $4::float8[], $5::float8[]) AS t(id, d, m, lon, lat)`,
        [
          chunk.map((f) => f.id.toString()),
          chunk.map((f) => f.device),
          chunk.map((f) => Math.floor((f.at - w.start) / 60_000)),
          chunk.map((f) => f.lon),
          chunk.map((f) => f.lat),
        ],
      );
    }
    await db.query('CREATE INDEX ON fix (device, minute); ANALYZE fix;');
    const loadMs = performance.now() - t1;

    // The evaluation: every predicate for every supervisee fix, one query.
    const sql = `
      SELECT count(*) AS fixes,
        count(*) FILTER (WHERE in_home) AS home,
        coalesce(sum(own_hits), 0) AS own_hits,
        coalesce(sum(shared_hits), 0) AS shared_hits,
        count(*) FILTER (WHERE near_protected) AS near_protected
      FROM (
        SELECT
          EXISTS (SELECT 1 FROM person_zone z WHERE z.person = p.id AND z.role = 'home'
            AND CASE WHEN z.radius IS NULL THEN ST_Contains(z.geom, f.geom) ELSE ST_DWithin(z.geom, f.geom, z.radius) END) AS in_home,
          (SELECT count(*) FROM person_zone z WHERE z.person = p.id AND z.role = 'exclusion'
            AND CASE WHEN z.radius IS NULL THEN ST_Contains(z.geom, f.geom) ELSE ST_DWithin(z.geom, f.geom, z.radius) END) AS own_hits,
          (SELECT count(*) FROM shared_zone s WHERE s.tag = ANY (p.tags)
            AND ST_DWithin(s.geom, f.geom, ${SHARED_BUFFER_M})) AS shared_hits,
          (p.protected_device IS NOT NULL AND EXISTS (SELECT 1 FROM fix v
            WHERE v.device = p.protected_device AND v.minute = f.minute AND ST_DWithin(v.geom, f.geom, 700))) AS near_protected
        FROM fix f JOIN person p ON p.device = f.device
      ) t`;
    let best = Number.POSITIVE_INFINITY;
    let row: Record<string, string> = {};
    for (let r = 0; r < 2; r++) {
      const t2 = performance.now();
      row = (await db.query(sql)).rows[0] as Record<string, string>;
      best = Math.min(best, performance.now() - t2);
    }
    const evaluated = Number(row.fixes);
    const js = predicateCounts(w, all);
    const agree =
      Number(row.home) === js.home &&
      Number(row.own_hits) === js.ownHits &&
      Number(row.shared_hits) === js.sharedHits;
    return {
      ok: true,
      method: `PostgreSQL ${server}, PostGIS ${version}, geometry in EPSG:${SRID} with GiST indexes`,
      fixes: all.length,
      fixesPerS: all.length / (best / 1000),
      lines: [
        `(c) zones loaded and indexed in ${fmt(zonesMs)} ms; ${fmt(all.length)} fixes loaded and indexed in ${fmt(loadMs)} ms (${fmt(all.length / (loadMs / 1000))} fixes/s, not counted)`,
        `(c) one query over ${fmt(evaluated)} supervisee fixes (+ ${fmt(all.length - evaluated)} phone fixes): best of 2 ${fmt(best)} ms; inside home ${row.home}, own-zone hits ${row.own_hits}, shared-zone hits (≤ ${SHARED_BUFFER_M} m) ${row.shared_hits}, near the protected person ${row.near_protected}`,
        `(c) the same predicates in process: inside home ${js.home}, own-zone hits ${js.ownHits}, shared-zone hits ${js.sharedHits} — ${agree ? 'identical' : 'differ slightly (sphere vs UTM projection at the edges)'}`,
      ],
    };
  } finally {
    await db.end().catch(() => undefined);
    await admin.query(`DROP DATABASE IF EXISTS ${dbName}`).catch(() => undefined);
    await admin.end();
  }
}
