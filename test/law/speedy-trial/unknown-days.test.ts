/**
 * The clock is right, or it says exactly what it does not know. Unknown days (coverage gaps, orders
 * whose window is not shown, open motions in a partial record), days used as a range, run vs may have run, the
 * Rule 45(a)(1)(C) roll, and the facts a user records from a minute entry or an opinion. Every number is counted
 * by hand in the comment above it. 2027: Mon 03-01, Mon 05-10, Mon 05-31 (Memorial Day).
 */
import { describe, expect, it } from 'vitest';
import type { CaseFile, SourceCoverage } from '../../../src/case/index.ts';
import { deadlinesToIcs } from '../../../src/export/ics.ts';
import { computeSpeedyTrial } from '../../../src/law/speedy-trial/index.ts';
import { caseWith, clock, clockOf, type EventSeed, expectLedgerSums } from './helpers.ts';

const start: EventSeed[] = [
  { kind: 'indictment', date: '2027-03-01' },
  { kind: 'initialAppearance', date: '2027-03-01', district: 'nyed' },
];

const source = (over: Partial<SourceCoverage>): SourceCoverage => ({
  id: 'src-1',
  format: 'manual',
  description: 'timeline entered by hand',
  complete: false,
  periods: [],
  entryTexts: 'full',
  setBy: 'user',
  ...over,
});

const withCoverage = (file: CaseFile, coverage: SourceCoverage[]): CaseFile => ({ ...file, coverage });
const periods = (c: ReturnType<typeof clock>) =>
  c.ledger.map((p) => `${p.from}..${p.to} ${p.days} ${p.status}`);
const codes = (r: ReturnType<typeof computeSpeedyTrial>, n = 1) =>
  r.defendants.find((d) => d.defendant === n)!.warnings.map((w) => w.code);

