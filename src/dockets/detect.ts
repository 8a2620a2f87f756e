/**
 * What a file is: one of the four docket formats, or a page that is not a docket (docs/dockets.md § 4).
 * A page that is not a docket is refused with the reason and the words that show it; it never becomes an
 * empty case.
 */
import { type Rejection, reject, type SourceFormat } from './types.ts';

export type Detection = { ok: true; format: SourceFormat; kind: 'html' | 'json' | 'xml' } | Rejection;

/**
 * PACER error pages (as juriscraper's `ERROR_STRINGS` lists them, plus the login and billing pages):
 * the words, and what they mean for the user.
 */
const PACER_PAGES: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /To accept charges shown below, click on the 'View Report' button/i,
    'this is the PACER billing confirmation page ("the report you requested is N pages"), not the docket: accept the charge and save the report itself',
  ],
  [/Case not found\./i, 'PACER answered "Case not found."'],
  [/There are no documents in this case\./i, 'PACER answered "There are no documents in this case."'],
  [/This case is in the process of being opened/i, 'PACER answered that the case is still being opened'],
  [/Incomplete request\. Please try your query again/i, 'PACER answered "Incomplete request"'],
  [/Cannot find case/i, 'PACER answered "Cannot find case"'],
  [
    /The report may take a long time to run because this case has many docket entries/i,
    'this is PACER\'s "the report may take a long time" notice, not the docket',
  ],
  [
    /Request timed out|Service Unavailable/i,
    'PACER answered with an error page (timeout or service unavailable)',
  ],
];

/** Signs that a browser extension rewrote the page (juriscraper refuses these; so do we). */
const EXTENSION_MARKS: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /chrome-extension:\/\/|moz-extension:\/\/|safari-extension:\/\//i,
    "the page carries a browser extension's stylesheet or script",
  ],
  [/Mtga-Extension/i, 'the page carries the "Make Trump Great Again" extension\'s stylesheet'],
  [/\bDrumpf\b/, 'the page text was rewritten by a browser extension (the name "Drumpf")'],
];
/** A word of each mark that holds no whitespace: a page without it carries no such mark. */
const EXTENSION_WORDS: readonly RegExp[] = [/-extension:\/\//i, /Mtga-Extension/i, /Drumpf/];

const snippet = (text: string, at: number, length = 80) =>
  text
    .slice(Math.max(0, at - 20), at + length)
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Other CM/ECF pages people save instead of the report: the words, and what the page is. */
const OTHER_PAGES: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /Notice of Electronic Filing/i,
    'this is a Notice of Electronic Filing (the message CM/ECF sends for one filing), not a docket: it tells of one entry only; run the Docket Report and save that page',
  ],
  [
    /<form[^>]*(?:DktRpt|HistDocQry)\.pl|(?:DktRpt|HistDocQry)\.pl[^>]*>[\s\S]{0,4000}?(?:Run Report|value=["']?Run)/i,
    'this is the options form of a PACER report (the page before the report is run), not the report: press "Run Report" and save the page it shows',
  ],
];

export function detectFormat(text: string, hint?: SourceFormat): Detection {
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) {
    if (hint === 'pacer' || hint === 'pacer-history' || hint === 'recap-xml')
      return reject(
        `--from ${hint} expects ${hint === 'recap-xml' ? 'XML' : 'a PACER HTML page'}, but the file is JSON`,
        start.slice(0, 60),
      );
    return { ok: true, format: hint ?? 'courtlistener', kind: 'json' };
  }
  const head = start.slice(0, 2000);
  if (/^<\?xml\b/i.test(head) || /^<case\b[^>]*>\s*<case_details\b/i.test(head)) {
    if (/<case_details\b/i.test(text.slice(0, 20_000)))
      return hint && hint !== 'recap-xml' && hint !== 'recap'
        ? reject(
            `--from ${hint} does not read XML; the file is a RECAP archive docket (docket.xml)`,
            head.slice(0, 60),
          )
        : { ok: true, format: 'recap-xml', kind: 'xml' };
    if (!/<html\b/i.test(head))
      return reject('the file is XML, but not a RECAP archive docket (no <case_details>)', head.slice(0, 80));
  }
  if (!/<(html|body|table|h3|center|head|div)\b/i.test(text.slice(0, 200_000))) {
    return reject('the file is neither HTML, XML nor JSON', start.slice(0, 80));
  }
  if (hint === 'courtlistener' || hint === 'recap' || hint === 'recap-xml')
    return reject(
      `--from ${hint} expects ${hint === 'recap-xml' ? 'XML' : 'JSON'}, but the file is an HTML page`,
      start.slice(0, 60),
    );

  // Browsers re-indent saved pages: match the words with any whitespace between them.
  // Every run of whitespace as one space; only runs that change are matched (not each space between words).
  // The page flattened so is made only when a pattern may match: a word of it that holds no whitespace is in
  // the page as written (flattening changes whitespace only), and a page without that word cannot match.
  let flatText: string | undefined;
  const flat = () => (flatText ??= text.replace(/\s{2,}|[^\S ]/g, ' '));
  const billing = /'View/i.test(text) ? PACER_PAGES[0]![0].exec(flat()) : null;
  if (billing) return reject(PACER_PAGES[0]![1], snippet(flat(), billing.index));
  for (const [i, [re, reason]] of EXTENSION_MARKS.entries()) {
    if (!EXTENSION_WORDS[i]!.test(text)) continue;
    const m = re.exec(flat());
    if (m) return reject(`${reason}; save the page again with extensions disabled`, snippet(flat(), m.index));
  }
  // "DOCKET FOR CASE #:" in the flattened page is these words with any whitespace between them in the page.
  const docket = /DOCKET\s+FOR\s+CASE\s+#:/i.test(text);
  const history = () => /History\/Documents|<th[^>]*> ?Doc\.? ?(<br ?\/?> ?)?No\.? ?<\/th>/i.test(flat());
  if (!docket && !history()) {
    for (const [re, reason] of [...PACER_PAGES, ...OTHER_PAGES]) {
      const m = re.exec(flat());
      if (m) return reject(reason, snippet(flat(), m.index));
    }
  }
  if (hint === 'pacer' && !docket)
    return notADocket(flat(), 'a PACER Docket Report (no "DOCKET FOR CASE #:" heading)');
  if (hint === 'pacer-history' && !history())
    return notADocket(flat(), 'a PACER Docket History (no "Doc. No. | Dates | Description" table)');
  if (hint) return { ok: true, format: hint, kind: 'html' };
  if (docket) return { ok: true, format: 'pacer', kind: 'html' };
  if (history()) return { ok: true, format: 'pacer-history', kind: 'html' };
  return notADocket(flat(), 'a docket');
}

function notADocket(text: string, expected: string): Rejection {
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1]?.trim() ?? '';
  if (
    /name=["']?(password|login)|PACER Login|login\.pl|Log in to PACER/i.test(text) &&
    /password/i.test(text)
  )
    return reject(
      `this is a PACER login page, not ${expected}: log in, run the report and save it`,
      title || 'password field',
    );
  if (/iquery\.pl|Query Reports|Search Clues/i.test(text) && !/Docket Text/i.test(text))
    return reject(
      `this is a PACER case query page, not ${expected}: run the Docket Report and save that page`,
      title,
    );
  return reject(
    `this page is not ${expected}: looked for a "DOCKET FOR CASE #:" heading (Docket Report) and a "Doc. No. | Dates | Description" table (Docket History), and found neither`,
    title || snippet(text, 0),
  );
}
