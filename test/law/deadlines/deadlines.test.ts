import { describe, expect, it } from 'vitest';
import { buildHaleCaseFile } from '../../../src/demo/index.ts';
import { deadlinesToIcs } from '../../../src/export/ics.ts';
import { computeDeadlines, type Deadline } from '../../../src/law/deadlines/index.ts';
import { caseWith } from '../../helpers/case-builder.ts';

const only = (report: { deadlines: Deadline[] }, ruleId: string) =>
  report.deadlines.filter((d) => d.ruleId === ruleId);
const one = (report: { deadlines: Deadline[] }, ruleId: string) => {
  const list = only(report, ruleId);
  expect(list, ruleId).toHaveLength(1);
  return list[0]!;
};

const complaintCase = (extra: Array<{ kind: string; date: string } & Record<string, unknown>>) =>
  caseWith([
    { kind: 'complaint', date: '2027-03-01', charges: ['21 U.S.C. § 841'] },
    { kind: 'arrest', date: '2027-03-02' },
    { kind: 'initialAppearance', date: '2027-03-02', district: 'nyed' },
    ...extra,
  ]);

describe('preliminary hearing, Rule 5.1(c) and 18 U.S.C. § 3060(b)', () => {
  it('is due 14 days after the initial appearance of a detained defendant', () => {
    // Tue 2027-03-02 + 14 = Tue 2027-03-16 (no holiday between): both the Rule and § 3060(b)(1).
    const r = computeDeadlines(complaintCase([{ kind: 'detentionOrder', date: '2027-03-02' }]), '2027-03-10');
    const d = one(r, 'preliminary-hearing');
    expect(d).toMatchObject({ due: '2027-03-16', status: 'upcoming', daysLeft: 6, alternatives: [] });
  });

  it('for a released defendant reports the statute’s 20th day and the Rule’s 21 days beside it (option earlier)', () => {
    // Released at the appearance: § 3060(b)(2) twentieth day = Mon 2027-03-22; Rule 5.1(c) 21 days = Tue 03-23.
    const file = complaintCase([{ kind: 'releaseOrder', date: '2027-03-02', outcome: 'recognizance' }]);
    const d = one(computeDeadlines(file, '2027-03-10'), 'preliminary-hearing');
    expect(d.due).toBe('2027-03-22');
    expect(d.alternatives).toEqual([{ label: 'Fed. R. Crim. P. 5.1(c): 21 days', date: '2027-03-23' }]);
    const rule = one(
      computeDeadlines(file, '2027-03-10', { preliminaryHearingReleased: 'rule' }),
      'preliminary-hearing',
    );
    expect(rule.due).toBe('2027-03-23');
    expect(rule.alternatives).toEqual([
      { label: '18 U.S.C. § 3060(b)(2): the twentieth day', date: '2027-03-22' },
    ]);
  });

  it('is moot once the defendant is indicted before it falls due (Rule 5.1(a)(2); § 3060(e))', () => {
    const file = complaintCase([
      { kind: 'detentionOrder', date: '2027-03-02' },
      { kind: 'indictment', date: '2027-03-10' },
    ]);
    const d = one(computeDeadlines(file, '2027-03-20'), 'preliminary-hearing');
    expect(d).toMatchObject({ status: 'moot', moot: { eventId: 'e5', date: '2027-03-10' } });
  });

  it('is flagged as passed when nothing met it, and the report warns', () => {
    const file = complaintCase([{ kind: 'detentionOrder', date: '2027-03-02' }]);
    const r = computeDeadlines(file, '2027-03-20');
    expect(one(r, 'preliminary-hearing')).toMatchObject({ status: 'passed', daysLeft: -4 });
    expect(r.warnings).toEqual([
      '(1) Preliminary hearing was due 2027-03-16 (Fed. R. Crim. P. 5.1(c); 18 U.S.C. § 3060(b)); the record shows nothing that met it — check the docket.',
    ]);
  });

  it('is met by a preliminary hearing held in time, and ignores events after the as-of date', () => {
    const file = complaintCase([
      { kind: 'detentionOrder', date: '2027-03-02' },
      { kind: 'hearingHeld', date: '2027-03-12', hearing: 'preliminary' },
    ]);
    expect(one(computeDeadlines(file, '2027-03-20'), 'preliminary-hearing')).toMatchObject({
      status: 'met',
      satisfiedBy: { date: '2027-03-12' },
    });
    // As of 2027-03-11 the hearing has not happened yet.
    expect(one(computeDeadlines(file, '2027-03-11'), 'preliminary-hearing').status).toBe('upcoming');
  });

  it('does not arise when the defendant was indicted before the first appearance', () => {
    const file = caseWith([
      { kind: 'indictment', date: '2027-03-01' },
      { kind: 'initialAppearance', date: '2027-03-02', district: 'nyed' },
    ]);
    expect(only(computeDeadlines(file, '2027-03-10'), 'preliminary-hearing')).toEqual([]);
  });
});

