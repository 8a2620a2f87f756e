/**
 * The excludable periods of 18 U.S.C. § 3161(h), one rule object each: the statute's words, the current
 * citation and the earlier numberings (Pub. L. 110-406, § 13 (2008) renumbered the subsection), the AO
 * excludable-delay letter code, and the limits the engine applies (docs/speedy-trial.md, "Exclusions, § 3161(h)"). Logic keys
 * on the canonical category (`ExclusionKind`), never on a subsection letter.
 */
import type { ExclusionKind } from '../../case/events.ts';

export const STA = '18 U.S.C. §';

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

const rule = (r: ExclusionRule) => r;

/** Pub. L. 110-406, § 13, 122 Stat. 4291, 4294 (Oct. 13, 2008): renumbering; NARA subparagraphs struck. */
export const RENUMBERING_ACT = 'Pub. L. 110-406, § 13, 122 Stat. 4291 (Oct. 13, 2008)';
export const NARA_REPEALED_AFTER = '2008-10-12';

export const EXCLUSION_RULES: Readonly<Record<ExclusionKind, ExclusionRule>> = {
  competencyExam: rule({
    kind: 'competencyExam',
    label: 'Competency or capacity proceeding',
    citation: `${STA} 3161(h)(1)(A)`,
    formerCitations: { '1979-2008': '(h)(1)(A)', '1975': '(h)(1)(A)' },
    aoCode: 'A',
    text: 'delay resulting from any proceeding, including any examinations, to determine the mental competency or physical capacity of the defendant',
    automatic: true,
    period: 'from the motion or order for the examination through the competency determination',
    inForce: { from: null, to: null },
  }),
  otherTrial: rule({
    kind: 'otherTrial',
    label: 'Trial on other charges',
    citation: `${STA} 3161(h)(1)(B)`,
    formerCitations: { '1979-2008': '(h)(1)(D)', '1975': '(h)(1)(C)' },
    aoCode: 'C',
    text: 'delay resulting from trial with respect to other charges against the defendant',
    automatic: true,
    period: 'first through last day of the other trial',
    inForce: { from: null, to: null },
  }),
  interlocutoryAppeal: rule({
    kind: 'interlocutoryAppeal',
    label: 'Interlocutory appeal',
    citation: `${STA} 3161(h)(1)(C)`,
    formerCitations: { '1979-2008': '(h)(1)(E)', '1975': '(h)(1)(D)' },
    aoCode: 'D',
    text: 'delay resulting from any interlocutory appeal',
    automatic: true,
    period: 'notice of appeal through the end the option appealEnd names (default: the mandate issues)',
    inForce: { from: null, to: null },
  }),
  pretrialMotion: rule({
    kind: 'pretrialMotion',
    label: 'Pretrial motion',
    citation: `${STA} 3161(h)(1)(D)`,
    formerCitations: { '1979-2008': '(h)(1)(F)', '1975': '(h)(1)(E)' },
    aoCode: 'E',
    text: 'delay resulting from any pretrial motion, from the filing of the motion through the conclusion of the hearing on, or other prompt disposition of, such motion',
    automatic: true,
    period:
      'filing day through the end of the hearing, or through the last submission the court needs (Henderson); then (h)(1)(H)',
    inForce: { from: null, to: null },
  }),
  transferRemoval: rule({
    kind: 'transferRemoval',
    label: 'Transfer or removal proceeding',
    citation: `${STA} 3161(h)(1)(E)`,
    formerCitations: { '1979-2008': '(h)(1)(G)', '1975': '(h)(1)(F)' },
    aoCode: 'F',
    text: 'delay resulting from any proceeding relating to the transfer of a case or the removal of any defendant from another district under the Federal Rules of Criminal Procedure',
    automatic: true,
    period: 'start through completion of the Rule 5(c)(3), 20, 21 or 40 proceeding',
    inForce: { from: null, to: null },
  }),
  transportation: rule({
    kind: 'transportation',
    label: 'Transportation',
    citation: `${STA} 3161(h)(1)(F)`,
    formerCitations: { '1979-2008': '(h)(1)(H)', '1975': null },
    aoCode: 'J',
    text: "delay resulting from transportation of any defendant from another district, or to and from places of examination or hospitalization, except that any time consumed in excess of ten days from the date an order of removal or an order directing such transportation, and the defendant's arrival at the destination shall be presumed to be unreasonable",
    automatic: true,
    period:
      'days 1–10 after the order, up to arrival; later days are counted as presumed unreasonable unless a finding rebuts the presumption',
    inForce: { from: null, to: null },
  }),
  pleaAgreementConsideration: rule({
    kind: 'pleaAgreementConsideration',
    label: 'Court’s consideration of a proposed plea agreement',
    citation: `${STA} 3161(h)(1)(G)`,
    formerCitations: { '1979-2008': '(h)(1)(I)', '1975': null },
    aoCode: 'I',
    text: 'delay resulting from consideration by the court of a proposed plea agreement to be entered into by the defendant and the attorney for the Government',
    automatic: true,
    period:
      'submission of the proposed agreement to the court through acceptance, rejection or deferral (negotiations are not covered)',
    inForce: { from: null, to: null },
  }),
  underAdvisement: rule({
    kind: 'underAdvisement',
    label: 'Under advisement',
    citation: `${STA} 3161(h)(1)(H)`,
    formerCitations: { '1979-2008': '(h)(1)(J)', '1975': '(h)(1)(G)' },
    aoCode: 'G',
    text: 'delay reasonably attributable to any period, not to exceed thirty days, during which any proceeding concerning the defendant is actually under advisement by the court',
    automatic: true,
    period: 'from the day after the court has everything it needs, at most 30 days per matter',
    inForce: { from: null, to: null },
  }),
  otherProceeding: rule({
    kind: 'otherProceeding',
    label: 'Other proceeding concerning the defendant',
    citation: `${STA} 3161(h)(1)`,
    formerCitations: { '1979-2008': '(h)(1)', '1975': '(h)(1)' },
    aoCode: 'H',
    text: 'Any period of delay resulting from other proceedings concerning the defendant, including but not limited to',
    automatic: true,
    period:
      'start through end of the proceeding (revocation, extradition, deportation …); never a kind of delay a subparagraph governs (Bloate)',
    inForce: { from: null, to: null },
  }),
  deferredProsecution: rule({
    kind: 'deferredProsecution',
    label: 'Deferred prosecution',
    citation: `${STA} 3161(h)(2)`,
    formerCitations: { '1979-2008': '(h)(2)', '1975': '(h)(2)' },
    aoCode: 'K',
    text: 'Any period of delay during which prosecution is deferred by the attorney for the Government pursuant to written agreement with the defendant, with the approval of the court, for the purpose of allowing the defendant to demonstrate his good conduct',
    automatic: true,
    period:
      'the deferral period, when there is a written agreement, court approval and a good-conduct purpose',
    inForce: { from: null, to: null },
  }),
  absenceUnavailability: rule({
    kind: 'absenceUnavailability',
    label: 'Absence or unavailability of the defendant or an essential witness',
    citation: `${STA} 3161(h)(3)(A)`,
    formerCitations: { '1979-2008': '(h)(3)(A)', '1975': '(h)(3)(A)' },
    aoCode: 'M',
    text: 'Any period of delay resulting from the absence or unavailability of the defendant or an essential witness',
    automatic: true,
    period:
      'the period of absence or unavailability as defined in (h)(3)(B); the Government goes forward with the evidence (§ 3162(a)(2))',
    inForce: { from: null, to: null },
  }),
  incompetence: rule({
    kind: 'incompetence',
    label: 'Defendant incompetent or unable to stand trial',
    citation: `${STA} 3161(h)(4)`,
    formerCitations: { '1979-2008': '(h)(4)', '1975': '(h)(4)' },
    aoCode: 'N',
    text: 'Any period of delay resulting from the fact that the defendant is mentally incompetent or physically unable to stand trial',
    automatic: true,
    period: 'finding of incompetence through finding of restoration',
    inForce: { from: null, to: null },
  }),
  governmentDismissalGap: rule({
    kind: 'governmentDismissalGap',
    label: 'Dismissal on the Government’s motion and re-charge',
    citation: `${STA} 3161(h)(5)`,
    formerCitations: { '1979-2008': '(h)(6)', '1975': null },
    aoCode: 'P',
    text: 'If the information or indictment is dismissed upon motion of the attorney for the Government and thereafter a charge is filed against the defendant for the same offense, or any offense required to be joined with that offense, any period of delay from the date the charge was dismissed to the date the time limitation would commence to run as to the subsequent charge had there been no previous charge',
    automatic: true,
    period: 'dismissal day through the day the new charge’s clock would start; the old clock resumes',
    inForce: { from: null, to: null },
  }),
  codefendant: rule({
    kind: 'codefendant',
    label: 'Joined co-defendant',
    citation: `${STA} 3161(h)(6)`,
    formerCitations: { '1979-2008': '(h)(7)', '1975': null },
    aoCode: 'R',
    text: 'A reasonable period of delay when the defendant is joined for trial with a codefendant as to whom the time for trial has not run and no motion for severance has been granted',
    automatic: true,
    period:
      'each excludable period of a joined co-defendant, until severance; flagged for a reasonableness review',
    inForce: { from: null, to: null },
  }),
  endsOfJustice: rule({
    kind: 'endsOfJustice',
    label: 'Ends-of-justice continuance',
    citation: `${STA} 3161(h)(7)(A)`,
    formerCitations: { '1979-2008': '(h)(8)(A)', '1975': null },
    aoCode: 'T',
    text: 'No such period of delay resulting from a continuance granted by the court in accordance with this paragraph shall be excludable under this subsection unless the court sets forth, in the record of the case, either orally or in writing, its reasons for finding that the ends of justice served by the granting of such continuance outweigh the best interests of the public and the defendant in a speedy trial.',
    automatic: false,
    period:
      'the continued period, only with reasons on the record (Zedner); never for calendar congestion or Government lack of diligence ((h)(7)(C))',
    inForce: { from: null, to: null },
  }),
  foreignEvidence: rule({
    kind: 'foreignEvidence',
    label: 'Evidence sought from a foreign country',
    citation: `${STA} 3161(h)(8)`,
    formerCitations: { '1979-2008': '(h)(9)', '1975': null },
    aoCode: null,
    text: 'Any period of delay, not to exceed one year, ordered by a district court upon an application of a party and a finding by a preponderance of the evidence that an official request, as defined in section 3292 of this title, has been made for evidence of any such offense and that it reasonably appears, or reasonably appeared at the time the request was made, that such evidence is, or was, in such foreign country',
    automatic: false,
    period: 'the period the order names, at most one year',
    inForce: { from: '1984-10-12', to: null },
  }),
  naraExam: rule({
    kind: 'naraExam',
    label: 'NARA examination (repealed)',
    citation: `${STA} 3161(h)(1)(B) (1979–2008)`,
    formerCitations: { '1979-2008': '(h)(1)(B)', '1975': '(h)(1)(B)' },
    aoCode: 'B',
    text: 'delay resulting from any proceeding, including any examination of the defendant, pursuant to section 2902 of title 28, United States Code',
    automatic: true,
    period: 'the examination proceeding; struck in 2008',
    inForce: { from: null, to: NARA_REPEALED_AFTER },
  }),
  naraDeferral: rule({
    kind: 'naraDeferral',
    label: 'NARA deferral of prosecution (repealed)',
    citation: `${STA} 3161(h)(1)(C) (1979–2008)`,
    formerCitations: { '1979-2008': '(h)(1)(C)', '1975': null },
    aoCode: null,
    text: 'delay resulting from deferral of prosecution pursuant to section 2902 of title 28, United States Code',
    automatic: true,
    period: 'the deferral; struck in 2008',
    inForce: { from: null, to: NARA_REPEALED_AFTER },
  }),
  naraTreatment: rule({
    kind: 'naraTreatment',
    label: 'NARA treatment (repealed)',
    citation: `${STA} 3161(h)(5) (1979–2008)`,
    formerCitations: { '1979-2008': '(h)(5)', '1975': null },
    aoCode: 'O',
    text: 'Any period of delay resulting from the treatment of the defendant pursuant to section 2902 of title 28, United States Code',
    automatic: true,
    period: 'the treatment; struck in 2008',
    inForce: { from: null, to: NARA_REPEALED_AFTER },
  }),
};

