/** Table types for Kysely. JSON payloads are stored as text on both engines (one code path). */
import type { Generated } from 'kysely';

export interface CasesTable {
  id: string;
  court: string;
  docket_number: string;
  caption: string;
  /** The case file without its four lists (defendants, counts, docket entries, events), as JSON. */
  header: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface DefendantsTable {
  case_id: string;
  number: number;
  name: string;
  data: string;
}

export interface CountsTable {
  case_id: string;
  id: string;
  seq: number;
  defendant: number;
  data: string;
}

export interface DocketEntriesTable {
  case_id: string;
  id: string;
  seq: number;
  number: number | null;
  date_filed: string;
  data: string;
}

export interface EventsTable {
  case_id: string;
  id: string;
  seq: number;
  kind: string;
  date: string;
  data: string;
}

export interface AuditLogTable {
  /** 64-bit, monotonically increasing. */
  id: Generated<string>;
  at: string;
  actor: string;
  action: string;
  case_id: string | null;
  entity_type: string;
  entity_id: string | null;
  before: string | null;
  after: string | null;
}

export interface Database {
  cases: CasesTable;
  defendants: DefendantsTable;
  counts: CountsTable;
  docket_entries: DocketEntriesTable;
  events: EventsTable;
  audit_log: AuditLogTable;
}
