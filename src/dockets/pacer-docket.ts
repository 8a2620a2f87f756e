/**
 * PACER Docket Report (`DktRpt.pl`), criminal case, one defendant per page (docs/dockets.md § 2): header,
 * parties with attorneys, pending and terminated counts, complaints, highest offense levels, and the docket
 * table. The reference parse is juriscraper's `DocketReport`; the development dockets (`../shared/data/pacer`, read by the tests) hold its
 * expected output beside each page.
 */
import { usDate } from './dates.ts';
import {
  cells,
  clean,
  cleanText,
  type Document,
  type Element,
  findAll,
  isElement,
  isTag,
  linesOf,
  textContent,
} from './html.ts';
import { courtOf, entryLink, receiptFilter } from './pacer-common.ts';
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
  for (const b of findAll(first, 'b')) {
    if (b.children.some((c) => isTag(c, 'u'))) return clean(textContent(b));
  }
  return null;
}

/** The first `<b>` of a cell that is a name: not inside `<i>`, not holding a `<u>` header. */
function nameElement(cell: Element): Element | undefined {
  return findAll(cell, 'b').find(
    (b) => !(b.parent && isTag(b.parent, 'i')) && !b.children.some((c) => isTag(c, 'u')),
  );
}

/** Text nodes of a cell that are not inside a `<b>`, each trimmed, empty ones dropped. */
function nonBoldLines(cell: Element): string[] {
  const out: string[] = [];
  const walk = (n: Element) => {
    for (const c of n.children) {
      if (c.type === 'text') {
        const t = clean(c.data);
        if (t) out.push(t);
      } else if (isElement(c) && c.name !== 'b' && c.name !== 'script' && c.name !== 'style') walk(c);
    }
  };
  walk(cell);
  return out;
}

/** Attorney blocks: a bold name, then address lines (text) and role lines (italic) until the next name. */
function attorneysOf(cell: Element): RawAttorney[] {
  const out: RawAttorney[] = [];
  const current = (): RawAttorney | undefined => out[out.length - 1];
  const visit = (n: Element) => {
    for (const c of n.children) {
      const atty = current();
      if (c.type === 'text') {
        const line = clean(c.data);
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
      } else if (c.name !== 'br' && c.name !== 'script' && c.name !== 'style') {
        visit(c);
      }
    }
  };
  visit(cell);
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
    const text = clean(textContent(first));
    if (section === 'levelOpening' || section === 'levelTerminated') {
      const data = criminal(party);
      if (section === 'levelOpening') data.offenseLevelOpening = text;
      else data.offenseLevelTerminated = text;
      section = null;
      continue;
    }
    if (text === 'None' || text === '') continue;
    const disposition = rowCells.length >= 3 ? clean(textContent(rowCells[2]!)) : '';
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

function entriesOf(docketRows: Element[]): RawEntry[] {
  const out: RawEntry[] = [];
  for (const row of docketRows) {
    let rowCells = cells(row);
    if (rowCells.length === 4) rowCells = [rowCells[0]!, rowCells[2]!, rowCells[3]!];
    if (rowCells.length < 3) continue;
    const dateFiled = usDate(clean(textContent(rowCells[0]!)));
    if (!dateFiled) continue;
    const numberText = clean(textContent(rowCells[1]!));
    const number = /^\d+$/.test(numberText) ? numberText : null;
    const text = cleanText(textContent(rowCells[2]!));
    const entered = /\(Entered:\s*(\d{1,2}\/\d{1,2}\/\d{4})\)\s*$/.exec(text);
    out.push({
      number,
      dateFiled,
      dateEntered: entered ? usDate(entered[1]) : null,
      text,
      eventName: null,
      ...entryLink(rowCells[1]!),
      terminatedOn: null,
    });
  }
  return out;
}

const LABEL = (label: string) => new RegExp(`^${label}:\\s*(.*)$`, 'i');

/** Parse a Docket Report page already known to be one (see `detect.ts`). */
export function parsePacerDocket(doc: Document): RawDocket | Rejection {
  const heading = findAll(doc, 'h3').find((h) => /DOCKET FOR CASE #:/i.test(textContent(h)));
  if (!heading) return reject('no "DOCKET FOR CASE #:" heading: not a PACER Docket Report');
  const headingText = clean(textContent(heading));
  const number = /DOCKET FOR CASE #:\s*(\S+)/i.exec(headingText)?.[1] ?? '';

  const allRows = findAll(doc, 'tr');
  const docketHeader = allRows.findIndex((r) => {
    const t = textContent(r);
    return t.length < 400 && /Docket Text/.test(t) && /Date Filed/.test(t);
  });
  const docketTable = docketHeader >= 0 ? (allRows[docketHeader]!.parent as Element | null) : null;
  const docketRows =
    docketHeader >= 0 ? allRows.slice(docketHeader + 1).filter((r) => isInside(r, docketTable)) : [];
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

  const court = courtOf(doc, headingText);
  const warnings: string[] = [];
  const entries = entriesOf(docketRows);
  const noneSatisfy = lines.find((l) => /but none satisfy the selection criteria/i.test(l));
  const receipt = lines.slice(lines.findIndex((l) => /Transaction Receipt/i.test(l))).join('\n');
  const filter = receiptFilter(receipt);
  if (noneSatisfy) warnings.push(`PACER: "${noneSatisfy}"`);

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
    filter: filter && (noneSatisfy || filter.fromDocument || filter.toDocument) ? filter : null,
    warnings,
  };
}

const firstToken = (s: string) => clean(s).split(' ')[0] ?? '';

function isInside(node: Element, ancestor: Element | null | undefined): boolean {
  if (!ancestor) return false;
  let p = node.parent;
  while (p) {
    if (p === ancestor) return true;
    p = p.parent;
  }
  return false;
}
