import { describe, expect, it } from 'vitest';
import {
  DISTRICTS,
  easterSunday,
  FEDERAL_HOLIDAYS,
  federalOn,
  findDistrict,
  holidaysBetween,
  inaugurationOn,
  isInaugurationYear,
  PRESIDENTIAL_CLOSURES,
  parseDate,
  STATE_HOLIDAYS,
  stateOn,
} from '../../../src/law/calendar/index.ts';

const names = (date: string) =>
  federalOn(parseDate(date)).map((o) => `${o.name}${o.observed ? ' (observed)' : ''}`);

describe('federal legal holidays, 5 U.S.C. § 6103(a)', () => {
  it('observes the 2026–2028 weekend holidays on the Friday before or the Monday after (§ 6103(b)(1); E.O. 11582)', () => {
    // pretrial-rules spec § 2.3: Independence Day Sat 2026-07-04 → Fri 07-03; Juneteenth Sat 2027-06-19 → Fri 06-18;
    // Independence Day Sun 2027-07-04 → Mon 07-05; Christmas Sat 2027-12-25 → Fri 12-24;
    // New Year's Day Sat 2028-01-01 → Fri 2027-12-31; Veterans Day Sat 2028-11-11 → Fri 11-10.
    expect(names('2026-07-03')).toEqual(['Independence Day (observed)']);
    expect(names('2027-06-18')).toEqual(['Juneteenth National Independence Day (observed)']);
    expect(names('2027-07-05')).toEqual(['Independence Day (observed)']);
    expect(names('2027-12-24')).toEqual(['Christmas Day (observed)']);
    expect(names('2027-12-31')).toEqual(["New Year's Day (observed)"]);
    expect(names('2028-11-10')).toEqual(['Veterans Day (observed)']);
  });

  it('finds an observed New Year’s Day across the year boundary (2022-01-01 was a Saturday)', () => {
    const occ = federalOn(parseDate('2021-12-31'));
    expect(occ).toHaveLength(1);
    expect(occ[0]?.actualDate).toBe('2022-01-01');
    expect(holidaysBetween(parseDate('2021-12-01'), parseDate('2021-12-31')).map((o) => o.date)).toEqual([
      '2021-12-24', // Christmas Sat 2021-12-25 observed Fri 12-24
      '2021-12-25',
      '2021-12-31',
    ]);
  });

  it('makes Juneteenth a holiday from June 17, 2021 (Pub. L. 117-17), first observed Friday June 18, 2021', () => {
    expect(names('2020-06-19')).toEqual([]);
    expect(names('2021-06-18')).toEqual(['Juneteenth National Independence Day (observed)']);
    expect(names('2022-06-20')).toEqual(['Juneteenth National Independence Day (observed)']); // Sun 06-19 → Mon
    expect(names('2026-06-19')).toEqual(['Juneteenth National Independence Day']);
  });

  it('computes the Monday and Thursday holidays', () => {
    expect(names('2026-01-19')).toEqual(['Birthday of Martin Luther King, Jr.']); // third Monday of Jan 2026
    expect(names('2026-05-25')).toEqual(['Memorial Day']); // last Monday of May 2026
    expect(names('2026-11-26')).toEqual(['Thanksgiving Day']); // fourth Thursday of Nov 2026
    expect(names('2027-11-25')).toEqual(['Thanksgiving Day']);
    expect(names('1975-10-27')).toEqual(['Veterans Day']); // fourth Monday of October, 1971–1977
    expect(names('1978-11-10')).toEqual(['Veterans Day (observed)']); // back on Nov. 11 from 1978; Sat 11-11 → Fri
  });

  it('sweeps 1971–2040: each federal holiday falls exactly once a year, with no gap or overlap between versions', () => {
    for (let year = 1971; year <= 2040; year++) {
      const list = holidaysBetween(parseDate(`${year}-01-01`), parseDate(`${year}-12-31`)).filter(
        (o) => o.source === 'federal' && !o.observed,
      );
      const byName = new Map<string, number>();
      for (const o of list) byName.set(o.name, (byName.get(o.name) ?? 0) + 1);
      const expected = [
        "New Year's Day",
        "Washington's Birthday",
        'Memorial Day',
        'Independence Day',
        'Labor Day',
        'Columbus Day',
        'Veterans Day',
        'Thanksgiving Day',
        'Christmas Day',
      ];
      if (year >= 1986) expected.push('Birthday of Martin Luther King, Jr.');
      if (year >= 2021) expected.push('Juneteenth National Independence Day');
      expect([...byName.keys()].sort(), String(year)).toEqual(expected.sort());
      for (const [name, n] of byName) expect(n, `${name} ${year}`).toBe(1);
    }
  });

  it('keeps every record dated and cited', () => {
    for (const r of [
      ...FEDERAL_HOLIDAYS,
      ...PRESIDENTIAL_CLOSURES,
      ...Object.values(STATE_HOLIDAYS).flat(),
    ]) {
      expect(r.citation.length, r.id).toBeGreaterThan(5);
      expect(r.sourceText.length, r.id).toBeGreaterThan(5);
      expect(r.from <= (r.to ?? '9999-12-31'), r.id).toBe(true);
      expect(parseDate(r.checkedOn).year).toBeGreaterThanOrEqual(2026);
    }
  });
});

