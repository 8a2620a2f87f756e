import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  computeDeadline,
  computeHours,
  DeadlineInputError,
  eachDay,
  editionOn,
  parseDate,
  RULE45_EDITIONS,
} from '../../../src/law/calendar/index.ts';

const last = (trigger: string, days: number, extra: Partial<Parameters<typeof computeDeadline>[0]> = {}) =>
  computeDeadline({ trigger, days, ...extra }).date;

describe('Rule 45(a)(1): exclude the trigger day, count every day, roll a last day that is not a business day', () => {
  it('rolls from the observed Juneteenth (pretrial-rules spec § 2.4, example 1)', () => {
    // Fri 2027-06-04 + 14 days = Fri 2027-06-18, the observed Juneteenth (June 19, 2027 is a Saturday).
    // observedCounts: 06-18 (holiday), 06-19 (Sat), 06-20 (Sun) are passed over → Mon 2027-06-21.
    const r = computeDeadline({ trigger: '2027-06-04', days: 14, district: 'nyed' });
    expect(r.date).toBe('2027-06-21');
    expect(r.unrolled).toBe('2027-06-18');
    expect(r.skipped.map((s) => s.date)).toEqual(['2027-06-18', '2027-06-19', '2027-06-20']);
    // actualDayOnly: June 18 is an ordinary Friday → the period ends 06-18; both readings are shown.
    expect(r.readings).toContainEqual({ option: 'observedDays', value: 'actualDayOnly', date: '2027-06-18' });
    expect(r.readingsDiffer).toBe(true);
    expect(last('2027-06-04', 14, { options: { observedDays: 'actualDayOnly' } })).toBe('2027-06-18');
  });

  it('rolls backward past an observed Independence Day for a period counted before an event (example 2; Rule 45(a)(5))', () => {
    // Hearing Mon 2027-07-12; "at least 7 days before" → Mon 2027-07-05 (Independence Day observed; July 4 is a Sunday).
    // Counting backward past Sun 07-04 and Sat 07-03 → Fri 2027-07-02.
    const r = computeDeadline({ trigger: '2027-07-12', days: 7, direction: 'backward', district: 'nyed' });
    expect(r.date).toBe('2027-07-02');
    expect(r.trace.some((t) => t.step === 'roll' && t.citation?.includes('45(a)(5)'))).toBe(true);
    expect(last('2027-07-12', 7, { direction: 'backward', options: { observedDays: 'actualDayOnly' } })).toBe(
      '2027-07-05',
    );
  });

  it('counts the Rule 5.1(c) and § 3060(b) preliminary-hearing days (example 3)', () => {
    // Initial appearance Tue 2027-03-02: in custody 14 days → Tue 03-16; released: Rule 21 days → Tue 03-23,
    // § 3060(b)(2) "twentieth day" → Mon 03-22.
    expect(last('2027-03-02', 14, { district: 'nyed' })).toBe('2027-03-16');
    expect(last('2027-03-02', 21, { district: 'nyed' })).toBe('2027-03-23');
    expect(last('2027-03-02', 20, { district: 'nyed' })).toBe('2027-03-22');
  });

  it('rolls off Thanksgiving to the Friday after, which is no holiday in New York or California', () => {
    // Thu 2026-11-12 + 14 = Thu 2026-11-26, Thanksgiving → Fri 2026-11-27.
    expect(last('2026-11-12', 14, { district: 'nyed' })).toBe('2026-11-27');
    expect(last('2026-11-12', 14, { district: 'cacd' })).toBe('2026-11-27');
  });

  it('rolls through a presidential closure, Christmas and another closure (Rule 45(a)(6)(B))', () => {
    // Wed 2025-12-10 + 14 = Wed 2025-12-24 (closed by executive order) → Thu 12-25 Christmas → Fri 12-26 (closed)
    // → Sat → Sun → Mon 2025-12-29.
    const r = computeDeadline({ trigger: '2025-12-10', days: 14, district: 'nyed' });
    expect(r.date).toBe('2025-12-29');
    expect(r.skipped.map((s) => s.date)).toEqual([
      '2025-12-24',
      '2025-12-25',
      '2025-12-26',
      '2025-12-27',
      '2025-12-28',
    ]);
  });

  it('handles month and year ends, in common and leap years', () => {
    // Thu 2026-12-17 + 14 = Thu 2026-12-31 (a business day).
    expect(last('2026-12-17', 14, { district: 'nyed' })).toBe('2026-12-31');
    // Fri 2026-12-18 + 14 = Fri 2027-01-01, New Year's Day → Sat, Sun → Mon 2027-01-04.
    expect(last('2026-12-18', 14, { district: 'nyed' })).toBe('2027-01-04');
    // 2027-01-31 + 30: February 2027 has 28 days (day 28 = 02-28), day 29 = 03-01, day 30 = Tue 2027-03-02.
    expect(last('2027-01-31', 30, { district: 'nyed' })).toBe('2027-03-02');
    // 2028-01-31 + 30: 2028 is a leap year (day 29 = 02-29), day 30 = Wed 2028-03-01.
    expect(last('2028-01-31', 30, { district: 'nyed' })).toBe('2028-03-01');
  });
});

