/**
 * The input forms beyond the PACER pages: the Internet Archive RECAP XML docket and CourtListener API
 * responses as people save them. The fixtures (test/fixtures/dockets/, see its README) hold the facts of the
 * public D. Neb. docket 4:13-cr-03121 (United States v. Benz), entries 1–12; where the development data is
 * there, each form must agree with the PACER Docket Report of the same docket, entry by entry.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../src/case/index.ts';
import { importDocket, importDockets } from '../../src/dockets/index.ts';
import { havePacerData, readPacer } from '../helpers/shared-data.ts';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/dockets/${path}`, import.meta.url));
const cl = (name: string) => ({
  bytes: fixture(`courtlistener/ned-benz.${name}.json`),
  name: `${name}.json`,
});
const ok = (r: ReturnType<typeof importDocket>): CaseFile => {
  if (!r.ok) throw new Error(`${r.reason} — ${r.evidence}`);
  return r.caseFile;
};
/** The entries 1–12 as numbers, dates and texts. */
const entryFacts = (f: CaseFile) =>
  f.docketEntries
    .filter((e) => e.number !== null && e.number <= 12)
    .map((e) => ({
      number: e.number,
      dateFiled: e.dateFiled,
      text: e.text,
      pacerDocId: e.source.pacerDocId,
    }));
// Numbers 1–12 less 5 (not on the PACER report): 11 entries, filed 2013-09-25 to 2013-11-12.
const NUMBERS = [1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12];

describe('the Internet Archive RECAP XML docket (docket.xml)', () => {
  const f = ok(importDocket(fixture('recap/ned-benz.docket.xml')));
  it('reads the case, the parties with counsel, and one entry per document number (attachments are not entries)', () => {
    expect(f.case).toMatchObject({
      court: 'ned',
      docketNumber: '4:13-cr-03121',
      caption: 'United States v. Benz',
      captionAsPrinted: 'USA v. Benz',
      dateFiled: '2013-09-25',
      dateTerminated: '2016-09-08',
      judge: { assigned: 'Richard G. Kopf', referred: 'Cheryl R. Zwart' },
    });
    expect(f.defendants).toHaveLength(1);
    expect(f.defendants[0]).toMatchObject({ number: 1, name: 'Joseph J. Benz', terminatedOn: '2016-09-08' });
    expect(f.defendants[0]!.counsel[0]).toMatchObject({
      name: 'Robert B. Creager',
      designation: 'retained',
      roles: ['ATTORNEY TO BE NOTICED'],
    });
    expect(f.parties[0]).toMatchObject({ name: 'USA', role: 'Plaintiff' });
    expect(f.docketEntries.map((e) => e.number)).toEqual(NUMBERS);
    expect(f.docketEntries.every((e) => e.source.format === 'recap')).toBe(true);
  });
  it('is partial: RECAP holds what its users saw; number 5 is listed as missing', () => {
    expect(f.coverage).toEqual([
      {
        id: 'src-1',
        format: 'recap',
        description: 'RECAP archive docket (Internet Archive docket.xml)',
        complete: false,
        periods: [{ from: '2013-09-25', to: '2013-11-12' }],
        entryNumbers: { from: 1, to: 12, missing: [5] },
        entryTexts: 'full',
        setBy: 'importer',
        note: expect.stringContaining('RECAP holds the entries its users happened to see'),
      },
    ]);
  });
  it.skipIf(!havePacerData)('agrees with the PACER Docket Report of the same docket, entry by entry', () => {
    const pacer = ok(importDocket(readPacer('dockets/district/ned.html')));
    expect(entryFacts(f)).toEqual(entryFacts(pacer));
    // The same events are read from the same texts.
    const kinds = (x: CaseFile) =>
      x.events
        .filter((e) => e.provenance.source === 'docket' && Number(e.provenance.entry.slice(1)) <= 12)
        .map((e) => [e.kind, e.date]);
    expect(kinds(f)).toEqual(kinds(pacer));
  });
  it('refuses XML that is not a RECAP docket, and --from recap-xml on JSON', () => {
    const r = importDocket('<?xml version="1.0"?><rss><channel></channel></rss>');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe('the file is XML, but not a RECAP archive docket (no <case_details>)');
    const j = importDocket('{"docket_number": "4:13-cr-03121"}', { from: 'recap-xml' });
    expect(j.ok).toBe(false);
    if (!j.ok) expect(j.reason).toBe('--from recap-xml expects XML, but the file is JSON');
  });
});

