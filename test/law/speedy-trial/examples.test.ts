/**
 * The worked examples A–J of the Speedy Trial specification (§ 10), built as case files. Dates and day counts are
 * the specification's; each comment redoes the count by hand.
 */
import { describe, expect, it } from 'vitest';
import { computeSpeedyTrial } from '../../../src/law/speedy-trial/index.ts';
import { caseWith, clock, clockOf, type EventSeed, expectLedgerSums, rows } from './helpers.ts';

/** Example A: indictment filed and public Mon 2027-03-01; first appearance (with counsel) Thu 2027-03-04. */
const exampleA: EventSeed[] = [
  { kind: 'indictment', date: '2027-03-01' },
  { kind: 'initialAppearance', date: '2027-03-04', district: 'nyed', withCounsel: true },
];

/** Example B: suppression motion Mon 03-15, hearing Thu 04-15, post-hearing briefs to Fri 04-30, ruling Fri 06-11. */
const exampleB: EventSeed[] = [
  ...exampleA,
  {
    kind: 'motionFiled',
    id: 'm1',
    date: '2027-03-15',
    motion: 'suppress',
    title: 'Motion to suppress',
    movant: 'defendant',
  },
  {
    kind: 'hearingHeld',
    date: '2027-04-15',
    hearing: 'suppression',
    motions: ['m1'],
    submissionsDue: '2027-04-30',
  },
  { kind: 'motionDecided', date: '2027-06-11', motion: 'm1', disposition: 'denied' },
];

describe('example A: trigger and day 70', () => {
  const r = computeSpeedyTrial(caseWith(exampleA), '2027-03-10');
  const c = clockOf(r, 'trial');

  it('starts on the later of the public indictment and the first appearance (§ 3161(c)(1))', () => {
    // max(Mon 03-01, Thu 03-04) = Thu 03-04; day 1 is 03-05.
    expect(c.trigger.date).toBe('2027-03-04');
    expect(c.trigger.components.map((x) => [x.what, x.date])).toEqual([
      ['chargeFiled', '2027-03-01'],
      ['firstAppearance', '2027-03-04'],
    ]);
    expect(c.trigger.text).toContain('the first appearance in the charging court Thu 2027-03-04');
  });

  it('projects day 70 to Thu 2027-05-13 with no exclusions', () => {
    // March 5–31 = 27, April = 30 (57), May 1–13 = 13 (70) → Thu 05-13 (a business day: no roll).
    expect(c.lastDay).toMatchObject({ determinate: true, date: '2027-05-13', unextended: '2027-05-13' });
    // As of 03-10: 03-05…03-10 = 6 days used, 64 left.
    expect([c.daysUsed, c.daysLeft, c.status]).toEqual([6, 64, 'running']);
    expectLedgerSums(c);
  });

  it('puts the § 3161(c)(2) floor 30 days after counsel appeared: Sat 2027-04-03 (no roll)', () => {
    // 03-04 + 30: March 5–31 = 27, April 1–3 = 3 → 04-03, a Saturday; a floor is never rolled.
    expect(r.defendants[0]!.earliestTrialDate).toMatchObject({
      date: '2027-04-03',
      citation: '18 U.S.C. § 3161(c)(2)',
    });
  });
});

describe('example B: motion with a hearing, post-hearing briefs, the advisement cap (Henderson, (h)(1)(D), (H))', () => {
  const c = clock(caseWith(exampleB), '2027-06-11');

  it('excludes filing through the last brief under (D), 30 days under (H), and counts the rest', () => {
    // 03-05…03-14 counted (10). (D) 03-15…04-30 = 17 + 30 = 47 excluded (Henderson: post-hearing briefs the
    // court needs). (H) 05-01…05-30 = 30 excluded. 05-31…06-11 = 12 counted (advisement beyond 30 days).
    expect(rows(c.ledger)).toEqual([
      '2027-03-05..2027-03-14 10 counted',
      '2027-03-15..2027-04-30 47 excluded pretrialMotion',
      '2027-05-01..2027-05-30 30 excluded underAdvisement',
      '2027-05-31..2027-06-11 12 counted',
    ]);
    expect(c.ledger[1]!.bases[0]).toMatchObject({ citation: '18 U.S.C. § 3161(h)(1)(D)', aoCode: 'E' });
    expect(c.ledger[2]!.bases[0]).toMatchObject({ citation: '18 U.S.C. § 3161(h)(1)(H)', aoCode: 'G' });
    expect(c.ledger[3]!.notes[0]!.flags).toContain('underAdvisementCapExceeded');
    expectLedgerSums(c);
  });

  it('has used 22 days on the ruling day, 48 left, last day Thu 2027-07-29', () => {
    // 10 + 12 = 22; from 06-12: June 12–30 = 19 (41), July 1–29 = 29 (70) → Thu 07-29.
    expect([c.daysUsed, c.daysLeft]).toEqual([22, 48]);
    expect(c.lastDay).toMatchObject({ determinate: true, date: '2027-07-29' });
  });
});

