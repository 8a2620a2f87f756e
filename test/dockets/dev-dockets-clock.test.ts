/**
 * The Speedy Trial clocks of the development dockets, read as a defense lawyer reads them: a clock stops at the
 * plea or sentencing the docket shows, a co-defendant's plea agreement stops being imported once he pleads, and
 * the output says when the docket cannot tell.
 */
import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../src/case/index.ts';
import { importDocket } from '../../src/dockets/index.ts';
import { computeSpeedyTrial } from '../../src/law/speedy-trial/index.ts';
import { havePacerData, NO_PACER_DATA, readPacer } from '../helpers/shared-data.ts';

if (!havePacerData) {
  // The reason, printed: where the development dockets are looked for, and how to point elsewhere.
  console.log(NO_PACER_DATA);
  describe.skip(NO_PACER_DATA, () => {
    it('needs the development dockets', () => {});
  });
} else {
  const load = (path: string): CaseFile => {
    const r = importDocket(readPacer(`${path}.html`));
    if (!r.ok) throw new Error(`${path}: ${r.reason}`);
    return r.caseFile;
  };
  const AS_OF = '2026-12-03';

  describe('ncwd_1 (W.D.N.C. 1:03-cr-00076), a docket report run for Robert Warren (1)', () => {
    const f = load('dockets/district/ncwd_1');
    const r = computeSpeedyTrial(f, AS_OF);
    const trialOf = (n: number) =>
      r.defendants.find((d) => d.defendant === n)!.clocks.find((c) => c.kind === 'trial')!;

    it('reads Viki Warren’s (2) guilty plea of 2004-07-15 from the transcript of the "Plea/R. 11 proceedings" (filed 2005-03-08), and not a second one for Robert Warren, whose plea is docketed', () => {
      const pleas = f.events.filter(
        (e) => e.kind === 'plea' && e.provenance.source === 'docket' && e.provenance.entry === 'u2005-03-08',
      );
      expect(pleas).toMatchObject([{ date: '2004-07-15', plea: 'guilty', defendants: [2] }]);
    });

    it('stops Viki Warren’s trial clock at that plea, 0–17 of 70 days used (her own entries are not on this report), instead of keeping it open to today', () => {
      expect(trialOf(2)).toMatchObject({
        status: 'ended',
        used: { min: 0, max: 17 },
        end: { date: '2004-07-15', reason: 'guiltyPlea' },
      });
    });

    it('ends Robert Warren’s plea agreement (ECF 101) with his accepted guilty plea the same day, 2004-07-15', () => {
      const g = trialOf(1)
        .ledger.flatMap((p) => p.bases)
        .filter((b) => b.kind === 'pleaAgreementConsideration');
      expect(g.length).toBeGreaterThan(0);
      for (const b of g) expect(b.window).toEqual({ from: '2004-07-15', to: '2004-07-15' });
    });

    it('imports nothing of Robert (or Viki) Warren’s alone into a co-defendant’s clock after their pleas: the joinder for trial ended 2004-07-15 (§ 3161(h)(6))', () => {
      for (const n of [2, 6]) {
        const d = r.defendants.find((x) => x.defendant === n)!;
        expect(d.joinder.find((j) => j.defendant === 1)?.endedOn).toMatchObject({
          date: '2004-07-15',
          reason: 'guiltyPlea',
        });
        const imported = trialOf(n)
          .ledger.flatMap((p) => p.bases)
          // Periods of Robert and Viki Warren alone; those shared with R & V Warren Farms (3), whose own plea is not
          // on this report, are still imported through him.
          .filter((b) => b.importedFrom?.codefendants.every((x) => x === 1 || x === 2));
        expect(imported.length).toBeGreaterThan(0);
        for (const b of imported) expect(b.window.to! <= '2004-07-15').toBe(true);
      }
    });

    it('warns that Harold Dean Cole (6), known only from the docket text, may have entries this report does not show', () => {
      const cole = r.defendants.find((x) => x.defendant === 6)!;
      expect(cole.warnings.map((w) => w.code)).toContain('defendantNotInReport');
      expect(r.defendants[0]!.warnings.map((w) => w.code)).not.toContain('defendantNotInReport');
    });
  });

  describe('flmd_331869 (M.D. Fla. 6:16-cr-00270), a history report with event names only', () => {
    const f = load('docket_history_reports/flmd_331869');
    const d = computeSpeedyTrial(f, AS_OF).defendants[0]!;
    const trial = d.clocks.find((c) => c.kind === 'trial')!;

    it('closes the (h)(1)(G) window of the plea agreement (entry 22, 2017-03-03) at the sentencing (entry 45, 2017-08-25)', () => {
      const g = trial.ledger.flatMap((p) => p.bases).find((b) => b.kind === 'pleaAgreementConsideration')!;
      expect(g.window).toEqual({ from: '2017-03-03', to: '2017-08-25' });
      expect(g.flags).not.toContain('open');
    });

    it('stops the trial clock at the sentencing, 6–64 of 70 days used (58 unknown: two orders known by their names only), and says the plea is not on the docket as read', () => {
      // The history report gives event names only (coverage stated by the importer: entryTexts none, entries 35,
      // 38–42, 46, 50, 80 missing). Day 0 Wed 2016-12-21 (the indictment; the first appearance was earlier, on the
      // complaint). Counted 12-22…12-27 (6); entry 13 "Scheduling Order" (12-28) may have excluded time and has no
      // text: 12-28 … 2017-02-16, the day before the next event (the status conference and motion to continue of
      // 02-17), = 4 + 31 + 16 = 51 unknown; 02-17…02-23 excluded (the motion); 02-24…03-02 unknown (7: "Order on
      // motion to continue trial", entry 21 of 02-23, is known by its name only — whether it excluded time, and
      // which days, is on the order); 03-03…08-25 excluded (the plea agreement, (h)(1)(G)). Notices ("Notice of
      // Hearing") cannot move the clock; the missing entries lie inside the exclusions.
      // Used 6 at least, 6 + 51 + 7 = 64 at most.
      expect(trial).toMatchObject({
        status: 'ended',
        daysUsed: 6,
        daysUnknown: 58,
        used: { min: 6, max: 64 },
        end: { date: '2017-08-25', reason: 'sentenced' },
      });
      expect(trial.unknowns.map((u) => [u.cause, u.entries])).toEqual([
        ['entryWithoutText', [13]],
        ['windowNotShown', [21]],
      ]);
      expect(trial.unknowns.map((u) => u.settle)).toEqual([
        'read the text of entry #13',
        'read the text of order #21',
      ]);
      expect(d.warnings.map((w) => w.code)).toContain('convictionNotOnDocket');
    });
  });

  describe('azd (D. Ariz. 2:17-cr-00378): the amended joint motion to extend the time to indict', () => {
    const f = load('dockets/district/azd');
    const d = computeSpeedyTrial(f, AS_OF).defendants[0]!;
    const indictment = d.clocks.find((c) => c.kind === 'indictment')!;
    const motionBases = indictment.ledger.flatMap((p) => p.bases).filter((b) => b.kind === 'pretrialMotion');

    it('ends the original motion (mj entry 4, 2017-02-08) when the amended one (mj entry 5) is filed on 2017-02-09; the amended one runs to the order granting it (mj entry 7, 2017-02-10)', () => {
      const windows = new Map(motionBases.map((b) => [b.sources[0]!.event, b.window]));
      expect(windows.get('n4.motionFiled')).toEqual({ from: '2017-02-08', to: '2017-02-09' });
      expect(windows.get('n5.motionFiled')).toEqual({ from: '2017-02-09', to: '2017-02-10' });
      expect(motionBases.every((b) => !b.flags.includes('open'))).toBe(true);
    });

    it('counts 3–35 days at the information (may have run: 32 unknown behind the extension order) and says the extension’s window is in the order, not on the docket', () => {
      // Arrest Sat 2017-02-04 (day 0). Counted 02-05…02-07 (3); excluded 02-08…02-10 (3, the motions); the order
      // granting more time to indict (mj entry 7, 02-10) excluded days the docket text does not state, so
      // 02-11…03-14 (32) are unknown; 03-15 (the information and the lodged plea agreement) excluded. Used: 3 at
      // least, 35 at most — over the 30 of § 3161(b) only if the order excluded none of those days.
      expect(indictment).toMatchObject({
        status: 'mayHaveRun',
        daysUsed: 3,
        daysUnknown: 32,
        used: { min: 3, max: 35 },
      });
      expect(indictment.ledger.find((p) => p.status === 'unknown')).toMatchObject({
        from: '2017-02-11',
        to: '2017-03-14',
        days: 32,
      });
      // One unknown for the order, read from the decision of the motion for more time (the classifier adds no
      // second event for it).
      expect(indictment.ledger.find((p) => p.status === 'unknown')!.unknown!.map((u) => u.settle)).toEqual([
        expect.stringMatching(/^read the text of order #7\b/),
      ]);
      expect(d.warnings.map((w) => w.code)).toContain('extensionWindowNotOnDocket');
    });
  });

  describe('nynd_112359 (N.D.N.Y. 1:17-cr-00299): information, waiver and guilty plea on one day', () => {
    const f = load('docket_history_reports/nynd_112359');
    const d = computeSpeedyTrial(f, AS_OF).defendants[0]!;
    const trial = d.clocks.find((c) => c.kind === 'trial')!;

    it('ends the trial clock on day 0 at the plea, though the minute entry of the plea is docketed before the information (entry 20) on Wed 2017-11-22', () => {
      // Day 0 is the information (Wed 2017-11-22, later than the first appearance of 2017-03-20); the guilty plea
      // the same day ends the clock: 0 of 70 days, never "may have run" through the years after the report.
      expect(trial).toMatchObject({
        status: 'ended',
        daysUsed: 0,
        used: { min: 0, max: 0 },
        end: { date: '2017-11-22', reason: 'guiltyPlea' },
      });
      expect(d.warnings.map((w) => w.code)).not.toContain('clockMayHaveRun');
    });
  });

  describe('nysd_475766 (S.D.N.Y. 1:17-cr-00350), an excerpt whose last entry is of 2017-11-28', () => {
    const f = load('docket_history_reports/nysd_475766');

    it('says, first among the warnings, that the days after the last entry are assumed, when run years later', () => {
      const r = computeSpeedyTrial(f, AS_OF);
      expect(r.warnings[0]).toMatchObject({ code: 'docketStale', severity: 'warning', date: '2017-11-28' });
      expect(r.warnings[0]!.message).toContain('Open clocks: defendant 27');
    });

    it('does not warn when computed as of a date near the last entry', () => {
      const r = computeSpeedyTrial(f, '2017-12-15');
      expect(r.warnings.map((w) => w.code)).not.toContain('docketStale');
    });
  });
}
