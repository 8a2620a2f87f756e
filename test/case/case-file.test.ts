import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseFileJsonSchemaText, parseCaseFile, validateCaseFile } from '../../src/case/index.ts';
import { buildHaleCaseFile, haleCaseFileText } from '../../src/demo/index.ts';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const demo = () => structuredClone(buildHaleCaseFile()) as unknown as Record<string, any>;

const problems = (input: unknown) => {
  const r = validateCaseFile(input);
  if (r.ok) throw new Error('expected the case file to be rejected');
  return r.issues.map((i) => `${i.path}: ${i.message}`);
};

describe('the case file', () => {
  it('round-trips: the demo parses, serializes and parses to the same record', () => {
    const first = validateCaseFile(JSON.parse(read('examples/hale.case.json')));
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const again = parseCaseFile(JSON.stringify(first.caseFile));
    expect(again.ok && again.caseFile).toEqual(first.caseFile);
  });

  it('keeps the checked-in demo and JSON Schema in step with the code (npm run generate)', () => {
    expect(read('examples/hale.case.json')).toBe(haleCaseFileText());
    expect(read('schema/case-file.schema.json')).toBe(caseFileJsonSchemaText());
  });

  it('holds the demo facts of the mission: six defendants, the indictment of Fri 2026-04-17, S1 of 2026-07-21', () => {
    const file = buildHaleCaseFile();
    expect(file.defendants.map((d) => d.name).slice(0, 2)).toEqual(['Marcus Hale', 'Renee Castell']);
    expect(file.events.find((e) => e.kind === 'indictment')?.date).toBe('2026-04-17');
    expect(file.events.find((e) => e.kind === 'supersedingIndictment')?.defendants).toEqual([
      1, 2, 3, 4, 5, 6,
    ]);
    const release = file.events.find((e) => e.kind === 'releaseOrder' && e.defendants.includes(2));
    expect(release?.kind === 'releaseOrder' && release.bond?.amountUsd).toBe(5_000_000);
    expect(release?.kind === 'releaseOrder' && release.conditions.map((c) => c.kind)).toEqual([
      'noNewCrime',
      'propertyBond',
      'homeDetention',
      'locationMonitoring',
      'noContact',
      'travel',
      'passportSurrender',
      'reporting',
    ]);
  });

  it('points every event at the exact words of its docket entry', () => {
    const file = buildHaleCaseFile();
    for (const e of file.events) {
      if (e.provenance.source !== 'docket') continue;
      const entry = file.docketEntries.find(
        (d) => d.id === (e.provenance.source === 'docket' ? e.provenance.entry : ''),
      );
      expect(entry, e.id).toBeDefined();
      const span = e.provenance.span;
      expect(span && entry?.text.slice(span.start, span.end).length, e.id).toBeGreaterThan(10);
    }
  });
});