describe('example C: overlapping exclusions are merged, never added', () => {
  const file = caseWith([
    ...exampleA,
    {
      kind: 'timeExclusion',
      date: '2027-04-01',
      basis: 'endsOfJustice',
      from: '2027-04-01',
      to: '2027-04-30',
      findings: { status: 'onRecord', factors: ['iv'] },
    },
    {
      kind: 'motionFiled',
      id: 'm1',
      date: '2027-04-20',
      motion: 'compel',
      title: 'Motion to compel',
      movant: 'defendant',
    },
    { kind: 'motionDecided', date: '2027-05-10', motion: 'm1', disposition: 'granted' },
  ]);
  const c = clock(file, '2027-05-10');

  it('excludes the union 04-01…05-10 = 40 days, not 30 + 21 = 51', () => {
    // (h)(7) 04-01…04-30 (30); motion 04-20…05-10 (21); union 04-01…05-10 = 30 + 10 = 40.
    expect(c.daysExcluded).toBe(40);
    expect(rows(c.ledger)).toEqual([
      '2027-03-05..2027-03-31 27 counted',
      '2027-04-01..2027-04-19 19 excluded endsOfJustice',
      '2027-04-20..2027-04-30 11 excluded endsOfJustice+pretrialMotion',
      '2027-05-01..2027-05-10 10 excluded pretrialMotion',
    ]);
    expectLedgerSums(c);
  });

  it('keeps 27 days used and projects the last day to Tue 2027-06-22', () => {
    // 43 left from 05-11: May 11–31 = 21 (48), June 1–22 = 22 (70) → Tue 06-22.
    expect(c.daysUsed).toBe(27);
    expect(c.lastDay).toMatchObject({ date: '2027-06-22' });
  });
});

describe('example D: Bloate — time to prepare motions', () => {
  const events = (findings: Record<string, unknown>): EventSeed[] => [
    { kind: 'indictment', date: '2027-09-13' },
    { kind: 'initialAppearance', date: '2027-09-13', district: 'nyed' },
    {
      kind: 'motionFiled',
      id: 'm1',
      date: '2027-09-20',
      motion: 'extendTime',
      title: 'Motion to extend the motions deadline',
      movant: 'defendant',
    },
    { kind: 'motionDecided', date: '2027-09-22', motion: 'm1', disposition: 'granted' },
    {
      kind: 'continuance',
      date: '2027-09-22',
      of: 'motionDeadline',
      newDate: '2027-10-22',
      excludeFrom: '2027-09-23',
      excludeTo: '2027-10-22',
      findings,
    },
  ];

  it('counts the 30-day preparation window granted without findings: 36 days used at 10-22', () => {
    // 09-14…09-19 = 6 counted; 09-20…09-22 = 3 excluded under (D) (the extension motion);
    // 09-23…10-22 = 30 counted (Bloate: preparation time is not automatic) → 36.
    const r = computeSpeedyTrial(caseWith(events({ status: 'absent' })), '2027-10-22');
    const c = clockOf(r, 'trial');
    expect(rows(c.ledger)).toEqual([
      '2027-09-14..2027-09-19 6 counted',
      '2027-09-20..2027-09-22 3 excluded pretrialMotion',
      '2027-09-23..2027-10-22 30 counted',
    ]);
    expect(c.daysUsed).toBe(36);
    expect(c.ledger[2]!.notes[0]!.flags).toEqual(
      expect.arrayContaining(['bloatePreparationTime', 'noFindings']),
    );
    expect(r.defendants[0]!.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['bloatePreparationTime', 'continuanceWithoutFindings']),
    );
    expectLedgerSums(c);
  });

  it('excludes it under (h)(7) when the order gives ends-of-justice reasons on the record: 6 days used', () => {
    const c = clock(caseWith(events({ status: 'onRecord', factors: ['iv'] })), '2027-10-22');
    expect(c.daysUsed).toBe(6);
    expect(c.ledger[2]!.bases[0]).toMatchObject({
      kind: 'endsOfJustice',
      citation: '18 U.S.C. § 3161(h)(7)(A), (B)(iv)',
      aoCode: 'T4',
    });
  });
});

