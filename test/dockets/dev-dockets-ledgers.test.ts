/**
 * The Speedy Trial ledgers of the development dockets whose record is complete — full docket reports, every order's
 * window stated in its text — asserted period by period against a count by hand, as ned-clock.test.ts does for ned.
 * Dates are the docket's; a day is counted in the period it falls in; day 0 is the trigger (§ 3161(b), (c)(1)) and
 * the last day is the event that ends the clock.
 *
 * azd is here with its unknown period: the order of 2017-02-10 granting more time to indict states no window, so the
 * days after it are neither counted nor excluded until the order is read.
 *
 * Not here, and why: flmd_331869 (a docket history without entry texts; its range is asserted in
 * dev-dockets-clock.test.ts), nynd_112359 (a docket history; the plea and the information are entered the same day
 * in the reverse order), ncwd_1 and nysd_475766 (many defendants, reports run for one). hid, casd, mowd and casd_2
 * are in dev-dockets-ledgers-2.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../src/case/index.ts';
import { importDocket } from '../../src/dockets/index.ts';
import { computeSpeedyTrial } from '../../src/law/speedy-trial/index.ts';
import { expectLedger } from '../helpers/ledger.ts';
import { havePacerData, NO_PACER_DATA, readPacer } from '../helpers/shared-data.ts';

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
  const clocks = (name: string) => {
    const d = computeSpeedyTrial(load(name), '2026-12-03').defendants[0]!;
    return (kind: string) => d.clocks.find((c) => c.kind === kind)!;
  };

  describe('azd (D. Ariz. 2:17-cr-00378), United States v. Santana-Esmeralda', () => {
    const clock = clocks('azd');
    it('indictment clock: arrest 2017-02-04 (day 0), information 2017-03-15; 3–35 days used, may have run', () => {
      expect(clock('indictment')).toMatchObject({
        status: 'mayHaveRun',
        calendarDays: 39,
        daysUsed: 3,
        daysUnknown: 32,
        used: { min: 3, max: 35 },
      });
      expectLedger(clock('indictment'), [
        '2017-02-05 2017-02-07 3 counted',
        // the joint motion to extend the time to indict (mj entry 4, 2/8), replaced by the amended one (mj entry 5,
        // 2/9), granted 2/10 (mj entry 7)
        '2017-02-08 2017-02-08 1 excluded pretrialMotion:4/5',
        '2017-02-09 2017-02-09 1 excluded pretrialMotion:4/5 pretrialMotion:5/7',
        '2017-02-10 2017-02-10 1 excluded pretrialMotion:5/7',
        // Feb 11–28 = 18 + Mar 1–14 = 14: behind the order granting more time, window not on the docket
        '2017-02-11 2017-03-14 32 unknown',
        // the information and the plea agreement lodged at the change of plea (entries 11, 14, 13)
        '2017-03-15 2017-03-15 1 excluded pleaAgreementConsideration:14/13',
      ]);
    });
    it('trial clock: the information and the guilty plea the same day, 2017-03-15: nothing used', () => {
      expect(clock('trial')).toMatchObject({ status: 'ended', calendarDays: 0, daysUsed: 0 });
      expect(clock('trial').end).toMatchObject({ date: '2017-03-15', reason: 'guiltyPlea' });
    });
  });

  describe('caed_2 (E.D. Cal. 1:02-cr-05210), United States v. Mozaffary', () => {
    const clock = clocks('caed_2');
    it('trial clock: indictment 2002-06-13, first appearance 2004-01-20 (day 0); guilty plea 2004-03-22; 19 days used', () => {
      const trial = clock('trial');
      expect(trial.trigger.date).toBe('2004-01-20');
      expect(trial).toMatchObject({ status: 'ended', calendarDays: 62, daysUsed: 19, daysExcluded: 43 });
      expect(trial.end).toMatchObject({ date: '2004-03-22', reason: 'guiltyPlea' });
      expectLedger(trial, [
        // Jan 21–31 = 11 + Feb 1–8 = 8
        '2004-01-21 2004-02-08 19 counted',
        // "XE started … start date: 2/9/4 end date: 3/15/4" (entry 6), AO code E = (h)(1)(D): Feb 9–29 = 21 (2004 is
        // a leap year) + Mar 1–14 = 14
        '2004-02-09 2004-03-14 35 excluded pretrialMotion:6',
        // "XT started … start date: 3/15/04 end date: 3/22/04" (entry 8) begins on the last day of XE
        '2004-03-15 2004-03-15 1 excluded pretrialMotion:6 endsOfJustice:8',
        '2004-03-16 2004-03-17 2 excluded endsOfJustice:8',
        // the plea agreement (entry 9, 3/18) before the court until the plea (entry 10, 3/22): § 3161(h)(1)(G)
        '2004-03-18 2004-03-22 5 excluded endsOfJustice:8 pleaAgreementConsideration:9/10',
      ]);
    });
  });

  describe('casd_3 (S.D. Cal. 3:15-cr-00144), United States v. Pacheco-Ramos', () => {
    const clock = clocks('casd_3');
    it('indictment clock: arrest 2014-12-17 (day 0), information 2015-01-15; 24 of 30 days used', () => {
      expect(clock('indictment')).toMatchObject({
        status: 'met',
        calendarDays: 29,
        daysUsed: 24,
        daysExcluded: 5,
        daysLeft: 6,
      });
      expectLedger(clock('indictment'), [
        '2014-12-18 2014-12-18 1 counted',
        // the Government's oral motion to detain (entry 5, 12/19) until "Finding as moot 5 Motion to Detain" (entry
        // 10, 12/23); the defense's oral motion to continue the hearing, made and granted 12/23 (entry 10)
        '2014-12-19 2014-12-22 4 excluded pretrialMotion:5/10',
        '2014-12-23 2014-12-23 1 excluded pretrialMotion:5/10 pretrialMotion:10/10',
        // Dec 24–31 = 8 + Jan 1–15 = 15
        '2014-12-24 2015-01-15 23 counted',
      ]);
    });
    it('trial clock: information 2015-01-15 (day 0), guilty plea 2015-02-12; 27 days used', () => {
      expect(clock('trial')).toMatchObject({ status: 'ended', calendarDays: 28, daysUsed: 27 });
      expectLedger(clock('trial'), [
        // Jan 16–31 = 16 + Feb 1–11 = 11
        '2015-01-16 2015-02-11 27 counted',
        // the plea agreement (entry 20) filed the day of the plea (entry 19)
        '2015-02-12 2015-02-12 1 excluded pleaAgreementConsideration:20/19',
      ]);
    });
    it('detention clock (§ 3164): arrest 2014-12-17, detained, guilty plea 2015-02-12; 51 of 90 days used', () => {
      expect(clock('detention')).toMatchObject({ status: 'ended', calendarDays: 57, daysUsed: 51 });
      expectLedger(clock('detention'), [
        '2014-12-18 2014-12-18 1 counted',
        '2014-12-19 2014-12-22 4 excluded pretrialMotion:5/10',
        '2014-12-23 2014-12-23 1 excluded pretrialMotion:5/10 pretrialMotion:10/10',
        // Dec 24–31 = 8 + Jan 31 + Feb 1–11 = 11
        '2014-12-24 2015-02-11 50 counted',
        '2015-02-12 2015-02-12 1 excluded pleaAgreementConsideration:20/19',
      ]);
    });
  });

  describe('casd_5 (S.D. Cal. 3:15-cr-00021), United States v. Cabrera', () => {
    const clock = clocks('casd_5');
    it('indictment clock: arrest 2014-12-07 (day 0), information 2015-01-06; 25 of 30 days used', () => {
      expect(clock('indictment')).toMatchObject({
        status: 'met',
        calendarDays: 30,
        daysUsed: 25,
        daysLeft: 5,
      });
      expectLedger(clock('indictment'), [
        // the oral motion to detain (entry 4, 12/8) until "finding as moot 4 Motion to Detain" (entry 7, 12/11)
        '2014-12-08 2014-12-11 4 excluded pretrialMotion:4/7',
        '2014-12-12 2014-12-17 6 counted',
        // "Defense oral motion to continue hearing granted" (entry 9), made and decided 12/18
        '2014-12-18 2014-12-18 1 excluded pretrialMotion:9/9',
        // Dec 19–31 = 13 + Jan 1–6 = 6
        '2014-12-19 2015-01-06 19 counted',
      ]);
    });
    it('trial clock: information 2015-01-06 (day 0), plea tendered 2015-01-27; 19 days used', () => {
      expect(clock('trial')).toMatchObject({ status: 'ended', calendarDays: 21, daysUsed: 19 });
      expect(clock('trial').end).toMatchObject({ date: '2015-01-27', reason: 'guiltyPlea' });
      expectLedger(clock('trial'), [
        '2015-01-07 2015-01-12 6 counted',
        // "USA oral motion for detention; motion denied" (entry 14), 1/13
        '2015-01-13 2015-01-13 1 excluded pretrialMotion:14/14',
        '2015-01-14 2015-01-26 13 counted',
        // "XT1 1/27/15 - 4/20/15" (entry 18) and the plea agreement (entry 16) the day of the plea
        '2015-01-27 2015-01-27 1 excluded endsOfJustice:18 pleaAgreementConsideration:16/18',
      ]);
    });
    it('detention clock (§ 3164): arrest 2014-12-07, released on bond 2015-01-13; 31 days used', () => {
      expect(clock('detention')).toMatchObject({ status: 'ended', calendarDays: 37, daysUsed: 31 });
      expect(clock('detention').end).toMatchObject({ date: '2015-01-13', reason: 'released' });
      expectLedger(clock('detention'), [
        '2014-12-08 2014-12-11 4 excluded pretrialMotion:4/7',
        '2014-12-12 2014-12-17 6 counted',
        '2014-12-18 2014-12-18 1 excluded pretrialMotion:9/9',
        // Dec 19–31 = 13 + Jan 1–12 = 12
        '2014-12-19 2015-01-12 25 counted',
        '2015-01-13 2015-01-13 1 excluded pretrialMotion:14/14',
      ]);
    });
  });
}
