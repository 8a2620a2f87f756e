/**
 * Flags on a ledger basis: why a period is excluded only provisionally, why it is counted although an order or
 * event speaks of it, or what a reviewer must check. Each flag says what it means and on what authority.
 */
import { z } from 'zod';

export const FLAGS = {
  findingsUnverified: {
    text: 'Ends-of-justice exclusion recited without reasons in the docket text: excluded provisionally; read the order or transcript for on-record reasons.',
    authority: 'Zedner v. United States, 547 U.S. 489 (2006); § 3161(h)(7)(A)',
  },
  noFindings: {
    text: 'Continuance granted without ends-of-justice findings on the record: the days are counted.',
    authority: 'Zedner v. United States, 547 U.S. 489 (2006); § 3161(h)(7)(A)',
  },
  forbiddenBasis: {
    text: 'Continuance resting on a basis § 3161(h)(7)(C) forbids (calendar congestion, Government lack of diligence): the days are counted.',
    authority: '18 U.S.C. § 3161(h)(7)(C)',
  },
  bloatePreparationTime: {
    text: 'Time granted to prepare pretrial motions, without ends-of-justice findings: not excludable under (h)(1); counted.',
    authority: 'Bloate v. United States, 559 U.S. 196 (2010)',
  },
  pleaNegotiationsNotExcluded: {
    text: 'Plea-negotiation time without an (h)(7) order with findings: counted (option pleaNegotiation=endsOfJusticeOnly).',
    authority:
      'Bloate; White v. United States, 138 S. Ct. 641 (2018) (GVR); 6th Cir. White; 11th Cir. Mathurin',
  },
  pleaNegotiationsAutomatic: {
    text: 'Plea-negotiation time excluded as an (h)(1) proceeding only because option pleaNegotiation=automatic (pre-Bloate computation).',
    authority: 'option pleaNegotiation',
  },
  underAdvisementCapExceeded: {
    text: 'More than 30 days under advisement: the days beyond the thirtieth are counted.',
    authority: '18 U.S.C. § 3161(h)(1)(H); Henderson v. United States, 476 U.S. 321 (1986)',
  },
  submissionsDateUnknown: {
    text: 'Motion decided without a hearing more than 30 days after filing, and the record does not say when the court had every submission: excluded through the ruling; if the briefing closed earlier, only 30 days after it are excludable.',
    authority: 'Henderson, 476 U.S. at 329–330; § 3161(h)(1)(H)',
  },
  pendingNotDecided: {
    text: 'Motion not yet decided: excluded through the end of the hearing or briefing and then at most 30 days under advisement.',
    authority: '§ 3161(h)(1)(D), (H); 1st Cir. Ortiz',
  },
  presumedUnreasonable: {
    text: 'Transportation beyond ten days after the order: presumed unreasonable and counted, unless a finding rebuts the presumption.',
    authority: '18 U.S.C. § 3161(h)(1)(F)',
  },
  presumptionRebutted: {
    text: 'Transportation beyond ten days, excluded because a finding that the time was reasonable is recorded.',
    authority: '18 U.S.C. § 3161(h)(1)(F)',
  },
  arrivalNotRecorded: {
    text: 'Arrival at the destination not recorded: at most the ten days after the order are excluded.',
    authority: '18 U.S.C. § 3161(h)(1)(F)',
  },
  reviewReasonableness: {
    text: 'Co-defendant period imported under § 3161(h)(6): the delay must be "reasonable"; review it (e.g. a long period attributable to one defendant while another is detained and objects).',
    authority: '18 U.S.C. § 3161(h)(6); Henderson, 476 U.S. at 323 n.2',
  },
  importRejected: {
    text: 'Co-defendant period rejected on review: counted.',
    authority: 'option importReview',
  },
  importAwaitingApproval: {
    text: 'Co-defendant period awaiting a user’s approval (option codefendantImport=requireUserApproval): counted until accepted.',
    authority: 'option codefendantImport',
  },
  codefendantTimeRun: {
    text: 'The co-defendant’s own time for trial had run: his periods after that day are not imported.',
    authority: '18 U.S.C. § 3161(h)(6) ("as to whom the time for trial has not run")',
  },
  windowInferred: {
    text: 'The order gives no exclusion dates: the window is taken from the order date to the new date it set.',
    authority: 'docs/dockets.md § 10',
  },
  endpointAdjusted: {
    text: 'One end of the order’s window is counted under option exclusionEndpoints.',
    authority: 'option exclusionEndpoints',
  },
  open: {
    text: 'Open-ended: the window waits for the event that ends it; until then the deadline is indeterminate.',
    authority: 'docs/speedy-trial.md, "Counting", rule 6',
  },
  unknownExclusionCode: {
    text: 'The AO code on the entry is not on the national list: low confidence, confirm.',
    authority: 'docs/speedy-trial.md, "Exclusions, § 3161(h)"',
  },
  aoCodeMismatch: {
    text: 'The AO code on the entry names a different category from the one recorded: confirm.',
    authority: 'docs/speedy-trial.md, "Exclusions, § 3161(h)"',
  },
  lowConfidence: {
    text: 'Read from the docket text with low confidence: confirm against the entry.',
    authority: 'docs/dockets.md § 9.7',
  },
  userAssertion: {
    text: 'Entered by a user, not read from a docket entry.',
    authority: 'docs/speedy-trial.md, "The ledger" (every exclusion carries its source)',
  },
  governmentBurden: {
    text: 'The Government has the burden of going forward with the evidence for this exclusion on a motion to dismiss.',
    authority: '18 U.S.C. § 3162(a)(2)',
  },
  verifyElements: {
    text: 'Excludable only with a written agreement, court approval and a good-conduct purpose: confirm all three.',
    authority: '18 U.S.C. § 3161(h)(2)',
  },
  repealedBasis: {
    text: 'NARA basis struck in 2008: days after the repeal are counted.',
    authority: 'Pub. L. 110-406, § 13 (Oct. 13, 2008)',
  },
  foreignEvidenceCapExceeded: {
    text: 'Days beyond one year for foreign evidence are counted.',
    authority: '18 U.S.C. § 3161(h)(8)',
  },
  orderRequired: {
    text: 'A request for foreign evidence excludes time only by a court order on a party’s application with a finding: counted until such an order is recorded.',
    authority: '18 U.S.C. § 3161(h)(8)',
  },
  appealEndFallback: {
    text: 'The date the option appealEnd names is not recorded: the appeal’s recorded end date is used.',
    authority: 'option appealEnd',
  },
  changeOfPleaNotice: {
    text: 'Notice of intent to change plea: not treated as a motion (option changeOfPleaNoticeAsMotion=false).',
    authority: '6th Cir. Jenkins (treats it as a motion)',
  },
  codefendantOrder: {
    text: 'The court excluded time "as to co-defendants" (code R): corroborates the (h)(6) import; still subject to the reasonableness review.',
    authority: '18 U.S.C. § 3161(h)(6)',
  },
  retroactiveEndsOfJustice: {
    text: 'Ends-of-justice exclusion that starts before the order granting it was made: a continuance cannot be granted nunc pro tunc — the court must decide to continue before the period, though its reasons may be put on the record later. The days before the order are still excluded here (the engine reports, it does not decide); they are open to challenge.',
    authority:
      '18 U.S.C. § 3161(h)(7)(A); United States v. Tunnessen, 763 F.2d 74 (2d Cir. 1985); Zedner v. United States, 547 U.S. 489 (2006)',
  },
  courtFinding: {
    text: 'Excluded because the court found these days excludable under the subsection it names: the court’s ruling, applied as found.',
    authority: 'the court’s order or opinion (excludableFinding)',
  },
  pendingNoDecision: {
    text: 'Motion pending with no decision in the record: the exclusion cannot run forever — (h)(1)(H) allows at most 30 days under advisement once the court has every submission (Henderson). Find the ruling or the close of briefing.',
    authority: '18 U.S.C. § 3161(h)(1)(D), (H); Henderson v. United States, 476 U.S. 321 (1986)',
  },
  motionKnownPending: {
    text: 'Motion known only to be pending on this day (its filing and ruling are not in the record): excluded on the days the record shows it pending.',
    authority: '18 U.S.C. § 3161(h)(1)(D)',
  },
  hypothetical: {
    text: 'A what-if event, not on the docket.',
    authority: 'what-if',
  },
} as const;

export type FlagCode = keyof typeof FLAGS;
export const FLAG_CODES = Object.keys(FLAGS) as FlagCode[];
export const Flag = z.enum(FLAG_CODES as [FlagCode, ...FlagCode[]]).meta({
  id: 'SpeedyTrialFlag',
  description: 'A flag on a ledger basis (see FLAGS for each meaning and authority).',
});
