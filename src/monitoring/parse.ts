/**
 * Batch parsing at the edge: a JSON array of events, or NDJSON (one event per line). Every problem is
 * reported with where it is (`line 3` for NDJSON, `[2]` for an array) and the field (`lat`), and a batch with
 * any problem is refused whole: nothing is stored half-way.
 */
import type { z } from 'zod';
import {
  AlarmInput,
  canonical,
  DEVICE_EVENT_KINDS,
  type DeviceEvent,
  type DeviceEventInput,
  FixInput,
} from './device-events.ts';

export interface BatchProblem {
  /** 1-based line for NDJSON; null for a JSON array. */
  line: number | null;
  /** 0-based position of the event in the batch; null for the batch as a whole (not JSON, not an array). */
  index: number | null;
  /** Field path inside the event, e.g. `lat` or `battery.percent`; empty for the whole event. */
  path: string;
  message: string;
}

export type BatchResult =
  | {
      ok: true;
      events: DeviceEvent[];
      /** Each event's JSON as sent (its NDJSON line, or its array element written out), when asked for. */
      raw?: string[];
    }
  | { ok: false; problems: BatchProblem[] };

/** `line 3, lat: expected a number between -90 and 90`. */
export function describeProblem(p: BatchProblem): string {
  const where = p.line !== null ? `line ${p.line}` : p.index !== null ? `[${p.index}]` : 'batch';
  return p.path ? `${where}, ${p.path}: ${p.message}` : `${where}: ${p.message}`;
}

const MAX_PROBLEMS = 100;

/** Validate one decoded value as a device event. */
export function parseDeviceEvent(
  value: unknown,
): { ok: true; event: DeviceEvent } | { ok: false; issues: { path: string; message: string }[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, issues: [{ path: '', message: 'expected an object' }] };
  const kind = (value as { kind?: unknown }).kind;
  if (typeof kind !== 'string' || !(DEVICE_EVENT_KINDS as readonly string[]).includes(kind))
    return {
      ok: false,
      issues: [
        {
          path: 'kind',
          message:
            kind === undefined
              ? `required field missing (one of ${DEVICE_EVENT_KINDS.join(', ')})`
              : `unknown kind ${JSON.stringify(kind)} (expected one of ${DEVICE_EVENT_KINDS.join(', ')})`,
        },
      ],
    };
  const schema = kind === 'fix' ? FixInput : AlarmInput;
  const r = schema.safeParse(value);
  if (!r.success)
    return {
      ok: false,
      issues: r.error.issues.map((i) => ({ path: i.path.join('.'), message: issueMessage(i, value) })),
    };
  return { ok: true, event: canonical(r.data as z.output<typeof DeviceEventInput>) };
}

/** The value at a path of the event, or undefined when a key on the way is absent. */
function at(value: unknown, path: readonly PropertyKey[]): unknown {
  let v = value;
  for (const k of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

function issueMessage(i: z.core.$ZodIssue, value: unknown): string {
  // zod does not report the input by default: look at the event itself to tell missing from wrong.
  if (i.code === 'invalid_type' && at(value, i.path) === undefined)
    return `required field missing (expected ${(i as { expected?: string }).expected ?? 'a value'})`;
  if (i.code === 'unrecognized_keys') return `unknown field(s): ${(i as { keys: string[] }).keys.join(', ')}`;
  return i.message;
}

/**
 * Parse a batch. `format` `auto` reads a text starting with `[` as a JSON array, anything else as NDJSON
 * (blank lines allowed). With `keepRaw`, each event's JSON as sent is kept for the record.
 */
export function parseDeviceEventBatch(
  text: string,
  format: 'json' | 'ndjson' | 'auto' = 'auto',
  keepRaw = false,
): BatchResult {
  const trimmed = text.trimStart();
  const asArray = format === 'json' || (format === 'auto' && trimmed.startsWith('['));
  const problems: BatchProblem[] = [];
  const events: DeviceEvent[] = [];
  const raw: string[] = [];
  const take = (value: unknown, index: number, line: number | null, text: () => string) => {
    const r = parseDeviceEvent(value);
    if (r.ok) {
      events.push(r.event);
      if (keepRaw) raw.push(text());
    } else for (const i of r.issues) if (problems.length < MAX_PROBLEMS) problems.push({ line, index, ...i });
  };
  if (asArray) {
    let decoded: unknown;
    try {
      decoded = JSON.parse(text);
    } catch (e) {
      return {
        ok: false,
        problems: [{ line: null, index: null, path: '', message: `not valid JSON: ${(e as Error).message}` }],
      };
    }
    if (!Array.isArray(decoded))
      return {
        ok: false,
        problems: [
          {
            line: null,
            index: null,
            path: '',
            message: 'expected a JSON array of events (or NDJSON with Content-Type: application/x-ndjson)',
          },
        ],
      };
    decoded.forEach((v, i) => {
      take(v, i, null, () => JSON.stringify(v));
    });
  } else {
    const lines = text.split('\n');
    let index = 0;
    for (let n = 0; n < lines.length; n++) {
      const line = (lines[n] as string).trim();
      if (line === '') continue;
      let decoded: unknown;
      try {
        decoded = JSON.parse(line);
      } catch (e) {
        if (problems.length < MAX_PROBLEMS)
          problems.push({ line: n + 1, index, path: '', message: `not valid JSON: ${(e as Error).message}` });
        index++;
        continue;
      }
      take(decoded, index, n + 1, () => line);
      index++;
    }
  }
  return problems.length > 0
    ? { ok: false, problems }
    : keepRaw
      ? { ok: true, events, raw }
      : { ok: true, events };
}
