/**
 * A real OpenID Connect provider for tests: `oidc-provider` in this process, on a free loopback port, with one
 * confidential client and a few users. Its login page is a plain form (user name and password); the user's
 * authentication methods (`amr`) and level (`acr`) are what the user's record says. Consent is given by the
 * provider itself (a first-party client), as a court's provider does for its own applications.
 */
import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Context } from 'oidc-provider';

export interface ProviderUser {
  sub: string;
  password: string;
  name: string;
  email?: string;
  /** How the provider says the user authenticated (RFC 8176), e.g. ['pwd', 'otp', 'mfa']. */
  amr: string[];
  acr: string;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  users: Map<string, ProviderUser>;
  close(): Promise<void>;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

async function form(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/** Start the provider; `redirectUri` is the app's callback, registered for the test client. */
export async function startProvider(redirectUri: string, users: ProviderUser[]): Promise<TestProvider> {
  let provider: Provider | null = null;
  const byLogin = new Map(users.map((u) => [u.sub, u]));

  const interaction = async (req: IncomingMessage, res: ServerResponse, p: Provider) => {
    const details = await p.interactionDetails(req, res);
    const page = (message: string) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><title>Test provider: sign in</title><h1>Test provider</h1><p>${esc(message)}</p>` +
          `<form method="post" action="/interaction/${esc(details.uid)}/login">` +
          '<label>User <input name="login"></label><label>Password <input name="password" type="password"></label>' +
          '<button type="submit">Sign in</button></form>',
      );
    };
    if (req.method === 'GET') return page(`Sign in (${details.prompt.name})`);
    const body = await form(req);
    const user = byLogin.get(body.get('login') ?? '');
    if (!user || user.password !== body.get('password')) return page('Wrong user name or password.');
    await p.interactionFinished(
      req,
      res,
      { login: { accountId: user.sub, amr: user.amr, acr: user.acr } },
      { mergeWithLastSubmission: false },
    );
  };

  const server: Server = createServer((req, res) => {
    const p = provider;
    if (!p) {
      res.writeHead(503).end();
      return;
    }
    if (req.url?.startsWith('/interaction/'))
      interaction(req, res, p).catch((e: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(String(e));
      });
    else p.callback()(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'pretrial-test';
  const clientSecret = 'a test client secret that is long enough';
  const key = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });

  provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [{ ...key, kid: 'test-key', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: ['a test cookie key'] },
    claims: { openid: ['sub', 'acr', 'amr', 'auth_time', 'sid'], profile: ['name'], email: ['email'] },
    conformIdTokenClaims: false,
    acrValues: [...new Set(users.map((u) => u.acr))],
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, i: { uid: string }) => `/interaction/${i.uid}` },
    pkce: { required: () => true },
    findAccount: async (_ctx: unknown, sub: string) => {
      const u = byLogin.get(sub);
      if (!u) return undefined;
      return {
        accountId: sub,
        claims: async () => ({ sub, name: u.name, ...(u.email ? { email: u.email } : {}) }),
      };
    },
    // A first-party client: the provider grants what it asks without a consent page.
    loadExistingGrant: async (ctx: Context) => {
      const accountId = ctx.oidc.session?.accountId;
      const client = ctx.oidc.client;
      if (!accountId || !client) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId });
      grant.addOIDCScope('openid profile email');
      await grant.save();
      return grant;
    },
  });

  return {
    issuer,
    clientId,
    clientSecret,
    users: byLogin,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
