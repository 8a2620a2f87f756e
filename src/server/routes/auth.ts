/**
 * Sign-in (password, then the second factor: TOTP or a recovery code), MFA enrollment by QR code, sign-out,
 * the caller's own profile, and the access audit trail for auditors (docs/security.md).
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { z } from 'zod';
import type { AuditTrail } from '../../store/audit.ts';
import type { AccountStore } from '../auth/accounts.ts';
import { clientOf, cookieName } from '../auth/plugin.ts';
import { decideRoute, POLICIES, type PolicyName, ROLE_NAMES, ROLES, type Role } from '../auth/policy.ts';
import { ErrorBody, HttpError } from '../errors.ts';

export interface AuthRouteOptions {
  accounts: AccountStore;
  audit: AuditTrail;
  demo: boolean;
  mfaRequired: boolean;
  tls: boolean;
  now: () => number;
  /** Sign-in attempts per client address and minute. */
  signInPerMinute: number;
  /** Configured OpenID Connect sign-in, if any (its routes are registered apart). */
  oidcName?: string;
}

const Me = z.object({
  signedIn: z.boolean(),
  /** Password accepted; the second factor is still to give (`verify`) or to enrol first (`enroll`). */
  pending: z.enum(['verify', 'enroll']).nullable(),
  account: z
    .object({
      username: z.string(),
      displayName: z.string(),
      roles: z.array(z.object({ id: z.enum(ROLES), name: z.string() })),
      demo: z.boolean(),
      /**
       * The policies this account's roles admit (docs/security.md): the app offers only what the account may
       * use. The server still decides every request, and the record's caseload on top.
       */
      may: z.array(z.string()),
    })
    .nullable(),
  csrfToken: z.string().nullable(),
  demo: z.boolean(),
  demoAccounts: z.array(z.object({ username: z.string(), password: z.string(), role: z.string() })),
  oidc: z.string().nullable(),
});

/** The session cookie: HttpOnly, SameSite=Strict, Secure under TLS (every way of signing in sets it so). */
export const sessionCookieOptions = (tls: boolean) =>
  ({ path: '/', httpOnly: true, sameSite: 'strict', secure: tls }) as const;

/** The demo accounts npm start seeds (demo mode only: known passwords, no second factor). */
export const DEMO_PASSWORD = 'demo';

