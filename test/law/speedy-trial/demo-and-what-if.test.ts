/**
 * The demo case's clocks (United States v. Hale et al., fictional; the mission's timeline), what-if, and bad input.
 * As of Sun 2026-11-22, the day the demo is shown.
 */
import { describe, expect, it } from 'vitest';
import { buildHaleCaseFile } from '../../../src/demo/index.ts';
import {
  computeSpeedyTrial,
  hypotheticalMotion,
  SpeedyTrialInputError,
  SpeedyTrialResult,
} from '../../../src/law/speedy-trial/index.ts';
import { caseWith, clockOf, expectLedgerSums, rows } from './helpers.ts';

const AS_OF = '2026-11-22';
const hale = buildHaleCaseFile();
const r = computeSpeedyTrial(hale, AS_OF);

describe('the demo case, as of 2026-11-22', () => {
  it('is a valid result object (the schema the API documents)', () => {
    expect(SpeedyTrialResult.safeParse(r).success).toBe(true);
    expect(r.defendants.map((d) => d.defendant)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('Hale’s indictment clock was met on day 12', () => {
    // Arrest Mon 03-23 (S.D. Fla.); Rule 5(c)(3) proceeding 03-24…03-26 excluded (h)(1)(E); removal order 03-26:
    // 03-27…04-05 (ten days) excluded (h)(1)(F); 04-06…04-08 counted, presumed unreasonable (3); 04-09…04-17 (9).
    const c = clockOf(r, 'indictment', 1);
    expect(rows(c.ledger)).toEqual([
      '2026-03-24..2026-03-26 3 excluded transferRemoval',
      '2026-03-27..2026-04-05 10 excluded transportation',
      '2026-04-06..2026-04-08 3 counted',
      '2026-04-09..2026-04-17 9 counted',
    ]);
    expect(c).toMatchObject({ status: 'met', daysUsed: 12 });
  });

  it('every trial clock starts Thu 2026-07-30, the latest co-defendant’s appearance, and ends Tue 2027-03-09', () => {
    // 07-31…08-27 excluded (T4 order of 07-30; 28 days); 08-28…09-09 counted (13); 09-10…11-22 excluded: the
    // complex-case motion (E) from 09-10, granted 09-15 with (h)(7)(B)(ii) findings to the trial date 2027-01-11.
    // 57 left from Tue 2027-01-12: January 12–31 = 20, February = 28 (48), March 1–9 = 9 (57) → Tue 03-09.
    for (const n of [1, 2, 3, 4, 5, 6]) {
      const c = clockOf(r, 'trial', n);
      expect(c.trigger.date).toBe('2026-07-30');
      expect([c.status, c.daysUsed, c.daysLeft]).toEqual(['stopped', 13, 57]);
      expect(c.lastDay).toMatchObject({ determinate: true, date: '2027-03-09' });
      expect(c.openExclusions.map((b) => [b.kind, b.citation, b.aoCode])).toEqual([
        ['endsOfJustice', '18 U.S.C. § 3161(h)(7)(A), (B)(ii)', 'T'],
      ]);
      expectLedgerSums(c);
    }
  });

  it('shows the other reading of the joint start: on Hale’s own start he has used 65 days, last day Tue 2027-01-19', () => {
    // Own start Fri 04-17: 04-29…04-30 (2) + 06-10…07-29 (50) + 08-28…09-09 (13) = 65; 5 left from 01-12 →
    // Sat 01-16, rolled past Sunday and Martin Luther King Day (Mon 01-18) to Tue 01-19.
    const c = clockOf(r, 'trial', 1);
    expect(c.readings).toEqual([
      expect.objectContaining({
        option: 'jointTrigger',
        value: 'ownTrigger',
        trigger: '2026-04-17',
        daysUsed: 65,
        daysLeft: 5,
        lastDay: expect.objectContaining({ unextended: '2027-01-16', date: '2027-01-19' }),
      }),
    ]);
    expect(r.defendants[0]!.warnings.map((w) => w.code)).toContain('readingNearLimit');
  });

  it('Hale’s § 3164 detention clock: 76 of 90 days, last day Mon 2027-01-25, and a near-limit warning', () => {
    const c = clockOf(r, 'detention', 1);
    expect([c.trigger.date, c.daysUsed, c.daysLeft]).toEqual(['2026-03-23', 76, 14]);
    expect(c.lastDay).toMatchObject({ date: '2027-01-25' });
    expect(r.defendants[0]!.warnings.find((w) => w.code === 'detentionNearLimit')?.message).toMatch(
      /14 days left of 90/,
    );
    expectLedgerSums(c);
  });

  it('Castell’s plea-negotiation exclusion rests on ends-of-justice findings and reaches Hale under (h)(6)', () => {
    const hal = clockOf(r, 'detention', 1);
    const imported = hal.ledger.flatMap((p) => p.bases).filter((b) => b.kind === 'codefendant');
    expect(imported.length).toBeGreaterThan(0);
    expect(imported.every((b) => b.aoCode === 'R' && b.importedFrom?.codefendants.includes(2))).toBe(true);
    // Castell's own detention clock ended on her release Tue 04-21.
    expect(clockOf(r, 'detention', 2)).toMatchObject({
      status: 'ended',
      end: { date: '2026-04-21', reason: 'released' },
    });
  });

  it('flags John Doe 5’s speedy-trial waiver as having no effect', () => {
    expect(r.defendants[4]!.warnings.map((w) => w.code)).toContain('waiverNoEffect');
  });
});

describe('what-if', () => {
  // Hale files a motion Wed 2027-01-20, decided Wed 2027-02-10: 22 days, all after the 01-11 exclusion ends.
  const events = hypotheticalMotion({ filed: '2027-01-20', decided: '2027-02-10', defendants: [1] });
  const w = computeSpeedyTrial(hale, AS_OF, undefined, { events });

  it('moves every joined trial clock and Hale’s detention clock 22 days later, and leaves the actual result alone', () => {
    // Trial: 03-09 + 22 = Wed 2027-03-31. Detention: 01-12…01-19 = 8 counted (84), 01-20…02-10 excluded,
    // 6 more from 02-11 → Tue 02-16 = 01-25 + 22.
    expect(clockOf(w, 'trial', 1).lastDay).toMatchObject({ date: '2027-03-09' });
    const report = w.whatIf!;
    expect(report.events.map((e) => [e.kind, e.date, e.hypothetical])).toEqual([
      ['motionFiled', '2027-01-20', true],
      ['motionDecided', '2027-02-10', true],
    ]);
    const hal = report.defendants.find((d) => d.defendant === 1)!;
    const trial = hal.clocks.find((c) => c.id === 'trial')!;
    expect(trial.actual?.lastDay).toMatchObject({ date: '2027-03-09' });
    expect(trial.whatIf?.lastDay).toMatchObject({ date: '2027-03-31' });
    expect(trial.shiftDays).toBe(22);
    expect(hal.clocks.find((c) => c.id === 'detention')).toMatchObject({
      shiftDays: 22,
      whatIf: { lastDay: expect.objectContaining({ date: '2027-02-16' }) },
    });
    // Castell's clock moves through the (h)(6) import of Hale's motion.
    const castell = report.defendants.find((d) => d.defendant === 2)!.clocks.find((c) => c.id === 'trial')!;
    expect(castell.shiftDays).toBe(22);
    // The projection shows the hypothetical window.
    expect(trial.projection.some((p) => p.bases.some((b) => b.flags.includes('hypothetical')))).toBe(true);
  });

  it('rejects a hypothetical event id already in the case, an unknown defendant, or no events', () => {
    const file = caseWith([{ kind: 'indictment', id: 'ind', date: '2027-03-01' }]);
    const bad = (whatIf: unknown) => () =>
      computeSpeedyTrial(file, '2027-03-10', undefined, whatIf as Parameters<typeof computeSpeedyTrial>[3]);
    expect(bad({ events: hypotheticalMotion({ id: 'ind', filed: '2027-03-05', defendants: [1] }) })).toThrow(
      'whatIf.events.0.id: "ind" is already an event of the case',
    );
    expect(bad({ events: hypotheticalMotion({ filed: '2027-03-05', defendants: [4] }) })).toThrow(
      'whatIf.events.0.defendants: defendant 4 is not in the case',
    );
    expect(bad({ events: [] })).toThrow(SpeedyTrialInputError);
  });
});

describe('bad input names the problem and where', () => {
  const file = caseWith([{ kind: 'indictment', date: '2027-03-01' }]);
  it('rejects an as-of date that is not a real date', () => {
    expect(() => computeSpeedyTrial(file, '2027-02-30')).toThrow(
      'asOf: "2027-02-30" is not a real calendar date',
    );
  });
  it('rejects an unknown option value with the option’s path', () => {
    expect(() =>
      computeSpeedyTrial(file, '2027-03-10', { lastDayRoll: 'never' as unknown as 'none' }),
    ).toThrow(/^options\.lastDayRoll: /);
  });
  it('rejects a judicial emergency that ends before it starts', () => {
    expect(() =>
      computeSpeedyTrial(file, '2027-03-10', {
        judicialEmergencies: [
          { district: 'nyed', from: '2027-03-01', to: '2027-02-01', trialLimitDays: 180, citation: 'x' },
        ],
      }),
    ).toThrow('options.judicialEmergencies.0.to: 2027-02-01 is before 2027-03-01');
  });
});

describe('the what-if schemas in the API document', () => {
  it('names the request SpeedyTrialWhatIf and the report SpeedyTrialWhatIfReport, two distinct components', async () => {
    const { testApp } = await import('../../helpers/app.ts');
    const { app, close } = await testApp();
    try {
      const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
      const schemas = doc.components.schemas as Record<string, { properties?: Record<string, unknown> }>;
      expect(Object.keys(schemas.SpeedyTrialWhatIf?.properties ?? {})).toEqual(['events']);
      expect(Object.keys(schemas.SpeedyTrialWhatIfReport?.properties ?? {})).toEqual([
        'events',
        'defendants',
      ]);
    } finally {
      await close();
    }
  });
});
