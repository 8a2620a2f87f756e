/**
 * A device-event batch as the HTTP body gives it (a JSON array, or NDJSON), validated event by event with the
 * engine's own schema (`parseDeviceEvent`), keeping each event's raw JSON for the record. Any problem refuses
 * the whole batch; each is named by where it is (`$[2]` in an array, `line 3` in NDJSON) and its field.
 */
import type { DeviceEvent } from '../../monitoring/device-events.ts';
import { parseDeviceEvent } from '../../monitoring/parse.ts';

export interface RawEvent {
  event: DeviceEvent;
  raw: string;
}

export interface BatchDetail {
  path: string;
  message: string;
}

export type ParsedBatch = { ok: true; events: RawEvent[] } | { ok: false; details: BatchDetail[] };

const MAX_DETAILS = 100;

const fieldPath = (where: string, path: string, ndjson: boolean) =>
  path === '' ? where : ndjson ? `${where}: $.${path}` : `${where}.${path}`;

export function parseEventBatch(text: string, format: 'json' | 'ndjson'): ParsedBatch {
  const details: BatchDetail[] = [];
  const events: RawEvent[] = [];
  const take = (value: unknown, where: string, raw: () => string, ndjson: boolean) => {
    const r = parseDeviceEvent(value);
    if (r.ok) {
      if (details.length === 0) events.push({ event: r.event, raw: raw() });
      return;
    }
    for (const i of r.issues)
      if (details.length < MAX_DETAILS)
        details.push({ path: fieldPath(where, i.path, ndjson), message: i.message });
  };
  if (format === 'json') {
    let decoded: unknown;
    try {
      decoded = JSON.parse(text);
    } catch (e) {
      return { ok: false, details: [{ path: '$', message: `not valid JSON: ${(e as Error).message}` }] };
    }
    if (!Array.isArray(decoded))
      return {
        ok: false,
        details: [
          {
            path: '$',
            message: 'expected a JSON array of events (or NDJSON with Content-Type: application/x-ndjson)',
          },
        ],
      };
    decoded.forEach((v, i) => {
      take(v, `$[${i}]`, () => JSON.stringify(v), false);
    });
  } else {
    const lines = text.split('\n');
    for (let n = 0; n < lines.length; n++) {
      const line = (lines[n] as string).trim();
      if (line === '') continue;
      let decoded: unknown;
      try {
        decoded = JSON.parse(line);
      } catch (e) {
        if (details.length < MAX_DETAILS)
          details.push({ path: `line ${n + 1}`, message: `not valid JSON: ${(e as Error).message}` });
        continue;
      }
      take(decoded, `line ${n + 1}`, () => line, true);
    }
  }
  if (details.length > 0) return { ok: false, details };
  return { ok: true, events };
}
