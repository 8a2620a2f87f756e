import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildHaleCaseFile } from '../../../src/demo/index.ts';
import { deadlinesToIcs } from '../../../src/export/ics.ts';
import { computeDeadlines, DEADLINE_RULES, type Deadline } from '../../../src/law/deadlines/index.ts';
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

  it('Rule 35(a): 14 days after sentencing on Fri 2027-12-10 → Mon 2027-12-27; FRAP 4(b) only provisional without the judgment', () => {
    // 12-10 + 14 = Fri 12-24, Christmas observed (12-25 is a Saturday) → Sat, Sun → Mon 2027-12-27.
    const file = caseWith([{ kind: 'sentencing', date: '2027-12-10' }]);
    const r = computeDeadlines(file, '2027-12-10');
    expect(one(r, 'rule35a-correction').due).toBe('2027-12-27');
    // FRAP 4(b)(1)(A) runs from the entry of the judgment, which the record lacks: the earliest date, provisional.
    const appeal = one(r, 'frap4b-notice-of-appeal');
    expect(appeal.due).toBe('2027-12-27');
    expect(appeal.provisional).toContain('the judgment is not entered in the record');
    // Never reported as a miss while the judgment's entry is unknown.
    expect(
      computeDeadlines(file, '2028-01-15').warnings.filter((w) => w.includes('notice of appeal')),
    ).toEqual([]);
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
      '2026-05-15 passed Deadline to accept the plea offer of 2026-04-24',
      // Rule 16.1(a): arraigned Fri 2026-05-01 + 14 = Fri 05-15; not docketed, so never a warning.
      '2026-05-15 passed Discovery conference of counsel',
      '2026-10-02 passed Deadline to accept the plea offer of 2026-08-20',
      '2026-11-30 upcoming Pretrial motions',
      // Rules 12.2(a), (b)(1), 12.3(a)(1): "within the time provided for filing a pretrial motion".
      '2026-11-30 upcoming Defense notices: insanity, mental condition, public authority (if intended)',
      '2026-12-14 upcoming Responses to pretrial motions',
      '2026-12-14 upcoming Serve motion papers before the hearing',
    ]);
    expect(
      one({ deadlines: r.deadlines.filter((d) => d.defendant === 1) }, 'preliminary-hearing'),
    ).toMatchObject({ due: '2026-04-06', status: 'moot' });
    // The first offer is recorded as lapsed; the second is still recorded open after its deadline: a warning.
    expect(r.warnings).toEqual([
      "(2) Deadline to accept the plea offer of 2026-08-20 was due 2026-10-02 (the offer's terms; Missouri v. Frye, 566 U.S. 134 (2012)); the record shows nothing that met it — check the docket.",
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
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(4);
    expect(lines).toContain('DTSTART;VALUE=DATE:20261130');
    expect(lines).toContain('DTEND;VALUE=DATE:20261201');
    for (const l of lines) expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics).toContain('SUMMARY:Pretrial motions — defendant 2 (1:26-cr-00117)');
    expect(ics.replace(/\r\n /g, '')).toContain(
      'Fed. R. Crim. P. 12(c)(1) (order of 2026-09-15): A date set by the court’s order.',
    );
  });
});

