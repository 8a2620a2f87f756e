import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type CaseFile, CaseFileShape } from '../../case/index.ts';
import { caseIdFor } from '../../store/cases.ts';
import { ErrorBody, HttpError } from '../errors.ts';
import { passThroughValidator } from '../validation.ts';

/**
 * A clerk makes cases of the courts assigned to them only (as they delete them): a case of another court would be
 * stored where its maker could not see it. Refused before anything is stored.
 */
export function assertMayCreate(request: FastifyRequest, file: unknown): void {
  const court = (file as { case?: { court?: unknown } } | null)?.case?.court;
  if (typeof court !== 'string' || !request.access) return;
  let id: string;
  try {
    id = caseIdFor(file as CaseFile);
  } catch {
    return; // validation names the problem
  }
  if (!request.access.seesCase(id, court))
    throw new HttpError(
      403,
      `this case is of the court "${court}", which your account is not assigned to; nothing was stored (an administrator can assign it: pretrial users grant <username> court:${court})`,
    );
}

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
    config: { policy: 'cases.list' },
    schema: {
      tags: ['cases'],
      summary: 'List cases',
      response: { 200: z.object({ cases: z.array(CaseSummary) }) },
    },
    handler: async (request) => ({
      cases: (await app.store.listCases()).filter((c) => request.access?.seesAnyOf(c.id, c.court)),
    }),
  });

  r.post('/cases', {
    config: { policy: 'case.create' },
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
      assertMayCreate(request, request.body);
      const created = await app.store.createCase(request.body, request.actor);
      reply.code(201).header('location', `/api/v1/cases/${created.id}`);
      return created;
    },
  });

  r.get('/cases/:id', {
    config: { policy: 'case.read' },
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
      const { caseFile, withheld, shown } = sealedView(
        found.caseFile,
        request.access?.seesSealed(request.params.id, found.caseFile.case.court) === true,
      );
      // Which sealed entries this read showed or withheld is part of its audit record.
      if (withheld > 0) request.auditDetail = `sealed entries withheld: ${withheld}`;
      else if (shown > 0) request.auditDetail = `sealed entries shown: ${shown}`;
      return { id: request.params.id, version: found.version, caseFile };
    },
  });

  r.put('/cases/:id/docket-entries/:entryId/sealed', {
    config: { policy: 'case.write' },
    schema: {
      tags: ['cases'],
      summary: 'Mark a docket entry sealed, or unsealed (the clerk’s flag)',
      description:
        'A sealed entry’s text reaches only the court and accounts granted the case’s sealed entries; others see that it exists. Importing the docket again keeps the flag.',
      params: z.object({ id: z.string().min(1), entryId: z.string().min(1) }),
      body: z.object({ sealed: z.boolean() }).strict(),
      response: {
        200: z.object({ id: z.string(), entryId: z.string(), sealed: z.boolean() }),
        400: ErrorBody,
        404: ErrorBody,
      },
    },
    handler: async (request) => {
      const { id, entryId } = request.params;
      const found = await app.store.getCase(id);
      if (!found) throw app.notFound(`no case with id "${id}"`);
      const entry = found.caseFile.docketEntries.find((e) => e.id === entryId);
      if (!entry) throw app.notFound(`case ${id} has no docket entry "${entryId}"`);
      const sealed = request.body.sealed;
      const file = {
        ...found.caseFile,
        docketEntries: found.caseFile.docketEntries.map((e) => {
          if (e.id !== entryId) return e;
          const { sealed: _, ...rest } = e;
          return sealed ? { ...rest, sealed: true } : rest;
        }),
      };
      await app.store.replaceCase(id, file, request.actor, sealed ? 'entry.seal' : 'entry.unseal');
      request.auditDetail = `entry ${entryId} ${sealed ? 'sealed' : 'unsealed'}`;
      return { id, entryId, sealed };
    },
  });

  r.delete('/cases/:id', {
    config: { policy: 'case.delete' },
    schema: {
      tags: ['cases'],
      summary: 'Delete a case (its audit trail stays)',
      params: CaseId,
      description:
        'Refused (409) while someone in the case is enrolled in location monitoring: deleting the case would silently end it. End the enrollment first.',
      response: { 204: z.undefined(), 404: ErrorBody, 409: ErrorBody },
    },
    handler: async (request, reply) => {
      const monitored = await app.store.monitoredPeople(request.params.id);
      if (monitored.length > 0)
        throw new HttpError(
          409,
          `case ${request.params.id} has active location monitoring (${monitored.join(', ')}): deleting it would end the monitoring; end the enrollment first`,
        );
      await app.store.deleteCase(request.params.id, request.actor);
      reply.code(204).send();
    },
  });

  r.get('/cases/:id/audit', {
    config: { policy: 'case.audit' },
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

/**
 * The case file as a reader may see it: a sealed entry whose text the reader may not see keeps its place,
 * number and dates, marked `sealed`, with its text and event name withheld.
 */
export function sealedView(
  file: CaseFile,
  seesSealed: boolean,
): { caseFile: CaseFile; withheld: number; shown: number } {
  const sealed = file.docketEntries.filter((e) => e.sealed === true).length;
  if (sealed === 0) return { caseFile: file, withheld: 0, shown: 0 };
  if (seesSealed) return { caseFile: file, withheld: 0, shown: sealed };
  return {
    caseFile: {
      ...file,
      docketEntries: file.docketEntries.map((e) =>
        e.sealed === true ? { ...e, text: '', eventName: null } : e,
      ),
    },
    withheld: sealed,
    shown: 0,
  };
}