describe('a hand-entered timeline with gaps', () => {
  // The user entered March and the second half of May only.
  const file = withCoverage(caseWith(start), [
    source({
      periods: [
        { from: '2027-03-01', to: '2027-03-31' },
        { from: '2027-05-16', to: '2027-05-31' },
      ],
    }),
  ]);

  it('shows the gap as unknown days and the days used as a range: may have run, never "run"', () => {
    // Counted 03-02…03-31 = 30; unknown 04-01…05-15 = 30 + 15 = 45; counted 05-16…05-31 = 16.
    // Used 30 + 16 = 46 (min) to 46 + 45 = 91 (max) of 70; left 0 to 24.
    const r = computeSpeedyTrial(file, '2027-05-31');
    const c = clockOf(r, 'trial');
    expect(periods(c)).toEqual([
      '2027-03-02..2027-03-31 30 counted',
      '2027-04-01..2027-05-15 45 unknown',
      '2027-05-16..2027-05-31 16 counted',
    ]);
    expect([c.used, c.left, c.daysUnknown]).toEqual([{ min: 46, max: 91 }, { min: 0, max: 24 }, 45]);
    expect(c.status).toBe('mayHaveRun');
    expect(c.sanction).toBeUndefined();
    expect(c.unknowns).toHaveLength(1);
    expect(c.unknowns[0]).toMatchObject({
      cause: 'outsideCoverage',
      window: { from: '2027-04-01', to: '2027-05-15' },
    });
    expect(c.ledger[1]!.unknown![0]!.settle).toMatch(/import a docket report that covers these days/);
    // With every unknown day counted, day 70 is 30 + 40 → 04-01 + 39 = Mon 05-10, so the maximum is over from
    // Tue 05-11.
    const w = r.defendants[0]!.warnings.find((x) => x.code === 'clockMayHaveRun');
    expect(w).toMatchObject({ severity: 'warning', date: '2027-05-11' });
    expect(codes(r)).not.toContain('clockRun');
    expect(c.statusText).toMatch(/^May have run: 46–91 days used of 70 \(45 days unknown\)/);
    expect(JSON.stringify(r.defendants)).not.toMatch(/waive/i);
    expectLedgerSums(c);
  });

  it('ends at trial without a violation or any conclusion from the silence of the record', () => {
    const r = computeSpeedyTrial(
      withCoverage(
        caseWith([
          ...start,
          { kind: 'trialStart', date: '2027-05-31', trialType: 'jury', milestone: 'voirDireBegins' },
        ]),
        file.coverage,
      ),
      '2027-06-30',
    );
    const c = clockOf(r, 'trial');
    expect(c.status).toBe('mayHaveRun');
    expect(c.sanction).toBeUndefined();
    expect(c.statusText).toMatch(
      /46–91 of 70 days used \(45 days unknown\) — up to 21 over the limit if the unknown days count/,
    );
    expect(JSON.stringify(r)).not.toMatch(/waived|"expired"|\bRun:/);
  });

  it('says so when no coverage is stated, and counts every day as known', () => {
    const r = computeSpeedyTrial(caseWith(start), '2027-03-31');
    expect(r.coverage).toMatchObject({ stated: false, complete: false });
    expect(r.coverage.text).toMatch(/^No coverage is stated for this record/);
    expect(clockOf(r, 'trial').used).toEqual({ min: 30, max: 30 });
  });

  it('a complete source gives exactly the ledger of a record without gaps', () => {
    const events: EventSeed[] = [
      ...start,
      {
        kind: 'motionFiled',
        id: 'm1',
        date: '2027-03-10',
        motion: 'suppress',
        title: 'Motion',
        movant: 'defendant',
      },
      { kind: 'motionDecided', date: '2027-03-19', motion: 'm1', disposition: 'denied' },
    ];
    const plain = clock(caseWith(events), '2027-04-30');
    const complete = clock(
      withCoverage(caseWith(events), [source({ complete: true, format: 'pacer-docket' })]),
      '2027-04-30',
    );
    expect(complete.ledger).toEqual(plain.ledger);
    expect([complete.daysUsed, complete.daysUnknown]).toEqual([plain.daysUsed, 0]);
  });

  it('days after the report date are unknown', () => {
    // Counted 03-02…03-31 = 30; unknown 04-01…04-30 = 30 (after the report of Wed 03-31).
    const c = clock(
      withCoverage(caseWith(start), [
        source({ complete: true, format: 'pacer-docket', reportDate: '2027-03-31' }),
      ]),
      '2027-04-30',
    );
    expect(periods(c)).toEqual(['2027-03-02..2027-03-31 30 counted', '2027-04-01..2027-04-30 30 unknown']);
    expect(c.unknowns[0]).toMatchObject({ cause: 'afterReport' });
    expect(c.used).toEqual({ min: 30, max: 60 });
    expect(c.status).toBe('running');
  });

  it('entries known to be missing make the days between their neighbors unknown', () => {
    // Entries 1 (03-01), 2 (03-05) and 5 (04-10) are there; 3 and 4 are missing: filed between 03-05 and 04-10.
    // Counted 03-02…03-04 = 3; unknown 03-05…04-10 = 27 + 10 = 37; counted 04-11…04-30 = 20.
    const base = caseWith(start, {
      docketEntries: [
        { id: 'd1', number: 1, dateFiled: '2027-03-01', text: 'INDICTMENT' },
        { id: 'd2', number: 2, dateFiled: '2027-03-05', text: 'NOTICE of attorney appearance' },
        { id: 'd5', number: 5, dateFiled: '2027-04-10', text: 'NOTICE of attorney appearance' },
      ],
    });
    const c = clock(
      withCoverage(base, [source({ format: 'manual', entryNumbers: { from: 1, to: 5, missing: [3, 4] } })]),
      '2027-04-30',
    );
    expect(periods(c)).toEqual([
      '2027-03-02..2027-03-04 3 counted',
      '2027-03-05..2027-04-10 37 unknown',
      '2027-04-11..2027-04-30 20 counted',
    ]);
    expect(c.unknowns[0]).toMatchObject({ cause: 'missingEntries', entries: [3, 4] });
    expect(c.unknowns[0]!.settle).toBe('read entries 3, 4 on the docket');
  });
});

