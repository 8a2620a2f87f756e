/**
 * The sentencing facts of one defendant, as the Guidelines engine reads them (docs/guidelines.md, "The facts"):
 * per charge the Chapter Two facts (drug quantities, loss, victims and their ages, force, fraud or coercion,
 * weapons …), the Chapter Three facts (role, obstruction, acceptance …), the prior sentences with their dates,
 * lengths and revocations, and the status at the offense. Every fact says where it comes from (docket entry,
 * plea agreement, presentence report paragraph, a user); a disputed fact keeps both readings and the engine
 * computes the range under each.
 *
 * A field may be written plainly (its source is then the source of the object it sits in) or as
 * `{ value, source, disputed? }`.
 */
import { z } from 'zod';
import { Id, IsoDate } from './primitives.ts';

export const FactSource = z
  .object({
    kind: z.enum(['docket', 'pleaAgreement', 'psr', 'stipulation', 'indictment', 'user']).meta({
      description:
        'docket: a docket entry; pleaAgreement / stipulation: the parties’ agreement; psr: the presentence report; indictment: the charging instrument; user: entered by a user.',
    }),
    ref: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'Where in it: a docket entry id, "PSR ¶ 41", "Plea agreement ¶ 4(b)".' }),
    note: z.string().optional(),
  })
  .strict()
  .meta({ id: 'FactSource', description: 'Where a sentencing fact comes from.' });
export type FactSource = z.infer<typeof FactSource>;

/** A fact written with its own source, and, when the parties disagree, the other reading. */
export function sourced<T extends z.ZodType>(schema: T) {
  return z.union([
    schema,
    z
      .object({
        value: schema,
        source: FactSource,
        disputed: z
          .object({
            value: schema,
            by: z.enum(['defense', 'government', 'probation', 'court']).optional(),
            source: FactSource.optional(),
            note: z.string().optional(),
          })
          .strict()
          .optional()
          .meta({ description: 'The other reading of a disputed fact: the engine computes both ranges.' }),
      })
      .strict(),
  ]);
}

const Flag = sourced(z.boolean());
const Amount = sourced(z.number().min(0));

export const DrugSubstance = z
  .enum([
    'heroin',
    'cocaine',
    'cocaineBase',
    'methamphetamine',
    'methamphetamineActual',
    'ice',
    'fentanyl',
    'fentanylAnalogue',
    'marihuana',
    'oxycodoneActual',
    'hydrocodoneActual',
    'oxymorphone',
    'morphine',
    'methadone',
    'pcp',
    'pcpActual',
    'lsd',
    'mdma',
    'scheduleIVUnits',
  ])
  .meta({
    id: 'DrugSubstance',
    description:
      'As § 2D1.1(c) and its converted-drug-weight table name them; "…Actual" is the weight of the pure substance; scheduleIVUnits counts units (pills) of a Schedule IV substance other than flunitrazepam.',
  });
export type DrugSubstance = z.infer<typeof DrugSubstance>;

const Drug = z
  .object({
    substance: DrugSubstance,
    grams: Amount.meta({
      description:
        'Grams of the mixture (or of the pure substance for "…Actual"); units for scheduleIVUnits.',
    }),
    purity: sourced(z.number().gt(0).max(1))
      .optional()
      .meta({ description: 'Purity of a methamphetamine mixture, when tested (§ 2D1.1(c), Notes (B)).' }),
    source: FactSource.optional(),
  })
  .strict();

const Victim = z
  .object({
    label: z.string().min(1).meta({ description: 'How the record names the victim ("Victim-1", "V-2").' }),
    age: sourced(z.number().int().min(0)).optional().meta({ description: 'Age at the offense.' }),
    fraudOrCoercion: Flag.optional(),
    sexualActUnder2241or2242: Flag.optional().meta({
      description: 'Conduct described in 18 U.S.C. § 2241(a)/(b) or § 2242 (the § 2A3.1 cross reference).',
    }),
    custodyCareControl: Flag.optional(),
    misrepresentationOrUndueInfluence: Flag.optional(),
    computerUsed: Flag.optional(),
    sexActOrCommercialSexAct: Flag.optional(),
    heldDays: Amount.optional().meta({ description: '§ 2H4.1(b)(3): days held in servitude.' }),
    injury: sourced(z.enum(['none', 'serious', 'permanentOrLifeThreatening'])).optional(),
    vulnerable: Flag.optional().meta({
      description: '§ 3A1.1(b)(1): a vulnerable victim the defendant knew of.',
    }),
    restrained: Flag.optional().meta({ description: '§ 3A1.3: the victim was physically restrained.' }),
    source: FactSource.optional(),
  })
  .strict();

