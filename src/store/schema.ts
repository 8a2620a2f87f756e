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

export interface MonitoringEnrollmentsTable {
  person_id: string;
  case_id: string;
  defendant: number;
  device_id: string;
  label: string;
  /** The enrollment as validated (JSON). */
  data: string;
  created_at: string;
  updated_at: string;
}

/** The agency's shared zone library (schools, parks, courthouses): one row per zone. */
export interface MonitoringZonesTable {
  zone_id: string;
  label: string;
  /** The zone's tags (JSON array), e.g. ["school"]. */
  tags: string;
  /** The zone as validated (JSON: GeoJSON geometry, radius, tags). */
  data: string;
  updated_at: string;
}

export interface DeviceEventsTable {
  /** 64-bit; assigned by the ingest in commit order (read back as text to keep every digit). */
  id: bigint | string;
  device_id: string;
  /** Device time, epoch ms. */
  at: number | string | bigint;
  kind: string;
  /** Our receipt (processing) time, epoch ms. */
  received_at: number | string | bigint;
  lat: number | null;
  lon: number | null;
  accuracy_m: number | null;
  source: string | null;
  /** The event exactly as the vendor platform sent it (JSON). */
  raw: string;
}

export interface MonitoringAlertsTable {
  alert_id: string;
  person_id: string;
  device_id: string;
  kind: string;
  severity: string;
  state: string;
  started_at: string;
  ended_at: string | null;
  detected_at: string;
  /** Processing time of the last change. */
  updated_at: string;
  /** The whole alert, current state (JSON). */
  data: string;
}

/** The latest snapshot of the monitoring engine (one row, id 1). */
export interface MonitoringSnapshotTable {
  id: number;
  /** The last event id evaluated into it (64-bit, as text). */
  position: string;
  taken_at: string;
  version: number;
  library_key: string;
  start_at: number;
  /** The engine's processing time when it was taken, epoch ms. */
  processed_to: number;
  devices: number;
  /** JSON: the newest device time seen per device (for de-duplication after a restart). */
  data: string;
}

/** One device's state in the latest snapshot. */
export interface MonitoringSnapshotDevicesTable {
  device_id: string;
  person_id: string;
  position: string;
  /** What the device's rules were compiled from (enrollment and case versions). */
  fingerprint: string;
  state: Uint8Array;
}

/** An approved window in which a person's alerts are recorded but not raised. */
export interface MonitoringSuspensionsTable {
  id: string;
  person_id: string;
  starts_at: string;
  ends_at: string;
  reason: string;
  approved_by: string;
  recorded_by: string;
  recorded_at: string;
}

export interface AccountsTable {
  id: string;
  username: string;
  display_name: string;
  /** JSON array of role names. */
  roles: string;
  /** argon2id PHC string; null for an account that signs in only through OIDC. */
  password_hash: string | null;
  totp_secret: string | null;
  mfa_enrolled_at: string | null;
  /** JSON array of SHA-256 hashes of the unused recovery codes. */
  recovery_codes: Generated<string>;
  oidc_subject: string | null;
  demo: Generated<number>;
  disabled: Generated<number>;
  failed_attempts: Generated<number>;
  locked_until: string | null;
  created_at: string;
  updated_at: string;
}

/** What an account may see: `court` (a court id or *), `case`, `defendant` (caseId#n), `officer` (a supervisor's officers, by username), `device` (a vendor's devices; a trailing * is a prefix). */
export interface AssignmentsTable {
  account_id: string;
  kind: string;
  ref: string;
  created_at: string;
}

export interface SessionsTable {
  /** SHA-256 of the cookie's secret: the secret itself is never stored. */
  id_hash: string;
  account_id: string;
  csrf: string;
  mfa_done: Generated<number>;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  client: string | null;
}

export interface ApiTokensTable {
  id: string;
  account_id: string;
  name: string;
  secret_hash: string;
  /** JSON array of policy names the token may use. */
  scopes: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export interface AccessAuditTable {
  id: Generated<string>;
  at: string;
  who: string;
  role: string;
  action: string;
  target: string;
  client: string;
  outcome: string;
  detail: string;
  prev_hash: string;
  hash: string;
}

export interface AccessAuditCheckpointsTable {
  id: Generated<string>;
  at: string;
  through_id: string;
  through_hash: string;
  through_at: string;
  pruned: string;
  retention_days: number;
}

export interface Database {
  accounts: AccountsTable;
  assignments: AssignmentsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  access_audit: AccessAuditTable;
  access_audit_checkpoints: AccessAuditCheckpointsTable;
  cases: CasesTable;
  defendants: DefendantsTable;
  counts: CountsTable;
  docket_entries: DocketEntriesTable;
  events: EventsTable;
  audit_log: AuditLogTable;
  monitoring_enrollments: MonitoringEnrollmentsTable;
  device_events: DeviceEventsTable;
  monitoring_alerts: MonitoringAlertsTable;
  monitoring_zones: MonitoringZonesTable;
  monitoring_snapshot: MonitoringSnapshotTable;
  monitoring_snapshot_devices: MonitoringSnapshotDevicesTable;
  monitoring_suspensions: MonitoringSuspensionsTable;
}
