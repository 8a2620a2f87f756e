/**
 * Typed legal events. Each names the defendant(s) it concerns and its provenance (the docket entry and the
 * words in it, or a manual edit). Engines read only these events; the docket entries stay verbatim beside
 * them.
 */
import { z } from 'zod';
import { Bond, Condition } from './conditions.ts';
import { ClockTime, CourtId, DefendantNumber, Id, IsoDate, Movant, Provenance } from './primitives.ts';

/**
 * The canonical categories of excludable delay (docs/speedy-trial.md, "Exclusions, § 3161(h)"): logic keys on these, never on the
 * subsection letter, because Pub. L. 110-406 (2008) renumbered § 3161(h).
 */
export const ExclusionKind = z
  .enum([
    'competencyExam',
    'otherTrial',
    'interlocutoryAppeal',
    'pretrialMotion',
    'transferRemoval',
    'transportation',
    'pleaAgreementConsideration',
    'underAdvisement',
    'otherProceeding',
    'deferredProsecution',
    'absenceUnavailability',
    'incompetence',
    'governmentDismissalGap',
    'codefendant',
    'endsOfJustice',
    'foreignEvidence',
    'naraExam',
    'naraDeferral',
    'naraTreatment',
  ])
  .meta({
    id: 'ExclusionKind',
    description: 'Canonical category of excludable delay under 18 U.S.C. § 3161(h).',
  });
export type ExclusionKind = z.infer<typeof ExclusionKind>;

/**
 * Ends-of-justice findings (18 U.S.C. § 3161(h)(7)(A); Zedner v. United States, 547 U.S. 489 (2006)):
 * reasons on the record, a bare recital, none, or a basis (h)(7)(C) forbids.
 */
export const Findings = z
  .discriminatedUnion('status', [
    z
      .object({
        status: z.literal('onRecord'),
        factors: z
          .array(z.enum(['i', 'ii', 'iii', 'iv', 'other']))
          .min(1)
          .meta({ description: '§ 3161(h)(7)(B) factors relied on.' }),
        text: z
          .string()
          .optional()
          .meta({ description: 'The reasons as the order or transcript states them.' }),
      })
      .strict(),
    z.object({ status: z.literal('recitedOnly'), text: z.string().optional() }).strict(),
    z.object({ status: z.literal('absent') }).strict(),
    z
      .object({
        status: z.literal('forbiddenBasis'),
        basis: z.enum(['calendarCongestion', 'governmentDiligence']),
        text: z.string().optional(),
      })
      .strict(),
  ])
  .meta({ id: 'Findings', description: 'Ends-of-justice findings (§ 3161(h)(7)(A); Zedner).' });
export type Findings = z.infer<typeof Findings>;

export const HearingType = z
  .enum([
    'initialAppearance',
    'preliminary',
    'detention',
    'arraignment',
    'status',
    'motion',
    'suppression',
    'bailReview',
    'changeOfPlea',
    'competency',
    'pretrialConference',
    'sentencing',
    'other',
  ])
  .meta({ id: 'HearingType' });
export type HearingType = z.infer<typeof HearingType>;

/** The later event that closes an open-ended exclusion ("until the status conference", "until trial"). */
export const OpenEnd = z
  .object({
    event: z.enum([
      'hearingHeld',
      'trialStart',
      'motionDecided',
      'competencyProceeding',
      'indictment',
      'pleaAgreementDecided',
      'furtherOrder',
      'filing',
    ]),
    hearing: HearingType.optional(),
    description: z
      .string()
      .min(1)
      .meta({ description: 'The words of the order, e.g. "until the status conference".' }),
  })
  .strict()
  .meta({ id: 'OpenEnd' });
export type OpenEnd = z.infer<typeof OpenEnd>;

export const MotionType = z
  .enum([
    'suppress',
    'dismiss',
    'continue',
    'extendTime',
    'compel',
    'discovery',
    'billOfParticulars',
    'inLimine',
    'severance',
    'bailReview',
    'detention',
    'modifyConditions',
    'revokeRelease',
    'competency',
    'speedyTrialDismissal',
    'designateComplex',
    'excludeTime',
    'withdrawCounsel',
    'changeOfPlea',
    'acquittal',
    'newTrial',
    'arrestJudgment',
    'postJudgment',
    'other',
  ])
  .meta({
    id: 'MotionType',
    description:
      '`acquittal`, `newTrial`, `arrestJudgment`: the post-verdict motions of Fed. R. Crim. P. 29, 33 and 34 (timely ones extend the time to appeal, Fed. R. App. P. 4(b)(3)).',
  });
