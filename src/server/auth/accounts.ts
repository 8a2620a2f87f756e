/**
 * Accounts, their roles and caseload assignments, server-side sessions and API tokens (docs/security.md).
 *
 * - Passwords: argon2id (@node-rs/argon2, OWASP's first choice for password storage), never logged.
 * - Lockout: 5 consecutive failures lock the account for 10 minutes (CJIS § 5.5.3, NIST SP 800-53 AC-7).
 * - Sessions: the cookie holds a random secret; the store keeps only its SHA-256. A session locks after 30
 *   minutes idle (CJIS § 5.5.5, NIST AC-11) and ends after a maximum length (NIST AC-12).
 * - API tokens: `pt_<id>_<secret>`, shown once, stored as the SHA-256 of the secret (256 random bits: a fast
 *   hash is enough for a secret nobody chose), scoped to policies, expiring, revocable.
 */
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { hash as argonHash, verify as argonVerify } from '@node-rs/argon2';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { isPolicyName, type PolicyName, type Principal, ROLES, type Role } from './policy.ts';

export const LOCKOUT_ATTEMPTS = 5;
export const LOCKOUT_MS = 10 * 60_000;
export const IDLE_MS = 30 * 60_000;
export const MAX_SESSION_MS = 12 * 60 * 60_000;

export const ASSIGNMENT_KINDS = ['court', 'case', 'defendant', 'officer', 'device', 'sealed'] as const;
export type AssignmentKind = (typeof ASSIGNMENT_KINDS)[number];

export interface Account {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  mfaEnrolled: boolean;
  demo: boolean;
  disabled: boolean;
  lockedUntil: string | null;
  oidcSubject: string | null;
  /** Whether the account can sign in with a password (a token-only integration cannot). */
  hasPassword: boolean;
  assignments: { kind: AssignmentKind; ref: string }[];
}

