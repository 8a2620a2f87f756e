/**
 * Authentication, the policy check on every request, the Host and CSRF checks, and the access audit trail.
 *
 * Order on a request: Host checked (DNS rebinding) → caller identified (session cookie or bearer API token) →
 * CSRF (a cookie-authenticated change needs a same-origin Origin and the session's CSRF token) → the route's
 * policy admits the caller's roles (before the body is read) → after validation, the record the request
 * touches is on the caller's caseload → the handler → one audit record.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AuditTrail } from '../../store/audit.ts';
import type { CaseStore } from '../../store/cases.ts';
import type { MonitoringService } from '../monitoring/service.ts';
import type { AccountStore } from './accounts.ts';
import {
  Access,
  actorName,
  decideRoute,
  isPolicyName,
  POLICIES,
  type Policy,
  type PolicyName,
  type Principal,
} from './policy.ts';

export const SESSION_COOKIE = 'pretrial_session';
export const CSRF_HEADER = 'x-csrf-token';

export interface SecurityOptions {
  accounts: AccountStore;
  audit: AuditTrail;
  /** Demo mode: demo accounts may sign in, without a second factor. */
  demo?: boolean;
  /** A second factor for every account outside demo mode (default true). */
  mfaRequired?: boolean;
  /** Host names (without port) this server answers to; loopback names are always accepted. */
  hosts?: string[];
  /** Served over TLS: cookies are Secure and named with the __Host- prefix. */
  tls?: boolean;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The access policy of the route (src/server/auth/policy.ts): every route under /api names one. */
    policy?: PolicyName;
  }
  interface FastifyRequest {
    principal: Principal | null;
    access: Access | null;
    /** The session of the request's cookie (also while its second factor is pending). */
    session: { secret: string; csrf: string; accountId: string; mfaDone: boolean } | null;
    /** Set by a handler: what the audit record names beyond the route (e.g. the account signed in). */
    auditDetail: string | null;
    /** Set by a sign-in handler: the account the attempt was for, when it exists (the caller is still anonymous). */
    auditActor: { who: string; role: string } | null;
  }
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export function cookieName(tls: boolean | undefined): string {
  return tls ? `__Host-${SESSION_COOKIE}` : SESSION_COOKIE;
}

export function clientOf(request: FastifyRequest): string {
  return request.ip;
}

