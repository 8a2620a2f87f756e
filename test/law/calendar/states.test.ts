/**
 * Hand-checked Rule 45(a) periods, one at least per state, each landing on a day the state's statute declares
 * a holiday (45(a)(6)(C)): the last day rolls to the next day that is not a Saturday, Sunday or legal holiday
 * (45(a)(1)(C)), and the trace names the holiday and its statute. Dates are worked out in the comments
 * (Easter Sunday: 2027-03-28, 2028-04-16).
 */
import { describe, expect, it } from 'vitest';
import { computeDeadline, DISTRICTS, STATE_TABLES } from '../../../src/law/calendar/index.ts';

interface Case {
  state: string;
  district: string;
  trigger: string;
  days: number;
  expected: string;
  holiday: string;
  statute: string;
  why: string;
}

const CASES: Case[] = [
  {
    state: 'AL',
    district: 'alnd',
    trigger: '2027-04-12',
    days: 14,
    expected: '2027-04-27',
    holiday: 'Confederate Memorial Day',
    statute: 'Ala. Code § 1-3-8(a)',
    why: 'Mon 04-12 + 14 = Mon 04-26, the fourth Monday in April (5, 12, 19, 26) → Tue 04-27',
  },
  {
    state: 'AK',
    district: 'akd',
    trigger: '2027-03-15',
    days: 14,
    expected: '2027-03-30',
    holiday: "Seward's Day",
    statute: 'Alaska Stat. § 44.12.010',
    why: 'Mon 03-15 + 14 = Mon 03-29, the last Monday in March → Tue 03-30',
  },
  {
    state: 'AZ',
    district: 'azd',
    trigger: '2027-08-23',
    days: 14,
    expected: '2027-09-07',
    holiday: 'Labor Day',
    statute: 'Ariz. Rev. Stat. § 1-301(A)',
    why: 'Mon 08-23 + 14 = Mon 09-06, Labor Day (federal and Arizona) → Tue 09-07',
  },
  {
    state: 'AR',
    district: 'ared',
    trigger: '2026-12-10',
    days: 14,
    expected: '2026-12-28',
    holiday: 'Christmas Eve',
    statute: 'Ark. Code Ann. § 1-5-101(a)',
    why: 'Thu 12-10 + 14 = Thu 12-24, Christmas Eve → Fri 12-25 Christmas → Sat, Sun → Mon 12-28',
  },
  {
    state: 'CA',
    district: 'cacd',
    trigger: '2027-03-17',
    days: 14,
    expected: '2027-04-01',
    holiday: 'Cesar Chavez Day',
    statute: 'Cal. Gov. Code § 6700(a)',
    why: 'Wed 03-17 + 14 = Wed 03-31 → Thu 04-01',
  },
  {
    state: 'CO',
    district: 'cod',
    trigger: '2027-09-20',
    days: 14,
    expected: '2027-10-05',
    holiday: 'Frances Xavier Cabrini Day',
    statute: 'Colo. Rev. Stat. § 24-11-101(1)',
    why: 'Mon 09-20 + 14 = Mon 10-04, the first Monday in October → Tue 10-05',
  },
  {
    state: 'CT',
    district: 'ctd',
    trigger: '2027-01-29',
    days: 14,
    expected: '2027-02-16',
    holiday: 'Lincoln Day',
    statute: 'Conn. Gen. Stat. § 1-4',
    why: "Fri 01-29 + 14 = Fri 02-12, Lincoln Day → Sat, Sun → Mon 02-15 Washington's Birthday → Tue 02-16",
  },
  {
    state: 'DE',
    district: 'ded',
    trigger: '2027-03-12',
    days: 14,
    expected: '2027-03-29',
    holiday: 'Good Friday',
    statute: 'Del. Code Ann. tit. 1, § 501',
    why: 'Fri 03-12 + 14 = Fri 03-26, Good Friday (Easter 03-28) → Sat, Sun → Mon 03-29',
  },
  {
    state: 'DC',
    district: 'dcd',
    trigger: '2027-04-02',
    days: 14,
    expected: '2027-04-19',
    holiday: 'District of Columbia Emancipation Day',
    statute: 'D.C. Code § 28-2701',
    why: 'Fri 04-02 + 14 = Fri 04-16 → Sat, Sun → Mon 04-19',
  },
  {
    state: 'FL',
    district: 'flsd',
    trigger: '2027-11-12',
    days: 14,
    expected: '2027-11-29',
    holiday: 'Day after Thanksgiving',
    statute: 'Fla. Stat. § 110.117(1)',
    why: 'Fri 11-12 + 14 = Fri 11-26, the Friday after Thanksgiving (11-25) → Sat, Sun → Mon 11-29',
  },
  {
    state: 'GA',
    district: 'gand',
    trigger: '2024-12-10',
    days: 14,
    expected: '2024-12-26',
    holiday: "Washington's Birthday (observed in December)",
    statute: 'Ga. Code Ann. § 1-4-1',
    why: "Tue 12-10 + 14 = Tue 12-24, Washington's Birthday on the Governor's 2024 schedule → Wed 12-25 Christmas → Thu 12-26",
  },
  {
    state: 'GU',
    district: 'gud',
    trigger: '2027-07-07',
    days: 14,
    expected: '2027-07-22',
    holiday: 'Liberation Day',
    statute: '1 Guam Code Ann. § 1000',
    why: 'Wed 07-07 + 14 = Wed 07-21 → Thu 07-22',
  },
  {
    state: 'HI',
    district: 'hid',
    trigger: '2027-05-28',
    days: 14,
    expected: '2027-06-14',
    holiday: 'King Kamehameha I Day',
    statute: 'Haw. Rev. Stat. § 8-1',
    why: 'Fri 05-28 + 14 = Fri 06-11 → Sat, Sun → Mon 06-14',
  },
  {
    state: 'ID',
    district: 'idd',
    trigger: '2027-01-04',
    days: 14,
    expected: '2027-01-19',
    holiday: 'Idaho Human Rights Day',
    statute: 'Idaho Code § 73-108',
    why: 'Mon 01-04 + 14 = Mon 01-18, the third Monday in January (federal and Idaho) → Tue 01-19',
  },
  {
    state: 'IL',
    district: 'ilnd',
    trigger: '2027-02-15',
    days: 14,
    expected: '2027-03-02',
    holiday: 'Casimir Pulaski Day',
    statute: '5 Ill. Comp. Stat. 490/15',
    why: 'Mon 02-15 + 14 = Mon 03-01, the first Monday in March → Tue 03-02',
  },
  {
    state: 'IN',
    district: 'insd',
    trigger: '2028-04-18',
    days: 14,
    expected: '2028-05-03',
    holiday: 'Primary Election Day',
    statute: 'Ind. Code § 1-1-9-1',
    why: 'Tue 04-18 + 14 = Tue 05-02, the Tuesday after the first Monday (05-01) in May of an even year → Wed 05-03',
  },
  {
    state: 'IA',
    district: 'iasd',
    trigger: '2027-11-12',
    days: 14,
    expected: '2027-11-29',
    holiday: 'Day after Thanksgiving',
    statute: 'Iowa Code § 1C.2',
    why: 'Fri 11-12 + 14 = Fri 11-26 → Sat, Sun → Mon 11-29',
  },
  {
    state: 'KS',
    district: 'ksd',
    trigger: '2027-10-28',
    days: 14,
    expected: '2027-11-12',
    holiday: 'Veterans Day',
    statute: 'Kan. Stat. Ann. § 35-107',
    why: 'Thu 10-28 + 14 = Thu 11-11 (federal and Kansas) → Fri 11-12',
  },
  {
    state: 'KY',
    district: 'kyed',
    trigger: '2028-10-24',
    days: 14,
    expected: '2028-11-08',
    holiday: 'Presidential Election Day',
    statute: 'Ky. Rev. Stat. § 2.190',
    why: 'Tue 10-24 + 14 = Tue 11-07, the presidential election (the Tuesday after Mon 11-06) → Wed 11-08',
  },
  {
    state: 'LA',
    district: 'laed',
    trigger: '2027-01-26',
    days: 14,
    expected: '2027-02-10',
    holiday: 'Mardi Gras Day',
    statute: 'La. Rev. Stat. § 1:55(A)(1), (B)(1)(a)',
    why: 'Tue 01-26 + 14 = Tue 02-09, Mardi Gras (Easter 03-28 − 47 days) → Wed 02-10',
  },
  {
    state: 'LA',
    district: 'lamd',
    trigger: '2027-12-27',
    days: 14,
    expected: '2028-01-11',
    holiday: 'Inauguration Day (city of Baton Rouge)',
    statute: 'La. Rev. Stat. § 1:55(A)(1)',
    why: "Mon 12-27 + 14 = Mon 2028-01-10, the Governor's inauguration (second Monday in January); M.D. La. sits only in Baton Rouge → Tue 01-11",
  },
  {
    state: 'ME',
    district: 'med',
    trigger: '2027-04-05',
    days: 14,
    expected: '2027-04-20',
    holiday: "Patriots' Day",
    statute: 'Me. Rev. Stat. tit. 4, § 1051',
    why: 'Mon 04-05 + 14 = Mon 04-19, the third Monday in April → Tue 04-20',
  },
  {
    state: 'MD',
    district: 'mdd',
    trigger: '2026-10-20',
    days: 14,
    expected: '2026-11-04',
    holiday: 'General Election Day',
    statute: 'Md. Code Ann., Gen. Provis. § 1-111(a)',
    why: 'Tue 10-20 + 14 = Tue 11-03, the statewide general election → Wed 11-04',
  },
  {
    state: 'MA',
    district: 'mad',
    trigger: '2028-04-03',
    days: 14,
    expected: '2028-04-18',
    holiday: "Patriots' Day",
    statute: 'Mass. Gen. Laws ch. 4, § 7, cl. 18',
    why: 'the issue’s Boston example: Mon 04-03 + 14 = Mon 04-17, the third Monday in April → Tue 04-18',
  },
  {
    state: 'MI',
    district: 'mied',
    trigger: '2027-01-04',
    days: 14,
    expected: '2027-01-19',
    holiday: 'Martin Luther King, Jr. Day',
    statute: 'Mich. Comp. Laws § 435.101',
    why: 'Mon 01-04 + 14 = Mon 01-18 (federal and Michigan) → Tue 01-19',
  },
  {
    state: 'MN',
    district: 'mnd',
    trigger: '2027-09-27',
    days: 14,
    expected: '2027-10-12',
    holiday: 'Christopher Columbus Day',
    statute: 'Minn. Stat. § 645.44, subd. 5',
    why: 'Mon 09-27 + 14 = Mon 10-11 (federal and Minnesota) → Tue 10-12',
  },
  {
    state: 'MS',
    district: 'msnd',
    trigger: '2027-04-12',
    days: 14,
    expected: '2027-04-27',
    holiday: 'Confederate Memorial Day',
    statute: 'Miss. Code Ann. § 3-3-7',
    why: 'Mon 04-12 + 14 = Mon 04-26, the last Monday of April → Tue 04-27',
  },
  {
    state: 'MO',
    district: 'moed',
    trigger: '2028-04-24',
    days: 14,
    expected: '2028-05-09',
    holiday: 'Truman Day',
    statute: 'Mo. Rev. Stat. § 9.010',
    why: 'Mon 04-24 + 14 = Mon 05-08 → Tue 05-09',
  },
  {
    state: 'MT',
    district: 'mtd',
    trigger: '2026-10-20',
    days: 14,
    expected: '2026-11-04',
    holiday: 'General Election Day',
    statute: 'Mont. Code Ann. § 1-1-216',
    why: 'Tue 10-20 + 14 = Tue 11-03, the state general election → Wed 11-04',
  },
  {
    state: 'NE',
    district: 'ned',
    trigger: '2027-04-16',
    days: 14,
    expected: '2027-05-03',
    holiday: 'Arbor Day',
    statute: 'Neb. Rev. Stat. § 25-2221',
    why: 'Fri 04-16 + 14 = Fri 04-30, the last Friday in April → Sat, Sun → Mon 05-03',
  },
  {
    state: 'NV',
    district: 'nvd',
    trigger: '2027-10-15',
    days: 14,
    expected: '2027-11-01',
    holiday: 'Nevada Day',
    statute: 'Nev. Rev. Stat. § 236.015(1)',
    why: 'Fri 10-15 + 14 = Fri 10-29, the last Friday in October → Sat, Sun → Mon 11-01',
  },
  {
    state: 'NH',
    district: 'nhd',
    trigger: '2026-10-20',
    days: 14,
    expected: '2026-11-04',
    holiday: 'General Election Day',
    statute: 'N.H. Rev. Stat. Ann. § 288:1',
    why: 'Tue 10-20 + 14 = Tue 11-03, the biennial election → Wed 11-04',
  },
  {
    state: 'NJ',
    district: 'njd',
    trigger: '2028-06-02',
    days: 14,
    expected: '2028-06-20',
    holiday: 'Juneteenth Day',
    statute: 'N.J. Stat. Ann. §§ 36:1-1, 11A:6-24.1',
    why: 'Fri 06-02 + 14 = Fri 06-16, the third Friday in June (2, 9, 16) → Sat, Sun → Mon 06-19 federal Juneteenth → Tue 06-20',
  },
  {
    state: 'NM',
    district: 'nmd',
    trigger: '2027-09-27',
    days: 14,
    expected: '2027-10-12',
    holiday: "Indigenous Peoples' Day",
    statute: 'N.M. Stat. Ann. § 12-5-2',
    why: 'Mon 09-27 + 14 = Mon 10-11 → Tue 10-12',
  },
  {
    state: 'NY',
    district: 'nyed',
    trigger: '2027-01-29',
    days: 14,
    expected: '2027-02-16',
    holiday: "Lincoln's birthday",
    statute: 'N.Y. Gen. Constr. Law § 24',
    why: "Fri 01-29 + 14 = Fri 02-12 → Sat, Sun → Mon 02-15 Washington's Birthday → Tue 02-16",
  },
  {
    state: 'NC',
    district: 'nced',
    trigger: '2027-03-12',
    days: 14,
    expected: '2027-03-29',
    holiday: 'Good Friday',
    statute: '25 N.C. Admin. Code 01E .0901',
    why: 'Fri 03-12 + 14 = Fri 03-26, Good Friday → Sat, Sun → Mon 03-29',
  },
  {
    state: 'ND',
    district: 'ndd',
    trigger: '2028-03-31',
    days: 14,
    expected: '2028-04-17',
    holiday: 'Good Friday',
    statute: 'N.D. Cent. Code § 1-03-01',
    why: 'Fri 03-31 + 14 = Fri 04-14, Good Friday (Easter 04-16) → Sat, Sun → Mon 04-17',
  },
  {
    state: 'MP',
    district: 'nmid',
    trigger: '2027-03-10',
    days: 14,
    expected: '2027-03-25',
    holiday: 'Commonwealth Covenant Day',
    statute: '1 N. Mar. I. Code § 311',
    why: 'Wed 03-10 + 14 = Wed 03-24 → Thu 03-25',
  },
  {
    state: 'OH',
    district: 'ohnd',
    trigger: '2027-02-01',
    days: 14,
    expected: '2027-02-16',
    holiday: 'Washington-Lincoln Day',
    statute: 'Ohio Rev. Code Ann. § 1.14',
    why: 'Mon 02-01 + 14 = Mon 02-15 (federal and Ohio) → Tue 02-16',
  },
  {
    state: 'OK',
    district: 'oknd',
    trigger: '2026-11-13',
    days: 14,
    expected: '2026-11-30',
    holiday: 'Day after Thanksgiving',
    statute: 'Okla. Stat. tit. 25, § 82.1',
    why: 'Fri 11-13 + 14 = Fri 11-27 → Sat, Sun → Mon 11-30',
  },
  {
    state: 'OR',
    district: 'ord',
    trigger: '2027-06-21',
    days: 14,
    expected: '2027-07-06',
    holiday: 'Independence Day',
    statute: 'Or. Rev. Stat. § 187.010',
    why: 'Mon 06-21 + 14 = Mon 07-05, Independence Day (Sun 07-04) observed under § 187.010(2) and E.O. 11582 → Tue 07-06',
  },
  {
    state: 'PA',
    district: 'pamd',
    trigger: '2027-09-27',
    days: 14,
    expected: '2027-10-12',
    holiday: 'Columbus Day',
    statute: '44 Pa. Stat. Ann. § 11',
    why: 'Mon 09-27 + 14 = Mon 10-11 (federal and Pennsylvania) → Tue 10-12',
  },
  {
    state: 'PR',
    district: 'prd',
    trigger: '2026-12-23',
    days: 14,
    expected: '2027-01-07',
    holiday: 'Día de Reyes',
    statute: 'P.R. Laws Ann. tit. 1, § 71',
    why: 'Wed 12-23 + 14 = Wed 2027-01-06 → Thu 01-07',
  },
  {
    state: 'RI',
    district: 'rid',
    trigger: '2027-07-26',
    days: 14,
    expected: '2027-08-10',
    holiday: 'Victory Day',
    statute: 'R.I. Gen. Laws § 25-1-1',
    why: 'Mon 07-26 + 14 = Mon 08-09, the second Monday in August (2, 9) → Tue 08-10',
  },
  {
    state: 'SC',
    district: 'scd',
    trigger: '2027-04-26',
    days: 14,
    expected: '2027-05-11',
    holiday: 'Confederate Memorial Day',
    statute: 'S.C. Code Ann. § 53-5-10',
    why: 'Mon 04-26 + 14 = Mon 05-10 → Tue 05-11',
  },
  {
    state: 'SD',
    district: 'sdd',
    trigger: '2027-09-27',
    days: 14,
    expected: '2027-10-12',
    holiday: "Native Americans' Day",
    statute: 'S.D. Codified Laws § 1-5-1',
    why: 'Mon 09-27 + 14 = Mon 10-11, the second Monday in October → Tue 10-12',
  },
  {
    state: 'TN',
    district: 'tnmd',
    trigger: '2027-03-12',
    days: 14,
    expected: '2027-03-29',
    holiday: 'Good Friday',
    statute: 'Tenn. Code Ann. § 15-1-101',
    why: 'Fri 03-12 + 14 = Fri 03-26 → Sat, Sun → Mon 03-29',
  },
  {
    state: 'TX',
    district: 'txsd',
    trigger: '2028-12-12',
    days: 14,
    expected: '2028-12-27',
    holiday: 'Day after Christmas',
    statute: "Tex. Gov't Code § 662.003(b)",
    why: 'Tue 12-12 + 14 = Tue 12-26 → Wed 12-27',
  },
  {
    state: 'UT',
    district: 'utd',
    trigger: '2028-07-10',
    days: 14,
    expected: '2028-07-25',
    holiday: 'Pioneer Day',
    statute: 'Utah Code Ann. § 63G-1-301(1)',
    why: 'Mon 07-10 + 14 = Mon 07-24 → Tue 07-25',
  },
  {
    state: 'VT',
    district: 'vtd',
    trigger: '2027-02-16',
    days: 14,
    expected: '2027-03-03',
    holiday: 'Town Meeting Day',
    statute: 'Vt. Stat. Ann. tit. 1, § 371(a)',
    why: 'Tue 02-16 + 14 = Tue 03-02, the first Tuesday in March → Wed 03-03',
  },
  {
    state: 'VT',
    district: 'vtd',
    trigger: '2027-08-02',
    days: 14,
    expected: '2027-08-17',
    holiday: 'Bennington Battle Day',
    statute: 'Vt. Stat. Ann. tit. 1, § 371(a)',
    why: 'Mon 08-02 + 14 = Mon 08-16 → Tue 08-17',
  },
  {
    state: 'VI',
    district: 'vid',
    trigger: '2027-03-17',
    days: 14,
    expected: '2027-04-01',
    holiday: 'Transfer Day',
    statute: 'V.I. Code Ann. tit. 1, § 171',
    why: 'Wed 03-17 + 14 = Wed 03-31 → Thu 04-01',
  },
  {
    state: 'VA',
    district: 'vaed',
    trigger: '2027-10-19',
    days: 14,
    expected: '2027-11-03',
    holiday: 'General Election Day',
    statute: 'Va. Code Ann. § 2.2-3300',
    why: 'Tue 10-19 + 14 = Tue 11-02, Election Day (every year in Virginia) → Wed 11-03',
  },
  {
    state: 'VA',
    district: 'vawd',
    trigger: '2019-01-04',
    days: 14,
    expected: '2019-01-22',
    holiday: 'Lee-Jackson Day',
    statute: 'Va. Code Ann. § 2.2-3300',
    why: 'Fri 01-04 + 14 = Fri 01-18, the Friday before the third Monday (01-21) → Sat, Sun → Mon 01-21 MLK → Tue 01-22',
  },
  {
    state: 'WA',
    district: 'wawd',
    trigger: '2027-11-12',
    days: 14,
    expected: '2027-11-29',
    holiday: 'Native American Heritage Day',
    statute: 'Wash. Rev. Code § 1.16.050(1)',
    why: 'Fri 11-12 + 14 = Fri 11-26 → Sat, Sun → Mon 11-29',
  },
  {
    state: 'WV',
    district: 'wvsd',
    trigger: '2028-06-06',
    days: 14,
    expected: '2028-06-21',
    holiday: 'West Virginia Day',
    statute: 'W. Va. Code § 2-2-1(a)',
    why: 'Tue 06-06 + 14 = Tue 06-20 → Wed 06-21',
  },
  {
    state: 'WI',
    district: 'wied',
    trigger: '2026-12-10',
    days: 14,
    expected: '2026-12-28',
    holiday: 'Christmas Eve',
    statute: 'Wis. Stat. § 230.35(4)(a)',
    why: 'Thu 12-10 + 14 = Thu 12-24 → Fri 12-25 → Sat, Sun → Mon 12-28',
  },
  {
    state: 'WY',
    district: 'wyd',
    trigger: '2027-02-01',
    days: 14,
    expected: '2027-02-16',
    holiday: 'Washington-Lincoln Day',
    statute: 'Wyo. Stat. Ann. § 8-4-101',
    why: 'Mon 02-01 + 14 = Mon 02-15 (federal and Wyoming) → Tue 02-16',
  },
];