const PriorForReentry = z
  .object({
    label: z.string().min(1),
    kind: z.enum(['illegalReentryFelony', 'felony', 'misdemeanor1325', 'misdemeanorViolenceOrDrug', 'other']),
    sentenceMonths: Amount.optional().meta({
      description: 'Sentence imposed (with revocation time), in months.',
    }),
    relativeToFirstRemoval: z.enum(['before', 'after']),
    source: FactSource.optional(),
  })
  .strict();

/** Chapter Two facts, one shape per guideline. */
export const OffenseFacts = z
  .discriminatedUnion('guideline', [
    z
      .object({
        guideline: z.literal('2G1.1'),
        victims: z
          .array(Victim)
          .min(1)
          .meta({ description: '§ 2G1.1(d)(1): each victim is a separate count.' }),
        offense1591b1: Flag.optional().meta({
          description:
            'The offense is one under 18 U.S.C. § 1591(b)(1) (force, fraud or coercion): § 2G1.1(a)(1). Default: read from the count’s statute.',
        }),
      })
      .strict(),
    z
      .object({
        guideline: z.literal('2G1.3'),
        victims: z
          .array(Victim)
          .min(1)
          .meta({ description: '§ 2G1.3(d)(1): each minor is a separate count.' }),
      })
      .strict(),
    z
      .object({
        guideline: z.literal('2H4.1'),
        victims: z.array(Victim).min(1),
        weapon: sourced(z.enum(['none', 'used', 'brandishedOrThreatened'])).optional(),
        otherFelonyLevel: sourced(z.number().int().min(1).max(43)).optional().meta({
          description: '§ 2H4.1(b)(4)(B): the offense level of another felony committed in connection.',
        }),
      })
      .strict(),
    z
      .object({
        guideline: z.literal('2D1.1'),
        drugs: z.array(Drug).min(1),
        statutoryBase: sourced(z.enum(['none', 'deathAfterPrior', 'deathOrSbi']))
          .optional()
          .meta({
            description:
              '§ 2D1.1(a)(1)–(2): the offense of conviction establishes death or serious bodily injury (after a qualifying prior: 43; otherwise 38).',
          }),
        weaponPossessed: Flag.optional(),
        violence: Flag.optional(),
        premises: Flag.optional(),
        bribedOfficer: Flag.optional(),
        fentanylMisrepresented: Flag.optional(),
        aggravatingRoleFactors: Flag.optional().meta({ description: '§ 2D1.1(b)(16)(A)–(E), with § 3B1.1.' }),
        superMitigating: Flag.optional().meta({ description: '§ 2D1.1(b)(17) criteria, with § 3B1.2(a).' }),
      })
      .strict(),
    z
      .object({
        guideline: z.literal('2B1.1'),
        lossUsd: Amount,
        victims: Amount.optional().meta({ description: 'Number of victims.' }),
        massMarketing: Flag.optional(),
        hardshipVictims: Amount.optional().meta({
          description: 'Victims caused substantial financial hardship.',
        }),
        sophisticatedMeans: Flag.optional(),
        meansOfIdentification: Flag.optional().meta({ description: '§ 2B1.1(b)(11) conduct.' }),
        financialInstitutionReceipts: Flag.optional().meta({
          description: '§ 2B1.1(b)(16)(A): > $1,000,000.',
        }),
      })
      .strict(),
    z
      .object({
        guideline: z.literal('2K2.1'),
        priorFelonies: Amount.optional().meta({
          description:
            'Prior felony convictions of a crime of violence or a controlled substance offense (counted).',
        }),
        semiautomaticLcmOr5845: Flag.optional(),
        prohibitedPerson: Flag.optional(),
        firearms: Amount.optional(),
        stolen: Flag.optional(),
        serialNumber: Flag.optional().meta({
          description: '§ 2K2.1(b)(4)(B): altered/obliterated serial number.',
        }),
        conversionDevices: sourced(z.enum(['none', 'fourOrTransferred', 'thirtyOrMore'])).optional(),
        trafficking: Flag.optional().meta({
          description: '§ 2K2.1(b)(5)/(b)(6)(B) transfer to a prohibited person.',
        }),
        anotherFelony: Flag.optional().meta({
          description: 'Possessed in connection with another felony offense.',
        }),
      })
      .strict(),
    z
      .object({
        guideline: z.literal('2L1.2'),
        priors: z.array(PriorForReentry).default([]),
      })
      .strict(),
    z
      .object({
        guideline: z.literal('2G2.2'),
        receiptOnly: Flag.optional().meta({
          description: '§ 2G2.2(b)(1): receipt or solicitation only, no intent to distribute.',
        }),
        prepubescent: Flag.optional(),
        distribution: sourced(
          z.enum([
            'none',
            'pecuniaryGain',
            'valuableConsideration',
            'toMinor',
            'toMinorIllegal',
            'toMinorSexual',
            'knowing',
          ]),
        ).optional(),
        retailValueUsd: Amount.optional(),
        sadistic: Flag.optional(),
        pattern: Flag.optional(),
        computer: Flag.optional(),
        images: Amount.optional(),
        videos: Amount.optional().meta({
          description: 'Each video counts as 75 images (§ 2G2.2, comment. (n.6(B)(ii))).',
        }),
      })
      .strict(),
    z
      .object({
        guideline: z.literal('2S1.1'),
        underlyingOffenseLevel: sourced(z.number().int().min(1).max(43)).optional().meta({
          description: '§ 2S1.1(a)(1): the level of the underlying offense the defendant committed.',
        }),
        launderedUsd: Amount.optional(),
        drugOrViolenceProceeds: Flag.optional(),
        inBusiness: Flag.optional(),
        sophisticated: Flag.optional(),
      })
      .strict(),
    z
      .object({
        guideline: z.literal('2B3.1'),
        financialInstitution: Flag.optional(),
        weapon: sourced(
          z.enum([
            'none',
            'firearmDischarged',
            'firearmOtherwiseUsed',
            'firearmBrandishedOrPossessed',
            'weaponOtherwiseUsed',
            'weaponBrandishedOrPossessed',
            'threatOfDeath',
          ]),
        ).optional(),
        injury: sourced(
          z.enum([
            'none',
            'bodily',
            'betweenBodilyAndSerious',
            'serious',
            'betweenSeriousAndPermanent',
            'permanent',
          ]),
        ).optional(),
        abducted: Flag.optional(),
        restrained: Flag.optional(),
        carjacking: Flag.optional(),
        firearmOrDrugTaken: Flag.optional(),
        lossUsd: Amount.optional(),
      })
      .strict(),
  ])
  .meta({ id: 'OffenseFacts', description: 'Chapter Two facts of one charge, by guideline.' });
