/**
 * The AO's excludable-delay letter codes (docs/speedy-trial.md, "Exclusions, § 3161(h)"). Letters were assigned by meaning
 * and did not change when Pub. L. 110-406 (2008) renumbered 18 U.S.C. § 3161(h), so a code maps to a
 * canonical category, not to a subsection letter. U (plea withdrawn) and W (grand jury extension) are
 * not exclusions and are absent here.
 */
import type { ExclusionKind } from '../../case/index.ts';

export interface AoCode {
  category: ExclusionKind;
  /** Current citation (after 2008). */
  citation: string;
  meaning: string;
}

export const AO_CODES: Readonly<Record<string, AoCode>> = {
  A: {
    category: 'competencyExam',
    citation: '18 U.S.C. § 3161(h)(1)(A)',
    meaning: 'examination or hearing on mental competency or physical capacity',
  },
  B: {
    category: 'naraExam',
    citation: 'former 18 U.S.C. § 3161(h)(1)(B)',
    meaning: 'NARA examination (repealed)',
  },
  C: { category: 'otherTrial', citation: '18 U.S.C. § 3161(h)(1)(B)', meaning: 'trial on other charges' },
  D: {
    category: 'interlocutoryAppeal',
    citation: '18 U.S.C. § 3161(h)(1)(C)',
    meaning: 'interlocutory appeal',
  },
  E: {
    category: 'pretrialMotion',
    citation: '18 U.S.C. § 3161(h)(1)(D)',
    meaning: 'pretrial motions, filing to hearing or other prompt disposition',
  },
  F: {
    category: 'transferRemoval',
    citation: '18 U.S.C. § 3161(h)(1)(E)',
    meaning: 'transfer from another district or removal',
  },
  G: {
    category: 'underAdvisement',
    citation: '18 U.S.C. § 3161(h)(1)(H)',
    meaning: 'proceeding under advisement, at most 30 days',
  },
  H: {
    category: 'otherProceeding',
    citation: '18 U.S.C. § 3161(h)(1)',
    meaning: 'miscellaneous proceedings: revocation, deportation, extradition',
  },
  I: {
    category: 'pleaAgreementConsideration',
    citation: '18 U.S.C. § 3161(h)(1)(G)',
    meaning: 'consideration by the court of a proposed plea agreement',
  },
  J: {
    category: 'transportation',
    citation: '18 U.S.C. § 3161(h)(1)(F)',
    meaning: 'transportation, at most 10 days',
  },
  K: {
    category: 'deferredProsecution',
    citation: '18 U.S.C. § 3161(h)(2)',
    meaning: 'prosecution deferred by written agreement',
  },
  M: {
    category: 'absenceUnavailability',
    citation: '18 U.S.C. § 3161(h)(3)',
    meaning: 'absence or unavailability of the defendant or an essential witness',
  },
  N: {
    category: 'incompetence',
    citation: '18 U.S.C. § 3161(h)(4)',
    meaning: 'defendant mentally incompetent or physically unable to stand trial',
  },
  O: {
    category: 'naraTreatment',
    citation: 'former 18 U.S.C. § 3161(h)(5)',
    meaning: 'NARA commitment (repealed)',
  },
  P: {
    category: 'governmentDismissalGap',
    citation: '18 U.S.C. § 3161(h)(5)',
    meaning: 'period between a Government dismissal and a new charge',
  },
  R: {
    category: 'codefendant',
    citation: '18 U.S.C. § 3161(h)(6)',
    meaning: 'awaiting trial of a co-defendant, no severance',
  },
  T: {
    category: 'endsOfJustice',
    citation: '18 U.S.C. § 3161(h)(7)(A)',
    meaning: 'ends-of-justice continuance',
  },
  T1: {
    category: 'endsOfJustice',
    citation: '18 U.S.C. § 3161(h)(7)(B)(i)',
    meaning: 'failure to continue would make proceedings impossible or cause a miscarriage of justice',
  },
  T2: {
    category: 'endsOfJustice',
    citation: '18 U.S.C. § 3161(h)(7)(B)(ii)',
    meaning: 'unusual or complex case',
  },
  T3: {
    category: 'endsOfJustice',
    citation: '18 U.S.C. § 3161(h)(7)(B)(iii)',
    meaning: 'indictment cannot be filed within 30 days of arrest',
  },
  T4: {
    category: 'endsOfJustice',
    citation: '18 U.S.C. § 3161(h)(7)(B)(iv)',
    meaning: 'time to obtain counsel or for effective preparation',
  },
};

/** The (h)(7)(B) factor a T code names. */
export const T_FACTOR: Readonly<Record<string, 'i' | 'ii' | 'iii' | 'iv'>> = {
  T1: 'i',
  T2: 'ii',
  T3: 'iii',
  T4: 'iv',
};