describe('appeals: FRAP 4(b) from the entry of the judgment, the Government’s 30 days, and tolling by Rules 29, 33, 34', () => {
  const judgment = { kind: 'filing', date: '2027-06-14', filing: 'judgment', title: 'Judgment' };
  const sentencing = { kind: 'sentencing', date: '2027-06-10' };

  it('4(b)(1)(A): 14 days after the judgment is entered (Mon 2027-06-14 → Mon 06-28), not after the sentencing (06-10)', () => {
    // FRAP 4(b)(1)(A)(i): "within 14 days after … the entry of either the judgment or the order being appealed";
    // 4(b)(6): entered "when it is entered on the criminal docket".
    const r = computeDeadlines(caseWith([sentencing, judgment]), '2027-06-14');
    expect(one(r, 'frap4b-notice-of-appeal')).toMatchObject({
      due: '2027-06-28',
      trigger: { kind: 'filing', date: '2027-06-14' },
    });
    expect(one(r, 'frap4b-notice-of-appeal').provisional).toBeUndefined();
  });

  it('4(b)(1)(A)(ii): the Government’s later notice (Tue 06-22) restarts the defendant’s 14 days → Tue 07-06', () => {
    // 06-22 + 14 = Tue 2027-07-06.
    const r = computeDeadlines(
      caseWith([
        sentencing,
        judgment,
        {
          kind: 'filing',
          date: '2027-06-22',
          filing: 'noticeOfAppeal',
          title: 'Notice of appeal',
          by: 'government',
        },
      ]),
      '2027-06-22',
    );
    expect(one(r, 'frap4b-notice-of-appeal').due).toBe('2027-07-06');
  });

  it('4(b)(1)(B): the Government has 30 days from the judgment (→ Wed 07-14), or from any defendant’s later notice (06-25 → Mon 07-26)', () => {
    // "within 30 days after the later of: (i) the entry of the judgment or order being appealed; or (ii) the filing
    // of a notice of appeal by any defendant". 06-14 + 30 = Wed 07-14; 06-25 + 30 = Sun 07-25 → Mon 07-26.
    expect(
      one(
        computeDeadlines(caseWith([sentencing, judgment]), '2027-06-14'),
        'frap4b-government-notice-of-appeal',
      ).due,
    ).toBe('2027-07-14');
    // A co-defendant's notice counts: defendant 2 appeals, the Government's time as to defendant 1 runs from it.
    const file = caseWith(
      [
        { ...sentencing, defendants: [1, 2] },
        { ...judgment, defendants: [1, 2] },
        {
          kind: 'filing',
          date: '2027-06-25',
          filing: 'noticeOfAppeal',
          title: 'Notice of appeal',
          by: 'defendant',
          defendants: [2],
        },
      ],
      { defendants: 2 },
    );
    const gov = computeDeadlines(file, '2027-06-25').deadlines.filter(
      (d) => d.ruleId === 'frap4b-government-notice-of-appeal',
    );
    expect(gov.map((d) => [d.defendant, d.due])).toEqual([
      [1, '2027-07-26'],
      [2, '2027-07-26'],
    ]);
    // Defendant 2's own 14 days are met by the notice.
    expect(
      computeDeadlines(file, '2027-06-25').deadlines.find(
        (d) => d.ruleId === 'frap4b-notice-of-appeal' && d.defendant === 2,
      )?.status,
    ).toBe('met');
  });

  const verdict = { kind: 'verdict', date: '2027-05-03', results: [{ count: '1', result: 'guilty' }] };
  const rule29 = {
    id: 'm29',
    kind: 'motionFiled',
    date: '2027-05-10',
    motion: 'acquittal',
    title: 'Motion for judgment of acquittal (Rule 29)',
    movant: 'defendant',
  };

  it('4(b)(3)(A): a timely Rule 29 motion decided after the judgment (Mon 06-21) → 14 days from that order, Tue 07-06', () => {
    // Verdict Mon 05-03; Rule 29(c)(1) 14 days → Mon 05-17: the motion of 05-10 is timely.
    // Order 06-21 + 14 = Mon 07-05, Independence Day observed → Tue 2027-07-06.
    const r = computeDeadlines(
      caseWith([
        verdict,
        rule29,
        sentencing,
        judgment,
        { kind: 'motionDecided', date: '2027-06-21', motion: 'm29', disposition: 'denied' },
      ]),
      '2027-06-21',
    );
    expect(one(r, 'frap4b-notice-of-appeal')).toMatchObject({
      due: '2027-07-06',
      trigger: { kind: 'motionDecided' },
    });
  });

  it('while a timely motion is pending the date is provisional and never a miss; an untimely one (05-20) does not toll', () => {
    const pending = computeDeadlines(caseWith([verdict, rule29, sentencing, judgment]), '2027-07-10');
    expect(one(pending, 'frap4b-notice-of-appeal').provisional).toContain('FRAP 4(b)(3)(A)');
    expect(pending.warnings.filter((w) => w.includes('notice of appeal'))).toEqual([]);
    const late = computeDeadlines(
      caseWith([
        verdict,
        { ...rule29, date: '2027-05-20' },
        sentencing,
        judgment,
        { kind: 'motionDecided', date: '2027-06-21', motion: 'm29', disposition: 'denied' },
      ]),
      '2027-06-21',
    );
    const d = one(late, 'frap4b-notice-of-appeal');
    expect(d.due).toBe('2027-06-28');
    expect(d.notes.join(' ')).toContain('does not extend the time to appeal');
  });
});

