/**
 * PACER Docket History (`HistDocQry.pl`, "History/Documents"), docs/dockets.md § 3: a header line (docket
 * number, "All Defendants" or the defendant suffix, case title), then one row per entry with the filing,
 * entry and — for motions — termination dates, the CM/ECF event name, and, when the report was run with
 * it, the docket text. No parties, no counts.
 */
import { usDate } from './dates.ts';
import {
  cells,
  clean,
  cleanText,
  type Document,
  type Element,
  findAll,
  isTag,
  linesOf,
  rows,
  textContent,
} from './html.ts';
import { courtOf, entryLink, receiptFilter } from './pacer-common.ts';
import type { RawDocket, RawEntry, Rejection } from './types.ts';
import { reject } from './types.ts';

const DOCKET_NUMBER = /^(\d{1,2}:\d{2}-[a-z]{1,4}-\d{1,10}(?:-[A-Za-z0-9]+)*)\s*(.*)$/;

/** The history table: the one whose header row reads "Doc. No. | Dates | Description". */
function historyTable(doc: Document): Element | undefined {
  return findAll(doc, 'table').find((t) => {
    const first = rows(t)[0];
    if (!first) return false;
    const text = clean(textContent(first));
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
    const numberText = clean(textContent(rowCells[0]!));
    let text = '';
    const next = all[i + 1];
    const nextCells = next ? cells(next) : [];
    if (nextCells.length === 1 && /Docket Text:/i.test(textContent(nextCells[0]!))) {
      text = cleanText(textContent(nextCells[0]!).replace(/^[\s\u00a0]*Docket Text:/i, ''));
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
    out += textContent(c);
  }
  const name = clean(out);
  return name || null;
}

export function parsePacerHistory(doc: Document): RawDocket | Rejection {
  const table = historyTable(doc);
  if (!table) return reject('no "Doc. No. | Dates | Description" table: not a PACER Docket History report');
  const header = findAll(doc, 'center').find((c) => /Date filed:/i.test(textContent(c)));
  const lines = header ? linesOf(header) : [];
  const first = lines.find((l) => DOCKET_NUMBER.test(l)) ?? '';
  const m = DOCKET_NUMBER.exec(first);
  if (!m) return reject('the docket history has no docket number in its header', lines.slice(0, 3).join(' '));
  let rest = m[2] ?? '';
  const allDefendants = /^All Defendants\b/i.test(rest);
  rest = rest.replace(/^All Defendants\s*/i, '');
  const find = (label: string) =>
    usDate(lines.find((l) => new RegExp(`^${label}:`, 'i').test(l))?.replace(/^[^:]*:/, ''));

  const pageLines = linesOf(doc);
  const receipt = pageLines.slice(pageLines.findIndex((l) => /Transaction Receipt/i.test(l))).join('\n');
  const filter = receiptFilter(receipt);
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
    entries: entriesOf(table),
    filter: filter && (filter.fromDocument || filter.toDocument) ? filter : null,
    warnings: [],
  };
}
