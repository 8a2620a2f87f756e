/**
 * The warnings the clock gives: continuance without findings, exclusion order with no dates, an entry
 * marked ENTRY ERROR, an open-ended window, a waiver in place of an order, a detained defendant past § 3164's 90
 * days, a clock within 14 days of running out or already run. Case: indicted and appearing Mon 2027-03-01.
 */
import { describe, expect, it } from 'vitest';
import { computeSpeedyTrial, type SpeedyTrialResult } from '../../../src/law/speedy-trial/index.ts';
import { caseWith, clockOf, type EventSeed } from './helpers.ts';

const start: EventSeed[] = [
  { kind: 'indictment', date: '2027-03-01' },
  { kind: 'initialAppearance', date: '2027-03-01', district: 'nyed' },
];
const codes = (r: SpeedyTrialResult, n = 1) =>
  r.defendants.find((d) => d.defendant === n)!.warnings.map((w) => w.code);
const warning = (r: SpeedyTrialResult, code: string, n = 1) =>
  r.defendants.find((d) => d.defendant === n)!.warnings.find((w) => w.code === code);

describe('warnings', () => {
  it('continuance without findings: critical, names the entry and Zedner, and the days count', () => {
    const r = computeSpeedyTrial(
      caseWith([
        ...start,
        {
          kind: 'continuance',
          id: 'c1',
          date: '2027-03-10',
          of: 'trial',
          excludeFrom: '2027-03-10',
          excludeTo: '2027-03-19',
          findings: { status: 'absent' },
        },
      ]),
      '2027-03-31',
    );
    expect(warning(r, 'continuanceWithoutFindings')).toMatchObject({
      severity: 'critical',
      events: ['c1'],
      date: '2027-03-10',
    });
    expect(warning(r, 'continuanceWithoutFindings')!.message).toMatch(/Zedner/);
    // 03-02…03-31 = 30, nothing excluded.
    expect(clockOf(r, 'trial').daysUsed).toBe(30);
  });

  it('exclusion order with no dates: its days are unknown, never counted as if no order existed; with only a new date, the window is inferred and flagged', () => {
    const none = computeSpeedyTrial(
      caseWith([
        ...start,
        {
          kind: 'continuance',
          date: '2027-03-10',
          of: 'hearing',
          findings: { status: 'onRecord', factors: ['iv'] },
        },
      ]),
      '2027-03-31',
    );
    expect(codes(none)).toContain('exclusionWithoutDates');
    // Counted 03-02…03-09 = 8; the order of Wed 03-10 continues with no window and nothing later bounds it:
    // 03-10…03-31 = 22 days unknown. Used 8–30 of 70. (Before: 30 counted, nothing excluded — the false count
    // this removes.)
    const n = clockOf(none, 'trial');
    expect([n.daysExcluded, n.daysUnknown, n.used, n.left]).toEqual([
      0,
      22,
      { min: 8, max: 30 },
      { min: 40, max: 62 },
    ]);
    expect(n.ledger.map((p) => [p.from, p.to, p.status])).toEqual([
      ['2027-03-02', '2027-03-09', 'counted'],
      ['2027-03-10', '2027-03-31', 'unknown'],
    ]);
    expect(n.ledger[1]!.unknown![0]).toMatchObject({
      cause: 'windowNotShown',
      window: { from: '2027-03-10', to: null },
    });

    const inferred = computeSpeedyTrial(
      caseWith([
        ...start,
        {
          kind: 'continuance',
          date: '2027-03-10',
          of: 'trial',
          newDate: '2027-03-19',
          findings: { status: 'onRecord', factors: ['iv'] },
        },
      ]),
      '2027-03-31',
    );
    const c = clockOf(inferred, 'trial');
    // Order date Wed 03-10 to the new date Fri 03-19: 10 days.
    expect(c.daysExcluded).toBe(10);
    expect(c.ledger[1]!.bases[0]!.flags).toContain('windowInferred');
    expect(warning(inferred, 'exclusionWithoutDates')!.message).toMatch(/confirm against the order/);
  });

  it('ENTRY ERROR in the entry text: the events read from it are not applied, and the warning says which', () => {
    const file = caseWith(
      [
        ...start,
        {
          kind: 'timeExclusion',
          id: 'x1',
          date: '2027-03-10',
          basis: 'endsOfJustice',
          from: '2027-03-10',
          to: '2027-04-09',
          findings: { status: 'onRecord', factors: ['iv'] },
          provenance: { source: 'docket', entry: 'd12' },
        },
      ],
      {
        docketEntries: [
          {
            id: 'd12',
            number: 12,
            dateFiled: '2027-03-10',
            text: 'ENTRY ERROR. ORDER TO CONTINUE - Ends of Justice as to Defendant 1. Time excluded from 3/10/2027 until 4/9/2027. (Entered: 03/10/2027)',
          },
        ],
      },
    );
    const r = computeSpeedyTrial(file, '2027-03-31');
    expect(clockOf(r, 'trial').daysExcluded).toBe(0);
    expect(warning(r, 'entryError')).toMatchObject({ events: ['x1'], date: '2027-03-10' });
    expect(warning(r, 'entryError')!.message).toMatch(/entry 12 .*marked in error/);
  });

  it('a docketError event marks an entry in error in the same way', () => {
    const file = caseWith(
      [
        ...start,
        {
          kind: 'timeExclusion',
          id: 'x1',
          date: '2027-03-10',
          basis: 'endsOfJustice',
          from: '2027-03-10',
          to: '2027-04-09',
          findings: { status: 'onRecord', factors: ['iv'] },
          provenance: { source: 'docket', entry: 'd12' },
        },
        { kind: 'docketError', id: 'err', date: '2027-03-11', target: 'd12' },
      ],
      {
        docketEntries: [
          { id: 'd12', number: 12, dateFiled: '2027-03-10', text: 'ORDER excluding time to 4/9/2027.' },
        ],
      },
    );
    const r = computeSpeedyTrial(file, '2027-03-31');
    expect(clockOf(r, 'trial').daysExcluded).toBe(0);
    expect(warning(r, 'entryError')!.events).toEqual(['err', 'x1']);
  });

  it('open-ended window: "until further order" stops the clock and is named as waiting', () => {
    const r = computeSpeedyTrial(
      caseWith([
        ...start,
        {
          kind: 'timeExclusion',
          date: '2027-03-10',
          basis: 'endsOfJustice',
          from: '2027-03-10',
          to: null,
          findings: { status: 'onRecord', factors: ['ii'] },
        },
      ]),
      '2027-03-31',
    );
    expect(warning(r, 'openWindow')!.message).toMatch(/waiting for a further order/);
    // 03-02…03-09 = 8 used; stopped since 03-10.
    expect(clockOf(r, 'trial')).toMatchObject({
      status: 'stopped',
      daysUsed: 8,
      lastDay: { determinate: false, stoppedSince: '2027-03-10' },
    });
  });

  it('waiver in place of an order: recorded with no effect (Zedner)', () => {
    const r = computeSpeedyTrial(
      caseWith([...start, { kind: 'speedyTrialWaiver', date: '2027-03-10' }]),
      '2027-03-31',
    );
    expect(warning(r, 'waiverNoEffect')!.message).toMatch(/cannot waive the Act prospectively/);
    expect(clockOf(r, 'trial').daysUsed).toBe(30);
  });

  it('detained past § 3164’s 90 days: critical, with the release-review remedy (not dismissal)', () => {
    // Detained since Mon 03-01 (arrest on the indictment); 03-02…06-05 = 30 + 30 + 31 + 5 = 96 days: 6 over.
    // Day 90: March 2–31 = 30, April = 30 (60), May 1–30 = 30 (90) → Sun 05-30. Rule 45(a)(1)(C) rolls the last
    // day past Sunday and Memorial Day (Mon 05-31) to Tue 06-01: the clock has run from Wed 06-02, 4 days over
    // through 06-05 (06-02…06-05). (Before the roll was applied to the run, this said Mon 05-31, a holiday.)
    const r = computeSpeedyTrial(
      caseWith([
        ...start,
        { kind: 'arrest', date: '2027-03-01', on: 'indictment' },
        { kind: 'detentionOrder', date: '2027-03-01' },
      ]),
      '2027-06-05',
    );
    const w = warning(r, 'detentionPast90');
    expect(w).toMatchObject({ severity: 'critical', clock: 'detention', date: '2027-06-02' });
    expect(w!.message).toMatch(/96 non-excludable days/);
    // 18 U.S.C. § 3164(c): "No detainee … shall be held in custody pending trial after the expiration of such
    // ninety-day period required for the commencement of his trial" — release, not dismissal.
    expect(w!.message).toContain(
      '"No detainee … shall be held in custody pending trial after the expiration of such ninety-day period": the remedy is release from custody pending trial, not dismissal',
    );
    const c = clockOf(r, 'detention');
    expect([c.status, c.daysUsed]).toEqual(['expired', 96]);
    expect(c.sanction).toBeUndefined();
  });

  it('within 14 days of running out: a warning on day 56, none on day 55; the threshold is an option', () => {
    const file = caseWith(start);
    // 03-01 + 55 = Mon 04-25 (15 left); 03-01 + 56 = Tue 04-26 (14 left).
    expect(codes(computeSpeedyTrial(file, '2027-04-25'))).not.toContain('clockNearLimit');
    const r = computeSpeedyTrial(file, '2027-04-26');
    expect(warning(r, 'clockNearLimit')!.message).toMatch(/14 days left of 70/);
    expect(codes(computeSpeedyTrial(file, '2027-04-25', { nearLimitDays: 20 }))).toContain('clockNearLimit');
  });

  it('already run: critical, with the day it ran and the § 3162(a)(2) remedy', () => {
    // Day 70 = 03-01 + 70 = Mon 05-10; on Tue 05-11 the 71st day is used.
    const r = computeSpeedyTrial(caseWith(start), '2027-05-11');
    expect(warning(r, 'clockRun')).toMatchObject({ severity: 'critical', date: '2027-05-11' });
    expect(warning(r, 'clockRun')!.message).toMatch(/§ 3162\(a\)\(2\)/);
    expect(codes(computeSpeedyTrial(caseWith(start), '2027-05-10'))).not.toContain('clockRun');
  });
});

