/**
 * PACER Docket History (`HistDocQry.pl`, "History/Documents"), docs/dockets.md § 3: a header line (docket
 * number, "All Defendants" or the defendant suffix, case title), then one row per entry with the filing,
 * entry and — for motions — termination dates, the CM/ECF event name, and, when the report was run with
 * it, the docket text. No parties, no counts.
 */
import { usDate } from './dates.ts';
import {
  cells,
  cellText,
  clean,
  cleanText,
  type Document,
  type Element,
  findAll,
  isTag,
  linesOf,
  rows,
  textUpTo,
} from './html.ts';
import { courtOf, cutOffInside, entryLink, receiptDate, receiptFilter } from './pacer-common.ts';
import type { RawDocket, RawEntry, Rejection } from './types.ts';
import { reject } from './types.ts';

const DOCKET_NUMBER = /^(\d{1,2}:\d{2}-[a-z]{1,4}-\d{1,10}(?:-[A-Za-z0-9]+)*)\s*(.*)$/;

/** The history table: the one whose header row reads "Doc. No. | Dates | Description". */
function historyTable(doc: Document): Element | undefined {
  return findAll(doc, 'table').find((t) => {
    const first = rows(t)[0];
    if (!first) return false;
    const text = clean(textUpTo(first, 400));
    return /Doc\.?\s*No\.?/i.test(text) && /Dates/i.test(text) && /Description/i.test(text);
  });
}

/** The dates cell: `Filed: …` / `Entered: …` / `Filed & Entered: …` / `Terminated: …` label–value rows. */
function datesOf(cell: Element) {
  const out = {
    filed: null as string | null,
    entered: null as string | null,
    terminated: null as string | null,
  };
  for (const line of linesOf(cell)) {
    const date = usDate(line);
    if (!date) continue;
    if (/Filed\s*&\s*Entered/i.test(line)) {
      out.filed = date;
      out.entered = date;
    } else if (/^Filed/i.test(line)) out.filed = date;
    else if (/^Entered/i.test(line)) out.entered = date;
    else if (/^Terminated/i.test(line)) out.terminated = date;
  }
  return out;
}

function entriesOf(table: Element): RawEntry[] {
  const out: RawEntry[] = [];
  const all = rows(table).slice(1);
  for (let i = 0; i < all.length; i++) {
    const rowCells = cells(all[i]!);
    if (rowCells.length < 3) continue;
    const dates = datesOf(rowCells[1]!);
    if (!dates.filed) continue;
    const numberText = clean(cellText(rowCells[0]!));
    let text = '';
    const next = all[i + 1];
    const nextCells = next ? cells(next) : [];
    if (nextCells.length === 1 && /Docket\s+Text:/i.test(textUpTo(nextCells[0]!, 200))) {
      text = cleanText(cellText(nextCells[0]!).replace(/^[\s\u00a0]*Docket\s+Text:/i, ''));
      i++;
    }
    out.push({
      number: /^\d+$/.test(numberText) ? numberText : null,
      dateFiled: dates.filed,
      dateEntered: dates.entered,
      text,
      eventName: eventNameOf(rowCells[2]!),
      ...entryLink(rowCells[0]!),
      terminatedOn: dates.terminated,
    });
  }
  return out;
}

/** The event name: the description cell's text, without the "Docket Text" icon link. */
function eventNameOf(cell: Element): string | null {
  let out = '';
  for (const c of cell.children) {
    if (isTag(c, 'a') && /DktText/.test(c.attribs.href ?? '')) continue;
    out += cellText(c);
  }
  const name = clean(out);
  return name || null;
}

export function parsePacerHistory(doc: Document, source = ''): RawDocket | Rejection {
  const table = historyTable(doc);
  if (!table) return reject('no "Doc. No. | Dates | Description" table: not a PACER Docket History report');
  const header = findAll(doc, 'center').find((c) => /Date\s+filed:/i.test(textUpTo(c, 2000)));
  const lines = header ? linesOf(header) : [];
  const first = lines.find((l) => DOCKET_NUMBER.test(l)) ?? '';
  const m = DOCKET_NUMBER.exec(first);
  if (!m) return reject('the docket history has no docket number in its header', lines.slice(0, 3).join(' '));
  let rest = m[2] ?? '';
  const allDefendants = /^All Defendants\b/i.test(rest);
  rest = rest.replace(/^All Defendants\s*/i, '');
  const find = (label: string) =>
    usDate(
      lines.find((l) => new RegExp(`^${label.replace(/ /g, '\\s+')}:`, 'i').test(l))?.replace(/^[^:]*:/, ''),
    );

  const pageLines = linesOf(doc);
  const receiptAt = pageLines.findIndex((l) => /Transaction Receipt/i.test(l));
  const receipt = receiptAt >= 0 ? pageLines.slice(receiptAt).join('\n') : '';
  const filter = receiptFilter(receipt);
  const tableRows = rows(table).slice(1);
  const entries = entriesOf(table);
  const cut = cutOffInside(source, (tableRows[tableRows.length - 1] ?? rows(table)[0]!).startIndex);
  const warnings: string[] = [];
  if (entries.length === 0) {
    return reject(
      cut
        ? 'the docket history ends inside its table before any event could be read: the page is cut off; save the whole page again'
        : tableRows.length === 0
          ? 'the docket history lists no events: its "Doc. No. | Dates | Description" table is empty (was the report run for a range with no filings?)'
          : `the docket history's table was found, but none of its ${tableRows.length} rows could be read as an event (no "Filed:" date)`,
      `${m[1]} ${clean(rest)}`,
    );
  }
  if (cut)
    warnings.push(
      'the page ends inside the history table: it is cut off, and the events after the last one read are missing',
    );
  return {
    format: 'pacer-history',
    court: courtOf(doc, lines.join(' ')) ?? '',
    docketNumberFull: m[1]!,
    caseTitle: clean(rest),
    assignedTo: null,
    referredTo: null,
    dateFiled: find('Date filed'),
    dateTerminated: find('Date terminated'),
    dateLastFiling: find('Date of last filing'),
    magistrateCaseNumbers: [],
    appealsCaseNumbers: [],
    otherCaseNumbers: [],
    allDefendants,
    parties: [],
    entries,
    filter:
      filter && (filter.fromDocument || filter.toDocument || filter.dateFrom || filter.dateTo)
        ? filter
        : null,
    reportDate: receiptDate(receipt),
    cutOff: cut,
    natureOfSuit: null,
    docketKind: null,
    warnings,
  };
}
