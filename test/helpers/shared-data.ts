/**
 * Public docket files are test data, not project source: they live in the development data beside the
 * clone (`../shared/data/`, or the folder `PRETRIAL_SHARED_DATA` names) and the tests read them there. Where
 * the folder is absent the tests that need it are skipped, and the reason printed once.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The development data folder (`…/shared/data/`), with a trailing slash. */
export const SHARED_DATA = (process.env.PRETRIAL_SHARED_DATA ?? `${repoRoot}../shared/data`).replace(
  /\/?$/,
  '/',
);

/** The PACER docket folder inside it. */
export const PACER_DATA = `${SHARED_DATA}pacer/`;

/** True when the real PACER dockets are there to read. */
export const havePacerData = existsSync(`${PACER_DATA}dockets/district/ned.html`);

/** The reason printed when they are not (once per process). */
export const NO_PACER_DATA = `Real-docket tests skipped: no development data at ${PACER_DATA} (the public PACER dockets are read from ../shared/data/pacer beside the clone; set PRETRIAL_SHARED_DATA to another folder).`;

let told = false;
/** Print the skip reason once, when the data is absent; returns whether it is present. */
export function requirePacerData(): boolean {
  if (!havePacerData && !told) {
    told = true;
    console.log(NO_PACER_DATA);
  }
  return havePacerData;
}
requirePacerData();

/** The absolute path of a file in the PACER data, e.g. `pacerPath('dockets/district/ned.html')`. */
export const pacerPath = (rel: string): string => `${PACER_DATA}${rel}`;

/** The bytes of a file in the PACER data. */
export const readPacer = (rel: string): Buffer => readFileSync(pacerPath(rel));

/** The `.html` files of a PACER data folder, without extension, relative to the PACER folder. */
export function listPacer(dir: string): string[] {
  if (!havePacerData) return [];
  const d = dir.replace(/\/?$/, '/');
  return readdirSync(pacerPath(d))
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => `${d}${f.replace(/\.html$/, '')}`);
}
