/**
 * End to end: the real docket of United States v. Benz, D. Neb. 4:13-cr-03121 (ned.html), imported and run
 * through the Speedy Trial engine. Every value below was checked by hand against the docket entries.
 *
 * Trigger. Indictment filed and public Wed 2013-09-25 (entry 1); first appearance, arraignment and plea in
 * the charging court Tue 2013-10-15 (entry 6) — the later date is day 0 (§ 3161(c)(1)).
 *
 * Counted days. 2013-10-16 … 2013-11-11: Oct 16–31 = 16 + Nov 1–11 = 11 → 27. The motion to modify conditions
 * (entry 12, Tue 11-12) is pending until its grant (entry 13, Thu 11-14): 3 days excluded under (h)(1)(D).
 * 2013-11-15 … 2013-12-02: Nov 15–30 = 16 + Dec 1–2 = 2 → 18; 27 + 18 = 45. The motion to continue (entry 14,
 * Tue 12-03) starts an unbroken run of exclusions to trial:
 *   (D) motions 14, 16, 19, 21, 24 (oral), 26, 32, 34, 35, 36, 41, 45, 48, 50, 53, 54, 55, each filed → decided;
 *   (h)(7) orders 15 (→ trial 2014-02-18), 17 (→ 2014-03-10), 20 (→ conference 2014-05-13), 22 (→ 2014-08-19),
 *   23 (→ 2014-08-18), 24 (→ 2014-11-17, complex case), 27 (→ 2014-11-25), 29 (→ 2015-03-02, complex), 46
 *   (→ trial 2015-04-27), 58 (→ the Bureau of Prisons report, filed 2015-10-19, entries 62–63), 65 (filing of
 *   motion 48, 2015-03-25, → its denial 2015-11-24, entry 70), 70 (→ the status conference held 2016-01-06,
 *   entry 73), 73 (→ conference 2016-02-23), 76 (→ the non-jury trial, 2016-05-23);
 *   (h)(1)(A) the § 4242 examination, motion 2015-04-09 (entry 54) → report 2015-10-19;
 *   (h)(1)(H) motion 48 under advisement 2015-11-24 (briefs due and filed 2015-11-23, entries 67–69).
 * Trial. The bench trial took evidence Mon 2016-05-23 (entry 87): the clock stops that day (docs/speedy-trial.md, option `benchTrialCommencement`: bench
 * trial → first evidence). Calendar days 2013-10-16 … 2016-05-23 = 951 (2013-10-15 → 2014-10-15 = 365, → 2015-10-15
 * = 365, → 2016-05-15 = 213 with 29 Feb 2016, + 8); counted 45, excluded 906; 25 of 70 left: timely.
 */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { CaseFile, SourceCoverage } from '../../src/case/index.ts';
import { importDocket } from '../../src/dockets/index.ts';
import { computeSpeedyTrial } from '../../src/law/speedy-trial/index.ts';
import { expectLedger, ledgerLine } from '../helpers/ledger.ts';
import { havePacerData, NO_PACER_DATA, readPacer } from '../helpers/shared-data.ts';

