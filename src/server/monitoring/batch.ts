/**
 * A device-event batch as the HTTP body gives it (a JSON array, or NDJSON), validated event by event by the
 * engine's own batch parser (`parseDeviceEventBatch`), keeping each event's raw JSON for the record. Any
 * problem refuses the whole batch; each is named by where it is (`$[2]` in an array, `line 3` in NDJSON) and
 * its field.
 */
import type { DeviceEvent } from '../../monitoring/device-events.ts';
import { type BatchProblem, parseDeviceEventBatch } from '../../monitoring/parse.ts';

export interface RawEvent {
  event: DeviceEvent;
  raw: string;
}

export interface BatchDetail {
  path: string;
  message: string;
}

export type ParsedBatch = { ok: true; events: RawEvent[] } | { ok: false; details: BatchDetail[] };

/** Where a problem is, as the API names it: `$[2].lat` in an array, `line 3: $.lat` in NDJSON, `$` for the body. */
function detailPath(p: BatchProblem): string {
  if (p.line !== null) return p.path === '' ? `line ${p.line}` : `line ${p.line}: $.${p.path}`;
  if (p.index === null) return '$';
  return p.path === '' ? `$[${p.index}]` : `$[${p.index}].${p.path}`;
}

/** The batch parsed by the engine's one parser (`parseDeviceEventBatch`), each event with its JSON as sent. */
export function parseEventBatch(text: string, format: 'json' | 'ndjson'): ParsedBatch {
  const r = parseDeviceEventBatch(text, format, true);
  if (!r.ok)
    return { ok: false, details: r.problems.map((p) => ({ path: detailPath(p), message: p.message })) };
  return {
    ok: true,
    events: r.events.map((event, i) => ({ event, raw: (r.raw as string[])[i] as string })),
  };
}
