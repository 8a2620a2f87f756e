/**
 * Pages as people have them: saved by a browser (re-indented), headed in any of PACER's court forms, cut off,
 * civil, or not a docket at all; and pages built to be slow. The real pages come from the development data
 * (../shared/data/pacer); each test changes them in memory the way the situation does.
 */
import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../src/case/index.ts';
import { districtNamedIn } from '../../src/dockets/court.ts';
import { findAll, linesOf, MAX_DEPTH, parseHtml, textContent } from '../../src/dockets/html.ts';
import { importDocket } from '../../src/dockets/index.ts';
import { DocketTableReader, parsePacerDocket } from '../../src/dockets/pacer-docket.ts';
import { DISTRICTS } from '../../src/law/calendar/districts.ts';
import { havePacerData, listPacer, readPacer } from '../helpers/shared-data.ts';

const page = (name: string) => readPacer(`${name}.html`).toString('latin1');
const imported = (html: string, opts = {}): CaseFile => {
  const r = importDocket(Buffer.from(html, 'latin1'), opts);
  if (!r.ok) throw new Error(`${r.reason} — ${r.evidence}`);
  return r.caseFile;
};
const refusal = (html: string, opts = {}) => {
  const r = importDocket(Buffer.from(html, 'latin1'), opts);
  if (r.ok) throw new Error('expected a refusal');
  return r;
};

/**
 * What a browser's "save as" does to a page: the text between tags re-flowed — every space inside a
 * text node (a lone space; double spaces PACER prints are kept) becomes a line break and an indentation ("Date Filed" → "Date⏎        Filed", "Filed:
 * 04/05/2016" → "Filed:⏎    04/05/2016") — and line breaks with indentation put between block tags. Scripts
 * and styles are left alone; the words and their order are unchanged.
 */
function reindent(html: string): string {
  let depth = 0;
  const pad = () => `\n${' '.repeat(2 + (depth++ % 7) * 2)}`;
  return html
    .split(/(<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>)/i)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(
              />([^<]+)</g,
              (_, text: string) => `>${text.replace(/(?<![ \t])[ \t](?![ \t])/g, () => pad())}<`,
            )
            .replace(/(<\/(?:td|th|tr|table|p|div|h3|center)>)(?=<)/gi, (tag: string) => `${tag}${pad()}`),
    )
    .join('');
}

describe.skipIf(!havePacerData)('pages saved by a browser (re-indented) read as PACER prints them', () => {
  const names = [...listPacer('dockets/district'), ...listPacer('docket_history_reports')];
  for (const name of names) {
    it(`${name}: the re-indented page gives the same case file, or the same refusal`, () => {
      const original = importDocket(readPacer(`${name}.html`));
      const html = page(name);
      const again = importDocket(Buffer.from(reindent(html), 'latin1'));
      // The test must change the page: labels and cells are broken across lines.
      expect(reindent(html)).not.toBe(html);
      if (!original.ok) {
        expect(again.ok).toBe(false);
        if (!again.ok) expect(again.reason).toBe(original.reason);
        return;
      }
      expect(again.ok, again.ok ? '' : again.reason).toBe(true);
      if (!again.ok) return;
      expect(again.caseFile).toEqual(original.caseFile);
    });
  }
  it('the re-indenting breaks the labels the importer reads ("Date⏎Filed", "Filed:⏎…")', () => {
    const h = reindent(page('docket_history_reports/flmd_331869'));
    expect(h).toMatch(/Date\n +filed:/);
    expect(reindent(page('dockets/district/ned')).match(/Date\n +Filed/)).not.toBeNull();
  });
});

