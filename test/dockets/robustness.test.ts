/**
 * Bad input gets a clear refusal or a correct result, never a crash or a hang: empty files, truncated
 * pages, Windows-1252 bytes, binary files, wrong JSON, a 50 MB docket. And over every entry of every real
 * fixture: no exception, every event has a span, no date far from its entry (docs/dockets.md § 13).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { syntheticDocket } from '../../bench/synthetic.ts';
import { importDocket } from '../../src/dockets/index.ts';
import { havePacerData, PACER_DATA } from '../helpers/shared-data.ts';

const root = new URL(`file://${PACER_DATA}`);
const ned = havePacerData ? readFileSync(new URL('dockets/district/ned.html', root)) : Buffer.alloc(0);
const refused = (input: Uint8Array | string, opts = {}) => {
  const r = importDocket(input, opts);
  if (r.ok) throw new Error('expected a refusal');
  return r;
};

describe('bad input', () => {
  it('refuses an empty file and a file of whitespace, saying so', () => {
    expect(refused(new Uint8Array()).reason).toBe('the file is empty (0 bytes)');
    expect(refused(Buffer.from('  \n\t ')).reason).toBe('the file holds only whitespace');
  });
  it('refuses a PDF and a binary file', () => {
    expect(refused(Buffer.from('%PDF-1.7\n…')).reason).toMatch(/PDF/);
    expect(refused(Buffer.from([0x41, 0x00, 0x42, 0x00, 0x43])).reason).toMatch(/NUL bytes/);
  });
  it('refuses JSON that is not a docket, naming the path of the problem', () => {
    const r = refused('{"hello": 1}');
    expect(r.reason).toMatch(/not a CourtListener docket/);
    expect(r.evidence).toMatch(/docket/);
  });
  it('refuses a PACER login page and a case query page', () => {
    const login =
      '<html><head><title>PACER Login</title></head><body><form action="login.pl"><input name="login"><input type="password" name="password"></form></body></html>';
    expect(refused(login).reason).toMatch(/login page/);
    const query =
      '<html><head><title>CM/ECF - azd</title></head><body><a href="/cgi-bin/iquery.pl">Query</a><h3>Search Clues</h3></body></html>';
    expect(refused(query).reason).toMatch(/case query page/);
  });
  it.skipIf(!havePacerData)(
    'imports a page cut off in the middle of its docket table, with the entries before the cut and a warning',
    () => {
      const cut = ned.subarray(0, Math.floor(ned.length / 2));
      const r = importDocket(cut);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.caseFile.docketEntries.length).toBeGreaterThan(20);
      expect(r.caseFile.docketEntries.length).toBeLessThan(136);
      expect(r.caseFile.meta.warnings.join('\n')).toMatch(/cut off/);
    },
  );
  it.skipIf(!havePacerData)('reads Windows-1252 bytes (a § as 0xA7) as Windows-1252 and says so', () => {
    const text = ned
      .toString('latin1')
      .replace('See 18 U.S.C. 3161(h)(1).', 'See 18 U.S.C. \u00a7 3161(h)(1).');
    const bytes = Buffer.from(text, 'latin1');
    const r = importDocket(bytes);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.caseFile.meta.warnings[0]).toMatch(/not valid UTF-8.*Windows-1252/);
    expect(r.caseFile.docketEntries.find((e) => e.number === 15)!.text).toContain(
      'See 18 U.S.C. § 3161(h)(1).',
    );
  });
  it.skipIf(!havePacerData)('refuses a file over the size limit before parsing it', () => {
    expect(refused(ned, { maxBytes: 1000 }).reason).toMatch(/over the 0 MB limit|over the/);
  });
  it.skipIf(!havePacerData)(
    'refuses a 50 MB file at once with the size and the limit (the largest real dockets are a few MB)',
    () => {
      const page = syntheticDocket(ned.toString('utf8'), 50_000_000);
      // Refused before any parsing (bench/import.ts times it): the reason names the size and the limit.
      const r = refused(Buffer.from(page));
      expect(r.reason).toMatch(/^the file is 4\d\.\d MB, over the 20 MB limit for one docket$/);
    },
  );
  it.skipIf(!havePacerData)(
    'imports a 4 MB docket (ned’s entries repeated) correctly, keeping every entry',
    {
      timeout: 120_000,
    },
    () => {
      const page = syntheticDocket(ned.toString('utf8'), 4_000_000);
      const rows = (page.match(/<tr><td width='94'/g) ?? []).length;
      const r = importDocket(Buffer.from(page));
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.caseFile.docketEntries.length).toBe(rows);
      expect(r.caseFile.events.filter((e) => e.kind === 'timeExclusion').length).toBeGreaterThan(100);
    },
  );
});

describe.skipIf(!havePacerData)('the classifier over every entry of every real fixture', () => {
  const dirs = ['dockets/district/', 'docket_history_reports/'];
  for (const dir of dirs) {
    for (const file of havePacerData
      ? readdirSync(new URL(dir, root)).filter((f) => f.endsWith('.html'))
      : []) {
      it(`${dir}${file}: events have spans (when the entry has text) and dates within 20 years before / 5 after the entry`, () => {
        const r = importDocket(readFileSync(new URL(`${dir}${file}`, root)));
        if (!r.ok) return expect(r.reason.length).toBeGreaterThan(0);
        const entries = new Map(r.caseFile.docketEntries.map((e) => [e.id, e]));
        for (const e of r.caseFile.events) {
          expect(e.provenance.source).toBe('docket');
          if (e.provenance.source !== 'docket') continue;
          const entry = entries.get(e.provenance.entry)!;
          if (entry.text) expect(e.provenance.span, `${e.id}`).toBeDefined();
          const y = Number(entry.dateFiled.slice(0, 4));
          for (const d of [e.date, (e as { from?: string }).from, (e as { to?: string | null }).to].filter(
            (x): x is string => !!x,
          )) {
            expect(Number(d.slice(0, 4)), `${e.id} ${d}`).toBeGreaterThanOrEqual(y - 20);
            expect(Number(d.slice(0, 4)), `${e.id} ${d}`).toBeLessThanOrEqual(y + 5);
          }
        }
      });
    }
  }
});