describe('example E: joined defendants', () => {
  // A (1) indicted with B (2) and appears Mon 03-01; B first appears Mon 03-22; B's motion 04-05…04-19.
  const file = caseWith(
    [
      { kind: 'indictment', date: '2027-03-01', defendants: [1, 2] },
      { kind: 'initialAppearance', date: '2027-03-01', district: 'nyed', defendants: [1] },
      { kind: 'initialAppearance', date: '2027-03-22', district: 'nyed', defendants: [2] },
      {
        kind: 'motionFiled',
        id: 'm1',
        date: '2027-04-05',
        motion: 'suppress',
        title: 'B: motion to suppress',
        movant: 'defendant',
        movantDefendant: 2,
        defendants: [2],
      },
      { kind: 'motionDecided', date: '2027-04-19', motion: 'm1', disposition: 'denied', defendants: [2] },
    ],
    { defendants: 2 },
  );

  it('latestCodefendant (default): both clocks start 03-22; A has used 24 days on 04-30; last day Tue 06-15', () => {
    // 03-23…04-04 = 13 counted; B's motion 04-05…04-19 (15) excluded, imported into A's ledger under (h)(6);
    // 04-20…04-30 = 11 → 24. Last day: 03-22 + 70 + 15 = Tue 2027-06-15.
    const r = computeSpeedyTrial(file, '2027-04-30');
    for (const n of [1, 2]) {
      const c = clockOf(r, 'trial', n);
      expect(c.trigger.date).toBe('2027-03-22');
      expect(c.daysUsed).toBe(24);
      expect(c.lastDay).toMatchObject({ date: '2027-06-15' });
      expectLedgerSums(c);
    }
    const a = clockOf(r, 'trial', 1);
    expect(a.trigger.own).toMatchObject({ date: '2027-03-01' });
    expect(a.ledger[1]!.bases[0]).toMatchObject({
      kind: 'codefendant',
      citation: '18 U.S.C. § 3161(h)(6)',
      aoCode: 'R',
      importedFrom: { codefendants: [2], kind: 'pretrialMotion', aoCode: 'E' },
    });
    expect(a.ledger[1]!.bases[0]!.flags).toContain('reviewReasonableness');
    // The other reading of the option is shown beside it.
    expect(a.readings).toEqual([
      expect.objectContaining({
        option: 'jointTrigger',
        value: 'ownTrigger',
        trigger: '2027-03-01',
        daysUsed: 45,
      }),
    ]);
  });

  it('ownTrigger: A counts from 03-01 — 45 days used on 04-30; last day Tue 2027-05-25', () => {
    // 03-02…04-04 = 34, plus 04-20…04-30 = 11 → 45; 25 left from 05-01: May 1–25 → Tue 05-25.
    const c = clock(file, '2027-04-30', 'trial', { jointTrigger: 'ownTrigger' });
    expect(c.trigger.date).toBe('2027-03-01');
    expect(c.daysUsed).toBe(45);
    expect(c.lastDay).toMatchObject({ date: '2027-05-25' });
  });
});

describe('example F: indictment clock ending on a Sunday', () => {
  const file = caseWith([
    { kind: 'complaint', date: '2027-01-08', charges: ['21 U.S.C. § 841'] },
    { kind: 'arrest', date: '2027-01-08', on: 'complaint' },
  ]);

  it("lastDayRoll 'rule45' (default) rolls Sun 02-07 to Mon 2027-02-08, and shows both", () => {
    // Arrest Fri 01-08 = day 0; January 9–31 = 23, February 1–7 = 7 (30) → Sun 02-07 → Mon 02-08.
    const c = clock(file, '2027-01-20', 'indictment');
    expect(c.limit.days).toBe(30);
    expect(c.lastDay).toMatchObject({
      determinate: true,
      date: '2027-02-08',
      unextended: '2027-02-07',
      rolled: '2027-02-08',
      lastDayRoll: 'rule45',
    });
  });

  it("lastDayRoll 'none' keeps Sun 2027-02-07 and still reports the rolled date", () => {
    const c = clock(file, '2027-01-20', 'indictment', { lastDayRoll: 'none' });
    expect(c.lastDay).toMatchObject({ date: '2027-02-07', unextended: '2027-02-07', rolled: '2027-02-08' });
  });
});