describe('Inauguration Day, 5 U.S.C. § 6103(c)', () => {
  it('falls each fourth year after 1965, moving only off a Sunday', () => {
    expect(isInaugurationYear(2025)).toBe(true);
    expect(isInaugurationYear(2026)).toBe(false);
    expect(inaugurationOn(parseDate('2025-01-20')).map((o) => o.observed)).toEqual([false]); // a Monday (also MLK Day)
    expect(inaugurationOn(parseDate('2029-01-20'))).toHaveLength(1); // a Saturday: not moved
    expect(inaugurationOn(parseDate('2029-01-19'))).toHaveLength(0);
    expect(inaugurationOn(parseDate('2013-01-21')).map((o) => o.observed)).toEqual([true]); // Sun 2013-01-20 → Mon
    expect(inaugurationOn(parseDate('2025-01-20'))[0]?.flags).toEqual([
      'payAndLeaveOnly',
      'rule45StatusUncertain',
    ]);
  });
});

describe('presidential closures, Rule 45(a)(6)(B)', () => {
  it('lists whole-day closures by executive order as dated, cited data', () => {
    const between = holidaysBetween(parseDate('2018-12-01'), parseDate('2018-12-31')).filter(
      (o) => o.source === 'presidential',
    );
    expect(between.map((o) => o.date)).toEqual(['2018-12-05', '2018-12-24']);
    expect(between[1]?.citation).toContain('Executive Order 13854');
  });
});

describe('state holidays, Rule 45(a)(6)(C)', () => {
  it("New York: Lincoln's birthday, general election day, and Sunday holidays on the Monday (N.Y. Gen. Constr. Law § 24)", () => {
    expect(stateOn(parseDate('2026-02-12'), 'NY')?.map((o) => o.name)).toEqual(["Lincoln's birthday"]);
    expect(stateOn(parseDate('2026-11-03'), 'NY')?.map((o) => o.name)).toEqual(['General election day']);
    // Lincoln's birthday Sun 2023-02-12 → Mon 02-13 is itself a New York public holiday.
    expect(stateOn(parseDate('2023-02-13'), 'NY')?.map((o) => o.observed)).toEqual([true]);
    // New York moves no Saturday holiday: Independence Day Sat 2026-07-04 gives no New York Friday.
    expect(stateOn(parseDate('2026-07-03'), 'NY')).toEqual([]);
  });

  it('California: Cesar Chavez Day, Native American Day from 2015, Juneteenth from 2023 (Cal. Gov. Code §§ 6700, 6701)', () => {
    expect(stateOn(parseDate('2026-03-31'), 'CA')?.map((o) => o.name)).toEqual(['Cesar Chavez Day']);
    expect(stateOn(parseDate('2026-09-25'), 'CA')?.map((o) => o.name)).toEqual(['Native American Day']); // 4th Fri of Sept
    expect(stateOn(parseDate('2014-09-26'), 'CA')).toEqual([]);
    expect(stateOn(parseDate('2022-06-20'), 'CA')).toEqual([]);
    // Veterans Day on Saturday 2028-11-11 → Friday 11-10 under § 6701.
    expect(stateOn(parseDate('2028-11-10'), 'CA')?.map((o) => o.observed)).toEqual([true]);
    // Good Friday 2026 (Easter Sunday 2026-04-05) is a three-hour holiday only.
    expect(stateOn(parseDate('2026-04-03'), 'CA')?.map((o) => o.partialDay)).toEqual([true]);
  });

  it('District of Columbia: Emancipation Day, Saturday → Friday (D.C. Code § 28-2701)', () => {
    expect(stateOn(parseDate('2022-04-15'), 'DC')?.map((o) => `${o.name} ${o.actualDate}`)).toEqual([
      'District of Columbia Emancipation Day 2022-04-16',
    ]);
    expect(stateOn(parseDate('2025-01-20'), 'DC')?.map((o) => o.name)).toEqual([
      "Dr. Martin Luther King, Jr.'s Birthday",
      'Inauguration Day',
    ]);
  });

  it("Massachusetts: Patriots' Day, the third Monday in April (Mass. Gen. Laws ch. 4, § 7, cl. 18)", () => {
    // April 2026: Mondays 6, 13, 20 → the third Monday is 2026-04-20.
    expect(stateOn(parseDate('2026-04-20'), 'MA')?.map((o) => o.name)).toEqual(["Patriots' Day"]);
    expect(stateOn(parseDate('2026-04-20'), 'MA')?.[0]?.citation).toBe('Mass. Gen. Laws ch. 4, § 7, cl. 18');
  });
});

describe('Easter (Gregorian computus)', () => {
  it('matches known Easter Sundays', () => {
    expect(String(easterSunday(2024))).toBe('2024-03-31');
    expect(String(easterSunday(2026))).toBe('2026-04-05');
    expect(String(easterSunday(2027))).toBe('2027-03-28');
    expect(String(easterSunday(2038))).toBe('2038-04-25');
  });
});

describe('districts', () => {
  it('knows all 94 districts by PACER court id with Bluebook abbreviations', () => {
    expect(DISTRICTS.size).toBe(94);
    expect(findDistrict('nyed')).toMatchObject({
      ok: true,
      district: { abbreviation: 'E.D.N.Y.', state: 'NY' },
    });
    expect(findDistrict('CACD')).toMatchObject({
      ok: true,
      district: { abbreviation: 'C.D. Cal.', state: 'CA' },
    });
    expect(findDistrict('dcd')).toMatchObject({
      ok: true,
      district: { abbreviation: 'D.D.C.', inaugurationArea: true },
    });
    const bad = findDistrict('nyx');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toContain('unknown district "nyx"');
  });
});
