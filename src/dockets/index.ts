export { type BuildOptions, type BuildResult, buildCaseFile } from './build.ts';
export { type Classification, classifyEntries } from './classify/index.ts';
export { decodeInput, MAX_INPUT_BYTES } from './decode.ts';
export { detectFormat } from './detect.ts';
export {
  type ImportOptions,
  type ImportResult,
  importDocket,
  importDockets,
  readDocket,
  readDockets,
} from './import.ts';
export type { RawDocket, Rejection, SourceFormat } from './types.ts';