export const authRoutes =
  (o: AuthRouteOptions): FastifyPluginAsync =>
  async (app) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const cookie = cookieName(o.tls);
    const setCookie = (reply: FastifyReply, secret: string) =>
      reply.setCookie(cookie, secret, sessionCookieOptions(o.tls));
    const needsMfa = (demo: boolean) => o.mfaRequired && !(o.demo && demo);

    r.get('/auth/me', {
      config: { policy: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Who is signed in (and, in demo mode, the demo accounts)',
        response: { 200: Me },
      },
      handler: async (request) => {
        const p = request.principal;
        const demoAccounts = o.demo
          ? (await o.accounts.list())
              .filter((a) => a.demo && a.hasPassword && !a.disabled)
              .map((a) => ({
                username: a.username,
                password: DEMO_PASSWORD,
                role: a.roles.map((x) => ROLE_NAMES[x]).join(', '),
              }))
          : [];
        let pending: 'verify' | 'enroll' | null = null;
        if (!p && request.session && !request.session.mfaDone) {
          const t = await o.accounts.totpSecret(request.session.accountId);
          pending = t.enrolled ? 'verify' : 'enroll';
        }
        return {
          signedIn: p !== null,
          pending,
          account: p
            ? {
                username: p.username,
                displayName: p.displayName,
                roles: p.roles.map((id) => ({ id, name: ROLE_NAMES[id] })),
                demo: p.demo,
                may: (Object.keys(POLICIES) as PolicyName[]).filter((name) => decideRoute(p, name).allow),
              }
            : null,
          csrfToken: request.session?.csrf ?? null,
          demo: o.demo,
          demoAccounts,
          oidc: o.oidcName ?? null,
        };
      },
    });

    r.post('/auth/login', {
      config: { policy: 'public', rateLimit: { max: o.signInPerMinute, timeWindow: 60_000 } },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with a username and password',
        description:
          'Sets the session cookie (HttpOnly, SameSite=Strict, Secure under TLS). Outside demo mode the session is only good for the second factor until `/auth/mfa/verify` (or enrollment) completes it. Five failures in a row lock the account for 10 minutes.',
        body: z.object({ username: z.string().min(1).max(64), password: z.string().min(1).max(256) }),
        response: {
          200: z.object({ pending: z.enum(['verify', 'enroll']).nullable(), csrfToken: z.string() }),
          400: ErrorBody,
          401: ErrorBody,
          423: ErrorBody,
          429: ErrorBody,
        },
      },
      handler: async (request, reply) => {
        const { username, password } = request.body;
        const result = await o.accounts.checkPassword(username, password, o.demo);
        // The record names the account tried (only one that exists: a mistyped password is never a name).
        if (result.account)
          request.auditActor = { who: result.account.username, role: result.account.roles.join(',') };
        if (!result.ok) {
          request.auditDetail = `sign-in of "${username}" refused: ${result.reason}`;
          if (result.reason === 'locked')
            throw new HttpError(
              423,
              `the account is locked after ${5} failed attempts until ${result.lockedUntil}; try again then`,
            );
          if (result.reason === 'demo')
            throw new HttpError(401, 'demo accounts sign in only while the server runs in demo mode');
          throw new HttpError(401, 'wrong username or password');
        }
        const mfa = needsMfa(result.account.demo);
        const s = await o.accounts.createSession(result.account.id, !mfa, clientOf(request));
        setCookie(reply, s.secret);
        request.auditDetail = `sign-in of "${username}" (password${mfa ? '; second factor pending' : ''})`;
        const pending: 'verify' | 'enroll' | null = mfa
          ? result.account.mfaEnrolled
            ? 'verify'
            : 'enroll'
          : null;
        return { pending, csrfToken: s.csrf };
      },
    });

    const pendingAccount = (request: FastifyRequest) => {
      const s = request.session;
      if (!s) throw new HttpError(401, 'sign in with your password first');
      return s;
    };

    r.post('/auth/mfa/enroll', {
      config: { policy: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Start enrolling an authenticator app (TOTP): a QR code and the secret',
        description:
          'For a signed-in session whose account has no second factor yet. Confirm with a code at `/auth/mfa/verify`.',
        response: {
          200: z.object({ otpauthUrl: z.string(), qrCode: z.string(), secret: z.string() }),
          401: ErrorBody,
          409: ErrorBody,
        },
      },
      handler: async (request) => {
        const s = pendingAccount(request);
        const t = await o.accounts.totpSecret(s.accountId);
        if (t.enrolled)
          throw new HttpError(409, 'a second factor is already enrolled (an administrator can reset it)');
        const account = await o.accounts.byId(s.accountId);
        const secret = new Secret({ size: 20 });
        await o.accounts.setPendingTotp(s.accountId, secret.base32);
        const totp = new TOTP({ issuer: 'pretrial', label: account?.username ?? 'account', secret });
        const url = totp.toString();
        request.auditDetail = 'second-factor enrollment started';
        return {
          otpauthUrl: url,
          qrCode: await QRCode.toDataURL(url, { margin: 1, width: 220 }),
          secret: secret.base32,
        };
      },
    });

    r.post('/auth/mfa/verify', {
      config: { policy: 'public', rateLimit: { max: o.signInPerMinute, timeWindow: 60_000 } },
      schema: {
        tags: ['auth'],
        summary: 'Give the second factor: a 6-digit code, or a recovery code',
        description:
          'Completes the sign-in. The first code after enrollment confirms it and returns ten recovery codes, shown once. Failures count toward the lockout.',
        body: z.object({ code: z.string().min(6).max(20) }),
        response: {
          200: z.object({ recoveryCodes: z.array(z.string()) }),
          401: ErrorBody,
          423: ErrorBody,
          429: ErrorBody,
        },
      },
      handler: async (request) => {
        const s = pendingAccount(request);
        const locked = await o.accounts.isLocked(s.accountId);
        if (locked) throw new HttpError(423, `the account is locked until ${locked}; try again then`);
        const t = await o.accounts.totpSecret(s.accountId);
        if (!t.secret) throw new HttpError(401, 'no authenticator is enrolled: start at /auth/mfa/enroll');
        const code = request.body.code.trim();
        const totp = new TOTP({ secret: Secret.fromBase32(t.secret) });
        const good =
          (/^\d{6}$/.test(code) && totp.validate({ token: code, timestamp: o.now(), window: 1 }) !== null) ||
          (t.enrolled && (await o.accounts.consumeRecoveryCode(s.accountId, code)));
        if (!good) {
          const lockedUntil = await o.accounts.fail(s.accountId);
          request.auditDetail = 'second factor refused';
          if (lockedUntil)
            throw new HttpError(423, `the account is locked until ${lockedUntil}; try again then`);
          throw new HttpError(401, 'that code is not right (or has expired): try the current one');
        }
        const recoveryCodes = t.enrolled ? [] : await o.accounts.confirmTotp(s.accountId);
        await o.accounts.completeMfa(s.secret);
        request.auditDetail = t.enrolled ? 'second factor accepted' : 'second factor enrolled';
        return { recoveryCodes };
      },
    });

    r.post('/auth/logout', {
      config: { policy: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Sign out (the session ends on the server)',
        response: { 204: z.undefined() },
      },
      handler: async (request, reply) => {
        if (request.session) await o.accounts.endSession(request.session.secret);
        reply.clearCookie(cookie, { path: '/' });
        reply.code(204).send();
      },
    });

    r.get('/audit', {
      config: { policy: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'The access audit trail, newest first (auditors only)',
        querystring: z.object({
          limit: z.coerce.number().int().min(1).max(1000).default(200),
          before: z.string().regex(/^\d+$/).optional(),
        }),
        response: {
          200: z.object({
            records: z.array(
              z.object({
                id: z.string(),
                at: z.string(),
                who: z.string(),
                role: z.string(),
                action: z.string(),
                target: z.string(),
                client: z.string(),
                outcome: z.string(),
                detail: z.string(),
                prevHash: z.string(),
                hash: z.string(),
              }),
            ),
          }),
        },
      },
      handler: async (request) => ({
        records: await o.audit.list({
          limit: request.query.limit,
          ...(request.query.before ? { beforeId: request.query.before } : {}),
        }),
      }),
    });

    r.get('/audit/verify', {
      config: { policy: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'Check the audit trail’s hash chain (auditors only)',
        response: {
          200: z.object({
            ok: z.boolean(),
            records: z.number().int(),
            head: z.string(),
            problems: z.array(z.string()),
          }),
        },
      },
      handler: async () => o.audit.verify(),
    });

    r.get('/accounts', {
      config: { policy: 'accounts.manage' },
      schema: {
        tags: ['accounts'],
        summary:
          'Accounts, their roles and assignments (administrators only; change them with `pretrial users`)',
        response: {
          200: z.object({
            accounts: z.array(
              z.object({
                username: z.string(),
                displayName: z.string(),
                roles: z.array(z.string()),
                mfaEnrolled: z.boolean(),
                disabled: z.boolean(),
                demo: z.boolean(),
                lockedUntil: z.string().nullable(),
                oidcSubject: z.string().nullable(),
                assignments: z.array(z.object({ kind: z.string(), ref: z.string() })),
              }),
            ),
          }),
        },
      },
      handler: async () => ({
        accounts: (await o.accounts.list()).map((a) => ({
          username: a.username,
          displayName: a.displayName,
          roles: a.roles as Role[],
          mfaEnrolled: a.mfaEnrolled,
          disabled: a.disabled,
          demo: a.demo,
          lockedUntil: a.lockedUntil,
          oidcSubject: a.oidcSubject,
          assignments: a.assignments,
        })),
      }),
    });
  };
