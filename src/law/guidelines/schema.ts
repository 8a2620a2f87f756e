/** The Guidelines result as zod schemas, for the API's OpenAPI document (the engine's types are in the modules). */
import { z } from 'zod';

const Months = z.union([z.number(), z.literal('life')]);
const RangeSchema = z.object({ min: Months, max: Months }).meta({ id: 'GuidelineRange' });

export const GuidelineStepSchema = z
  .object({
    stage: z.enum([
      'manual',
      'chapter2',
      'chapter3',
      'grouping',
      'acceptance',
      'chapter4',
      'table',
      'chapter5',
    ]),
    citation: z.string(),
    title: z.string(),
    status: z.enum(['applied', 'notApplicable', 'disputed', 'notComputed', 'info']),
    change: z.number().optional(),
    levelAfter: z.number().optional(),
    unit: z.string().optional(),
    facts: z.array(z.string()),
    text: z.string(),
    edition: z.number(),
  })
  .meta({ id: 'GuidelineStep' });

const Computation = z
  .looseObject({
    edition: z.number(),
    complete: z.boolean(),
    missing: z.array(z.string()),
    steps: z.array(GuidelineStepSchema),
    combinedLevel: z.number().nullable(),
    acceptanceLevels: z.number(),
    totalOffenseLevel: z.number().nullable(),
    criminalHistory: z.looseObject({ points: z.number(), category: z.string() }),
    range: RangeSchema.nullable(),
    zone: z.string().nullable(),
    restricted: z.looseObject({ range: RangeSchema }).nullable(),
  })
  .meta({ id: 'GuidelinesComputation' });

export const CaseGuidelinesSchema = z
  .object({
    caption: z.string(),
    asOf: z.string(),
    editions: z.array(z.object({ year: z.number(), from: z.string(), to: z.string().nullable() })),
    defendants: z.array(
      z.object({
        defendant: z.number(),
        name: z.string(),
        hasFacts: z.boolean(),
        readings: z.array(z.looseObject({ id: z.string(), label: z.string() })),
        disputes: z.array(z.looseObject({ path: z.string() })),
        scenarios: z.array(
          z.object({
            scenario: z.string(),
            description: z.string(),
            acceptance: z.boolean(),
            safetyValve: z.enum(['ifEligible', 'withheld']),
            exposure: z.looseObject({ floor: Months, ceiling: Months }),
            results: z.array(
              z.object({
                reading: z.string(),
                manual: z.looseObject({ edition: z.number(), text: z.string() }),
                result: Computation,
              }),
            ),
          }),
        ),
        warnings: z.array(z.string()),
      }),
    ),
  })
  .meta({
    id: 'CaseGuidelines',
    description: 'The Guidelines range per defendant and scenario, with the trail of every step.',
  });