if (!havePacerData) {
  describe.skip(NO_PACER_DATA, () => {
    it('needs the development dockets', () => {});
  });
} else {
  const load = (): CaseFile => {
    const r = importDocket(readPacer('dockets/district/ned.html'));
    if (!r.ok) throw new Error(r.reason);
    return r.caseFile;
  };

  /** One ledger period as a line: from, to, days, status, and each basis as kind:docket entries. */

  describe('ned.html: the Speedy Trial clock of United States v. Benz (D. Neb. 4:13-cr-03121)', () => {
    const file = load();
    const result = computeSpeedyTrial(file, '2026-12-03');
    const benz = result.defendants[0]!;
    const clock = benz.clocks.find((c) => c.kind === 'trial')!;

    it('starts on the first appearance, 2013-10-15, later than the indictment of 2013-09-25', () => {
      expect(benz.name).toBe('Joseph J. Benz');
      expect(clock.trigger.date).toBe('2013-10-15');
      expect(clock.trigger.components.map((c) => [c.what, c.date])).toEqual([
        ['chargeFiled', '2013-09-25'],
        ['firstAppearance', '2013-10-15'],
      ]);
    });

    it('stops when the bench trial takes its first evidence, 2016-05-23 (entry 87), with 45 days used', () => {
      expect(clock.status).toBe('ended');
      expect(clock.end).toMatchObject({ date: '2016-05-23', reason: 'trialCommenced' });
      expect(clock.end?.sources.map((s) => s.entry?.number)).toEqual([87]);
      expect(clock.through).toBe('2016-05-23');
      expect(clock.calendarDays).toBe(951);
      expect(clock.daysUsed).toBe(45);
      expect(clock.daysExcluded).toBe(906);
      expect(clock.daysLeft).toBe(25);
    });

    it('ledger: two counted stretches (27 + 18 days) and an unbroken run of exclusions from 2013-12-03 to trial', () => {
      const counted = clock.ledger.filter((p) => p.status === 'counted').map(ledgerLine);
      expect(counted).toEqual(['2013-10-16 2013-11-11 27 counted', '2013-11-15 2013-12-02 18 counted']);
      expect(clock.ledger.at(0)?.from).toBe('2013-10-16');
      expect(clock.ledger.at(-1)?.to).toBe('2016-05-23');
      // Periods are consecutive: each starts the day after the last one ended.
      for (const [i, p] of clock.ledger.entries()) {
        if (i === 0) continue;
        const prev = clock.ledger[i - 1]!;
        expect(Temporal.PlainDate.from(prev.to).add({ days: 1 }).toString(), `${prev.to} → ${p.from}`).toBe(
          p.from,
        );
      }
      expect(clock.ledger.reduce((n, p) => n + p.days, 0)).toBe(951);
    });

    it('ledger, period by period (from, to, days, status, every basis with its docket entries)', () => {
      expectLedger(clock, [
        '2013-10-16 2013-11-11 27 counted',
        '2013-11-12 2013-11-14 3 excluded pretrialMotion:12/13',
        '2013-11-15 2013-12-02 18 counted',
        '2013-12-03 2013-12-04 2 excluded pretrialMotion:14/15',
        '2013-12-05 2013-12-05 1 excluded pretrialMotion:14/15 endsOfJustice:15',
        // Dec 6–31 = 26 + Jan 1–29 = 29
        '2013-12-06 2014-01-29 55 excluded endsOfJustice:15',
        '2014-01-30 2014-02-02 4 excluded endsOfJustice:15 pretrialMotion:16/17',
        '2014-02-03 2014-02-03 1 excluded endsOfJustice:15 pretrialMotion:16/17 endsOfJustice:17',
        '2014-02-04 2014-02-18 15 excluded endsOfJustice:15 endsOfJustice:17',
        // Feb 19–28 = 10 + Mar 1–10 = 10: only entry 17's preparation window (Bloate: needs findings)
        '2014-02-19 2014-03-10 20 excluded endsOfJustice:17',
        '2014-03-11 2014-03-11 1 excluded pretrialMotion:19/20',
        '2014-03-12 2014-03-12 1 excluded pretrialMotion:19/20 endsOfJustice:20',
        // Mar 13–31 = 19 + April 30 + May 1–12 = 12
        '2014-03-13 2014-05-12 61 excluded endsOfJustice:20',
        '2014-05-13 2014-05-13 1 excluded endsOfJustice:20 endsOfJustice:22 pretrialMotion:21/22',
        '2014-05-14 2014-08-03 82 excluded endsOfJustice:22',
        '2014-08-04 2014-08-17 14 excluded endsOfJustice:22 endsOfJustice:23',
        '2014-08-18 2014-08-18 1 excluded endsOfJustice:22 endsOfJustice:23 endsOfJustice:24 pretrialMotion:24/24',
        '2014-08-19 2014-08-19 1 excluded endsOfJustice:22 endsOfJustice:24',
        '2014-08-20 2014-11-09 82 excluded endsOfJustice:24',
        '2014-11-10 2014-11-11 2 excluded endsOfJustice:24 pretrialMotion:26/27',
        '2014-11-12 2014-11-12 1 excluded endsOfJustice:24 pretrialMotion:26/27 endsOfJustice:27',
        '2014-11-13 2014-11-17 5 excluded endsOfJustice:24 endsOfJustice:27',
        '2014-11-18 2014-11-24 7 excluded endsOfJustice:27',
        '2014-11-25 2014-11-25 1 excluded endsOfJustice:27 endsOfJustice:29',
        '2014-11-26 2015-01-13 49 excluded endsOfJustice:29',
        '2015-01-14 2015-01-15 2 excluded endsOfJustice:29 pretrialMotion:32/33',
        '2015-01-16 2015-01-19 4 excluded endsOfJustice:29 pretrialMotion:34/40',
        '2015-01-20 2015-01-22 3 excluded endsOfJustice:29 pretrialMotion:34/40 pretrialMotion:35/44 pretrialMotion:36/39',
        '2015-01-23 2015-01-27 5 excluded endsOfJustice:29 pretrialMotion:34/40 pretrialMotion:35/44',
        '2015-01-28 2015-01-29 2 excluded endsOfJustice:29 pretrialMotion:35/44 pretrialMotion:41/42',
        '2015-01-30 2015-02-11 13 excluded endsOfJustice:29 pretrialMotion:35/44',
        '2015-02-12 2015-02-19 8 excluded endsOfJustice:29',
        '2015-02-20 2015-02-22 3 excluded endsOfJustice:29 pretrialMotion:45/46',
        '2015-02-23 2015-02-23 1 excluded endsOfJustice:29 pretrialMotion:45/46 endsOfJustice:46',
        '2015-02-24 2015-03-02 7 excluded endsOfJustice:29 endsOfJustice:46',
        '2015-03-03 2015-03-24 22 excluded endsOfJustice:46',
        '2015-03-25 2015-04-07 14 excluded endsOfJustice:46 endsOfJustice:65 pretrialMotion:48/67/70 pretrialMotion:50/56',
        '2015-04-08 2015-04-08 1 excluded endsOfJustice:46 endsOfJustice:65 pretrialMotion:48/67/70 pretrialMotion:50/56 pretrialMotion:53/56',
        '2015-04-09 2015-04-14 6 excluded endsOfJustice:46 endsOfJustice:65 pretrialMotion:48/67/70 pretrialMotion:50/56 pretrialMotion:53/56 pretrialMotion:54/58 competencyExam:54/58/62',
        '2015-04-15 2015-04-20 6 excluded endsOfJustice:46 endsOfJustice:65 pretrialMotion:48/67/70 pretrialMotion:50/56 pretrialMotion:53/56 pretrialMotion:54/58 competencyExam:54/58/62 pretrialMotion:55/59',
        '2015-04-21 2015-04-21 1 excluded endsOfJustice:46 endsOfJustice:65 pretrialMotion:48/67/70 pretrialMotion:54/58 competencyExam:54/58/62 pretrialMotion:55/59 endsOfJustice:58',
        '2015-04-22 2015-04-23 2 excluded endsOfJustice:46 endsOfJustice:65 pretrialMotion:48/67/70 competencyExam:54/58/62 pretrialMotion:55/59 endsOfJustice:58',
        '2015-04-24 2015-04-27 4 excluded endsOfJustice:46 endsOfJustice:65 pretrialMotion:48/67/70 competencyExam:54/58/62 endsOfJustice:58',
        // Apr 28–30 = 3 + May 31 + Jun 30 + Jul 31 + Aug 31 + Sep 30 + Oct 1–19 = 19
        '2015-04-28 2015-10-19 175 excluded endsOfJustice:65 pretrialMotion:48/67/70 competencyExam:54/58/62 endsOfJustice:58',
        // The examination ended with the report (entry 62, 2015-10-19); motion 48 awaits the briefs due 11-23.
        '2015-10-20 2015-11-23 35 excluded endsOfJustice:65 pretrialMotion:48/67/70',
        '2015-11-24 2015-11-24 1 excluded endsOfJustice:65 endsOfJustice:70 underAdvisement:48/67/70',
        '2015-11-25 2016-01-05 42 excluded endsOfJustice:70',
        '2016-01-06 2016-01-06 1 excluded endsOfJustice:70 endsOfJustice:73',
        '2016-01-07 2016-01-25 19 excluded endsOfJustice:73',
        '2016-01-26 2016-02-23 29 excluded endsOfJustice:73 endsOfJustice:76',
        // Feb 24–29 = 6 + Mar 31 + Apr 30 + May 1–23 = 23; the trial day is inside entry 76's window
        '2016-02-24 2016-05-23 90 excluded endsOfJustice:76',
      ]);
    });

    it('cites each basis: (h)(1)(D) motions, (h)(1)(A) for the § 4242 examination, (h)(1)(H), (h)(7)(A) with the complex-case factor where found', () => {
      const bases = new Map(clock.ledger.flatMap((p) => p.bases).map((b) => [b.id, b]));
      const of = (kind: string, entry: number) =>
        [...bases.values()].find((b) => b.kind === kind && b.sources[0]?.entry?.number === entry)!;
      expect(of('pretrialMotion', 12)).toMatchObject({
        citation: '18 U.S.C. § 3161(h)(1)(D)',
        aoCode: 'E',
        window: { from: '2013-11-12', to: '2013-11-14' },
      });
      expect(of('competencyExam', 54)).toMatchObject({
        citation: '18 U.S.C. § 3161(h)(1)(A)',
        aoCode: 'A',
        label: 'Mental examination (18 U.S.C. § 4242)',
        window: { from: '2015-04-09', to: '2015-10-19' },
      });
      expect(of('underAdvisement', 48)).toMatchObject({
        citation: '18 U.S.C. § 3161(h)(1)(H)',
        window: { from: '2015-11-24', to: '2015-11-24' },
      });
      // Motion 48: (D) from its filing to the day the last briefs were due (entry 67), then one day under advisement.
      expect(of('pretrialMotion', 48).window).toEqual({ from: '2015-03-25', to: '2015-11-23' });
      // Reasons on the record: "unusual and complex" (entries 24, 29), the insanity defense (entry 70).
      expect(of('endsOfJustice', 24)).toMatchObject({
        citation: '18 U.S.C. § 3161(h)(7)(A), (B)(ii)',
        flags: [],
      });
      expect(of('endsOfJustice', 29)).toMatchObject({
        citation: '18 U.S.C. § 3161(h)(7)(A), (B)(ii)',
        flags: [],
      });
      expect(of('endsOfJustice', 70)).toMatchObject({
        window: { from: '2015-11-24', to: '2016-01-06' },
        flags: [],
      });
      // Recited without reasons in the docket text: excluded provisionally, flagged (Zedner).
      for (const entry of [15, 17, 20, 22, 23, 27, 46, 58, 65, 73, 76])
        expect(of('endsOfJustice', entry).flags, `entry ${entry}`).toContain('findingsUnverified');
      expect(of('endsOfJustice', 17).note).toMatch(/Bloate/);
    });

    it('leaves no window open after trial and nothing in force', () => {
      expect(clock.openExclusions).toEqual([]);
      const open = clock.ledger.flatMap((p) => [...p.bases, ...p.notes]).filter((b) => b.window.to === null);
      expect(open.map((b) => b.id)).toEqual([]);
      expect(clock.ledger.flatMap((p) => p.notes)).toEqual([]);
    });

    it('warns only of what a lawyer must check: unverified findings, the retroactive exclusion of entry 65, the oral waiver (no effect)', () => {
      const codes = benz.warnings.map((w) => `${w.code}:${w.events.join(',')}`);
      expect(codes).toEqual([
        ...[15, 17, 20, 22, 23, 27, 46, 58, 65].map((n) => `findingsUnverified:n${n}.timeExclusion`),
        'retroactiveEndsOfJustice:n65.timeExclusion',
        ...[73, 76].map((n) => `findingsUnverified:n${n}.timeExclusion`),
        'waiverNoEffect:n24.speedyTrialWaiver',
      ]);
    });

    it('flags entry 65 (order of 2015-10-27) for excluding from the amended motion in limine of 2015-03-25: 216 days before the order, still excluded', () => {
      const w = benz.warnings.find((x) => x.code === 'retroactiveEndsOfJustice')!;
      expect(w).toMatchObject({ severity: 'warning', date: '2015-10-27' });
      expect(w.message).toContain('216 days are (Wed 2015-03-25 to Mon 2015-10-26)');
      const b = clock.ledger
        .flatMap((p) => p.bases)
        .find((x) => x.sources[0]?.event === 'n65.timeExclusion')!;
      expect(b.flags).toContain('retroactiveEndsOfJustice');
      expect(clock.daysUsed).toBe(45);
    });
  });

  describe('ned.html with its coverage stated', () => {
    const file = load();
    const complete: SourceCoverage = {
      id: 'src-1',
      format: 'pacer-docket',
      description: 'PACER docket report',
      complete: true,
      periods: [],
      entryTexts: 'full',
      setBy: 'importer',
    };
    const base = computeSpeedyTrial(file, '2026-12-03').defendants[0]!.clocks.find(
      (c) => c.kind === 'trial',
    )!;

    it('a complete PACER docket report gives exactly the same ledger, 45 days used, nothing unknown', () => {
      const r = computeSpeedyTrial({ ...file, coverage: [complete] }, '2026-12-03');
      const c = r.defendants[0]!.clocks.find((x) => x.kind === 'trial')!;
      expect(c.ledger).toEqual(base.ledger);
      expect([c.used, c.daysUnknown, c.status]).toEqual([{ min: 45, max: 45 }, 0, 'ended']);
      expect(r.coverage).toMatchObject({ stated: true, complete: true });
    });

    it('an entry missing inside the unbroken exclusions changes nothing: a known exclusion covers its days', () => {
      // Entry 64 missing: filed between entry 63 (2015-10-19) and entry 65 (2015-10-27), days all excluded.
      const r = computeSpeedyTrial(
        {
          ...file,
          coverage: [{ ...complete, complete: false, entryNumbers: { from: 1, to: 90, missing: [64] } }],
        },
        '2026-12-03',
      );
      const c = r.defendants[0]!.clocks.find((x) => x.kind === 'trial')!;
      expect(c.ledger).toEqual(base.ledger);
      expect(c.used).toEqual({ min: 45, max: 45 });
    });

    it('a source that starts only on 2013-11-01 leaves the counted days before it unknown: 29–45 used', () => {
      // 2013-10-16 … 10-31 = 16 days unknown; the other 27 − 16 = 11 counted of the first stretch, plus 18: 29.
      const r = computeSpeedyTrial(
        {
          ...file,
          coverage: [{ ...complete, complete: false, periods: [{ from: '2013-11-01', to: '2016-12-31' }] }],
        },
        '2026-12-03',
      );
      const c = r.defendants[0]!.clocks.find((x) => x.kind === 'trial')!;
      expect(c.ledger.slice(0, 2).map(ledgerLine)).toEqual([
        '2013-10-16 2013-10-31 16 unknown',
        '2013-11-01 2013-11-11 11 counted',
      ]);
      expect([c.used, c.status]).toEqual([{ min: 29, max: 45 }, 'ended']);
    });
  });
}