describe('rejections name the problem and its JSON path', () => {
  it('a missing field, an unknown field, a bad date, an unknown event kind', () => {
    const f = demo();
    delete f.case.caption;
    f.case.judges = 'x';
    f.docketEntries[0].dateFiled = '2026-02-30';
    f.events[0].kind = 'arest';
    expect(problems(f)).toEqual(
      expect.arrayContaining([
        '$.case.caption: required field missing (expected string)',
        '$.case: unknown field "judges"',
        '$.docketEntries[0].dateFiled: expected a real calendar date written YYYY-MM-DD',
        expect.stringMatching(
          /^\$\.events\[0\]\.kind: unknown kind: expected one of arrest, summons, complaint/,
        ),
      ]),
    );
  });

  it('a defendant, docket entry, count or event that does not exist', () => {
    const f = demo();
    f.events[0].defendants = [1, 9];
    f.events[1].provenance.entry = 'nope';
    f.counts[0].instrument = 'ev-castell-arrest';
    f.events.find((e: any) => e.kind === 'motionDecided').motion = 'ev-indictment';
    expect(problems(f)).toEqual([
      '$.counts[0].instrument: event "ev-castell-arrest" is of kind arrest, not a charging instrument (complaint, indictment, supersedingIndictment, information)',
      '$.events[0].defendants[1]: defendant 9 is not in defendants (known: 1, 2, 3, 4, 5, 6)',
      '$.events[1].provenance.entry: no docket entry with id "nope"',
      expect.stringMatching(
        /^\$\.events\[\d+\]\.motion: event "ev-indictment" is of kind indictment, expected a motionFiled or motionPending$/,
      ),
    ]);
  });

  it('duplicate ids, a span past the end of its entry, an exclusion that ends before it starts', () => {
    const f = demo();
    f.events[2].id = f.events[1].id;
    f.events[0].provenance.span = { start: 0, end: 5000 };
    const excl = f.events.findIndex((e: any) => e.kind === 'timeExclusion');
    f.events[excl].to = '2026-01-01';
    expect(problems(f)).toEqual([
      '$.events[2].id: event id "ev-hale-arrest" appears twice',
      expect.stringMatching(
        /^\$\.events\[0\]\.provenance\.span\.end: span ends at 5000 but entry "mj-1" has \d+ characters$/,
      ),
      `$.events[${excl}].to: to 2026-01-01 is before 2026-04-17`,
    ]);
  });

  it('a court that does not exist, a district that does not match the court, a bad docket number', () => {
    const f = demo();
    f.case.district = 'S.D.N.Y.';
    f.case.docketNumber = '26-cr-117';
    expect(problems(f)).toEqual([
      '$.case.docketNumber: expected a docket number like 1:26-cr-00117 (office:yy-type-serial)',
      '$.case.district: "S.D.N.Y." does not match court nyed, which is E.D.N.Y.',
    ]);
    const g = demo();
    g.case.court = 'nyxd';
    expect(problems(g)).toEqual([
      '$.case.court: unknown district "nyxd": use the court id PACER uses, e.g. nyed, cacd, dcd (94 known)',
    ]);
  });

  it('a condition without what it needs (home detention without a residence, a curfew without hours)', () => {
    const f = demo();
    const i = f.events.findIndex((e: any) => e.id === 'ev-castell-release');
    const conditions = f.events[i].conditions;
    const hd = conditions.findIndex((c: any) => c.kind === 'homeDetention');
    delete conditions[hd].residence;
    conditions.push({ kind: 'curfew', id: 'c2-curfew', timeZone: 'America/Los_Angeles' });
    expect(problems(f)).toEqual([
      `$.events[${i}].conditions[${hd}].residence: required field missing (expected object)`,
      `$.events[${i}].conditions[${conditions.length - 1}].start: required field missing (expected string)`,
      `$.events[${i}].conditions[${conditions.length - 1}].end: required field missing (expected string)`,
    ]);
  });

  it('text that is not JSON', () => {
    const r = parseCaseFile('{"format": ');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues[0]?.path).toBe('$');
    expect(!r.ok && r.issues[0]?.message).toMatch(/^not valid JSON/);
  });
});

describe('documentation', () => {
  it('documents every event kind and every condition kind in docs/case-file.md', async () => {
    const { EVENT_KINDS, Condition } = await import('../../src/case/index.ts');
    const doc = read('docs/case-file.md');
    for (const kind of EVENT_KINDS) expect(doc, kind).toContain(`| \`${kind}\` |`);
    for (const option of Condition.options)
      expect(doc, option.shape.kind.value).toContain(`\`${option.shape.kind.value}\``);
  });
});

describe('plea offers and charge attributes in the case file', () => {
  it('names every broken reference of a plea offer by its JSON path', () => {
    const f = demo();
    const offer = f.pleaOffers[1];
    offer.pleadTo.push({ count: '9s' });
    offer.dismiss.push('7');
    offer.supersedes = 'offer-nope';
    offer.speedyTrial = { exclusion: 'ev-castell-release' };
    offer.expires.date = '2026-08-01';
    expect(problems(f)).toEqual([
      '$.pleaOffers[1].pleadTo[1].count: count "9s" is not a count of defendant 2 (counts: 1, 2, 3, 1s, 2s, 3s, 4s)',
      '$.pleaOffers[1].dismiss[4]: count "7" is not a count of defendant 2 (counts: 1, 2, 3, 1s, 2s, 3s, 4s)',
      '$.pleaOffers[1].speedyTrial.exclusion: event "ev-castell-release" is of kind releaseOrder, expected a timeExclusion or continuance',
      '$.pleaOffers[1].expires.date: the deadline 2026-08-01 is before 2026-08-20',
      '$.pleaOffers[1].supersedes: no plea offer with id "offer-nope"',
    ]);
  });

  it('requires a plea charge to name a count or a statute, and an attempt to point at a count of the same defendant', () => {
    const f = demo();
    f.pleaOffers[0].pleadTo = [{ description: 'something' }];
    f.counts[0].attributes = { attemptOfCount: 'd2-c1s' };
    expect(problems(f)).toEqual([
      '$.pleaOffers[0].pleadTo[0]: name the count pleaded to ("count") or the offense ("statute")',
      '$.counts[0].attributes.attemptOfCount: count "d2-c1s" is charged against another defendant',
    ]);
  });
});
