/**
 * The shape of one Speedy Trial provision module: the statute's words and citation, its dated parameters
 * (caps), the AO excludable-delay letter code, and the docket-text citation forms the classifier reads for
 * it. Each module under this folder holds one provision; `index.ts` is the registry every consumer reads.
 */
import { Temporal } from 'temporal-polyfill';
import type { ExclusionKind } from '../../../case/events.ts';

export const STA = '18 U.S.C. §';

/**
 * Pub. L. 110-406, § 13, 122 Stat. 4291, 4294 (Oct. 13, 2008): renumbered § 3161(h) ((h)(8) became (h)(7),
 * (h)(1)(F) became (h)(1)(D), …) and struck the NARA subparagraphs. `on` is the first day of the new
 * numbering; every date that depends on the Act is derived from it.
 */
export const RENUMBERING = {
  act: 'Pub. L. 110-406, § 13, 122 Stat. 4291 (Oct. 13, 2008)',
  on: '2008-10-13',
} as const;

/** The last day the NARA subparagraphs were in force: the day before the renumbering. */
export const NARA_REPEALED_AFTER: string = Temporal.PlainDate.from(RENUMBERING.on)
  .subtract({ days: 1 })
  .toString();

/** A number the statute sets, with its words and the day it took effect (null: since enactment). */
export interface Parameter {
  name: string;
  value: number;
  unit: 'days' | 'years';
  /** The statute's words that set it. */
  words: string;
  from: string | null;
}

/** One AO excludable-delay letter code (docs/speedy-trial.md, "Exclusions, § 3161(h)"). */
export interface AoCodeEntry {
  code: string;
  meaning: string;
  /** The § 3161(h)(7)(B) factor a T-code names. */
  factor?: 'i' | 'ii' | 'iii' | 'iv';
}

/** A § 3161(h) excludable period. */
export interface ExclusionProvision {
  kind: ExclusionKind;
  /** A short name a lawyer would use in a brief. */
  label: string;
  /** The current citation. */
  citation: string;
  /** The citation under the 1979–2008 and 1975 numberings, where the period existed. */
  formerCitations: { '1979-2008': string | null; '1975': string | null };
  /** The AO letter codes, the main one first; empty where none is known. */
  aoCodes: readonly AoCodeEntry[];
  /** The statute's words. */
  text: string;
  /** Excludable without a finding once the facts exist (Tinklenberg), within the limits. */
  automatic: boolean;
  /** The period the engine excludes, and its limits. */
  period: string;
  /** In force from / to. */
  inForce: { from: string | null; to: string | null };
  /**
   * Docket text: the paragraph and subparagraph ("1H", "7") read in "§ 3161(h)(n)(X)" that name this
   * provision, under the numbering in force from `RENUMBERING.on` (`current`) and before it (`before2008`).
   */
  docketCites: { current: string | null; before2008: string | null };
  parameters: readonly Parameter[];
}

/** A time limit of § 3161 or § 3164. */
export interface TimeLimitProvision {
  citation: string;
  text: string;
  days: number;
  /** The AO codes that mark the limit or its trigger on a docket (U: § 3161(i); W: § 3161(b)). */
  aoCodes: readonly (AoCodeEntry & { kind: 'trigger' | 'limit' })[];
}

export const exclusion = (p: ExclusionProvision): ExclusionProvision => p;
