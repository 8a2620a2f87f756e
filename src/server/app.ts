/**
 * The HTTP application: REST under /api/v1, the OpenAPI document at /api/openapi.json with a browsable page at
 * /api/docs (both generated from the same zod schemas that validate requests), and the web UI.
 */
import { existsSync } from 'node:fs';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, validatorCompiler } from 'fastify-type-provider-zod';
import type { Actor, CaseStore } from '../store/cases.ts';
import { errorHandler, HttpError } from './errors.ts';
import type { MonitoringService } from './monitoring/service.ts';
import { calendarRoutes } from './routes/calendar.ts';
import { casesRoutes } from './routes/cases.ts';
import { chargesRoutes } from './routes/charges.ts';
import { clockRoutes } from './routes/clock.ts';
import { deadlinesRoutes } from './routes/deadlines.ts';
import { eventsRoutes } from './routes/events.ts';
import { guidelinesRoutes } from './routes/guidelines.ts';
import { importsRoutes } from './routes/imports.ts';
import { mapConfig, monitoringRoutes } from './routes/monitoring.ts';

declare module 'fastify' {
  interface FastifyInstance {
    store: CaseStore;
    notFound(message: string): HttpError;
  }
  interface FastifyRequest {
    actor: Actor;
  }
}

export interface AppOptions {
  store: CaseStore;
  /** The configured local user every request acts as (until accounts land). */
  actor: string;
  /** Built web UI to serve (index.html and assets), if any. */
  webRoot?: string;
  logger?: boolean;
  /** The monitoring engine of this store (started); without it only GET /config of the monitoring API is served. */
  monitoring?: MonitoringService;
  /** Largest request body, in bytes (docket uploads). */
  bodyLimit?: number;
  /** Time budget of one docket import, in ms (imports run in a worker thread). */
  importBudgetMs?: number;
}

export const API_VERSION = '0.1.0';

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? { level: 'info' } : false,
    bodyLimit: options.bodyLimit ?? 60 * 1024 * 1024,
    ajv: { customOptions: { coerceTypes: false } },
  });
  app.setValidatorCompiler(validatorCompiler);
  // Responses are built from validated records; serialise without re-validating them.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  app.setErrorHandler(errorHandler);
  app.decorate('store', options.store);
  app.decorate('notFound', (message: string) => new HttpError(404, message));
  app.decorateRequest('actor', { getter: () => ({ name: options.actor }) });

  await app.register(fastifyMultipart, {
    limits: { fileSize: options.bodyLimit ?? 60 * 1024 * 1024, files: 1 },
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'pretrial API',
        version: API_VERSION,
        description:
          'The pretrial phase of U.S. federal criminal cases: case records with provenance, the Speedy Trial clock, Rule 45 deadlines. Errors are `{ error, details[] }`.',
      },
      tags: [
        { name: 'cases', description: 'Case files' },
        { name: 'events', description: 'Typed legal events of a case' },
        { name: 'calendar', description: 'Rule 45 and the legal calendar' },
        { name: 'speedy trial', description: 'The Speedy Trial Act clocks, ledgers and what-if' },
        { name: 'deadlines', description: 'Deadlines that follow from a case’s events' },
        { name: 'charges', description: 'Exposure, release conditions and plea offers' },
        {
          name: 'monitoring',
          description:
            'Location monitoring: enrollments, device-event ingest, alerts and their lifecycle, the live alert stream, the violation report',
        },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  const metrics = options.monitoring?.metrics;
  if (metrics)
    // Operations metrics for Prometheus (ingest rate, evaluation lag, alert latency, snapshot age, partitions).
    app.get('/metrics', { schema: { hide: true } }, async (_request, reply) => {
      reply.type(metrics.contentType);
      return metrics.text();
    });

  await app.register(
    async (api) => {
      const engine = options.monitoring;
      if (engine)
        // A changed case record may change the conditions in force: when someone in that case is monitored,
        // the rules are compiled again (the engine is rebuilt from the store, in the ingest queue).
        api.addHook('onResponse', async (request, reply) => {
          const caseId = (request.params as { id?: unknown } | undefined)?.id;
          if (
            request.method !== 'GET' &&
            request.url.startsWith('/api/v1/cases/') &&
            reply.statusCode < 400 &&
            typeof caseId === 'string' &&
            engine.allPeople().some((p) => p.record.caseId === caseId)
          )
            engine.reload().catch((e: unknown) => request.log.error({ err: e }, 'monitoring reload failed'));
        });
      await api.register(casesRoutes);
      await api.register(eventsRoutes);
      await api.register(calendarRoutes);
      await api.register(deadlinesRoutes);
      await api.register(chargesRoutes);
      await api.register(guidelinesRoutes);
      await api.register(clockRoutes);
      await api.register(importsRoutes, {
        ...(options.importBudgetMs ? { budgetMs: options.importBudgetMs } : {}),
      });
      const monitoring = options.monitoring;
      if (monitoring) {
        api.decorate('monitoring', monitoring);
        await api.register(monitoringRoutes);
      } else api.get('/config', { schema: { hide: true } }, async () => mapConfig());
    },
    { prefix: '/api/v1' },
  );

  const webRoot = options.webRoot;
  if (webRoot && existsSync(`${webRoot}/index.html`)) {
    await app.register(fastifyStatic, { root: webRoot, wildcard: false });
  }
  app.setNotFoundHandler((request, reply) => {
    if (
      request.url.startsWith('/api/') ||
      request.method !== 'GET' ||
      !webRoot ||
      !existsSync(`${webRoot}/index.html`)
    ) {
      reply.code(404).send({ error: `no route ${request.method} ${request.url.split('?')[0]}`, details: [] });
      return;
    }
    // The UI routes on the client: any other GET gets the app.
    reply.type('text/html').sendFile('index.html');
  });
  return app;
}
