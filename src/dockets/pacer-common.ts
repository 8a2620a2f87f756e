/** Pieces shared by the two PACER HTML reports: the court, the entry links, the receipt's filter. */
import { courtIdIn, districtNamedIn } from './court.ts';
import { usDate } from './dates.ts';
import { attr, type Document, type Element, findAll, findFirst, textUpTo } from './html.ts';
import type { RawDocket } from './types.ts';

/**
 * The PACER court id: from the CM/ECF host in a link (`ecf.azd.uscourts.gov`), the page title
 * (`CM/ECF - azd`), or the district named in the heading in any of the forms PACER prints (court.ts).
 */
export function courtOf(doc: Document, heading: string): string | null {
  const link = findFirst(doc, 'a', (a) => courtIdIn(attr(a, 'href') ?? '') !== null);
  if (link) return courtIdIn(attr(link, 'href') ?? '');
  const title = textUpTo(findFirst(doc, 'title') ?? doc, 300).slice(0, 300);
  return courtIdIn(title) ?? districtNamedIn(heading) ?? districtNamedIn(title);
}

/**
 * PACER document ids as CourtListener stores them: the fourth digit (a flag for "show receipt") set to 0,
 * so the same document matches across sources.
 */
export function normalizePacerDocId(id: string): string {
  return id.length >= 4 ? `${id.slice(0, 3)}0${id.slice(4)}` : id;
}

/** The document id and sequence number behind an entry-number link (`/doc1/…`, `goDLS(…, seq, …)`). */
export function entryLink(cell: Element): { pacerDocId: string | null; pacerSeqNo: string | null } {
  for (const a of findAll(cell, 'a')) {
    const href = attr(a, 'href') ?? '';
    const doc = /\/doc1\/(\d+)/.exec(href);
    if (!doc) continue;
    const click = attr(a, 'onclick') ?? '';
    const args = /goDLS\(\s*'[^']*'\s*,\s*'[^']*'\s*,\s*'([^']*)'/.exec(click);
    return { pacerDocId: normalizePacerDocId(doc[1]!), pacerSeqNo: args?.[1] ? args[1] : null };
  }
  return { pacerDocId: null, pacerSeqNo: null };
}

/** The transaction receipt's search criteria, when the report was run for part of the docket. */
export function receiptFilter(text: string): RawDocket['filter'] {
  const from = /Starting with document:\s*(\d+)/i.exec(text);
  const to = /Ending with document:\s*(\d+)/i.exec(text);
  const DATE = '(\\d{1,2}\\/\\d{1,2}\\/\\d{4})';
  const range = new RegExp(
    `(Filed|Entered)\\s+(?:from|between):?\\s*${DATE}\\s*(?:to|and):?\\s*${DATE}`,
    'i',
  ).exec(text);
  const start = range
    ? null
    : new RegExp(`(?:Start date|(?:Filed|Entered)\\s+From|Date from):\\s*${DATE}`, 'i').exec(text);
  const end = range
    ? null
    : new RegExp(`(?:End date|(?:Filed|Entered)\\s+To|Date to):\\s*${DATE}`, 'i').exec(text);
  const dateFrom = usDate(range?.[2] ?? start?.[1]);
  const dateTo = usDate(range?.[3] ?? end?.[1]);
  if (!from && !to && !dateFrom && !dateTo) return null;
  const parts: string[] = [];
  if (from) parts.push(`starting with document ${from[1]}`);
  if (to) parts.push(`ending with document ${to[1]}`);
  if (range) parts.push(`${range[1]!.toLowerCase()} ${range[2]} to ${range[3]}`);
  else {
    if (start) parts.push(`from ${start[1]}`);
    if (end) parts.push(`to ${end[1]}`);
  }
  return {
    description: `the report was run for part of the docket: ${parts.join(', ')}`,
    ...(from ? { fromDocument: Number(from[1]) } : {}),
    ...(to ? { toDocument: Number(to[1]) } : {}),
    ...(dateFrom ? { dateFrom } : {}),
    ...(dateTo ? { dateTo } : {}),
  };
}

/** The day the report was run: the date PACER prints at the top of its transaction receipt. */
export function receiptDate(receipt: string): string | null {
  const m = /(\d{1,2}\/\d{1,2}\/\d{4})\s+\d{1,2}:\d{2}(?::\d{2})?/.exec(receipt.slice(0, 600));
  return usDate(m?.[1]);
}

/**
 * True when the page really ends inside a table: no `</table>` follows the table's last row (which starts at
 * `lastRowStart`) in the page's text. A page that closes its docket table and then stops (no receipt, no `</html>`) has every entry.
 */
export function cutOffInside(source: string, lastRowStart: number | null): boolean {
  if (!source || lastRowStart === null) return false;
  return !/<\/table\s*>/i.test(source.slice(lastRowStart));
}
