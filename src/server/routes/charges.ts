/** Exposure, release conditions in force, and plea-offer flags for a stored case. */
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IsoDate, PleaOffer } from '../../case/index.ts';
import { CaseExposure, caseExposure, ExposureInputError } from '../../law/penalties/index.ts';
import { PleaOfferWarningSchema, pleaOfferWarnings } from '../../law/pleas/index.ts';
import {
  ConditionPeriodSchema,
  checkReleaseOrders,
  conditionsInForce,
  ReleaseIssueSchema,
  ReleaseSegmentSchema,
  releaseStatusOn,
} from '../../law/release/index.ts';
import { ErrorBody, HttpError } from '../errors.ts';
import { todayIso } from '../today.ts';

const Params = z.object({ id: z.string() });

export const chargesRoutes: FastifyPluginAsync = async (app) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const load = async (id: string) => {
    const found = await app.store.getCase(id);
    if (!found) throw app.notFound(`no case with id "${id}"`);
    return found.caseFile;
  };

  r.get('/cases/:id/exposure', {
    schema: {
      tags: ['charges'],
      summary: 'Statutory exposure per defendant, with plea scenarios beside it',
      description:
        'Each figure carries its citation and a trace (18 U.S.C. §§ 3559, 3571, 3583, 3584, 3013, 3014 and the offense statutes).',
      params: Params,
      querystring: z.object({
        asOf: IsoDate.optional(),
        defendant: z.coerce.number().int().min(1).optional(),
        plea: z
          .string()
          .optional()
          .describe('a plea scenario: counts to plead to, comma-separated (needs defendant)'),
        offers: z.enum(['open', 'all', 'none']).default('open'),
        indigent: z.enum(['yes', 'no', 'unknown']).default('unknown'),
        sentencingDate: IsoDate.optional(),
        section3014Unit: z
          .enum(['byCircuit', 'perCount', 'perDefendant'])
          .default('byCircuit')
          .describe(
            "how § 3014 is counted: the court's circuit's rule (default), or per count, or once per defendant",
          ),
      }),
      response: { 200: CaseExposure, 400: ErrorBody, 404: ErrorBody },
    },
    handler: async (request) => {
      const file = await load(request.params.id);
      const q = request.query;
      const asOf = q.asOf ?? todayIso();
      const pleaCounts = q.plea
        ?.split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      if (pleaCounts?.length && q.defendant === undefined) {
        throw new HttpError(400, 'a plea scenario needs a defendant', [
          { path: '$.querystring.defendant', message: 'required with plea' },
        ]);
      }
      try {
        return caseExposure(
          file,
          {
            asOf,
            ...(q.sentencingDate ? { sentencingDate: q.sentencingDate } : {}),
            indigent: q.indigent === 'unknown' ? 'unknown' : q.indigent === 'yes',
            section3014Unit: q.section3014Unit,
          },
          {
            ...(q.defendant !== undefined ? { defendant: q.defendant } : {}),
            ...(pleaCounts ? { pleaCounts } : {}),
            offers: q.offers,
          },
        );
      } catch (e) {
        if (e instanceof ExposureInputError) throw new HttpError(400, e.message);
        throw e;
      }
    },
  });

  r.get('/cases/:id/release', {
    schema: {
      tags: ['charges'],
      summary:
        'Release or detention of each defendant on a date, the conditions in force with their § 3142 clause, and the checks of every release order',
      params: Params,
      querystring: z.object({ asOf: IsoDate.optional() }),
      response: {
        200: z.object({
          asOf: IsoDate,
          defendants: z.array(
            z.object({
              defendant: z.number().int(),
              name: z.string(),
              status: ReleaseSegmentSchema.nullable(),
              conditions: z.array(ConditionPeriodSchema),
              issues: z.array(ReleaseIssueSchema),
            }),
          ),
        }),
        404: ErrorBody,
      },
    },
    handler: async (request) => {
      const file = await load(request.params.id);
      const asOf = request.query.asOf ?? todayIso();
      const issues = checkReleaseOrders(file);
      return {
        asOf,
        defendants: file.defendants.map((d) => ({
          defendant: d.number,
          name: d.name,
          status: releaseStatusOn(file, d.number, asOf),
          conditions: conditionsInForce(file, d.number, asOf),
          issues: issues.filter((i) => i.defendant === d.number),
        })),
      };
    },
  });

  r.get('/cases/:id/plea-offers', {
    schema: {
      tags: ['charges'],
      summary:
        'The plea offers of a case, with what the tracker flags as of a date (Frye, § 3143(a)(2), Speedy Trial exclusion)',
      params: Params,
      querystring: z.object({ asOf: IsoDate.optional() }),
      response: {
        200: z.object({
          asOf: IsoDate,
          offers: z.array(PleaOffer),
          warnings: z.array(PleaOfferWarningSchema),
        }),
        404: ErrorBody,
      },
    },
    handler: async (request) => {
      const file = await load(request.params.id);
      const asOf = request.query.asOf ?? todayIso();
      return { asOf, offers: file.pleaOffers, warnings: pleaOfferWarnings(file, asOf) };
    },
  });
};
