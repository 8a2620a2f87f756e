/**
 * The case record and the canonical case file: one JSON document holding the case, its defendants, counts,
 * verbatim docket entries and the typed events read from them. Every importer produces it, every engine
 * reads it, the store persists it.
 */
import { z } from 'zod';
import { ChargeAttributes, Statute } from './charges.ts';
import { Event } from './events.ts';
import { PleaOffer } from './plea-offers.ts';
import { CourtId, DefendantNumber, Id, IsoDate, IsoDateTime } from './primitives.ts';
import { SentencingFacts } from './sentencing-facts.ts';

export const CASE_FILE_FORMAT = 'pretrial.case-file';
export const CASE_FILE_VERSION = 1;

export const Case = z
  .object({
    court: CourtId,
    district: z.string().min(1).meta({ description: 'The district as lawyers write it, e.g. "E.D.N.Y.".' }),
    docketNumber: z
      .string()
      .regex(
        /^\d{1,2}:\d{2}-[a-z]{2,4}-\d{3,6}$/,
        'expected a docket number like 1:26-cr-00117 (office:yy-type-serial)',
      )
      .meta({ examples: ['1:26-cr-00117'] }),
    docketNumberFull: z
      .string()
      .optional()
      .meta({ description: 'As the docket prints it, with judge initials and defendant suffix.' }),
    caption: z
      .string()
      .min(1)
      .meta({ examples: ['United States v. Hale et al.'] }),
    captionAsPrinted: z
      .string()
      .optional()
      .meta({ description: 'The case title exactly as the source prints it, e.g. "USA v. Warren et al".' }),
    numberParts: z
      .object({
        office: z.string().min(1),
        year: z.string().regex(/^\d{2}$/),
        type: z
          .string()
          .min(1)
          .meta({ examples: ['cr', 'mj', 'po'] }),
        serial: z.string().min(1),
        judgeInitialsAssigned: z.string().nullable(),
        judgeInitialsReferred: z.string().nullable(),
        defendantNumber: DefendantNumber.nullable().meta({
          description: 'The defendant suffix of a per-defendant docket ("-1"), when printed.',
        }),
      })
      .strict()
      .optional()
      .meta({
        description: 'The parts of `docketNumberFull`: office : year - type - serial - judges - defendant.',
      }),
    judge: z
      .object({ assigned: z.string().nullable(), referred: z.string().nullable().default(null) })
      .strict(),
    dateFiled: IsoDate,
    dateTerminated: IsoDate.nullable().default(null),
    dateLastFiling: IsoDate.optional().meta({ description: 'As the docket history reports it.' }),
    relatedCases: z
      .array(
        z
          .object({
            docketNumber: z.string().min(1),
            relation: z.enum(['magistrate', 'appeal', 'otherCourt', 'related']),
            court: CourtId.optional(),
          })
          .strict(),
      )
      .default([]),
    fictional: z
      .boolean()
      .default(false)
      .meta({ description: 'True for invented cases (the demo); never for imported dockets.' }),
  })
  .strict()
  .meta({ id: 'Case' });
export type Case = z.infer<typeof Case>;

export const Counsel = z
  .object({
    name: z.string().min(1),
    designation: z.enum([
      'retained',
      'cja',
      'federalDefender',
      'publicDefender',
      'proSe',
      'standby',
      'other',
      'unknown',
    ]),
    roles: z
      .array(z.string())
      .default([])
      .meta({ description: 'As PACER lists them: LEAD ATTORNEY, ATTORNEY TO BE NOTICED …' }),
    from: IsoDate.optional(),
    terminatedOn: IsoDate.optional(),
    contact: z.string().optional(),
    designationText: z
      .string()
      .optional()
      .meta({ description: 'The docket\'s "Designation:" line, verbatim, e.g. "CJA Appointment".' }),
  })
  .strict()
  .meta({ id: 'Counsel' });
export type Counsel = z.infer<typeof Counsel>;

export const Custody = z.enum(['inCustody', 'released', 'fugitive', 'notArrested', 'summoned', 'unknown']);
export type Custody = z.infer<typeof Custody>;

export { ChargeAttributes, Statute } from './charges.ts';

/** A charge of the complaint (the docket's "Complaints" section): pre-indictment, § 3162(a)(1) reaches it. */
export const ComplaintCharge = z
  .object({
    text: z.string().min(1).meta({ description: 'The statutes and label as the docket prints them.' }),
    statutes: z.array(Statute).default([]),
    disposition: z.string().nullable().default(null),
  })
  .strict()
  .meta({ id: 'ComplaintCharge' });
