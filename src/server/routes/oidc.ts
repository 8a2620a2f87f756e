/**
 * Sign-in through the configured OpenID Connect provider (src/server/auth/oidc.ts; docs/security.md).
 *
 * `GET /auth/oidc/login` sends the browser to the provider; `GET /auth/oidc/callback` is where the provider
 * sends it back with a code. A sign-in ends in a redirect to the app: to the page it started from, or to the
 * sign-in page with `?signin_error=<reason>` naming why it was refused. Every outcome of the callback is an
 * audit record (who, role, client address, outcome), as a password sign-in is.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AuditEntry, AuditTrail } from '../../store/audit.ts';
import type { Account, AccountStore } from '../auth/accounts.ts';
import { OIDC_TRANSACTION_MS, type OidcClient, safeReturnPath } from '../auth/oidc.ts';
import { clientOf, cookieName } from '../auth/plugin.ts';
import { ErrorBody, HttpError } from '../errors.ts';
import { sessionCookieOptions } from './auth.ts';

export interface OidcRouteOptions {
  /** The configured provider; without one both routes answer 404. */
  client: OidcClient | null;
  accounts: AccountStore;
  audit: AuditTrail;
  demo: boolean;
  tls: boolean;
  signInPerMinute: number;
}

/** Why a sign-in through the provider was refused: the sign-in page says it in words (web/src/pages/SignIn.tsx). */
export const OIDC_ERRORS = [
  'unavailable',
  'expired',
  'provider',
  'invalid',
  'authentication',
  'unknown_account',
  'disabled',
  'demo',
] as const;
export type OidcError = (typeof OIDC_ERRORS)[number];

const ACTION = 'GET /api/v1/auth/oidc/callback [public]';

