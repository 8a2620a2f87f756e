/**
 * The Speedy Trial ledgers of four more development dockets — hid, casd, mowd and casd_2 — asserted period by period
 * against a count by hand, as dev-dockets-ledgers.test.ts does for azd, caed_2, casd_3 and casd_5. Each line is
 * "from to days status basis provision:entries …"; for an unknown period, the cause and the entries to read. Dates
 * are the docket's; a day is counted in the period it falls in; day 0 is the trigger (§ 3161(b), (c)(1), § 3164(b))
 * and the last day is the event that ends the clock.
 *
 * How a motion is excluded (§ 3161(h)(1)(D), (H); Henderson v. United States, 476 U.S. 321 (1986)): from its filing
 * through the conclusion of the hearing on it — the motion hearing its minutes cite, or every motion then pending
 * at a motion hearing that cites none, or the hearing at which it was made orally — then at most 30 days under
 * advisement; the days after those 30 count until it is decided.
 */
import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../src/case/index.ts';
import { importDocket } from '../../src/dockets/index.ts';
import { type Clock, computeSpeedyTrial, type LedgerPeriod } from '../../src/law/speedy-trial/index.ts';
import { expectLedger as expectLines } from '../helpers/ledger.ts';
import { havePacerData, NO_PACER_DATA, readPacer } from '../helpers/shared-data.ts';

/** "2004-06-09 2004-06-10 2 excluded pretrialMotion (h)(1)(D):5/9": each basis with its provision and entries. */
const line = (p: LedgerPeriod) =>
  [
    p.from,
    p.to,
    p.days,
    p.status,
    ...p.bases.map(
      (b) =>
        `${b.kind} ${b.citation.replace(/^18 U\.S\.C\. § 3161/, '')}:${[...new Set(b.sources.map((s) => s.entry?.number ?? '?'))].join('/')}`,
    ),
    ...(p.unknown ?? []).map((u) => `${u.cause}:${u.entries.join('/')}`),
  ].join(' ');
const expectLedger = (clock: Clock, periods: readonly string[]) => expectLines(clock, periods, line);

