/**
 * Bytes to text. PACER serves pages in ISO-8859-1/Windows-1252 as often as in UTF-8, and saved pages pass
 * through editors that add byte-order marks; a page read with the wrong decoder must not be lost or garbled
 * silently. Windows-1252 is a superset of ISO-8859-1's printable range, so it reads both.
 */
import { type Rejection, reject } from './types.ts';

export interface Decoded {
  ok: true;
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  warnings: string[];
}

/**
 * Bytes above this are refused before parsing. The largest real criminal dockets run to a few MB (a few
 * thousand entries); 20 MB is ~25,000 entries.
 */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export function decodeInput(input: Uint8Array | string, maxBytes = MAX_INPUT_BYTES): Decoded | Rejection {
  if (typeof input === 'string') {
    if (input.trim() === '') return reject('the file is empty');
    return { ok: true, text: input.replace(/^\uFEFF/, ''), encoding: 'utf-8', warnings: [] };
  }
  if (input.length > maxBytes) {
    return reject(
      `the file is ${(input.length / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(0)} MB limit for one docket`,
    );
  }
  if (input.length === 0) return reject('the file is empty (0 bytes)');
  const head = input.subarray(0, 8);
  if (head[0] === 0x25 && head[1] === 0x50 && head[2] === 0x44 && head[3] === 0x46)
    return reject('the file is a PDF, not a docket page or JSON', '%PDF');
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04)
    return reject('the file is a ZIP archive, not a docket page or JSON; unzip it first', 'PK\\x03\\x04');
  if (head[0] === 0x1f && head[1] === 0x8b)
    return reject('the file is gzip-compressed; decompress it first', '\\x1f\\x8b');

  if (head[0] === 0xff && head[1] === 0xfe) return decoded(input.subarray(2), 'utf-16le');
  if (head[0] === 0xfe && head[1] === 0xff) return decoded(input.subarray(2), 'utf-16be');
  const body = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? input.subarray(3) : input;

  const sample = body.subarray(0, 8192);
  if (sample.includes(0)) {
    return reject(
      'the file holds NUL bytes: it is binary, or text in an encoding without a byte-order mark',
      `NUL at byte ${sample.indexOf(0)}`,
    );
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    return blankCheck({ ok: true, text, encoding: 'utf-8', warnings: [] });
  } catch {
    const text = new TextDecoder('windows-1252').decode(body);
    const at = firstInvalidUtf8(body);
    return blankCheck({
      ok: true,
      text,
      encoding: 'windows-1252',
      warnings: [
        `the file is not valid UTF-8 (first bad byte at offset ${at}); it was read as Windows-1252, the encoding PACER pages are usually saved in`,
      ],
    });
  }
}

function decoded(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded | Rejection {
  const text = new TextDecoder(encoding).decode(bytes);
  return blankCheck({ ok: true, text, encoding, warnings: [] });
}

function blankCheck(d: Decoded): Decoded | Rejection {
  return d.text.trim() === '' ? reject('the file holds only whitespace') : d;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}
