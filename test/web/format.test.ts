import { describe, expect, it } from 'vitest';
import { dateRange, datesIn, dateTime, longDate, parseDate, parseTime } from '../../web/src/format.ts';

describe('the one date form of the web app', () => {
  it('writes a calendar date as `Fri Apr 17, 2026`, whatever the zone of the browser', () => {
    expect(longDate('2026-04-17')).toBe('Fri Apr 17, 2026');
    expect(longDate('2027-03-09')).toBe('Tue Mar 9, 2027');
    expect(longDate('2024-02-29')).toBe('Thu Feb 29, 2024');
    expect(longDate('not a date')).toBe('not a date');
  });

  it('writes a period with both ends, or open', () => {
    expect(dateRange('2026-04-17', '2026-04-28')).toBe('Fri Apr 17, 2026 – Tue Apr 28, 2026');
    expect(dateRange('2026-09-15', null, 'the trial date')).toBe('Tue Sep 15, 2026 – the trial date');
  });

  it('writes an instant in the district’s zone with a 24-hour time, across a change of offset', () => {
    expect(dateTime('2026-05-05T20:00:00Z', 'America/Los_Angeles')).toBe('Tue May 5, 2026 13:00 PDT');
    expect(dateTime('2026-03-08T09:30:00Z', 'America/Los_Angeles')).toBe('Sun Mar 8, 2026 01:30 PST');
    // 03:30 UTC on the 1st is still the evening of the 31st in New York.
    expect(dateTime('2026-08-01T03:30:00Z', 'America/New_York')).toBe('Fri Jul 31, 2026 23:30 EDT');
    expect(dateTime('2026-12-07T18:54:00Z', 'UTC')).toBe('Mon Dec 7, 2026 18:54 UTC');
  });

  it('rewrites the days in an engine’s explanation, weekday and all, and leaves instants alone', () => {
    expect(datesIn('Stopped on Sun 2026-11-22; last day Tue 2027-03-09.')).toBe(
      'Stopped on Sun Nov 22, 2026; last day Tue Mar 9, 2027.',
    );
    expect(datesIn('order of 2026-09-15 · at 2026-05-05T20:00:00Z')).toBe(
      'order of Tue Sep 15, 2026 · at 2026-05-05T20:00:00Z',
    );
  });
});

describe('dates and times as a person types them', () => {
  it("reads the app's own form, month names, ISO and the U.S. numeric form (month first)", () => {
    expect(parseDate('Mon Dec 7, 2026')).toBe('2026-12-07');
    expect(parseDate('Dec 7, 2026')).toBe('2026-12-07');
    expect(parseDate('December 7 2026')).toBe('2026-12-07');
    expect(parseDate('Sept. 15, 2026')).toBe('2026-09-15');
    expect(parseDate('7 Dec 2026')).toBe('2026-12-07');
    expect(parseDate('2026-12-07')).toBe('2026-12-07');
    expect(parseDate('12/7/2026')).toBe('2026-12-07');
    expect(parseDate('02/29/24')).toBe('2024-02-29');
  });

  it('refuses what is not a calendar date, and a weekday that contradicts the date', () => {
    expect(parseDate('2/29/2026')).toBeNull();
    expect(parseDate('2026-13-01')).toBeNull();
    expect(parseDate('13/7/2026')).toBeNull();
    expect(parseDate('Tue Dec 7, 2026')).toBeNull();
    expect(parseDate('Ma 7, 2026')).toBeNull();
    expect(parseDate('next Friday')).toBeNull();
    expect(parseDate('')).toBeNull();
  });

  it('reads a 24-hour time', () => {
    expect(parseTime('9:05')).toBe('09:05');
    expect(parseTime('2130')).toBe('21:30');
    expect(parseTime('24:00')).toBeNull();
    expect(parseTime('9 pm')).toBeNull();
  });
});
