/**
 * Sign-in through an OpenID Connect provider (the court's identity provider), with `openid-client`.
 *
 * The authorization-code flow with PKCE (RFC 7636, S256), `state` and `nonce` (OpenID Connect Core 1.0
 * §§ 3.1.2.1, 3.1.3.7); the ID token's signature, issuer, audience, expiry and nonce are checked by the library.
 * Accounts are never made from a sign-in: an administrator links an account to the provider's subject
 * (`pretrial users add … --oidc-subject SUB`, `pretrial users link`), and a subject linked to no account is
 * refused (CJIS Security Policy § 5.6, NIST SP 800-53 IA-2, AC-2: accounts are authorized before use).
 * The provider is responsible for the second factor; PRETRIAL_OIDC_REQUIRE_AMR and PRETRIAL_OIDC_ACR_VALUES make
 * the server check what the ID token says about it (`amr`, RFC 8176; `acr`).
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as client from 'openid-client';

export interface OidcSettings {
  /** The provider's issuer identifier (its discovery document is at `<issuer>/.well-known/openid-configuration`). */
  issuer: string;
  clientId: string;
  /** Absent for a public client (PKCE only). */
  clientSecret?: string;
  /** The redirect URL registered with the provider: `<public URL>/api/v1/auth/oidc/callback`. */
  redirectUri: string;
  /** What the sign-in page's button names ("Sign in with …"). */
  name: string;
  /** Scopes asked for (always including `openid`). */
  scopes: string[];
  /** When set: the ID token's `acr` must be one of these (they are asked for as `acr_values`). */
  acrValues: string[];
  /** When set: the ID token's `amr` must hold at least one of these (e.g. `mfa`, `otp`, `hwk`). */
  requireAmr: string[];
}

export const OIDC_CALLBACK_PATH = '/api/v1/auth/oidc/callback';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

const list = (s: string | undefined): string[] =>
  (s ?? '')
    .split(/[\s,]+/)
    .map((x) => x.trim())
    .filter(Boolean);

/**
 * The OpenID Connect settings of the environment, or null when PRETRIAL_OIDC_ISSUER is not set.
 * `publicUrl` is where users reach this server (PRETRIAL_PUBLIC_URL, or the listening address on loopback).
 */
export function oidcSettingsFromEnv(
  env: Record<string, string | undefined>,
  publicUrl: string | undefined,
): OidcSettings | null {
  const issuer = env.PRETRIAL_OIDC_ISSUER?.trim();
  if (!issuer) return null;
  const where = (name: string) => `${name} (OpenID Connect sign-in)`;
  let issuerUrl: URL;
  try {
    issuerUrl = new URL(issuer);
  } catch {
    throw new Error(`${where('PRETRIAL_OIDC_ISSUER')}: "${issuer}" is not a URL`);
  }
  if (issuerUrl.protocol !== 'https:' && !LOOPBACK.has(issuerUrl.hostname))
    throw new Error(
      `${where('PRETRIAL_OIDC_ISSUER')}: "${issuer}" must be https (plain http only for a provider on this machine)`,
    );
  const clientId = env.PRETRIAL_OIDC_CLIENT_ID?.trim();
  if (!clientId)
    throw new Error(
      `${where('PRETRIAL_OIDC_CLIENT_ID')} is not set: the client id registered with the provider`,
    );
  let clientSecret = env.PRETRIAL_OIDC_CLIENT_SECRET;
  const secretFile = env.PRETRIAL_OIDC_CLIENT_SECRET_FILE;
  if (!clientSecret && secretFile) {
    try {
      clientSecret = readFileSync(secretFile, 'utf8').trim();
    } catch (e) {
      throw new Error(`${where('PRETRIAL_OIDC_CLIENT_SECRET_FILE')}: ${(e as Error).message}`);
    }
  }
  let redirectUri = env.PRETRIAL_OIDC_REDIRECT_URL?.trim();
  if (!redirectUri) {
    if (!publicUrl)
      throw new Error(
        `${where('PRETRIAL_PUBLIC_URL')} is not set: the address users reach this server by (e.g. https://pretrial.example.court), from which the redirect URL ${OIDC_CALLBACK_PATH} is made`,
      );
    if (!URL.canParse(publicUrl))
      throw new Error(`${where('PRETRIAL_PUBLIC_URL')}: "${publicUrl}" is not a URL`);
    redirectUri = new URL(OIDC_CALLBACK_PATH, publicUrl).href;
  }
  try {
    new URL(redirectUri);
  } catch {
    throw new Error(`${where('PRETRIAL_OIDC_REDIRECT_URL')}: "${redirectUri}" is not a URL`);
  }
  const scopes = list(env.PRETRIAL_OIDC_SCOPES);
  return {
    issuer,
    clientId,
    ...(clientSecret ? { clientSecret } : {}),
    redirectUri,
    name: env.PRETRIAL_OIDC_NAME?.trim() || issuerUrl.host,
    scopes: scopes.includes('openid') ? scopes : ['openid', ...scopes],
    acrValues: list(env.PRETRIAL_OIDC_ACR_VALUES),
    requireAmr: list(env.PRETRIAL_OIDC_REQUIRE_AMR),
  };
}

