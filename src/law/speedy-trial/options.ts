/**
 * The engine's options: every point on which courts differ (docs/speedy-trial.md, "Options"), the case facts the
 * record does not carry (a grand jury in session, § 3161(b)), and the user's review decisions. Each has a name,
 * a documented default and the authority for it; the result records every value used.
 */
import { z } from 'zod';
import { IsoDate } from '../../case/primitives.ts';

const opt = <T extends z.ZodType>(schema: T, description: string) => schema.meta({ description });

/** A § 3174 judicial-emergency suspension: dated, per-district data supplied by the user (18 U.S.C. § 3174). */
export const JudicialEmergency = z
  .object({
    district: z.string().regex(/^[a-z]{2,5}$/, 'expected a PACER court id such as nyed'),
    from: IsoDate,
    to: IsoDate,
    trialLimitDays: z.number().int().min(70).max(180).meta({
      description: 'The indictment-to-trial limit during the suspension (at most 180 days, § 3174(b)).',
    }),
    citation: z.string().min(1).meta({ description: 'The judicial council order declaring the emergency.' }),
  })
  .strict()
  .meta({ id: 'JudicialEmergency' });
export type JudicialEmergency = z.infer<typeof JudicialEmergency>;

/** A user's decision on one co-defendant period imported under § 3161(h)(6) (it must be "reasonable"). */
export const ImportReview = z
  .object({
    defendant: z.number().int().min(1).meta({ description: 'The defendant whose clock imports the period.' }),
    event: z.string().min(1).meta({ description: 'The event (id) behind the co-defendant period.' }),
    accept: z.boolean(),
    note: z.string().optional(),
  })
  .strict()
  .meta({ id: 'ImportReview' });
export type ImportReview = z.infer<typeof ImportReview>;

export const SpeedyTrialOptions = z
  .object({
    jointTrigger: opt(
      z.enum(['latestCodefendant', 'ownTrigger']).default('latestCodefendant'),
      'Joined defendants: the (c)(1) trigger is the latest co-defendant’s (Henderson, 476 U.S. at 323 n.2; 9th Cir. Avila, Morales) or each defendant’s own.',
    ),
    codefendantImport: opt(
      z.enum(['automaticWithReview', 'requireUserApproval']).default('automaticWithReview'),
      'Co-defendant periods under § 3161(h)(6): imported and flagged for review, or imported only once a user accepts them (importReview).',
    ),
    importReview: opt(
      z.array(ImportReview).default([]),
      'Decisions on imported co-defendant periods: accept (requireUserApproval) or reject (either mode).',
    ),
    exclusionEndpoints: opt(
      z.enum(['inclusive', 'startExclusive', 'endExclusive']).default('inclusive'),
      'Days named by an order excluding "from X to Y": both excluded (default), or the first or last day counted. Motion windows have their own option (motionEndpoints); other statutory windows (transfers, examinations) are inclusive.',
    ),
    motionEndpoints: opt(
      z.enum(['inclusive', 'filingDayCounted', 'decisionDayCounted', 'bothCounted']).default('inclusive'),
      'A pretrial motion’s (h)(1)(D) window: the filing day and the day of the ruling both excluded (default: the Act excludes delay "from the filing of the motion through the conclusion of the hearing on, or other prompt disposition of" it; most circuits count both ends), or the filing day, the ruling day or both counted, as some courts compute it.',
    ),
    lastDayRoll: opt(
      z.enum(['rule45', 'none']).default('rule45'),
      'A last day on a Saturday, Sunday or legal holiday: continue to the next business day (Fed. R. Crim. P. 45(a)(1)(C)) or not. Both dates are always shown.',
    ),
    trialCommencement: opt(
      z.enum(['voirDireBegins', 'jurySworn']).default('voirDireBegins'),
      'When a jury trial commences and the clock stops.',
    ),
    benchTrialCommencement: opt(
      z.enum(['firstEvidence', 'openingStatements']).default('firstEvidence'),
      'When a bench trial commences and the clock stops.',
    ),
    rule5Appearance: opt(
      z.enum(['chargingCourtOnly', 'anyFederalAppearance']).default('chargingCourtOnly'),
      'Whether a Rule 5(c)(3) appearance in the district of arrest can be the (c)(1) appearance (the text says the court "in which such charge is pending").',
    ),
    supersedingNewCharges: opt(
      z.enum(['originalTrigger', 'newTriggerForNewCharges']).default('originalTrigger'),
      'Charges a superseding indictment adds: kept on the original clock and flagged, or given a clock of their own.',
    ),
    transportDays: opt(
      z.enum(['calendar', 'excludeWeekendsHolidays']).default('calendar'),
      'How the ten days of § 3161(h)(1)(F) are counted: every day (Rule 45(a) since 2009) or business days (pre-2009 short periods).',
    ),
    appealEnd: opt(
      z.enum(['mandateIssued', 'mandateReceived', 'decision']).default('mandateIssued'),
      'The end of an interlocutory appeal under § 3161(h)(1)(C).',
    ),
    changeOfPleaNoticeAsMotion: opt(
      z.boolean().default(false),
      'Treat a notice of intent to change plea as a pretrial motion excludable until the plea hearing (6th Cir., Jenkins). Default false: flagged only.',
    ),
    pleaNegotiation: opt(
      z.enum(['endsOfJusticeOnly', 'automatic']).default('endsOfJusticeOnly'),
      'Plea-negotiation time: excluded only by an (h)(7) order with findings (Bloate; White; Mathurin), or automatically as an (h)(1) proceeding (pre-Bloate computations only).',
    ),
    sanctionFactors: opt(
      z.enum(['statutory', 'statutoryPlusPrejudice']).default('statutoryPlusPrejudice'),
      'The § 3162 factors listed for a violation: the three statutory ones, or with prejudice as a fourth (Taylor; 1st Cir.). The engine never scores them.',
    ),
    objectionForfeiture: opt(
      z.enum(['report', 'apply']).default('report'),
      'Computations not contested below (1st Cir., Guyon): the engine reports; it does not waive.',
    ),
    grandJuryInSession: opt(
      z.boolean().default(true),
      'Whether a grand jury sat in the district during the 30 days after arrest; false extends the § 3161(b) limit by 30 days for a felony.',
    ),
    nearLimitDays: opt(
      z.number().int().min(0).max(90).default(14),
      'Warn when a clock has this many days or fewer left.',
    ),
    staleDocketDays: opt(
      z.number().int().min(1).max(3650).default(90),
      'Warn when the as-of date is more than this many days after the docket’s last entry while a clock is still running: the days after the last entry are counted as if nothing happened.',
    ),
    voirDireGapDays: opt(
      z.number().int().min(1).max(365).default(14),
      'Warn when more days than this pass between the start of voir dire and the swearing of the jury (2d Cir., Stayton).',
    ),
    judicialEmergencies: opt(
      z.array(JudicialEmergency).default([]),
      '§ 3174 suspensions: for a case whose charging instrument was filed inside the window, in that district, the (c) limit becomes trialLimitDays.',
    ),
  })
  .strict()
  .meta({
    id: 'SpeedyTrialOptions',
    description: 'Options of the Speedy Trial engine, with their defaults.',
  });

export type SpeedyTrialOptions = z.infer<typeof SpeedyTrialOptions>;
export type SpeedyTrialOptionsInput = z.input<typeof SpeedyTrialOptions>;

export const DEFAULT_OPTIONS: SpeedyTrialOptions = SpeedyTrialOptions.parse({});
