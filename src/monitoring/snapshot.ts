/**
 * Engine snapshots as bytes (bounded recovery, docs/monitoring.md § 8.1): one device's state
 * (`DeviceState`, from `exportDevices`) to a buffer and back.
 *
 * Most of a device's state is its timeline (the last 48 hours of device time, kept to re-evaluate late
 * events), and most of the timeline is fixes. Those are written as columns (typed arrays), which
 * `v8.serialize` copies as blocks: object by object, a million fixes took 8 s to write and 4 s to read back
 * (166 MB). Everything else (rule states, checkpoints, timers, alerts, other events) is written with
 * `v8.serialize` as it is. Read back, the fixes stay in their columns until the engine first reads the
 * device's timeline (`decodeDeviceState`).
 *
 * The engine compares one reference by identity: an exclusion rule's last fix with the fix just evaluated
 * (`becomesQuiet`). The last fixes, each checkpoint's fix and the pending fix are therefore written as
 * positions in the timeline and made the same objects again when read.
 */
import { deserialize, serialize } from 'node:v8';
import type { Fix, FixSource, StoredDeviceEvent } from './device-events.ts';
import type { DeviceState } from './engine.ts';

const SOURCES: readonly FixSource[] = ['gps', 'cell', 'wifi', 'beacon'];
const FIX_KEYS = new Set([
  'kind',
  'device',
  'at',
  'lat',
  'lon',
  'accuracyM',
  'source',
  'seq',
  'batteryPercent',
  'minutesLeft',
  'id',
  'receivedAt',
]);

interface Columns {
  /** Timeline positions of the fixes written as columns; the other events are in `others`. */
  n: number;
  pos: Int32Array;
  id: BigInt64Array;
  /** at, receivedAt, lat, lon, accuracyM, per fix. */
  num: Float64Array;
  source: Uint8Array;
  /** The fixes with a sequence number or a battery level: [fix, seq, batteryPercent, minutesLeft] (NaN: absent). */
  extra: number[];
  others: { pos: number; event: unknown }[];
}

interface Encoded extends Omit<DeviceState, 'timeline'> {
  columns: Columns;
  length: number;
  refs: { pending: number; cpFix: number[]; lastFix: [number, number, number][] };
}

const NUM = 5;

function plainFix(e: { kind: string; device: string }, deviceId: string): boolean {
  if (e.kind !== 'fix' || e.device !== deviceId) return false;
  for (const k in e) if (!FIX_KEYS.has(k)) return false;
  const f = e as Fix & StoredDeviceEvent;
  return typeof f.id === 'bigint' && SOURCES.includes(f.source);
}

/** One device's state as bytes. */
export function encodeDeviceState(s: DeviceState): Buffer {
  const t = s.timeline;
  const index = new Map<object, number>();
  let fixes = 0;
  for (let i = 0; i < t.length; i++) {
    const e = t[i] as { kind: string; device: string };
    index.set(e, i);
    if (plainFix(e, s.deviceId)) fixes++;
  }
  const columns: Columns = {
    n: fixes,
    pos: new Int32Array(fixes),
    id: new BigInt64Array(fixes),
    num: new Float64Array(fixes * NUM),
    source: new Uint8Array(fixes),
    extra: [],
    others: [],
  };
  let k = 0;
  for (let i = 0; i < t.length; i++) {
    const e = t[i] as { kind: string; device: string };
    if (!plainFix(e, s.deviceId)) {
      columns.others.push({ pos: i, event: e });
      continue;
    }
    const f = e as Fix & StoredDeviceEvent;
    columns.pos[k] = i;
    columns.id[k] = f.id;
    const o = k * NUM;
    columns.num[o] = f.at;
    columns.num[o + 1] = f.receivedAt;
    columns.num[o + 2] = f.lat;
    columns.num[o + 3] = f.lon;
    columns.num[o + 4] = f.accuracyM;
    if (f.seq !== undefined || f.batteryPercent !== undefined || f.minutesLeft !== undefined)
      columns.extra.push(k, f.seq ?? Number.NaN, f.batteryPercent ?? Number.NaN, f.minutesLeft ?? Number.NaN);
    columns.source[k] = SOURCES.indexOf(f.source);
    k++;
  }
  const at = (o: unknown): number => (o !== null && typeof o === 'object' ? (index.get(o) ?? -1) : -1);
  const lastFix: [number, number, number][] = [];
  const lastFixes = (states: readonly unknown[] | null, cp: number) => {
    states?.forEach((st, i) => {
      const r = st as { kind: string; lastFix?: unknown };
      if (r.kind === 'exclusion') {
        const p = at(r.lastFix);
        if (p >= 0) lastFix.push([cp, i, p]);
      }
    });
  };
  lastFixes(s.states, -1);
  s.checkpoints.forEach((c, j) => {
    lastFixes(c.states, j);
  });
  const { timeline: _, ...rest } = s;
  const value: Encoded = {
    ...rest,
    columns,
    length: t.length,
    refs: { pending: at(s.pending), cpFix: s.checkpoints.map((c) => at(c.fix)), lastFix },
  };
  return serialize(value);
}

