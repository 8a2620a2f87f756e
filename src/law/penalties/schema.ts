/**
 * The exposure result, as zod schemas (the API serves them and generates OpenAPI from them; the CLI prints
 * them). Every figure carries its citation; every count and total carries a trace.
 */
import { z } from 'zod';

export const YearsSchema = z
  .union([z.number().min(0), z.literal('life')])
  .meta({ id: 'Years', description: 'A term in years, or "life".' });

export const ExposureTraceStep = z
  .object({
    rule: z.string().meta({ description: 'What was decided, in a few words.' }),
    citation: z.string(),
    text: z.string().meta({ description: 'A sentence a reader can quote.' }),
    value: z.string().optional(),
    from: z.string().optional().meta({ description: 'The date the parameter’s value took effect.' }),
    option: z.string().optional().meta({ description: 'The option and value that decided, `name=value`.' }),
  })
  .strict()
  .meta({ id: 'ExposureTraceStep' });
export type ExposureTraceStep = z.infer<typeof ExposureTraceStep>;

const Cited = { citation: z.string(), text: z.string() };

export const CountExposure = z
  .object({
    label: z.string().meta({ description: 'The count number ("1s"), or the charge of a plea scenario.' }),
    countId: z.string().optional(),
    citation: z.string().meta({ description: 'The citation as charged.' }),
    status: z.enum(['resolved', 'ambiguous', 'unknown', 'notCovered']),
    problem: z.string().optional().meta({ description: 'Why the count could not be resolved.' }),
    candidates: z
      .array(
        z
          .object({
            key: z.string(),
            label: z.string(),
            min: YearsSchema.optional(),
            max: YearsSchema.optional(),
            chapter: z.string().optional(),
            citation: z.string().optional(),
          })
          .strict(),
      )
      .default([])
      .meta({
        description: 'Catalog entries the citation could mean, when ambiguous, each with its range.',
      }),
    eitherWay: z
      .object({
        min: YearsSchema.meta({ description: 'The lowest minimum among the readings.' }),
        max: YearsSchema.meta({ description: 'The maximum every reading reaches (the lowest maximum).' }),
        chapter: z.string().nullable().meta({ description: 'The chapter, when every reading shares it.' }),
        text: z.string(),
      })
      .strict()
      .optional()
      .meta({ description: 'What holds under every reading of an ambiguous citation.' }),
    entry: z
      .object({
        key: z.string(),
        label: z.string(),
        title: z.number(),
        section: z.string(),
        chapter: z.string(),
        object: z.object({ key: z.string(), label: z.string() }).strict().optional(),
        variants: z.array(z.string()),
        version: z
          .object({
            from: z.string(),
            to: z.string().nullable(),
            enactedBy: z.string(),
            pendingCases: z.string().optional().meta({
              description:
                'Set when a version enacted after the offense date applies because no sentence had been imposed by its enactment (First Step Act §§ 401(c), 403(b)).',
            }),
          })
          .strict(),
      })
      .strict()
      .optional(),
    offenseDate: z
      .object({ date: z.string(), source: z.enum(['attribute', 'instrument', 'asOf']) })
      .strict()
      .optional(),
    prison: z
      .object({ min: YearsSchema, max: YearsSchema, ...Cited })
      .strict()
      .optional(),
    consecutive: z
      .object({ ...Cited, concurrentWithSameSection: z.boolean() })
      .strict()
      .optional()
      .meta({ description: 'The term must run consecutively to every other term.' }),
    probationBarred: z.string().optional().meta({
      description: 'The citations barring probation (§ 3561(a)(1) by class, or the statute’s own bar).',
    }),
    capital: z
      .object(Cited)
      .strict()
      .optional()
      .meta({ description: 'The statute authorizes death for the count as charged.' }),
    offenseClass: z
      .object({ class: z.string(), label: z.string(), citation: z.string() })
      .strict()
      .optional(),
    supervisedRelease: z
      .object({
        min: z.number(),
        max: YearsSchema,
        rule: z.enum(['3583(b)', '3583(k)', 'statute']),
        ...Cited,
      })
      .strict()
      .optional(),
    fine: z
      .object({ maxUsd: z.number(), alternatives: z.array(z.string()), ...Cited })
      .strict()
      .optional(),
    assessment3013: z
      .object({ amountUsd: z.number(), ...Cited })
      .strict()
      .optional(),
    assessment3014: z
      .object({
        applies: z.boolean(),
        amountUsd: z.number(),
        status: z.enum(['inForce', 'unverified', 'notApplicable']),
        condition: z.enum(['nonIndigent', 'indigent', 'unknownIndigency']),
        ...Cited,
      })
      .strict()
      .optional(),
    notes: z.array(z.string()),
    trace: z.array(ExposureTraceStep),
  })
  .strict()
  .meta({ id: 'CountExposure' });
export type CountExposure = z.infer<typeof CountExposure>;