/** Where a route's policy is missing, the route is refused at registration (deny by default). */
export function requirePolicies(app: FastifyInstance, registry: Map<string, PolicyName>): void {
  app.addHook('onRoute', (route) => {
    const url = route.url;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (!url.startsWith('/api/')) return;
    let policy = route.config?.policy;
    // The API documentation (a plugin's pages and assets) describes the API and holds no data.
    if (policy === undefined && url.startsWith('/api/docs')) {
      policy = 'public';
      route.config = { ...(route.config ?? {}), policy };
    }
    if (!isPolicyName(policy))
      throw new Error(
        `route ${methods.join(',')} ${url} declares no access policy: add config: { policy: '<name>' } (one of ${Object.keys(POLICIES).join(', ')})`,
      );
    for (const m of methods) if (m !== 'HEAD') registry.set(`${m} ${url}`, policy);
  });
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

function hostname(host: string): string {
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  return host.replace(/:\d+$/, '');
}

function deny(reply: FastifyReply, status: number, message: string): FastifyReply {
  return reply.code(status).send({ error: message, details: [] });
}

export function installSecurity(
  app: FastifyInstance,
  opts: SecurityOptions,
  deps: { store: CaseStore; monitoring?: MonitoringService; fallbackActor: string },
): void {
  const { accounts, audit } = opts;
  const hosts = new Set([...LOOPBACK, ...(opts.hosts ?? []).map((h) => h.toLowerCase())]);
  const cookie = cookieName(opts.tls);

  app.decorateRequest('principal', null);
  app.decorateRequest('access', null);
  app.decorateRequest('session', null);
  app.decorateRequest('auditDetail', null);
  app.decorateRequest('auditActor', null);
  app.decorateRequest('actor', {
    getter(this: FastifyRequest) {
      return { name: this.principal ? actorName(this.principal) : deps.fallbackActor };
    },
  });

  app.addHook('onRequest', async (request, reply) => {
    // DNS rebinding: a page on another name that resolves to us must not be answered.
    const host = hostname(String(request.headers.host ?? '').toLowerCase());
    if (!hosts.has(host))
      return deny(
        reply,
        421,
        `this server does not answer for the host "${host}" (set PRETRIAL_HOSTS to serve it under that name)`,
      );

    await identify(request, accounts, cookie);

    const policy = request.routeOptions.config?.policy;
    if (!request.url.startsWith('/api/')) return;
    if (!policy) {
      // No route: an anonymous caller learns nothing about which routes exist.
      if (!request.principal) return deny(reply, 401, 'sign in first');
      return;
    }

    // CSRF (OWASP ASVS V4.2.2, V13.2.3): a change made with the session cookie must come from our own pages.
    if (!SAFE.has(request.method) && request.session) {
      const origin = request.headers.origin ?? refererOrigin(request.headers.referer);
      if (origin !== undefined && !sameOrigin(request, origin))
        return deny(reply, 403, `cross-site request refused (Origin ${origin})`);
      if (request.headers[CSRF_HEADER] !== request.session.csrf && policy !== 'public')
        return deny(reply, 403, `missing or wrong ${CSRF_HEADER} header (the session's CSRF token)`);
    } else if (!SAFE.has(request.method) && request.headers.origin !== undefined && !request.principal) {
      // Sign-in itself: from our own pages only.
      if (!sameOrigin(request, request.headers.origin))
        return deny(reply, 403, `cross-site request refused (Origin ${request.headers.origin})`);
    }

    const decision = decideRoute(request.principal, policy);
    if (!decision.allow) {
      if (decision.status === 401 && request.session && !request.session.mfaDone)
        return deny(reply, 401, 'finish signing in: the second factor is still needed');
      return deny(reply, decision.status, decision.reason);
    }
    if (request.principal) request.access = new Access(request.principal, policy);
  });

  // The record the request touches must be on the caller's caseload (params and body are validated now).
  app.addHook('preHandler', async (request, reply) => {
    const policy = request.routeOptions.config?.policy;
    if (!policy || !request.access) return;
    const target = (POLICIES[policy] as Policy).target;
    const access = request.access;
    const params = (request.params ?? {}) as Record<string, unknown>;
    const notOnCaseload = (what: string) => deny(reply, 403, `${what} is not on your caseload`);
    if (target === 'case') {
      const id = String(params.id ?? '');
      const court = await accounts.caseCourt(id);
      if (court === null) return; // the handler answers 404
      if (policy === 'case.read' ? !access.seesAnyOf(id, court) : !access.seesCase(id, court))
        return notOnCaseload(`case ${id}`);
    } else if (target === 'person') {
      const id = String(params.personId ?? '');
      const p = deps.monitoring?.person(id);
      if (!p) return;
      const court = (await accounts.caseCourt(p.record.caseId)) ?? '';
      if (!access.seesDefendant(p.record.caseId, court, p.record.defendant))
        return notOnCaseload(`person ${id}`);
    } else if (target === 'alert') {
      const id = String(params.alertId ?? '');
      const a = await deps.monitoring?.alert(id);
      if (!a) return;
      const p = deps.monitoring?.person(a.personId);
      if (!p) return notOnCaseload(`alert ${id}`);
      const court = (await accounts.caseCourt(p.record.caseId)) ?? '';
      if (!access.seesDefendant(p.record.caseId, court, p.record.defendant))
        return notOnCaseload(`alert ${id}`);
    } else if (target === 'enrollment') {
      const body = request.body as { caseId?: unknown; enrollment?: { defendant?: unknown } } | undefined;
      const caseId = String(body?.caseId ?? '');
      const court = await accounts.caseCourt(caseId);
      if (court === null) return;
      if (!access.seesDefendant(caseId, court, Number(body?.enrollment?.defendant)))
        return notOnCaseload(`defendant ${String(body?.enrollment?.defendant)} of case ${caseId}`);
    }
  });

  app.addHook('onResponse', async (request, reply) => {
    const policy = request.routeOptions.config?.policy;
    if (!request.url.startsWith('/api/') || request.url.startsWith('/api/docs')) return;
    // Public and profile reads hold no case data; everything else is recorded, allowed or not.
    if (SAFE.has(request.method) && (policy === 'public' || policy === 'signedIn') && reply.statusCode < 400)
      return;
    const p = request.principal;
    const status = reply.statusCode;
    await audit
      .append({
        who:
          p?.username ??
          request.auditActor?.who ??
          (request.session ? `account ${request.session.accountId} (second factor pending)` : 'anonymous'),
        role: p ? p.roles.join(',') : (request.auditActor?.role ?? ''),
        action: `${request.method} ${request.routeOptions.url ?? request.url.split('?')[0]}${policy ? ` [${policy}]` : ''}`,
        target: describeTarget(request),
        client: clientOf(request),
        outcome:
          status < 400
            ? 'success'
            : status === 401 || status === 403 || status === 421
              ? 'denied'
              : 'failure',
        detail: [`status ${status}`, request.auditDetail].filter(Boolean).join('; '),
      })
      .catch((e: unknown) => request.log.error({ err: e }, 'audit append failed'));
  });
}

/** Whether an Origin is this server as the request names it (scheme, host and port; default ports folded). */
function sameOrigin(request: FastifyRequest, origin: string): boolean {
  try {
    const ours = new URL(`${request.protocol}://${String(request.headers.host ?? '')}`);
    const theirs = new URL(origin);
    return theirs.protocol === ours.protocol && theirs.host.toLowerCase() === ours.host.toLowerCase();
  } catch {
    return false;
  }
}

function refererOrigin(referer: string | undefined): string | undefined {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return 'null';
  }
}

