/**
 * The HTTP application: REST under /api/v1, the OpenAPI document at /api/openapi.json with a browsable page at
 * /api/docs (both generated from the same zod schemas that validate requests), and the web UI.
 */
import { existsSync } from 'node:fs';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, validatorCompiler } from 'fastify-type-provider-zod';
import type { Actor, CaseStore } from '../store/cases.ts';
import { OidcClient, type OidcSettings } from './auth/oidc.ts';
import { installSecurity, requirePolicies, type SecurityOptions } from './auth/plugin.ts';
import { decideRoute, type PolicyName } from './auth/policy.ts';
import { bodyLimitFor } from './body-limits.ts';
import { errorHandler, HttpError } from './errors.ts';
import type { MonitoringService } from './monitoring/service.ts';
import { authRoutes } from './routes/auth.ts';
import { calendarRoutes } from './routes/calendar.ts';
import { caseloadRoutes } from './routes/caseload.ts';
import { casesRoutes } from './routes/cases.ts';
import { chargesRoutes } from './routes/charges.ts';
import { clockRoutes } from './routes/clock.ts';
import { deadlinesRoutes } from './routes/deadlines.ts';
import { eventsRoutes } from './routes/events.ts';
import { guidelinesRoutes } from './routes/guidelines.ts';
import { importsRoutes } from './routes/imports.ts';
import { mapConfig, monitoringRoutes } from './routes/monitoring.ts';
import { oidcRoutes } from './routes/oidc.ts';

declare module 'fastify' {
  interface FastifyInstance {
    store: CaseStore;
    notFound(message: string): HttpError;
    /** Every route's access policy, by `METHOD /url` (what the role × route matrix is built from). */
    policies: Map<string, PolicyName>;
    limits: { ingestPerMinute: number };
  }
  interface FastifyRequest {
    actor: Actor;
  }
}

export interface AppOptions {
  store: CaseStore;
  /** The name changes are recorded under when no account made them (there is none on a served request). */
  actor?: string;
  /** Accounts, sessions, the audit trail and the access settings: every request is decided by the policy. */
  security: SecurityOptions & {
    /** Clock of sessions, lockouts and second-factor codes (tests inject one). */
    now?: () => number;
    /** Sign-in attempts per client address a minute (default 20). */
    signInPerMinute?: number;
    /** Device-event uploads per caller a minute (default 6,000). */
    ingestPerMinute?: number;
    /** Cross-origin callers allowed (CORS); none by default. */
    corsOrigins?: string[];
    /** Sign-in through an OpenID Connect provider, besides local accounts. */
    oidc?: OidcSettings;
  };
  /** Built web UI to serve (index.html and assets), if any. */
  webRoot?: string;
  /** `'requests'` logs every request (info); `'errors'` only unhandled errors, to stderr; false or absent: nothing. */
  logger?: boolean | 'requests' | 'errors';
  /** The monitoring engine of this store (started); without it only GET /config of the monitoring API is served. */
  monitoring?: MonitoringService;
  /** Serve HTTPS with this certificate and key. */
  https?: { cert: Buffer; key: Buffer };
  /** Largest docket upload, in bytes (every other route has its own limit: src/server/body-limits.ts). */
  bodyLimit?: number;
  /** Time budget of one docket import, in ms (imports run in a worker thread). */
  importBudgetMs?: number;
}