describe('state holidays count only for periods measured after an event (Rule 45(a)(6)(C))', () => {
  it("rolls off New York's Lincoln's Birthday forward but not backward", () => {
    // Mon 2026-02-02 + 10 = Thu 2026-02-12, Lincoln's birthday in New York → Fri 02-13.
    expect(last('2026-02-02', 10, { district: 'nyed' })).toBe('2026-02-13');
    // Thu 2026-02-19 − 7 = Thu 2026-02-12: a backward period ignores state holidays.
    expect(last('2026-02-19', 7, { district: 'nyed', direction: 'backward' })).toBe('2026-02-12');
    // Without a district no state holiday is known, and the result says so.
    const r = computeDeadline({ trigger: '2026-02-02', days: 10 });
    expect(r.date).toBe('2026-02-12');
    expect(r.warnings.join(' ')).toContain('No district given');
  });

  it("rolls off California's Cesar Chavez Day in C.D. Cal. but not in E.D.N.Y.", () => {
    // Tue 2026-03-17 + 14 = Tue 2026-03-31.
    expect(last('2026-03-17', 14, { district: 'cacd' })).toBe('2026-04-01');
    expect(last('2026-03-17', 14, { district: 'nyed' })).toBe('2026-03-31');
  });

  it("rolls off Patriots' Day in D. Mass. (Mass. Gen. Laws ch. 4, § 7, cl. 18), with no missing-data warning", () => {
    // Mon 2026-04-06 + 14 = Mon 2026-04-20, the third Monday in April → Tue 2026-04-21.
    const r = computeDeadline({ trigger: '2026-04-06', days: 14, district: 'mad' });
    expect(r.date).toBe('2026-04-21');
    expect(r.warnings.join(' ')).not.toContain('No state-holiday data');
  });
});

describe('Inauguration Day (5 U.S.C. § 6103(c)) is an option in the D.C. area', () => {
  it('in D. Md. rolls only with the option, and shows both readings', () => {
    // Thu 2033-01-06 + 14 = Thu 2033-01-20, Inauguration Day (a Thursday).
    const off = computeDeadline({ trigger: '2033-01-06', days: 14, district: 'mdd' });
    expect(off.date).toBe('2033-01-20');
    expect(off.readings).toContainEqual({ option: 'inaugurationDay', value: 'true', date: '2033-01-21' });
    expect(off.readingsDiffer).toBe(true);
    const on = computeDeadline({
      trigger: '2033-01-06',
      days: 14,
      district: 'mdd',
      options: { inaugurationDay: true },
    });
    expect(on.date).toBe('2033-01-21');
  });

  it('in D.D.C. is a District holiday "for all purposes" for forward periods, whatever the option (D.C. Code § 28-2701)', () => {
    expect(last('2033-01-06', 14, { district: 'dcd' })).toBe('2033-01-21');
    // Backward from Thu 2033-01-27 − 7 = Thu 01-20: state holidays do not count backward; the option decides.
    expect(last('2033-01-27', 7, { district: 'dcd', direction: 'backward' })).toBe('2033-01-20');
    expect(
      last('2033-01-27', 7, { district: 'dcd', direction: 'backward', options: { inaugurationDay: true } }),
    ).toBe('2033-01-19');
  });

  it('is never applied outside the area', () => {
    const r = computeDeadline({
      trigger: '2033-01-06',
      days: 14,
      district: 'nyed',
      options: { inaugurationDay: true },
    });
    expect(r.date).toBe('2033-01-20');
  });
});