describe('court detection from every heading form PACER uses', () => {
  it.each([
    ['California Northern District (San Francisco)', 'cand'],
    ['U.S. District Court — District of Utah (Central)', 'utd'],
    ['U.S. District Court\nEastern District of New York (Brooklyn)', 'nyed'],
    ['UNITED STATES DISTRICT COURT FOR THE SOUTHERN DISTRICT OF NEW YORK', 'nysd'],
    ['U.S. District Court\nDistrict of Nebraska (4 Lincoln)', 'ned'],
    ['U.S. District Court\nNorthern District of West Virginia (Clarksburg)', 'wvnd'],
    ['U.S. District Court\nWestern District of Virginia (Roanoke)', 'vawd'],
    ['U.S. District Court\nDistrict of Columbia (Washington, DC)', 'dcd'],
    ['District of the Virgin Islands', 'vid'],
    ['U.S. District Court for the District of Kansas (Wichita)', 'ksd'],
    ['UNITED STATES DISTRICT COURT, E.D.N.Y.', 'nyed'],
  ])('"%s" → %s', (heading, code) => {
    expect(districtNamedIn(heading)).toBe(code);
  });
  it('finds each of the 94 districts by its name, in capitals after "FOR THE", and state first', () => {
    expect(DISTRICTS.size).toBe(94);
    for (const d of DISTRICTS.values()) {
      expect(districtNamedIn(`U.S. District Court\n${d.name} (Division)`), d.name).toBe(d.code);
      expect(districtNamedIn(`UNITED STATES DISTRICT COURT FOR THE ${d.name.toUpperCase()}`), d.name).toBe(
        d.code,
      );
      const m = /^(Northern|Southern|Eastern|Western|Central|Middle) District of (.+)$/.exec(d.name);
      if (m) expect(districtNamedIn(`${m[2]} ${m[1]} District (City)`), d.name).toBe(d.code);
    }
  });
  it('names nothing in a heading without a district', () => {
    expect(districtNamedIn('U.S. District Court\nCRIMINAL DOCKET FOR CASE #: 4:13-cr-03121')).toBeNull();
  });

  /** ned.html without the links and title that name its court, and with another heading. */
  const withHeading = (heading: string) =>
    page('dockets/district/ned')
      .replace(/ecf\.ned\.uscourts\.gov/g, 'ecf.example.org')
      .replace('<title>District of Nebraska</title>', '<title>Docket Report</title>')
      .replace('District of Nebraska (4 Lincoln)', heading);
  it.skipIf(!havePacerData)('reads the court from the heading when no link or title names it', () => {
    expect(imported(withHeading('U.S. District Court — District of Nebraska (4 Lincoln)')).case.court).toBe(
      'ned',
    );
    expect(imported(withHeading('Nebraska District (4 Lincoln)')).case.court).toBe('ned');
  });
  it.skipIf(!havePacerData)(
    'refuses a page that names no court, saying what it looked for; --court is the fallback',
    () => {
      const html = withHeading('(4 Lincoln)');
      const r = refusal(html);
      expect(r.reason).toMatch(
        /looked for a CM\/ECF link .* the page title .* a district named in the heading/,
      );
      expect(r.reason).toMatch(/--court/);
      expect(imported(html, { court: 'ned' }).case.court).toBe('ned');
      // The page's own heading wins over --court.
      expect(imported(withHeading('District of Nebraska (4 Lincoln)'), { court: 'iand' }).case.court).toBe(
        'ned',
      );
    },
  );
});

describe.skipIf(!havePacerData)(
  'civil and other non-criminal dockets are refused, never made criminal',
  () => {
    const civil = () =>
      page('dockets/district/ned')
        .replace(
          'CRIMINAL DOCKET FOR CASE #: 4:13-cr-03121-RGK-CRZ-1',
          'CIVIL DOCKET FOR CASE #: 4:13-cv-03121-RGK-CRZ',
        )
        .replace(/USA v\. Benz/g, 'Lokhova v. Halper')
        .replace(/<B><U>Plaintiff<\/U><\/B>[\s\S]*?<B>USA<\/B>/i, (m) =>
          m.replace(/<B>USA<\/B>/i, '<B>Svetlana Lokhova</B>'),
        );
    it('a PACER civil docket report: type cv, CIVIL heading, a plaintiff who is not the United States', () => {
      const r = refusal(civil());
      expect(r.reason).toMatch(/^this is a civil docket, not a federal criminal case/);
      expect(r.reason).toContain('docket type "cv" in 4:13-cv-03121-RGK-CRZ');
      expect(r.reason).toContain('the heading reads "CIVIL DOCKET FOR CASE #"');
      expect(r.reason).toContain('the caption "Lokhova v. Halper" is not "United States v. …"');
      expect(r.evidence).toBe('Lokhova v. Halper');
      expect(`${r.reason} ${r.evidence}`).not.toMatch(/United States v\. Halper/);
    });
    it('a docket with a Nature of Suit is civil, whatever its number says', () => {
      const html = page('dockets/district/ned').replace(
        'Date Filed: 09/25/2013',
        'Date Filed: 09/25/2013<br>Nature of\n   Suit: 320 Assault Libel &amp; Slander',
      );
      expect(refusal(html).reason).toContain('Nature of Suit: 320 Assault Libel & Slander');
    });
  },
);