export type MotionType = z.infer<typeof MotionType>;

export const PleaKind = z.enum(['notGuilty', 'guilty', 'noloContendere']);

/**
 * What the record does not show about an event, and what would settle it. An importer sets it when a docket
 * shows that an order was made but not its terms (a docket history lists "Order to Continue - Ends of Justice"
 * without its text); the engines then treat what depends on the missing part as unknown, never as known.
 */
export const EventUnknowns = z
  .object({
    fields: z
      .array(z.enum(['window', 'start', 'end', 'findings', 'basis', 'defendants', 'disposition', 'date']))
      .min(1)
      .meta({ description: 'The parts of the event the record does not show.' }),
    reason: z.string().min(1).meta({
      description: 'Why they are unknown, e.g. "the docket history gives the event name only".',
    }),
    settle: z
      .string()
      .min(1)
      .meta({ description: 'What would settle it, e.g. "read the text of order #65".' }),
  })
  .strict()
  .meta({ id: 'EventUnknowns' });
export type EventUnknowns = z.infer<typeof EventUnknowns>;

const common = {
  id: Id,
  date: IsoDate.meta({ description: 'The day the event happened (an order: the day it was made).' }),
  time: ClockTime.optional(),
  defendants: z
    .array(DefendantNumber)
    .min(1, 'name at least one defendant')
    .meta({ description: 'Defendant numbers the event concerns.' }),
  provenance: Provenance,
  note: z.string().optional(),
  unknown: EventUnknowns.optional(),
};

const ev = <K extends string, S extends z.ZodRawShape>(kind: K, shape: S, description: string) =>
  z
    .object({ kind: z.literal(kind), ...common, ...shape })
    .strict()
    .meta({ id: `Event_${kind}`, description });

const ChargingBase = {
  sealed: z
    .boolean()
    .default(false)
    .meta({ description: 'Filed under seal; the Speedy Trial clock waits for unsealing.' }),
  counts: z
    .array(Id)
    .default([])
    .meta({ description: 'Ids of the counts (in `counts`) this instrument charges.' }),
};

