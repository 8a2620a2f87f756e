/**
 * The person's map (Leaflet): zones by role, the track for the chosen period, and alert points. The tile
 * layer comes from the server's configuration; without one, or when the tiles cannot be loaded (no network),
 * the map draws on a plain background and says so. Everything drawn is SVG, so it prints and it can be read
 * back by tests.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef, useState } from 'react';
import type { Alert, Fix, MapConfig, ZoneFeature, ZoneRole } from '../monitoring/api.ts';
import { KIND_WORDS, zonedTime } from '../monitoring/format.ts';

/**
 * A tooltip with text in it. Leaflet renders a string tooltip as HTML, and labels are user text (zones,
 * absences, people, vendors' sources): they are set as text content, never parsed (docs/security.md).
 */
function textTip(text: string): HTMLElement {
  const el = document.createElement('span');
  el.textContent = text;
  return el;
}

/** `textTip` for a template literal: the pieces are joined as text. */
const textTipOf = (parts: TemplateStringsArray, ...values: unknown[]): HTMLElement =>
  textTip(parts.reduce((acc, p, i) => acc + p + (i < values.length ? String(values[i]) : ''), ''));

export const ZONE_STYLE: Record<ZoneRole, L.PathOptions & { legend: string }> = {
  home: { color: '#2e7d32', weight: 2, fillColor: '#66bb6a', fillOpacity: 0.2, legend: 'Home zone' },
  exclusion: {
    color: '#b71c1c',
    weight: 2,
    dashArray: '6 4',
    fillColor: '#e53935',
    fillOpacity: 0.22,
    legend: 'Exclusion zone',
  },
  absence: {
    color: '#1f4e8c',
    weight: 2,
    dashArray: '2 4',
    fillColor: '#5c8fd6',
    fillOpacity: 0.15,
    legend: 'Approved absence destination',
  },
  permitted: {
    color: '#6d6d6d',
    weight: 1.5,
    dashArray: '10 6',
    fillColor: '#9e9e9e',
    fillOpacity: 0.04,
    legend: 'Permitted area',
  },
  mobile: {
    color: '#6a1b9a',
    weight: 2,
    dashArray: '4 3',
    fillColor: '#ab47bc',
    fillOpacity: 0.15,
    legend: 'Protected person’s zone',
  },
};
const SHARED_STYLE: L.PathOptions = { color: '#e65100', fillColor: '#fb8c00' };
const TRACK_STYLE: L.PolylineOptions = { color: '#29436b', weight: 1.5, opacity: 0.7 };
/** Above this many fixes, the track is drawn as a line only. */
const MAX_FIX_DOTS = 3_000;
const SEVERITY_COLOR: Record<Alert['severity'], string> = {
  critical: '#b71c1c',
  serious: '#c25e00',
  warning: '#9a7b00',
  info: '#5f6b7a',
};

/** Where to put an alert on the map: its first evidence fix, else the track fix nearest its start. */
export function alertPoint(a: Alert, track: Fix[]): { lat: number; lon: number } | null {
  const f = a.evidence.fixes[0];
  if (f) return { lat: f.lat, lon: f.lon };
  if (track.length === 0) return null;
  const t = Date.parse(a.startedAt);
  let best: Fix | undefined;
  let bestD = Number.POSITIVE_INFINITY;
  for (const x of track) {
    const d = Math.abs(Date.parse(x.at) - t);
    if (d < bestD) {
      bestD = d;
      best = x;
    }
  }
  // Only within the period shown (an hour either side).
  return best && bestD <= 3_600_000 ? { lat: best.lat, lon: best.lon } : null;
}

const isShared = (f: ZoneFeature) => f.properties.shared === true;

function zoneLayer(f: ZoneFeature): L.Layer {
  const { legend: _legend, ...base } = ZONE_STYLE[f.properties.role] ?? ZONE_STYLE.permitted;
  const style: L.PathOptions = {
    ...base,
    ...(isShared(f) ? SHARED_STYLE : {}),
    className: `zone zone-${f.properties.role}`,
  };
  const g = f.geometry;
  const layer =
    g.type === 'Point'
      ? L.circle([g.coordinates[1] as number, g.coordinates[0] as number], {
          ...style,
          radius: f.properties.radiusM ?? 50,
        })
      : L.polygon(
          L.GeoJSON.coordsToLatLngs(g.coordinates, g.type === 'Polygon' ? 1 : 2) as L.LatLng[][],
          style,
        );
  return layer.bindTooltip(textTip(f.properties.label), { sticky: true });
}

