/** zod schemas of the release results (the API serves them and generates OpenAPI from them). */
import { z } from 'zod';
import { Bond, Condition } from '../../case/index.ts';

export const ConditionClauseSchema = z
  .object({
    kind: z.string(),
    citation: z.string(),
    clause: z.string(),
    label: z.string(),
    statuteText: z.string(),
    mandatory: z.boolean(),
    monitoring: z.string().nullable(),
  })
  .strict()
  .meta({ id: 'ConditionClause' });

export const ConditionPeriodSchema = z
  .object({
    condition: Condition,
    clause: ConditionClauseSchema,
    order: z.string(),
    imposedBy: z.string(),
    endedBy: z.string().nullable(),
    from: z.string(),
    to: z.string().nullable(),
  })
  .strict()
  .meta({ id: 'ConditionPeriod', description: 'A condition and the days it is in force.' });

export const ReleaseSegmentSchema = z
  .object({
    from: z.string(),
    to: z.string().nullable(),
    status: z.enum(['released', 'detained', 'detainedPendingHearing', 'temporarilyDetained']),
    order: z.string(),
    outcome: z.enum(['recognizance', 'unsecuredBond', 'conditions']).optional(),
    bond: Bond.optional(),
  })
  .strict()
  .meta({ id: 'ReleaseSegment' });

export const ReleaseIssueSchema = z
  .object({
    severity: z.enum(['error', 'warning', 'info']),
    path: z.string(),
    citation: z.string(),
    message: z.string(),
    defendant: z.number(),
  })
  .strict()
  .meta({ id: 'ReleaseIssue' });

export const ReleaseFlagSchema = z
  .object({
    clause: z.string(),
    citation: z.string(),
    count: z.string(),
    status: z.enum(['applies', 'unknown']),
    text: z.string(),
  })
  .strict()
  .meta({ id: 'ReleaseFlag' });