describe('example G: day 70 on the Saturday before Memorial Day', () => {
  const file = caseWith([
    ...exampleA,
    {
      kind: 'timeExclusion',
      date: '2027-04-05',
      basis: 'endsOfJustice',
      from: '2027-04-05',
      to: '2027-04-20',
      findings: { status: 'onRecord', factors: ['ii'] },
    },
  ]);

  it('rule45: Sat 05-29, Sun 05-30 and Memorial Day Mon 05-31 are passed over → Tue 2027-06-01', () => {
    // 04-05…04-20 = 16 excluded; 05-13 + 16 = Sat 05-29.
    const c = clock(file, '2027-04-21');
    expect(c.lastDay).toMatchObject({ date: '2027-06-01', unextended: '2027-05-29', rolled: '2027-06-01' });
    if (!c.lastDay?.determinate) throw new Error('expected a determinate last day');
    expect(c.lastDay.passedOver.map((p) => p.date)).toEqual(['2027-05-29', '2027-05-30', '2027-05-31']);
    expect(c.lastDay.passedOver[2]!.reasons.join(' ')).toMatch(/Memorial Day/);
  });

  it('none: the last day is Sat 2027-05-29', () => {
    const c = clock(file, '2027-04-21', 'trial', { lastDayRoll: 'none' });
    expect(c.lastDay).toMatchObject({ date: '2027-05-29', rolled: '2027-06-01' });
  });
});

describe('example H: § 3164 detention clock', () => {
  const detained: EventSeed[] = [
    { kind: 'arrest', date: '2027-03-04', on: 'indictment' },
    { kind: 'detentionOrder', date: '2027-03-04', grounds: ['flight'] },
  ];

  it('without exclusions day 90 is Wed 2027-06-02', () => {
    // 03-04 = day 0: March 5–31 = 27, April = 30 (57), May = 31 (88), June 1–2 = 2 (90) → Wed 06-02.
    const c = clock(caseWith([...exampleA, ...detained]), '2027-03-10', 'detention');
    expect(c.trigger.date).toBe('2027-03-04');
    expect(c.limit).toMatchObject({ days: 90, citation: '18 U.S.C. § 3164(b)' });
    expect(c.lastDay).toMatchObject({ date: '2027-06-02' });
    expect(c.remedy.citation).toBe('18 U.S.C. § 3164(c)');
    expect(c.remedy.text).toMatch(/review by the court of the conditions of release/);
  });

  it("with example B's exclusions (47 + 30 = 77 days) day 90 is Wed 2027-08-18", () => {
    // 22 used at 06-11 (as in B); 68 more from 06-12: June 12–30 = 19 (41), July = 31 (72), Aug 1–18 = 18 (90).
    const c = clock(caseWith([...exampleB, ...detained]), '2027-06-11', 'detention');
    expect(c.daysExcluded).toBe(77);
    expect(c.daysUsed).toBe(22);
    expect(c.lastDay).toMatchObject({ date: '2027-08-18' });
    expect(c.sanction).toBeUndefined();
    expectLedgerSums(c);
  });
});