describe.skipIf(!havePacerData)('every refusal names the real reason', () => {
  it('a docket table found with no entry read is an error, never an empty case', () => {
    // The date cells of every docket row emptied: the table is there, no row can be read.
    const html = page('dockets/district/ned').replace(/(<td width='94'[^>]*>)\d{2}\/\d{2}\/\d{4}/gi, '$1');
    const r = refusal(html);
    expect(r.reason).toMatch(
      /^the docket table \("Date Filed \| # \| Docket Text"\) was found, but none of its \d+ rows could be read as an entry/,
    );
  });
  it('a docket history with no events', () => {
    const html = page('docket_history_reports/flmd_331869');
    const start = html.indexOf('</tr>', html.indexOf('Description')) + 5;
    const end = html.indexOf('</tbody></table><hr>');
    const r = refusal(html.slice(0, start) + html.slice(end));
    expect(r.reason).toMatch(/^the docket history lists no events/);
    expect(r.evidence).toContain('6:16-cr-00270-JA-DCI');
  });
  it('a notice of electronic filing', () => {
    const nef =
      '<html><head><title>Activity in Case 4:13-cr-03121-RGK-CRZ USA v. Benz Order</title></head><body><p><b>This is an automatic e-mail message generated by the CM/ECF system.</b></p><p align=center><strong>U.S. District Court</strong></p><p align=center><b>District of Nebraska</b></p>Notice of Electronic Filing<br>The following transaction was entered on 10/15/2013 at 2:31 PM CDT and filed on 10/15/2013<table><tr><td>Case Name:</td><td>USA v. Benz</td></tr><tr><td>Case Number:</td><td>4:13-cr-03121-RGK-CRZ</td></tr></table></body></html>';
    expect(refusal(nef).reason).toMatch(/^this is a Notice of Electronic Filing .* tells of one entry only/);
  });
  it('a case query page, a login page and the billing page', () => {
    expect(refusal(page('dockets/not_dockets/casd_542797')).reason).toMatch(/billing confirmation page/);
    const query =
      '<html><head><title>CM/ECF - ned</title></head><body><form action="/cgi-bin/iquery.pl"><h3>Search Clues</h3></form></body></html>';
    expect(refusal(query).reason).toMatch(/^this is a PACER case query page, not a docket/);
    const login =
      '<html><head><title>PACER Login</title></head><body><form action="login.pl"><input name="login"><input type="password" name="password"></form></body></html>';
    expect(refusal(login).reason).toMatch(/^this is a PACER login page/);
  });
  it('a page that is none of these says what it looked for', () => {
    expect(refusal('<html><body><table><tr><td>Hello</td></tr></table></body></html>').reason).toMatch(
      /looked for a "DOCKET FOR CASE #:" heading .* and a "Doc\. No\. \| Dates \| Description" table/,
    );
  });
});