describe('Rule 45(a)(3) and 45(c)', () => {
  it("extends a last day on which the clerk's office is inaccessible to the next accessible business day", () => {
    // Mon 2026-06-01 + 14 = Mon 2026-06-15, office closed by weather → Tue 06-16.
    const r = computeDeadline({
      trigger: '2026-06-01',
      days: 14,
      district: 'nyed',
      inaccessible: [{ date: '2026-06-15', note: 'snow' }],
    });
    expect(r.date).toBe('2026-06-16');
    expect(r.skipped[0]?.reasons.join(' ')).toContain("clerk's office inaccessible (snow)");
  });

  it('adds 3 days after the period would otherwise expire, then rolls again', () => {
    // Fri 2026-06-05 + 14 = Fri 06-19 (Juneteenth) → Mon 06-22; + 3 = Thu 2026-06-25.
    expect(last('2026-06-05', 14, { district: 'nyed', serviceAddsThreeDays: true })).toBe('2026-06-25');
    // Mon 2026-06-01 + 14 = Mon 06-15; + 3 = Thu 06-18.
    expect(last('2026-06-01', 14, { district: 'nyed', serviceAddsThreeDays: true })).toBe('2026-06-18');
  });
});

describe('Rule 45 editions (dated records)', () => {
  it('before December 1, 2009, skips intermediate weekends and holidays in periods under 11 days', () => {
    // Tue 2005-02-01, 10 days, E.D.N.Y.: skip Sat 02-05, Sun 02-06, Sat 02-12 (Lincoln's birthday), Sun 02-13;
    // counted: 02-02, 02-03, 02-04, 02-07, 02-08, 02-09, 02-10, 02-11, 02-14, 02-15 → Tue 2005-02-15.
    const r = computeDeadline({ trigger: '2005-02-01', days: 10, district: 'nyed' });
    expect(r.edition).toBe('2002');
    expect(r.date).toBe('2005-02-15');
    expect(r.skipped.map((s) => s.date)).toEqual(['2005-02-05', '2005-02-06', '2005-02-12', '2005-02-13']);
    // 11 days is not a short period: 2005-02-12 (Sat) → Sun → Mon 2005-02-14.
    expect(last('2005-02-01', 11, { district: 'nyed' })).toBe('2005-02-14');
  });

  it('names Juneteenth under 45(a)(6)(B) before December 1, 2023 and under 45(a)(6)(A) after', () => {
    // Fri 2022-06-03 + 17 = Mon 2022-06-20, Juneteenth observed (June 19, 2022 a Sunday) → Tue 06-21.
    const before = computeDeadline({ trigger: '2022-06-03', days: 17 });
    expect(before.date).toBe('2022-06-21');
    expect(before.skipped[0]?.reasons.join(' ')).toContain('Rule 45(a)(6)(B)');
    const after = computeDeadline({ trigger: '2024-06-05', days: 14 }); // Wed 2024-06-19
    expect(after.date).toBe('2024-06-20');
    expect(after.skipped[0]?.reasons.join(' ')).toContain('Rule 45(a)(6)(A)');
  });

  it('covers every day from August 1, 1985 with exactly one edition (no gap, no overlap)', () => {
    for (const day of eachDay(parseDate('1985-08-01'), parseDate('2040-12-31'))) {
      const d = String(day);
      const matching = RULE45_EDITIONS.filter((e) => d >= e.from && (e.to === null || d <= e.to));
      if (matching.length !== 1) throw new Error(`${d}: ${matching.length} editions`);
    }
    expect(editionOn(parseDate('1985-07-31'))).toBeUndefined();
    expect(editionOn(parseDate('2009-12-01'))?.id).toBe('2009');
  });
});

