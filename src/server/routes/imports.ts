/**
 * Importing docket files through the API: a new case from an upload, or an updated docket into an existing case
 * (entries and read events are replaced by the new import; events a user entered by hand are kept).
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CaseFile } from '../../case/index.ts';
import { MAX_INPUT_BYTES } from '../../dockets/index.ts';
import { DEFAULT_IMPORT_BUDGET_MS, ImportPool } from '../../dockets/pool.ts';
import type { SourceFormat } from '../../dockets/types.ts';
import { caseIdFor } from '../../store/cases.ts';
import { ErrorBody, HttpError } from '../errors.ts';
import { assertMayCreate } from './cases.ts';

const Query = z.object({
  from: z
    .enum(['pacer', 'pacer-history', 'courtlistener', 'recap', 'recap-xml'])
    .optional()
    .describe('the source format (detected when omitted)'),
  court: z.string().optional().describe('PACER court id, when the page does not name it'),
});

const ImportSummary = z
  .object({
    id: z.string(),
    format: z.string(),
    caption: z.string(),
    defendants: z.number().int(),
    docketEntries: z.number().int(),
    events: z.number().int(),
    eventsByKind: z.record(z.string(), z.number().int()),
    warnings: z.array(z.string()),
    coverage: z
      .array(z.record(z.string(), z.unknown()))
      .describe(
        'what the imported source covers (SourceCoverage): complete or partial, periods, entry numbers',
      ),
  })
  .meta({ id: 'ImportSummary' });

async function uploadBytes(request: FastifyRequest): Promise<{ bytes: Uint8Array; name: string }> {
  if (request.isMultipart()) {
    const file = await request.file();
    if (!file)
      throw new HttpError(400, 'no file in the upload', [
        { path: '$.file', message: 'send the docket as the form field "file"' },
      ]);
    const bytes = await file.toBuffer();
    if (file.file.truncated)
      throw new HttpError(413, `the file is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB`);
    return { bytes, name: file.filename };
  }
  const body = request.body;
  if (body instanceof Buffer) return { bytes: body, name: 'upload' };
  if (typeof body === 'string') return { bytes: Buffer.from(body, 'utf8'), name: 'upload' };
  if (body && typeof body === 'object')
    return { bytes: Buffer.from(JSON.stringify(body), 'utf8'), name: 'upload.json' };
  throw new HttpError(400, 'no docket in the request', [
    { path: '$', message: 'upload a file (multipart field "file") or send it as the body' },
  ]);
}

function summarize(id: string, format: string, file: CaseFile, warnings: string[]) {
  const eventsByKind: Record<string, number> = {};
  for (const e of file.events) eventsByKind[e.kind] = (eventsByKind[e.kind] ?? 0) + 1;
  return {
    id,
    format,
    caption: file.case.caption,
    defendants: file.defendants.length,
    docketEntries: file.docketEntries.length,
    events: file.events.length,
    eventsByKind,
    warnings,
    coverage: file.coverage as unknown as Array<Record<string, unknown>>,
  };
}

export interface ImportsRoutesOptions {
  /** Time budget of one import, in ms (default 20 s); the import runs in a worker thread. */
  budgetMs?: number;
}

export const importsRoutes: FastifyPluginAsync<ImportsRoutesOptions> = async (app, opts) => {
  // Imports run in a worker thread with a time budget: one upload never blocks the event loop.
  const pool = new ImportPool(opts.budgetMs ?? DEFAULT_IMPORT_BUDGET_MS);
  app.addHook('onClose', async () => pool.close());
  // Raw uploads: an HTML page or any bytes, read as a buffer (JSON bodies keep Fastify's parser).
  for (const type of ['text/html', 'text/plain', 'text/xml', 'application/xml', 'application/octet-stream']) {
    app.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: MAX_INPUT_BYTES }, (_req, body, done) =>
      done(null, body),
    );
  }
  const r = app.withTypeProvider<ZodTypeProvider>();

  const read = async (request: FastifyRequest, reply: FastifyReply, query: z.infer<typeof Query>) => {
    const { bytes, name } = await uploadBytes(request);
    // The client canceled or went away before the answer: stop the worker, store nothing.
    const gone = new AbortController();
    const onClose = () => {
      if (!reply.raw.writableFinished) gone.abort();
    };
    reply.raw.once('close', onClose);
    const result = await pool
      .run(
        [{ bytes, name }],
        {
          importedFrom: name,
          importedAt: new Date().toISOString(),
          ...(query.from ? { from: query.from as SourceFormat } : {}),
          ...(query.court ? { court: query.court } : {}),
        },
        gone.signal,
      )
      .finally(() => reply.raw.off('close', onClose));
    if (gone.signal.aborted) throw new HttpError(499, 'the import was canceled', []);
    if (!result.ok)
      throw new HttpError(
        422,
        result.reason,
        result.evidence ? [{ path: '$.file', message: result.evidence }] : [],
      );
    return result;
  };

  r.post('/imports', {
    config: { policy: 'case.create' },
    schema: {
      tags: ['cases'],
      summary:
        'Import a docket file (PACER docket report or history HTML, CourtListener or RECAP JSON, RECAP XML) as a new case',
      description:
        'Upload as multipart (field "file") or as the request body. The import runs in a worker thread with a time budget. A page that is not a docket, or an import over its budget, is a 422 with the reason; nothing is stored.',
      querystring: Query,
      consumes: [
        'multipart/form-data',
        'text/html',
        'application/json',
        'application/xml',
        'application/octet-stream',
      ],
      response: { 201: ImportSummary, 400: ErrorBody, 409: ErrorBody, 413: ErrorBody, 422: ErrorBody },
    },
    handler: async (request, reply) => {
      const result = await read(request, reply, request.query);
      assertMayCreate(request, result.caseFile);
      const created = await app.store.createCase(result.caseFile, request.actor);
      reply.code(201).header('location', `/api/v1/cases/${created.id}`);
      return summarize(created.id, result.format ?? 'unknown', result.caseFile, result.warnings);
    },
  });

  r.post('/cases/:id/import', {
    config: { policy: 'case.write' },
    schema: {
      tags: ['cases'],
      summary: 'Import an updated docket into an existing case',
      description:
        'The docket must be the same case (court and docket number). Entries and the events read from them are replaced; events entered by hand are kept, and the merged case is validated as a whole.',
      params: z.object({ id: z.string() }),
      querystring: Query,
      consumes: [
        'multipart/form-data',
        'text/html',
        'application/json',
        'application/xml',
        'application/octet-stream',
      ],
      response: { 200: ImportSummary, 400: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody },
    },
    handler: async (request, reply) => {
      const existing = await app.store.getCase(request.params.id);
      if (!existing) throw app.notFound(`no case with id "${request.params.id}"`);
      const result = await read(request, reply, request.query);
      const imported = result.caseFile;
      if (caseIdFor(imported) !== request.params.id) {
        throw new HttpError(
          409,
          `the docket is ${imported.case.district} ${imported.case.docketNumber}, not this case`,
          [{ path: '$.case', message: `court and docket number give "${caseIdFor(imported)}"` }],
        );
      }
      const stored = await app.store.reimportCase(request.params.id, imported, request.actor);
      return summarize(request.params.id, result.format ?? 'unknown', stored, result.warnings);
    },
  });
};
