/**
 * The classifier against hand labels: every event the Speedy Trial clock uses, in every development docket
 * (test/fixtures/event-labels.json) and in the invented docket-text forms (test/fixtures/classifier-forms.json).
 * An event matches a label when it comes from the same entry, is of the same kind, happened the same day and
 * concerns the same defendants — and, for a plea, is the same plea; for an exclusion, has the same window; for a
 * decision, decides the motion filed in the labeled entry; for a competency step, is the same phase; for a
 * continuance, leaves the same parts unknown. Precision and recall are printed per kind, per docket and overall;
 * overall both are held to 0.95, and per docket as `check` says.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { CaseFile, Event } from '../../src/case/index.ts';
import { importDocket } from '../../src/dockets/index.ts';
import { havePacerData, NO_PACER_DATA, readPacer } from '../helpers/shared-data.ts';

interface Label {
  entry: string;
  kind: string;
  date: string;
  defendants: number[];
  plea?: string;
  from?: string;
  to?: string | null;
  motion?: string;
  phase?: string;
  unknown?: string[];
}
interface Docket {
  through: string;
  events: Label[];
}

const fixtures = new URL('../fixtures/', import.meta.url);
const real: { dockets: Record<string, Docket> } = JSON.parse(
  readFileSync(new URL('event-labels.json', fixtures), 'utf8'),
);
const invented: {
  dockets: Record<string, Docket & { court: string; defendants: string[]; entries: unknown[] }>;
} = JSON.parse(readFileSync(new URL('classifier-forms.json', fixtures), 'utf8'));
/** Real docket texts that are not the development dockets (test/fixtures/heldout-forms.json), each with its source. */
const heldout: {
  dockets: Record<
    string,
    Docket & { source: string; court: string; defendants: string[]; entries: unknown[] }
  >;
} = JSON.parse(readFileSync(new URL('heldout-forms.json', fixtures), 'utf8'));

/** The kinds scored; a continuance only when its window is unknown (a known window is scored as an exclusion). */
const KINDS = new Set([
  'arrest',
  'summons',
  'complaint',
  'indictment',
  'supersedingIndictment',
  'information',
  'unsealing',
  'initialAppearance',
  'arraignment',
  'plea',
  'pleaAgreementSubmitted',
  'pleaAgreementDecided',
  'timeExclusion',
  'continuance',
  'motionFiled',
  'motionDecided',
  'underAdvisement',
  'competencyProceeding',
  'trialStart',
  'verdict',
  'dismissal',
]);

const entryOf = (e: Event) => (e.provenance.source === 'docket' ? e.provenance.entry : '');

/** The classifier's events in the labeled form. */
function predicted(f: CaseFile, through: string): Label[] {
  const byId = new Map(f.events.map((e) => [e.id, e]));
  return f.events
    .filter((e) => e.provenance.source === 'docket' && KINDS.has(e.kind) && e.date <= through)
    .filter((e) => e.kind !== 'continuance' || e.unknown?.fields.includes('window'))
    .map((e) => {
      const l: Label = {
        entry: entryOf(e),
        kind: e.kind,
        date: e.date,
        defendants: [...e.defendants].sort((a, b) => a - b),
      };
      if (e.kind === 'plea') l.plea = e.plea;
      if (e.kind === 'timeExclusion') Object.assign(l, { from: e.from, to: e.to });
      if (e.kind === 'motionDecided') {
        const m = byId.get(e.motion);
        l.motion = m ? entryOf(m) : '?';
      }
      if (e.kind === 'competencyProceeding') l.phase = e.phase;
      if (e.kind === 'continuance') l.unknown = [...(e.unknown?.fields ?? [])].sort();
      return l;
    });
}

const same = (a: Label, b: Label) =>
  a.entry === b.entry &&
  a.kind === b.kind &&
  a.date === b.date &&
  a.defendants.join(',') === [...b.defendants].sort((x, y) => x - y).join(',') &&
  a.plea === b.plea &&
  a.from === b.from &&
  a.to === b.to &&
  a.motion === b.motion &&
  a.phase === b.phase &&
  (a.unknown ?? []).join(',') === [...(b.unknown ?? [])].sort().join(',');

const show = (l: Label) =>
  `${l.entry} ${l.kind} ${l.date} [${l.defendants.join(',')}]${l.plea ? ` ${l.plea}` : ''}${l.from ? ` ${l.from}..${l.to}` : ''}${l.motion ? ` ← ${l.motion}` : ''}${l.phase ? ` ${l.phase}` : ''}${l.unknown ? ` unknown:${l.unknown.join(',')}` : ''}`;

interface Tally {
  labeled: number;
  predicted: number;
  matched: number;
}
const perKind = new Map<string, Tally>();
const perDocket = new Map<string, Tally>();
/** The held-out texts are tallied apart: they are the measure of texts the classifier was not written from. */
const heldKind = new Map<string, Tally>();
const heldDocket = new Map<string, Tally>();
const bump = (m: Map<string, Tally>, k: string, field: keyof Tally) => {
  const t = m.get(k) ?? { labeled: 0, predicted: 0, matched: 0 };
  t[field]++;
  m.set(k, t);
};

