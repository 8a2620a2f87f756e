/**
 * Curfew windows are laid out with each time zone's offset looked up once per stretch between its
 * transitions. They must be the instants Temporal gives day by day (the `compatible` disambiguation: a time
 * skipped by a spring-forward gap moves forward, a repeated time takes the earlier instant) — here over a
 * year of zones with daylight saving time at 1:00, 2:00 or midnight, a half-hour shift (Lord Howe Island), a
 * zone that dropped a whole day (Apia, 2011-12-30) and a zone without transitions.
 */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { curfewWindows } from '../../src/monitoring/rules.ts';

/** The windows computed with Temporal for every day. */
function reference(start: string, end: string, tz: string, fromDate: string, toDate: string) {
  const at = (d: Temporal.PlainDate, hhmm: string) => {
    const [hour, minute] = hhmm.split(':').map(Number) as [number, number];
    return d.toPlainDateTime({ hour, minute }).toZonedDateTime(tz, { disambiguation: 'compatible' })
      .epochMilliseconds;
  };
  const out: { start: number; end: number }[] = [];
  const last = Temporal.PlainDate.from(toDate);
  for (
    let d = Temporal.PlainDate.from(fromDate).subtract({ days: 1 });
    Temporal.PlainDate.compare(d, last) <= 0;
    d = d.add({ days: 1 })
  )
    out.push({ start: at(d, start), end: at(end <= start ? d.add({ days: 1 }) : d, end) });
  return out;
}

const ZONES = [
  'America/Los_Angeles',
  'America/New_York',
  'America/Santiago',
  'America/Havana',
  'Europe/London',
  'Australia/Lord_Howe',
  'Pacific/Apia',
  'America/Phoenix',
  'UTC',
];

describe('curfew windows', () => {
  for (const tz of ZONES)
    it(`are Temporal's instants, day by day, in ${tz}`, () => {
      for (const [start, end] of [
        ['21:00', '06:00'],
        ['00:00', '02:30'],
        ['23:30', '00:30'],
      ] as const) {
        const from = tz === 'Pacific/Apia' ? '2011-03-01' : '2026-03-01';
        const to = tz === 'Pacific/Apia' ? '2012-03-31' : '2027-03-31';
        expect(curfewWindows(start, end, tz, from, to)).toEqual(reference(start, end, tz, from, to));
      }
    });

  it('keep the hours of the night of the fall-back change in Los Angeles (2026-11-01: 9 hours and one more)', () => {
    const w = curfewWindows('21:00', '06:00', 'America/Los_Angeles', '2026-10-31', '2026-11-01');
    expect(w.map((x) => (x.end - x.start) / 3_600_000)).toEqual([9, 10, 9]);
    expect(new Date(w[1]?.start as number).toISOString()).toBe('2026-11-01T04:00:00.000Z');
  });
});
