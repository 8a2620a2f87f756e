/**
 * The registry of Speedy Trial provisions: one module per provision (18 U.S.C. §§ 3161(b), (c)(1), (c)(2),
 * (h), (i) and 3164), each with the statute's words, its citation, its dated parameters and AO letter code.
 * The engine's rule tables (`../rules.ts`), the docket classifier's AO-code and citation tables and the
 * documentation read these, and nothing else defines them.
 */
import type { ExclusionKind } from '../../../case/events.ts';
import { provisions as p3161b } from './3161-b.ts';
import { provisions as p3161c1 } from './3161-c-1.ts';
import { provisions as p3161c2 } from './3161-c-2.ts';
import { provisions as p3161d2 } from './3161-d-2.ts';
import { provisions as p3161e } from './3161-e.ts';
import { otherProceeding } from './3161-h-1.ts';
import { competencyExam } from './3161-h-1-A.ts';
import { otherTrial } from './3161-h-1-B.ts';
import { interlocutoryAppeal } from './3161-h-1-C.ts';
import { pretrialMotion } from './3161-h-1-D.ts';
import { transferRemoval } from './3161-h-1-E.ts';
import { transportation } from './3161-h-1-F.ts';
import { pleaAgreementConsideration } from './3161-h-1-G.ts';
import { underAdvisement } from './3161-h-1-H.ts';
import { deferredProsecution } from './3161-h-2.ts';
import { absenceUnavailability } from './3161-h-3.ts';
import { incompetence } from './3161-h-4.ts';
import { governmentDismissalGap } from './3161-h-5.ts';
import { codefendant } from './3161-h-6.ts';
import { endsOfJustice } from './3161-h-7.ts';
import { foreignEvidence } from './3161-h-8.ts';
import { provisions as p3161i } from './3161-i.ts';
import { provisions as p3161k } from './3161-k.ts';
import { provisions as p3164 } from './3164.ts';
import { provisions as p3174b } from './3174-b.ts';
import { naraExam } from './former-3161-h-1-B.ts';
import { naraDeferral } from './former-3161-h-1-C.ts';
import { naraTreatment } from './former-3161-h-5.ts';
import type { ExclusionProvision, TimeLimitProvision } from './provision.ts';

export { indictment, indictmentNoGrandJury } from './3161-b.ts';
export { trial } from './3161-c-1.ts';
export { earliestTrial } from './3161-c-2.ts';
export { reinstatement } from './3161-d-2.ts';
export { retrial } from './3161-e.ts';
export { TRANSPORTATION_CAP_DAYS } from './3161-h-1-F.ts';
export { ADVISEMENT_CAP_DAYS } from './3161-h-1-H.ts';
export { ENDS_OF_JUSTICE_FACTORS } from './3161-h-7.ts';
export { FOREIGN_EVIDENCE_CAP_YEARS } from './3161-h-8.ts';
export { pleaWithdrawn } from './3161-i.ts';
export { absentOnTrialDay } from './3161-k.ts';
export { detention, releaseReview } from './3164.ts';
export { judicialEmergency } from './3174-b.ts';
export {
  type AoCodeEntry,
  type ExclusionProvision,
  NARA_REPEALED_AFTER,
  type Parameter,
  RENUMBERING,
  STA,
  type TimeLimitProvision,
} from './provision.ts';

/** The § 3161(h) periods, in the statute's order; the repealed NARA subparagraphs last. */
export const EXCLUSION_PROVISIONS: readonly ExclusionProvision[] = [
  competencyExam,
  otherTrial,
  interlocutoryAppeal,
  pretrialMotion,
  transferRemoval,
  transportation,
  pleaAgreementConsideration,
  underAdvisement,
  otherProceeding,
  deferredProsecution,
  absenceUnavailability,
  incompetence,
  governmentDismissalGap,
  codefendant,
  endsOfJustice,
  foreignEvidence,
  naraExam,
  naraDeferral,
  naraTreatment,
];

/** The time limits of §§ 3161(b), (c)(1), (c)(2), (d)(2), (e), (i), (k), 3164(b) and 3174(b). */
export const TIME_LIMIT_PROVISIONS: readonly TimeLimitProvision[] = [
  ...p3161b,
  ...p3161c1,
  ...p3161c2,
  ...p3161d2,
  ...p3161e,
  ...p3161i,
  ...p3161k,
  ...p3164,
  ...p3174b,
];

/** One AO letter code with the provision it belongs to. */
export interface AoCodeRow {
  code: string;
  meaning: string;
  /** The category, or the clock rule the code marks (U: § 3161(i) trigger; W: § 3161(b) extension). */
  kind: ExclusionKind | 'trigger' | 'limit';
  citation: string;
  /** The code belongs to a repealed provision. */
  obsolete: boolean;
  factor?: 'i' | 'ii' | 'iii' | 'iv';
}

/** Every AO excludable-delay code, by letter (A … T4, U, W), read from the provision modules. */
export const AO_CODE_ROWS: readonly AoCodeRow[] = [
  ...EXCLUSION_PROVISIONS.flatMap((p) =>
    p.aoCodes.map(
      (c): AoCodeRow => ({
        code: c.code,
        meaning: c.meaning,
        kind: p.kind,
        citation: c.factor ? `${p.citation.replace(/\(A\)$/, '')}(B)(${c.factor})` : p.citation,
        obsolete: p.inForce.to !== null,
        ...(c.factor ? { factor: c.factor } : {}),
      }),
    ),
  ),
  ...TIME_LIMIT_PROVISIONS.flatMap((p) =>
    p.aoCodes.map(
      (c): AoCodeRow => ({
        code: c.code,
        meaning: c.meaning,
        kind: c.kind,
        citation: p.citation,
        obsolete: false,
      }),
    ),
  ),
].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

/**
 * The category a docket's "§ 3161(h)(n)(X)" names, keyed "nX" (or "n"), under the numbering in force on the
 * entry's date: the current one from `RENUMBERING.on`, the 1979–2008 one before it.
 */
export function docketCiteTable(era: 'current' | 'before2008'): Readonly<Record<string, ExclusionKind>> {
  const out: Record<string, ExclusionKind> = {};
  for (const p of EXCLUSION_PROVISIONS) {
    const key = p.docketCites[era];
    if (key !== null) out[key] = p.kind;
  }
  return out;
}
