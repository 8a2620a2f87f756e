/**
 * Fed. R. Crim. P. 45(a)(6)(B): a "legal holiday" includes "any day declared a holiday by the President or
 * Congress". The days below are those on which an executive order closed all executive departments and
 * agencies for the whole day and brought the day within 5 U.S.C. § 6103(b) and Executive Order 11582 for
 * pay and leave; the courts closed with them. Half-day closures (e.g. the afternoon of December 24, 2009)
 * are not whole-day holidays and are not listed. Each record cites the order by title and date; add a day
 * here, with its citation, when a new order issues. Applies in every district and in both directions.
 */
import type { HolidayRecord } from './holiday-types.ts';

const CHECKED = '2026-11-22';

const closure = (date: string, name: string, citation: string, sourceText: string): HolidayRecord => ({
  id: `pres-${date}`,
  name,
  rule: { type: 'listed', dates: [date] },
  from: date,
  to: date,
  source: 'presidential',
  citation,
  sourceText,
  observance: 'none',
  checkedOn: CHECKED,
});

export const PRESIDENTIAL_CLOSURES: readonly HolidayRecord[] = [
  closure(
    '2012-12-24',
    'Christmas Eve (executive order)',
    'Executive Order 13633 of Dec. 21, 2012, 77 Fed. Reg. 76339',
    'All executive branch departments and agencies of the Federal Government shall be closed and their employees excused from duty on Monday, December 24, 2012, the day before Christmas Day',
  ),
  closure(
    '2014-12-26',
    'Day after Christmas (executive order)',
    'Executive Order of Dec. 5, 2014, "Closing of Executive Departments and Agencies of the Federal Government on Friday, December 26, 2014"',
    'closed … on Friday, December 26, 2014, the day after Christmas Day',
  ),
  closure(
    '2018-12-05',
    'National Day of Mourning for President George H. W. Bush',
    'Executive Order of Dec. 1, 2018, "Providing for the Closing of Executive Departments and Agencies of the Federal Government on December 5, 2018"',
    'All executive departments and agencies of the Federal Government shall be closed on December 5, 2018, as a mark of respect for George Herbert Walker Bush',
  ),
  closure(
    '2018-12-24',
    'Christmas Eve (executive order)',
    'Executive Order 13854 of Dec. 18, 2018, 83 Fed. Reg. 65481',
    'All executive departments and agencies of the Federal Government shall be closed and their employees excused from duty on Monday, December 24, 2018, the day before Christmas Day.',
  ),
  closure(
    '2019-12-24',
    'Christmas Eve (executive order)',
    'Executive Order 13900 of Dec. 17, 2019, 84 Fed. Reg. 69983',
    'All executive departments and agencies of the Federal Government shall be closed and their employees excused from duty on Tuesday, December 24, 2019, the day before Christmas Day.',
  ),
  closure(
    '2020-12-24',
    'Christmas Eve (executive order)',
    'Executive Order of Dec. 11, 2020, "Providing for the Closing of Executive Departments and Agencies of the Federal Government on December 24, 2020"',
    'closed and their employees excused from duty on Thursday, December 24, 2020, the day before Christmas Day',
  ),
  closure(
    '2024-12-24',
    'Christmas Eve (executive order)',
    'Executive Order of Dec. 19, 2024, "Providing for the Closing of Executive Departments and Agencies of the Federal Government on December 24, 2024"',
    'All executive departments and agencies of the Federal Government shall be closed and their employees excused from duty on Tuesday, December 24, 2024, the day before Christmas Day.',
  ),
  closure(
    '2025-01-09',
    'National Day of Mourning for President Jimmy Carter',
    'Executive Order of Dec. 30, 2024, "Providing for the Closing of Executive Departments and Agencies of the Federal Government on January 9, 2025"',
    'All executive departments and agencies of the Federal Government shall be closed on January 9, 2025, as a mark of respect for James Earl Carter, Jr., the thirty-ninth President of the United States',
  ),
  closure(
    '2025-12-24',
    'Christmas Eve (executive order)',
    'Executive Order of Dec. 18, 2025, closing executive departments and agencies on December 24 and 26, 2025',
    'All executive departments and agencies of the Federal Government shall be closed and their employees excused from duty on Wednesday, December 24, … the day before … Christmas Day',
  ),
  closure(
    '2025-12-26',
    'Day after Christmas (executive order)',
    'Executive Order of Dec. 18, 2025, closing executive departments and agencies on December 24 and 26, 2025',
    '… and Friday, December 26, … the day … following Christmas Day',
  ),
];
