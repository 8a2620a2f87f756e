/**
 * `pretrial users add|list|disable|enable|reset-mfa|grant|revoke|password|link|unlink|token|revoke-token` and
 * `pretrial audit verify`: accounts, their roles and caseload assignments, API tokens, and the audit chain.
 * Every change is written to the audit trail as done from the command line.
 */
import { userInfo } from 'node:os';
import { createInterface } from 'node:readline/promises';
import { AccountError, type AccountStore, parseAssignment, parseRoles } from '../../server/auth/accounts.ts';
import { isPolicyName, type PolicyName, ROLES } from '../../server/auth/policy.ts';
import { openSecurity } from '../../server/auth/setup.ts';
import type { AuditTrail } from '../../store/audit.ts';
import { CliError, type Out } from '../io.ts';
import { openCliStore } from '../store.ts';

async function withSecurity<T>(
  db: string | undefined,
  fn: (s: { accounts: AccountStore; audit: AuditTrail }) => Promise<T>,
): Promise<T> {
  const store = await openCliStore(db);
  try {
    return await fn(openSecurity(store));
  } catch (e) {
    if (e instanceof AccountError) throw new CliError(e.message);
    throw e;
  } finally {
    await store.close();
  }
}

const operator = () => {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli';
  }
};

async function record(audit: AuditTrail, action: string, target: string, detail = ''): Promise<void> {
  await audit.append({
    who: operator(),
    role: 'administrator (command line)',
    action,
    target,
    client: 'local',
    outcome: 'success',
    detail,
  });
}

/** The password from PRETRIAL_PASSWORD, or asked on the terminal (never an argument: it would stay in the shell history). */
async function readPassword(out: Out): Promise<string> {
  const env = process.env.PRETRIAL_PASSWORD;
  if (env) return env;
  if (!process.stdin.isTTY)
    throw new CliError(
      'give the password in PRETRIAL_PASSWORD, or run the command in a terminal to be asked for it',
    );
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  try {
    out.log('Password (at least 12 characters): ');
    return (await rl.question('')).trim();
  } finally {
    rl.close();
  }
}

export interface UsersOpts {
  db?: string;
  json?: boolean;
}

export async function usersAdd(
  username: string,
  opts: UsersOpts & {
    role: string;
    name?: string;
    assign?: string[];
    oidcSubject?: string;
    noPassword?: boolean;
  },
  out: Out,
): Promise<number> {
  const roles = parseRolesCli(opts.role);
  const assignments = (opts.assign ?? []).map(parseAssignmentCli);
  // An account linked to the OpenID Connect provider signs in there: no password unless one is given.
  const password =
    opts.noPassword || (opts.oidcSubject && !process.env.PRETRIAL_PASSWORD)
      ? undefined
      : await readPassword(out);
  return withSecurity(opts.db, async ({ accounts, audit }) => {
    const a = await accounts.create({
      username,
      roles,
      ...(opts.name ? { displayName: opts.name } : {}),
      ...(password !== undefined ? { password } : {}),
      ...(opts.oidcSubject ? { oidcSubject: opts.oidcSubject } : {}),
    });
    for (const x of assignments) await accounts.assign(username, x.kind, x.ref);
    await record(
      audit,
      'users.add',
      username,
      `roles ${roles.join(',')}; ${assignments.map((x) => `${x.kind}:${x.ref}`).join(' ')}${opts.oidcSubject ? `; OpenID Connect subject ${opts.oidcSubject}` : ''}`,
    );
    out.log(
      opts.oidcSubject
        ? `Added ${a.username} (${roles.join(', ')}), signing in through the OpenID Connect provider as the subject ${opts.oidcSubject} (the provider asks for the second factor)${password === undefined ? '' : '; its password sign-in enrols an authenticator app at the first use'}.`
        : `Added ${a.username} (${roles.join(', ')}). The second factor is enrolled at the first sign-in (an authenticator app, by QR code).`,
    );
    return 0;
  });
}

const parseRolesCli = (s: string) => {
  try {
    const r = parseRoles(s);
    if (r.length === 0) throw new AccountError(`give at least one role (${ROLES.join(', ')})`);
    return r;
  } catch (e) {
    throw new CliError((e as Error).message);
  }
};
const parseAssignmentCli = (s: string) => {
  try {
    return parseAssignment(s);
  } catch (e) {
    throw new CliError((e as Error).message);
  }
};

export async function usersList(opts: UsersOpts, out: Out): Promise<number> {
  return withSecurity(opts.db, async ({ accounts }) => {
    const list = await accounts.list();
    if (opts.json) {
      out.log(JSON.stringify(list, null, 2));
      return 0;
    }
    if (list.length === 0)
      out.log('No accounts. Add the first administrator: pretrial users add <username> --role admin');
    for (const a of list)
      out.log(
        `${a.username}  ${a.roles.join(',')}  ${a.disabled ? 'DISABLED' : 'active'}  MFA ${a.mfaEnrolled ? 'enrolled' : 'not enrolled'}${a.oidcSubject !== null ? `  oidc:${a.oidcSubject}` : ''}${a.demo ? '  (demo)' : ''}${a.lockedUntil ? `  locked until ${a.lockedUntil}` : ''}  ${a.assignments.map((x) => `${x.kind}:${x.ref}`).join(' ')}`,
      );
    return 0;
  });
}

