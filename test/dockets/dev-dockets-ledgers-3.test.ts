/**
 * The Speedy Trial ledgers of the remaining development dockets and of the docket fixtures, asserted period by period
 * against a count by hand, as ned-clock.test.ts does for ned: ncwd_1 (a docket report run for one of seven
 * defendants), flmd_331869, nynd_112359 and nysd_475766 (docket histories), nysd_3 (a page the importer refuses, so
 * no clock), and the RECAP XML and CourtListener fixtures of United States v. Benz (entries 1–12 only).
 *
 * Conventions: dates are the docket's; day 0 is the trigger (§ 3161(b), (c)(1), § 3164(b)) and is not counted; each
 * day is counted in the period it falls in; an excluded interval is closed at both ends (filing day and ruling day of
 * a motion, both days an order names); a day is unknown where the record cannot tell whether it counts, and the days
 * used are then a range (min: every unknown day excluded; max: every unknown day counted).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../src/case/index.ts';
import { importDocket } from '../../src/dockets/index.ts';
import { computeSpeedyTrial } from '../../src/law/speedy-trial/index.ts';
import { expectLedger, ledgerLine } from '../helpers/ledger.ts';
import { havePacerData, NO_PACER_DATA, readPacer } from '../helpers/shared-data.ts';

const AS_OF = '2026-12-03';

const imported = (bytes: Buffer | string, name: string): CaseFile => {
  const r = importDocket(bytes);
  if (!r.ok) throw new Error(`${name}: ${r.reason}`);
  return r.caseFile;
};
const clocksOf = (f: CaseFile, defendant = 1) => {
  const d = computeSpeedyTrial(f, AS_OF).defendants.find((x) => x.defendant === defendant)!;
  return (kind: string) => d.clocks.find((c) => c.kind === kind)!;
};

describe('docket fixtures: United States v. Benz (D. Neb. 4:13-cr-03121), entries 1–12', () => {
  const fixture = (path: string) => readFileSync(new URL(`../fixtures/dockets/${path}`, import.meta.url));

  // Day 0 Tue 2013-10-15: the first appearance, arraignment and plea (entry 6), later than the indictment of Wed
  // 2013-09-25 (entry 1). Counted Oct 16–31 = 16 + Nov 1–11 = 11 → 27. The motion to modify the conditions of
  // release (entry 12, Tue 11-12) has no ruling among these entries (its grant, entry 13 of 11-14, is not in the
  // fixture): excluded from its filing through 30 more days, Nov 12–30 = 19 + Dec 1–12 = 12 → 31 (§ 3161(h)(1)(D),
  // (H)); the record ends at its last filing (11-12), so from Fri 12-13 every day is unknown: Dec 13–31 = 19,
  // 2014–2026 through Dec 3 = 4720 (13 years of 365 days, 2016, 2020 and 2024 leap: 4748, less Dec 4–31 2026 = 28)
  // → 4739. Used 27 at least, 27 + 4739 = 4766 at most: may have run, never "run".
  const benz = [
    '2013-10-16 2013-11-11 27 counted',
    '2013-11-12 2013-12-12 31 excluded pretrialMotion:12',
    '2013-12-13 2026-12-03 4739 unknown',
  ];

  for (const path of [
    'recap/ned-benz.docket.xml',
    'courtlistener/ned-benz.bundle.json',
    'courtlistener/ned-benz.two-dockets.json',
  ]) {
    it(`${path}: trial clock 27–4766 of 70 days, may have run; unknown after the last entry and after the motion's 30 days`, () => {
      const trial = clocksOf(imported(fixture(path), path))('trial');
      expect(trial.trigger.date).toBe('2013-10-15');
      expect(trial).toMatchObject({
        status: 'mayHaveRun',
        calendarDays: 4797,
        daysUsed: 27,
        daysExcluded: 31,
        daysUnknown: 4739,
        used: { min: 27, max: 4766 },
        left: { min: 0, max: 43 },
        end: null,
      });
      expectLedger(trial, benz);
      expect(trial.unknowns.map((u) => [u.cause, u.entries, u.window.from])).toEqual([
        ['outsideCoverage', [], '2013-11-13'],
        ['openMotion', [12], '2013-12-13'],
      ]);
    });
  }

  it('the docket alone (no entries) and a page of dockets holding it give no clock: nothing on the record starts one', () => {
    for (const path of ['courtlistener/ned-benz.docket.json', 'courtlistener/ned-benz.dockets-list.json']) {
      const d = computeSpeedyTrial(imported(fixture(path), path), AS_OF).defendants[0]!;
      expect(d.clocks).toEqual([]);
    }
  });
});

if (!havePacerData) {
  // The reason, printed: where the development dockets are looked for, and how to point elsewhere.
  console.log(NO_PACER_DATA);
  describe.skip(NO_PACER_DATA, () => {
    it('needs the development dockets', () => {});
  });
} else {
  const load = (path: string) => imported(readPacer(`${path}.html`), path);

  describe('azd (D. Ariz. 2:17-cr-00378): the order granting more time to indict (mj entry 7), one unknown item', () => {
    it('gives each clock it reaches one unknown item for order #7, with one settle hint, not one from the order and another from the motion it decides', () => {
      // The ledgers are in dev-dockets-ledgers.test.ts; here the count of items: the indictment clock and the
      // detention clock (§ 3164, both from the arrest of Sat 2017-02-04) are unknown Feb 11 … Mar 14 (32 days) for
      // the same single reason.
      const clock = clocksOf(load('dockets/district/azd'));
      for (const kind of ['indictment', 'detention']) {
        const items = clock(kind).unknowns;
        expect(items).toHaveLength(1);
        expect(items[0]).toMatchObject({ cause: 'windowNotShown', entries: [5, 7] });
        expect(items[0]!.settle).toMatch(/^read the text of order #7\b/);
        expect(
          clock(kind)
            .ledger.filter((p) => p.status === 'unknown')
            .map(ledgerLine),
        ).toEqual(['2017-02-11 2017-03-14 32 unknown']);
      }
    });
  });

  describe('nysd_3 (S.D.N.Y. 1:18-mj-03161), In the Matter of Search Warrants Executed on April 9, 2018', () => {
    it('is refused (the page text was rewritten by a browser extension), so there is no clock to count; the page has no entries either', () => {
      const r = importDocket(readPacer('dockets/district/nysd_3.html'));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(/browser extension/);
    });
  });

  describe('ncwd_1 (W.D.N.C. 1:03-cr-00076), a docket report run for Robert Warren (1)', () => {
    const f = load('dockets/district/ncwd_1');
    const r = computeSpeedyTrial(f, AS_OF);
    const trialOf = (n: number) =>
      r.defendants.find((d) => d.defendant === n)!.clocks.find((c) => c.kind === 'trial')!;

    it('Robert Warren (1): day 0 Thu 2003-10-09, guilty plea Thu 2004-07-15; 17 of 70 days used', () => {
      // Day 0 Thu 2003-10-09: the sealed indictment of 10-08 (entry 3) unsealed 10-09, and the initial appearance of
      // 10-09 before the magistrate judge of this court (§ 3161(c)(1): both the same day). Counted Oct 10–26 = 17.
      // From Mon 10-27 every day to the plea is excluded (Oct 27–31 = 5, Nov 30, Dec 31, Jan 31, Feb 29 (2004 is a
      // leap year), Mar 31, Apr 30, May 31, Jun 30, Jul 1–15 = 15 → 263):
      //   entry 31, "to Continue in Interests of Justice Time excluded from 10/27/03 to 1/5/04" (§ 3161(h)(7));
      //   entry 34, "Standard Discovery Motion" of 10-30, never ruled on in this report: pending to the plea
      //     ((h)(1)(D));
      //   motion 62 of 12-18 granted 12-23 by entry 63, which excludes 12/23/03 to 3/1/04;
      //   entry 67, 2/4/04 to 5/3/04; motion 79 of 4-13 granted 4-14 by entry 80, which excludes 4/14/04 to 7/19/04;
      //   the Government's motion for a peremptory setting (entry 85), made and granted 5-25 (entry 86);
      //   the plea agreement (entry 101) before the court the day of the plea ((h)(1)(G)).
      // 17 + 263 = 280 calendar days; 53 left.
      const trial = trialOf(1);
      expect(trial.trigger.date).toBe('2003-10-09');
      expect(trial).toMatchObject({
        status: 'ended',
        calendarDays: 280,
        daysUsed: 17,
        daysExcluded: 263,
        daysUnknown: 0,
        used: { min: 17, max: 17 },
        left: { min: 53, max: 53 },
        end: { date: '2004-07-15', reason: 'guiltyPlea' },
      });
      expectLedger(trial, [
        '2003-10-10 2003-10-26 17 counted',
        '2003-10-27 2003-10-29 3 excluded endsOfJustice:31',
        // Oct 30–31 = 2 + Nov 30 + Dec 1–17 = 17
        '2003-10-30 2003-12-17 49 excluded endsOfJustice:31 pretrialMotion:34',
        '2003-12-18 2003-12-22 5 excluded endsOfJustice:31 pretrialMotion:34 pretrialMotion:62/63',
        '2003-12-23 2003-12-23 1 excluded endsOfJustice:31 pretrialMotion:34 pretrialMotion:62/63 endsOfJustice:63',
        '2003-12-24 2004-01-05 13 excluded endsOfJustice:31 pretrialMotion:34 endsOfJustice:63',
        '2004-01-06 2004-02-03 29 excluded pretrialMotion:34 endsOfJustice:63',
        '2004-02-04 2004-03-01 27 excluded pretrialMotion:34 endsOfJustice:63 endsOfJustice:67',
        '2004-03-02 2004-04-12 42 excluded pretrialMotion:34 endsOfJustice:67',
        '2004-04-13 2004-04-13 1 excluded pretrialMotion:34 endsOfJustice:67 pretrialMotion:79/80',
        '2004-04-14 2004-04-14 1 excluded pretrialMotion:34 endsOfJustice:67 pretrialMotion:79/80 endsOfJustice:80',
        '2004-04-15 2004-05-03 19 excluded pretrialMotion:34 endsOfJustice:67 endsOfJustice:80',
        '2004-05-04 2004-05-24 21 excluded pretrialMotion:34 endsOfJustice:80',
        '2004-05-25 2004-05-25 1 excluded pretrialMotion:34 endsOfJustice:80 pretrialMotion:85/86',
        // May 26–31 = 6 + Jun 30 + Jul 1–14 = 14
        '2004-05-26 2004-07-14 50 excluded pretrialMotion:34 endsOfJustice:80',
        '2004-07-15 2004-07-15 1 excluded pretrialMotion:34 endsOfJustice:80 pleaAgreementConsideration:101/?',
      ]);
    });

    it('Viki Warren (2): day 0 Thu 2003-10-09, guilty plea 2004-07-15 (from the Rule 11 transcript); 0–17 days used: her own entries are not on this report', () => {
      // The same start (her initial appearance is in the joint minute entry of 10-09). The report lists only Robert
      // Warren's entries: an entry of hers alone (a motion, a continuance) is not on it, so Oct 10–26 (17) are
      // unknown for her rather than counted. From 10-27 every day is excluded, by Robert Warren's orders and
      // motion imported under § 3161(h)(6) (entries 31, 34, 67; joined for trial until their pleas of 07-15) and by
      // those naming her (62/63, 63, 79/80, 80, 85/86): 263 days, as for him.
      const trial = trialOf(2);
      expect(trial.trigger.date).toBe('2003-10-09');
      expect(trial).toMatchObject({
        status: 'ended',
        calendarDays: 280,
        daysUsed: 0,
        daysExcluded: 263,
        daysUnknown: 17,
        used: { min: 0, max: 17 },
        left: { min: 53, max: 70 },
        end: { date: '2004-07-15', reason: 'guiltyPlea' },
      });
      expectLedger(trial, [
        '2003-10-10 2003-10-26 17 unknown',
        '2003-10-27 2003-10-29 3 excluded codefendant:31',
        '2003-10-30 2003-12-17 49 excluded codefendant:31 codefendant:34',
        '2003-12-18 2003-12-22 5 excluded codefendant:31 codefendant:34 pretrialMotion:62/63',
        '2003-12-23 2003-12-23 1 excluded codefendant:31 codefendant:34 pretrialMotion:62/63 endsOfJustice:63',
        '2003-12-24 2004-01-05 13 excluded codefendant:31 codefendant:34 endsOfJustice:63',
        '2004-01-06 2004-02-03 29 excluded codefendant:34 endsOfJustice:63',
        '2004-02-04 2004-03-01 27 excluded codefendant:34 endsOfJustice:63 codefendant:67',
        '2004-03-02 2004-04-12 42 excluded codefendant:34 codefendant:67',
        '2004-04-13 2004-04-13 1 excluded codefendant:34 codefendant:67 pretrialMotion:79/80',
        '2004-04-14 2004-04-14 1 excluded codefendant:34 codefendant:67 pretrialMotion:79/80 endsOfJustice:80',
        '2004-04-15 2004-05-03 19 excluded codefendant:34 codefendant:67 endsOfJustice:80',
        '2004-05-04 2004-05-24 21 excluded codefendant:34 endsOfJustice:80',
        '2004-05-25 2004-05-25 1 excluded codefendant:34 endsOfJustice:80 pretrialMotion:85/86',
        '2004-05-26 2004-07-14 50 excluded codefendant:34 endsOfJustice:80',
        '2004-07-15 2004-07-15 1 excluded codefendant:34 endsOfJustice:80 codefendant:101/?',
      ]);
      expect(trial.unknowns.map((u) => [u.cause, u.window, u.settle])).toEqual([
        [
          'outsideCoverage',
          { from: '2003-10-08', to: null },
          'import the docket report run for Viki Warren (2), or for all defendants',
        ],
      ]);
    });

    for (const [n, name] of [
      [5, 'Demetrio Jaimes'],
      [6, 'Harold Dean Cole'],
    ] as const) {
      it(`${name} (${n}): day 0 Thu 2003-10-09; 0–1121 days used, may have run — never "run" on a report that does not show his entries`, () => {
        // He appeared 10-09 in the joint minute entry ("Initial Appearance as to Robert Warren, Viki Warren, Demetrio
        // Jaimes, Harold Dean Cole held"; Jaimes is defendant 5, named by the order of entry 61's list of all seven).
        // His own entries are not on this report: every day no entry on it excludes is unknown. Oct 10–26 (17)
        // unknown; 10-27 … 2004-07-19 excluded by his co-defendants' orders and motions imported under § 3161(h)(6)
        // (Robert and Viki Warren's to their pleas of 07-15; entry 80's window, shared with R & V Warren Farms (3),
        // to 07-19) and the peremptory setting of 5-25 (85/86); 2004-07-20 … 2007-07-28 unknown: Jul 20–31 = 12 +
        // Aug–Dec 153 = 165, 2005 365, 2006 365, 2007 Jan 1–Jul 28 = 209 → 1104; from 2007-07-29 the motions on the
        // report after the Warrens' judgments (entries 242, 244, 269/272) cover every day to the as-of date. Used 0
        // at least, 17 + 1104 = 1121 at most.
        const trial = trialOf(n);
        expect(trial.trigger.date).toBe('2003-10-09');
        expect(trial).toMatchObject({
          status: 'mayHaveRun',
          calendarDays: 8456,
          daysUsed: 0,
          daysUnknown: 1121,
          used: { min: 0, max: 1121 },
          left: { min: 0, max: 70 },
          end: null,
        });
        const lines = trial.ledger.map(ledgerLine);
        expect(lines[0]).toBe('2003-10-10 2003-10-26 17 unknown');
        expect(lines.slice(15, 18)).toEqual([
          '2004-07-15 2004-07-15 1 excluded codefendant:34 codefendant:80 codefendant:101/?',
          '2004-07-16 2004-07-19 4 excluded codefendant:80',
          '2004-07-20 2007-07-28 1104 unknown',
        ]);
        expect(trial.ledger.filter((p) => p.status === 'counted')).toEqual([]);
        const codes = r.defendants.find((x) => x.defendant === n)!.warnings.map((w) => w.code);
        expect(codes).not.toContain('clockRun');
        expect(codes).toContain('clockMayHaveRun');
      });
    }

    it('R & V Warren Farms (3), George T. Kiser (4) and Thomas Jeffrey Marsh (7): no appearance on this report, so no clock has started', () => {
      for (const n of [3, 4, 7]) {
        expect(trialOf(n)).toMatchObject({ status: 'notStarted', calendarDays: 0, ledger: [] });
        expect(trialOf(n).trigger.date).toBeNull();
      }
      expect(r.defendants.map((d) => d.name)).toEqual([
        'Robert Warren',
        'Viki Warren',
        'R & V Warren Farms, Inc.',
        'George T. Kiser',
        'Demetrio Jaimes',
        'Harold Dean Cole',
        'Thomas Jeffrey Marsh',
      ]);
    });
  });

  describe('flmd_331869 (M.D. Fla. 6:16-cr-00270), a docket history with event names only', () => {
    const clock = clocksOf(load('docket_history_reports/flmd_331869'));
    // The periods from the indictment on, shared by both clocks: entry 13 "Scheduling Order" (Wed 2016-12-28) has no
    // text, and may have excluded time until the next event, the status conference and motion to continue trial of
    // Fri 2017-02-17 (entries 18, 19): Dec 28–31 = 4 + Jan 31 + Feb 1–16 = 16 → 51 unknown. The motion (entry 19,
    // 02-17) to the order on it (entry 21, Thu 02-23): 7 excluded ((h)(1)(D)). That order continued trial for a
    // window the history does not show: Fri 02-24 … Thu 03-02, the day before the plea agreement, 7 unknown. The plea
    // agreement (entry 22, Fri 03-03) is before the court until the sentencing (entry 45, Fri 08-25), where the
    // court accepts it ((h)(1)(G)): Mar 3–31 = 29, Apr 30, May 31, Jun 30, Jul 31, Aug 1–25 = 25 → 176 excluded; the
    // motion to seal (47 → 48, 08-25) lies inside it. The motion for forfeiture (36 → 37, 08-16…08-18) is no
    // pretrial motion (criminal forfeiture follows the conviction, Fed. R. Crim. P. 32.2): it excludes nothing.
    const fromIndictment = [
      '2016-12-28 2017-02-16 51 unknown',
      '2017-02-17 2017-02-23 7 excluded pretrialMotion:19/21',
      '2017-02-24 2017-03-02 7 unknown',
      '2017-03-03 2017-08-24 175 excluded pleaAgreementConsideration:22/45',
      '2017-08-25 2017-08-25 1 excluded pleaAgreementConsideration:22/45 pretrialMotion:47/48',
    ];

    it('trial clock: day 0 Wed 2016-12-21 (the indictment), sentencing 2017-08-25; 6–64 of 70 days used', () => {
      // Day 0: the indictment (entry 8, 12-21), later than the first appearance on the complaint (entry 2, 11-30).
      // Counted Dec 22–27 = 6 (the waiver of presence at arraignment, entry 10 of 12-27, is not a motion).
      // 247 calendar days = 6 + 58 unknown + 183 excluded. Used 6 at least, 6 + 58 = 64 at most.
      expect(clock('trial')).toMatchObject({
        status: 'ended',
        calendarDays: 247,
        daysUsed: 6,
        daysExcluded: 183,
        daysUnknown: 58,
        used: { min: 6, max: 64 },
        left: { min: 6, max: 64 },
        end: { date: '2017-08-25', reason: 'sentenced' },
      });
      expectLedger(clock('trial'), ['2016-12-22 2016-12-27 6 counted', ...fromIndictment]);
    });

    it('detention clock (§ 3164): day 0 Wed 2016-11-30 (order of detention), sentencing 2017-08-25; 27–85 of 90 days used', () => {
      // Dec 1–27 = 27 counted: between the detention order and the scheduling order the history shows the order
      // appointing the public defender (entry 4, 11-30; appointing counsel excludes nothing), a notice of
      // appearance, the indictment, a notice of hearing and the waiver of presence at arraignment. Then as above.
      // 268 calendar days = 27 + 58 unknown + 183 excluded; used 27 at least, 85 at most: under 90 either way.
      expect(clock('detention')).toMatchObject({
        status: 'ended',
        calendarDays: 268,
        daysUsed: 27,
        daysExcluded: 183,
        daysUnknown: 58,
        used: { min: 27, max: 85 },
        left: { min: 5, max: 63 },
        end: { date: '2017-08-25', reason: 'sentenced' },
      });
      expectLedger(clock('detention'), ['2016-12-01 2016-12-27 27 counted', ...fromIndictment]);
      expect(clock('detention').unknowns.map((u) => [u.cause, u.entries])).toEqual([
        ['entryWithoutText', [13]],
        ['windowNotShown', [21]],
      ]);
    });
  });

  describe('nynd_112359 (N.D.N.Y. 1:17-cr-00299), complaint, stipulated exclusions, information and plea', () => {
    const clock = clocksOf(load('docket_history_reports/nynd_112359'));

    it('trial clock: the information and the guilty plea the same day, Wed 2017-11-22: an empty ledger', () => {
      expect(clock('trial')).toMatchObject({ status: 'ended', calendarDays: 0, daysUsed: 0, ledger: [] });
    });

    it('detention clock (§ 3164): day 0 Thu 2017-03-23 (the order on the waived detention hearing), guilty plea 2017-11-22; 56 of 90 days used', () => {
      // Counted Mar 24–31 = 8 + Apr 1–10 = 10 → 18. The four "STIPULATION and ORDER FOR ENLARGEMENT OF TIME" orders
      // exclude 4/11–7/10 (entry 7), 7/10–8/9 (12), 8/10–9/11 (14) and 9/8–10/10 (16), an unbroken run: Apr 11–30 = 20,
      // May 31, Jun 30, Jul 31, Aug 31, Sep 30, Oct 1–10 = 10 → 183. Counted Oct 11–26 = 16. The letter asking for a
      // pre-plea report (entry 17, 10-27), denied 10-30 (entry 18): 4 excluded. Counted Oct 31 + Nov 1–21 = 22. The
      // plea agreement handed up at the plea, 11-22: 1 excluded. 18 + 16 + 22 = 56 used; 244 calendar days.
      expect(clock('detention')).toMatchObject({
        status: 'ended',
        calendarDays: 244,
        daysUsed: 56,
        daysExcluded: 188,
        daysUnknown: 0,
        used: { min: 56, max: 56 },
        left: { min: 34, max: 34 },
        end: { date: '2017-11-22', reason: 'guiltyPlea' },
      });
      expectLedger(clock('detention'), [
        '2017-03-24 2017-04-10 18 counted',
        '2017-04-11 2017-07-09 90 excluded endsOfJustice:7',
        '2017-07-10 2017-07-10 1 excluded endsOfJustice:7 endsOfJustice:12',
        '2017-07-11 2017-08-09 30 excluded endsOfJustice:12',
        '2017-08-10 2017-09-07 29 excluded endsOfJustice:14',
        '2017-09-08 2017-09-11 4 excluded endsOfJustice:14 endsOfJustice:16',
        '2017-09-12 2017-10-10 29 excluded endsOfJustice:16',
        '2017-10-11 2017-10-26 16 counted',
        '2017-10-27 2017-10-30 4 excluded pretrialMotion:17/18',
        '2017-10-31 2017-11-21 22 counted',
        '2017-11-22 2017-11-22 1 excluded pleaAgreementConsideration:?/?',
      ]);
    });
  });

  describe('nysd_475766 (S.D.N.Y. 1:17-cr-00350), a history excerpt (entries 57–410) of a 28-defendant case', () => {
    const r = computeSpeedyTrial(load('docket_history_reports/nysd_475766'), AS_OF);

    it('Avtandil Khurtsidze (27): day 0 Thu 2017-06-08; nothing counted through 2017-12-08, then unknown: 0–3282 days, may have run', () => {
      // The S1 superseding indictment, filed under seal 6/6 and unsealed 6/7 (entries 57, 58); his initial appearance
      // and arraignment on it Thu 6/8 (entry 61 and the minute entry of 6/8): day 0 is 6/8. Excluded without a break:
      //   entry 102 (6/14), "Time excluded from 6/9/17 until 9/8/17" (§ 3161(h)(7)): Jun 9–30 = 22, Jul 31,
      //     Aug 31, Sep 1–8 = 8 → 92;
      //   entry 286 (9/12), "excluded from 9/8/2017 to 12/8/2017": Sep 9–30 = 22, Oct 31, Nov 30, Dec 1–8 = 8 → 91;
      //   inside them, the letter motions 138 (6/23 → terminated 6/27), 229 (8/10 → 235, 8/16), 279 (9/8 → 280), 374
      //     (11/8 → 377, 11/9), and the Government's Curcio letter motion 310 (9/28), not ruled on in the excerpt
      //     (excluded to 10/28, then pending without a ruling).
      // 92 + 91 = 183 excluded. The excerpt's last entry is of 11/28/2017: from 12/9/2017 to the as-of date every day
      // is unknown (Dec 9–31 = 23 + 2018–2025 = 2922 + 2026 Jan 1–Dec 3 = 337 → 3282).
      const trial = r.defendants.find((d) => d.defendant === 27)!.clocks.find((c) => c.kind === 'trial')!;
      expect(trial.trigger.date).toBe('2017-06-08');
      expect(trial).toMatchObject({
        status: 'mayHaveRun',
        calendarDays: 3465,
        daysUsed: 0,
        daysExcluded: 183,
        daysUnknown: 3282,
        used: { min: 0, max: 3282 },
        left: { min: 0, max: 70 },
      });
      expectLedger(trial, [
        '2017-06-09 2017-06-22 14 excluded endsOfJustice:102',
        '2017-06-23 2017-06-27 5 excluded endsOfJustice:102 pretrialMotion:138/138',
        '2017-06-28 2017-08-09 43 excluded endsOfJustice:102',
        '2017-08-10 2017-08-16 7 excluded endsOfJustice:102 pretrialMotion:229/235',
        '2017-08-17 2017-09-07 22 excluded endsOfJustice:102',
        '2017-09-08 2017-09-08 1 excluded endsOfJustice:102 endsOfJustice:286 pretrialMotion:279/280',
        '2017-09-09 2017-09-27 19 excluded endsOfJustice:286',
        '2017-09-28 2017-10-28 31 excluded endsOfJustice:286 pretrialMotion:310',
        '2017-10-29 2017-11-07 10 excluded endsOfJustice:286',
        '2017-11-08 2017-11-09 2 excluded endsOfJustice:286 pretrialMotion:374/377',
        '2017-11-10 2017-12-08 29 excluded endsOfJustice:286',
        '2017-12-09 2026-12-03 3282 unknown',
      ]);
      expect(trial.unknowns.map((u) => [u.cause, u.entries, u.window.from])).toEqual([
        ['openMotion', [310], '2017-10-29'],
        ['afterReport', [], '2017-11-29'],
      ]);
    });

    it('Avtandil Khurtsidze (27), § 3164 detention clock: bail set 6/8 but "to be detained until all conditions are met", and still detained: day 0 Thu 2017-06-08, the same periods as the trial clock, 0–3282 days of 90, may have run', () => {
      // The minute entry of 6/8 (entry 61) sets bail ($200,000 PRB; 4 FRP; secured by $30,000 cash) and says
      // "Defendant to be detained until all conditions are met": he stays in custody, and no later entry of the
      // excerpt shows the conditions met or a release ("Detention continued", 9/8 and 10/10). The detention began on
      // 6/8 (no arrest on this docket), so day 0 is 6/8, as for the trial clock, and the same § 3161(h) periods are
      // excluded (§ 3164(b)): 92 + 91 = 183 through 12/8/2017, then unknown to the as-of date (3282 days).
      const detention = r.defendants
        .find((d) => d.defendant === 27)!
        .clocks.find((c) => c.kind === 'detention')!;
      expect(detention.trigger.date).toBe('2017-06-08');
      expect(detention.trigger.text).toMatch(/held Thu 2017-06-08 until the conditions of release are met/);
      expect(detention.trigger.components[0]!.source).toMatchObject({
        kind: 'releaseOrder',
        entry: { number: 61 },
        quote: 'detained until all conditions are met',
      });
      expect(detention).toMatchObject({
        status: 'mayHaveRun',
        end: null,
        calendarDays: 3465,
        daysUsed: 0,
        daysExcluded: 183,
        daysUnknown: 3282,
        used: { min: 0, max: 3282 },
        left: { min: 0, max: 90 },
      });
      expectLedger(detention, [
        '2017-06-09 2017-06-22 14 excluded endsOfJustice:102',
        '2017-06-23 2017-06-27 5 excluded endsOfJustice:102 pretrialMotion:138/138',
        '2017-06-28 2017-08-09 43 excluded endsOfJustice:102',
        '2017-08-10 2017-08-16 7 excluded endsOfJustice:102 pretrialMotion:229/235',
        '2017-08-17 2017-09-07 22 excluded endsOfJustice:102',
        '2017-09-08 2017-09-08 1 excluded endsOfJustice:102 endsOfJustice:286 pretrialMotion:279/280',
        '2017-09-09 2017-09-27 19 excluded endsOfJustice:286',
        '2017-09-28 2017-10-28 31 excluded endsOfJustice:286 pretrialMotion:310',
        '2017-10-29 2017-11-07 10 excluded endsOfJustice:286',
        '2017-11-08 2017-11-09 2 excluded endsOfJustice:286 pretrialMotion:374/377',
        '2017-11-10 2017-12-08 29 excluded endsOfJustice:286',
        '2017-12-09 2026-12-03 3282 unknown',
      ]);
    });

    it('the other 27 defendants: the excerpt holds none of their charging instruments or first appearances (entries 1–56), so it starts no clock of theirs', () => {
      for (const d of r.defendants.filter((x) => x.defendant !== 27)) expect(d.clocks).toEqual([]);
    });
  });
}
