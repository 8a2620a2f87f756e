/** Pieces shared by the two PACER HTML reports: the court, the entry links, the receipt's filter. */
import { DISTRICTS } from '../law/calendar/districts.ts';
import { attr, type Document, type Element, findAll, textContent } from './html.ts';

/**
 * The PACER court id: from the CM/ECF host in a link (`ecf.azd.uscourts.gov`), the page title
 * (`CM/ECF - azd`), or the district named in the heading.
 */
export function courtOf(doc: Document, heading: string): string | null {
  for (const a of findAll(doc, 'a')) {
    const m = /ecf\.([a-z]{2,5})\.uscourts\.gov/i.exec(attr(a, 'href') ?? '');
    if (m && DISTRICTS.has(m[1]!.toLowerCase())) return m[1]!.toLowerCase();
  }
  const title = textContent(findAll(doc, 'title')[0] ?? doc).slice(0, 300);
  const t = /CM\/ECF\s*-\s*([a-z]{2,5})\b/i.exec(title);
  if (t && DISTRICTS.has(t[1]!.toLowerCase())) return t[1]!.toLowerCase();
  const haystack = `${title}\n${heading}`.toLowerCase();
  let best: string | null = null;
  let bestLength = 0;
  for (const d of DISTRICTS.values()) {
    const name = d.name.toLowerCase();
    if (haystack.includes(name) && name.length > bestLength) {
      best = d.code;
      bestLength = name.length;
    }
  }
  return best;
}

/**
 * PACER document ids as CourtListener stores them: the fourth digit (a flag for "show receipt") set to 0,
 * so the same document matches across sources.
 */
export function normalisePacerDocId(id: string): string {
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
    return { pacerDocId: normalisePacerDocId(doc[1]!), pacerSeqNo: args?.[1] ? args[1] : null };
  }
  return { pacerDocId: null, pacerSeqNo: null };
}

/** The transaction receipt's search criteria, when the report was run for part of the docket. */
export function receiptFilter(
  text: string,
): { description: string; fromDocument?: number; toDocument?: number } | null {
  const from = /Starting with document:\s*(\d+)/i.exec(text);
  const to = /Ending with document:\s*(\d+)/i.exec(text);
  const dates = /(Filed|Entered) (?:from|between):?\s*([0-9/]+)\s*(?:to|and)\s*([0-9/]+)/i.exec(text);
  if (!from && !to && !dates) return null;
  const parts: string[] = [];
  if (from) parts.push(`starting with document ${from[1]}`);
  if (to) parts.push(`ending with document ${to[1]}`);
  if (dates) parts.push(`${dates[1]!.toLowerCase()} ${dates[2]} to ${dates[3]}`);
  return {
    description: `the report was run for part of the docket: ${parts.join(', ')}`,
    ...(from ? { fromDocument: Number(from[1]) } : {}),
    ...(to ? { toDocument: Number(to[1]) } : {}),
  };
}