function describeTarget(request: FastifyRequest): string {
  const params = (request.params ?? {}) as Record<string, unknown>;
  const parts = Object.entries(params).map(([k, v]) => `${k}=${String(v)}`);
  const q = request.url.indexOf('?');
  if (q >= 0) parts.push(`query=${request.url.slice(q + 1, q + 200)}`);
  return parts.join(' ');
}

/**
 * A token's principal is kept for a second: an integration posts many batches a second, and a revocation or a
 * change of assignments takes effect within that second.
 */
const TOKEN_CACHE_MS = 1_000;
const tokenCache = new WeakMap<AccountStore, Map<string, { principal: Principal | null; until: number }>>();

async function identify(request: FastifyRequest, accounts: AccountStore, cookie: string): Promise<void> {
  const auth = request.headers.authorization;
  if (auth?.startsWith('Bearer ')) {
    const token = auth.slice(7).trim();
    let cache = tokenCache.get(accounts);
    if (!cache) {
      cache = new Map();
      tokenCache.set(accounts, cache);
    }
    const hit = cache.get(token);
    const now = Date.now();
    if (hit && hit.until > now) {
      request.principal = hit.principal;
      return;
    }
    const t = await accounts.tokenAccount(token);
    request.principal = t ? await accounts.principal(t.accountId, 'token', t.scopes) : null;
    if (cache.size > 1_000) cache.clear();
    cache.set(token, { principal: request.principal, until: now + TOKEN_CACHE_MS });
    return;
  }
  const secret = request.cookies?.[cookie];
  if (!secret) return;
  const s = await accounts.session(secret);
  if (!s.ok) return;
  request.session = { secret, csrf: s.csrf, accountId: s.accountId, mfaDone: s.mfaDone };
  if (s.mfaDone) request.principal = await accounts.principal(s.accountId, 'session');
}