if (!havePacerData) {
  // The reason, printed: where the development dockets are looked for, and how to point elsewhere.
  console.log(NO_PACER_DATA);
  describe.skip(NO_PACER_DATA, () => {
    it('needs the development dockets', () => {});
  });
} else {
  const load = (name: string): CaseFile => {
    const r = importDocket(readPacer(`dockets/district/${name}.html`));
    if (!r.ok) throw new Error(`${name}: ${r.reason}`);
    return r.caseFile;
  };
  const defendant = (name: string) => computeSpeedyTrial(load(name), '2026-12-03').defendants[0]!;
  const clocks = (name: string) => {
    const d = defendant(name);
    return (kind: string) => d.clocks.find((c) => c.kind === kind)!;
  };

  describe('hid (D. Haw. 1:04-cr-00233), United States v. Furtado', () => {
    const clock = clocks('hid');

    it('indictment clock: arrest Tue 2004-06-08 (day 0), indictment Wed 2004-06-16; 6 of 30 days used', () => {
      // Arrest on the amended complaint's warrant, "Returned Executed on 6/8/04" (entry 47); initial appearance in
      // custody the same day (entry 6). The Government's motion to detain (entry 5, 6/8) was heard at the detention
      // hearing and denied on 6/10 (entry 9): (h)(1)(D) 6/8–6/10, of which 6/9–6/10 are after day 0. Counted
      // 6/11–6/16 = 6; the indictment (entry 10) 6/16.
      expect(clock('indictment')).toMatchObject({
        status: 'met',
        calendarDays: 8,
        daysUsed: 6,
        daysExcluded: 2,
        daysUnknown: 0,
        used: { min: 6, max: 6 },
        left: { min: 24, max: 24 },
        end: { date: '2004-06-16', reason: 'indictmentFiled' },
      });
      expectLedger(clock('indictment'), [
        '2004-06-09 2004-06-10 2 excluded pretrialMotion (h)(1)(D):5/9',
        '2004-06-11 2004-06-16 6 counted',
      ]);
    });

    it('detention clock (§ 3164): arrested 2004-06-08, released on bond 2004-06-10; nothing used', () => {
      // Temporary detention pending the hearing (entry 8); released on a $25,000 unsecured bond at the hearing of
      // 6/10 (entry 9), the day the motion to detain was denied.
      expect(clock('detention')).toMatchObject({
        status: 'ended',
        calendarDays: 2,
        daysUsed: 0,
        daysExcluded: 2,
        used: { min: 0, max: 0 },
        end: { date: '2004-06-10', reason: 'released' },
      });
      expectLedger(clock('detention'), ['2004-06-09 2004-06-10 2 excluded pretrialMotion (h)(1)(D):5/9']);
    });

    it('trial clock: indictment Wed 2004-06-16 (day 0), dismissed 2005-04-13; 81 days used — 11 over the 70 at the dismissal', () => {
      // Day 0 is the indictment (entry 10), later than the first appearance (6/8, on the complaint).
      //   6/17–8/16 counted: June 17–30 = 14 + July 31 + Aug 1–16 = 16 = 61. The stipulated continuance (minutes,
      //     entry 16, 7/16; stipulation and order, entry 17, 7/23) excludes from 8/17 only.
      //   8/17–10/19 (h)(7)(A), entry 17 ("time excluded between 08/17/2004 thru 10/19/2004"): Aug 17–31 = 15 +
      //     Sep 30 + Oct 1–18 = 18 = 63, and 10/19, the first day of entry 19 (10/19/2004 thru 01/25/2005).
      //   Motion to suppress (entry 20, 11/12): argued 1/18 and the hearing continued to 2/18 (entry 32), heard with a
      //     witness and granted on 2/18 (entry 38) — (h)(1)(D) 11/12–2/18.
      //   Motions to dismiss no. 1 and no. 2 (entries 22, 23, 11/22): no. 1 heard and denied 1/28 (entry 36, written
      //     order entry 37); no. 2 heard and "TAKEN UNDER ADVISEMENT" 1/18 (entry 32), never decided — (h)(1)(D)
      //     11/22–1/18, then (h)(1)(H) 1/19–2/17, the 30 days; after them it excludes nothing.
      //   Stipulation and order of 11/22 (entry 25): (h)(7)(A) 1/25/2005 thru 3/22/2005.
      //   Motion to remove a condition of bail (entry 40, 3/17), heard and granted 3/24 (entry 43): 3/17–3/24.
      //   3/25–4/13 counted: Mar 25–31 = 7 + Apr 1–13 = 13 = 20. Nothing was pending: the suppression order of 4/8
      //     (entry 45) writes down the ruling of 2/18, and no appeal was taken.
      // Used 61 + 20 = 81; the 70th day was Sat 2005-04-02. The order for dismissal (entry 46) ends the clock.
      expect(clock('trial')).toMatchObject({
        status: 'suspended',
        calendarDays: 301,
        daysUsed: 81,
        daysExcluded: 220,
        daysUnknown: 0,
        used: { min: 81, max: 81 },
        left: { min: 0, max: 0 },
        end: { date: '2005-04-13' },
      });
      expect(clock('trial').statusText).toMatch(/81 of 70 days used at dismissal/);
      expectLedger(clock('trial'), [
        '2004-06-17 2004-08-16 61 counted',
        '2004-08-17 2004-10-18 63 excluded endsOfJustice (h)(7)(A):17',
        '2004-10-19 2004-10-19 1 excluded endsOfJustice (h)(7)(A):17 endsOfJustice (h)(7)(A):19',
        // Oct 20–31 = 12 + Nov 1–11 = 11
        '2004-10-20 2004-11-11 23 excluded endsOfJustice (h)(7)(A):19',
        '2004-11-12 2004-11-21 10 excluded endsOfJustice (h)(7)(A):19 pretrialMotion (h)(1)(D):20/32/38',
        // Nov 22–30 = 9 + Dec 31 + Jan 1–18 = 18
        '2004-11-22 2005-01-18 58 excluded endsOfJustice (h)(7)(A):19 pretrialMotion (h)(1)(D):20/32/38 pretrialMotion (h)(1)(D):22/36 pretrialMotion (h)(1)(D):23/32',
        '2005-01-19 2005-01-24 6 excluded endsOfJustice (h)(7)(A):19 pretrialMotion (h)(1)(D):20/32/38 pretrialMotion (h)(1)(D):22/36 underAdvisement (h)(1)(H):23/32',
        '2005-01-25 2005-01-25 1 excluded endsOfJustice (h)(7)(A):19 pretrialMotion (h)(1)(D):20/32/38 pretrialMotion (h)(1)(D):22/36 underAdvisement (h)(1)(H):23/32 endsOfJustice (h)(7)(A):25',
        '2005-01-26 2005-01-28 3 excluded pretrialMotion (h)(1)(D):20/32/38 pretrialMotion (h)(1)(D):22/36 underAdvisement (h)(1)(H):23/32 endsOfJustice (h)(7)(A):25',
        // Jan 29–31 = 3 + Feb 1–17 = 17
        '2005-01-29 2005-02-17 20 excluded pretrialMotion (h)(1)(D):20/32/38 underAdvisement (h)(1)(H):23/32 endsOfJustice (h)(7)(A):25',
        '2005-02-18 2005-02-18 1 excluded pretrialMotion (h)(1)(D):20/32/38 endsOfJustice (h)(7)(A):25',
        // Feb 19–28 = 10 + Mar 1–16 = 16
        '2005-02-19 2005-03-16 26 excluded endsOfJustice (h)(7)(A):25',
        '2005-03-17 2005-03-22 6 excluded endsOfJustice (h)(7)(A):25 pretrialMotion (h)(1)(D):40/43',
        '2005-03-23 2005-03-24 2 excluded pretrialMotion (h)(1)(D):40/43',
        '2005-03-25 2005-04-13 20 counted',
      ]);
    });
  });

  describe('casd (S.D. Cal. 3:15-cr-00331), United States v. Delatorre-Rivera: a report of documents 1–48', () => {
    const d = defendant('casd');
    const clock = (kind: string) => d.clocks.find((c) => c.kind === kind)!;

    it('indictment clock: complaint Mon 2015-01-12 (day 0 at the earliest), indictment Tue 2015-02-10; 28–29 of 30 days used', () => {
      // The complaint (entry 1, 1/12) and the first appearance on it (entry 7, 1/13) are on the report; the arrest is
      // not. Day 0 is the arrest, on or before the appearance: 1/13 is unknown (it counts if the arrest was on
      // 1/12). Counted 1/14–2/10: Jan 14–31 = 18 + Feb 1–10 = 10 = 28; the indictment (entry 13) 2/10.
      expect(clock('indictment')).toMatchObject({
        status: 'met',
        calendarDays: 29,
        daysUsed: 28,
        daysUnknown: 1,
        used: { min: 28, max: 29 },
        left: { min: 1, max: 2 },
        end: { date: '2015-02-10', reason: 'indictmentFiled' },
      });
      expectLedger(clock('indictment'), [
        '2015-01-13 2015-01-13 1 unknown arrestNotShown:1/7',
        '2015-01-14 2015-02-10 28 counted',
      ]);
      expect(d.warnings.map((w) => w.code)).toContain('arrestNotOnDocket');
    });

    it('trial clock: indictment and arraignment Tue 2015-02-10 (day 0), guilty plea 2015-06-08; 16 days used', () => {
      //   2/11–2/16 counted (6).
      //   The Government's motion for reciprocal discovery (entry 20, 2/17), heard at the motion hearing of 3/30
      //     (entry 29) and granted that day (entry 32): (h)(1)(D) 2/17–3/30.
      //   Entry 25 (3/16): motions for discovery, for release of Brady material, to produce Jencks material, for
      //     attorney voir dire, for leave to file further motions; entry 26 (3/16): to suppress, to dismiss the
      //     indictment. All heard 3/30 (entry 29). Order 32 (3/30) grants 20 and leave, finds Brady and Jencks moot,
      //     denies suppression; discovery, attorney voir dire and dismissal stay undecided until "Pending motions
      //     are withdrawn" at the plea (entry 38): (h)(1)(H) 3/31–4/29, the 30 days, then nothing.
      //   "Defense oral motion to continue" at the status hearing of 4/28 (entry 33), no ruling recorded: (h)(1)(D)
      //     4/28, (h)(1)(H) 4/29–5/28; oral motions to continue made and granted 5/4 (entry 36) and 5/18 (entry 37).
      //   5/29–6/7 counted: May 29–31 = 3 + June 1–7 = 7 = 10.
      //   6/8: the plea of guilty (entry 38) and the plea agreement (entry 39), (h)(1)(G).
      // Used 6 + 10 = 16; 118 calendar days = 16 + 102 excluded.
      expect(clock('trial')).toMatchObject({
        status: 'ended',
        calendarDays: 118,
        daysUsed: 16,
        daysExcluded: 102,
        daysUnknown: 0,
        used: { min: 16, max: 16 },
        left: { min: 54, max: 54 },
        end: { date: '2015-06-08', reason: 'guiltyPlea' },
      });
      expectLedger(clock('trial'), [
        '2015-02-11 2015-02-16 6 counted',
        // Feb 17–28 = 12 + Mar 1–15 = 15
        '2015-02-17 2015-03-15 27 excluded pretrialMotion (h)(1)(D):20/29/32',
        // entry 25's five motions in their order (discovery, Brady, Jencks, voir dire, leave), then entry 26's two
        '2015-03-16 2015-03-30 15 excluded pretrialMotion (h)(1)(D):20/29/32 pretrialMotion (h)(1)(D):25/29/38 pretrialMotion (h)(1)(D):25/29/32 pretrialMotion (h)(1)(D):25/29/32 pretrialMotion (h)(1)(D):25/29/38 pretrialMotion (h)(1)(D):25/29/32 pretrialMotion (h)(1)(D):26/29/32 pretrialMotion (h)(1)(D):26/29/38',
        // Mar 31 = 1 + Apr 1–27 = 27: discovery, attorney voir dire, dismissal under advisement
        '2015-03-31 2015-04-27 28 excluded underAdvisement (h)(1)(H):25/29/38 underAdvisement (h)(1)(H):25/29/38 underAdvisement (h)(1)(H):26/29/38',
        '2015-04-28 2015-04-28 1 excluded underAdvisement (h)(1)(H):25/29/38 underAdvisement (h)(1)(H):25/29/38 underAdvisement (h)(1)(H):26/29/38 pretrialMotion (h)(1)(D):33/38',
        '2015-04-29 2015-04-29 1 excluded underAdvisement (h)(1)(H):25/29/38 underAdvisement (h)(1)(H):25/29/38 underAdvisement (h)(1)(H):26/29/38 underAdvisement (h)(1)(H):33/38',
        '2015-04-30 2015-05-03 4 excluded underAdvisement (h)(1)(H):33/38',
        '2015-05-04 2015-05-04 1 excluded underAdvisement (h)(1)(H):33/38 pretrialMotion (h)(1)(D):36',
        '2015-05-05 2015-05-17 13 excluded underAdvisement (h)(1)(H):33/38',
        '2015-05-18 2015-05-18 1 excluded underAdvisement (h)(1)(H):33/38 pretrialMotion (h)(1)(D):37',
        '2015-05-19 2015-05-28 10 excluded underAdvisement (h)(1)(H):33/38',
        '2015-05-29 2015-06-07 10 counted',
        '2015-06-08 2015-06-08 1 excluded pleaAgreementConsideration (h)(1)(G):39/38',
      ]);
    });

    it('computes no § 3164 clock: bond was set at the first appearance and no detention order is on the docket', () => {
      expect(d.clocks.map((c) => c.kind)).toEqual(['indictment', 'trial']);
    });
  });

  describe('mowd (W.D. Mo. 2:08-cr-04005), United States v. Beshears', () => {
    const d = defendant('mowd');
    const trial = d.clocks.find((c) => c.kind === 'trial')!;

    it('trial clock: first appearance Mon 2008-04-07 (day 0), guilty plea 2008-07-21; 41–105 of 70 days used — may have run', () => {
      // Indicted 2008-01-11 (entry 1, the redacted copy of entry 2 — one instrument); brought from state custody on a
      // writ of habeas corpus ad prosequendum (entries 5, 6); first appearance and arraignment 4/7 (entry 7), the
      // later date, so day 0. The "WAIVER of Speedy Trial" (entry 11, 4/7) excludes nothing (Zedner).
      //   4/8–5/18 counted: Apr 8–30 = 23 + May 1–18 = 18 = 41.
      //   5/19: the scheduling conference (entry 13) and the "SCHEDULING AND TRIAL ORDER … trial set for 7/21/08"
      //     (entry 14), on the docket by its title only. It set trial on day 105; whether it excluded time until then
      //     (§ 3161(h)(7)(A)) is in the order: 5/19–7/21 unknown, May 19–31 = 13 + June 30 + July 1–21 = 21 = 64.
      //   7/21: the plea of guilty (entry 18) ends the clock.
      // Used 41 at least, 105 at most; over the 70 only if the order excluded fewer than 35 of the 64 days.
      expect(trial).toMatchObject({
        status: 'mayHaveRun',
        calendarDays: 105,
        daysUsed: 41,
        daysExcluded: 0,
        daysUnknown: 64,
        used: { min: 41, max: 105 },
        left: { min: 0, max: 29 },
        end: { date: '2008-07-21', reason: 'guiltyPlea' },
      });
      expectLedger(trial, [
        '2008-04-08 2008-05-18 41 counted',
        '2008-05-19 2008-07-21 64 unknown windowNotShown:14',
      ]);
      expect(trial.ledger[1]!.unknown!.map((u) => u.settle)).toEqual(['read the text of order #14']);
      expect(d.warnings.map((w) => w.code)).toEqual([
        'exclusionWithoutDates',
        'waiverNoEffect',
        'clockMayHaveRun',
      ]);
    });

    it('computes no indictment clock (indicted before the arrest) and no § 3164 clock (remanded to state custody, entry 10)', () => {
      expect(d.clocks.map((c) => c.kind)).toEqual(['trial']);
    });
  });

  describe('casd_2 (S.D. Cal. 3:07-cr-03257), United States v. Romero: a report "starting with document 19" with no entries', () => {
    it('computes no clock and says why, instead of an empty answer', () => {
      const d = defendant('casd_2');
      expect(d.clocks).toEqual([]);
      expect(d.warnings).toMatchObject([
        {
          code: 'noClockInRecord',
          severity: 'warning',
          message:
            'No Speedy Trial clock can be computed for John Steven Romero (1): the record holds no arrest, summons, charging instrument or appearance for this defendant — it has no docket entries at all. The report was run for part of the docket: starting with document 19. Import a report of the whole docket.',
        },
      ]);
    });
  });
}
