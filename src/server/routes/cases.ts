import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CaseFileShape } from '../../case/index.ts';
import { ErrorBody } from '../errors.ts';
import { passThroughValidator } from '../validation.ts';

export const CaseSummary = z
  .object({
    id: z.string(),
    court: z.string(),
    district: z.string(),
    docketNumber: z.string(),
    caption: z.string(),
    fictional: z.boolean(),
    defendants: z.number().int(),
    docketEntries: z.number().int(),
    events: z.number().int(),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'CaseSummary' });

const CaseId = z.object({ id: z.string().min(1).describe('The case id, e.g. nyed-1-26-cr-00117') });

export const casesRoutes: FastifyPluginAsync = async (app) => {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/cases', {
    schema: {
      tags: ['cases'],
      summary: 'List cases',
      response: { 200: z.object({ cases: z.array(CaseSummary) }) },
    },
    handler: async () => ({ cases: await app.store.listCases() }),
  });

  r.post('/cases', {
    schema: {
      tags: ['cases'],
      summary: 'Create a case from a case file',
      description:
        'The whole case file is validated (shape and cross-references); every problem comes back with its JSON path.',
      body: CaseFileShape,
      response: {
        201: z.object({ id: z.string(), caseFile: CaseFileShape }),
        400: ErrorBody,
        409: ErrorBody,
      },
    },
    validatorCompiler: passThroughValidator,
    handler: async (request, reply) => {
      const created = await app.store.createCase(request.body, request.actor);
      reply.code(201).header('location', `/api/v1/cases/${created.id}`);
      return created;
    },
  });

  r.get('/cases/:id', {
    schema: {
      tags: ['cases'],
      summary: 'Get a case file',
      params: CaseId,
      response: {
        200: z.object({ id: z.string(), version: z.number().int(), caseFile: CaseFileShape }),
        404: ErrorBody,
      },
    },
    handler: async (request) => {
      const found = await app.store.getCase(request.params.id);
      if (!found) throw app.notFound(`no case with id "${request.params.id}"`);
      return { id: request.params.id, ...found };
    },
  });

  r.delete('/cases/:id', {
    schema: {
      tags: ['cases'],
      summary: 'Delete a case (its audit trail stays)',
      params: CaseId,
      response: { 204: z.undefined(), 404: ErrorBody },
    },
    handler: async (request, reply) => {
      await app.store.deleteCase(request.params.id, request.actor);
      reply.code(204).send();
    },
  });

  r.get('/cases/:id/audit', {
    schema: {
      tags: ['cases'],
      summary: "A case's audit log, newest first",
      params: CaseId,
      querystring: z.object({ limit: z.coerce.number().int().min(1).max(1000).default(200) }),
      response: {
        200: z.object({
          records: z.array(
            z.object({
              id: z.string(),
              at: z.string(),
              actor: z.string(),
              action: z.string(),
              caseId: z.string().nullable(),
              entityType: z.string(),
              entityId: z.string().nullable(),
              before: z.unknown(),
              after: z.unknown(),
            }),
          ),
        }),
      },
    },
    handler: async (request) => ({
      records: await app.store.auditLog(request.params.id, request.query.limit),
    }),
  });
};