describe('a hand-checked state holiday in every state (Rule 45(a)(6)(C))', () => {
  it('has a case for each of the 55 state tables', () => {
    expect(new Set(CASES.map((c) => c.state)).size).toBe(55);
    expect(Object.keys(STATE_TABLES).filter((s) => !CASES.some((c) => c.state === s))).toEqual([]);
  });

  for (const c of CASES) {
    it(`${c.state} (${c.district}): ${c.holiday}, ${c.statute} — ${c.why}`, () => {
      const r = computeDeadline({ trigger: c.trigger, days: c.days, district: c.district });
      expect(r.date).toBe(c.expected);
      const roll = r.trace.find((t) => t.step === 'roll');
      expect(roll?.text).toContain(c.holiday);
      expect(roll?.text).toContain(c.statute);
      expect(r.warnings.join(' ')).not.toContain('No state-holiday data');
    });
  }

  it('the same period does not roll where the state keeps no such day', () => {
    // Pulaski Day is Illinois law only: Mon 2027-03-01 is a working day in D. Ind.
    expect(computeDeadline({ trigger: '2027-02-15', days: 14, district: 'insd' }).date).toBe('2027-03-01');
    // Lee-Jackson Day was repealed from July 1, 2020: Fri 2021-01-01 + 14 = Fri 2021-01-15 stays.
    expect(computeDeadline({ trigger: '2021-01-01', days: 14, district: 'vaed' }).date).toBe('2021-01-15');
    // Nevada Day was October 31 until 1999, the last Friday in October from 2000: Fri 2000-10-27.
    expect(computeDeadline({ trigger: '2000-10-13', days: 14, district: 'nvd' }).date).toBe('2000-10-30');
    // Inauguration Day in Baton Rouge is not a holiday in New Orleans: Mon 2028-01-10 stands in E.D. La.
    expect(computeDeadline({ trigger: '2027-12-27', days: 14, district: 'laed' }).date).toBe('2028-01-10');
  });
});

