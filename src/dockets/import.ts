/**
 * Import a docket file: decode, detect the format, parse, build and validate the case file. Either a
 * valid case file comes back, or a reason and the evidence for it — never a partial result.
 */
import { type BuildOptions, type BuildResult, buildCaseFile } from './build.ts';
import { parseCourtListener } from './courtlistener.ts';
import { decodeInput } from './decode.ts';
import { detectFormat } from './detect.ts';
import { MAX_DEPTH, parseHtml, TooDeep, TooManyElements } from './html.ts';
import { DocketTableReader, parsePacerDocket } from './pacer-docket.ts';
import { parsePacerHistory } from './pacer-history.ts';
import { parseRecapArchive } from './recap.ts';
import { parseRecapXml } from './recap-xml.ts';
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
  if (detected.kind === 'xml') {
    raw = parseRecapXml(decoded.text);
  } else if (detected.kind === 'json') {
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
    let doc: ReturnType<typeof parseHtml>;
    // A Docket Report's docket table is read row by row as the page is parsed.
    const reader = detected.format === 'pacer' ? new DocketTableReader() : undefined;
    try {
      doc = parseHtml(decoded.text, MAX_DEPTH, reader?.onClose);
    } catch (e) {
      if (e instanceof TooDeep)
        return reject(
          `${e.message} (PACER's pages nest about 10): it is not a docket page as PACER serves it`,
          `at character ${e.at}: ${decoded.text.slice(e.at, e.at + 60)}`,
        );
      if (e instanceof TooManyElements)
        return reject(
          `${e.message} (a PACER docket at the 20 MB limit has about 300,000): it is not a docket page as PACER serves it`,
          `at character ${e.at}: ${decoded.text.slice(e.at, e.at + 60)}`,
        );
      throw e;
    }
    raw =
      detected.format === 'pacer-history'
        ? parsePacerHistory(doc, decoded.text)
        : parsePacerDocket(doc, decoded.text, reader);
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
    'docket_number' in json &&
    !('docket' in json)
  )
    return parseRecapArchive(json);
  return parseCourtListener(json);
}

/**
 * Several files that together make one docket: CourtListener API responses saved apart (the docket,
 * `/docket-entries/`, `/parties/`, `/attorneys/`, pages of a list). One file is read as `readDocket` reads it.
 */
export function readDockets(
  inputs: ReadonlyArray<{ bytes: Uint8Array | string; name: string }>,
  options: ImportOptions = {},
): { ok: true; raw: RawDocket } | Rejection {
  if (inputs.length === 0) return reject('no file given');
  if (inputs.length === 1) return readDocket(inputs[0]!.bytes, options);
  if (options.from && options.from !== 'courtlistener')
    return reject(
      `several files can be imported together only as CourtListener JSON, not --from ${options.from}`,
    );
  const values: unknown[] = [];
  const warnings: string[] = [];
  for (const { bytes, name } of inputs) {
    const decoded = decodeInput(bytes, options.maxBytes);
    if (!decoded.ok) return { ...decoded, reason: `${name}: ${decoded.reason}` };
    const start = decoded.text.trimStart();
    if (!start.startsWith('{') && !start.startsWith('['))
      return reject(
        `${name} is not JSON: several files are imported together only as CourtListener API responses (the docket, /docket-entries/, /parties/, /attorneys/); import a PACER page or a RECAP XML file alone`,
        start.slice(0, 60),
      );
    try {
      values.push(JSON.parse(decoded.text));
    } catch (e) {
      return reject(`${name} is not valid JSON: ${(e as Error).message}`, start.slice(0, 80));
    }
    warnings.push(...decoded.warnings.map((w) => `${name}: ${w}`));
  }
  const raw = parseCourtListener(...values);
  if ('ok' in raw) return raw;
  raw.warnings.unshift(...warnings);
  return { ok: true, raw };
}

/** Import several files that make one docket (see `readDockets`). */
export function importDockets(
  inputs: ReadonlyArray<{ bytes: Uint8Array | string; name: string }>,
  options: ImportOptions = {},
): ImportResult {
  const read = readDockets(inputs, options);
  if (!read.ok) return read;
  const built = buildCaseFile(read.raw, options);
  return built.ok ? { ...built, format: read.raw.format } : built;
}

export function importDocket(input: Uint8Array | string, options: ImportOptions = {}): ImportResult {
  const read = readDocket(input, options);
  if (!read.ok) return read;
  const built = buildCaseFile(read.raw, options);
  return built.ok ? { ...built, format: read.raw.format } : built;
}
