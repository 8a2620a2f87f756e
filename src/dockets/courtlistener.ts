/**
 * CourtListener REST API v4 (docs/dockets.md § 6): the docket object (`/api/rest/v4/dockets/{id}/`), its
 * entries (`/docket-entries/?docket={id}`) and parties (`/parties/?docket={id}`), which the API serves
 * separately. The importer reads one JSON file holding them together:
 *
 *   { "docket": {…}, "docket_entries": [...] | { "results": [...] }, "parties": [...] | { "results": [...] },
 *     "attorneys": [...] (optional: `/attorneys/?docket={id}`, to name the parties' attorneys) }
 *
 * or the docket object alone. Every field is optional at the edge (older stored responses predate some),
 * and the shapes are checked with zod so a wrong file is refused with the path of the problem.
 */
import { z } from 'zod';
import { normalizePacerDocId } from './pacer-common.ts';
import type { RawAttorney, RawCriminalData, RawDocket, RawEntry, RawParty, Rejection } from './types.ts';
import { reject } from './types.ts';

const str = z.string().nullish();
const date = z.string().nullish();

export const ClRecapDocument = z.looseObject({
  document_number: z.union([z.string(), z.number()]).nullish(),
  attachment_number: z.number().nullish(),
  description: str,
  pacer_doc_id: str,
  document_type: z.number().nullish(),
});

export const ClDocketEntry = z.looseObject({
  entry_number: z.number().nullish(),
  date_filed: date,
  date_entered: date,
  description: str,
  pacer_sequence_number: z.union([z.number(), z.string()]).nullish(),
  recap_sequence_number: str,
  recap_documents: z.array(ClRecapDocument).nullish(),
});

export const ClCriminalCount = z.looseObject({
  name: z.string(),
  disposition: str,
  status: z.union([z.number(), z.string()]).nullish(),
});
export const ClPartyType = z.looseObject({
  name: z.string(),
  date_terminated: date,
  extra_info: str,
  highest_offense_level_opening: str,
  highest_offense_level_terminated: str,
  criminal_counts: z.array(ClCriminalCount).nullish(),
  criminal_complaints: z.array(z.looseObject({ name: z.string(), disposition: str })).nullish(),
});
const ClRole = z.looseObject({ role: z.number().nullish(), role_raw: str, date_action: date });
export const ClPartyAttorney = z.looseObject({
  attorney_id: z.number().nullish(),
  name: str,
  contact_raw: str,
  role: z.number().nullish(),
  date_action: date,
  roles: z.array(ClRole).nullish(),
});
export const ClParty = z.looseObject({
  name: z.string(),
  extra_info: str,
  party_types: z.array(ClPartyType).nullish(),
  attorneys: z.array(ClPartyAttorney).nullish(),
});
export const ClAttorney = z.looseObject({ id: z.number(), name: z.string(), contact_raw: str });

export const ClDocket = z.looseObject({
  id: z.number().nullish(),
  pacer_case_id: z.union([z.string(), z.number()]).nullish(),
  nature_of_suit: str,
  court_id: str,
  court: str,
  docket_number: z.string(),
  docket_number_raw: str,
  case_name: str,
  case_name_full: str,
  assigned_to_str: str,
  referred_to_str: str,
  date_filed: date,
  date_terminated: date,
  date_last_filing: date,
  federal_dn_office_code: str,
  federal_dn_case_type: str,
  federal_dn_judge_initials_assigned: str,
  federal_dn_judge_initials_referred: str,
  federal_defendant_number: z.union([z.number(), z.string()]).nullish(),
});

const page = <T extends z.ZodType>(item: T) =>
  z.union([z.array(item), z.looseObject({ results: z.array(item) })]);
export const ClBundle = z.looseObject({
  docket: ClDocket,
  docket_entries: page(ClDocketEntry).nullish(),
  parties: page(ClParty).nullish(),
  attorneys: page(ClAttorney).nullish(),
});

/** CourtListener attorney roles (`cl/people_db/models.py`, `Role`). */
export const ROLE_NAMES: Readonly<Record<number, string>> = {
  1: 'ATTORNEY TO BE NOTICED',
  2: 'LEAD ATTORNEY',
  3: 'ATTORNEY IN SEALED GROUP',
  4: 'PRO HAC VICE',
  5: 'SELF-TERMINATED',
  6: 'TERMINATED',
  7: 'SUSPENDED',
  8: 'INACTIVE',
  9: 'DISBARRED',
  10: 'UNKNOWN',
};

export function zodProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'unexpected shape';
  const path = issue.path.length ? `$.${issue.path.map(String).join('.')}` : '$';
  return `${path}: ${issue.message}`;
}

