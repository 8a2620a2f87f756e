/**
 * Device partitions of the cluster: FNV-1a 32-bit (the function of nats-server's `partition()` subject
 * mapping), checked against the published test vectors; a protected person's phone routed to the partition
 * of each supervisee that follows it; the cluster settings read from the environment.
 */
import { describe, expect, it } from 'vitest';
import type { DeviceRules } from '../../src/monitoring/rules.ts';
import { clusterConfigFromEnv } from '../../src/server/cluster/config.ts';
import { fnv1a32, partitionOf, Router } from '../../src/server/cluster/partition.ts';

describe('cluster partitions', () => {
  it('hashes with FNV-1a 32 (published vectors)', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
    expect(partitionOf('foobar', 16)).toBe(0xbf9cf968 % 16);
  });

  it("routes a protected person's phone to each follower's partition", () => {
    const follower = (deviceId: string, phone: string) =>
      ({
        deviceId,
        rules: [{ kind: 'mobileExclusion', protectedDeviceId: phone }],
      }) as unknown as DeviceRules;
    // Two supervisees in different partitions of 16 follow the same phone.
    const a = 'LM-CL-00001';
    let b = 'LM-CL-00002';
    for (let i = 3; partitionOf(b, 16) === partitionOf(a, 16); i++) b = `LM-CL-${String(i).padStart(5, '0')}`;
    const r = new Router(16, [follower(a, 'PHONE-1'), follower(b, 'PHONE-1')]);
    expect(r.route('PHONE-1')).toEqual([partitionOf(a, 16), partitionOf(b, 16)].sort((x, y) => x - y));
    expect(r.route(a)).toEqual([partitionOf(a, 16)]);
    expect(r.route('UNKNOWN')).toEqual([partitionOf('UNKNOWN', 16)]);
  });

  it('reads the cluster settings from the environment, and only with PRETRIAL_NATS_URL', () => {
    expect(clusterConfigFromEnv({})).toBeNull();
    const c = clusterConfigFromEnv({
      PRETRIAL_NATS_URL: 'nats://a:4222, nats://b:4222,nats://c:4222',
      PRETRIAL_CLUSTER_PARTITIONS: '32',
    });
    expect(c?.servers).toEqual(['nats://a:4222', 'nats://b:4222', 'nats://c:4222']);
    expect(c?.partitions).toBe(32);
    expect(c?.leaseMs).toBe(3_000);
    expect(() =>
      clusterConfigFromEnv({ PRETRIAL_NATS_URL: 'nats://a', PRETRIAL_CLUSTER_PARTITIONS: '0' }),
    ).toThrow('PRETRIAL_CLUSTER_PARTITIONS: expected an integer from 1 to 1024, got "0"');
    expect(() =>
      clusterConfigFromEnv({ PRETRIAL_NATS_URL: 'nats://a', PRETRIAL_CLUSTER_PREFIX: 'Bad.Prefix' }),
    ).toThrow(/PRETRIAL_CLUSTER_PREFIX: expected lower-case letters/);
  });
});