describe('bad input is an error that names the field', () => {
  it('rejects a date that does not exist, an unknown district, a bad day count', () => {
    expect(() => computeDeadline({ trigger: '2026-02-30', days: 14 })).toThrow(
      new DeadlineInputError('trigger: "2026-02-30" is not a real calendar date'),
    );
    expect(() => computeDeadline({ trigger: '2026-02-03', days: 14, district: 'xxd' })).toThrow(
      /unknown district "xxd"/,
    );
    expect(() => computeDeadline({ trigger: '2026-02-03', days: 0 })).toThrow(
      /days: expected a whole number/,
    );
    expect(() => computeDeadline({ trigger: '1980-02-03', days: 3 })).toThrow(/earliest Rule 45 edition/);
    expect(() =>
      computeDeadline({ trigger: '2026-02-03', days: 3, direction: 'backward', serviceAddsThreeDays: true }),
    ).toThrow(/45\(c\)/);
  });
});

describe('statute-specific counts (Rule 45 does not govern)', () => {
  it('§ 3142(d): ten days excluding Saturdays, Sundays and holidays (spec § 1.4)', () => {
    // Order Wed 2027-11-24; Thanksgiving Thu 11-25 and weekends skipped → days 1–10 end Thu 2027-12-09.
    const r = addBusinessDays(parseDate('2027-11-24'), 10, '18 U.S.C. § 3142(d)');
    expect(r.counted).toEqual([
      '2027-11-26',
      '2027-11-29',
      '2027-11-30',
      '2027-12-01',
      '2027-12-02',
      '2027-12-03',
      '2027-12-06',
      '2027-12-07',
      '2027-12-08',
      '2027-12-09',
    ]);
    expect(r.date).toBe('2027-12-09');
  });

  it('§ 3142(f): continuance limits of five (defense) and three (Government) business days (spec § 1.6)', () => {
    // First appearance Wed 2027-11-24: defense 11-26, 11-29, 11-30, 12-01, Thu 12-02; Government 11-26, 11-29, Tue 11-30.
    expect(addBusinessDays(parseDate('2027-11-24'), 5, '§ 3142(f)').date).toBe('2027-12-02');
    expect(addBusinessDays(parseDate('2027-11-24'), 3, '§ 3142(f)').date).toBe('2027-11-30');
    // Demo: Castell's first appearance Fri 2026-04-17 → defense Fri 04-24, Government Wed 04-22.
    expect(addBusinessDays(parseDate('2026-04-17'), 5, '§ 3142(f)', { district: 'nyed' }).date).toBe(
      '2026-04-24',
    );
    expect(addBusinessDays(parseDate('2026-04-17'), 3, '§ 3142(f)', { district: 'nyed' }).date).toBe(
      '2026-04-22',
    );
  });
});

describe('Rule 45(a)(2): periods in hours', () => {
  it('counts elapsed hours and runs past a weekend and holiday to the same time on the next business day', () => {
    // Thu 2026-07-02 16:30 EDT + 48 h = Sat 07-04 16:30 (Independence Day) → Sun → Mon 2026-07-06 16:30.
    const r = computeHours({ trigger: '2026-07-02T16:30-04:00', hours: 48, district: 'nyed' });
    expect(r.end).toBe('2026-07-06T16:30:00-04:00[America/New_York]');
  });

  it('counts the extra hour of the night daylight-saving time ends', () => {
    // Sat 2026-10-31 12:00 EDT + 24 h = Sun 11-01 11:00 EST (25-hour day), a Sunday → Mon 2026-11-02 11:00 EST.
    const r = computeHours({ trigger: '2026-10-31T12:00-04:00', hours: 24, district: 'nyed' });
    expect(r.unrolled).toBe('2026-11-01T11:00:00-05:00[America/New_York]');
    expect(r.end).toBe('2026-11-02T11:00:00-05:00[America/New_York]');
  });
});