describe('an order whose window the docket does not show', () => {
  const order = (extra: Record<string, unknown> = {}): EventSeed => ({
    kind: 'timeExclusion',
    id: 'o65',
    date: '2027-03-10',
    basis: 'endsOfJustice',
    from: '2027-03-10',
    to: null,
    unknown: {
      fields: ['window'],
      reason: 'the docket history gives the event name only',
      settle: 'read the text of order #65',
    },
    ...extra,
  });

  it('gives a range, not a violation', () => {
    // Counted 03-02…03-09 = 8; unknown from the order 03-10 through 06-30 (nothing later bounds it):
    // 22 + 30 + 31 + 30 = 113. Used 8–121 of 70: may have run, never run.
    const c = clock(caseWith([...start, order()]), '2027-06-30');
    expect(periods(c)).toEqual(['2027-03-02..2027-03-09 8 counted', '2027-03-10..2027-06-30 113 unknown']);
    expect(c.status).toBe('mayHaveRun');
    expect(c.sanction).toBeUndefined();
    expect(c.unknowns[0]).toMatchObject({ cause: 'windowNotShown', settle: 'read the text of order #65' });
    // Every unknown day excluded, the clock stands still with no known end: the latest last day is indeterminate.
    expect(c.lastDayLatest).toMatchObject({ determinate: false, stoppedSince: '2027-03-10' });
  });

  it('is bounded by the next order that states its window', () => {
    // Unknown 03-10…04-19 = 22 + 19 = 41; the continuance of 04-20 excludes 04-20…05-20 = 11 + 20 = 31;
    // counted 03-02…03-09 = 8 and 05-21…06-30 = 11 + 30 = 41. Used 49 (min) to 90 (max).
    const c = clock(
      caseWith([
        ...start,
        order(),
        {
          kind: 'continuance',
          date: '2027-04-20',
          of: 'trial',
          excludeFrom: '2027-04-20',
          excludeTo: '2027-05-20',
          findings: { status: 'onRecord', factors: ['iv'] },
        },
      ]),
      '2027-06-30',
    );
    expect(periods(c)).toEqual([
      '2027-03-02..2027-03-09 8 counted',
      '2027-03-10..2027-04-19 41 unknown',
      '2027-04-20..2027-05-20 31 excluded',
      '2027-05-21..2027-06-30 41 counted',
    ]);
    expect([c.used, c.status]).toEqual([{ min: 49, max: 90 }, 'mayHaveRun']);
    expectLedgerSums(c);
  });

  it('findings not shown: the stated window is unknown, not excluded', () => {
    // Counted 03-02…03-09 = 8 and 03-20…03-31 = 12; unknown 03-10…03-19 = 10.
    const c = clock(
      caseWith([
        ...start,
        order({
          to: '2027-03-19',
          unknown: { fields: ['findings'], reason: 'minute entry only', settle: 'read the transcript' },
        }),
      ]),
      '2027-03-31',
    );
    expect(c.used).toEqual({ min: 20, max: 30 });
    expect(c.unknowns[0]).toMatchObject({ cause: 'findingsNotShown', settle: 'read the transcript' });
  });
});

describe('Rule 45(a)(1)(C): a rolled last day is not run until it has passed', () => {
  it('a last day on a holiday: not run on the rolled day, run the day after, days over from it', () => {
    // Day 0 Mon 03-22; 03-23…03-31 = 9, April 30 (39), May 31 (70): day 70 is Mon 05-31, Memorial Day, rolled to
    // Tue 06-01. On 06-01: 71 days used, still running, last day today. On Wed 06-02: 72 used, 1 over (06-02).
    const events: EventSeed[] = [
      { kind: 'indictment', date: '2027-03-22' },
      { kind: 'initialAppearance', date: '2027-03-22', district: 'nyed' },
    ];
    const onRolled = computeSpeedyTrial(caseWith(events), '2027-06-01');
    const c1 = clockOf(onRolled, 'trial');
    expect([c1.status, c1.daysUsed, c1.daysLeft]).toEqual(['running', 71, 0]);
    expect(c1.lastDay).toMatchObject({ date: '2027-06-01', unextended: '2027-05-31' });
    expect(c1.statusText).toMatch(/not run until that day has passed/);
    expect(codes(onRolled)).not.toContain('clockRun');

    const after = computeSpeedyTrial(caseWith(events), '2027-06-02');
    const c2 = clockOf(after, 'trial');
    expect([c2.status, c2.daysUsed, c2.sanction?.daysOver]).toEqual(['expired', 72, 1]);
    expect(after.defendants[0]!.warnings.find((w) => w.code === 'clockRun')).toMatchObject({
      date: '2027-06-02',
    });
    // Without the roll (option lastDayRoll=none) the clock ran on 06-01: 71 used, 1 over.
    const none = clock(caseWith(events), '2027-06-01', 'trial', { lastDayRoll: 'none' });
    expect([none.status, none.sanction?.daysOver]).toEqual(['expired', 1]);
  });

  it('a last day on a Saturday: the Monday it rolls to is the last day, not a day of violation', () => {
    // Day 0 Mon 03-01; the motion excludes 03-10…03-14 (5 days), so day 70 is 05-10 + 5 = Sat 05-15, rolled to
    // Mon 05-17. On Mon 05-17: 77 calendar days − 5 = 72 used, not run. On Tue 05-18: 73 used, 73 − 70 − 2 = 1 over.
    const events: EventSeed[] = [
      ...start,
      {
        kind: 'motionFiled',
        id: 'm1',
        date: '2027-03-10',
        motion: 'suppress',
        title: 'Motion',
        movant: 'defendant',
      },
      { kind: 'motionDecided', date: '2027-03-14', motion: 'm1', disposition: 'denied' },
    ];
    const monday = clock(caseWith(events), '2027-05-17');
    expect([monday.status, monday.daysUsed]).toEqual(['running', 72]);
    expect(monday.lastDay).toMatchObject({ date: '2027-05-17', unextended: '2027-05-15' });
    const tuesday = clock(caseWith(events), '2027-05-18');
    expect([tuesday.status, tuesday.daysUsed, tuesday.sanction?.daysOver]).toEqual(['expired', 73, 1]);
  });
});