/** The printed docket number, rebuilt from its parts: `2:17-cr-00378-SPL-1`. */
export function fullDocketNumber(d: z.infer<typeof ClDocket>): string {
  const number =
    d.docket_number_raw && /^\d{1,2}:\d{2}-/.test(d.docket_number_raw)
      ? d.docket_number_raw
      : d.docket_number;
  const extras = [
    d.federal_dn_judge_initials_assigned,
    d.federal_dn_judge_initials_referred,
    d.federal_defendant_number,
  ]
    .filter((x) => x !== null && x !== undefined && String(x) !== '')
    .map(String);
  return /^\d{1,2}:\d{2}-[a-z]+-\d+-/i.test(number) || extras.length === 0
    ? number
    : `${number}-${extras.join('-')}`;
}

export function courtOfDocket(d: z.infer<typeof ClDocket>): string {
  if (d.court_id) return d.court_id;
  const m = /\/courts\/([a-z0-9]+)\/?$/.exec(d.court ?? '');
  return m?.[1] ?? d.court ?? '';
}

export function entryFromCl(e: z.infer<typeof ClDocketEntry>): RawEntry | null {
  if (!e.date_filed) return null;
  const main =
    (e.recap_documents ?? []).find((r) => (r.document_type ?? 1) === 1 && !r.attachment_number) ??
    e.recap_documents?.[0];
  return {
    number: e.entry_number === null || e.entry_number === undefined ? null : String(e.entry_number),
    dateFiled: e.date_filed,
    dateEntered: e.date_entered ?? null,
    text: (e.description ?? '').replace(/\s+/g, ' ').trim(),
    eventName: main?.description?.trim() || null,
    pacerDocId: main?.pacer_doc_id ? normalizePacerDocId(main.pacer_doc_id) : null,
    pacerSeqNo:
      e.pacer_sequence_number === null || e.pacer_sequence_number === undefined
        ? null
        : String(e.pacer_sequence_number),
    terminatedOn: null,
  };
}

export function partiesFromCl(
  parties: Array<z.infer<typeof ClParty>>,
  attorneys: Array<z.infer<typeof ClAttorney>>,
): RawParty[] {
  const byId = new Map(attorneys.map((a) => [a.id, a]));
  const out: RawParty[] = [];
  for (const p of parties) {
    const types = p.party_types && p.party_types.length > 0 ? p.party_types : [{ name: 'Unknown' }];
    const t = types[0] as z.infer<typeof ClPartyType>;
    const counsel = new Map<string, RawAttorney>();
    for (const a of p.attorneys ?? []) {
      const known = a.attorney_id ? byId.get(a.attorney_id) : undefined;
      const name = a.name ?? known?.name;
      if (!name) continue;
      const entry = counsel.get(name) ?? {
        name,
        contact: (a.contact_raw ?? known?.contact_raw ?? '').trim(),
        roles: [],
        designation: null,
        terminatedOn: null,
      };
      if (entry.contact && !entry.contact.endsWith('\n')) entry.contact += '\n';
      const roles = a.roles ?? [{ role: a.role, role_raw: null, date_action: a.date_action }];
      for (const r of roles) {
        const role = r.role_raw || (r.role ? ROLE_NAMES[r.role] : undefined);
        if (r.role === 6 || r.role === 5) entry.terminatedOn = r.date_action ?? entry.terminatedOn ?? null;
        if (role && !entry.roles.includes(role) && r.role !== 6 && r.role !== 5) entry.roles.push(role);
      }
      counsel.set(name, entry);
    }
    const counts = t.criminal_counts ?? [];
    const complaints = t.criminal_complaints ?? [];
    const criminal: RawCriminalData | null =
      counts.length > 0 ||
      complaints.length > 0 ||
      t.highest_offense_level_opening ||
      t.highest_offense_level_terminated
        ? {
            counts: counts.map((c) => ({
              name: c.name,
              disposition: c.disposition ?? '',
              status:
                c.status === 2 || c.status === 'terminated' ? ('terminated' as const) : ('pending' as const),
            })),
            complaints: complaints.map((c) => ({ name: c.name, disposition: c.disposition ?? '' })),
            offenseLevelOpening: t.highest_offense_level_opening ?? '',
            offenseLevelTerminated: t.highest_offense_level_terminated ?? '',
          }
        : null;
    const ordinal = /\((\d+)\)\s*$/.exec(t.name);
    out.push({
      type: t.name.replace(/\s*\(\d+\)\s*$/, '').trim(),
      ordinal: ordinal ? Number(ordinal[1]) : null,
      name: p.name,
      extraInfo: t.extra_info ?? p.extra_info ?? '',
      dateTerminated: t.date_terminated ?? null,
      attorneys: [...counsel.values()],
      criminal,
    });
  }
  return out;
}

