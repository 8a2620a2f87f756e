/** The Speedy Trial clocks of a stored case, and what-if computations with hypothetical events. */
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IsoDate } from '../../case/index.ts';
import {
  computeSpeedyTrial,
  SpeedyTrialInputError,
  SpeedyTrialOptions,
  SpeedyTrialResult,
  WhatIf,
} from '../../law/speedy-trial/index.ts';
import { ErrorBody, HttpError } from '../errors.ts';
import { todayIso } from '../today.ts';

const Params = z.object({ id: z.string() });

export const clockRoutes: FastifyPluginAsync = async (app) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const load = async (id: string) => {
    const found = await app.store.getCase(id);
    if (!found) throw app.notFound(`no case with id "${id}"`);
    return found.caseFile;
  };
  const run = (fn: () => SpeedyTrialResult): SpeedyTrialResult => {
    try {
      return fn();
    } catch (e) {
      if (e instanceof SpeedyTrialInputError)
        throw new HttpError(400, e.message, [{ path: `$.${e.path}`, message: e.message }]);
      throw e;
    }
  };
  const onlyDefendant = (result: SpeedyTrialResult, defendant: number | undefined): SpeedyTrialResult => {
    if (defendant === undefined) return result;
    if (!result.defendants.some((d) => d.defendant === defendant)) {
      throw new HttpError(400, `defendant ${defendant} is not in the case`, [
        { path: '$.querystring.defendant', message: 'no such defendant' },
      ]);
    }
    return { ...result, defendants: result.defendants.filter((d) => d.defendant === defendant) };
  };

  r.get('/cases/:id/clock', {
    schema: {
      tags: ['speedy trial'],
      summary:
        'The Speedy Trial clocks of each defendant as of a date, with ledgers (18 U.S.C. §§ 3161, 3164)',
      description:
        'Every period of each ledger is counted, excluded or unknown (the record cannot tell: a gap in the coverage, an order whose window is not shown), and names its legal basis (citation and AO code) and the docket entries behind it, or why it is unknown and what would settle it. Days used and left are ranges (`used`, `left`: min if every unknown day is excluded, max if every one counts); a clock is `expired` only when the minimum is over the limit, `mayHaveRun` when only the maximum is.',
      params: Params,
      querystring: z.object({
        asOf: IsoDate.optional().describe('default: today on the server'),
        defendant: z.coerce.number().int().min(1).optional(),
      }),
      response: { 200: SpeedyTrialResult, 400: ErrorBody, 404: ErrorBody },
    },
    handler: async (request) => {
      const file = await load(request.params.id);
      const asOf = request.query.asOf ?? todayIso();
      return onlyDefendant(
        run(() => computeSpeedyTrial(file, asOf)),
        request.query.defendant,
      );
    },
  });

  r.post('/cases/:id/clock/what-if', {
    schema: {
      tags: ['speedy trial'],
      summary:
        'The clocks with hypothetical events (e.g. a motion filed and decided), beside the actual ones',
      params: Params,
      body: z.object({
        asOf: IsoDate.optional(),
        defendant: z.number().int().min(1).optional(),
        options: SpeedyTrialOptions.partial().optional(),
        events: WhatIf.shape.events,
      }),
      response: { 200: SpeedyTrialResult, 400: ErrorBody, 404: ErrorBody },
    },
    handler: async (request) => {
      const file = await load(request.params.id);
      const b = request.body;
      return onlyDefendant(
        run(() => computeSpeedyTrial(file, b.asOf ?? todayIso(), b.options ?? {}, { events: b.events })),
        b.defendant,
      );
    },
  });
};