describe('example I: transportation beyond ten days (§ 3161(h)(1)(F))', () => {
  const events = (extra: Record<string, unknown> = {}): EventSeed[] => [
    { kind: 'complaint', date: '2027-02-25', charges: ['18 U.S.C. § 2113'] },
    { kind: 'arrest', date: '2027-02-25', on: 'complaint', district: 'njd' },
    {
      kind: 'transportation',
      date: '2027-03-01',
      purpose: 'removal',
      arrival: '2027-03-17',
      destination: 'E.D.N.Y.',
      ...extra,
    },
  ];

  it('excludes days 1–10 after the order and counts 03-12…03-17 as presumedUnreasonable', () => {
    // Order Mon 03-01; days 1–10 = 03-02…03-11 excluded; 03-12…03-17 = 6 counted and flagged.
    // Indictment clock from the arrest Thu 02-25: 02-26…03-01 = 4 counted, + 6 = 10 used.
    const r = computeSpeedyTrial(caseWith(events()), '2027-03-17');
    const c = clockOf(r, 'indictment');
    expect(rows(c.ledger)).toEqual([
      '2027-02-26..2027-03-01 4 counted',
      '2027-03-02..2027-03-11 10 excluded transportation',
      '2027-03-12..2027-03-17 6 counted',
    ]);
    expect(c.ledger[1]!.bases[0]).toMatchObject({ citation: '18 U.S.C. § 3161(h)(1)(F)', aoCode: 'J' });
    // Entered by hand, not read from a docket entry: the ledger says it is the user's assertion.
    expect(c.ledger[2]!.notes[0]!.flags).toEqual(['presumedUnreasonable', 'userAssertion']);
    expect(c.daysUsed).toBe(10);
    expect(r.defendants[0]!.warnings.map((w) => w.code)).toContain('presumedUnreasonable');
    expectLedgerSums(c);
  });

  it('excludes the extra days when a finding rebuts the presumption', () => {
    // 4 counted before the order; 03-02…03-17 = 16 excluded.
    const c = clock(caseWith(events({ delayFoundReasonable: true })), '2027-03-17', 'indictment');
    expect(c.daysUsed).toBe(4);
    expect(c.ledger[2]!.bases.map((b) => b.flags)).toEqual([['presumptionRebutted', 'userAssertion']]);
  });

  it('option transportDays=excludeWeekendsHolidays counts ten business days: the tenth is Mon 03-15', () => {
    // Business days after Mon 03-01: 03-02…03-05 (4), 03-08…03-12 (9), 03-15 (10). Excluded 03-02…03-15 (14);
    // 03-16…03-17 = 2 counted → 4 + 2 = 6.
    const c = clock(caseWith(events()), '2027-03-17', 'indictment', {
      transportDays: 'excludeWeekendsHolidays',
    });
    expect(rows(c.ledger)).toEqual([
      '2027-02-26..2027-03-01 4 counted',
      '2027-03-02..2027-03-15 14 excluded transportation',
      '2027-03-16..2027-03-17 2 counted',
    ]);
    expect(c.daysUsed).toBe(6);
  });
});

describe('example J: absent on the trial day, § 3161(k)', () => {
  // Indicted and appears Mon 2027-08-16; trial set Mon 10-04; absent from 10-04 (excluded under (h)(3)).
  const base = (reappeared: string): EventSeed[] => [
    { kind: 'indictment', date: '2027-08-16' },
    { kind: 'initialAppearance', date: '2027-08-16', district: 'nyed' },
    { kind: 'hearingSet', date: '2027-08-16', hearing: 'trial', for: '2027-10-04' },
    {
      kind: 'proceeding',
      date: '2027-10-04',
      proceeding: 'absence',
      from: '2027-10-04',
      to: reappeared,
      description: 'Defendant failed to appear for trial; bench warrant issued',
    },
    {
      kind: 'clockRestart',
      date: reappeared,
      basis: 'reappearanceAfterAbsence',
      becameFinal: reappeared,
      trialDate: '2027-10-04',
    },
  ];

  it('brought in Wed 10-20 (16 days, ≤ 21): the limit, as extended by (h), grows by 21 days to 91', () => {
    // 08-17…10-03 = 15 + 30 + 3 = 48 counted; 10-04…10-20 = 17 excluded (absence, (h)(3)).
    // 91 − 48 = 43 from 10-21: Oct 21–31 = 11 (59), Nov = 30 (89), Dec 1–2 = 2 (91) → Thu 2027-12-02.
    const c = clock(caseWith(base('2027-10-20')), '2027-10-20');
    expect(c.id).toBe('trial');
    expect(c.limit.days).toBe(91);
    expect(c.limit.citation).toBe('18 U.S.C. § 3161(c)(1); 18 U.S.C. § 3161(k)');
    expect([c.daysUsed, c.daysExcluded]).toEqual([48, 17]);
    expect(c.lastDay).toMatchObject({ date: '2027-12-02' });
    expectLedgerSums(c);
  });

  it('brought in Mon 11-01 (28 days, > 21): deemed first appearance 11-01, a new 70-day clock', () => {
    // New trigger 11-01: Nov 2–30 = 29, Dec = 31 (60), Jan 1–10 = 10 (70) → Mon 2028-01-10.
    const r = computeSpeedyTrial(caseWith(base('2027-11-01')), '2027-11-02');
    const old = clockOf(r, 'trial');
    expect(old).toMatchObject({
      current: false,
      status: 'ended',
      end: { date: '2027-11-01', reason: 'replaced' },
    });
    const k = clockOf(r, 'trial-2');
    expect(k).toMatchObject({ current: true, citation: '18 U.S.C. § 3161(k)(1)' });
    expect(k.trigger.date).toBe('2027-11-01');
    expect(k.limit.days).toBe(70);
    expect(k.lastDay).toMatchObject({ date: '2028-01-10' });
  });
});