export async function usersSetDisabled(
  username: string,
  disabled: boolean,
  opts: UsersOpts,
  out: Out,
): Promise<number> {
  return withSecurity(opts.db, async ({ accounts, audit }) => {
    await accounts.setDisabled(username, disabled);
    await record(audit, disabled ? 'users.disable' : 'users.enable', username);
    out.log(`${username} is ${disabled ? 'disabled (its sessions ended)' : 'enabled'}.`);
    return 0;
  });
}

/**
 * `link <user> <subject>` / `unlink <user>`: the account the OpenID Connect provider's user signs in to. The
 * subject is the provider's `sub` claim for that person (a refused sign-in's audit record names it).
 */
export async function usersLink(
  username: string,
  subject: string | null,
  opts: UsersOpts,
  out: Out,
): Promise<number> {
  return withSecurity(opts.db, async ({ accounts, audit }) => {
    const before = await accounts.mustFind(username);
    await accounts.setOidcSubject(username, subject);
    await record(
      audit,
      subject === null ? 'users.unlink' : 'users.link',
      username,
      subject === null
        ? `OpenID Connect subject ${before.oidcSubject ?? '(none)'} unlinked`
        : `OpenID Connect subject ${subject}${before.oidcSubject ? ` (was ${before.oidcSubject})` : ''}`,
    );
    out.log(
      subject === null
        ? `${username} no longer signs in through the OpenID Connect provider.`
        : `${username} signs in through the OpenID Connect provider as the subject ${subject}.`,
    );
    return 0;
  });
}

export async function usersResetMfa(username: string, opts: UsersOpts, out: Out): Promise<number> {
  return withSecurity(opts.db, async ({ accounts, audit }) => {
    await accounts.resetMfa(username);
    await record(audit, 'users.reset-mfa', username);
    out.log(`${username}'s second factor is removed; they enrol a new one at their next sign-in.`);
    return 0;
  });
}

export async function usersPassword(username: string, opts: UsersOpts, out: Out): Promise<number> {
  const password = await readPassword(out);
  return withSecurity(opts.db, async ({ accounts, audit }) => {
    await accounts.setPassword(username, password);
    await record(audit, 'users.password', username);
    out.log(`${username}'s password is changed.`);
    return 0;
  });
}

/** `grant <user> <role-or-assignment…>`: a role (officer) or an assignment (defendant:caseId#2). */
export async function usersGrant(
  username: string,
  grants: string[],
  revoke: boolean,
  opts: UsersOpts,
  out: Out,
): Promise<number> {
  return withSecurity(opts.db, async ({ accounts, audit }) => {
    for (const g of grants) {
      if (g.includes(':')) {
        const x = parseAssignmentCli(g);
        if (revoke) await accounts.unassign(username, x.kind, x.ref);
        else await accounts.assign(username, x.kind, x.ref);
      } else {
        const role = parseRolesCli(g)[0];
        const a = await accounts.mustFind(username);
        const roles = revoke
          ? a.roles.filter((r) => r !== role)
          : [...new Set([...a.roles, ...(role ? [role] : [])])];
        await accounts.setRoles(username, roles);
      }
      await record(audit, revoke ? 'users.revoke' : 'users.grant', username, g);
    }
    const a = await accounts.mustFind(username);
    out.log(
      `${username}: roles ${a.roles.join(', ') || 'none'}; ${a.assignments.map((x) => `${x.kind}:${x.ref}`).join(' ') || 'no assignments'}`,
    );
    return 0;
  });
}

export async function usersToken(
  username: string,
  opts: UsersOpts & { name?: string; scope?: string[]; days?: string },
  out: Out,
): Promise<number> {
  const scopes = (opts.scope ?? []).map((s) => {
    if (!isPolicyName(s))
      throw new CliError(`unknown scope "${s}": a scope is a policy name such as monitoring.ingest`);
    return s as PolicyName;
  });
  const days = opts.days === undefined ? 90 : Number(opts.days);
  return withSecurity(opts.db, async ({ accounts, audit }) => {
    const t = await accounts.createToken(username, { name: opts.name ?? 'integration', scopes, days });
    await record(
      audit,
      'users.token',
      username,
      `token ${t.id}; scopes ${scopes.join(',') || 'all of the account'}; until ${t.expiresAt}`,
    );
    out.log(t.token);
    out.error(
      `Token ${t.id} for ${username}, valid until ${t.expiresAt}. It is shown once: keep it in the integration's secret store.`,
    );
    return 0;
  });
}

export async function usersRevokeToken(id: string, opts: UsersOpts, out: Out): Promise<number> {
  return withSecurity(opts.db, async ({ accounts, audit }) => {
    if (!(await accounts.revokeToken(id))) throw new CliError(`no live token ${id}`);
    await record(audit, 'users.revoke-token', id);
    out.log(`Token ${id} is revoked.`);
    return 0;
  });
}

export async function auditVerify(opts: UsersOpts, out: Out): Promise<number> {
  return withSecurity(opts.db, async ({ audit }) => {
    const r = await audit.verify();
    if (opts.json) out.log(JSON.stringify(r, null, 2));
    else if (r.ok) out.log(`OK: ${r.records} audit records, the chain is intact (head ${r.head}).`);
    else {
      out.error(`The audit trail was altered: ${r.problems.length} problem(s) in ${r.records} records.`);
      for (const p of r.problems.slice(0, 50)) out.error(`  ${p}`);
    }
    return r.ok ? 0 : 1;
  });
}