describe('detention hearing continuances, 18 U.S.C. § 3142(f)', () => {
  it('counts five and three business days from the first appearance, skipping Thanksgiving (spec § 1.6)', () => {
    // Wed 2027-11-24; Thanksgiving Thu 11-25. Defendant: 11-26, 11-29, 11-30, 12-01, Thu 12-02. Government: Tue 11-30.
    const file = caseWith([
      { kind: 'initialAppearance', date: '2027-11-24', district: 'nyed' },
      {
        kind: 'motionFiled',
        date: '2027-11-24',
        motion: 'detention',
        title: 'Government motion for detention',
        movant: 'government',
      },
    ]);
    const r = computeDeadlines(file, '2027-11-24');
    expect(one(r, 'detention-hearing-defendant-continuance').due).toBe('2027-12-02');
    expect(one(r, 'detention-hearing-government-continuance').due).toBe('2027-11-30');
  });
});

describe('temporary detention, 18 U.S.C. § 3142(d)', () => {
  it('ends ten business days after the order (spec § 1.4)', () => {
    // Wed 2027-11-24 → 11-26, 11-29, 11-30, 12-01, 12-02, 12-03, 12-06, 12-07, 12-08, Thu 12-09.
    const file = caseWith([{ kind: 'detentionOrder', date: '2027-11-24', temporary: true }]);
    expect(one(computeDeadlines(file, '2027-11-24'), 'temporary-detention').due).toBe('2027-12-09');
  });
});

describe('periods counted back from a hearing (Rule 45(a)(5))', () => {
  it('Rule 47(c): motion papers 7 days before a hearing on Mon 2027-07-12 → Fri 2027-07-02', () => {
    // 07-12 − 7 = Mon 07-05, Independence Day observed → back past the weekend → Fri 07-02.
    const file = caseWith([{ kind: 'hearingSet', date: '2027-06-01', hearing: 'motion', for: '2027-07-12' }]);
    expect(one(computeDeadlines(file, '2027-06-01'), 'motion-service-before-hearing').due).toBe('2027-07-02');
  });

  it('Rule 32(e)(2) and (g): presentence report 35 and 7 days before sentencing on Fri 2027-09-17', () => {
    // 09-17 − 35 = Fri 2027-08-13; 09-17 − 7 = Fri 2027-09-10.
    const file = caseWith([
      { kind: 'hearingSet', date: '2027-06-01', hearing: 'sentencing', for: '2027-09-17' },
    ]);
    expect(only(computeDeadlines(file, '2027-06-01'), 'presentence-report').map((d) => d.due)).toEqual([
      '2027-08-13',
      '2027-09-10',
    ]);
  });
});

describe('after a verdict, a plea and a sentence', () => {
  it('Rule 29(c)(1), 33(b) and 34(b) after a guilty verdict on Veterans Day 2027', () => {
    // Thu 2027-11-11 + 14 = Thu 11-25, Thanksgiving → Fri 2027-11-26.
    // Rule 33(b)(1): three years → Mon 2030-11-11, Veterans Day → Tue 2030-11-12.
    const file = caseWith([
      { kind: 'verdict', date: '2027-11-11', results: [{ count: '1', result: 'guilty' }] },
    ]);
    const r = computeDeadlines(file, '2027-11-11');
    expect(one(r, 'rule29-acquittal').due).toBe('2027-11-26');
    expect(one(r, 'rule33-new-trial')).toMatchObject({
      due: '2027-11-26',
      alternatives: [
        { label: 'Rule 33(b)(1): newly discovered evidence, within 3 years', date: '2030-11-12' },
      ],
    });
    expect(one(r, 'rule34-arrest-judgment').due).toBe('2027-11-26');
  });

  it('Rule 34(b) after a guilty plea; nothing after a not-guilty verdict', () => {
    const file = caseWith([
      { kind: 'plea', date: '2027-02-01', plea: 'guilty', counts: ['1'] },
      { kind: 'verdict', date: '2027-03-01', results: [{ count: '2', result: 'notGuilty' }] },
    ]);
    const r = computeDeadlines(file, '2027-03-01');
    // Mon 2027-02-01 + 14 = Mon 02-15, Washington's Birthday (third Monday of February) → Tue 2027-02-16.
    expect(one(r, 'rule34-arrest-judgment').due).toBe('2027-02-16');
    expect(only(r, 'rule29-acquittal')).toEqual([]);
  });

  it('Rule 35(a) and FRAP 4(b): 14 days after sentencing on Fri 2027-12-10 → Mon 2027-12-27', () => {
    // 12-10 + 14 = Fri 12-24, Christmas observed (12-25 is a Saturday) → Sat, Sun → Mon 2027-12-27.
    const file = caseWith([{ kind: 'sentencing', date: '2027-12-10' }]);
    const r = computeDeadlines(file, '2027-12-10');
    expect(one(r, 'rule35a-correction').due).toBe('2027-12-27');
    expect(one(r, 'frap4b-notice-of-appeal').due).toBe('2027-12-27');
  });
});

