/**
 * What the importers read, before it becomes a case file: one source-neutral shape for the four formats
 * (PACER Docket Report, PACER Docket History, CourtListener v4, RECAP archive). Values are kept as the
 * source prints them; the case-file builder interprets them.
 */

export type SourceFormat = 'pacer' | 'pacer-history' | 'courtlistener' | 'recap' | 'recap-xml';

/** The `format` written on each imported docket entry (`DocketEntry.source.format`). */
export const ENTRY_FORMAT = {
  pacer: 'pacer-docket',
  'pacer-history': 'pacer-history',
  courtlistener: 'courtlistener',
  recap: 'recap',
  'recap-xml': 'recap',
} as const satisfies Record<SourceFormat, string>;

export interface RawAttorney {
  name: string;
  /** Address lines, phone, fax, e-mail, each ending in a newline (as juriscraper writes it). */
  contact: string;
  /** Role lines as printed (`LEAD ATTORNEY`, `TERMINATED: 11/26/2007`, …), without designation/bar status. */
  roles: string[];
  /** The `Designation:` line's value, e.g. "CJA Appointment". */
  designation: string | null;
  /** A termination date in ISO form when the source gives one apart from the roles (CourtListener). */
  terminatedOn?: string | null;
}

export interface RawCount {
  name: string;
  disposition: string;
  status: 'pending' | 'terminated';
}

export interface RawCriminalData {
  counts: RawCount[];
  complaints: Array<{ name: string; disposition: string }>;
  /** `Felony`, `Misdemeanor`, `None`, or "" when the section is absent. */
  offenseLevelOpening: string;
  offenseLevelTerminated: string;
}

export interface RawParty {
  /** `Defendant`, `Plaintiff`, `Material Witness`, … */
  type: string;
  /** The "(1)" of `Defendant (1)`, when printed. */
  ordinal: number | null;
  name: string;
  /** Non-bold lines under the name, joined by newlines (TERMINATED dates, "also known as", aliases). */
  extraInfo: string;
  /** ISO date of the first TERMINATED line. */
  dateTerminated: string | null;
  attorneys: RawAttorney[];
  criminal: RawCriminalData | null;
}

export interface RawEntry {
  /** The entry number as printed, or null for unnumbered entries. */
  number: string | null;
  dateFiled: string;
  dateEntered: string | null;
  /** Docket text, whitespace collapsed, otherwise verbatim ("" when the report has none). */
  text: string;
  /** CM/ECF event name (docket history, RECAP documents). */
  eventName: string | null;
  pacerDocId: string | null;
  pacerSeqNo: string | null;
  /** A motion's `Terminated:` date (docket history). */
  terminatedOn: string | null;
}

export interface RawDocket {
  format: SourceFormat;
  court: string;
  /** As printed, e.g. `2:17-cr-00378-SPL-1`. */
  docketNumberFull: string;
  /** The case title as printed, e.g. `USA v. Warren et al`. */
  caseTitle: string;
  assignedTo: string | null;
  referredTo: string | null;
  dateFiled: string | null;
  dateTerminated: string | null;
  dateLastFiling: string | null;
  magistrateCaseNumbers: string[];
  appealsCaseNumbers: string[];
  otherCaseNumbers: string[];
  /** History reports: `All Defendants`, or the single defendant the report is for. */
  allDefendants: boolean;
  parties: RawParty[];
  entries: RawEntry[];
  /** Set when the report was run for part of the docket (a document or date range). */
  filter: {
    description: string;
    fromDocument?: number;
    toDocument?: number;
    /** ISO dates of a date-range filter. */
    dateFrom?: string;
    dateTo?: string;
  } | null;
  /** The day the report was run (PACER's transaction receipt), when the source says it. */
  reportDate?: string | null;
  /** True when the page ends inside its docket table (entries after the cut are missing). */
  cutOff?: boolean;
  /** "Nature of Suit:" as printed (civil dockets print it; criminal ones do not). */
  natureOfSuit?: string | null;
  /** The word before "DOCKET FOR CASE #:" ("CRIMINAL", "CIVIL"), when printed. */
  docketKind?: string | null;
  /** The source's own ids of the docket(s) read (CourtListener docket ids, PACER case ids). */
  sourceIds?: string[];
  /** Why the source is known to lack entries (one page of a paged list, …): makes the coverage partial. */
  partialBecause?: string[];
  warnings: string[];
}

/** Why an input is not imported: a reason a person can act on, and the words that show it. */
export interface Rejection {
  ok: false;
  reason: string;
  evidence: string;
}

export const reject = (reason: string, evidence = ''): Rejection => ({
  ok: false,
  reason,
  evidence: evidence.length > 240 ? `${evidence.slice(0, 237)}…` : evidence,
});