/** A sign-in under way: kept on the server, named by a random handle in a short-lived cookie. */
export interface OidcTransaction {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** Where to go after signing in (a path of this server). */
  returnTo: string;
  expires: number;
}

/** How long a sign-in at the provider may take. */
export const OIDC_TRANSACTION_MS = 10 * 60_000;
/** Sign-ins under way at once (beyond it the oldest are dropped: an unauthenticated caller cannot fill memory). */
const MAX_TRANSACTIONS = 10_000;

export type ClaimCheck = { ok: true } | { ok: false; reason: string };

/** The provider's side of a sign-in: discovery (once, retried after a failure), the request, the answer. */
export class OidcClient {
  private config: Promise<client.Configuration> | null = null;
  private readonly transactions = new Map<string, OidcTransaction>();

  constructor(
    readonly settings: OidcSettings,
    private readonly now: () => number = Date.now,
  ) {}

  /** The provider's metadata, discovered once (a failed discovery is tried again on the next sign-in). */
  configuration(): Promise<client.Configuration> {
    if (!this.config) {
      const s = this.settings;
      const issuer = new URL(s.issuer);
      const insecure = issuer.protocol === 'http:' && LOOPBACK.has(issuer.hostname);
      this.config = client
        .discovery(
          issuer,
          s.clientId,
          s.clientSecret ? { client_secret: s.clientSecret } : {},
          s.clientSecret ? client.ClientSecretBasic(s.clientSecret) : client.None(),
          { timeout: 10, ...(insecure ? { execute: [client.allowInsecureRequests] } : {}) },
        )
        .catch((e: unknown) => {
          this.config = null;
          throw e;
        });
    }
    return this.config;
  }

  /** Start a sign-in: the provider's authorization URL, and the handle of the transaction kept here. */
  async start(returnTo: string): Promise<{ url: URL; handle: string }> {
    const config = await this.configuration();
    const t: OidcTransaction = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
      returnTo,
      expires: this.now() + OIDC_TRANSACTION_MS,
    };
    const s = this.settings;
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: s.redirectUri,
      scope: s.scopes.join(' '),
      response_type: 'code',
      code_challenge: await client.calculatePKCECodeChallenge(t.codeVerifier),
      code_challenge_method: 'S256',
      state: t.state,
      nonce: t.nonce,
      ...(s.acrValues.length > 0 ? { acr_values: s.acrValues.join(' ') } : {}),
    });
    const handle = randomBytes(24).toString('base64url');
    this.sweep();
    this.transactions.set(handle, t);
    return { url, handle };
  }

  /** The transaction of a handle, once: it is removed whether or not it is still live. */
  take(handle: string | undefined): OidcTransaction | null {
    if (!handle) return null;
    const t = this.transactions.get(handle);
    this.transactions.delete(handle);
    if (!t || t.expires <= this.now()) return null;
    return t;
  }

  /**
   * The provider's answer at the callback: the code exchanged (PKCE verifier sent), `state` compared, the ID
   * token validated (signature, `iss`, `aud`, `exp`, `iat`, `nonce`) by openid-client. Throws on any mismatch.
   */
  async finish(t: OidcTransaction, query: string): Promise<client.IDToken> {
    const config = await this.configuration();
    const current = new URL(this.settings.redirectUri);
    current.search = query;
    const tokens = await client.authorizationCodeGrant(config, current, {
      pkceCodeVerifier: t.codeVerifier,
      expectedState: t.state,
      expectedNonce: t.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error('the provider returned no ID token');
    return claims;
  }

  /** What the ID token must say about how the user authenticated (`acr`, `amr`), when configured. */
  checkAuthentication(claims: client.IDToken): ClaimCheck {
    const s = this.settings;
    if (s.acrValues.length > 0) {
      const acr = typeof claims.acr === 'string' ? claims.acr : null;
      if (!acr || !s.acrValues.includes(acr))
        return {
          ok: false,
          reason: `the provider's authentication level (acr ${acr ?? 'absent'}) is not one of ${s.acrValues.join(', ')}`,
        };
    }
    if (s.requireAmr.length > 0) {
      const amr = Array.isArray(claims.amr) ? claims.amr.map(String) : [];
      if (!amr.some((m) => s.requireAmr.includes(m)))
        return {
          ok: false,
          reason: `the provider's authentication methods (amr ${amr.join(',') || 'absent'}) include none of ${s.requireAmr.join(', ')}`,
        };
    }
    return { ok: true };
  }

  private sweep(): void {
    const now = this.now();
    for (const [k, t] of this.transactions) if (t.expires <= now) this.transactions.delete(k);
    while (this.transactions.size >= MAX_TRANSACTIONS) {
      const oldest = this.transactions.keys().next().value;
      if (oldest === undefined) break;
      this.transactions.delete(oldest);
    }
  }
}

/** A path of this server to return to after signing in: anything else (another origin, `//host`) is `/`. */
export function safeReturnPath(next: unknown): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.includes('\\'))
    return '/';
  if (next.startsWith('/api/')) return '/';
  return next.slice(0, 500);
}