export type OffenseFacts = z.infer<typeof OffenseFacts>;

export const ChargeSentencingFacts = z
  .object({
    charge: z
      .string()
      .min(1)
      .meta({
        description:
          'The count number as the docket writes it ("1s"), or a plea offer’s charge as `<offer id>#<n>` (n from 1).',
        examples: ['1s', 'offer-castell-2#1'],
      }),
    offense: OffenseFacts.optional().meta({ description: 'Absent for § 2E1.1 (read from `predicates`).' }),
    racketeering: z
      .object({
        predicates: z.array(
          z
            .object({
              label: z.string().min(1),
              statute: z.string().min(1).optional().meta({
                description:
                  'The predicate offense as cited, e.g. "18 U.S.C. § 1591(a), (b)(1)" (the base level may depend on it).',
              }),
              offense: OffenseFacts,
              inchoate: z.enum(['conspiracy', 'attempt']).optional(),
            })
            .strict(),
        ),
      })
      .strict()
      .optional()
      .meta({
        description:
          '§ 2E1.1: the underlying racketeering activity, each predicate treated as a count (n.1).',
      }),
    inchoate: z
      .object({
        kind: z.enum(['attempt', 'conspiracy', 'solicitation']),
        allActsCompleted: Flag.meta({
          description:
            '§ 2X1.1(b): the defendant or a co-conspirator completed all the acts believed necessary (or was about to, but for apprehension).',
        }),
      })
      .strict()
      .optional(),
    offenseDate: IsoDate.optional().meta({
      description: 'Last day of the offense of conviction (§ 1B1.11, comment. (n.2)).',
    }),
    groupWith: z.array(z.string()).default([]).meta({
      description: 'Other charges this one groups with under § 3D1.2(a)–(c), as the user finds.',
    }),
    source: FactSource.optional(),
  })
  .strict()
  .meta({ id: 'ChargeSentencingFacts' });
export type ChargeSentencingFacts = z.infer<typeof ChargeSentencingFacts>;