export const ExposureTotals = z
  .object({
    floor: z
      .object({
        years: YearsSchema,
        parts: z.array(
          z.object({ label: z.string(), years: YearsSchema, how: z.string(), citation: z.string() }).strict(),
        ),
        ...Cited,
      })
      .strict()
      .meta({
        description: 'The mandatory minimum: the highest ordinary minimum plus consecutive mandatory terms.',
      }),
    ceiling: z
      .object({ years: YearsSchema, ...Cited })
      .strict()
      .meta({ description: 'The statutory maximum if every count ran consecutively (§ 3584(a)).' }),
    life: z.object({ available: z.boolean(), mandatory: z.boolean(), counts: z.array(z.string()) }).strict(),
    probationBarred: z.array(z.string()).meta({
      description:
        'Counts on which probation is barred (§ 3561(a)(1): Class A or B felony; or the statute’s own bar).',
    }),
    capital: z.array(z.string()).meta({ description: 'Counts punishable by death as charged.' }),
    supervisedRelease: z
      .object({ min: z.number(), max: YearsSchema, ...Cited })
      .strict()
      .nullable(),
    fines: z
      .object({ maxUsd: z.number(), alternatives: z.array(z.string()), ...Cited })
      .strict()
      .meta({ description: 'The sum of each count’s maximum fine.' }),
    assessments: z
      .object({
        section3013Usd: z.number(),
        section3014Usd: z.number(),
        totalUsd: z.number(),
        section3014Status: z.enum(['inForce', 'unverified', 'notApplicable']),
        section3014Condition: z.enum(['nonIndigent', 'indigent', 'unknownIndigency']),
        section3014Rule: z
          .object({
            unit: z.enum(['perCount', 'perOffender', 'unsettled']),
            source: z.enum(['option', 'circuit', 'noRuling', 'noCourt']),
            circuit: z.string().nullable(),
            authority: z.string().nullable(),
            perCountUsd: z.number(),
            perOffenderUsd: z.number(),
            inForce: z.enum(['yes', 'no', 'unverified']),
            text: z.string(),
          })
          .strict()
          .meta({
            description:
              'Which reading of § 3014(a) was applied and why (the circuit’s ruling, the option, or unsettled: both figures), and whether § 3014 is in force on the sentencing date.',
          }),
        ...Cited,
      })
      .strict(),
    complete: z
      .boolean()
      .meta({ description: 'False when a count could not be resolved: the totals leave it out.' }),
    unresolved: z.array(z.object({ label: z.string(), problem: z.string() }).strict()),
  })
  .strict()
  .meta({ id: 'ExposureTotals' });
export type ExposureTotals = z.infer<typeof ExposureTotals>;

export const ExposureOptionsSchema = z
  .object({
    asOf: z.string().meta({ description: 'The day of the computation (ISO date).' }),
    sentencingDate: z
      .string()
      .optional()
      .meta({ description: 'When the court would assess (§ 3014 is in force by that date); default asOf.' }),
    indigent: z.union([z.boolean(), z.literal('unknown')]).default('unknown'),
    section3014Unit: z.enum(['byCircuit', 'perCount', 'perDefendant']).default('byCircuit').meta({
      description:
        '`byCircuit` (default): the rule of the court’s circuit (2d Cir. once per offender; 3d and 9th Cir. per count), unsettled elsewhere; `perCount` or `perDefendant` override it.',
    }),
    court: z.string().optional().meta({
      description: 'The district (PACER court id, e.g. `nyed`): its circuit decides § 3014’s unit.',
    }),
    gainOrLossUsd: z.number().nonnegative().optional().meta({
      description:
        'Gross gain or loss per count, for § 3571(d); unknown → "or twice the gross gain or loss".',
    }),
  })
  .strict()
  .meta({ id: 'ExposureOptions' });
export type ExposureOptions = z.input<typeof ExposureOptionsSchema>;

export const ScenarioExposure = z
  .object({
    scenario: z.string().meta({ description: '"indictment" or the plea scenario’s name.' }),
    label: z.string().optional().meta({
      description: 'The heading a reader sees: "Pending counts", "Plea to 2s", "Offer of 2026-08-20 (open)".',
    }),
    offerId: z.string().optional().meta({ description: 'The plea offer the scenario computes, if any.' }),
    description: z.string(),
    counts: z.array(CountExposure),
    totals: ExposureTotals,
    trace: z.array(ExposureTraceStep),
  })
  .strict()
  .meta({ id: 'ScenarioExposure' });
export type ScenarioExposure = z.infer<typeof ScenarioExposure>;

export const DefendantExposure = z
  .object({
    defendant: z.number(),
    name: z.string(),
    indictment: ScenarioExposure,
    scenarios: z.array(ScenarioExposure),
    warnings: z.array(z.string()),
  })
  .strict()
  .meta({ id: 'DefendantExposure' });
export type DefendantExposure = z.infer<typeof DefendantExposure>;

export const CaseExposure = z
  .object({
    caption: z.string(),
    asOf: z.string(),
    options: z.object({
      indigent: z.union([z.boolean(), z.literal('unknown')]),
      section3014Unit: z.enum(['byCircuit', 'perCount', 'perDefendant']),
      sentencingDate: z.string(),
      court: z.string().optional(),
    }),
    defendants: z.array(DefendantExposure),
  })
  .strict()
  .meta({
    id: 'CaseExposure',
    description: 'Statutory exposure per defendant, with plea scenarios beside it.',
  });
export type CaseExposure = z.infer<typeof CaseExposure>;