describe('the deadlines the catalog lacked (each counted by Rule 45(a))', () => {
  it('Rule 35(b)(1): the Government’s motion within one year of sentencing (Thu 2027-06-10 → Sat 2028-06-10 → Mon 06-12)', () => {
    const r = computeDeadlines(caseWith([{ kind: 'sentencing', date: '2027-06-10' }]), '2027-06-10');
    expect(one(r, 'rule35b-substantial-assistance')).toMatchObject({
      due: '2028-06-12',
      citation: 'Fed. R. Crim. P. 35(b)(1)',
    });
  });

  it('Rule 16.1(a): counsel confer no later than 14 days after the arraignment (Mon 2027-03-08 → Mon 03-22)', () => {
    const r = computeDeadlines(caseWith([{ kind: 'arraignment', date: '2027-03-08' }]), '2027-03-08');
    expect(one(r, 'rule16-1-discovery-conference').due).toBe('2027-03-22');
    // Not docketed: passing it is no warning.
    expect(
      computeDeadlines(caseWith([{ kind: 'arraignment', date: '2027-03-08' }]), '2027-04-01').warnings,
    ).toEqual([]);
  });

  it('Rule 32(f)(1): objections within 14 days after receiving the report (received Tue 2027-08-03 → Tue 08-17); 32(e)(2) met by it', () => {
    const r = computeDeadlines(
      caseWith([
        { kind: 'hearingSet', date: '2027-06-01', hearing: 'sentencing', for: '2027-09-17' },
        {
          kind: 'filing',
          date: '2027-08-02',
          served: '2027-08-03',
          filing: 'presentenceReport',
          title: 'PSR',
        },
      ]),
      '2027-08-03',
    );
    expect(one(r, 'rule32f-objections').due).toBe('2027-08-17');
    // 32(e)(2): 35 days before Fri 09-17 = Fri 08-13; the report received 08-03 meets it.
    expect(only(r, 'presentence-report')[0]).toMatchObject({ due: '2027-08-13', status: 'met' });
  });

  it('Rule 12.1: alibi notice 14 days after the Government’s request (Wed 04-07 → Wed 04-21); its disclosure 14 days after the notice but no later than 14 days before trial', () => {
    // Notice Tue 04-20 + 14 = Tue 05-04; trial Mon 05-10 − 14 = Mon 04-26, earlier → 04-26 (Rule 12.1(b)(2)).
    const r = computeDeadlines(
      caseWith([
        { kind: 'hearingSet', date: '2027-03-01', hearing: 'trial', for: '2027-05-10' },
        { kind: 'filing', date: '2027-04-07', filing: 'alibiRequest', title: 'Request', by: 'government' },
        {
          kind: 'filing',
          date: '2027-04-20',
          filing: 'alibiNotice',
          title: 'Notice of alibi',
          by: 'defendant',
        },
      ]),
      '2027-04-20',
    );
    expect(one(r, 'rule12-1-alibi-notice')).toMatchObject({ due: '2027-04-21', status: 'met' });
    expect(one(r, 'rule12-1-government-disclosure').due).toBe('2027-04-26');
  });

  it('Rule 12.3(a)(3): the Government’s response 14 days after the notice but no later than 21 days before trial', () => {
    // Notice Tue 04-20 + 14 = 05-04; trial Mon 05-10 − 21 = Mon 04-19, earlier → 04-19.
    const r = computeDeadlines(
      caseWith([
        { kind: 'hearingSet', date: '2027-03-01', hearing: 'trial', for: '2027-05-10' },
        {
          kind: 'filing',
          date: '2027-04-20',
          filing: 'publicAuthorityNotice',
          title: 'Notice',
          by: 'defendant',
        },
      ]),
      '2027-04-20',
    );
    expect(one(r, 'rule12-3-government-response').due).toBe('2027-04-19');
  });

  it('Rule 12.3(a)(3) with no trial date set: 14 days after the notice, and the 21-days-before-trial cap said to be not computed', () => {
    const r = computeDeadlines(
      caseWith([
        {
          kind: 'filing',
          date: '2027-04-20',
          filing: 'publicAuthorityNotice',
          title: 'Notice',
          by: 'defendant',
        },
      ]),
      '2027-04-20',
    );
    const d = one(r, 'rule12-3-government-response');
    // Tue 04-20 + 14 = Tue 05-04.
    expect(d.due).toBe('2027-05-04');
    expect(d.notes).toContain(
      'No trial date is set: the 21-days-before-trial limit (Rule 12.3(a)(3)) is not computed.',
    );
  });

  it('Rules 12.2 and 12.3 notices: at the pretrial-motion deadline, or the start of trial if none is set (Rule 12(c)(1))', () => {
    const r = computeDeadlines(
      caseWith([{ kind: 'hearingSet', date: '2027-03-01', hearing: 'trial', for: '2027-05-10' }]),
      '2027-03-01',
    );
    const d = one(r, 'rule12-2-12-3-defense-notices');
    expect(d.due).toBe('2027-05-10');
    expect(d.notes.join(' ')).toContain('Rule 12(c)(1) makes it the start of trial');
  });

  it('Rule 59(a), (b)(2): objections 14 days after being served (order Thu 09-02 → 09-16; recommendation served Fri 09-03 → 09-17)', () => {
    const r = computeDeadlines(
      caseWith([
        {
          kind: 'filing',
          date: '2027-09-02',
          filing: 'magistrateOrder',
          title: 'Order compelling discovery',
        },
        {
          kind: 'filing',
          date: '2027-09-02',
          served: '2027-09-03',
          filing: 'magistrateRecommendation',
          title: 'Report and recommendation on the motion to suppress',
        },
      ]),
      '2027-09-03',
    );
    expect(one(r, 'rule59a-objections').due).toBe('2027-09-16');
    expect(one(r, 'rule59b-objections').due).toBe('2027-09-17');
    expect(one(r, 'rule59a-objections').notes.join(' ')).toContain('18 U.S.C. § 3145');
  });

  it('18 U.S.C. § 3731: the Government appeals a suppression order within 30 days (granted Wed 2027-09-01 → Fri 10-01)', () => {
    const r = computeDeadlines(
      caseWith([
        {
          id: 'ms',
          kind: 'motionFiled',
          date: '2027-08-02',
          motion: 'suppress',
          title: 'Motion to suppress',
          movant: 'defendant',
        },
        { kind: 'motionDecided', date: '2027-09-01', motion: 'ms', disposition: 'granted' },
      ]),
      '2027-09-01',
    );
    expect(one(r, 'usc3731-government-appeal')).toMatchObject({
      due: '2027-10-01',
      citation: '18 U.S.C. § 3731',
    });
  });
});