export type ComplaintCharge = z.infer<typeof ComplaintCharge>;

export const Defendant = z
  .object({
    number: DefendantNumber,
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    custody: Custody,
    terminatedOn: IsoDate.optional(),
    counsel: z.array(Counsel).default([]),
    knownFrom: z.enum(['partyList', 'docketText', 'caption']).optional().meta({
      description:
        'Where an imported defendant comes from: the docket\'s party list; only the docket text ("as to Viki Warren (2)"), so custody and counsel are unknown; or only the caption.',
    }),
    extraInfo: z.string().optional().meta({
      description: 'The lines under the party name on the docket (TERMINATED dates, aliases), verbatim.',
    }),
    complaintCharges: z.array(ComplaintCharge).optional(),
    offenseLevel: z
      .object({
        opening: z
          .string()
          .nullable()
          .meta({ description: '"Felony", "Misdemeanor", "None"; null when not shown.' }),
        terminated: z.string().nullable(),
      })
      .strict()
      .optional()
      .meta({ description: 'The docket\'s "Highest Offense Level" (Opening) and (Terminated), verbatim.' }),
    sentencingFacts: SentencingFacts.optional().meta({ description: 'Facts for the Guidelines engine.' }),
  })
  .strict()
  .meta({ id: 'Defendant' });
export type Defendant = z.infer<typeof Defendant>;

export const Count = z
  .object({
    id: Id,
    defendant: DefendantNumber,
    number: z
      .string()
      .min(1)
      .meta({ description: 'As the docket writes it: "1", "3s", "1s-2s".', examples: ['1', '3s'] }),
    statute: Statute.nullable().meta({
      description: 'Null when the docket names no statute; the text is then kept in `text`.',
    }),
    text: z.string().min(1),
    status: z
      .enum(['pending', 'terminated'])
      .meta({ description: 'PACER sense: pending = not dismissed or superseded.' }),
    outcome: z
      .enum(['open', 'dismissed', 'superseded', 'pleadedGuilty', 'convicted', 'acquitted', 'other'])
      .default('open'),
    disposition: z.string().nullable().default(null).meta({ description: 'Verbatim disposition text.' }),
    instrument: Id.nullable().meta({
      description: 'The charging event (indictment, superseding indictment, information or complaint).',
    }),
    raw: z.string().optional().meta({ description: 'The count line exactly as imported.' }),
    attributes: ChargeAttributes.optional(),
    countNumbers: z
      .array(z.number().int().min(1))
      .optional()
      .meta({ description: 'The counts a line covers, ranges expanded: "(2-4)" → [2, 3, 4].' }),
    supersedingLevel: z
      .number()
      .int()
      .min(0)
      .optional()
      .meta({ description: '0 for the original instrument, 1 for "1s", 2 for "1ss".' }),
    aoOffenseCode: z
      .string()
      .optional()
      .meta({ description: 'The AO offense code printed before the statute, e.g. "513A.F" or "371.F".' }),
  })
  .strict()
  .meta({ id: 'Count' });
export type Count = z.infer<typeof Count>;

export const EntrySource = z
  .object({
    format: z.enum(['pacer-docket', 'pacer-history', 'courtlistener', 'recap', 'manual', 'demo']),
    docketNumber: z
      .string()
      .optional()
      .meta({ description: 'When the entry comes from a related docket (e.g. the -mj- case).' }),
    pacerDocId: z.string().optional(),
    pacerSeqNo: z.string().optional(),
    url: z.string().optional(),
  })
  .strict();

export const DocketEntry = z
  .object({
    id: Id,
    number: z
      .number()
      .int()
      .min(0)
      .nullable()
      .meta({ description: 'The entry number; null for unnumbered minute entries.' }),
    dateFiled: IsoDate,
    dateEntered: IsoDate.nullable().default(null),
    text: z.string().meta({ description: 'The docket text, verbatim.' }),
    eventName: z
      .string()
      .nullable()
      .default(null)
      .meta({ description: 'The CM/ECF event name, when known (docket history).' }),
    terminatedOn: IsoDate.optional().meta({
      description: 'A motion’s "Terminated:" date from the docket history.',
    }),
    sealed: z.boolean().optional().meta({
      description:
        'Sealed by the court (as the docket marks it, or flagged by the clerk): the text reaches only the court (judges and clerks of its court) and accounts granted the case’s sealed entries; others see that a sealed entry exists, without its text.',
    }),
    source: EntrySource,
  })
  .strict()
  .meta({ id: 'DocketEntry' });
