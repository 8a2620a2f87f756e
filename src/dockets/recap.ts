/**
 * The RECAP archive docket JSON (docs/dockets.md § 7): `IADocketSerializer`'s output, served from the
 * Internet Archive as `gov.uscourts.<court>.<pacer_case_id>.docket.json`. One document carries the docket,
 * every entry with its RECAP documents, and the parties with their attorneys and roles.
 */
import { z } from 'zod';
import {
  type ClAttorney,
  ClDocket,
  ClDocketEntry,
  ClParty,
  courtOfDocket,
  entryFromCl,
  fullDocketNumber,
  partiesFromCl,
  zodProblem,
} from './courtlistener.ts';
import type { RawDocket, RawEntry, Rejection } from './types.ts';
import { reject } from './types.ts';

export const RecapArchiveDocket = ClDocket.extend({
  docket_entries: z.array(ClDocketEntry),
  parties: z.array(ClParty).nullish(),
});

export function parseRecapArchive(json: unknown): RawDocket | Rejection {
  const parsed = RecapArchiveDocket.safeParse(json);
  if (!parsed.success) {
    return reject(
      'the JSON is not a RECAP archive docket (expected docket fields with docket_entries[] and parties[])',
      zodProblem(parsed.error),
    );
  }
  const d = parsed.data;
  const entries = d.docket_entries
    .slice()
    .sort(
      (a, b) =>
        String(a.recap_sequence_number ?? '').localeCompare(String(b.recap_sequence_number ?? '')) ||
        (a.entry_number ?? 0) - (b.entry_number ?? 0),
    )
    .map(entryFromCl)
    .filter((e): e is RawEntry => e !== null);
  const noAttorneys: Array<z.infer<typeof ClAttorney>> = [];
  return {
    format: 'recap',
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
    parties: partiesFromCl(d.parties ?? [], noAttorneys),
    entries,
    filter: null,
    warnings: [],
  };
}
