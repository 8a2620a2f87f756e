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
import { normalisePacerDocId } from './pacer-common.ts';
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

const results = <T>(v: T[] | { results: T[] } | null | undefined): T[] =>
  !v ? [] : Array.isArray(v) ? v : v.results;

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
    pacerDocId: main?.pacer_doc_id ? normalisePacerDocId(main.pacer_doc_id) : null,
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

export function parseCourtListener(json: unknown): RawDocket | Rejection {
  const asBundle = ClBundle.safeParse(json);
  let bundle: z.infer<typeof ClBundle>;
  if (asBundle.success) bundle = asBundle.data;
  else {
    const asDocket = ClDocket.safeParse(json);
    if (!asDocket.success) {
      return reject(
        'the JSON is not a CourtListener docket: expected { docket, docket_entries, parties } or a docket object with docket_number',
        zodProblem(asBundle.error),
      );
    }
    bundle = { docket: asDocket.data };
  }
  const d = bundle.docket;
  const warnings: string[] = [];
  const rawEntries = results(bundle.docket_entries);
  if (!bundle.docket_entries)
    warnings.push(
      'the CourtListener file holds the docket only: no docket entries (the API serves them separately)',
    );
  const entries = rawEntries
    .slice()
    .sort(
      (a, b) =>
        String(a.recap_sequence_number ?? '').localeCompare(String(b.recap_sequence_number ?? '')) ||
        (a.entry_number ?? 0) - (b.entry_number ?? 0),
    )
    .map(entryFromCl)
    .filter((e): e is RawEntry => e !== null);
  return {
    format: 'courtlistener',
    court: courtOfDocket(d),
    docketNumberFull: fullDocketNumber(d),
    caseTitle: d.case_name ?? d.case_name_full ?? '',
    assignedTo: d.assigned_to_str || null,
    referredTo: d.referred_to_str || null,
    dateFiled: d.date_filed ?? null,
    dateTerminated: d.date_terminated ?? null,
    dateLastFiling: d.date_last_filing ?? null,
    magistrateCaseNumbers: [],
    appealsCaseNumbers: [],
    otherCaseNumbers: [],
    allDefendants: false,
    parties: partiesFromCl(results(bundle.parties), results(bundle.attorneys)),
    entries,
    filter: null,
    warnings,
  };
}