/** The pieces of a CourtListener export, however they were saved (one bundle, pages, several files). */
interface ClPieces {
  dockets: unknown[];
  entries: unknown[];
  parties: unknown[];
  attorneys: unknown[];
  /** Lists that are one page of several ("next" set): what is missing. */
  morePages: string[];
  unknown: number;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);

/** What one CourtListener object is: a docket, a docket entry, a party or an attorney. */
function kindOf(o: Record<string, unknown>): keyof Omit<ClPieces, 'morePages' | 'unknown'> | null {
  if (typeof o.docket_number === 'string' && !('entry_number' in o)) return 'dockets';
  if ('entry_number' in o || 'recap_documents' in o || ('description' in o && 'date_filed' in o))
    return 'entries';
  if ('party_types' in o) return 'parties';
  if ('contact_raw' in o || 'parties_represented' in o) return 'attorneys';
  if (typeof o.name === 'string' && Array.isArray(o.attorneys)) return 'parties';
  return null;
}

const BUNDLE_KEYS: Record<string, keyof Omit<ClPieces, 'morePages' | 'unknown'>> = {
  docket: 'dockets',
  dockets: 'dockets',
  docket_entries: 'entries',
  'docket-entries': 'entries',
  entries: 'entries',
  parties: 'parties',
  attorneys: 'attorneys',
};

function collect(v: unknown, into: ClPieces, where: string, expect?: keyof typeof BUNDLE_KEYS) {
  if (Array.isArray(v)) {
    for (const item of v) collect(item, into, where, expect);
    return;
  }
  if (!isObject(v)) {
    into.unknown++;
    return;
  }
  if (Array.isArray(v.results)) {
    if (typeof v.next === 'string' && v.next)
      into.morePages.push(
        `${where} is one page of a longer list (${typeof v.count === 'number' ? `${v.count} in all, ` : ''}${(v.results as unknown[]).length} here; next page ${v.next})`,
      );
    collect(v.results, into, where, expect);
    return;
  }
  const kind = kindOf(v);
  if (kind) {
    into[kind].push(v);
    if (kind === 'dockets') {
      // A docket that carries its entries and parties inline (a saved page of the web API's nested form).
      if (Array.isArray(v.docket_entries)) collect(v.docket_entries, into, where, 'docket_entries');
      if (Array.isArray(v.parties)) collect(v.parties, into, where, 'parties');
    }
    return;
  }
  let bundled = false;
  for (const key of Object.keys(BUNDLE_KEYS)) {
    if (!(key in v)) continue;
    bundled = true;
    collect(v[key], into, `${where}.${key}`, key);
  }
  if (!bundled) {
    if (expect) into[BUNDLE_KEYS[expect]!].push(v);
    else into.unknown++;
  }
}

function parseAll<T extends z.ZodType>(
  schema: T,
  items: unknown[],
  what: string,
): Array<z.infer<T>> | Rejection {
  const out: Array<z.infer<T>> = [];
  for (const [i, item] of items.entries()) {
    const r = schema.safeParse(item);
    if (!r.success)
      return reject(`the CourtListener ${what} [${i}] does not have the expected shape`, zodProblem(r.error));
    out.push(r.data);
  }
  return out;
}

const coreNumber = (d: z.infer<typeof ClDocket>) =>
  `${courtOfDocket(d)} ${(/^\d{1,2}:\d{2}-[a-z]+-\d+/i.exec(fullDocketNumber(d))?.[0] ?? d.docket_number).toLowerCase()}`;

/**
 * CourtListener API responses as people save them: one docket, a bundle `{docket, docket_entries, parties,
 * attorneys}`, a paged list `{count, next, results}`, a plain array of dockets, several dockets of one case
 * (CourtListener keeps one per PACER case id, merged here), and the separate `/docket-entries/`,
 * `/parties/` and `/attorneys/` responses, in one JSON value or given as several files (`values`).
 */
