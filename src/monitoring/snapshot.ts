/**
 * Engine snapshots as bytes (bounded recovery, docs/monitoring.md § 8.1): one device's state
 * (`DeviceState`, from `exportDevices`) to a buffer and back.
 *
 * Most of a device's state is its timeline (the last 48 hours of device time, kept to re-evaluate late
 * events), and most of the timeline is fixes. Those are written as columns (typed arrays), which
 * `v8.serialize` copies as blocks: object by object, a million fixes took 8 s to write and 4 s to read back
 * (166 MB). Everything else (rule states, checkpoints, timers, alerts, other events) is written with
 * `v8.serialize` as it is.
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

/** Bytes from `encodeDeviceState` back to the state, with its shared references made again. */
export function decodeDeviceState(bytes: Uint8Array): DeviceState {
  const v = deserialize(bytes) as Encoded;
  const { columns: c, refs, length, ...rest } = v;
  const timeline: unknown[] = new Array(length);
  for (const o of c.others) timeline[o.pos] = o.event;
  const device = v.deviceId;
  const num = c.num;
  const ids = c.id;
  const pos = c.pos;
  const src = c.source;
  const extra = c.extra;
  let x = 0;
  for (let k = 0; k < c.n; k++) {
    const o = k * NUM;
    // The fix with its keys in the order the ingest makes them (`canonical`, then `storedEvent`); most fixes
    // have no sequence number or battery level, and are made in one literal (one shape for all).
    if (extra[x] !== k) {
      timeline[pos[k] as number] = {
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
      continue;
    }
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
    x += 4;
    f.id = ids[k];
    f.receivedAt = num[o + 1];
    timeline[pos[k] as number] = f;
  }
  const s = { ...rest, timeline } as DeviceState;
  if (refs.pending >= 0) s.pending = timeline[refs.pending] as DeviceState['pending'];
  refs.cpFix.forEach((p, j) => {
    if (p >= 0) (s.checkpoints[j] as { fix: unknown }).fix = timeline[p];
  });
  for (const [cp, i, p] of refs.lastFix) {
    const states = cp < 0 ? s.states : (s.checkpoints[cp]?.states ?? null);
    if (states) (states[i] as { lastFix: unknown }).lastFix = timeline[p];
  }
  return s;
}