export const API_VERSION = '0.1.0';

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...(options.https ? { https: options.https } : {}),
    logger:
      options.logger === 'errors'
        ? { level: 'error', stream: process.stderr }
        : options.logger
          ? { level: 'info' }
          : false,
    bodyLimit: options.bodyLimit ?? 60 * 1024 * 1024,
    ajv: { customOptions: { coerceTypes: false } },
  });
  app.setValidatorCompiler(validatorCompiler);
  // Responses are built from validated records; serialize without re-validating them.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  app.setErrorHandler(errorHandler);
  app.decorate('store', options.store);
  app.decorate('notFound', (message: string) => new HttpError(404, message));
  const policies = new Map<string, PolicyName>();
  app.decorate('policies', policies);
  requirePolicies(app, policies);
  // Each API route's own body limit (a form is small; an upload or an event batch larger).
  app.addHook('onRoute', (route) => {
    if (route.bodyLimit !== undefined || !route.url.startsWith('/api/')) return;
    const method = Array.isArray(route.method) ? String(route.method[0]) : route.method;
    route.bodyLimit = bodyLimitFor(method, route.url, options.bodyLimit);
  });

  const sec = options.security;
  app.decorate('limits', { ingestPerMinute: sec.ingestPerMinute ?? 6_000 });
  await app.register(fastifyCookie);
  // Security headers (OWASP ASVS V14.4): a CSP with no inline script, no framing, no sniffing, no referrer
  // beyond our origin; API answers are never cached.
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'https:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: sec.tls ? [] : null,
      },
    },
    referrerPolicy: { policy: 'same-origin' },
    hsts: sec.tls ? { maxAge: 31_536_000 } : false,
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/api/v1/')) reply.header('cache-control', 'no-store');
    return payload;
  });
  // CORS stays off (no Access-Control headers) unless origins are configured.
  if (sec.corsOrigins && sec.corsOrigins.length > 0) {
    const allowed = new Set(sec.corsOrigins);
    app.addHook('onRequest', async (request, reply) => {
      const origin = request.headers.origin;
      if (origin && allowed.has(origin)) {
        reply.header('access-control-allow-origin', origin);
        reply.header('vary', 'Origin');
        reply.header('access-control-allow-headers', 'authorization, content-type');
        reply.header('access-control-allow-methods', 'GET, POST, PUT, DELETE');
      }
    });
  }
  await app.register(fastifyRateLimit, { global: false });
  installSecurity(app, sec, {
    store: options.store,
    ...(options.monitoring ? { monitoring: options.monitoring } : {}),
    fallbackActor: options.actor ?? 'system',
  });

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
  app.get('/api/openapi.json', { schema: { hide: true }, config: { policy: 'public' } }, async () =>
    app.swagger(),
  );
  app.get('/api/health', { schema: { hide: true }, config: { policy: 'public' } }, async () => ({
    ok: true,
  }));
  const metrics = options.monitoring?.metrics;
  if (metrics)
    // Operations metrics for Prometheus (ingest rate, evaluation lag, alert latency, snapshot age, partitions).
    // Operating figures only, yet not for anonymous callers: a Prometheus scraper sends an API token (Bearer) of
    // a role the monitoring.metrics policy names, scoped to it.
    app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
      const decision = decideRoute(request.principal, 'monitoring.metrics');
      if (!decision.allow) return reply.code(decision.status).send({ error: decision.reason, details: [] });
      reply.type(metrics.contentType);
      return metrics.text();
    });

  await app.register(
    async (api) => {
      const engine = options.monitoring;
      if (engine) {
        // A changed case record may change the conditions in force: when someone in that case is monitored, the
        // rules are compiled again (the engine is rebuilt from the store, in the ingest queue). The store says
        // which case changed, whoever changed it.
        const unsubscribe = options.store.onChange((caseId) => {
          if (engine.allPeople().some((p) => p.record.caseId === caseId))
            engine.reload().catch((e: unknown) => app.log.error({ err: e }, 'monitoring reload failed'));
        });
        api.addHook('onClose', async () => unsubscribe());
      }
      await api.register(
        authRoutes({
          accounts: sec.accounts,
          audit: sec.audit,
          demo: sec.demo === true,
          mfaRequired: sec.mfaRequired !== false,
          tls: sec.tls === true,
          now: sec.now ?? Date.now,
          signInPerMinute: sec.signInPerMinute ?? 20,
          ...(sec.oidc ? { oidcName: sec.oidc.name } : {}),
        }),
      );
      await api.register(
        oidcRoutes({
          client: sec.oidc ? new OidcClient(sec.oidc) : null,
          accounts: sec.accounts,
          audit: sec.audit,
          demo: sec.demo === true,
          tls: sec.tls === true,
          signInPerMinute: sec.signInPerMinute ?? 20,
        }),
      );
      await api.register(caseloadRoutes(options.monitoring));
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
      } else
        api.get('/config', { schema: { hide: true }, config: { policy: 'signedIn' } }, async () =>
          mapConfig(),
        );
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