export type DocketEntry = z.infer<typeof DocketEntry>;

/**
 * What one source of the record covers. The Speedy Trial engine counts a day only where the record can
 * show what happened on it: outside the covered periods, or inside a source without entry texts, a day is
 * unknown, never assumed quiet (docs/speedy-trial.md, "Coverage and unknown days").
 */
export const SourceCoverage = z
  .object({
    id: Id.meta({ description: 'Stable id of the source within the case file, e.g. "src-1".' }),
    format: EntrySource.shape.format,
    description: z.string().min(1).meta({
      description: 'What the source is, as a person would say it ("PACER docket report run 2016-06-01").',
    }),
    docketNumber: z
      .string()
      .optional()
      .meta({ description: 'The docket the source is of, when not the case’s own.' }),
    reportDate: IsoDate.optional().meta({
      description:
        'The day the report was run or the timeline last brought up to date: nothing after it is known.',
    }),
    complete: z.boolean().meta({
      description:
        'True when the source holds every entry, with its text, filed within its periods (a full PACER docket report); false for a filtered report, a docket history without texts, a CourtListener docket with missing entries, or a hand-entered timeline.',
    }),
    periods: z
      .array(z.object({ from: IsoDate, to: IsoDate }).strict())
      .default([])
      .meta({
        description:
          'The periods the source covers, inclusive. Empty: from the first entry to the report date.',
      }),
    entryNumbers: z
      .object({
        from: z.number().int().min(0).optional(),
        to: z.number().int().min(0).optional(),
        missing: z.array(z.number().int().min(0)).default([]),
      })
      .strict()
      .optional()
      .meta({
        description:
          'The entry numbers the source covers, and numbers known to be missing inside that range.',
      }),
    entryTexts: z.enum(['full', 'partial', 'none']).default('full').meta({
      description: 'Whether the entries carry their docket text (a docket history has event names only).',
    }),
    setBy: z
      .enum(['importer', 'user'])
      .default('importer')
      .meta({ description: 'Who stated the coverage: the importer from the report itself, or a user.' }),
    note: z.string().optional(),
  })
  .strict()
  .meta({
    id: 'SourceCoverage',
    description: 'What one source of the record covers (periods, entries, texts).',
  });
export type SourceCoverage = z.infer<typeof SourceCoverage>;

export const OtherParty = z
  .object({
    name: z.string().min(1),
    role: z
      .string()
      .min(1)
      .meta({ examples: ['Material Witness', 'Plaintiff'] }),
    terminatedOn: IsoDate.optional(),
    counsel: z.array(Counsel).default([]),
    extraInfo: z.string().optional(),
  })
  .strict()
  .meta({ id: 'OtherParty' });

export const CaseFileShape = z
  .object({
    $schema: z.string().optional(),
    format: z.literal(CASE_FILE_FORMAT),
    version: z.literal(CASE_FILE_VERSION),
    case: Case,
    defendants: z.array(Defendant).min(1, 'a case file needs at least one defendant'),
    parties: z.array(OtherParty).default([]),
    counts: z.array(Count).default([]),
    docketEntries: z.array(DocketEntry).default([]),
    events: z.array(Event).default([]),
    coverage: z.array(SourceCoverage).default([]).meta({
      description:
        'What each source of the record covers. Empty when no source states it: the engines then say the coverage is unknown.',
    }),
    pleaOffers: z
      .array(PleaOffer)
      .default([])
      .meta({ description: 'Plea offers and their history (docs/case-file.md, "Plea offers").' }),
    meta: z
      .object({
        importedFrom: z.string().optional(),
        importedAt: IsoDateTime.optional(),
        generator: z.string().optional(),
        warnings: z.array(z.string()).default([]),
        filter: z
          .object({
            description: z.string(),
            fromDocument: z.number().int().optional(),
            toDocument: z.number().int().optional(),
          })
          .strict()
          .optional()
          .meta({ description: 'Set when the source report covered only part of the docket.' }),
      })
      .strict()
      .default({ warnings: [] }),
  })
  .strict();
export type CaseFile = z.infer<typeof CaseFileShape>;
