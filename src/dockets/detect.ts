/**
 * What a file is: one of the four docket formats, or a page that is not a docket (docs/dockets.md § 4).
 * A page that is not a docket is refused with the reason and the words that show it; it never becomes an
 * empty case.
 */
import { type Rejection, reject, type SourceFormat } from './types.ts';

export type Detection = { ok: true; format: SourceFormat; kind: 'html' | 'json' } | Rejection;

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

const snippet = (text: string, at: number, length = 80) =>
  text
    .slice(Math.max(0, at - 20), at + length)
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

export function detectFormat(text: string, hint?: SourceFormat): Detection {
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) {
    if (hint === 'pacer' || hint === 'pacer-history')
      return reject(`--from ${hint} expects a PACER HTML page, but the file is JSON`, start.slice(0, 60));
    return { ok: true, format: hint ?? 'courtlistener', kind: 'json' };
  }
  if (!/<(html|body|table|h3|center|head|div)\b/i.test(text.slice(0, 200_000))) {
    return reject('the file is neither HTML nor JSON', start.slice(0, 80));
  }
  if (hint === 'courtlistener' || hint === 'recap')
    return reject(`--from ${hint} expects JSON, but the file is an HTML page`, start.slice(0, 60));

  const billing = PACER_PAGES[0]![0].exec(text);
  if (billing) return reject(PACER_PAGES[0]![1], snippet(text, billing.index));
  for (const [re, reason] of EXTENSION_MARKS) {
    const m = re.exec(text);
    if (m) return reject(`${reason}; save the page again with extensions disabled`, snippet(text, m.index));
  }
  const docket = /DOCKET FOR CASE #:/i.exec(text);
  const history = /History\/Documents|<th>\s*Doc\.\s*(<br\s*\/?>)?\s*No\.\s*<\/th>/i.exec(text);
  if (!docket && !history) {
    for (const [re, reason] of PACER_PAGES) {
      const m = re.exec(text);
      if (m) return reject(reason, snippet(text, m.index));
    }
  }
  if (hint === 'pacer' && !docket)
    return notADocket(text, 'a PACER Docket Report (no "DOCKET FOR CASE #:" heading)');
  if (hint === 'pacer-history' && !history)
    return notADocket(text, 'a PACER Docket History (no "Doc. No. | Dates | Description" table)');
  if (hint) return { ok: true, format: hint, kind: 'html' };
  if (docket) return { ok: true, format: 'pacer', kind: 'html' };
  if (history) return { ok: true, format: 'pacer-history', kind: 'html' };
  return notADocket(text, 'a docket');
}

function notADocket(text: string, expected: string): Rejection {
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1]?.trim() ?? '';
  if (
    /name=["']?(password|login)|PACER Login|login\.pl|Log in to PACER/i.test(text) &&
    /password/i.test(text)
  )
    return reject(`this is a PACER login page, not ${expected}`, title || 'password field');
  if (/iquery\.pl|Query Reports|Search Clues/i.test(text) && !/Docket Text/i.test(text))
    return reject(
      `this is a PACER case query page, not ${expected}: run the Docket Report and save that page`,
      title,
    );
  return reject(`this page is not ${expected}`, title || snippet(text, 0));
}
