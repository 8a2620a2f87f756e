/**
 * The pretrial library: the case record, the legal engines, the docket importer, the monitoring engine, the
 * store and the server, for use from code. Every engine is pure: "as of" is an argument, nothing reads the
 * clock, and every result explains itself (citations, ledgers, traces).
 *
 * ```ts
 * import { buildHaleCaseFile, computeSpeedyTrial } from 'pretrial';
 * const clocks = computeSpeedyTrial(buildHaleCaseFile(), '2026-11-22');
 * ```
 */
export * from './case/index.ts';
export { buildHaleCaseFile } from './demo/index.ts';
/**
 * The docket importer, as a namespace: format detection, the PACER, CourtListener and RECAP readers, the
 * docket-text classifier and the case-file builder.
 */
export * as dockets from './dockets/index.ts';
/**
 * Import one docket (PACER Docket Report or History page, CourtListener or RECAP JSON, RECAP XML): the case
 * file with every entry verbatim and the events the classifier read, each with its span, rule and confidence;
 * or the reason the input is refused.
 */
export { importDocket } from './dockets/index.ts';
export * from './law/calendar/index.ts';
/**
 * The deadline catalog (`DEADLINE_RULES`, each rule quoted and cited) and `computeDeadlines(file, asOf)`:
 * every deadline of a case with its trigger, its date under Fed. R. Crim. P. 45 and its status.
 */
export * from './law/deadlines/index.ts';
/**
 * The U.S. Sentencing Guidelines engine, as a namespace: `guidelines.caseGuidelines(file, request)` per
 * defendant and scenario, `guidelines.computeGuidelines(facts, charges, options)` from resolved facts, with the trail of every step.
 */
export * as guidelines from './law/guidelines/index.ts';
/** Guidelines for the defendants of a case file: offense level, criminal history, range, and the trail. */
export { caseGuidelines } from './law/guidelines/index.ts';
/**
 * Statutory exposure: the statute catalog as dated, cited data; `countExposure(charge, options)` per count
 * and `caseExposure(file, options)` per defendant and plea scenario (range, class, supervised release, fine,
 * special assessment).
 */
export * from './law/penalties/index.ts';
export * from './law/pleas/index.ts';
export * from './law/release/index.ts';
/**
 * The Speedy Trial Act engine (18 U.S.C. §§ 3161–3164, 3174), as a namespace: `speedyTrial.computeSpeedyTrial`,
 * the options, the § 3161(h) rule table (`EXCLUSION_RULES`), the AO codes and the result types.
 */
export * as speedyTrial from './law/speedy-trial/index.ts';
/**
 * The Speedy Trial engine: each defendant's § 3161(b), (c)(1) and § 3164 clocks as of a date, with the ledger of
 * counted, excluded and unknown days, every exclusion with its citation and sources, the last day for trial
 * and the warnings. `whatIf` adds a hypothetical motion.
 */
export { computeSpeedyTrial } from './law/speedy-trial/index.ts';
/**
 * The location-monitoring engine, as a namespace: `monitoring.compileRules(conditions, enrollment)` turns the
 * release conditions in force into rules; `monitoring.createEngine(devices)` evaluates device events
 * (`monitoring.ingestBatch`, `monitoring.tick`) into alerts with their evidence; `monitoring.supervisionTimeZone`.
 */
export * as monitoring from './monitoring/index.ts';
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
