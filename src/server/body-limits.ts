/**
 * Per-route request body limits (OWASP ASVS 4.0.3 V12.1.1, V13.1.3: a limit on what a request may carry): a
 * form is small; a docket upload, a case file, the zone library and a device-event batch are larger, each
 * with its own ceiling. A body over its route's limit is refused (413) before it is parsed, naming the limit.
 */

const KiB = 1024;
const MiB = 1024 * KiB;

/** Sign-in, the second factor, sign-out. */
export const AUTH_BODY_LIMIT = 16 * KiB;
/** Every other JSON form (an event, a what-if, an officer's note, a suspension). */
export const FORM_BODY_LIMIT = 256 * KiB;
/** A device-event batch (tens of thousands of events as JSON or NDJSON). */
export const INGEST_BODY_LIMIT = 32 * MiB;
/** A whole case file as JSON (its docket with every entry's text). */
export const CASE_FILE_BODY_LIMIT = 16 * MiB;
/** The agency's zone library (polygons). */
export const ZONES_BODY_LIMIT = 4 * MiB;
/** An enrollment (its own zones, schedules, protected persons). */
export const ENROLLMENT_BODY_LIMIT = 1 * MiB;
/** A docket upload (a PACER page or a RECAP/CourtListener export), unless the server sets another. */
export const UPLOAD_BODY_LIMIT = 60 * MiB;

/** The body limit of an API route, in bytes. `upload` is the server's docket-upload limit. */
export function bodyLimitFor(method: string, url: string, upload = UPLOAD_BODY_LIMIT): number {
  const route = `${method} ${url}`;
  switch (route) {
    case 'POST /api/v1/monitoring/events':
      return INGEST_BODY_LIMIT;
    case 'POST /api/v1/imports':
    case 'POST /api/v1/cases/:id/import':
      return upload;
    case 'POST /api/v1/cases':
      return CASE_FILE_BODY_LIMIT;
    case 'PUT /api/v1/monitoring/zones':
      return ZONES_BODY_LIMIT;
    case 'POST /api/v1/monitoring/enrollments':
      return ENROLLMENT_BODY_LIMIT;
  }
  if (url.startsWith('/api/v1/auth/')) return AUTH_BODY_LIMIT;
  return FORM_BODY_LIMIT;
}

/** The one-line refusal of an oversized body. */
export const tooLarge = (method: string, url: string, limit: number): string =>
  `the request body is too large: ${method} ${url} accepts at most ${limit.toLocaleString('en-US')} bytes`;