describe('facts a user records from a minute entry or an opinion', () => {
  it('a clock start the court found replaces the computed one', () => {
    // The court found the clock started Mon 03-15; 03-16…04-30 = 16 + 30 = 46 used.
    const c = clock(
      caseWith([
        ...start,
        {
          kind: 'clockStartFound',
          date: '2027-04-20',
          clock: 'trial',
          start: '2027-03-15',
          finding: 'day 0 is March 15',
        },
      ]),
      '2027-04-30',
    );
    expect([c.trigger.date, c.daysUsed]).toEqual(['2027-03-15', 46]);
    expect(c.trigger.components.at(-1)).toMatchObject({ what: 'courtFound', date: '2027-03-15' });
    expect(c.trigger.text).toMatch(/the start the court found/);
  });

  it('a motion known only to be pending on a day', () => {
    // Last event before it: status conference Sat 03-20. Pending on Sat 04-10, filed some day between.
    // Counted 03-02…03-20 = 19; unknown 03-21…04-09 = 11 + 9 = 20; excluded 04-10; unknown 04-11…04-30 = 20.
    const events: EventSeed[] = [
      ...start,
      { kind: 'hearingHeld', date: '2027-03-20', hearing: 'status' },
      {
        kind: 'motionPending',
        id: 'mp',
        date: '2027-04-10',
        motion: 'suppress',
        title: 'Motion to suppress',
      },
    ];
    const c = clock(caseWith(events), '2027-04-30');
    expect(periods(c)).toEqual([
      '2027-03-02..2027-03-20 19 counted',
      '2027-03-21..2027-04-09 20 unknown',
      '2027-04-10..2027-04-10 1 excluded',
      '2027-04-11..2027-04-30 20 unknown',
    ]);
    expect(c.used).toEqual({ min: 19, max: 59 });
    expect(c.ledger[2]!.bases[0]!.flags).toContain('motionKnownPending');
    // Decided Thu 04-15: excluded 04-10…04-15 = 6; counted 04-16…04-30 = 15. Used 34 to 54.
    const decided = clock(
      caseWith([
        ...events,
        { kind: 'motionDecided', date: '2027-04-15', motion: 'mp', disposition: 'denied' },
      ]),
      '2027-04-30',
    );
    expect(decided.used).toEqual({ min: 34, max: 54 });
  });

  it('the court’s finding that a period is excludable under a named subsection', () => {
    // Excluded 03-10…03-19 = 10 as found; used 30 − 10 = 20.
    const c = clock(
      caseWith([
        ...start,
        {
          kind: 'excludableFinding',
          date: '2027-03-25',
          basis: 'pretrialMotion',
          from: '2027-03-10',
          to: '2027-03-19',
          citedAs: '§ 3161(h)(1)(D)',
          finding: 'the motion was pending',
        },
      ]),
      '2027-03-31',
    );
    expect([c.daysUsed, c.daysExcluded]).toEqual([20, 10]);
    expect(c.ledger[1]!.bases[0]).toMatchObject({
      citation: '18 U.S.C. § 3161(h)(1)(D)',
      flags: ['courtFinding', 'userAssertion'],
    });
  });

  it('a plea implies an appearance: with none recorded, the trial clock starts with the plea', () => {
    // Indicted Mon 03-01, no appearance recorded, not-guilty plea Fri 03-05: day 0 is 03-05; 03-06…03-31 = 26.
    const c = clock(
      caseWith([
        { kind: 'indictment', date: '2027-03-01' },
        { kind: 'plea', date: '2027-03-05', plea: 'notGuilty' },
      ]),
      '2027-03-31',
    );
    expect([c.trigger.date, c.daysUsed]).toEqual(['2027-03-05', 26]);
    expect(c.trigger.components[1]!.text).toMatch(/^appearance implied by the plea entered/);
  });

  it('an arrest without a warrant followed by a complaint starts the § 3161(b) clock on the arrest (Rule 5(b))', () => {
    // Arrest Mon 03-01, complaint Tue 03-02, indictment Mon 04-05: 03-02…04-05 = 30 + 5 = 35 days, day 30 is
    // Wed 03-31 (a business day): 5 over.
    const events: EventSeed[] = [
      { kind: 'arrest', date: '2027-03-01', on: 'withoutWarrant' },
      { kind: 'complaint', date: '2027-03-02' },
      { kind: 'indictment', date: '2027-04-05' },
    ];
    const c = clock(caseWith(events), '2027-04-30', 'indictment');
    expect([c.trigger.date, c.daysUsed, c.status, c.sanction?.daysOver]).toEqual([
      '2027-03-01',
      35,
      'expired',
      5,
    ]);
    expect(c.trigger.text).toMatch(
      /arrest without a warrant Mon 2027-03-01, followed by the complaint filed Tue 2027-03-02/,
    );
    // No complaint: no clock, and a warning says why.
    const r = computeSpeedyTrial(
      caseWith([{ kind: 'arrest', date: '2027-03-01', on: 'withoutWarrant' }]),
      '2027-03-31',
    );
    expect(r.defendants[0]!.clocks.filter((x) => x.kind === 'indictment')).toEqual([]);
    expect(codes(r)).toContain('arrestWithoutComplaint');
  });

  it('a first appearance on a complaint with no arrest or summons recorded: counted from the complaint, the days to the appearance unknown', () => {
    // Complaint Mon 03-01, appearance Thu 03-04 (the arrest is not recorded), indictment Fri 04-02. Day 0 is the
    // arrest, on or before the appearance: 03-02…03-04 unknown (3); counted 03-05…04-02 = 27 + 2 = 29. Used 29–32
    // of 30: may have run, never "run".
    const events: EventSeed[] = [
      { kind: 'complaint', date: '2027-03-01' },
      { kind: 'initialAppearance', date: '2027-03-04', district: 'nyed' },
      { kind: 'indictment', date: '2027-04-02' },
    ];
    const r = computeSpeedyTrial(caseWith(events), '2027-04-30');
    const c = clockOf(r, 'indictment');
    expect(periods(c)).toEqual(['2027-03-02..2027-03-04 3 unknown', '2027-03-05..2027-04-02 29 counted']);
    expect([c.trigger.date, c.used, c.status]).toEqual(['2027-03-01', { min: 29, max: 32 }, 'mayHaveRun']);
    expect(c.unknowns[0]).toMatchObject({
      cause: 'arrestNotShown',
      settle: expect.stringMatching(/^find the arrest .* and record it$/),
    });
    expect(codes(r)).toContain('arrestNotOnDocket');
    // The arrest recorded (even if docketed later): day 0 is the arrest, nothing unknown.
    const arrested = clock(
      caseWith([...events, { kind: 'arrest', date: '2027-03-03', on: 'complaint' }]),
      '2027-04-30',
      'indictment',
    );
    expect([arrested.trigger.date, arrested.daysUsed, arrested.daysUnknown]).toEqual(['2027-03-03', 30, 0]);
  });

  it('a defendant with nothing in the record to count from: no clock, and a warning that says so', () => {
    const r = computeSpeedyTrial(caseWith([{ kind: 'complaint', date: '2027-03-01' }]), '2027-03-31');
    expect(r.defendants[0]!.clocks).toEqual([]);
    expect(codes(r)).toEqual(['noClockInRecord']);
  });

  it('option motionEndpoints: the filing and ruling days excluded by default, counted when chosen', () => {
    // Motion filed Wed 03-10, decided Fri 03-19: inclusive, 10 excluded, 20 used of 03-02…03-31; bothCounted,
    // 03-11…03-18 = 8 excluded, 22 used.
    const events: EventSeed[] = [
      ...start,
      {
        kind: 'motionFiled',
        id: 'm1',
        date: '2027-03-10',
        motion: 'suppress',
        title: 'Motion',
        movant: 'defendant',
      },
      { kind: 'motionDecided', date: '2027-03-19', motion: 'm1', disposition: 'denied' },
    ];
    expect(clock(caseWith(events), '2027-03-31').daysUsed).toBe(20);
    const both = clock(caseWith(events), '2027-03-31', 'trial', { motionEndpoints: 'bothCounted' });
    expect([both.daysUsed, both.daysExcluded]).toEqual([22, 8]);
    expect(both.ledger[1]!.bases[0]!.note).toMatch(/option motionEndpoints=bothCounted/);
    expect(
      clock(caseWith(events), '2027-03-31', 'trial', { motionEndpoints: 'filingDayCounted' }).daysUsed,
    ).toBe(21);
  });

  it('(h)(1)(F) transportation: one count of the ten days, from an order excluding time or a transportation event', () => {
    // Order Wed 03-10; the tenth day after it is Sat 03-20; arrival Tue 03-30. Days 03-21…03-30 = 10 are beyond
    // the ten days: counted (presumed unreasonable). The event excludes 03-11…03-20 (10), the order that names
    // 03-10 in its window also 03-10 (11).
    const event = clock(
      caseWith([
        ...start,
        { kind: 'transportation', date: '2027-03-10', purpose: 'examination', arrival: '2027-03-30' },
      ]),
      '2027-03-31',
    );
    const order = clock(
      caseWith([
        ...start,
        {
          kind: 'timeExclusion',
          date: '2027-03-10',
          basis: 'transportation',
          from: '2027-03-10',
          to: '2027-03-30',
        },
      ]),
      '2027-03-31',
    );
    expect([event.daysExcluded, order.daysExcluded]).toEqual([10, 11]);
    for (const c of [event, order]) {
      const over = c.ledger.flatMap((p) => p.notes).find((b) => b.flags.includes('presumedUnreasonable'));
      expect(over?.window).toEqual({ from: '2027-03-21', to: '2027-03-30' });
    }
  });
});