describe('CourtListener API responses as people save them', () => {
  const separate = ok(importDockets([cl('docket'), cl('docket-entries'), cl('parties'), cl('attorneys')]));
  it('the separate /dockets/, /docket-entries/, /parties/, /attorneys/ responses given together', () => {
    expect(separate.case).toMatchObject({
      court: 'ned',
      docketNumber: '4:13-cr-03121',
      caption: 'United States v. Benz',
    });
    expect(separate.case.docketNumberFull).toBe('4:13-cr-03121-RGK-CRZ-1');
    expect(separate.docketEntries.map((e) => e.number)).toEqual(NUMBERS);
    expect(separate.defendants[0]!.counsel[0]).toMatchObject({
      name: 'Robert B. Creager',
      contact: expect.stringContaining('ANDERSON, CREAGER LAW FIRM\n'),
      roles: ['ATTORNEY TO BE NOTICED'],
    });
    expect(separate.coverage[0]).toMatchObject({
      format: 'courtlistener',
      description: 'CourtListener docket (docket 1000001, PACER case id 63001)',
      complete: false,
      periods: [{ from: '2013-09-25', to: '2013-11-12' }],
      entryNumbers: { from: 1, to: 12, missing: [5] },
    });
  });
  it('the same responses in one JSON object read the same', () => {
    const bundle = ok(importDocket(fixture('courtlistener/ned-benz.bundle.json')));
    expect(bundle.docketEntries).toEqual(separate.docketEntries);
    expect(bundle.defendants).toEqual(separate.defendants);
    expect(bundle.parties).toEqual(separate.parties);
  });
  it('a page of dockets ({count, next, results}) and a plain array of dockets', () => {
    const list = ok(importDocket(fixture('courtlistener/ned-benz.dockets-list.json')));
    expect(list.case.docketNumber).toBe('4:13-cr-03121');
    expect(list.meta.warnings).toContain(
      'the CourtListener file holds the docket only: no docket entries (the API serves them separately)',
    );
    expect(list.coverage[0]).toMatchObject({ complete: false, entryTexts: 'none', periods: [] });
    const array = ok(importDocket(`[${fixture('courtlistener/ned-benz.docket.json').toString()}]`));
    expect(array.case).toEqual(list.case);
  });
  it('two dockets sharing one docket number (two PACER case ids) merge, each entry once', () => {
    const f = ok(importDocket(fixture('courtlistener/ned-benz.two-dockets.json')));
    // Entries 1–6 under one docket and 4–12 under the other: the overlap (4, 6, 7) counts once.
    expect(f.docketEntries.map((e) => e.number)).toEqual(NUMBERS);
    expect(f.meta.warnings[0]).toBe(
      '2 CourtListener dockets share the docket number 4:13-cr-03121 (docket 1000001, PACER case id 63001; docket 1000002, PACER case id 63002): merged into one case',
    );
    expect(f.coverage[0]!.description).toBe(
      'CourtListener docket (docket 1000001, PACER case id 63001, docket 1000002, PACER case id 63002)',
    );
  });
  it('one page of a longer entry list: the rest is missing, and the coverage says so', () => {
    const f = ok(importDockets([cl('docket'), cl('entries-page-1')]));
    expect(f.docketEntries.map((e) => e.number)).toEqual([1, 2, 3, 4, 6]);
    expect(f.coverage[0]!.complete).toBe(false);
    expect(f.coverage[0]!.note).toContain('is one page of a longer list (11 in all, 5 here; next page');
  });
  it.skipIf(!havePacerData)('agrees with the PACER Docket Report entry by entry', () => {
    const pacer = ok(importDocket(readPacer('dockets/district/ned.html')));
    expect(entryFacts(separate)).toEqual(entryFacts(pacer));
  });
  it('refuses entries without their docket, naming what is missing', () => {
    const r = importDockets([cl('docket-entries'), cl('parties')]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe(
        "the JSON holds CourtListener docket entries, parties but no docket: give the docket's JSON (/dockets/{id}/) with them, in one object or as several files",
      );
      expect(r.evidence).toBe('11 entries, 2 parties');
    }
  });
  it('refuses several files when one is not JSON', () => {
    const r = importDockets([
      cl('docket'),
      { bytes: Buffer.from('<html><body></body></html>'), name: 'page.html' },
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.reason).toMatch(
        /^page\.html is not JSON: several files are imported together only as CourtListener/,
      );
  });
  it('refuses a civil docket (Lokhova v. Halper), never making it "United States v. Halper"', () => {
    const r = importDocket(fixture('courtlistener/lokhova-v-halper.docket.json'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toBe(
      'this is a civil docket, not a federal criminal case (docket type "cv" in 1:19-cv-00632; Nature of Suit: 320 Assault Libel & Slander; the caption "Lokhova v. Halper" is not "United States v. …"): pretrial reads criminal dockets only',
    );
    expect(JSON.stringify(r)).not.toContain('United States v. Halper');
  });
});