export class AccountError extends Error {
  constructor(
    message: string,
    readonly kind: 'invalid' | 'notFound' | 'conflict' = 'invalid',
  ) {
    super(message);
  }
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const ARGON = { algorithm: 2 as const, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => argonHash(password, ARGON);

/** A password policy after NIST SP 800-63B § 5.1.1: length, not composition rules. */
export function passwordProblem(password: string): string | null {
  if (password.length < 12) return 'the password must have at least 12 characters';
  if (password.length > 256) return 'the password must have at most 256 characters';
  return null;
}

/** A subject is at most 255 ASCII characters, case-sensitive (OpenID Connect Core 1.0 § 2, `sub`). */
export function oidcSubjectProblem(subject: string): string | null {
  if (subject.length === 0 || subject.length > 255 || !/^[\x21-\x7e]+$/.test(subject))
    return `"${subject}" is not an OpenID Connect subject: 1–255 printable ASCII characters, no spaces (the provider's \`sub\` claim, exactly)`;
  return null;
}

export function parseRoles(list: string): Role[] {
  const roles = list
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  for (const r of roles)
    if (!(ROLES as readonly string[]).includes(r))
      throw new AccountError(`unknown role "${r}" (known: ${ROLES.join(', ')})`);
  return [...new Set(roles)] as Role[];
}

/** `court:nyed`, `case:<id>`, `defendant:<caseId>#<n>`, `officer:<username>`, `device:<id or prefix*>`. */
export function parseAssignment(s: string): { kind: AssignmentKind; ref: string } {
  const i = s.indexOf(':');
  const kind = s.slice(0, i) as AssignmentKind;
  const ref = s.slice(i + 1);
  if (i < 1 || !ASSIGNMENT_KINDS.includes(kind) || ref === '')
    throw new AccountError(
      `"${s}" is not an assignment: write kind:ref with kind one of ${ASSIGNMENT_KINDS.join(', ')} (e.g. defendant:nyed-1-26-cr-00117#2)`,
    );
  if (kind === 'defendant' && !/#\d+$/.test(ref))
    throw new AccountError(`"${s}": a defendant is written caseId#number`);
  return { kind, ref };
}

export type SignInResult =
  | { ok: true; account: Account }
  | {
      ok: false;
      reason: 'unknown' | 'wrong' | 'locked' | 'disabled' | 'demo';
      lockedUntil?: string;
      account?: Account;
    };

export class AccountStore {
  constructor(
    readonly db: Kysely<Database>,
    readonly now: () => number = Date.now,
  ) {}

  private iso(ms = this.now()) {
    return new Date(ms).toISOString();
  }

  private async load(row: Database['accounts'] extends infer T ? T : never): Promise<Account> {
    const r = row as unknown as {
      id: string;
      username: string;
      display_name: string;
      roles: string;
      mfa_enrolled_at: string | null;
      demo: number;
      disabled: number;
      locked_until: string | null;
      oidc_subject: string | null;
      password_hash: string | null;
    };
    const assignments = await this.db
      .selectFrom('assignments')
      .select(['kind', 'ref'])
      .where('account_id', '=', r.id)
      .orderBy('kind')
      .orderBy('ref')
      .execute();
    return {
      id: r.id,
      username: r.username,
      displayName: r.display_name,
      roles: JSON.parse(r.roles) as Role[],
      mfaEnrolled: r.mfa_enrolled_at !== null,
      demo: Number(r.demo) === 1,
      disabled: Number(r.disabled) === 1,
      lockedUntil: r.locked_until,
      oidcSubject: r.oidc_subject,
      hasPassword: r.password_hash !== null,
      assignments: assignments as Account['assignments'],
    };
  }

  async find(username: string): Promise<Account | null> {
    const row = await this.db
      .selectFrom('accounts')
      .selectAll()
      .where('username', '=', username)
      .executeTakeFirst();
    return row ? this.load(row as never) : null;
  }

  /** The account linked to an OpenID Connect subject of the configured provider. */
  async byOidcSubject(subject: string): Promise<Account | null> {
    const row = await this.db
      .selectFrom('accounts')
      .selectAll()
      .where('oidc_subject', '=', subject)
      .executeTakeFirst();
    return row ? this.load(row as never) : null;
  }

  /**
   * Link an account to the subject (`sub`) the OpenID Connect provider gives its user, or unlink it (null).
   * One subject names one account.
   */
  async setOidcSubject(username: string, subject: string | null): Promise<Account> {
    const a = await this.mustFind(username);
    if (subject !== null) {
      const problem = oidcSubjectProblem(subject);
      if (problem) throw new AccountError(problem);
      const other = await this.byOidcSubject(subject);
      if (other && other.id !== a.id)
        throw new AccountError(
          `the OpenID Connect subject "${subject}" is linked to the account "${other.username}" already`,
          'conflict',
        );
    }
    await this.db
      .updateTable('accounts')
      .set({ oidc_subject: subject, updated_at: this.iso() })
      .where('id', '=', a.id)
      .execute();
    return (await this.byId(a.id)) as Account;
  }

  async byId(id: string): Promise<Account | null> {
    const row = await this.db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? this.load(row as never) : null;
  }

  async mustFind(username: string): Promise<Account> {
    const a = await this.find(username);
    if (!a) throw new AccountError(`no account "${username}"`, 'notFound');
    return a;
  }

  async list(): Promise<Account[]> {
    const rows = await this.db.selectFrom('accounts').selectAll().orderBy('username').execute();
    return Promise.all(rows.map((r) => this.load(r as never)));
  }

  async count(): Promise<number> {
    const r = await this.db
      .selectFrom('accounts')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  async create(input: {
    username: string;
    displayName?: string;
    roles: Role[];
    password?: string;
    demo?: boolean;
    oidcSubject?: string;
  }): Promise<Account> {
    if (!/^[a-z0-9][a-z0-9._@-]{1,63}$/i.test(input.username))
      throw new AccountError(
        `"${input.username}" is not a username: 2–64 letters, digits, and . _ @ - (starting with a letter or digit)`,
      );
    if (await this.find(input.username))
      throw new AccountError(`an account "${input.username}" exists`, 'conflict');
    if (input.oidcSubject !== undefined) {
      const problem = oidcSubjectProblem(input.oidcSubject);
      if (problem) throw new AccountError(problem);
      const other = await this.byOidcSubject(input.oidcSubject);
      if (other)
        throw new AccountError(
          `the OpenID Connect subject "${input.oidcSubject}" is linked to the account "${other.username}" already`,
          'conflict',
        );
    }
    if (input.password !== undefined) {
      const problem = passwordProblem(input.password);
      if (problem && !input.demo) throw new AccountError(problem);
    }
    const now = this.iso();
    const id = randomUUID();
    await this.db
      .insertInto('accounts')
      .values({
        id,
        username: input.username,
        display_name: input.displayName ?? input.username,
        roles: JSON.stringify(input.roles),
        password_hash: input.password === undefined ? null : await hashPassword(input.password),
        totp_secret: null,
        mfa_enrolled_at: null,
        oidc_subject: input.oidcSubject ?? null,
        demo: input.demo ? 1 : 0,
        locked_until: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    return (await this.byId(id)) as Account;
  }

  async setPassword(username: string, password: string): Promise<void> {
    const problem = passwordProblem(password);
    if (problem) throw new AccountError(problem);
    const a = await this.mustFind(username);
    await this.db
      .updateTable('accounts')
      .set({ password_hash: await hashPassword(password), updated_at: this.iso() })
      .where('id', '=', a.id)
      .execute();
  }

  async setDisabled(username: string, disabled: boolean): Promise<Account> {
    const a = await this.mustFind(username);
    await this.db
      .updateTable('accounts')
      .set({ disabled: disabled ? 1 : 0, updated_at: this.iso() })
      .where('id', '=', a.id)
      .execute();
    if (disabled) await this.db.deleteFrom('sessions').where('account_id', '=', a.id).execute();
    return (await this.byId(a.id)) as Account;
  }

  async setRoles(username: string, roles: Role[]): Promise<Account> {
    const a = await this.mustFind(username);
    await this.db
      .updateTable('accounts')
      .set({ roles: JSON.stringify(roles), updated_at: this.iso() })
      .where('id', '=', a.id)
      .execute();
    return (await this.byId(a.id)) as Account;
  }

  async assign(username: string, kind: AssignmentKind, ref: string): Promise<Account> {
    const a = await this.mustFind(username);
    const exists = await this.db
      .selectFrom('assignments')
      .select('ref')
      .where('account_id', '=', a.id)
      .where('kind', '=', kind)
      .where('ref', '=', ref)
      .executeTakeFirst();
    if (!exists)
      await this.db
        .insertInto('assignments')
        .values({ account_id: a.id, kind, ref, created_at: this.iso() })
        .execute();
    return (await this.byId(a.id)) as Account;
  }

  async unassign(username: string, kind: AssignmentKind, ref: string): Promise<Account> {
    const a = await this.mustFind(username);
    await this.db
      .deleteFrom('assignments')
      .where('account_id', '=', a.id)
      .where('kind', '=', kind)
      .where('ref', '=', ref)
      .execute();
    return (await this.byId(a.id)) as Account;
  }

  /** Check a password, counting failures toward the lockout. */
  async checkPassword(username: string, password: string, demoMode: boolean): Promise<SignInResult> {
    const row = await this.db
      .selectFrom('accounts')
      .selectAll()
      .where('username', '=', username)
      .executeTakeFirst();
    if (!row?.password_hash) {
      // The same work as a real check, so the answer's time does not tell whether the account exists.
      await argonVerify(DUMMY_HASH, password).catch(() => false);
      return { ok: false, reason: 'unknown' };
    }
    const account = await this.load(row as never);
    if (account.disabled) return { ok: false, reason: 'disabled', account };
    if (account.demo && !demoMode) return { ok: false, reason: 'demo', account };
    if (row.locked_until && Date.parse(row.locked_until) > this.now())
      return { ok: false, reason: 'locked', lockedUntil: row.locked_until, account };
    const good = await argonVerify(row.password_hash, password).catch(() => false);
    if (!good) {
      const locked = await this.fail(account.id);
      return locked
        ? { ok: false, reason: 'locked', lockedUntil: locked, account }
        : { ok: false, reason: 'wrong', account };
    }
    await this.db
      .updateTable('accounts')
      .set({ failed_attempts: 0, locked_until: null })
      .where('id', '=', account.id)
      .execute();
    return { ok: true, account };
  }

  /** Count a failed attempt (password or second factor); the 5th in a row locks for 10 minutes. */
  async fail(accountId: string): Promise<string | null> {
    const row = await this.db
      .selectFrom('accounts')
      .select(['failed_attempts', 'locked_until'])
      .where('id', '=', accountId)
      .executeTakeFirstOrThrow();
    // A lock that has run out starts a new count.
    const expired = row.locked_until !== null && Date.parse(row.locked_until) <= this.now();
    const failures = (expired ? 0 : Number(row.failed_attempts)) + 1;
    const lockedUntil = failures >= LOCKOUT_ATTEMPTS ? this.iso(this.now() + LOCKOUT_MS) : null;
    await this.db
      .updateTable('accounts')
      .set({
        failed_attempts: lockedUntil ? 0 : failures,
        locked_until: lockedUntil ?? (expired ? null : row.locked_until),
      })
      .where('id', '=', accountId)
      .execute();
    return lockedUntil;
  }

  async isLocked(accountId: string): Promise<string | null> {
    const row = await this.db
      .selectFrom('accounts')
      .select('locked_until')
      .where('id', '=', accountId)
      .executeTakeFirst();
    return row?.locked_until && Date.parse(row.locked_until) > this.now() ? row.locked_until : null;
  }

  // --- second factor -------------------------------------------------------------------------------------

  async totpSecret(accountId: string): Promise<{ secret: string | null; enrolled: boolean }> {
    const r = await this.db
      .selectFrom('accounts')
      .select(['totp_secret', 'mfa_enrolled_at'])
      .where('id', '=', accountId)
      .executeTakeFirstOrThrow();
    return { secret: r.totp_secret, enrolled: r.mfa_enrolled_at !== null };
  }

  async setPendingTotp(accountId: string, secret: string): Promise<void> {
    await this.db
      .updateTable('accounts')
      .set({ totp_secret: secret, mfa_enrolled_at: null, updated_at: this.iso() })
      .where('id', '=', accountId)
      .execute();
  }

  /** Enrollment confirmed: returns the recovery codes (shown once; only their hashes are kept). */
  async confirmTotp(accountId: string): Promise<string[]> {
    const codes = Array.from({ length: 10 }, () => {
      const s = randomBytes(5).toString('hex');
      return `${s.slice(0, 5)}-${s.slice(5)}`;
    });
    await this.db
      .updateTable('accounts')
      .set({
        mfa_enrolled_at: this.iso(),
        recovery_codes: JSON.stringify(codes.map(sha256)),
        failed_attempts: 0,
        updated_at: this.iso(),
      })
      .where('id', '=', accountId)
      .execute();
    return codes;
  }

  /** Use a recovery code (once). */
  async consumeRecoveryCode(accountId: string, code: string): Promise<boolean> {
    const r = await this.db
      .selectFrom('accounts')
      .select('recovery_codes')
      .where('id', '=', accountId)
      .executeTakeFirstOrThrow();
    const hashes = JSON.parse(r.recovery_codes) as string[];
    const h = sha256(code.trim().toLowerCase());
    const i = hashes.indexOf(h);
    if (i < 0) return false;
    hashes.splice(i, 1);
    await this.db
      .updateTable('accounts')
      .set({ recovery_codes: JSON.stringify(hashes) })
      .where('id', '=', accountId)
      .execute();
    return true;
  }

  async resetMfa(username: string): Promise<Account> {
    const a = await this.mustFind(username);
    await this.db
      .updateTable('accounts')
      .set({ totp_secret: null, mfa_enrolled_at: null, recovery_codes: '[]', updated_at: this.iso() })
      .where('id', '=', a.id)
      .execute();
    await this.db.deleteFrom('sessions').where('account_id', '=', a.id).execute();
    return (await this.byId(a.id)) as Account;
  }

  // --- sessions ------------------------------------------------------------------------------------------

  async createSession(
    accountId: string,
    mfaDone: boolean,
    client: string,
  ): Promise<{ secret: string; csrf: string }> {
    const secret = randomBytes(32).toString('base64url');
    const csrf = randomBytes(24).toString('base64url');
    const now = this.now();
    await this.db
      .insertInto('sessions')
      .values({
        id_hash: sha256(secret),
        account_id: accountId,
        csrf,
        mfa_done: mfaDone ? 1 : 0,
        created_at: this.iso(now),
        last_seen_at: this.iso(now),
        expires_at: this.iso(now + MAX_SESSION_MS),
        client,
      })
      .execute();
    return { secret, csrf };
  }

  /** The live session of a cookie, touched; null (and removed) when idle too long or past its end. */
  async session(
    secret: string,
  ): Promise<
    | { ok: true; accountId: string; csrf: string; mfaDone: boolean; createdAt: string }
    | { ok: false; reason: 'unknown' | 'idle' | 'expired' }
  > {
    const id = sha256(secret);
    const row = await this.db.selectFrom('sessions').selectAll().where('id_hash', '=', id).executeTakeFirst();
    if (!row) return { ok: false, reason: 'unknown' };
    const now = this.now();
    const idle = now - Date.parse(row.last_seen_at) > IDLE_MS;
    const expired = now > Date.parse(row.expires_at);
    if (idle || expired) {
      await this.db.deleteFrom('sessions').where('id_hash', '=', id).execute();
      return { ok: false, reason: idle ? 'idle' : 'expired' };
    }
    // Touch at most every 15 s (one write per burst of requests).
    if (now - Date.parse(row.last_seen_at) > 15_000)
      await this.db
        .updateTable('sessions')
        .set({ last_seen_at: this.iso(now) })
        .where('id_hash', '=', id)
        .execute();
    return {
      ok: true,
      accountId: row.account_id,
      csrf: row.csrf,
      mfaDone: Number(row.mfa_done) === 1,
      createdAt: row.created_at,
    };
  }

  async completeMfa(secret: string): Promise<void> {
    await this.db
      .updateTable('sessions')
      .set({ mfa_done: 1 })
      .where('id_hash', '=', sha256(secret))
      .execute();
  }

  async endSession(secret: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id_hash', '=', sha256(secret)).execute();
  }

  // --- API tokens ----------------------------------------------------------------------------------------

  async createToken(
    username: string,
    opts: { name: string; scopes?: PolicyName[]; days?: number },
  ): Promise<{ id: string; token: string; expiresAt: string }> {
    const a = await this.mustFind(username);
    for (const s of opts.scopes ?? [])
      if (!isPolicyName(s))
        throw new AccountError(`unknown scope "${s}" (a scope is a policy name, e.g. monitoring.ingest)`);
    const days = opts.days ?? 90;
    if (!(days > 0 && days <= 366)) throw new AccountError('a token lasts 1 to 366 days');
    const id = randomBytes(6).toString('hex');
    const secret = randomBytes(32).toString('base64url');
    const expiresAt = this.iso(this.now() + days * 86_400_000);
    await this.db
      .insertInto('api_tokens')
      .values({
        id,
        account_id: a.id,
        name: opts.name,
        secret_hash: sha256(secret),
        scopes: JSON.stringify(opts.scopes ?? []),
        created_at: this.iso(),
        expires_at: expiresAt,
        revoked_at: null,
      })
      .execute();
    return { id, token: `pt_${id}_${secret}`, expiresAt };
  }

  async revokeToken(id: string): Promise<boolean> {
    const r = await this.db
      .updateTable('api_tokens')
      .set({ revoked_at: this.iso() })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  async listTokens(username?: string) {
    let q = this.db
      .selectFrom('api_tokens')
      .innerJoin('accounts', 'accounts.id', 'api_tokens.account_id')
      .select([
        'api_tokens.id',
        'api_tokens.name',
        'accounts.username',
        'api_tokens.scopes',
        'api_tokens.expires_at',
        'api_tokens.revoked_at',
      ]);
    if (username) q = q.where('accounts.username', '=', username);
    return q.execute();
  }

  /** The account of a bearer token, when it is live. */
  async tokenAccount(token: string): Promise<{ accountId: string; scopes: PolicyName[] } | null> {
    const m = /^pt_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/.exec(token);
    if (!m) return null;
    const row = await this.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('id', '=', m[1] as string)
      .executeTakeFirst();
    if (!row || row.revoked_at !== null || Date.parse(row.expires_at) <= this.now()) return null;
    const a = Buffer.from(row.secret_hash, 'hex');
    const b = Buffer.from(sha256(m[2] as string), 'hex');
    if (a.length !== b.length || !timingSafeEqual(a, b)) return null;
    return { accountId: row.account_id, scopes: JSON.parse(row.scopes) as PolicyName[] };
  }

  /** The court of a case (null when there is no such case): what court assignments are checked against. */
  async caseCourt(caseId: string): Promise<string | null> {
    const r = await this.db.selectFrom('cases').select('court').where('id', '=', caseId).executeTakeFirst();
    return r?.court ?? null;
  }

  // --- principals ----------------------------------------------------------------------------------------

  /** What an account may see: its own assignments, and for a supervisor, those of its officers. */
  async principal(
    accountId: string,
    via: Principal['via'],
    scopes: PolicyName[] = [],
  ): Promise<Principal | null> {
    const a = await this.byId(accountId);
    if (!a || a.disabled) return null;
    const courts = new Set<string>();
    const cases = new Set<string>();
    const defendants = new Set<string>();
    const own = new Set<string>();
    const devices: string[] = [];
    const sealed = new Set<string>();
    const add = (as: Account['assignments'], mine: boolean) => {
      for (const x of as)
        if (x.kind === 'sealed') {
          // A grant to read a case's sealed entries is personal: a supervisor does not inherit it.
          if (mine) sealed.add(x.ref);
        } else if (x.kind === 'court') courts.add(x.ref);
        else if (x.kind === 'case') cases.add(x.ref);
        else if (x.kind === 'defendant') {
          defendants.add(x.ref);
          if (mine) own.add(x.ref);
        } else if (x.kind === 'device') devices.push(x.ref);
    };
    add(a.assignments, true);
    if (a.roles.includes('supervisor'))
      for (const o of a.assignments.filter((x) => x.kind === 'officer')) {
        const officer = await this.find(o.ref);
        if (officer && !officer.disabled)
          add(
            officer.assignments.filter((x) => x.kind !== 'device'),
            false,
          );
      }
    return {
      accountId: a.id,
      username: a.username,
      displayName: a.displayName,
      roles: a.roles,
      courts,
      cases,
      defendants,
      ownDefendants: own,
      devices,
      sealed,
      via,
      scopes,
      demo: a.demo,
    };
  }
}

/** A hash of a random password: checked when the account does not exist, to spend the same time. */
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$w0KCnNcEErEOq7HS3OB5fQ$NAumS7nSK4ns3K61VkUg0TCrCXOjljNnWTcclGDU5z8';