export function parseCourtListener(...values: unknown[]): RawDocket | Rejection {
  const pieces: ClPieces = {
    dockets: [],
    entries: [],
    parties: [],
    attorneys: [],
    morePages: [],
    unknown: 0,
  };
  for (const [i, v] of values.entries()) collect(v, pieces, values.length > 1 ? `file ${i + 1}` : 'the file');
  if (pieces.dockets.length === 0) {
    const only = (['entries', 'parties', 'attorneys'] as const).filter((k) => pieces[k].length > 0);
    if (only.length > 0)
      return reject(
        `the JSON holds CourtListener ${only.map((k) => (k === 'entries' ? 'docket entries' : k)).join(', ')} but no docket: give the docket's JSON (/dockets/{id}/) with ${only.length === 1 ? 'it' : 'them'}, in one object or as several files`,
        `${only.map((k) => `${pieces[k].length} ${k}`).join(', ')}`,
      );
    const probe = ClBundle.safeParse(values[0]);
    return reject(
      'the JSON is not a CourtListener docket: expected a docket object (with docket_number), { docket, docket_entries, parties }, a list of dockets, or a page { count, next, results }',
      probe.success ? '' : zodProblem(probe.error),
    );
  }
  const dockets = parseAll(ClDocket, pieces.dockets, 'docket');
  if (!Array.isArray(dockets)) return dockets;
  const cases = new Map<string, Array<z.infer<typeof ClDocket>>>();
  for (const d of dockets) cases.set(coreNumber(d), [...(cases.get(coreNumber(d)) ?? []), d]);
  if (cases.size > 1)
    return reject(
      `the JSON holds ${cases.size} different cases' dockets: import one case at a time`,
      [...cases.keys()].slice(0, 5).join('; '),
    );
  const rawEntries = parseAll(ClDocketEntry, pieces.entries, 'docket entry');
  if (!Array.isArray(rawEntries)) return rawEntries;
  const parties = parseAll(ClParty, pieces.parties, 'party');
  if (!Array.isArray(parties)) return parties;
  const attorneys = parseAll(ClAttorney, pieces.attorneys, 'attorney');
  if (!Array.isArray(attorneys)) return attorneys;

  const warnings: string[] = [];
  // The docket whose fields lead: the one with the most entries' worth of data, else the first.
  const d = dockets.find((x) => x.date_filed) ?? dockets[0]!;
  if (dockets.length > 1)
    warnings.push(
      `${dockets.length} CourtListener dockets share the docket number ${d.docket_number} (${dockets.map((x) => [x.id ? `docket ${x.id}` : null, x.pacer_case_id ? `PACER case id ${x.pacer_case_id}` : null].filter(Boolean).join(', ') || 'no id').join('; ')}): merged into one case`,
    );
  if (pieces.entries.length === 0)
    warnings.push(
      'the CourtListener file holds the docket only: no docket entries (the API serves them separately)',
    );
  warnings.push(...pieces.morePages.map((m) => `${m}: entries or parties on the other pages are missing`));

  // One entry per (number, date, text): the same entry reached through two dockets or two files counts once.
  const seen = new Set<string>();
  const entries = rawEntries
    .slice()
    .sort(
      (a, b) =>
        String(a.recap_sequence_number ?? '').localeCompare(String(b.recap_sequence_number ?? '')) ||
        (a.entry_number ?? 0) - (b.entry_number ?? 0),
    )
    .map(entryFromCl)
    .filter((e): e is RawEntry => e !== null)
    .filter((e) => {
      const key = `${e.number ?? ''}|${e.dateFiled}|${e.text}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const partySeen = new Set<string>();
  const uniqueParties = parties.filter((p) => {
    const key = `${p.name}|${(p.party_types ?? []).map((t) => t.name).join(',')}`;
    if (partySeen.has(key)) return false;
    partySeen.add(key);
    return true;
  });
  const ids = dockets.flatMap((x) => [
    ...(x.id ? [`docket ${x.id}`] : []),
    ...(x.pacer_case_id ? [`PACER case id ${x.pacer_case_id}`] : []),
  ]);
  const pick = <K extends keyof z.infer<typeof ClDocket>>(k: K) =>
    d[k] ?? dockets.find((x) => x[k])?.[k] ?? null;
  return {
    format: 'courtlistener',
    court: courtOfDocket(d),
    docketNumberFull: fullDocketNumber(d),
    caseTitle: (pick('case_name') as string | null) ?? (pick('case_name_full') as string | null) ?? '',
    assignedTo: (pick('assigned_to_str') as string | null) || null,
    referredTo: (pick('referred_to_str') as string | null) || null,
    dateFiled: (pick('date_filed') as string | null) ?? null,
    dateTerminated: (pick('date_terminated') as string | null) ?? null,
    dateLastFiling:
      dockets
        .map((x) => x.date_last_filing ?? '')
        .sort()
        .pop() || null,
    magistrateCaseNumbers: [],
    appealsCaseNumbers: [],
    otherCaseNumbers: [],
    allDefendants: false,
    parties: partiesFromCl(uniqueParties, attorneys),
    entries,
    filter: null,
    natureOfSuit: (pick('nature_of_suit') as string | null) || null,
    sourceIds: ids,
    ...(pieces.morePages.length > 0 ? { partialBecause: pieces.morePages } : {}),
    warnings,
  };
}
