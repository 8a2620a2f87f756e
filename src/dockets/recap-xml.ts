/**
 * The RECAP archive's XML docket, as uploaded to the Internet Archive by the RECAP extension's server
 * (`gov.uscourts.<court>.<pacer_case_id>.docket.xml`, docs/import.md). Its shape:
 *
 *   <case>
 *     <case_details> court, pacer_case_num, docket_num, case_name, assigned_to, referred_to, case_cause,
 *       nature_of_suit, jury_demand, jurisdiction, date_case_filed, date_case_terminated, date_last_filing
 *     <party_list> <party> name, type, extra_info, <attorney_list> <attorney> attorney_name, contact,
 *       attorney_role (one role a line)
 *     <document_list> <document doc_num="N" attachment_num="0|k"> pacer_doc_id, date_filed, short_desc,
 *       long_desc (the docket text), upload_date, available, sha1
 *
 * A document with attachment_num 0 is the entry's main document: its long_desc is the docket text. RECAP
 * holds only the entries its users' browsers saw, so the coverage is always partial.
 */
import type { Element } from 'domhandler';
import { isoFromParts, usDate } from './dates.ts';
import { clean, cleanText, findAll, isElement, parseXml, textContent } from './html.ts';
import type { RawAttorney, RawDocket, RawEntry, RawParty, Rejection } from './types.ts';
import { reject } from './types.ts';

const child = (el: Element, name: string): Element | undefined =>
  el.children.find((c): c is Element => isElement(c) && c.name.toLowerCase() === name);
const text = (el: Element | undefined, name: string): string => {
  const c = el ? child(el, name) : undefined;
  return c ? textContent(c).trim() : '';
};

/** "2016-04-05", "2016-04-05T00:00:00", "04/05/2016" → "2016-04-05". */
export function xmlDate(s: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s.trim());
  if (iso) return isoFromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return usDate(s);
}

export function parseRecapXml(xml: string): RawDocket | Rejection {
  const doc = parseXml(xml);
  const details = findAll(doc, 'case_details')[0];
  if (!details) return reject('the XML has no <case_details>: not a RECAP archive docket', xml.slice(0, 80));
  const docketNumber = text(details, 'docket_num');
  if (!docketNumber)
    return reject('the RECAP docket has no <docket_num>', clean(textContent(details)).slice(0, 120));
  const warnings: string[] = [];

  // Entries: one per doc_num, from its main document (attachment 0), else the first document seen.
  const byNumber = new Map<string, { main?: Element; first: Element }>();
  const order: string[] = [];
  for (const d of findAll(doc, 'document')) {
    const num = (d.attribs.doc_num ?? '').trim();
    if (!num) continue;
    const att = Number((d.attribs.attachment_num ?? '0').trim() || '0');
    let slot = byNumber.get(num);
    if (!slot) {
      slot = { first: d };
      byNumber.set(num, slot);
      order.push(num);
    }
    if (att === 0 && !slot.main) slot.main = d;
  }
  const entries: RawEntry[] = [];
  let undated = 0;
  for (const num of order) {
    const slot = byNumber.get(num)!;
    const d = slot.main ?? slot.first;
    const dateFiled = xmlDate(text(d, 'date_filed'));
    if (!dateFiled) {
      undated++;
      continue;
    }
    const id = text(d, 'pacer_doc_id');
    entries.push({
      number: /^\d+$/.test(num) ? String(Number(num)) : null,
      dateFiled,
      dateEntered: null,
      text: cleanText(text(d, 'long_desc')),
      eventName: clean(text(d, 'short_desc')) || null,
      pacerDocId: id ? `${id.slice(0, 3)}0${id.slice(4)}` : null,
      pacerSeqNo: null,
      terminatedOn: null,
    });
  }
  if (undated > 0)
    warnings.push(
      `${undated} document${undated === 1 ? ' has' : 's have'} no date filed in the RECAP XML and ${undated === 1 ? 'is' : 'are'} not imported as entries`,
    );
  entries.sort(
    (a, b) => a.dateFiled.localeCompare(b.dateFiled) || Number(a.number ?? 0) - Number(b.number ?? 0),
  );

  const parties: RawParty[] = findAll(doc, 'party').map((p) => {
    const rawType = text(p, 'type') || 'Unknown';
    const ordinal = /\((\d+)\)\s*$/.exec(rawType);
    const attorneys: RawAttorney[] = findAll(p, 'attorney').map((a: Element) => {
      const roles = text(a, 'attorney_role')
        .split(/\n/)
        .map((r) => clean(r))
        .filter((r) => r && !/^bar status/i.test(r));
      const designation = roles.find((r) => /^designation:/i.test(r));
      const contact = text(a, 'contact')
        .split(/\n/)
        .map((l) => clean(l))
        .filter(Boolean)
        .map((l) => `${l}\n`)
        .join('');
      return {
        name: clean(text(a, 'attorney_name')),
        contact,
        roles: roles.filter((r) => !/^designation:/i.test(r)),
        designation: designation ? clean(designation.replace(/^designation:/i, '')) : null,
      };
    });
    const extraInfo = text(p, 'extra_info');
    const terminated = /TERMINATED:\s*(\d{1,2}\/\d{1,2}\/\d{4})/.exec(extraInfo);
    return {
      type: rawType.replace(/\s*\(\d+\)\s*$/, '').trim(),
      ordinal: ordinal ? Number(ordinal[1]) : null,
      name: clean(text(p, 'name')),
      extraInfo,
      dateTerminated: terminated ? usDate(terminated[1]) : null,
      attorneys: attorneys.filter((a) => a.name),
      criminal: null,
    };
  });

  const caseNum = text(details, 'pacer_case_num');
  return {
    format: 'recap-xml',
    court: text(details, 'court').toLowerCase(),
    docketNumberFull: docketNumber,
    caseTitle: text(details, 'case_name'),
    assignedTo: text(details, 'assigned_to') || null,
    referredTo: text(details, 'referred_to') || null,
    dateFiled: xmlDate(text(details, 'date_case_filed')),
    dateTerminated: xmlDate(text(details, 'date_case_terminated')),
    dateLastFiling: xmlDate(text(details, 'date_last_filing')),
    magistrateCaseNumbers: [],
    appealsCaseNumbers: [],
    otherCaseNumbers: [],
    allDefendants: false,
    parties: parties.filter((p) => p.name),
    entries,
    filter: null,
    natureOfSuit: text(details, 'nature_of_suit') || null,
    ...(caseNum ? { sourceIds: [`PACER case id ${caseNum}`] } : {}),
    warnings,
  };
}