describe('dates fixed by the court', () => {
  it('are shown as the order states them and never rolled, even on a Sunday', () => {
    const file = caseWith([
      {
        kind: 'deadlineSet',
        date: '2027-06-01',
        title: 'Pretrial motions',
        due: '2027-07-04',
        citation: 'Fed. R. Crim. P. 12(c)(1)',
      },
    ]);
    const d = one(computeDeadlines(file, '2027-06-01'), 'court-fixed-date');
    expect(d).toMatchObject({
      due: '2027-07-04',
      title: 'Pretrial motions',
      citation: 'Fed. R. Crim. P. 12(c)(1) (order of 2027-06-01)',
      daysLeft: 33,
    });
  });
});

describe('the demo case as of 2026-11-22', () => {
  it("shows Castell's detention-hearing limits met, Hale's preliminary hearing waived, and the motion dates to come", () => {
    const r = computeDeadlines(buildHaleCaseFile(), '2026-11-22');
    const castell = r.deadlines
      .filter((d) => d.defendant === 2)
      .map((d) => `${d.due} ${d.status} ${d.title}`);
    expect(castell).toEqual([
      "2026-04-22 met Detention hearing, if continued on the Government's motion",
      "2026-04-24 met Detention hearing, if continued on the defendant's motion",
      '2026-05-15 passed Deadline to accept plea offer offer-castell-1',
      '2026-10-02 passed Deadline to accept plea offer offer-castell-2',
      '2026-11-30 upcoming Pretrial motions',
      '2026-12-14 upcoming Responses to pretrial motions',
      '2026-12-14 upcoming Serve motion papers before the hearing',
    ]);
    expect(
      one({ deadlines: r.deadlines.filter((d) => d.defendant === 1) }, 'preliminary-hearing'),
    ).toMatchObject({ due: '2026-04-06', status: 'moot' });
    // The first offer is recorded as lapsed; the second is still recorded open after its deadline: a warning.
    expect(r.warnings).toEqual([
      "(2) Deadline to accept plea offer offer-castell-2 was due 2026-10-02 (the offer's terms; Missouri v. Frye, 566 U.S. 134 (2012)); the record shows nothing that met it — check the docket.",
    ]);
  });
});

describe('iCalendar export (RFC 5545)', () => {
  it('writes one all-day event per deadline, escaped and folded at 75 octets', () => {
    const r = computeDeadlines(buildHaleCaseFile(), '2026-11-22');
    const ics = deadlinesToIcs(
      r.deadlines.filter((d) => d.status === 'upcoming' && d.defendant === 2),
      {
        caption: 'United States v. Hale et al.',
        docketNumber: '1:26-cr-00117',
        stamp: '2026-11-22T00:00:00Z',
      },
    );
    const lines = ics.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(3);
    expect(lines).toContain('DTSTART;VALUE=DATE:20261130');
    expect(lines).toContain('DTEND;VALUE=DATE:20261201');
    for (const l of lines) expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics).toContain('SUMMARY:Pretrial motions — defendant 2 (1:26-cr-00117)');
    expect(ics.replace(/\r\n /g, '')).toContain(
      'Fed. R. Crim. P. 12(c)(1) (order of 2026-09-15): A date set by the court’s order.',
    );
  });
});