describe('a preliminary hearing after an indictment is moot, even past its date (Rule 5.1(a)(2))', () => {
  it('indicted on 03-20, after the 03-16 due date: moot, said why, and no warning', () => {
    const file = complaintCase([
      { kind: 'detentionOrder', date: '2027-03-02' },
      { kind: 'indictment', date: '2027-03-20' },
    ]);
    const r = computeDeadlines(file, '2027-03-25');
    const d = one(r, 'preliminary-hearing');
    expect(d).toMatchObject({ due: '2027-03-16', status: 'moot', moot: { date: '2027-03-20' } });
    expect(d.notes.join(' ')).toContain('not an open miss');
    expect(r.warnings).toEqual([]);
  });
});

describe('the statutes the deadline rules quote, against the committed text', () => {
  const text = (name: string) =>
    readFileSync(new URL(`../../fixtures/statutes/${name}.txt`, import.meta.url), 'utf8').replace(
      /\s+/g,
      ' ',
    );

  it('18 U.S.C. § 3731: "within thirty days after the decision, judgment or order has been rendered"', () => {
    const rule = DEADLINE_RULES.find((r) => r.id === 'usc3731-government-appeal');
    expect(text('18-3731')).toContain(rule?.text);
  });

  it('18 U.S.C. § 3145(a), (b): review "shall be determined promptly" — no period to compute', () => {
    expect(text('18-3145')).toContain('The motion shall be determined promptly.');
    expect(DEADLINE_RULES.some((r) => /3145/.test(r.citation))).toBe(false);
  });

  it('18 U.S.C. § 3164(c): the words the detentionPast90 warning quotes', () => {
    expect(text('18-3164')).toContain(
      'No detainee, as defined in subsection (a), shall be held in custody pending trial after the expiration of such ninety-day period',
    );
    expect(text('18-3164')).toContain(
      'shall result in the automatic review by the court of the conditions of release',
    );
  });
});