/** Timeline position `p`'s fix column (`pos` is increasing), or -1. */
function columnAt(pos: Int32Array, p: number): number {
  let lo = 0;
  let hi = pos.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = pos[mid] as number;
    if (v < p) lo = mid + 1;
    else if (v > p) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/**
 * Bytes from `encodeDeviceState` back to the state, with its shared references made again. The timeline's
 * fixes stay in their columns until the engine first reads the timeline (`DeviceState.loadTimeline`): only
 * the fixes referred to (the pending fix, the checkpoints' fixes, the exclusion rules' last fixes) are made
 * now, and the timeline made later holds those same objects. After a restart most devices' next fixes take
 * the quiet path, which does not read the timeline: a million fixes are not made into objects (and copied by
 * the collector) before alerting resumes.
 */
export function decodeDeviceState(bytes: Uint8Array): DeviceState {
  const v = deserialize(bytes) as Encoded;
  const { columns: c, refs, length, ...rest } = v;
  const device = v.deviceId;
  const num = c.num;
  const ids = c.id;
  const pos = c.pos;
  const src = c.source;
  const extra = c.extra;
  /** Column k's extras, by column (most fixes have none). */
  let extras: Map<number, number> | null = null;
  if (extra.length > 0) {
    extras = new Map();
    for (let x = 0; x < extra.length; x += 4) extras.set(extra[x] as number, x);
  }
  const fixOf = (k: number): unknown => {
    const o = k * NUM;
    const x = extras?.get(k);
    // The fix with its keys in the order the ingest makes them (`canonical`, then `storedEvent`); most fixes
    // have no sequence number or battery level, and are made in one literal (one shape for all).
    if (x === undefined)
      return {
        kind: 'fix',
        device,
        at: num[o],
        lat: num[o + 2],
        lon: num[o + 3],
        accuracyM: num[o + 4],
        source: SOURCES[src[k] as number],
        id: ids[k],
        receivedAt: num[o + 1],
      };
    const f: Record<string, unknown> = {
      kind: 'fix',
      device,
      at: num[o],
      lat: num[o + 2],
      lon: num[o + 3],
      accuracyM: num[o + 4],
      source: SOURCES[src[k] as number],
    };
    const seq = extra[x + 1] as number;
    const percent = extra[x + 2] as number;
    const left = extra[x + 3] as number;
    if (!Number.isNaN(seq)) f.seq = seq;
    if (!Number.isNaN(percent)) f.batteryPercent = percent;
    if (!Number.isNaN(left)) f.minutesLeft = left;
    f.id = ids[k];
    f.receivedAt = num[o + 1];
    return f;
  };
  // The events referred to by position, made now (once each).
  const made = new Map<number, unknown>();
  for (const o of c.others) made.set(o.pos, o.event);
  const at = (p: number): unknown => {
    if (p < 0) return null;
    let e = made.get(p);
    if (e === undefined) {
      const k = columnAt(pos, p);
      if (k < 0)
        throw new Error(`device ${device}: the snapshot refers to timeline position ${p}, which it lacks`);
      e = fixOf(k);
      made.set(p, e);
    }
    return e;
  };
  const s = { ...rest, timeline: new Array(length) } as DeviceState;
  if (refs.pending >= 0) s.pending = at(refs.pending) as DeviceState['pending'];
  refs.cpFix.forEach((p, j) => {
    if (p >= 0) (s.checkpoints[j] as { fix: unknown }).fix = at(p);
  });
  for (const [cp, i, p] of refs.lastFix) {
    const states = cp < 0 ? s.states : (s.checkpoints[cp]?.states ?? null);
    if (states) (states[i] as { lastFix: unknown }).lastFix = at(p);
  }
  s.loadTimeline = () => {
    const timeline: unknown[] = [];
    let k = 0;
    for (let p = 0; p < length; p++) {
      const e = made.get(p);
      if (e !== undefined) {
        timeline.push(e);
        if (k < c.n && pos[k] === p) k++;
      } else timeline.push(fixOf(k++));
    }
    return timeline as DeviceState['timeline'];
  };
  return s;
}