describe('an open motion never excludes time forever without a warning', () => {
  const events: EventSeed[] = [
    ...start,
    {
      kind: 'motionFiled',
      id: 'm1',
      date: '2027-03-10',
      motion: 'dismiss',
      title: 'Motion to dismiss',
      movant: 'defendant',
    },
  ];

  it('complete record: open, flagged, with the Henderson limit in the warning', () => {
    const r = computeSpeedyTrial(withCoverage(caseWith(events), [source({ complete: true })]), '2027-05-31');
    const c = clockOf(r, 'trial');
    expect(c.ledger[1]!.bases[0]!.flags).toContain('pendingNoDecision');
    expect(r.defendants[0]!.warnings.find((w) => w.code === 'openWindow')!.message).toMatch(/Henderson/);
  });

  it('partial record: excluded 30 days after the filing, unknown after', () => {
    // Counted 03-02…03-09 = 8; excluded 03-10…04-09 (filing + 30) = 22 + 9 = 31; unknown 04-10…05-31 = 21 + 31
    // = 52. Used 8 to 60 of 70.
    const r = computeSpeedyTrial(withCoverage(caseWith(events), [source({})]), '2027-05-31');
    const c = clockOf(r, 'trial');
    expect(periods(c)).toEqual([
      '2027-03-02..2027-03-09 8 counted',
      '2027-03-10..2027-04-09 31 excluded',
      '2027-04-10..2027-05-31 52 unknown',
    ]);
    expect(c.used).toEqual({ min: 8, max: 60 });
    expect(c.unknowns[0]).toMatchObject({ cause: 'openMotion' });
    expect(codes(r)).toContain('openMotionNoDecision');
  });
});

describe('the iCalendar feed', () => {
  it('puts the Speedy Trial last day in the calendar with the days left as a range', () => {
    // Report run Wed 03-31, as of Fri 04-30: used 30–60, left 10–40. Counting every unknown day, day 70 is
    // 04-30 + 10 = Mon 05-10 (a business day); excluding them, 04-30 is day 30 and day 70 is 04-30 + 40 = Wed 06-09.
    const r = computeSpeedyTrial(
      withCoverage(caseWith(start), [
        source({ complete: true, format: 'pacer-docket', reportDate: '2027-03-31' }),
      ]),
      '2027-04-30',
    );
    const ics = deadlinesToIcs([], {
      caption: 'United States v. Test',
      docketNumber: '1:27-cr-00001',
      stamp: '2027-04-30T00:00:00Z',
      speedyTrial: r,
    }).replace(/\r\n /g, '');
    expect(ics).toContain('SUMMARY:STA trial deadline (10–40 days left) — Defendant 1 (1:27-cr-00001)');
    expect(ics).toContain('DTSTART;VALUE=DATE:20270510');
    expect(ics).toContain('If every unknown day is excluded\\, the last day is 2027-06-09.');
  });
});
