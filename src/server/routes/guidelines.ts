/** The U.S. Sentencing Guidelines for a stored case: the range per defendant and scenario, with its trail. */
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IsoDate } from '../../case/index.ts';
import { CaseGuidelinesSchema, caseGuidelines, GuidelinesInputError } from '../../law/guidelines/index.ts';
import { ErrorBody, HttpError } from '../errors.ts';
import { todayIso } from '../today.ts';

const Params = z.object({ id: z.string() });

export const guidelinesRoutes: FastifyPluginAsync = async (app) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/cases/:id/guidelines', {
    schema: {
      tags: ['charges'],
      summary: 'The Guidelines range per defendant and scenario, beside the statutory exposure',
      description:
        'Computed from each defendant’s sentencingFacts in the § 1B1.1 order, in the Manual § 1B1.11 selects; every step carries its section, application note, edition and the facts read (docs/guidelines.md).',
      params: Params,
      querystring: z.object({
        asOf: IsoDate.optional(),
        defendant: z.coerce.number().int().min(1).optional(),
        plea: z
          .string()
          .optional()
          .describe('a plea scenario: counts to plead to, comma-separated (needs defendant)'),
        manual: z.coerce.number().int().min(2023).max(2025).optional().describe('force one Manual edition'),
        sentencingDate: IsoDate.optional(),
        offers: z.enum(['open', 'all', 'none']).default('open'),
      }),
      response: { 200: CaseGuidelinesSchema, 400: ErrorBody, 404: ErrorBody },
    },
    handler: async (request) => {
      const found = await app.store.getCase(request.params.id);
      if (!found) throw app.notFound(`no case with id "${request.params.id}"`);
      const q = request.query;
      const pleaCounts = q.plea
        ?.split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      if (pleaCounts?.length && q.defendant === undefined)
        throw new HttpError(400, 'a plea scenario needs a defendant', [
          { path: '$.querystring.defendant', message: 'required with plea' },
        ]);
      try {
        const result = caseGuidelines(found.caseFile, {
          asOf: q.asOf ?? todayIso(),
          ...(q.defendant !== undefined ? { defendant: q.defendant } : {}),
          ...(pleaCounts?.length ? { pleaCounts } : {}),
          ...(q.manual !== undefined ? { manual: q.manual } : {}),
          ...(q.sentencingDate ? { sentencingDate: q.sentencingDate } : {}),
          offers: q.offers,
        });
        // The engine's types are the schema's, with every field spelled out (the schema keeps the nested ones open).
        return result as unknown as z.infer<typeof CaseGuidelinesSchema>;
      } catch (e) {
        if (e instanceof GuidelinesInputError) throw new HttpError(400, e.message);
        throw e;
      }
    },
  });
};
