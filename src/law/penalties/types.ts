/** Shapes of the statute catalog: one entry per penalty provision, each with dated, cited versions. */
import type { Dated } from './dated.ts';

/** A term of imprisonment in years, or life. */
export type Years = number | 'life';

export interface PrisonTerm {
  /** The mandatory minimum in years (0 when none), or 'life' when life is mandatory. */
  min: Years;
  max: Years;
  /** Set when the statute states no maximum and the maximum is read from it (e.g. § 924(c)). */
  maxReadFrom?: string;
}

export interface OwnSupervisedRelease {
  /** The statute's own minimum term ("Notwithstanding section 3583 …, at least 5 years"). */
  min: number;
  max: Years;
  citation: string;
  note?: string;
}

/** A penalty that applies only when a further fact is charged (death results, brandished, a prior conviction …). */
export interface PenaltyVariant {
  /** The name a count's `attributes.penaltyFacts` uses, e.g. `deathResults`. */
  id: string;
  label: string;
  /** Subsections of the charged citation that select the variant without a stated fact, e.g. `(c)(1)(A)(ii)`. */
  subsections?: readonly string[];
  /** Other sections cited with the count that select it, e.g. `924(e)` beside `922(g)`. */
  alsoCited?: readonly string[];
  prison: PrisonTerm;
  /** The statute's own fine for this variant, when it states one. */
  fineUsd?: number;
  supervisedRelease?: OwnSupervisedRelease;
  /**
   * The variant is selected by itself when the count charges, for each group, one of its facts: the
   * combined clause of 21 U.S.C. § 841(b)(1) ("after a prior conviction … and if death or serious bodily
   * injury results … life imprisonment") is `[['priorConviction', 'twoPriorConvictions'],
   * ['deathOrSeriousBodilyInjury']]`.
   */
  requires?: ReadonlyArray<readonly string[]>;
  /** The variant's own bar on probation (§ 924(e)(1); § 841(b)(1)(C) when death or injury results). */
  probationBarred?: { citation: string; sourceText: string };
  /** The statute authorizes death for this variant ("shall be punished by death or …", § 2251(e)). */
  deathPenalty?: { citation: string; sourceText: string };
  citation: string;
  sourceText: string;
}

/**
 * A later version that reaches offenses committed before it took effect, when no sentence had been imposed
 * by its enactment: First Step Act §§ 401(c), 403(b) ("shall apply to any offense that was committed before
 * the date of enactment of this Act, if a sentence for the offense has not been imposed as of such date of
 * enactment").
 */
export interface PendingCases {
  /** The day of enactment (ISO): a sentence imposed after it was "not … imposed as of" it. */
  enactment: string;
  citation: string;
  sourceText: string;
  /** Case law reading the clause (e.g. Hewitt v. United States on a vacated sentence). */
  authority: string;
  /** What the later version cannot reach, for the Ex Post Facto Clause (e.g. a newly listed prior). */
  caution?: string;
}

export interface PenaltyVersion extends Dated {
  /** The penalty the provision prescribes; absent when it prescribes "the same penalties" as its object. */
  prison?: PrisonTerm;
  /**
   * The statute's own fine, feeding § 3571(b)(1): `null` when it says only "fined under this title".
   * `alternative` names a gain-based alternative the offense statute itself states (§ 1963(a), § 1956(a)).
   */
  fine?: { amountUsd: number | null; alternative?: string };
  /** The term must run consecutively to every other term (§ 924(c)(1)(D)(ii), § 1028A(b)(2)). */
  consecutive?: {
    citation: string;
    text: string;
    /** § 1028A(b)(4): terms under the same section may run concurrently with each other. */
    concurrentWithSameSection?: boolean;
  };
  probationBarred?: { citation: string; sourceText?: string };
  /** Set when the version applies to earlier offenses not yet sentenced at its enactment. */
  pendingCases?: PendingCases;
  /** § 371: "If, however, the offense … is a misdemeanor only", the cap is that misdemeanor's maximum. */
  misdemeanorObjectCap?: boolean;
  supervisedRelease?: OwnSupervisedRelease;
  variants?: readonly PenaltyVariant[];
}

export type Inchoate = {
  type: 'attempt' | 'conspiracy' | 'attemptOrConspiracy';
  /** The title and sections whose violation may be the object. */
  objectTitle: number;
  objects: readonly string[];
};

export interface PenaltyEntry {
  /** `title:section(subsection)`, e.g. `18:1591(b)(1)`. */
  key: string;
  title: number;
  section: string;
  /**
   * Subsection prefixes of a charged citation that select this entry, e.g. `(b)(1)`; empty when the section
   * as a whole has one penalty.
   */
  selectors: readonly string[];
  label: string;
  /** The chapter of the title (drives § 3014, § 3142(e)(3)(D)). For title 21, the subchapter's chapter, 13. */
  chapter: string;
  chapterName: string;
  /** Controlled Substances Act offense (§ 3142(e)(3)(A), (f)(1)(C)). */
  controlledSubstancesAct?: boolean;
  /** Other sections cited beside this one that only name its penalty (e.g. `924(a)(2)` beside `922(g)`). */
  penaltySections?: readonly string[];
  /** For an attempt or conspiracy punished "in the same manner" as its object. */
  inchoate?: Inchoate;
  versions: readonly PenaltyVersion[];
}

/** Letter grades of 18 U.S.C. § 3559(a). */
export type OffenseClass =
  | 'A'
  | 'B'
  | 'C'
  | 'D'
  | 'E'
  | 'misdemeanorA'
  | 'misdemeanorB'
  | 'misdemeanorC'
  | 'infraction';

export const isFelony = (c: OffenseClass): boolean => c.length === 1;
