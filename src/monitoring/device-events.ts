/**
 * What monitoring devices report (docs/monitoring.md § 2): location fixes and device events. The input schema
 * validates every event at the edge (HTTP body, NDJSON file, stream message); the canonical form keeps the
 * instant as epoch milliseconds for the evaluator and the original text for the record.
 */
import { z } from 'zod';

/** Where a fix's position comes from. `beacon`: the home unit (RF beacon) heard the tag, i.e. at home. */
export const FixSource = z.enum(['gps', 'cell', 'wifi', 'beacon']).meta({ id: 'FixSource' });
export type FixSource = z.infer<typeof FixSource>;

/**
 * Device event kinds other than fixes. Paired kinds open and clear the same device-health alert
 * (`strapOpen` / `strapRestored`, …). `communicationLost` is the vendor platform's own report that the device
 * missed its call-ins; the engine also detects silence itself (rule `communication`).
 */
export const DeviceAlarmKind = z
  .enum([
    'heartbeat',
    'strapOpen',
    'strapRestored',
    'caseOpen',
    'caseClosed',
    'batteryLow',
    'batteryCritical',
    'batteryRestored',
    'chargingStarted',
    'chargingStopped',
    'gpsLost',
    'gpsRestored',
    'communicationLost',
    'communicationRestored',
    'beaconInRange',
    'beaconOutOfRange',
  ])
  .meta({ id: 'DeviceAlarmKind' });
export type DeviceAlarmKind = z.infer<typeof DeviceAlarmKind>;
export type DeviceEventKind = 'fix' | DeviceAlarmKind;
export const DEVICE_EVENT_KINDS: readonly DeviceEventKind[] = ['fix', ...DeviceAlarmKind.options];

const DeviceId = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._:-]{0,79}$/,
    'expected a device id of letters, digits, ".", "_", ":" or "-"',
  );

const Instant = z.iso.datetime({
  offset: true,
  precision: undefined,
  error: 'expected an ISO date-time with offset, e.g. 2026-05-04T09:30:00-07:00',
});

const Battery = z
  .object({
    percent: z.number().min(0).max(100).optional(),
    minutesLeft: z.number().min(0).optional(),
  })
  .strict();

const Vendor = z
  .object({ name: z.string().min(1), code: z.string().optional(), raw: z.unknown().optional() })
  .strict()
  .meta({ description: 'The vendor platform and its own name for the event, kept for the record.' });

const common = {
  device: DeviceId,
  at: Instant.meta({ description: 'When the device recorded the fix or event (device time).' }),
  seq: z.number().int().min(0).optional().meta({ description: 'Vendor sequence number, if any.' }),
  battery: Battery.optional(),
  vendor: Vendor.optional(),
};

export const FixInput = z
  .object({
    kind: z.literal('fix'),
    ...common,
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    accuracyM: z
      .number()
      .min(0)
      .max(100_000)
      .meta({ description: 'Radius of the position uncertainty, metres (the device’s figure).' }),
    source: FixSource,
  })
  .strict()
  .meta({ id: 'FixInput', description: 'A location fix.' });

export const AlarmInput = z
  .object({ kind: DeviceAlarmKind, ...common })
  .strict()
  .meta({ id: 'AlarmInput', description: 'A device event other than a fix.' });

export const DeviceEventInput = z
  .union([FixInput, AlarmInput])
  .meta({ id: 'DeviceEventInput', description: 'A fix or device event as a vendor platform sends it.' });
export type DeviceEventInput = z.input<typeof DeviceEventInput>;

/** A fix in canonical form. */
export interface Fix {
  kind: 'fix';
  device: string;
  /** Device time, epoch milliseconds. */
  at: number;
  lat: number;
  lon: number;
  accuracyM: number;
  source: FixSource;
  seq?: number;
  batteryPercent?: number;
  minutesLeft?: number;
}

/** A device event other than a fix, in canonical form. */
export interface Alarm {
  kind: DeviceAlarmKind;
  device: string;
  at: number;
  seq?: number;
  batteryPercent?: number;
  minutesLeft?: number;
}

export type DeviceEvent = Fix | Alarm;

/** A device event as stored: our 64-bit id, and when we received it. */
export type StoredDeviceEvent = DeviceEvent & {
  /** 64-bit sequence assigned at ingest (a BIGINT column; never a 32-bit integer). */
  id: bigint;
  /** Our receipt time, epoch milliseconds. */
  receivedAt: number;
};

export const isFix = (e: DeviceEvent): e is Fix => e.kind === 'fix';

/** The stored form of an event: its fields, then `id` and `receivedAt`. */
export const storedEvent = (e: DeviceEvent, id: bigint, receivedAt: number): StoredDeviceEvent =>
  Object.assign({}, e, { id, receivedAt });

/**
 * The idempotency key: (device, time, kind). Time is normalized to the instant, so the same event sent with
 * two different offsets is one event.
 */
export const eventKey = (e: { device: string; at: number; kind: string }): string =>
  `${e.device}|${e.at}|${e.kind}`;

/** Canonical form of a validated input event. */
export function canonical(input: z.output<typeof DeviceEventInput>): DeviceEvent {
  const at = Date.parse(input.at);
  const extra: { seq?: number; batteryPercent?: number; minutesLeft?: number } = {};
  if (input.seq !== undefined) extra.seq = input.seq;
  if (input.battery?.percent !== undefined) extra.batteryPercent = input.battery.percent;
  if (input.battery?.minutesLeft !== undefined) extra.minutesLeft = input.battery.minutesLeft;
  if (input.kind === 'fix') {
    const f = input as z.output<typeof FixInput>;
    return {
      kind: 'fix',
      device: f.device,
      at,
      lat: f.lat,
      lon: f.lon,
      accuracyM: f.accuracyM,
      source: f.source,
      ...extra,
    };
  }
  return { kind: input.kind, device: input.device, at, ...extra };
}

/** An event back in input form (ISO time in UTC), e.g. to write NDJSON. */
export function toInput(e: DeviceEvent): DeviceEventInput {
  const battery =
    e.batteryPercent !== undefined || e.minutesLeft !== undefined
      ? {
          ...(e.batteryPercent !== undefined ? { percent: e.batteryPercent } : {}),
          ...(e.minutesLeft !== undefined ? { minutesLeft: e.minutesLeft } : {}),
        }
      : undefined;
  const common = {
    device: e.device,
    at: new Date(e.at).toISOString(),
    ...(e.seq !== undefined ? { seq: e.seq } : {}),
    ...(battery ? { battery } : {}),
  };
  if (e.kind === 'fix') {
    const f = e as Fix;
    return { kind: 'fix', ...common, lat: f.lat, lon: f.lon, accuracyM: f.accuracyM, source: f.source };
  }
  return { kind: e.kind, ...common };
}