export const Event = z
  .discriminatedUnion('kind', [
    ev(
      'arrest',
      {
        district: CourtId.optional().meta({ description: 'Where the arrest was made.' }),
        on: z
          .enum(['complaint', 'indictment', 'information', 'warrant', 'withoutWarrant', 'violation', 'other'])
          .default('complaint')
          .meta({
            description:
              'What the arrest was made on. `withoutWarrant`: an arrest without a warrant, followed by a complaint (Fed. R. Crim. P. 5(b)); the § 3161(b) clock starts on the arrest once the complaint is filed.',
          }),
      },
      'Arrest (starts the § 3161(b) indictment clock when on a complaint, or without a warrant followed by a complaint).',
    ),
    ev('summons', {}, 'Service of a summons (§ 3161(b)).'),
    ev(
      'complaint',
      {
        charges: z.array(z.string().min(1)).default([]).meta({
          description:
            'Statutes charged, as cited, e.g. "18 U.S.C. § 1591"; empty when the source does not list them.',
        }),
        caseNumber: z
          .string()
          .optional()
          .meta({ description: 'The magistrate (`-mj-`) case number, when filed there.' }),
      },
      'Criminal complaint.',
    ),
    ev('indictment', ChargingBase, 'Indictment returned and filed.'),
    ev(
      'supersedingIndictment',
      {
        ...ChargingBase,
        designation: z.string().min(1).meta({ description: 'e.g. "S1".' }),
        supersedes: Id.optional().meta({ description: 'The instrument it replaces.' }),
      },
      'Superseding indictment.',
    ),
    ev('information', { ...ChargingBase, waiverOfIndictment: z.boolean().optional() }, 'Information filed.'),
    ev(
      'unsealing',
      { instrument: Id.meta({ description: 'The charging event made public.' }) },
      'A sealed instrument made public.',
    ),
    ev(
      'initialAppearance',
      {
        district: CourtId.meta({ description: 'The court the defendant appeared in.' }),
        rule5c3: z.boolean().default(false).meta({
          description:
            'Appearance in the district of arrest on another district’s charge (Fed. R. Crim. P. 5(c)(3)).',
        }),
        withCounsel: z.boolean().optional(),
      },
      'Initial appearance before a judicial officer.',
    ),
    ev('arraignment', { instrument: Id.optional(), counts: z.array(z.string()).default([]) }, 'Arraignment.'),
    ev(
      'plea',
      {
        plea: PleaKind,
        counts: z
          .array(z.string())
          .default([])
          .meta({ description: 'Count numbers pleaded to, as the docket writes them ("1", "2s").' }),
        instrument: Id.optional(),
      },
      'Plea entered.',
    ),
    ev(
      'pleaWithdrawn',
      { plea: Id.meta({ description: 'The plea event withdrawn.' }), finalOn: IsoDate.optional() },
      'Order permitting withdrawal of a guilty or nolo plea (§ 3161(i)).',
    ),
    ev(
      'counselAppearance',
      {
        attorney: z.string().min(1),
        designation: z.enum([
          'retained',
          'cja',
          'federalDefender',
          'publicDefender',
          'proSe',
          'standby',
          'other',
        ]),
        role: z
          .enum(['appointed', 'appearance', 'substituted', 'withdrawn', 'waivedCounsel'])
          .default('appearance'),
      },
      'Counsel appointed, appearing, substituted or withdrawn; or counsel waived.',
    ),
    ev(
      'detentionOrder',
      {
        grounds: z.array(z.enum(['flight', 'danger'])).default([]),
        temporary: z.boolean().default(false).meta({ description: '§ 3142(d) temporary detention.' }),
        pendingHearing: z
          .boolean()
          .default(false)
          .meta({ description: 'Detained pending a continued § 3142(f) hearing.' }),
        byConsent: z.boolean().default(false),
      },
      'Order of detention (§ 3142(e), (d) or pending hearing).',
    ),
    ev(
      'releaseOrder',
      {
        outcome: z.enum(['recognizance', 'unsecuredBond', 'conditions']),
        bond: Bond.optional(),
        conditions: z.array(Condition).default([]),
        amends: Id.optional().meta({ description: 'The release order this one amends.' }),
        heldUntilMet: z.boolean().default(false).meta({
          description:
            'The defendant stays detained until the conditions are met ("detained until conditions are met"): custody continues until a later release order, bond posting or release executed.',
        }),
      },
      'Order setting conditions of release (§ 3142(b), (c)).',
    ),
    ev(
      'conditionModification',
      {
        order: Id.meta({ description: 'The release order modified.' }),
        added: z.array(Condition).default([]),
        removed: z.array(Id).default([]).meta({ description: 'Ids of conditions ended by this order.' }),
      },
      'Order modifying conditions of release (§ 3142(c)(3)).',
    ),
    ev(
      'motionFiled',
      {
        motion: MotionType,
        title: z.string().min(1),
        movant: Movant,
        movantDefendant: DefendantNumber.optional().meta({
          description: 'Which defendant moved, when a defendant did.',
        }),
      },
      'A pretrial motion filed (or made orally).',
    ),
    ev(
      'motionDecided',
      {
        motion: Id.meta({ description: 'The motionFiled (or motionPending) event decided.' }),
        disposition: z.enum(['granted', 'denied', 'grantedInPart', 'moot', 'withdrawn', 'other']),
        oral: z.boolean().default(false),
      },
      'A motion decided, withdrawn or mooted.',
    ),
    ev(
      'motionPending',
      {
        motion: MotionType,
        title: z.string().min(1).meta({ description: 'The motion as the source names it.' }),
        movant: Movant.optional(),
        filedOn: IsoDate.optional().meta({
          description: 'The filing date, when known; otherwise only the event date is known to be pending.',
        }),
      },
      'A motion known only to be pending on the event date (a minute entry or an opinion mentions it); its filing and decision are not in the record.',
    ),
    ev(
      'hearingHeld',
      {
        hearing: HearingType,
        motions: z.array(Id).default([]).meta({ description: 'Motions heard.' }),
        lastDay: IsoDate.optional().meta({ description: 'For a hearing over several days.' }),
        submissionsDue: IsoDate.optional().meta({
          description: 'Post-hearing submissions the court ordered (Henderson).',
        }),
      },
      'A hearing or conference held.',
    ),
    ev(
      'hearingSet',
      { hearing: HearingType.or(z.literal('trial')), for: IsoDate },
      'A hearing or trial date set (resolves relative exclusion ends).',
    ),
    ev(
      'deadlineSet',
      {
        title: z.string().min(1).meta({ description: 'What is due, e.g. "Pretrial motions".' }),
        due: IsoDate.meta({ description: 'The date the order fixes. Fixed dates are never rolled.' }),
        citation: z
          .string()
          .optional()
          .meta({ description: 'The rule the order sets the date under, e.g. "Fed. R. Crim. P. 12(c)(1)".' }),
      },
      'A date fixed by the court ("motions due by …"), as opposed to a period counted under Rule 45.',
    ),
    ev(
      'underAdvisement',
      { matters: z.array(Id).min(1) },
      'A matter taken under advisement (§ 3161(h)(1)(H)).',
    ),
    ev(
      'continuance',
      {
        of: z.enum(['trial', 'hearing', 'motionDeadline', 'other']),
        newDate: IsoDate.optional(),
        excludeFrom: IsoDate.optional(),
        excludeTo: IsoDate.optional(),
        findings: Findings,
        requestedBy: Movant.optional(),
      },
      'A continuance granted, with or without ends-of-justice findings (§ 3161(h)(7)).',
    ),
    ev(
      'timeExclusion',
      {
        basis: ExclusionKind,
        from: IsoDate,
        to: IsoDate.nullable().meta({ description: 'Null while open-ended.' }),
        until: OpenEnd.optional(),
        closedBy: Id.optional().meta({ description: 'The later event that closed an open end.' }),
        citedAs: z
          .string()
          .optional()
          .meta({ description: 'The citation as the order writes it, e.g. "3161(h)(8)(A)".' }),
        aoCode: z
          .string()
          .regex(/^[A-Z][0-9]?$/, 'expected an AO letter code such as E, T or T4')
          .optional(),
        findings: Findings.optional(),
      },
      'An order excluding time under § 3161(h).',
    ),
    ev(
      'competencyProceeding',
      {
        phase: z.enum(['motion', 'order', 'examination', 'report', 'hearing', 'determination']),
        result: z.enum(['competent', 'incompetent', 'restored']).optional(),
        statute: z.string().optional(),
      },
      'A step in a competency or capacity proceeding (§ 3161(h)(1)(A), (h)(4)).',
    ),
    ev(
      'transfer',
      {
        rule: z.enum(['5(c)(3)', '20', '21', '40', 'other']),
        phase: z.enum(['start', 'complete']),
        fromDistrict: CourtId.optional(),
        toDistrict: CourtId.optional(),
      },
      'Transfer or removal proceeding (§ 3161(h)(1)(E)).',
    ),
    ev(
      'transportation',
      {
        purpose: z.enum(['removal', 'examination', 'hospitalization', 'other']),
        arrival: IsoDate.optional(),
        destination: z.string().optional(),
        delayFoundReasonable: z
          .boolean()
          .default(false)
          .meta({ description: 'A finding that rebuts the 10-day presumption.' }),
      },
      'An order directing transportation (the event date), and the arrival (§ 3161(h)(1)(F)).',
    ),
    ev(
      'pleaAgreementSubmitted',
      { terms: z.array(z.enum(['A', 'B', 'C'])).default([]) },
      'A proposed plea agreement submitted to the court (§ 3161(h)(1)(G)).',
    ),
    ev(
      'pleaAgreementDecided',
      { agreement: Id, ruling: z.enum(['accepted', 'rejected', 'deferred']) },
      'The court accepts, rejects or defers a plea agreement.',
    ),
    ev(
      'severance',
      {
        from: z
          .array(DefendantNumber)
          .default([])
          .meta({ description: 'Co-defendants the named defendants are severed from.' }),
      },
      'Severance granted.',
    ),
    ev(
      'dismissal',
      {
        movant: z.enum(['defendant', 'government', 'court']),
        scope: z.enum(['counts', 'instrument', 'complaint', 'case']),
        counts: z.array(z.string()).default([]),
        instrument: Id.optional(),
        prejudice: z.enum(['with', 'without', 'unspecified']).default('unspecified'),
      },
      'Charges dismissed (§ 3161(d)(1), (h)(5)).',
    ),
    ev(
      'proceeding',
      {
        proceeding: z.enum([
          'otherTrial',
          'interlocutoryAppeal',
          'deferredProsecution',
          'absence',
          'unavailability',
          'foreignEvidenceRequest',
          'other',
        ]),
        from: IsoDate,
        to: IsoDate.nullable(),
        description: z.string().min(1),
        decided: IsoDate.optional().meta({
          description: 'Interlocutory appeal: the day the court of appeals decided it.',
        }),
        mandateIssued: IsoDate.optional().meta({
          description: 'Interlocutory appeal: the day the mandate issued.',
        }),
        mandateReceived: IsoDate.optional().meta({
          description: 'Interlocutory appeal: the day the district court received the mandate.',
        }),
      },
      'Another proceeding with a period (other trial, interlocutory appeal, deferral, absence, …).',
    ),
    ev(
      'clockRestart',
      {
        basis: z.enum([
          'reinstatementAfterAppeal',
          'retrialAfterMistrial',
          'retrialAfterAppeal',
          'reappearanceAfterAbsence',
        ]),
        becameFinal: IsoDate.meta({
          description: 'The day the action occasioning trial became final, as the court treats it.',
        }),
        extendedLimit: z.number().int().min(71).max(180).optional().meta({
          description:
            'Days the court allowed for trial under § 3161(d)(2) or (e) (after an appeal or collateral attack; at most 180).',
        }),
        trialDate: IsoDate.optional().meta({
          description: '§ 3161(k): the day set for trial on which the defendant was absent.',
        }),
      },
      'A new trial clock under § 3161(d)(2), (e) or (k).',
    ),
    ev(
      'clockStartFound',
      {
        clock: z.enum(['indictment', 'trial']).meta({ description: 'The clock the court found started.' }),
        start: IsoDate.meta({ description: 'Day 0 of the clock as the court found it.' }),
        finding: z.string().optional().meta({ description: 'The court’s words, e.g. from an opinion.' }),
      },
      'The court’s finding of the day a Speedy Trial clock started: it replaces the start the engine would compute.',
    ),
    ev(
      'excludableFinding',
      {
        basis: ExclusionKind,
        from: IsoDate,
        to: IsoDate,
        citedAs: z.string().min(1).meta({
          description: 'The subsection the court names, as it writes it, e.g. "§ 3161(h)(1)(D)".',
        }),
        finding: z.string().optional().meta({ description: 'The court’s words.' }),
      },
      'The court’s finding that a day or period is excludable under a named subsection (an order or opinion ruling on the clock).',
    ),
    ev('speedyTrialWaiver', {}, 'A "waiver" of speedy trial: no effect on the clock (Zedner).'),
    ev(
      'waiver',
      {
        of: z.enum([
          'preliminaryHearing',
          'indictment',
          'detentionHearing',
          'identityHearing',
          'appearanceAtArraignment',
          'pretrialMotions',
          'other',
        ]),
      },
      'A right waived by the defendant (preliminary hearing, indictment, detention hearing, …).',
    ),
    ev(
      'stipulationFiled',
      {
        subject: z.enum(['excludeTime', 'continuance', 'detention', 'other']),
        title: z.string().min(1),
        by: Movant.optional(),
      },
      'A stipulation filed: a request, with effect only through the order that grants it.',
    ),
    ev(
      'trialStart',
      {
        trialType: z.enum(['jury', 'bench']),
        milestone: z.enum(['voirDireBegins', 'jurySworn', 'firstEvidence', 'openingStatements']),
      },
      'Trial commences.',
    ),
    ev(
      'verdict',
      {
        results: z
          .array(
            z
              .object({ count: z.string(), result: z.enum(['guilty', 'notGuilty', 'hung', 'mistrial']) })
              .strict(),
          )
          .default([]),
      },
      'Verdict.',
    ),
    ev('sentencing', {}, 'Sentence imposed.'),
    ev(
      'filing',
      {
        filing: z
          .enum([
            'judgment',
            'noticeOfAppeal',
            'presentenceReport',
            'alibiRequest',
            'alibiNotice',
            'insanityNotice',
            'mentalConditionNotice',
            'publicAuthorityNotice',
            'magistrateOrder',
            'magistrateRecommendation',
            'appealableOrder',
            'other',
          ])
          .meta({
            description:
              'What was filed or entered: the judgment (Fed. R. App. P. 4(b)(6)), a notice of appeal, the presentence report given to the parties (Rule 32(e)(2)), the Government’s alibi request and the notices of Rules 12.1–12.3, a magistrate judge’s order or recommendation (Rule 59), an order the Government may appeal (18 U.S.C. § 3731).',
          }),
        title: z.string().min(1),
        by: Movant.optional(),
        served: IsoDate.optional().meta({
          description:
            'The day the party was served or received it, when later than the filing (Rules 32(f)(1), 59).',
        }),
      },
      'A filing or entry that starts or meets a deadline (judgment, notice of appeal, presentence report, notices, magistrate orders).',
    ),
    ev(
      'docketError',
      { target: Id.meta({ description: 'The docket entry corrected or marked in error.' }) },
      'An entry marked ENTRY ERROR or corrected.',
    ),
  ])
  .meta({
    id: 'Event',
    description: 'A typed legal event with the defendants it concerns and its provenance.',
  });
export type Event = z.infer<typeof Event>;
export type EventKind = Event['kind'];
export type EventOf<K extends EventKind> = Extract<Event, { kind: K }>;

export const EVENT_KINDS = Event.options.map((o) => o.shape.kind.value) as EventKind[];
