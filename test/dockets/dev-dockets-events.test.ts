/**
 * Events the classifier reads from the real development dockets that the Speedy Trial clock depends on,
 * found by running import and clock on each of them: a guilty plea stops the clock, a motion decided at a
 * hearing closes its (h)(1)(D) window, a dismissal of the case ends it.
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
  const load = (name: string): CaseFile => {
    const r = importDocket(readPacer(`dockets/district/${name}.html`));
    if (!r.ok) throw new Error(`${name}: ${r.reason}`);
    return r.caseFile;
  };
  const fromEntry = (f: CaseFile, entry: string) =>
    f.events.filter((e) => e.provenance.source === 'docket' && e.provenance.entry === entry);

  describe('azd (D. Ariz. 2:17-cr-00378): "Defendant enters a plea of guilty to the Information" (entry 13)', () => {
    const f = load('azd');
    it('is a guilty plea on 2017-03-15', () => {
      expect(fromEntry(f, 'n13').filter((e) => e.kind === 'plea')).toMatchObject([
        { date: '2017-03-15', plea: 'guilty' },
      ]);
    });
    it('stops the trial clock that day', () => {
      const trial = computeSpeedyTrial(f, '2026-12-03').defendants[0]!.clocks.find(
        (c) => c.kind === 'trial',
      )!;
      expect(trial.end).toMatchObject({ date: '2017-03-15', reason: 'guiltyPlea' });
    });
  });

  describe('hid (D. Haw. 1:04-cr-00233)', () => {
    const f = load('hid');
    const motions = f.events.filter((e) => e.kind === 'motionFiled');
    it('"Notice of Motion; MOTION to dismiss no. 1" (entry 22) is one motion, not two', () => {
      expect(fromEntry(f, 'n22').filter((e) => e.kind === 'motionFiled')).toMatchObject([
        { motion: 'dismiss', title: 'MOTION to dismiss no' },
      ]);
      expect(fromEntry(f, 'n20').filter((e) => e.kind === 'motionFiled')).toMatchObject([
        { motion: 'suppress' },
      ]);
    });
    it('the Government’s motion to detain (entry 5) is decided at the detention hearing, "hereby Denied" (entry 9); the minutes of entry 6 do not add a second motion', () => {
      expect(fromEntry(f, 'n6').filter((e) => e.kind === 'motionFiled')).toEqual([]);
      expect(fromEntry(f, 'n9').filter((e) => e.kind === 'motionDecided')).toMatchObject([
        { date: '2004-06-10', motion: 'n5.motionFiled', disposition: 'denied' },
      ]);
      const decided = new Set(f.events.flatMap((e) => (e.kind === 'motionDecided' ? [e.motion] : [])));
      expect(
        motions.filter((m) => m.kind === 'motionFiled' && m.motion === 'detention' && !decided.has(m.id)),
      ).toEqual([]);
    });
    it('"ORDER for dismissal … case dismissed as to Jason Furtado (1) count(s) 1 … case terminated" (entry 46) dismisses the case and suspends the trial clock', () => {
      expect(fromEntry(f, 'n46').filter((e) => e.kind === 'dismissal')).toMatchObject([
        { date: '2005-04-13', scope: 'case' },
      ]);
      const trial = computeSpeedyTrial(f, '2026-12-03').defendants[0]!.clocks.find(
        (c) => c.kind === 'trial',
      )!;
      expect(trial.status).toBe('suspended');
      expect(trial.through).toBe('2005-04-13');
    });
  });
}
