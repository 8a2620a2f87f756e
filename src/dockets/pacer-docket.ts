/**
 * PACER Docket Report (`DktRpt.pl`), criminal case, one defendant per page (docs/dockets.md § 2): header,
 * parties with attorneys, pending and terminated counts, complaints, highest offense levels, and the docket
 * table. The reference parse is juriscraper's `DocketReport`; the development dockets (`../shared/data/pacer`, read by the tests) hold its
 * expected output beside each page.
 */

import { type AnyNode, Element as ElementNode, type ParentNode } from 'domhandler';
import { courtIdIn } from './court.ts';
import { usDate } from './dates.ts';
import {
  attr,
  cells,
  cellText,
  clean,
  cleanText,
  type Document,
  type Element,
  findAll,
  findAllShallow,
  findFirst,
  isElement,
  isTag,
  linesOf,
  type Summarized,
  textContent,
  textUpTo,
} from './html.ts';
import { courtOf, cutOffInside, entryLink, receiptDate, receiptFilter } from './pacer-common.ts';
import type { RawAttorney, RawCriminalData, RawDocket, RawEntry, RawParty, Rejection } from './types.ts';
import { reject } from './types.ts';

const SECTION = {
  'Pending Counts': 'pending',
  'Terminated Counts': 'terminated',
  Complaints: 'complaints',
  'Highest Offense Level (Opening)': 'levelOpening',
  'Highest Offense Level (Terminated)': 'levelTerminated',
} as const;
type Section = (typeof SECTION)[keyof typeof SECTION];

/** The text of a `<b><u>…</u></b>` header in the row's first cell, if it has one. */
function headerOf(row: Element): string | null {
  const first = cells(row)[0];
  if (!first) return null;
  for (const b of findAllShallow(first, 'b')) {
    if (b.children.some((c) => isTag(c, 'u'))) return clean(textUpTo(b, 400));
  }
  return null;
}

/** The first `<b>` of a cell that is a name: not inside `<i>`, not holding a `<u>` header. */
function nameElement(cell: Element): Element | undefined {
  return findAllShallow(cell, 'b').find(
    (b) => !(b.parent && isTag(b.parent, 'i')) && !b.children.some((c) => isTag(c, 'u')),
  );
}

/** Text nodes of a cell that are not inside a `<b>` (nor a nested table), each trimmed, empty ones dropped. */
function nonBoldLines(cell: Element): string[] {
  const out: string[] = [];
  const stack: AnyNode[] = [...cell.children].reverse();
  while (stack.length > 0) {
    const c = stack.pop()!;
    if (c.type === 'text') {
      const t = clean((c as { data: string }).data);
      if (t) out.push(t);
    } else if (isElement(c) && !SKIP_IN_NAME_CELL.has(c.name)) {
      for (let i = c.children.length - 1; i >= 0; i--) stack.push(c.children[i]!);
    }
  }
  return out;
}

const SKIP_IN_NAME_CELL = new Set(['b', 'script', 'style', 'table']);
const SKIP_IN_ATTORNEY_CELL = new Set(['br', 'script', 'style', 'table']);

/**
 * Attorney blocks: a bold name, then address lines (text) and role lines (italic) until the next name.
 * Visited in document order with an explicit stack (no recursion over depth).
 */
function attorneysOf(cell: Element): RawAttorney[] {
  const out: RawAttorney[] = [];
  const stack: AnyNode[] = [...cell.children].reverse();
  while (stack.length > 0) {
    const c = stack.pop()!;
    const atty = out[out.length - 1];
    if (c.type === 'text') {
      const line = clean((c as { data: string }).data);
      if (atty && line) atty.contact += `${line}\n`;
      continue;
    }
    if (!isElement(c)) continue;
    if (c.name === 'b') {
      out.push({ name: clean(textContent(c)), contact: '', roles: [], designation: null });
    } else if (c.name === 'i') {
      const role = clean(textContent(c));
      if (!atty || !role || /^bar status/i.test(role)) continue;
      if (/^designation:/i.test(role)) atty.designation = clean(role.replace(/^designation:/i, ''));
      else atty.roles.push(role);
    } else if (!SKIP_IN_ATTORNEY_CELL.has(c.name)) {
      for (let i = c.children.length - 1; i >= 0; i--) stack.push(c.children[i]!);
    }
  }
  return out;
}

