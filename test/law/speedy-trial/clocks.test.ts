/**
 * The clocks (speedy-trial spec § 2) and the counting conventions (§ 9): what starts each clock, what stops,
 * resets or tolls it, the options that change them, and the § 3162 assessment. Each count is worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { computeSpeedyTrial } from '../../../src/law/speedy-trial/index.ts';
import { caseWith, clock, clockOf, type EventSeed, expectLedgerSums, rows } from './helpers.ts';

const appear = (date: string, extra: Record<string, unknown> = {}): EventSeed => ({
  kind: 'initialAppearance',
  date,
  district: 'nyed',
  ...extra,
});

describe('the start of the trial clock, § 3161(c)(1)', () => {
  it('is the indictment when the defendant appeared earlier, on the complaint', () => {
    // Appearance on the complaint Tue 02-02; indictment Mon 02-15 → max = 02-15.
    const c = clock(
      caseWith([
        { kind: 'complaint', date: '2027-02-01' },
        { kind: 'arrest', date: '2027-02-02', on: 'complaint' },
        appear('2027-02-02'),
        { kind: 'indictment', date: '2027-02-15' },
      ]),
      '2027-02-20',
    );
    expect(c.trigger.date).toBe('2027-02-15');
    expect(c.trigger.text).toContain('later than the first appearance');
    // 02-16…02-20 = 5 days.
    expect(c.daysUsed).toBe(5);
  });

  it('waits for a sealed indictment to be made public, then counts from the unsealing', () => {
    const events: EventSeed[] = [
      { kind: 'indictment', id: 'ind', date: '2027-02-01', sealed: true },
      appear('2027-02-03'),
      { kind: 'unsealing', date: '2027-02-10', instrument: 'ind' },
    ];
    const before = clock(caseWith(events), '2027-02-05');
    expect(before.status).toBe('notStarted');
    expect(before.trigger.text).toMatch(/made public/);
    // Unsealed Wed 02-10 (later than the 02-03 appearance): 02-11…02-20 = 10 days.
    const after = clock(caseWith(events), '2027-02-20');
    expect(after.trigger.date).toBe('2027-02-10');
    expect(after.trigger.components[0]).toMatchObject({ what: 'chargePublic', date: '2027-02-10' });
    expect(after.daysUsed).toBe(10);
  });

  it('is not started by a Rule 5(c)(3) appearance in the district of arrest (option rule5Appearance)', () => {
    const file = caseWith([
      { kind: 'indictment', date: '2027-02-01' },
      appear('2027-02-03', { district: 'njd', rule5c3: true }),
      appear('2027-02-17'),
    ]);
    // Charging court: the appearance in E.D.N.Y. Wed 02-17 → 02-18…02-28 = 11 days as of 02-28.
    const c = clock(file, '2027-02-28');
    expect(c.trigger.date).toBe('2027-02-17');
    expect(c.daysUsed).toBe(11);
    // anyFederalAppearance: the D.N.J. appearance Wed 02-03 counts → 02-04…02-28 = 25.
    const any = clock(file, '2027-02-28', 'trial', { rule5Appearance: 'anyFederalAppearance' });
    expect(any.trigger.date).toBe('2027-02-03');
    expect(any.daysUsed).toBe(25);
  });
});

describe('counting conventions (spec § 9.1)', () => {
  const file = caseWith([{ kind: 'indictment', date: '2027-05-27' }, appear('2027-05-27')]);

  it('makes the trigger day day 0 (Rule 45(a)(1)(A))', () => {
    expect(clock(file, '2027-05-27').daysUsed).toBe(0);
    expect(clock(file, '2027-05-28').daysUsed).toBe(1);
  });

  it('counts weekends and holidays like any other day (Rule 45(a)(1)(B))', () => {
    // Thu 05-27 = day 0; Fri 05-28, Sat 05-29, Sun 05-30, Memorial Day Mon 05-31, Tue 06-01 → 5 days.
    const c = clock(file, '2027-06-01');
    expect(c.daysUsed).toBe(5);
    expect(rows(c.ledger)).toEqual(['2027-05-28..2027-06-01 5 counted']);
  });

  it('counts days in a set: the ledger numbers each counted day', () => {
    const c = clock(file, '2027-06-01');
    expect(c.ledger[0]!.clockDays).toEqual({ first: 1, last: 5 });
  });

  describe('option exclusionEndpoints on an order excluding Wed 06-02 to Fri 06-11', () => {
    const order = caseWith([
      { kind: 'indictment', date: '2027-05-27' },
      appear('2027-05-27'),
      {
        kind: 'timeExclusion',
        date: '2027-06-02',
        basis: 'endsOfJustice',
        from: '2027-06-02',
        to: '2027-06-11',
        findings: { status: 'onRecord', factors: ['iv'] },
      },
    ]);
    it.each([
      // inclusive: 06-02…06-11 = 10 days; startExclusive 06-03…06-11 = 9; endExclusive 06-02…06-10 = 9.
      ['inclusive', '2027-06-02..2027-06-11 10 excluded endsOfJustice'],
      ['startExclusive', '2027-06-03..2027-06-11 9 excluded endsOfJustice'],
      ['endExclusive', '2027-06-02..2027-06-10 9 excluded endsOfJustice'],
    ] as const)('%s', (value, row) => {
      const c = clock(order, '2027-06-30', 'trial', { exclusionEndpoints: value });
      expect(rows(c.ledger)).toContain(row);
      expectLedgerSums(c);
    });
  });

  it('makes the last day indeterminate while an exclusion has no known end (spec § 9.1(7))', () => {
    // Motion filed Wed 06-02, no hearing, no ruling: stopped since 06-02 with 6 days used (05-28…06-01).
    const c = clock(
      caseWith([
        { kind: 'indictment', date: '2027-05-27' },
        appear('2027-05-27'),
        {
          kind: 'motionFiled',
          date: '2027-06-02',
          motion: 'dismiss',
          title: 'Motion to dismiss',
          movant: 'defendant',
        },
      ]),
      '2027-06-20',
    );
    expect([c.daysUsed, c.daysLeft, c.status]).toEqual([5, 65, 'stopped']);
    expect(c.lastDay).toMatchObject({ determinate: false, stoppedSince: '2027-06-02' });
    expect(c.openExclusions.map((b) => b.kind)).toEqual(['pretrialMotion']);
  });

  it('resolves a relative end ("until the status conference") to the first later event of that kind (§ 9.1(9))', () => {
    const events: EventSeed[] = [
      { kind: 'indictment', date: '2027-05-27' },
      appear('2027-05-27'),
      {
        kind: 'timeExclusion',
        date: '2027-06-02',
        basis: 'endsOfJustice',
        from: '2027-06-02',
        to: null,
        until: { event: 'hearingHeld', hearing: 'status', description: 'until the status conference' },
        findings: { status: 'onRecord', factors: ['iv'] },
      },
      { kind: 'hearingHeld', date: '2027-06-09', hearing: 'motion' },
      { kind: 'hearingHeld', date: '2027-06-16', hearing: 'status' },
    ];
    // Before the conference: open, waiting for it.
    const open = clock(caseWith(events), '2027-06-10');
    expect(open.lastDay).toMatchObject({ determinate: false, stoppedSince: '2027-06-02' });
    if (open.lastDay?.determinate !== false) throw new Error('expected an indeterminate last day');
    expect(open.lastDay.waitingFor.join(' ')).toMatch(/until the status conference/);
    // After: 06-02…06-16 = 15 excluded (the motion hearing of 06-09 is not the status conference).
    const closed = clock(caseWith(events), '2027-06-20');
    expect(rows(closed.ledger)).toEqual([
      '2027-05-28..2027-06-01 5 counted',
      '2027-06-02..2027-06-16 15 excluded endsOfJustice',
      '2027-06-17..2027-06-20 4 counted',
    ]);
  });
});

describe('when the clock stops: trial, plea (spec § 2.9)', () => {
  const base: EventSeed[] = [{ kind: 'indictment', date: '2027-03-01' }, appear('2027-03-01')];

  it('stops on the day voir dire begins (default), which is itself a counted day', () => {
    // Trial Mon 05-03: 03-02…05-03 = 30 + 30 + 3 = 63 days, timely; the clock ends that day.
    const c = clock(
      caseWith([
        ...base,
        { kind: 'trialStart', date: '2027-05-03', trialType: 'jury', milestone: 'voirDireBegins' },
      ]),
      '2027-06-30',
    );
    expect(c).toMatchObject({ status: 'ended', daysUsed: 63, through: '2027-05-03', lastDay: null });
    expect(c.end).toMatchObject({ date: '2027-05-03', reason: 'trialCommenced' });
    expect(c.statusText).toContain('(timely)');
    expectLedgerSums(c);
  });

  it('option trialCommencement=jurySworn waits for the swearing, and a long gap is warned of (Stayton)', () => {
    // Voir dire Mon 05-03; jury sworn Mon 05-24 (21 days later, over the 14-day threshold).
    const file = caseWith([
      ...base,
      { kind: 'trialStart', date: '2027-05-03', trialType: 'jury', milestone: 'voirDireBegins' },
      { kind: 'trialStart', date: '2027-05-24', trialType: 'jury', milestone: 'jurySworn' },
    ]);
    const r = computeSpeedyTrial(file, '2027-06-30', { trialCommencement: 'jurySworn' });
    // 03-02…05-24 = 30 + 30 + 24 = 84 days: the clock ran on day 71 (Mon 05-10 = 03-01 + 70 … + 1).
    const c = clockOf(r, 'trial');
    expect(c.end?.date).toBe('2027-05-24');
    expect(c.daysUsed).toBe(84);
    expect(r.defendants[0]!.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['voirDireGap', 'clockRun']),
    );
  });

  it('ends on a guilty plea', () => {
    const c = clock(caseWith([...base, { kind: 'plea', date: '2027-04-01', plea: 'guilty' }]), '2027-06-30');
    // 03-02…04-01 = 31 days.
    expect(c).toMatchObject({ status: 'ended', daysUsed: 31 });
    expect(c.end?.reason).toBe('guiltyPlea');
  });
});

describe('dismissal and re-charge: § 3161(d)(1) reset, § 3161(h)(5) tolling (spec § 2.4)', () => {
  const first: EventSeed[] = [{ kind: 'indictment', date: '2027-03-01' }, appear('2027-03-01')];
  const dismissal = (movant: string): EventSeed => ({
    kind: 'dismissal',
    date: '2027-03-21',
    movant,
    scope: 'instrument',
  });
  // Re-indicted Mon 04-05; appears on the new indictment Thu 04-08.
  const recharge: EventSeed[] = [
    { kind: 'indictment', date: '2027-04-05' },
    { kind: 'arraignment', date: '2027-04-08' },
  ];

  it('gives fresh clocks after a dismissal on the defendant’s motion', () => {
    const r = computeSpeedyTrial(caseWith([...first, dismissal('defendant'), ...recharge]), '2027-04-30');
    // Old clock: 03-02…03-21 = 20 used, then ended.
    expect(clockOf(r, 'trial')).toMatchObject({ status: 'ended', daysUsed: 20, current: false });
    // New (c)(1) clock, "whichever date last occurs" of the new indictment (Mon 04-05) and the first appearance
    // before the charging court (03-01, already past) → 04-05; 04-06…04-30 = 25 days.
    const d1 = clockOf(r, 'trial-2');
    expect(d1).toMatchObject({ citation: '18 U.S.C. § 3161(d)(1)', current: true, daysUsed: 25 });
    expect(d1.trigger.date).toBe('2027-04-05');
  });

  it('tolls and resumes the old clock after a dismissal on the Government’s motion', () => {
    // 03-02…03-20 = 19 counted; (h)(5) excludes 03-21 (dismissal) … 04-08 (when a fresh clock would have
    // started) = 11 + 8 = 19 days; 04-09…04-30 = 22 counted → 41 used.
    const r = computeSpeedyTrial(caseWith([...first, dismissal('government'), ...recharge]), '2027-04-30');
    const c = clockOf(r, 'trial');
    expect(c.current).toBe(true);
    expect(rows(c.ledger)).toEqual([
      '2027-03-02..2027-03-20 19 counted',
      '2027-03-21..2027-04-08 19 excluded governmentDismissalGap',
      '2027-04-09..2027-04-30 22 counted',
    ]);
    expect(c.ledger[1]!.bases[0]).toMatchObject({ citation: '18 U.S.C. § 3161(h)(5)', aoCode: 'P' });
    expect(c.daysUsed).toBe(41);
    expect(r.defendants[0]!.clocks.filter((x) => x.kind === 'trial')).toHaveLength(1);
  });

  it('suspends the clock between a Government dismissal and any re-charge', () => {
    const c = clock(caseWith([...first, dismissal('government')]), '2027-03-31');
    expect(c).toMatchObject({ status: 'suspended', daysUsed: 20 });
  });
});

describe('the indictment clock, § 3161(b)', () => {
  const arrest: EventSeed[] = [
    { kind: 'complaint', date: '2027-01-04', charges: ['21 U.S.C. § 846'] },
    { kind: 'arrest', date: '2027-01-05', on: 'complaint' },
    appear('2027-01-05'),
  ];

  it('is met by an indictment filed within 30 days', () => {
    // Arrest Tue 01-05; indictment Fri 01-29: 01-06…01-29 = 24 days.
    const c = clock(
      caseWith([...arrest, { kind: 'indictment', date: '2027-01-29' }]),
      '2027-02-10',
      'indictment',
    );
    expect(c).toMatchObject({ status: 'met', daysUsed: 24, limit: { days: 30 } });
    expect(c.charges).toEqual(['21 U.S.C. § 846']);
  });

  it('is late, with the § 3162(a)(1) remedy, when the indictment comes on day 35', () => {
    // Indictment Tue 02-09: 01-06…02-09 = 26 + 9 = 35 days, 5 over.
    const r = computeSpeedyTrial(
      caseWith([...arrest, { kind: 'indictment', date: '2027-02-09' }]),
      '2027-02-10',
    );
    const c = clockOf(r, 'indictment');
    expect(c).toMatchObject({ status: 'expired', daysUsed: 35 });
    expect(c.sanction).toMatchObject({ clock: 'indictment', violated: true, daysOver: 5 });
    expect(c.remedy.citation).toBe('18 U.S.C. § 3162(a)(1)');
  });

  it('allows 60 days for a felony when no grand jury sat (option grandJuryInSession=false)', () => {
    // 01-05 + 60: January 6–31 = 26, February = 28 (54), March 1–6 = 6 (60) → Sat 03-06 → Mon 03-08.
    const c = clock(caseWith(arrest), '2027-01-20', 'indictment', { grandJuryInSession: false });
    expect(c.limit.days).toBe(60);
    expect(c.lastDay).toMatchObject({ unextended: '2027-03-06', date: '2027-03-08' });
  });

  it('starts afresh on a new complaint after the first is dismissed (§ 3161(d)(1))', () => {
    const r = computeSpeedyTrial(
      caseWith([
        ...arrest,
        { kind: 'dismissal', date: '2027-01-20', movant: 'government', scope: 'complaint' },
        { kind: 'complaint', date: '2027-03-01', charges: ['21 U.S.C. § 846'] },
        { kind: 'arrest', date: '2027-03-02', on: 'complaint' },
      ]),
      '2027-03-12',
    );
    expect(clockOf(r, 'indictment')).toMatchObject({
      status: 'ended',
      end: { reason: 'complaintDismissed' },
    });
    // 03-02 = day 0: 03-03…03-12 = 10 days.
    expect(clockOf(r, 'indictment-2')).toMatchObject({ current: true, daysUsed: 10 });
  });
});

describe('new trial clocks: § 3161(d)(2), (e), (i); § 3174', () => {
  const base: EventSeed[] = [{ kind: 'indictment', date: '2027-03-01' }, appear('2027-03-01')];

  it('(e) retrial after a mistrial: 70 days from the day the mistrial became final; no extension to 180', () => {
    const r = computeSpeedyTrial(
      caseWith([
        ...base,
        { kind: 'trialStart', date: '2027-04-12', trialType: 'jury', milestone: 'voirDireBegins' },
        {
          kind: 'clockRestart',
          date: '2027-04-20',
          basis: 'retrialAfterMistrial',
          becameFinal: '2027-04-20',
          extendedLimit: 120,
        },
      ]),
      '2027-04-30',
    );
    const c = clockOf(r, 'trial-2');
    // 04-20 + 70: April 21–30 = 10, May = 31 (41), June 1–29 = 29 (70) → Tue 06-29.
    expect(c).toMatchObject({ citation: '18 U.S.C. § 3161(e)', limit: { days: 70 }, daysUsed: 10 });
    expect(c.lastDay).toMatchObject({ date: '2027-06-29' });
    expect(r.defendants[0]!.warnings.map((w) => w.code)).toContain('extensionNotAvailable');
  });

  it('(d)(2) reinstatement after appeal, extended by the court to 180 days', () => {
    const c = clock(
      caseWith([
        ...base,
        { kind: 'dismissal', date: '2027-04-01', movant: 'court', scope: 'instrument' },
        {
          kind: 'clockRestart',
          date: '2027-09-01',
          basis: 'reinstatementAfterAppeal',
          becameFinal: '2027-09-01',
          extendedLimit: 180,
        },
      ]),
      '2027-09-11',
      'trial-2',
    );
    // 09-01 = day 0; 09-02…09-11 = 10 used of 180.
    expect(c).toMatchObject({
      citation: '18 U.S.C. § 3161(d)(2)',
      limit: { days: 180 },
      daysUsed: 10,
      daysLeft: 170,
    });
  });

  it('(i) a withdrawn guilty plea: deemed indicted the day the order becomes final', () => {
    const r = computeSpeedyTrial(
      caseWith([
        ...base,
        { kind: 'plea', id: 'p', date: '2027-04-01', plea: 'guilty' },
        { kind: 'pleaWithdrawn', date: '2027-05-03', plea: 'p', finalOn: '2027-05-17' },
      ]),
      '2027-05-31',
    );
    const c = clockOf(r, 'trial-2');
    // 05-17 = day 0; 05-18…05-31 = 14 days.
    expect(c).toMatchObject({ citation: '18 U.S.C. § 3161(i)', daysUsed: 14 });
    expect(c.trigger.date).toBe('2027-05-17');
  });

  it('§ 3174: a judicial emergency sets the limit for cases charged inside its window only', () => {
    const emergency = {
      district: 'nyed',
      from: '2027-02-15',
      to: '2028-02-14',
      trialLimitDays: 180,
      citation: 'Judicial Council of the Second Circuit, order of Feb. 12, 2027 (invented)',
    };
    const inside = clock(caseWith(base), '2027-03-10', 'trial', { judicialEmergencies: [emergency] });
    expect(inside.limit).toMatchObject({ days: 180, citation: '18 U.S.C. § 3174(b)' });
    // Detention limits are not affected (§ 3174(b)).
    const detention = clock(
      caseWith([
        ...base,
        { kind: 'arrest', date: '2027-03-01', on: 'indictment' },
        { kind: 'detentionOrder', date: '2027-03-01' },
      ]),
      '2027-03-10',
      'detention',
      { judicialEmergencies: [emergency] },
    );
    expect(detention.limit.days).toBe(90);
    const outside = clock(caseWith(base), '2027-03-10', 'trial', {
      judicialEmergencies: [{ ...emergency, from: '2027-03-02' }],
    });
    expect(outside.limit.days).toBe(70);
  });
});

describe('several defendants (spec § 8)', () => {
  const joined = (extra: EventSeed[]): EventSeed[] => [
    { kind: 'indictment', date: '2027-03-01', defendants: [1, 2] },
    appear('2027-03-01', { defendants: [1, 2] }),
    {
      kind: 'motionFiled',
      id: 'm2',
      date: '2027-03-10',
      motion: 'suppress',
      title: 'Defendant 2: motion to suppress',
      movant: 'defendant',
      defendants: [2],
    },
    ...extra,
  ];

  it('imports a co-defendant’s pending motion until a severance is granted, and no further', () => {
    // Defendant 2's motion is pending from 03-10 (open). Defendant 1 is severed Mon 03-22: the import covers
    // 03-10…03-21 (12 days, § 3161(h)(6) "no motion for severance has been granted"); 03-22…03-31 counted.
    const c = clock(
      caseWith(joined([{ kind: 'severance', date: '2027-03-22', defendants: [1], from: [2] }]), {
        defendants: 2,
      }),
      '2027-03-31',
    );
    expect(rows(c.ledger)).toEqual([
      '2027-03-02..2027-03-09 8 counted',
      '2027-03-10..2027-03-21 12 excluded codefendant',
      '2027-03-22..2027-03-31 10 counted',
    ]);
    expect(c.daysUsed).toBe(18);
    expect(c.lastDay?.determinate).toBe(true);
  });

  it('a co-defendant’s guilty plea ends the joinder: his open motion is imported through the day of the plea only', () => {
    // § 3161(h)(6) "joined for trial with a codefendant": defendant 2 pleads guilty Mon 03-22 and will not be
    // tried. His motion (open from 03-10) is imported 03-10…03-22 (13 days); 03-23…03-31 (9) counted: 8 + 9 = 17.
    const r = computeSpeedyTrial(
      caseWith(joined([{ kind: 'plea', date: '2027-03-22', plea: 'guilty', defendants: [2] }]), {
        defendants: 2,
      }),
      '2027-03-31',
    );
    const c = clockOf(r, 'trial', 1);
    expect(rows(c.ledger)).toEqual([
      '2027-03-02..2027-03-09 8 counted',
      '2027-03-10..2027-03-22 13 excluded codefendant',
      '2027-03-23..2027-03-31 9 counted',
    ]);
    expect(c.daysUsed).toBe(17);
    expect(r.defendants[0]!.joinder).toMatchObject([
      {
        defendant: 2,
        from: '2027-03-01',
        severedOn: null,
        endedOn: { date: '2027-03-22', reason: 'guiltyPlea' },
      },
    ]);
    // Defendant 2's own clock stops at his plea.
    expect(clockOf(r, 'trial', 2).end).toMatchObject({ date: '2027-03-22', reason: 'guiltyPlea' });
  });

  it('a plea later withdrawn (§ 3161(i)) does not end the joinder', () => {
    const c = clock(
      caseWith(
        joined([
          { kind: 'plea', id: 'p2', date: '2027-03-22', plea: 'guilty', defendants: [2] },
          { kind: 'pleaWithdrawn', date: '2027-03-25', plea: 'p2', defendants: [2] },
        ]),
        { defendants: 2 },
      ),
      '2027-03-31',
    );
    expect(c).toMatchObject({ status: 'stopped', daysUsed: 8 });
  });

  it('without severance, the co-defendant’s open motion keeps both clocks stopped', () => {
    const r = computeSpeedyTrial(caseWith(joined([]), { defendants: 2 }), '2027-03-31');
    for (const n of [1, 2]) {
      expect(clockOf(r, 'trial', n)).toMatchObject({ status: 'stopped', daysUsed: 8 });
    }
    expect(r.defendants[0]!.warnings.map((w) => w.code)).toContain('codefendantReview');
  });

  it('lets the user reject an imported period as unreasonable (option importReview)', () => {
    const c = clock(caseWith(joined([]), { defendants: 2 }), '2027-03-31', 'trial', {
      importReview: [
        { defendant: 1, event: 'm2', accept: false, note: 'Defendant 1 is detained and objects' },
      ],
    });
    // 03-02…03-31 = 30 days all counted.
    expect(c.daysUsed).toBe(30);
    expect(c.ledger[1]!.notes[0]!.flags).toContain('importRejected');
  });

  it('option codefendantImport=requireUserApproval imports nothing until accepted', () => {
    const file = caseWith(joined([]), { defendants: 2 });
    expect(clock(file, '2027-03-31', 'trial', { codefendantImport: 'requireUserApproval' }).daysUsed).toBe(
      30,
    );
    expect(
      clock(file, '2027-03-31', 'trial', {
        codefendantImport: 'requireUserApproval',
        importReview: [{ defendant: 1, event: 'm2', accept: true }],
      }).daysUsed,
    ).toBe(8);
  });
});

describe('§ 3162 assessment: a run clock is reported, never "dismissed" (spec § 12)', () => {
  const base: EventSeed[] = [{ kind: 'indictment', date: '2027-03-01' }, appear('2027-03-01')];

  it('reports the days over, the remedy and the factors without weighing them', () => {
    // 03-02…05-20 = 30 + 30 + 20 = 80 days: 10 over; day 71 is Tue 05-11.
    const r = computeSpeedyTrial(caseWith(base), '2027-05-20');
    const c = clockOf(r, 'trial');
    expect(c.status).toBe('expired');
    expect(c.sanction).toMatchObject({
      clock: 'trial',
      violated: true,
      daysOver: 10,
      dismissalMotionInRecord: false,
    });
    expect(c.sanction!.factors.map((f) => [f.name, f.input])).toEqual([
      ['seriousness', null],
      ['circumstances', null],
      ['reprosecutionImpact', null],
      ['prejudice', null],
    ]);
    const w = r.defendants[0]!.warnings.find((x) => x.code === 'clockRun');
    expect(w).toMatchObject({ severity: 'critical', date: '2027-05-11' });
    expect(JSON.stringify(r)).not.toMatch(/\bdismissed\b(?! on| or)/i);
  });

  it('states that no motion to dismiss appears in the record, and never concludes "waived" (§ 3162(a)(2))', () => {
    const c = clock(
      caseWith([
        ...base,
        { kind: 'trialStart', date: '2027-05-20', trialType: 'bench', milestone: 'firstEvidence' },
      ]),
      '2027-05-31',
    );
    // Silence is not a waiver: the record may not hold every filing, and the waiver is the court's conclusion.
    expect(c.sanction).toMatchObject({ daysOver: 10, dismissalMotionInRecord: false });
    expect(c.sanction!.note).toMatch(/^No motion to dismiss appears in this record before trial/);
    // The remedy quotes the statute; the engine's own words (status, note) conclude nothing.
    expect(`${c.statusText} ${c.sanction!.note}`).not.toMatch(/waive/i);
    const statutory = clock(caseWith(base), '2027-05-20', 'trial', { sanctionFactors: 'statutory' });
    expect(statutory.sanction!.factors).toHaveLength(3);
  });
});