describe('an as-of date far past the docket’s last entry (option staleDocketDays, default 90)', () => {
  const events: EventSeed[] = [
    { kind: 'indictment', date: '2027-03-01' },
    { kind: 'initialAppearance', date: '2027-03-01', district: 'nyed' },
  ];
  const entries = [
    { id: 'n1', number: 1, dateFiled: '2027-03-01', text: 'INDICTMENT as to Defendant 1 (1) count(s) 1.' },
  ];
  const stale = (asOf: string, options = {}) =>
    computeSpeedyTrial(caseWith(events, { docketEntries: entries }), asOf, options).warnings.find(
      (w) => w.code === 'docketStale',
    );

  it('warns, naming the last entry, when the as-of date is 91 days after it and a clock is open', () => {
    // Last entry Mon 2027-03-01; + 91 days = Mon 2027-05-31.
    expect(stale('2027-05-31')).toMatchObject({ severity: 'warning', date: '2027-03-01' });
    expect(stale('2027-05-31')!.message).toContain(
      'The docket’s last entry is Mon 2027-03-01, 91 days before',
    );
  });

  it('stays quiet at 90 days, with a larger threshold, and once every clock has ended', () => {
    expect(stale('2027-05-30')).toBeUndefined();
    expect(stale('2027-05-31', { staleDocketDays: 120 })).toBeUndefined();
    const ended = computeSpeedyTrial(
      caseWith([...events, { kind: 'plea', date: '2027-03-01', plea: 'guilty' }], { docketEntries: entries }),
      '2028-01-01',
    );
    expect(ended.warnings.map((w) => w.code)).not.toContain('docketStale');
  });
});
