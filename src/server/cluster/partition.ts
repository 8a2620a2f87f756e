/**
 * Device partitions of the cluster (docs/monitoring.md § 9). A device belongs to partition
 * FNV-1a-32(device id, UTF-8) mod P — the function nats-server's `partition()` subject mapping uses, so a
 * server-side mapping and this one agree. A protected person's phone has no rules of its own: its fixes
 * are routed to the partition of every supervisee whose mobile rule follows it, so that one evaluator
 * holds both sides of the distance.
 */
import type { DeviceRules } from '../../monitoring/rules.ts';

const encoder = new TextEncoder();

/** FNV-1a, 32 bits, over the UTF-8 bytes of `s`. */
export function fnv1a32(s: string): number {
  let h = 0x811c9dc5;
  for (const b of encoder.encode(s)) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The partition of a device id. */
export const partitionOf = (deviceId: string, partitions: number): number => fnv1a32(deviceId) % partitions;

/** A partition number as a subject token and key: two digits at least, e.g. `07`. */
export const partitionToken = (p: number): string => String(p).padStart(2, '0');

/**
 * Which partitions a device's events go to: its own, or (a followed phone) those of its followers. Built
 * from the compiled rules of every enrollment.
 */
export class Router {
  private readonly followed = new Map<string, number[]>();

  constructor(
    readonly partitions: number,
    devices: readonly DeviceRules[] = [],
  ) {
    for (const d of devices) {
      const own = partitionOf(d.deviceId, partitions);
      for (const r of d.rules) {
        if (r.kind !== 'mobileExclusion') continue;
        const list = this.followed.get(r.protectedDeviceId) ?? [];
        if (!list.includes(own)) list.push(own);
        this.followed.set(r.protectedDeviceId, list);
      }
    }
    for (const list of this.followed.values()) list.sort((a, b) => a - b);
  }

  /** The partitions an event of this device is published to. */
  route(deviceId: string): readonly number[] {
    return this.followed.get(deviceId) ?? [partitionOf(deviceId, this.partitions)];
  }

  /** Whether a device's engine state lives in partition `p` (its own, or one of its followers'). */
  holds(deviceId: string, p: number): boolean {
    return this.route(deviceId).includes(p);
  }
}