export const oidcRoutes =
  (o: OidcRouteOptions): FastifyPluginAsync =>
  async (app) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const session = cookieName(o.tls);
    // SameSite=Lax: the provider sends the browser back with a cross-site navigation, which a Strict cookie
    // would not follow. It holds only a random handle of the sign-in under way, good for one callback.
    const transaction = o.tls ? '__Host-pretrial_oidc' : 'pretrial_oidc';
    const notConfigured = () =>
      new HttpError(
        404,
        'sign-in through an OpenID Connect provider is not configured (set PRETRIAL_OIDC_ISSUER and PRETRIAL_OIDC_CLIENT_ID)',
      );
    const refuse = (reply: FastifyReply, error: OidcError, extra: Record<string, string> = {}) =>
      reply.redirect(`/?${new URLSearchParams({ signin_error: error, ...extra }).toString()}`, 303);

    r.get('/auth/oidc/login', {
      config: { policy: 'public', rateLimit: { max: o.signInPerMinute, timeWindow: 60_000 } },
      schema: {
        tags: ['auth'],
        summary: 'Sign in through the OpenID Connect provider: a redirect to it',
        description:
          'Answers 303 to the provider’s authorization endpoint (authorization code with PKCE, state and nonce). `next` is the path of this app to return to afterwards.',
        querystring: z.object({ next: z.string().max(500).optional() }),
        response: { 303: z.undefined(), 404: ErrorBody, 429: ErrorBody },
      },
      handler: async (request, reply) => {
        const oidc = o.client;
        if (!oidc) throw notConfigured();
        let started: Awaited<ReturnType<OidcClient['start']>>;
        try {
          started = await oidc.start(safeReturnPath(request.query.next));
        } catch (e) {
          request.log.error({ err: e }, 'OpenID Connect discovery failed');
          return refuse(reply, 'unavailable');
        }
        reply.setCookie(transaction, started.handle, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure: o.tls,
          maxAge: OIDC_TRANSACTION_MS / 1000,
        });
        return reply.redirect(started.url.href, 303);
      },
    });

    r.get('/auth/oidc/callback', {
      config: { policy: 'public', rateLimit: { max: o.signInPerMinute, timeWindow: 60_000 } },
      schema: {
        tags: ['auth'],
        summary: 'Where the OpenID Connect provider returns: the sign-in is finished, or refused',
        description:
          'The code is exchanged with the PKCE verifier, `state` must be the one this browser started with, and the ID token (signature, issuer, audience, expiry, nonce) is validated. The subject must be linked to an enabled account (`pretrial users link`): accounts are never made here. Answers 303: to the app, signed in (the same session cookie as a password sign-in; no local second factor), or to the sign-in page with `?signin_error=` the reason.',
        querystring: z.record(z.string(), z.string()),
        response: { 303: z.undefined(), 404: ErrorBody, 429: ErrorBody },
      },
      handler: async (request, reply) => {
        const oidc = o.client;
        if (!oidc) throw notConfigured();
        const record = (e: Omit<AuditEntry, 'action' | 'client' | 'target'> & { target?: string }) =>
          o.audit
            .append({ action: ACTION, client: clientOf(request), target: '', ...e })
            .catch((err: unknown) => request.log.error({ err }, 'audit append failed'));
        const handle = request.cookies?.[transaction];
        reply.clearCookie(transaction, { path: '/' });
        const t = oidc.take(handle);
        const q = request.url.indexOf('?');
        const query = q >= 0 ? request.url.slice(q) : '';
        if (!t) {
          await record({
            who: 'anonymous',
            role: '',
            outcome: 'denied',
            detail: `OpenID Connect sign-in refused: ${handle ? 'its sign-in expired or was already used' : 'no sign-in was started in this browser'}`,
          });
          return refuse(reply, 'expired');
        }
        const providerError = request.query.error;
        if (providerError) {
          await record({
            who: 'anonymous',
            role: '',
            outcome: 'denied',
            detail: `OpenID Connect sign-in refused by the provider: ${providerError.slice(0, 100)}${request.query.error_description ? ` (${request.query.error_description.slice(0, 200)})` : ''}`,
          });
          return refuse(reply, 'provider');
        }
        let claims: Awaited<ReturnType<OidcClient['finish']>>;
        try {
          claims = await oidc.finish(t, query);
        } catch (e) {
          await record({
            who: 'anonymous',
            role: '',
            outcome: 'denied',
            detail: `OpenID Connect sign-in refused: ${describeError(e)}`,
          });
          return refuse(reply, 'invalid');
        }
        const subject = claims.sub;
        const account = await o.accounts.byOidcSubject(subject);
        const who = account?.username ?? `oidc:${subject}`;
        const role = account?.roles.join(',') ?? '';
        const target = `oidc subject ${subject}`;
        const refused = async (error: OidcError, why: string, extra: Record<string, string> = {}) => {
          await record({
            who,
            role,
            target,
            outcome: 'denied',
            detail: `OpenID Connect sign-in refused: ${why}`,
          });
          return refuse(reply, error, extra);
        };
        if (!account)
          return refused(
            'unknown_account',
            `the subject is linked to no account (${describeClaims(claims)})`,
            { subject },
          );
        if (account.disabled) return refused('disabled', 'the account is disabled');
        if (account.demo && !o.demo)
          return refused('demo', 'demo accounts sign in only while the server runs in demo mode');
        const checked = oidc.checkAuthentication(claims);
        if (!checked.ok) return refused('authentication', checked.reason);

        await signIn(request, reply, account);
        await record({
          who,
          role,
          target,
          outcome: 'success',
          detail: `sign-in of "${account.username}" (OpenID Connect${typeof claims.acr === 'string' ? `; acr ${claims.acr}` : ''}${Array.isArray(claims.amr) ? `; amr ${claims.amr.join(',')}` : ''})`,
        });
        return reply.redirect(t.returnTo, 303);
      },
    });

    /** A new session (any session of this browser ends first: no session fixation), as a password sign-in makes. */
    async function signIn(request: FastifyRequest, reply: FastifyReply, account: Account): Promise<void> {
      if (request.session) await o.accounts.endSession(request.session.secret);
      // The provider is responsible for the second factor (checked through acr/amr when configured).
      const s = await o.accounts.createSession(account.id, true, clientOf(request));
      reply.setCookie(session, s.secret, sessionCookieOptions(o.tls));
    }
  };

/** The claims that help an administrator link the right account (never a token). */
function describeClaims(claims: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const k of ['preferred_username', 'email', 'name'])
    if (typeof claims[k] === 'string') parts.push(`${k} ${String(claims[k]).slice(0, 100)}`);
  return parts.join(', ') || 'no name in the ID token';
}

/**
 * Why the library refused the provider's answer, in its own words and those of the error it wraps (never a
 * token, a code or an expected value).
 */
function describeError(e: unknown): string {
  const parts: string[] = [];
  let at: unknown = e;
  for (let i = 0; i < 3 && at instanceof Error; i++) {
    const x = at as Error & { error?: unknown; error_description?: unknown };
    if (!parts.includes(x.message)) parts.push(x.message);
    if (typeof x.error === 'string')
      parts.push(
        `the provider answered ${x.error}${typeof x.error_description === 'string' ? ` (${x.error_description})` : ''}`,
      );
    at = x.cause;
  }
  return parts.join(': ').slice(0, 400) || 'unknown error';
}