/** "See above for address": the contact of the same attorney printed earlier on the page. */
function fillSeeAbove(parties: RawParty[]) {
  const known = new Map<string, string>();
  for (const p of parties) {
    for (const a of p.attorneys) {
      if (/^\(?see above/i.test(a.contact.trim())) {
        const earlier = known.get(a.name);
        if (earlier !== undefined) a.contact = earlier;
      } else if (!known.has(a.name)) known.set(a.name, a.contact);
    }
  }
}

const PARTY_TYPE = /^([A-Za-z][A-Za-z .'/-]*?)\s*(?:\((\d+)\))?$/;

function partiesOf(rowsBeforeDocket: Element[]): RawParty[] {
  const parties: RawParty[] = [];
  let pendingType: { type: string; ordinal: number | null } | null = null;
  let party: RawParty | null = null;
  let section: Section | null = null;
  const criminal = (p: RawParty): RawCriminalData => {
    if (!p.criminal)
      p.criminal = { counts: [], complaints: [], offenseLevelOpening: '', offenseLevelTerminated: '' };
    return p.criminal;
  };

  for (const row of rowsBeforeDocket) {
    const rowCells = cells(row);
    if (rowCells.length === 0) continue;
    const header = headerOf(row);
    if (header !== null) {
      if (header === 'Disposition') continue;
      const known = (SECTION as Record<string, Section>)[header];
      if (known) {
        section = known;
        continue;
      }
      const m = PARTY_TYPE.exec(header);
      if (m) {
        pendingType = { type: clean(m[1]!), ordinal: m[2] ? Number(m[2]) : null };
        section = null;
        party = null;
      }
      continue;
    }
    const first = rowCells[0]!;
    const name = nameElement(first);
    if (name && pendingType && !section) {
      party = {
        type: pendingType.type,
        ordinal: pendingType.ordinal,
        name: textContent(name)
          .replace(/\u00a0/g, ' ')
          .replace(/\s*[\r\n]\s*/g, ' ')
          .trim(),
        extraInfo: nonBoldLines(first).join('\n'),
        dateTerminated: null,
        attorneys: rowCells.length >= 3 ? attorneysOf(rowCells[2]!) : [],
        criminal: null,
      };
      const terminated = /TERMINATED:\s*(\d{1,2}\/\d{1,2}\/\d{4})/.exec(party.extraInfo);
      party.dateTerminated = terminated ? usDate(terminated[1]) : null;
      parties.push(party);
      continue;
    }
    if (!party || !section) continue;
    const text = clean(cellText(first));
    if (section === 'levelOpening' || section === 'levelTerminated') {
      const data = criminal(party);
      if (section === 'levelOpening') data.offenseLevelOpening = text;
      else data.offenseLevelTerminated = text;
      section = null;
      continue;
    }
    if (text === 'None' || text === '') continue;
    const disposition = rowCells.length >= 3 ? clean(cellText(rowCells[2]!)) : '';
    const data = criminal(party);
    if (section === 'complaints') data.complaints.push({ name: text, disposition });
    else data.counts.push({ name: countName(first), disposition, status: section });
  }
  fillSeeAbove(parties);
  return parties;
}

/** A count cell: the statute and label, then the count numbers on their own line: "…Alien<br>(1)". */
function countName(cell: Element): string {
  return clean(
    linesOf(cell)
      .map((l) => l.trim())
      .join(''),
  );
}

/** A docket row as an entry, or null when its first cell holds no filing date. */
function entryOf(row: Element): RawEntry | null {
  let rowCells = cells(row);
  if (rowCells.length === 4) rowCells = [rowCells[0]!, rowCells[2]!, rowCells[3]!];
  if (rowCells.length < 3) return null;
  const dateFiled = usDate(clean(cellText(rowCells[0]!)));
  if (!dateFiled) return null;
  const numberText = clean(cellText(rowCells[1]!));
  const number = /^\d+$/.test(numberText) ? numberText : null;
  const text = cleanText(cellText(rowCells[2]!));
  const entered = /\(Entered:\s*(\d{1,2}\/\d{1,2}\/\d{4})\)\s*$/.exec(text);
  return {
    number,
    dateFiled,
    dateEntered: entered ? usDate(entered[1]) : null,
    text,
    eventName: null,
    ...entryLink(rowCells[1]!),
    terminatedOn: null,
  };
}

/**
 * Rows of the docket table read while the page is parsed: consecutive rows (with only whitespace between
 * them) become one element that keeps their entries, their lines (for `linesOf`) and where the last of them
 * starts, while their content is dropped. A docket of 10 MB is then never held as a tree of millions of nodes.
 */
interface RowRun extends Summarized {
  summaryLines: string[];
  run: {
    /** One per row, in document order (rows of tables nested in a row follow it): its entry, or null. */
    entries: Array<RawEntry | null>;
    /** The first row's own words (up to 200 characters), for a refusal's evidence. */
    evidence: string;
    /** Where the last row starts in the page. */
    lastStart: number | null;
  };
}
const runOf = (n: AnyNode | null | undefined): RowRun['run'] | undefined =>
  n && isElement(n) ? (n as RowRun).run : undefined;

const SECTIONS_OF_TABLE = new Set(['tbody', 'thead', 'tfoot']);

/**
 * Reads the docket table as the parser goes (`parseHtml`'s `onClose`): once the header row "Date Filed | # |
 * Docket Text" has ended inside a table still open, each row of that table is read as it ends and replaced
 * as described at `RowRun`. Rows before the header, and anything of the table that is not a row, stay in the
 * tree as parsed.
 */
export class DocketTableReader {
  header: Element | null = null;
  private table: Element | null = null;
  private open = false;
  private courtLinkKept = false;

  readonly onClose = (el: Element, open: readonly ParentNode[]): void => {
    if (this.header === null) {
      if (el.name !== 'tr' || !isDocketHeader(el)) return;
      this.header = el;
      let table = el.parent as Element | null;
      if (table && SECTIONS_OF_TABLE.has(table.name)) table = (table.parent as Element | null) ?? table;
      this.table = table;
      this.open = table !== null && open.includes(table);
      return;
    }
    if (!this.open) return;
    if (el === this.table) {
      this.open = false;
      return;
    }
    const parent = el.parent as Element | null;
    if (
      el.name !== 'tr' ||
      !parent ||
      !(parent === this.table || (SECTIONS_OF_TABLE.has(parent.name) && parent.parent === this.table))
    )
      return;
    this.take(el, parent);
  };

  /** Read a row that has just ended (the last child of `parent`) into a run of rows. */
  private take(row: Element, parent: Element): void {
    const rowsHere = [row, ...findAll(row, 'tr')];
    const entries = rowsHere.map(entryOf);
    const lines = linesOf(row);
    const lastStart = rowsHere[rowsHere.length - 1]!.startIndex;
    // The first link naming a court in the rows read (`courtOf` reads the page's first one) is kept.
    let link: Element | undefined;
    if (!this.courtLinkKept) {
      link = findFirst(row, 'a', namesCourt);
      if (link) this.courtLinkKept = true;
    }
    const before = row.prev;
    const run = (
      runOf(before)
        ? before
        : before?.type === 'text' && /^[\s\u00a0]*$/.test((before as { data: string }).data)
          ? runOf(before.prev) && before.prev
          : undefined
    ) as RowRun | undefined;
    if (run) {
      // Join the run before it: the row (and the whitespace between them) leave the tree.
      parent.children.length -= run === before ? 1 : 2;
      run.next = null;
      for (const e of entries) run.run.entries.push(e);
      for (const l of lines) run.summaryLines.push(l);
      run.run.lastStart = lastStart;
      if (link) addLink(run, link);
      return;
    }
    const first = row as RowRun;
    first.run = { entries, evidence: clean(textUpTo(row, 200)), lastStart };
    first.summaryLines = lines;
    first.children = [];
    if (link) addLink(first, link);
  }
}

const namesCourt = (a: Element) => courtIdIn(attr(a, 'href') ?? '') !== null;

/** A copy of a link (its attributes, no content) as the last child of a run. */
function addLink(run: Element, link: Element): void {
  const copy = new ElementNode('a', { ...link.attribs });
  copy.parent = run;
  copy.startIndex = link.startIndex;
  const last = run.children[run.children.length - 1];
  if (last) {
    last.next = copy;
    copy.prev = last;
  }
  run.children.push(copy);
}

const LABEL = (label: string) => new RegExp(`^${label.replace(/ /g, '\\s+')}:\\s*(.*)$`, 'i');

/** The docket table's header row: "Date Filed | # | Docket Text", however the page is indented. */
const isDocketHeader = (row: Element): boolean => {
  const t = clean(textUpTo(row, 400));
  return t.length < 400 && /Docket Text/i.test(t) && /Date Filed/i.test(t);
};

/**
 * Parse a Docket Report page already known to be one (see `detect.ts`). `source` is the page's text, to tell
 * a page cut off inside its docket table from one that is whole; `reader`, the `DocketTableReader` the page
 * was parsed with, if any.
 */
export function parsePacerDocket(
  doc: Document,
  source = '',
  reader?: DocketTableReader,
): RawDocket | Rejection {
  const heading = findFirst(doc, 'h3', (h) => /DOCKET FOR CASE #:/i.test(clean(textUpTo(h, 2000))));
  if (!heading) return reject('no "DOCKET FOR CASE #:" heading: not a PACER Docket Report');
  const headingText = clean(textUpTo(heading, 2000));
  const number = /DOCKET FOR CASE #:\s*(\S+)/i.exec(headingText)?.[1] ?? '';
  const docketKind =
    /\b([A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)?)\s+DOCKET FOR CASE #:/.exec(headingText)?.[1] ?? null;

  const allRows = findAll(doc, 'tr');
  const docketHeader = reader?.header ? allRows.indexOf(reader.header) : allRows.findIndex(isDocketHeader);
  const headerRow = docketHeader >= 0 ? allRows[docketHeader]! : null;
  let docketTable = headerRow?.parent as Element | null | undefined;
  if (docketTable && (isTag(docketTable, 'tbody') || isTag(docketTable, 'thead')))
    docketTable = (docketTable.parent as Element | null) ?? docketTable;
  // The rows after the header that are inside its table, in document order: the table's own rows after the
  // header's place among them (one walk of the table, not a set of all its nodes). A run of rows read while
  // parsing stands for its rows.
  const tableRows = docketTable && headerRow ? findAll(docketTable, 'tr') : [];
  const afterHeader = tableRows.slice(tableRows.indexOf(headerRow!) + 1);
  let docketRowCount = 0;
  const entries: RawEntry[] = [];
  for (const row of afterHeader) {
    const run = runOf(row);
    for (const entry of run ? run.entries : [entryOf(row)]) if (entry) entries.push(entry);
    docketRowCount += run ? run.entries.length : 1;
  }
  const firstRow = afterHeader[0];
  const lastRow = afterHeader[afterHeader.length - 1];
  const partyRows = docketHeader >= 0 ? allRows.slice(0, docketHeader) : allRows;

  const lines = linesOf(doc);
  const find = (label: string) => {
    const re = LABEL(label);
    for (const l of lines) {
      const m = re.exec(l);
      if (m) return clean(m[1]!);
    }
    return null;
  };
  const findAllOf = (label: string) => {
    const re = LABEL(label);
    return lines.map((l) => re.exec(l)?.[1]).filter((v): v is string => !!v);
  };

  const headingAt = lines.findIndex((l) => /DOCKET FOR CASE #:/i.test(l));
  const courtWords = [headingText, ...lines.slice(Math.max(0, headingAt - 6), headingAt + 1)].join('\n');
  const court = courtOf(doc, courtWords);
  const warnings: string[] = [];
  const noneSatisfy = lines.find((l) => /but none satisfy the selection criteria/i.test(l));
  const receiptAt = lines.findIndex((l) => /Transaction Receipt/i.test(l));
  const receipt = receiptAt >= 0 ? lines.slice(receiptAt).join('\n') : '';
  const filter = receiptFilter(receipt);
  if (noneSatisfy) warnings.push(`PACER: "${noneSatisfy}"`);

  const lastStart = lastRow ? (runOf(lastRow)?.lastStart ?? lastRow.startIndex) : headerRow?.startIndex;
  const cut = lastStart !== undefined ? cutOffInside(source, lastStart) : false;
  if (headerRow && entries.length === 0) {
    return reject(
      cut
        ? 'the page ends inside the docket table before any entry could be read: it is cut off; save the whole page again'
        : docketRowCount === 0
          ? 'the docket table ("Date Filed | # | Docket Text") has no rows: no entry could be read'
          : `the docket table ("Date Filed | # | Docket Text") was found, but none of its ${docketRowCount} rows could be read as an entry (no date filed in the first cell)`,
      (firstRow && runOf(firstRow)?.evidence) ?? clean(textUpTo(firstRow ?? headerRow, 200)),
    );
  }
  if (!headerRow && !noneSatisfy) {
    return reject(
      /<\/html>\s*$/i.test(source.trimEnd()) || !source
        ? 'the page has the "DOCKET FOR CASE #:" heading but no docket table ("Date Filed | # | Docket Text"): no entry can be read'
        : 'the page has the "DOCKET FOR CASE #:" heading but ends before the docket table: it is cut off; save the whole page again',
      headingText,
    );
  }
  if (cut)
    warnings.push(
      `the page ends inside the docket table, after entry ${entries[entries.length - 1]!.number ?? `of ${entries[entries.length - 1]!.dateFiled}`}: it is cut off, and the entries after it are missing (the last one read may be incomplete)`,
    );

  return {
    format: 'pacer',
    court: court ?? '',
    docketNumberFull: number,
    caseTitle: find('Case title') ?? '',
    assignedTo: find('Assigned to'),
    referredTo: find('Referred to'),
    dateFiled: usDate(find('Date Filed')),
    dateTerminated: usDate(find('Date Terminated')),
    dateLastFiling: null,
    magistrateCaseNumbers: findAllOf('Magistrate judge case number').map(firstToken),
    appealsCaseNumbers: findAllOf('Appeals court case number').map(firstToken),
    otherCaseNumbers: findAllOf('Other court case number').map(clean),
    allDefendants: false,
    parties: partiesOf(partyRows),
    entries,
    filter:
      filter && (noneSatisfy || filter.fromDocument || filter.toDocument || filter.dateFrom || filter.dateTo)
        ? filter
        : null,
    reportDate: receiptDate(receipt),
    cutOff: cut,
    natureOfSuit: find('Nature of Suit'),
    docketKind,
    warnings,
  };
}

const firstToken = (s: string) => clean(s).split(' ')[0] ?? '';
