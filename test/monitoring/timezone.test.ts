import { describe, expect, it } from 'vitest';
import type { Condition } from '../../src/case/index.ts';
import { Enrollment } from '../../src/monitoring/enrollment.ts';
import { compileRules } from '../../src/monitoring/rules.ts';
import { FALLBACK_TIME_ZONE, supervisionTimeZone } from '../../src/monitoring/timezone.ts';
import { gps, homeDetention, inForce } from './helpers.ts';

// One rule for the time zone a supervised person's day is read in, used by the server's compiler and by the web
// app: the zoned condition's own zone, else a residence's district, else the case's district (the court's seat).
const residence: Condition = {
  kind: 'residence',
  id: 'c-res',
  text: 'Reside at the address of record',
  residence: { label: 'Residence of record', district: 'azd' },
} as Condition;

const enrollment = Enrollment.parse({
  personId: 'p-1',
  defendant: 2,
  label: 'Test person',
  device: { id: 'dev-1', plan: { callInIntervalS: 300, fixIntervalS: 60 } },
});

describe('the supervision time zone', () => {
  it('is the home-detention or curfew condition’s own zone first', () => {
    expect(supervisionTimeZone([gps, homeDetention()], 'nyed')).toBe('America/Los_Angeles');
  });

  it('else the district of the residence, else the case’s district, else the fallback', () => {
    expect(supervisionTimeZone([gps, residence], 'nyed')).toBe('America/Phoenix');
    expect(supervisionTimeZone([gps], 'cacd')).toBe('America/Los_Angeles');
    expect(supervisionTimeZone([gps], 'hid')).toBe('Pacific/Honolulu');
    expect(supervisionTimeZone([gps], 'zzz')).toBe(FALLBACK_TIME_ZONE);
    expect(supervisionTimeZone([gps])).toBe('America/New_York');
  });

  it('is the zone the rules are compiled in', () => {
    expect(compileRules(inForce([gps]), enrollment, { district: 'cacd' }).device.timeZone).toBe(
      'America/Los_Angeles',
    );
    expect(compileRules(inForce([gps, residence]), enrollment, { district: 'cacd' }).device.timeZone).toBe(
      'America/Phoenix',
    );
    expect(
      compileRules(inForce([gps]), enrollment, { district: 'cacd', timeZone: 'America/Chicago' }).device
        .timeZone,
    ).toBe('America/Chicago');
  });
});