export function MonitorMap({
  config,
  zones,
  track,
  alerts,
  timeZone,
  selected,
  onSelect,
}: {
  config: MapConfig;
  zones: ZoneFeature[];
  track: Fix[];
  alerts: Alert[];
  timeZone: string;
  selected: string | null;
  onSelect: (alertId: string) => void;
}) {
  const el = useRef<HTMLElement>(null);
  const map = useRef<L.Map | null>(null);
  const zoneGroup = useRef<L.FeatureGroup | null>(null);
  const trackGroup = useRef<L.FeatureGroup | null>(null);
  const alertGroup = useRef<L.FeatureGroup | null>(null);
  const [tiles, setTiles] = useState<'none' | 'loading' | 'ok' | 'failed'>(
    config.mapTileUrl ? 'loading' : 'none',
  );
  const select = useRef(onSelect);
  select.current = onSelect;

  // The map and its tile layer, once.
  useEffect(() => {
    if (!el.current) return;
    const m = L.map(el.current, { zoomControl: true, attributionControl: true, preferCanvas: false });
    m.setView([39.5, -98.35], 4);
    L.control.scale({ metric: true, imperial: true, position: 'bottomleft' }).addTo(m);
    zoneGroup.current = L.featureGroup().addTo(m);
    trackGroup.current = L.featureGroup().addTo(m);
    alertGroup.current = L.featureGroup().addTo(m);
    map.current = m;
    if (config.mapTileUrl) {
      let loaded = 0;
      let failed = 0;
      const layer = L.tileLayer(config.mapTileUrl, {
        maxZoom: 19,
        attribution: config.mapAttribution ?? '',
      });
      layer.on('tileload', () => {
        loaded++;
        setTiles('ok');
      });
      layer.on('tileerror', () => {
        failed++;
        // No tile at all has loaded: drop the layer and draw on the plain background.
        if (loaded === 0 && failed >= 1) {
          m.removeLayer(layer);
          setTiles('failed');
        }
      });
      layer.addTo(m);
    }
    return () => {
      m.remove();
      map.current = null;
    };
  }, [config.mapTileUrl, config.mapAttribution]);

  // Zones.
  useEffect(() => {
    const g = zoneGroup.current;
    if (!g) return;
    g.clearLayers();
    for (const f of zones) g.addLayer(zoneLayer(f));
  }, [zones]);

  // Track.
  useEffect(() => {
    const g = trackGroup.current;
    if (!g) return;
    g.clearLayers();
    if (track.length === 0) return;
    const sorted = [...track].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    const line = L.polyline(
      sorted.map((f) => [f.lat, f.lon] as L.LatLngTuple),
      { ...TRACK_STYLE, className: 'track-line' },
    );
    g.addLayer(line);
    // Hovering near the track shows the time of the nearest fix: a wide, invisible line catches the pointer.
    const hit = L.polyline(line.getLatLngs() as L.LatLng[], {
      weight: 14,
      opacity: 0,
      className: 'track-hit',
    });
    const tip = textTip('');
    hit.bindTooltip(tip, { sticky: true, className: 'track-time' });
    hit.on('mousemove', (e: L.LeafletMouseEvent) => {
      const m = map.current;
      if (!m) return;
      const p = m.latLngToLayerPoint(e.latlng);
      let best = sorted[0] as Fix;
      let bestD = Number.POSITIVE_INFINITY;
      for (const f of sorted) {
        const d = m.latLngToLayerPoint([f.lat, f.lon]).distanceTo(p);
        if (d < bestD) {
          bestD = d;
          best = f;
        }
      }
      tip.textContent = `${zonedTime(best.at, timeZone)} · ±${Math.round(best.accuracyM)} m`;
      hit.setTooltipContent(tip);
    });
    g.addLayer(hit);
    // Each fix as a dot with its time, unless there are too many to draw quickly (a week at one a minute).
    for (const f of sorted.length <= MAX_FIX_DOTS ? sorted : []) {
      g.addLayer(
        L.circleMarker([f.lat, f.lon], {
          radius: 1.5,
          color: '#29436b',
          weight: 0,
          fillColor: '#29436b',
          fillOpacity: 0.4,
          className: 'track-fix',
        }).bindTooltip(textTipOf`${zonedTime(f.at, timeZone)} · ±${Math.round(f.accuracyM)} m · ${f.source}`),
      );
    }
    const first = sorted[0] as Fix;
    const last = sorted[sorted.length - 1] as Fix;
    g.addLayer(
      L.circleMarker([first.lat, first.lon], {
        radius: 5,
        color: '#1c2330',
        fillColor: '#fff',
        fillOpacity: 1,
        weight: 2,
        className: 'track-start',
      }).bindTooltip(textTipOf`Start of the period: ${zonedTime(first.at, timeZone)}`),
    );
    g.addLayer(
      L.circleMarker([last.lat, last.lon], {
        radius: 5,
        color: '#fff',
        fillColor: '#1c2330',
        fillOpacity: 1,
        weight: 2,
        className: 'track-end',
      }).bindTooltip(textTipOf`Last fix of the period: ${zonedTime(last.at, timeZone)}`),
    );
  }, [track, timeZone]);

  // Alert points.
  useEffect(() => {
    const g = alertGroup.current;
    if (!g) return;
    g.clearLayers();
    for (const a of alerts) {
      const p = alertPoint(a, track);
      if (!p) continue;
      const marker = L.circleMarker([p.lat, p.lon], {
        radius: a.alertId === selected ? 9 : 6,
        color: '#fff',
        weight: 2,
        fillColor: SEVERITY_COLOR[a.severity],
        fillOpacity: 0.95,
        className: `alert-point alert-point-${a.severity}${a.alertId === selected ? ' selected' : ''}`,
        bubblingMouseEvents: false,
      })
        .bindTooltip(textTipOf`${KIND_WORDS[a.kind]} · ${zonedTime(a.startedAt, timeZone)}`)
        .on('click', () => select.current(a.alertId));
      g.addLayer(marker);
      // Above the track and the zones, whichever was drawn last.
      marker.bringToFront();
    }
  }, [alerts, track, timeZone, selected]);

  // Fit the view when the zones or the track change.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the layers are redrawn from `zones` and `track`
  useEffect(() => {
    const m = map.current;
    if (!m) return;
    // The track when there is one (the zones around it stay readable), else every zone.
    const t = trackGroup.current;
    const z = zoneGroup.current;
    const bounds =
      t && t.getLayers().length > 0
        ? t.getBounds()
        : z && z.getLayers().length > 0
          ? z.getBounds()
          : L.latLngBounds([]);
    if (bounds.isValid()) m.fitBounds(bounds, { padding: [32, 32], maxZoom: 17, animate: false });
  }, [zones, track]);

  return (
    <div className={tiles === 'ok' || tiles === 'loading' ? 'map-wrap' : 'map-wrap plain'}>
      {/* Leaflet owns the classes of its container: React must not set them again on a re-render. */}
      <section
        ref={el}
        className="map"
        data-testid="map"
        data-tiles={tiles}
        aria-label="Map of zones, the track and alert points"
      ></section>
      <p className="map-note small muted" data-testid="map-note">
        {tiles === 'none' && 'No map tiles configured: zones and the track on a plain background.'}
        {tiles === 'failed' && 'Map tiles could not be loaded: zones and the track on a plain background.'}
        {(tiles === 'ok' || tiles === 'loading') && '\u00a0'}
      </p>
      <ul className="legend small" aria-label="Legend">
        {(Object.keys(ZONE_STYLE) as ZoneRole[]).map((r) => (
          <li key={r}>
            <Swatch style={ZONE_STYLE[r]} /> {ZONE_STYLE[r].legend}
          </li>
        ))}
        <li>
          <Swatch style={{ ...ZONE_STYLE.exclusion, ...SHARED_STYLE }} /> Shared zone
        </li>
        <li>
          <svg width="22" height="12" aria-hidden="true">
            <line x1="1" y1="6" x2="21" y2="6" stroke="#29436b" strokeWidth="2" />
          </svg>{' '}
          Track
        </li>
        <li>
          <svg width="14" height="14" aria-hidden="true">
            <circle cx="7" cy="7" r="5.5" fill={SEVERITY_COLOR.critical} stroke="#fff" strokeWidth="1.5" />
          </svg>{' '}
          Alert (click for details)
        </li>
      </ul>
    </div>
  );
}

function Swatch({ style }: { style: L.PathOptions }) {
  return (
    <svg width="22" height="14" aria-hidden="true">
      <rect
        x="1"
        y="1"
        width="20"
        height="12"
        rx="2"
        fill={style.fillColor}
        fillOpacity={Math.max(0.25, style.fillOpacity ?? 0.2)}
        stroke={style.color}
        strokeWidth={style.weight ?? 1}
        strokeDasharray={style.dashArray as string | undefined}
      />
    </svg>
  );
}