/** (h)(7)(B) factors → the AO T-codes; several factors, or "other", take the plain T. */
export const ENDS_OF_JUSTICE_FACTORS = {
  i: {
    code: 'T1',
    cite: '(B)(i)',
    text: 'failure to continue would make a continuation impossible or result in a miscarriage of justice',
  },
  ii: { code: 'T2', cite: '(B)(ii)', text: 'the case is so unusual or so complex' },
  iii: { code: 'T3', cite: '(B)(iii)', text: 'indictment cannot reasonably be filed within § 3161(b)' },
  iv: {
    code: 'T4',
    cite: '(B)(iv)',
    text: 'time to obtain or keep counsel, or for effective preparation',
  },
  other: { code: 'T', cite: '(A)', text: 'reasons stated on the record' },
} as const;

export interface AoCode {
  code: string;
  meaning: string;
  /** The category, or the clock rule the code marks (U: § 3161(i) trigger; W: § 3161(b) extension). */
  kind: ExclusionKind | 'trigger' | 'limit';
  obsolete?: boolean;
}

/** The AO's national list as commonly published with district plans (confirm per district; docs/speedy-trial.md, "Limits"). */
export const AO_CODES: Readonly<Record<string, AoCode>> = {
  A: {
    code: 'A',
    meaning: 'examination or hearing on mental competency or physical capacity',
    kind: 'competencyExam',
  },
  B: { code: 'B', meaning: 'NARA examination', kind: 'naraExam', obsolete: true },
  C: { code: 'C', meaning: 'trial on other charges', kind: 'otherTrial' },
  D: { code: 'D', meaning: 'interlocutory appeal', kind: 'interlocutoryAppeal' },
  E: {
    code: 'E',
    meaning: 'pretrial motions, filing to hearing or other prompt disposition',
    kind: 'pretrialMotion',
  },
  F: { code: 'F', meaning: 'transfer from another district or removal', kind: 'transferRemoval' },
  G: { code: 'G', meaning: 'proceeding under advisement, at most 30 days', kind: 'underAdvisement' },
  H: {
    code: 'H',
    meaning: 'miscellaneous proceedings: probation or parole revocation, deportation, extradition',
    kind: 'otherProceeding',
  },
  I: {
    code: 'I',
    meaning: 'consideration by the court of a proposed plea agreement',
    kind: 'pleaAgreementConsideration',
  },
  J: { code: 'J', meaning: 'transportation, at most 10 days', kind: 'transportation' },
  K: { code: 'K', meaning: 'prosecution deferred by written agreement', kind: 'deferredProsecution' },
  M: {
    code: 'M',
    meaning: 'absence or unavailability of defendant or essential witness',
    kind: 'absenceUnavailability',
  },
  N: {
    code: 'N',
    meaning: 'defendant mentally incompetent or physically unable to stand trial',
    kind: 'incompetence',
  },
  O: { code: 'O', meaning: 'NARA commitment', kind: 'naraTreatment', obsolete: true },
  P: { code: 'P', meaning: 'new charges after the Government’s dismissal', kind: 'governmentDismissalGap' },
  R: { code: 'R', meaning: 'awaiting trial of a co-defendant, no severance', kind: 'codefendant' },
  T: { code: 'T', meaning: 'ends-of-justice continuance', kind: 'endsOfJustice' },
  T1: { code: 'T1', meaning: 'miscarriage of justice or impossibility', kind: 'endsOfJustice' },
  T2: { code: 'T2', meaning: 'unusual or complex case', kind: 'endsOfJustice' },
  T3: { code: 'T3', meaning: 'indictment cannot be filed within 30 days of arrest', kind: 'endsOfJustice' },
  T4: {
    code: 'T4',
    meaning: 'time to obtain or keep counsel, or for effective preparation',
    kind: 'endsOfJustice',
  },
  U: { code: 'U', meaning: 'time up to withdrawal of a guilty plea (§ 3161(i))', kind: 'trigger' },
  W: { code: 'W', meaning: 'grand-jury time extended 30 days (§ 3161(b))', kind: 'limit' },
};