describe.skipIf(!havePacerData)('"looks cut off" only when the page ends inside the table', () => {
  const ned = page('dockets/district/ned');
  it('a page cut inside the docket table: the entries before the cut, a true warning, partial coverage', () => {
    const cut = ned.slice(0, Math.floor(ned.length / 2));
    const f = imported(cut);
    const last = f.docketEntries[f.docketEntries.length - 1]!;
    expect(f.meta.warnings.join('\n')).toContain(
      `the page ends inside the docket table, after entry ${last.number}: it is cut off`,
    );
    expect(f.coverage[0]).toMatchObject({
      complete: false,
      periods: [{ from: '2013-09-25', to: last.dateFiled }],
    });
  });
  it('a page cut after its docket table (no receipt, no </html>) has every entry: no warning', () => {
    const end = ned.indexOf('</table>', ned.indexOf('Docket Text')) + '</table>'.length;
    const f = imported(ned.slice(0, end));
    expect(f.docketEntries).toHaveLength(136);
    expect(f.meta.warnings.join('\n')).not.toMatch(/cut off/);
    // No receipt: the report date is the last entry's, and the coverage says so.
    expect(f.coverage[0]).toMatchObject({ complete: true, reportDate: '2018-04-26' });
    expect(f.coverage[0]!.note).toMatch(/does not print the day the report was run .* 2018-04-26/);
  });
  it('a page cut before its docket table is refused as cut off', () => {
    const r = refusal(ned.slice(0, ned.indexOf("white-space:nowrap'>Date Filed") - 200));
    expect(r.reason).toMatch(/ends before the docket table: it is cut off/);
  });
});

describe.skipIf(!havePacerData)('coverage of the PACER reports', () => {
  it('ned: a full docket report is complete from filing to the day it was run (receipt 05/10/2018)', () => {
    const f = imported(page('dockets/district/ned'));
    expect(f.coverage).toEqual([
      {
        id: 'src-1',
        format: 'pacer-docket',
        description: 'PACER docket report run 2018-05-10',
        reportDate: '2018-05-10',
        complete: true,
        periods: [{ from: '2013-09-25', to: '2018-05-10' }],
        // 146 numbers less these 11 gaps = 135 numbered entries; with one unnumbered entry, the 136 read.
        entryNumbers: { from: 1, to: 146, missing: [5, 51, 82, 83, 84, 86, 93, 118, 119, 125, 142] },
        entryTexts: 'full',
        setBy: 'importer',
        note: expect.stringMatching(/^11 entry numbers are missing inside 1–146; .*sealed or restricted/),
      },
    ]);
  });
  it('casd: a report run for documents 1–48 is partial, over the days its entries span', () => {
    const f = imported(page('dockets/district/casd'));
    expect(f.coverage[0]).toMatchObject({
      complete: false,
      periods: [{ from: '2015-01-12', to: '2015-08-24' }],
      entryNumbers: { from: 1, to: 48, missing: [22, 23, 24] },
    });
    expect(f.coverage[0]!.note).toContain('starting with document 1, ending with document 48');
  });
  it('flmd_331869: a docket history without texts is partial (entry texts none)', () => {
    const f = imported(page('docket_history_reports/flmd_331869'));
    expect(f.coverage[0]).toMatchObject({ complete: false, entryTexts: 'none', reportDate: '2017-12-31' });
  });
});

describe('deeply nested pages: linear time, no stack overflow', () => {
  const head =
    '<html><head><title>CM/ECF - ned</title></head><body><h3>U.S. District Court<br>District of Nebraska (4 Lincoln)<br>CRIMINAL DOCKET FOR CASE #: 4:13-cr-03121-RGK-CRZ-1</h3>';
  const deep = (n: number) =>
    `${head}${'<table><tr><td>x'.repeat(n)}${'</td></tr></table>'.repeat(n)}</body></html>`;
  it('refuses a page of tables nested 100,000 deep after a PACER header, naming the depth', () => {
    const r = refusal(deep(100_000));
    expect(r.reason).toBe(
      "the page nests its elements more than 5000 levels deep (PACER's pages nest about 10): it is not a docket page as PACER serves it",
    );
  });
  it('refuses a page of more elements than a docket at the 20 MB limit has, naming the count and where', () => {
    const r = refusal(`${head}${'<b>x</b>'.repeat(700_000)}</body></html>`);
    expect(r.reason).toBe(
      'the page has more than 600,000 elements (a PACER docket at the 20 MB limit has about 300,000): it is not a docket page as PACER serves it',
    );
    expect(r.evidence).toMatch(/^at character \d+: <b>x<\/b><b>x<\/b>/);
  });
  it('reads a 100,000-deep DOM without recursion (text and lines of every level)', () => {
    const doc = parseHtml(deep(100_000), Number.POSITIVE_INFINITY);
    expect(textContent(doc).match(/x/g)).toHaveLength(100_000);
    expect(linesOf(doc).filter((l) => l === 'x')).toHaveLength(100_000);
  });
});

