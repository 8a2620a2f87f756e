/**
 * The pretrial library: the case record, the legal engines, the store and the server, for use from code.
 *
 * ```ts
 * import { parseCaseFile, computeDeadline } from 'pretrial';
 * ```
 */
export * from './case/index.ts';
export { buildHaleCaseFile } from './demo/index.ts';
export * from './law/calendar/index.ts';
export * from './law/deadlines/index.ts';
export * from './law/penalties/index.ts';
export * from './law/pleas/index.ts';
export * from './law/release/index.ts';
export { type AppOptions, buildApp } from './server/app.ts';
export {
  type Actor,
  type AuditRecord,
  CaseStore,
  type CaseSummary,
  caseIdFor,
  StoreError,
} from './store/cases.ts';
export { DEFAULT_SQLITE_PATH, type OpenedStore, openStore } from './store/db.ts';