export const PriorSentence = z
  .object({
    id: Id,
    description: z.string().min(1),
    offenseDate: IsoDate.optional(),
    arrestDate: IsoDate.optional(),
    imposed: IsoDate,
    prisonMonths: Amount.optional().meta({
      description: 'Imprisonment imposed, without the suspended part (§ 4A1.2(b)).',
    }),
    suspendedMonths: Amount.optional(),
    probationMonths: Amount.optional(),
    revocations: z
      .array(
        z.object({ date: IsoDate, prisonMonths: z.number().min(0), source: FactSource.optional() }).strict(),
      )
      .default([])
      .meta({ description: '§ 4A1.2(k): revocation time is added to the original term.' }),
    releasedOn: IsoDate.optional().meta({ description: 'Last release from confinement on this sentence.' }),
    before18: Flag.optional(),
    adultConviction: Flag.optional().meta({
      description: 'Before 18 but convicted as an adult (§ 4A1.2(d)(1)).',
    }),
    exclusion: sourced(
      z.enum([
        'none',
        'listedC1',
        'listedC2',
        'diversionNoFinding',
        'foreign',
        'tribal',
        'expunged',
        'summaryCourtMartial',
        'partOfInstantOffense',
      ]),
    )
      .optional()
      .meta({ description: '§ 4A1.2(a)(1), (c)–(j): sentences counted only in part or not at all.' }),
    listedC1Exception: Flag.optional().meta({
      description:
        '§ 4A1.2(c)(1): probation over a year, imprisonment of 30 days or more, or similar to the instant offense.',
    }),
    singleSentenceGroup: z.string().optional().meta({
      description:
        '§ 4A1.2(a)(2): sentences with the same label are one sentence (no intervening arrest; same instrument or day).',
    }),
    felony: Flag.optional(),
    crimeOfViolence: Flag.optional(),
    controlledSubstanceOffense: Flag.optional(),
    violentForSafetyValve: Flag.optional().meta({
      description: '18 U.S.C. § 3553(f)(1)(C): a violent offense.',
    }),
    source: FactSource.optional(),
  })
  .strict()
  .meta({ id: 'PriorSentence' });
export type PriorSentence = z.infer<typeof PriorSentence>;

export const Chapter3Facts = z
  .object({
    hateCrime: Flag.optional(),
    vulnerableVictim: sourced(z.enum(['none', 'one', 'largeNumber'])).optional(),
    officialVictim: sourced(z.enum(['none', 'a', 'b', 'c'])).optional(),
    restraint: Flag.optional(),
    terrorism: Flag.optional(),
    role: sourced(
      z.enum([
        'none',
        'organizerOrLeaderExtensive',
        'managerOrSupervisorExtensive',
        'aggravatingOther',
        'minimal',
        'between',
        'minor',
      ]),
    ).optional(),
    abuseOfTrust: Flag.optional(),
    usedMinor: Flag.optional(),
    obstruction: Flag.optional(),
    recklessFlight: Flag.optional(),
  })
  .strict()
  .meta({ id: 'Chapter3Facts', description: 'Chapter Three, Parts A–C.' });
export type Chapter3Facts = z.infer<typeof Chapter3Facts>;

export const SentencingFacts = z
  .object({
    source: FactSource.meta({ description: 'Where the facts come from unless a fact says otherwise.' }),
    sentencingDate: IsoDate.optional(),
    offenseCommenced: IsoDate.optional().meta({
      description:
        'When the instant offense (with relevant conduct) began: the § 4A1.2(e) windows run back from it.',
    }),
    ageAtOffense: sourced(z.number().int().min(0)).optional(),
    charges: z.array(ChargeSentencingFacts).default([]),
    chapter3: Chapter3Facts.default({}),
    acceptance: Flag.optional().meta({
      description: '§ 3E1.1(a) at a plea (the trial scenario assumes none).',
    }),
    governmentMotion3E1_1b: Flag.optional().meta({
      description: '§ 3E1.1(b): the government’s motion, never inferred.',
    }),
    priors: z.array(PriorSentence).default([]),
    status: sourced(
      z.enum(['none', 'probation', 'parole', 'supervisedRelease', 'imprisonment', 'workRelease', 'escape']),
    )
      .optional()
      .meta({ description: 'Under a criminal justice sentence at the instant offense (§ 4A1.1(e)).' }),
    careerOffender: z.object({ instantOffenseQualifies: Flag }).strict().optional().meta({
      description:
        '§ 4B1.1(a)(2): the instant offense is a felony crime of violence or controlled substance offense.',
    }),
    zeroPoint: z
      .object({
        violenceOrThreats: Flag.optional(),
        deathOrSeriousBodilyInjury: Flag.optional(),
        sexOffense: Flag.optional(),
        substantialFinancialHardship: Flag.optional(),
        weapon: Flag.optional(),
        civilRights2H1_1: Flag.optional(),
        continuingCriminalEnterprise: Flag.optional(),
      })
      .strict()
      .optional()
      .meta({ description: '§ 4C1.1(a)(2)–(10) facts the engine cannot read from elsewhere.' }),
    safetyValve: z.object({ truthfulDisclosure: Flag }).strict().optional().meta({
      description:
        '18 U.S.C. § 3553(f)(5): truthful disclosure by the sentencing hearing (the other criteria are read from the facts).',
    }),
    motions: z
      .object({
        section5K1_1: Flag.optional(),
        section3553e: Flag.optional(),
        reductionMonths: Amount.optional(),
      })
      .strict()
      .default({})
      .meta({ description: 'Substantial-assistance motions as recorded; the engine never infers them.' }),
  })
  .strict()
  .meta({ id: 'SentencingFacts' });
export type SentencingFacts = z.infer<typeof SentencingFacts>;
export type SentencingFactsInput = z.input<typeof SentencingFacts>;
