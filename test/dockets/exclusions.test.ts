/**
 * The classifier's Speedy Trial exclusions against windows labeled by hand in the real development
 * dockets (test/fixtures/exclusion-labels.json): precision, recall and category agreement are printed, and
 * held to the floor the classifier reaches.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { CaseFile, EventOf } from '../../src/case/index.ts';
import { importDocket } from '../../src/dockets/index.ts';
import { havePacerData, readPacer } from '../helpers/shared-data.ts';

const root = new URL('../fixtures/', import.meta.url);
interface Label {
  entry: string;
  defendants: number[];
  from: string;
  to: string | null;
  basis: string;
  note: string;
}
const labels: { fixtures: Record<string, Label[]> } = JSON.parse(
  readFileSync(new URL('exclusion-labels.json', root), 'utf8'),
);

const load = (name: string): CaseFile => {
  const r = importDocket(readPacer(`${name}.html`));
  if (!r.ok) throw new Error(`${name}: ${r.reason}`);
  return r.caseFile;
};
const exclusions = (f: CaseFile) =>
  f.events.filter((e): e is EventOf<'timeExclusion'> => e.kind === 'timeExclusion');
const key = (x: { defendants: number[]; from: string; to: string | null }) =>
  `${[...x.defendants].sort((a, b) => a - b).join(',')}|${x.from}|${x.to}`;

const tally = { predicted: 0, labeled: 0, matched: 0, basisAgree: 0 };

describe.skipIf(!havePacerData)(
  'Speedy Trial exclusions in the real development dockets, against hand labels',
  () => {
    for (const [name, expected] of Object.entries(labels.fixtures)) {
      it(`${name}: ${expected.length} labeled window(s)`, () => {
        const got = exclusions(load(name));
        const labeled = new Map(expected.map((l) => [key(l), l]));
        tally.predicted += got.length;
        tally.labeled += expected.length;
        const matched = got.filter((g) => labeled.has(key(g)));
        tally.matched += matched.length;
        tally.basisAgree += matched.filter((g) => labeled.get(key(g))!.basis === g.basis).length;
        const missing = expected
          .filter((l) => !got.some((g) => key(g) === key(l)))
          .map((l) => `${l.entry} ${key(l)}`);
        const extra = got.filter((g) => !labeled.has(key(g))).map((g) => `${g.id} ${key(g)}`);
        expect({ missing, extra }).toEqual({ missing: [], extra: [] });
      });
    }
    afterAll(() => {
      const precision = tally.matched / Math.max(1, tally.predicted);
      const recall = tally.matched / Math.max(1, tally.labeled);
      console.log(
        `Exclusion windows: ${tally.labeled} labeled, ${tally.predicted} predicted, ${tally.matched} matched — precision ${(100 * precision).toFixed(1)} %, recall ${(100 * recall).toFixed(1)} %, category agreement ${tally.basisAgree}/${tally.matched}`,
      );
      expect(precision).toBeGreaterThanOrEqual(0.95);
      expect(recall).toBeGreaterThanOrEqual(0.95);
    });
  },
);

describe('ned.html as a Speedy Trial record (D. Neb. 4:13-cr-03121)', () => {
  const f = load('dockets/district/ned');
  const ex = exclusions(f);
  it('holds the 14 exclusion orders, each pointing at the words of its entry', () => {
    const entries = ex.map((e) => (e.provenance.source === 'docket' ? e.provenance.entry : '')).sort();
    expect(entries).toEqual(
      [
        'n15',
        'n17',
        'n20',
        'n22',
        'n23',
        'n24',
        'n27',
        'n29',
        'n46',
        'n58',
        'n65',
        'n70',
        'n73',
        'n76',
      ].sort(),
    );
    for (const e of ex) {
      const entry = f.docketEntries.find(
        (d) => e.provenance.source === 'docket' && d.id === e.provenance.entry,
      )!;
      const span = e.provenance.source === 'docket' ? e.provenance.span! : { start: 0, end: 0 };
      expect(entry.text.slice(span.start, span.end)).toMatch(/exclu/i);
    }
  });
  it('closes "the anticipated trial" (entry 15) at the trial date the same order sets, 2014-02-18', () => {
    const e15 = ex.find((e) => e.provenance.source === 'docket' && e.provenance.entry === 'n15')!;
    expect(e15).toMatchObject({
      from: '2013-12-05',
      to: '2014-02-18',
      until: { event: 'trialStart' },
      closedBy: 'n15.hearingSet',
    });
  });
  it('closes "the status conference contemplated by this Memorandum and Order" (entry 70) at the conference held 2016-01-06 (entry 73)', () => {
    const e70 = ex.find((e) => e.provenance.source === 'docket' && e.provenance.entry === 'n70')!;
    expect(e70).toMatchObject({ from: '2015-11-24', to: '2016-01-06', closedBy: 'n73.hearingHeld' });
  });
  it('runs entry 65 from the filing of the motion in limine (entry 48, 2015-03-25) to its denial (entry 70, 2015-11-24)', () => {
    const e65 = ex.find((e) => e.provenance.source === 'docket' && e.provenance.entry === 'n65')!;
    expect(e65).toMatchObject({ from: '2015-03-25', to: '2015-11-24', closedBy: 'n70.motionDecided' });
  });
  it('ends the examination window (entry 58) when the Bureau of Prisons evaluation is filed (2015-10-19)', () => {
    const e58 = ex.find((e) => e.provenance.source === 'docket' && e.provenance.entry === 'n58')!;
    expect(e58).toMatchObject({ from: '2015-04-21', to: '2015-10-19' });
  });
  it('reads the complex-case finding of entry 24 as findings on the record, factor (ii)', () => {
    const e24 = ex.find((e) => e.provenance.source === 'docket' && e.provenance.entry === 'n24')!;
    expect(e24.findings).toMatchObject({ status: 'onRecord', factors: ['ii'] });
  });
  it('records the oral waiver of speedy trial (entry 24) as a waiver, with no window (Zedner)', () => {
    expect(
      f.events
        .filter((e) => e.kind === 'speedyTrialWaiver')
        .map((e) => e.provenance.source === 'docket' && e.provenance.entry),
    ).toEqual(['n24']);
  });
  it('does not read "motion to exclude the testimony" (entry 31) or "WAIVER of Jury Trial" (entry 78) as exclusions or waivers', () => {
    const fromEntry = (id: string) =>
      f.events
        .filter((e) => e.provenance.source === 'docket' && e.provenance.entry === id)
        .map((e) => e.kind);
    expect(fromEntry('n31')).not.toContain('timeExclusion');
    expect(fromEntry('n78')).not.toContain('speedyTrialWaiver');
  });
});
