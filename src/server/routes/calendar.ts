import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IsoDate } from '../../case/index.ts';
import { computeDeadline, DeadlineInputError, DISTRICTS } from '../../law/calendar/index.ts';
import { ErrorBody, HttpError } from '../errors.ts';

export const TraceStep = z
  .object({
    step: z.string(),
    text: z.string(),
    date: z.string().optional(),
    from: z.string().optional(),
    to: z.string().optional(),
    days: z.number().optional(),
    citation: z.string().optional(),
    reasons: z.array(z.string()).optional(),
  })
  .meta({ id: 'TraceStep' });

export const DeadlineResultSchema = z
  .object({
    date: IsoDate,
    trigger: IsoDate,
    days: z.number().int(),
    direction: z.enum(['forward', 'backward']),
    edition: z.string(),
    district: z.string().nullable(),
    unrolled: IsoDate,
    rolled: z.boolean(),
    skipped: z.array(z.object({ date: IsoDate, reasons: z.array(z.string()) })),
    options: z.object({
      observedDays: z.enum(['observedCounts', 'actualDayOnly']),
      inaugurationDay: z.boolean(),
    }),
    readings: z.array(z.object({ option: z.string(), value: z.string(), date: IsoDate })),
    readingsDiffer: z.boolean(),
    warnings: z.array(z.string()),
    trace: z.array(TraceStep),
  })
  .meta({ id: 'DeadlineResult', description: 'A Rule 45(a) last day with its trace.' });

const bool = z.enum(['true', 'false']).transform((v) => v === 'true');

export const calendarRoutes: FastifyPluginAsync = async (app) => {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/calendar/rule45', {
    config: { policy: 'signedIn' },
    schema: {
      tags: ['calendar'],
      summary: 'The last day of a period under Fed. R. Crim. P. 45(a), with its trace',
      querystring: z.object({
        trigger: IsoDate.describe('the day of the triggering event'),
        days: z.coerce.number().int().min(1).max(3660),
        direction: z.enum(['forward', 'backward']).default('forward'),
        district: z.string().optional().describe('PACER court id, e.g. nyed'),
        observedDays: z.enum(['observedCounts', 'actualDayOnly']).default('observedCounts'),
        inaugurationDay: bool.default(false),
        serviceAddsThreeDays: bool.default(false),
      }),
      response: { 200: DeadlineResultSchema, 400: ErrorBody },
    },
    handler: async (request) => {
      const q = request.query;
      try {
        return computeDeadline({
          trigger: q.trigger,
          days: q.days,
          direction: q.direction,
          ...(q.district ? { district: q.district } : {}),
          options: { observedDays: q.observedDays, inaugurationDay: q.inaugurationDay },
          serviceAddsThreeDays: q.serviceAddsThreeDays,
        });
      } catch (e) {
        if (e instanceof DeadlineInputError)
          throw new HttpError(400, e.message, [{ path: '$.query', message: e.message }]);
        throw e;
      }
    },
  });

  r.get('/calendar/districts', {
    config: { policy: 'signedIn' },
    schema: {
      tags: ['calendar'],
      summary: 'The 94 federal districts',
      response: {
        200: z.object({
          districts: z.array(
            z.object({
              code: z.string(),
              name: z.string(),
              abbreviation: z.string(),
              state: z.string(),
              timeZone: z.string(),
            }),
          ),
        }),
      },
    },
    handler: async () => ({
      districts: [...DISTRICTS.values()].map(({ code, name, abbreviation, state, timeZone }) => ({
        code,
        name,
        abbreviation,
        state,
        timeZone,
      })),
    }),
  });
};