/** The time limits, each with the words that set it. */
export const LIMITS = {
  indictment: {
    days: 30,
    citation: `${STA} 3161(b)`,
    text: 'Any information or indictment charging an individual with the commission of an offense shall be filed within thirty days from the date on which such individual was arrested or served with a summons in connection with such charges.',
  },
  indictmentNoGrandJury: {
    days: 60,
    citation: `${STA} 3161(b) (second sentence)`,
    text: 'If an individual has been charged with a felony in a district in which no grand jury has been in session during such thirty-day period, the period of time for filing of the indictment shall be extended an additional thirty days.',
  },
  trial: {
    days: 70,
    citation: `${STA} 3161(c)(1)`,
    text: 'the trial … shall commence within seventy days from the filing date (and making public) of the information or indictment, or from the date the defendant has appeared before a judicial officer of the court in which such charge is pending, whichever date last occurs.',
  },
  earliestTrial: {
    days: 30,
    citation: `${STA} 3161(c)(2)`,
    text: 'Unless the defendant consents in writing to the contrary, the trial shall not commence less than thirty days from the date on which the defendant first appears through counsel or expressly waives counsel and elects to proceed pro se.',
  },
  reinstatement: {
    days: 70,
    maxDays: 180,
    citation: `${STA} 3161(d)(2)`,
    text: 'the trial shall commence within seventy days from the date the action occasioning the trial becomes final, except that the court retrying the case may extend the period for trial not to exceed one hundred and eighty days …',
  },
  retrial: {
    days: 70,
    maxDays: 180,
    citation: `${STA} 3161(e)`,
    text: 'the trial shall commence within seventy days from the date the action occasioning the retrial becomes final; after an appeal or collateral attack the court may extend the period not to exceed one hundred and eighty days.',
  },
  pleaWithdrawn: {
    days: 70,
    citation: `${STA} 3161(i)`,
    text: 'the defendant shall be deemed indicted with respect to all charges therein contained within the meaning of this section, on the day the order permitting withdrawal of the plea becomes final.',
  },
  absentOnTrialDay: {
    days: 21,
    citation: `${STA} 3161(k)`,
    text: 'more than 21 days after the day set for trial: deemed to have first appeared on the date of the subsequent appearance; 21 days or less: the time limit, as extended by subsection (h), is further extended by 21 days.',
  },
  detention: {
    days: 90,
    citation: `${STA} 3164(b)`,
    text: 'The trial of any person described in subsection (a)(1) or (a)(2) of this section shall commence not later than ninety days following the beginning of such continuous detention or designation of high risk by the attorney for the Government. The periods of delay enumerated in section 3161(h) are excluded in computing the time limitation specified in this section.',
  },
  judicialEmergency: {
    days: 180,
    citation: `${STA} 3174(b)`,
    text: 'the time limits for commencement of trial … shall not be increased to exceed one hundred and eighty days.',
  },
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
  releaseReview: {
    citation: `${STA} 3164(c)`,
    text: 'Failure to commence trial of a detainee as specified in subsection (b), through no fault of the accused or his counsel, … shall result in the automatic review by the court of the conditions of release. No detainee, as defined in subsection (a), shall be held in custody pending trial after the expiration of such ninety-day period required for the commencement of his trial.',
  },
} as const;