describe('the docket table read row by row as the page is parsed gives what the whole tree gives', () => {
  const both = (html: string) => {
    const whole = parseHtml(html);
    const reader = new DocketTableReader();
    const streamed = parseHtml(html, MAX_DEPTH, reader.onClose);
    return {
      whole: parsePacerDocket(whole, html),
      streamed: parsePacerDocket(streamed, html, reader),
      rows: [findAll(whole, 'tr').length, findAll(streamed, 'tr').length],
    };
  };
  const head =
    '<html><head><title>CM/ECF</title></head><body><h3>U.S. District Court<br>District of Nebraska (4 Lincoln)<br>CRIMINAL DOCKET FOR CASE #: 4:13-cr-03121-RGK-CRZ-1</h3><table><tr><td>Case title: USA v. Doe</td></tr></table>';
  const row = (date: string, n: number, text: string) =>
    `<tr><td>${date}</td><td><a href="https://ecf.ned.uscourts.gov/doc1/11312345${n}">${n}</a></td><td>${text}</td></tr>`;
  const table = (rows: string) =>
    `<table><tr><th>Date Filed</th><th>#</th><th>Docket Text</th></tr>${rows}</table><p>Transaction Receipt</p><p>05/10/2018 10:11:12</p></body></html>`;

  for (const name of listPacer('dockets/district')) {
    it(`${name}: the same docket, as PACER prints it and re-indented`, () => {
      for (const html of [page(name), reindent(page(name))]) {
        const r = both(html);
        expect(r.streamed).toEqual(r.whole);
      }
    });
  }
  it.skipIf(!havePacerData)('ned: the 136 rows of its docket table leave the tree as they are read', () => {
    const r = both(page('dockets/district/ned'));
    expect(r.rows[0]! - r.rows[1]!).toBeGreaterThanOrEqual(135);
  });
  it('rows in a tbody, with whitespace and a comment between them, and a nested table in a docket text', () => {
    const html =
      head +
      table(
        `<tbody>\n${row('01/02/2013', 1, 'INDICTMENT')}\n  ${row('01/03/2013', 2, 'ORDER <table><tr><td>01/04/2013</td><td>9</td><td>nested</td></tr></table> (Entered: 01/03/2013)')}<!-- c -->${row('x', 3, 'no date')}\n</tbody>`,
      );
    const r = both(html);
    expect(r.streamed).toEqual(r.whole);
    if ('ok' in r.streamed) throw new Error(r.streamed.reason);
    expect(r.streamed.entries.map((e) => e.number)).toEqual(['1', '2', '9']);
    expect(r.streamed.court).toBe('ned');
    expect(r.streamed.reportDate).toBe('2018-05-10');
  });
  it('a page cut inside its docket table, and a table of rows none of which can be read', () => {
    const cut = `${head}<table><tr><th>Date Filed</th><th>#</th><th>Docket Text</th></tr>${row('01/02/2013', 1, 'INDICTMENT')}${row('01/03/2013', 2, 'ORD')}`;
    const r = both(cut);
    expect(r.streamed).toEqual(r.whole);
    if ('ok' in r.streamed) throw new Error(r.streamed.reason);
    expect(r.streamed.cutOff).toBe(true);
    const unreadable = both(head + table('<tr><td>x</td><td>1</td><td>y</td></tr>\n'.repeat(1000)));
    expect(unreadable.streamed).toEqual(unreadable.whole);
    expect(unreadable.streamed).toMatchObject({
      ok: false,
      reason:
        'the docket table ("Date Filed | # | Docket Text") was found, but none of its 1000 rows could be read as an entry (no date filed in the first cell)',
      evidence: 'x1y',
    });
    // The thousand rows are one element of the tree after parsing.
    expect(unreadable.rows).toEqual([1002, 3]);
  });
});