describe('no district falls back to "no state-holiday data"', () => {
  it('resolves each of the 94 districts to a state table, and no forward period warns of missing data', () => {
    expect(DISTRICTS.size).toBe(94);
    for (const d of DISTRICTS.values()) {
      expect(STATE_TABLES[d.state], d.code).toBeDefined();
      const r = computeDeadline({ trigger: '2027-04-12', days: 14, district: d.code });
      expect(r.warnings.join(' '), d.code).not.toContain('No state-holiday data');
    }
  });
});

describe('close calls and part-of-state holidays', () => {
  it('Evacuation Day (Suffolk County, Mass. Gen. Laws ch. 136, § 12) reaches D. Mass. only at Boston, and only as a close call', () => {
    // Tue 2026-03-03 + 14 = Tue 2026-03-17, Evacuation Day.
    const worcester = computeDeadline({
      trigger: '2026-03-03',
      days: 14,
      district: 'mad',
      seat: 'worcester',
      options: { stateCloseCalls: 'include' },
    });
    expect(worcester.date).toBe('2026-03-17'); // Worcester County: no holiday at all
    const boston = computeDeadline({ trigger: '2026-03-03', days: 14, district: 'mad', seat: 'boston' });
    expect(boston.date).toBe('2026-03-17'); // default: close calls excluded, the later reading shown
    expect(boston.readings).toContainEqual({
      option: 'stateCloseCalls',
      value: 'include',
      date: '2026-03-18',
    });
    expect(boston.warnings.join(' ')).toContain('Evacuation Day');
    const bostonIn = computeDeadline({
      trigger: '2026-03-03',
      days: 14,
      district: 'mad',
      seat: 'boston',
      options: { stateCloseCalls: 'include' },
    });
    expect(bostonIn.date).toBe('2026-03-18');
  });

  it("Florida's § 683.01 days roll only under the close-call reading", () => {
    // Mon 2027-04-12 + 14 = Mon 2027-04-26, Confederate Memorial Day (Fla. Stat. § 683.01(1)).
    const r = computeDeadline({ trigger: '2027-04-12', days: 14, district: 'flmd' });
    expect(r.date).toBe('2027-04-26');
    expect(r.readingsDiffer).toBe(true);
    expect(r.readings).toContainEqual({ option: 'stateCloseCalls', value: 'include', date: '2027-04-27' });
  });

  it('rejects a seat the district does not have, naming the ones it has', () => {
    expect(() =>
      computeDeadline({ trigger: '2026-03-03', days: 14, district: 'mad', seat: 'lowell' }),
    ).toThrow('seat: "lowell" is not a seat of D. Mass. (boston, worcester, springfield)');
  });
});