/** Match labels to predictions one to one; tally; return what is missing and what is extra. */
function score(name: string, labels: Label[], got: Label[], kinds = perKind, dockets = perDocket) {
  const free = [...got];
  const missing: string[] = [];
  for (const l of labels) {
    bump(kinds, l.kind, 'labeled');
    bump(dockets, name, 'labeled');
    const i = free.findIndex((g) => same(g, l));
    if (i < 0) {
      missing.push(show(l));
      continue;
    }
    bump(kinds, l.kind, 'matched');
    bump(dockets, name, 'matched');
    free.splice(i, 1);
  }
  for (const g of got) {
    bump(kinds, g.kind, 'predicted');
    bump(dockets, name, 'predicted');
  }
  return { missing, extra: free.map(show) };
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/**
 * Per docket: every difference is printed, so a change in reading shows exactly where; a docket with ten labels
 * or more is held to 0.95 precision and recall, a smaller one to none missing and none extra.
 */
function check(name: string, result: { missing: string[]; extra: string[] }, dockets = perDocket) {
  const t = dockets.get(name) ?? { labeled: 0, predicted: 0, matched: 0 };
  if (result.missing.length + result.extra.length > 0)
    console.log(
      `${name}:\n${[...result.missing.map((m) => `  missing ${m}`), ...result.extra.map((x) => `  extra   ${x}`)].join('\n')}`,
    );
  if (t.labeled >= 10) {
    expect(ratio(t.matched, t.predicted), `${name} precision`).toBeGreaterThanOrEqual(0.95);
    expect(ratio(t.matched, t.labeled), `${name} recall`).toBeGreaterThanOrEqual(0.95);
  } else expect(result).toEqual({ missing: [], extra: [] });
}
const pct = (x: number) => `${(100 * x).toFixed(1).padStart(5)} %`;

describe('the classifier against hand-labeled events', () => {
  if (!havePacerData) {
    it.skip(NO_PACER_DATA, () => {});
  } else {
    for (const [name, docket] of Object.entries(real.dockets)) {
      it(`${name}: ${docket.events.length} labeled event(s) through ${docket.through}`, () => {
        const r = importDocket(readPacer(`${name}.html`));
        if (!r.ok) throw new Error(`${name}: ${r.reason}`);
        check(name, score(name, docket.events, predicted(r.caseFile, docket.through)));
      });
    }
  }
  const importForms = (docket: { court: string; defendants: string[]; entries: unknown[] }, name: string) => {
    const r = importDocket(
      JSON.stringify({
        docket: {
          court_id: docket.court,
          docket_number: '1:26-cr-00900',
          case_name: `United States v. ${docket.defendants[0]}`,
          date_filed: '2026-01-05',
        },
        parties: docket.defendants.map((n, i) => ({
          name: n,
          extra_info: '',
          party_types: [
            {
              name: `Defendant (${i + 1})`,
              date_terminated: null,
              criminal_counts: [],
              criminal_complaints: [],
            },
          ],
          attorneys: [],
        })),
        docket_entries: docket.entries,
      }),
    );
    if (!r.ok) throw new Error(`${name}: ${r.reason}`);
    return r.caseFile;
  };
  for (const [name, docket] of Object.entries(invented.dockets)) {
    it(`invented forms — ${name}: ${docket.events.length} labeled event(s)`, () => {
      const f = importForms(docket, name);
      check(`invented/${name}`, score(`invented/${name}`, docket.events, predicted(f, docket.through)));
    });
  }
  for (const [name, docket] of Object.entries(heldout.dockets)) {
    it(`held out — ${name} (${docket.source}): ${docket.events.length} labeled event(s)`, () => {
      const f = importForms(docket, name);
      const result = score(
        `heldout/${name}`,
        docket.events,
        predicted(f, docket.through),
        heldKind,
        heldDocket,
      );
      // every difference printed; the held-out set is held to its overall figures below
      if (result.missing.length + result.extra.length > 0)
        console.log(
          `heldout/${name}:\n${[...result.missing.map((m) => `  missing ${m}`), ...result.extra.map((x) => `  extra   ${x}`)].join('\n')}`,
        );
    });
  }

  afterAll(() => {
    const sum = (m: Map<string, Tally>) =>
      [...m.values()].reduce(
        (s, t) => ({
          labeled: s.labeled + t.labeled,
          predicted: s.predicted + t.predicted,
          matched: s.matched + t.matched,
        }),
        { labeled: 0, predicted: 0, matched: 0 },
      );
    const total = sum(perKind);
    const held = sum(heldKind);
    const row = (k: string, t: Tally) =>
      `  ${k.padEnd(44)} ${String(t.labeled).padStart(4)} labeled ${String(t.predicted).padStart(4)} read ${String(t.matched).padStart(4)} matched   precision ${pct(ratio(t.matched, t.predicted))}   recall ${pct(ratio(t.matched, t.labeled))}`;
    console.log(
      [
        'Classifier against hand labels, per kind:',
        ...[...perKind.entries()].sort().map(([k, t]) => row(k, t)),
        'per docket:',
        ...[...perDocket.entries()].map(([k, t]) => row(k, t)),
        row('all', total),
        'held-out real texts (test/fixtures/heldout-forms.json), per kind:',
        ...[...heldKind.entries()].sort().map(([k, t]) => row(k, t)),
        'per docket:',
        ...[...heldDocket.entries()].map(([k, t]) => row(k, t)),
        row('held out, all', held),
        `development: precision ${pct(ratio(total.matched, total.predicted))}, recall ${pct(ratio(total.matched, total.labeled))}; held out: precision ${pct(ratio(held.matched, held.predicted))}, recall ${pct(ratio(held.matched, held.labeled))}`,
      ].join('\n'),
    );
    expect(ratio(total.matched, total.predicted)).toBeGreaterThanOrEqual(0.95);
    expect(ratio(total.matched, total.labeled)).toBeGreaterThanOrEqual(0.95);
    expect(held.labeled).toBeGreaterThanOrEqual(20);
    expect(ratio(held.matched, held.predicted), 'held-out precision').toBeGreaterThanOrEqual(0.95);
    expect(ratio(held.matched, held.labeled), 'held-out recall').toBeGreaterThanOrEqual(0.95);
  });
});
