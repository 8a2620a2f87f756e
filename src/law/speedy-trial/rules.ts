/**
 * The excludable periods of 18 U.S.C. § 3161(h), one rule object each: the statute's words, the current
 * citation and the earlier numberings (Pub. L. 110-406, § 13 (2008) renumbered the subsection), the AO
 * excludable-delay letter code, and the limits the engine applies (docs/speedy-trial.md, "Exclusions, § 3161(h)"), read from
 * the provision modules of `./provisions/`. Logic keys on the canonical category (`ExclusionKind`), never on
 * a subsection letter.
 */
import type { ExclusionKind } from '../../case/events.ts';
import {
  AO_CODE_ROWS,
  absentOnTrialDay,
  detention,
  ENDS_OF_JUSTICE_FACTORS,
  EXCLUSION_PROVISIONS,
  type ExclusionProvision,
  earliestTrial,
  indictment,
  indictmentNoGrandJury,
  judicialEmergency,
  NARA_REPEALED_AFTER,
  pleaWithdrawn,
  RENUMBERING,
  reinstatement,
  releaseReview,
  retrial,
  STA,
  trial,
} from './provisions/index.ts';

export { STA };

export interface ExclusionRule {
  kind: ExclusionKind;
  /** A short name a lawyer would use in a brief. */
  label: string;
  /** The current citation. */
  citation: string;
  /** The citation under the 1979–2008 and 1975 numberings, where the period existed. */
  formerCitations: { '1979-2008': string | null; '1975': string | null };
  /** The AO's excludable-delay letter (docs/speedy-trial.md, "Exclusions, § 3161(h)"), or null where none is known. */
  aoCode: string | null;
  /** The statute's words (18 U.S.C. § 3161(h)). */
  text: string;
  /** Excludable without a finding once the facts exist (Tinklenberg), within the limits. */
  automatic: boolean;
  /** The period the engine excludes, and its limits. */
  period: string;
  /** In force from / to (the NARA subparagraphs were struck by Pub. L. 110-406, enacted Oct. 13, 2008). */
  inForce: { from: string | null; to: string | null };
}

/** Pub. L. 110-406, § 13, 122 Stat. 4291, 4294 (Oct. 13, 2008): renumbering; NARA subparagraphs struck. */
export const RENUMBERING_ACT = RENUMBERING.act;
export { ENDS_OF_JUSTICE_FACTORS, NARA_REPEALED_AFTER };

const ruleOf = (p: ExclusionProvision): ExclusionRule => ({
  kind: p.kind,
  label: p.label,
  citation: p.citation,
  formerCitations: p.formerCitations,
  aoCode: p.aoCodes[0]?.code ?? null,
  text: p.text,
  automatic: p.automatic,
  period: p.period,
  inForce: p.inForce,
});

/** Each § 3161(h) period by category, read from its provision module (`./provisions/`). */
export const EXCLUSION_RULES = Object.fromEntries(
  EXCLUSION_PROVISIONS.map((p) => [p.kind, ruleOf(p)]),
) as Readonly<Record<ExclusionKind, ExclusionRule>>;

export interface AoCode {
  code: string;
  meaning: string;
  /** The category, or the clock rule the code marks (U: § 3161(i) trigger; W: § 3161(b) extension). */
  kind: ExclusionKind | 'trigger' | 'limit';
  obsolete?: boolean;
}

/** The AO's national list as commonly published with district plans (confirm per district; docs/speedy-trial.md, "Limits"). */
export const AO_CODES: Readonly<Record<string, AoCode>> = Object.fromEntries(
  AO_CODE_ROWS.map((c) => [
    c.code,
    { code: c.code, meaning: c.meaning, kind: c.kind, ...(c.obsolete ? { obsolete: true } : {}) },
  ]),
);

/** The time limits, each with the words that set it. */
export const LIMITS = {
  indictment,
  indictmentNoGrandJury,
  trial,
  earliestTrial,
  reinstatement,
  retrial,
  pleaWithdrawn,
  absentOnTrialDay,
  detention,
  judicialEmergency,
} as const;

/** The remedies; the engine never says "dismissed" (§ 3162; docs/speedy-trial.md, "§ 3162"). */
export const REMEDIES = {
  complaintDismissal: {
    citation: `${STA} 3162(a)(1)`,
    text: 'such charge against that individual contained in such complaint shall be dismissed or otherwise dropped',
  },
  dismissal: {
    citation: `${STA} 3162(a)(2)`,
    text: 'the information or indictment shall be dismissed on motion of the defendant (with or without prejudice, on the statutory factors); the motion is to be made before trial or the entry of a plea of guilty or nolo contendere',
  },
  releaseReview,
} as const;
