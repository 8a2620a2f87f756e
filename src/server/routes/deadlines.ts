import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IsoDate } from '../../case/index.ts';
import { deadlinesToIcs } from '../../export/ics.ts';
import { computeDeadlines } from '../../law/deadlines/index.ts';
import { computeSpeedyTrial } from '../../law/speedy-trial/index.ts';
import { ErrorBody } from '../errors.ts';
import { todayIso } from '../today.ts';
import { TraceStep } from './calendar.ts';

export const DeadlineSchema = z
  .object({
    id: z.string(),
    ruleId: z.string(),
    title: z.string(),
    citation: z.string(),
    text: z.string(),
    defendant: z.number().int(),
    trigger: z.object({ eventId: z.string(), kind: z.string(), date: IsoDate }),
    due: IsoDate,
    status: z.enum(['upcoming', 'dueToday', 'passed', 'met', 'moot']),
    daysLeft: z.number().int(),
    satisfiedBy: z.object({ eventId: z.string(), date: IsoDate }).optional(),
    moot: z.object({ eventId: z.string(), date: IsoDate, reason: z.string() }).optional(),
    notes: z.array(z.string()),
    alternatives: z.array(z.object({ label: z.string(), date: IsoDate })),
    provisional: z
      .string()
      .optional()
      .describe(
        'why the date is provisional: its starting event (the judgment’s entry …) is not in the record',
      ),
    trace: z.array(TraceStep),
  })
  .meta({
    id: 'Deadline',
    description: 'A deadline that follows from an event of the case, with its rule, status and trace.',
  });

export const DeadlineReportSchema = z
  .object({
    asOf: IsoDate,
    options: z.object({
      preliminaryHearingReleased: z.enum(['earlier', 'rule', 'statute']),
      observedDays: z.enum(['observedCounts', 'actualDayOnly']),
    }),
    deadlines: z.array(DeadlineSchema),
    warnings: z.array(z.string()),
  })
  .meta({ id: 'DeadlineReport' });

const Query = z.object({
  asOf: IsoDate.optional().describe('the day to judge the deadlines from (default: today on the server)'),
  preliminaryHearingReleased: z.enum(['earlier', 'rule', 'statute']).default('earlier'),
});

export const deadlinesRoutes: FastifyPluginAsync = async (app) => {
  const r = app.withTypeProvider<ZodTypeProvider>();

  const load = async (id: string) => {
    const found = await app.store.getCase(id);
    if (!found) throw app.notFound(`no case with id "${id}"`);
    return found.caseFile;
  };

  r.get('/cases/:id/deadlines', {
    schema: {
      tags: ['deadlines'],
      summary: 'The deadlines that follow from the case’s events, as of a date',
      params: z.object({ id: z.string() }),
      querystring: Query,
      response: { 200: DeadlineReportSchema, 400: ErrorBody, 404: ErrorBody },
    },
    handler: async (request) => {
      const file = await load(request.params.id);
      return computeDeadlines(file, request.query.asOf ?? todayIso(), {
        preliminaryHearingReleased: request.query.preliminaryHearingReleased,
      });
    },
  });

  r.get('/cases/:id/deadlines.ics', {
    schema: {
      tags: ['deadlines'],
      summary: 'The deadlines as an iCalendar file (RFC 5545), one all-day event each',
      params: z.object({ id: z.string() }),
      querystring: Query.extend({
        all: z
          .enum(['true', 'false'])
          .default('false')
          .describe('true: also the deadlines met, moot or passed (default: only those still to come)'),
      }),
      response: { 200: z.string(), 404: ErrorBody },
    },
    handler: async (request, reply) => {
      const file = await load(request.params.id);
      const asOf = request.query.asOf ?? todayIso();
      const report = computeDeadlines(file, asOf, {
        preliminaryHearingReleased: request.query.preliminaryHearingReleased,
      });
      reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="${request.params.id}-deadlines.ics"`);
      const deadlines =
        request.query.all === 'true'
          ? report.deadlines
          : report.deadlines.filter((d) => d.status === 'upcoming' || d.status === 'dueToday');
      return deadlinesToIcs(deadlines, {
        caption: file.case.caption,
        docketNumber: file.case.docketNumber,
        stamp: new Date().toISOString(),
        names: new Map(file.defendants.map((d) => [d.number, d.name])),
        speedyTrial: computeSpeedyTrial(file, asOf),
      });
    },
  });
};
