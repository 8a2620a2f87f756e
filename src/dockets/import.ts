/**
 * Import a docket file: decode, detect the format, parse, build and validate the case file. Either a
 * valid case file comes back, or a reason and the evidence for it — never a partial result.
 */
import { type BuildOptions, type BuildResult, buildCaseFile } from './build.ts';
import { parseCourtListener } from './courtlistener.ts';
import { decodeInput } from './decode.ts';
import { detectFormat } from './detect.ts';
import { parseHtml } from './html.ts';
import { parsePacerDocket } from './pacer-docket.ts';
import { parsePacerHistory } from './pacer-history.ts';
import { parseRecapArchive } from './recap.ts';
import { type RawDocket, type Rejection, reject, type SourceFormat } from './types.ts';

export interface ImportOptions extends BuildOptions {
  from?: SourceFormat;
  maxBytes?: number;
}

export type ImportResult = (BuildResult & { format?: SourceFormat }) | Rejection;

/** Read a docket (bytes or text) into its source-neutral form, without building the case file. */
export function readDocket(
  input: Uint8Array | string,
  options: ImportOptions = {},
): { ok: true; raw: RawDocket } | Rejection {
  const decoded = decodeInput(input, options.maxBytes);
  if (!decoded.ok) return decoded;
  const detected = detectFormat(decoded.text, options.from);
  if (!detected.ok) return detected;
  let raw: RawDocket | Rejection;
  if (detected.kind === 'json') {
    let json: unknown;
    try {
      json = JSON.parse(decoded.text);
    } catch (e) {
      return reject(`the file is not valid JSON: ${(e as Error).message}`, decoded.text.slice(0, 80));
    }
    raw =
      options.from === 'recap'
        ? parseRecapArchive(json)
        : options.from === 'courtlistener'
          ? parseCourtListener(json)
          : parseJsonAuto(json);
  } else {
    const doc = parseHtml(decoded.text);
    raw =
      detected.format === 'pacer-history'
        ? parsePacerHistory(doc, decoded.text)
        : parsePacerDocket(doc, decoded.text);
  }
  if ('ok' in raw) return raw;
  raw.warnings.unshift(...decoded.warnings);
  return { ok: true, raw };
}

/** A RECAP archive file carries entries and parties inside the docket object; a CourtListener bundle does not. */
function parseJsonAuto(json: unknown): RawDocket | Rejection {
  if (
    json &&
    typeof json === 'object' &&
    !Array.isArray(json) &&
    'docket_entries' in json &&
    'parties' in json &&
    !('docket' in json)
  )
    return parseRecapArchive(json);
  return parseCourtListener(json);
}

export function importDocket(input: Uint8Array | string, options: ImportOptions = {}): ImportResult {
  const read = readDocket(input, options);
  if (!read.ok) return read;
  const built = buildCaseFile(read.raw, options);
  return built.ok ? { ...built, format: read.raw.format } : built;
}
