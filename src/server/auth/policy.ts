/**
 * The access policy: the one place that decides who may do what to which record (docs/security.md).
 *
 * Every route names one policy in its options (`config: { policy: 'case.read' }`); a route under /api without
 * one is refused when it is registered. A policy says which roles may call the route and which record the
 * request touches (the case of `:id`, the person of `:personId`, the alert of `:alertId`, …); the record must
 * then be on the caller's caseload. Lists are filtered by the same test (`Access.seesDefendant`).
 *
 * Sources: CJIS Security Policy § 5.5.2 (access enforcement: by role and need to know) and NIST SP 800-53 AC-3,
 * AC-6 (least privilege; an administrator manages accounts and sees no case data unless assigned);
 * OWASP ASVS 4.0.3 V4 (access control: deny by default, enforced on the server).
 */

export const ROLES = [
  'judge',
  'clerk',
  'prosecutor',
  'defense',
  'officer',
  'supervisor',
  'vendor',
  'auditor',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_NAMES: Record<Role, string> = {
  judge: 'Judge or chambers',
  clerk: 'Clerk',
  prosecutor: 'Prosecutor',
  defense: 'Defense counsel',
  officer: 'Pretrial services officer',
  supervisor: 'Supervisor',
  vendor: 'Vendor integration',
  auditor: 'Auditor',
  admin: 'Administrator',
};

/** The record a request touches, found from its params or body before the handler runs. */
export type Target =
  /** Nothing of a case (sign-in, the calendar, the shared zone library). */
  | 'none'
  /** A list: the handler keeps what the caller may see (`Access.seesDefendant`). */
  | 'list'
  /** The case `:id`. */
  | 'case'
  /** The monitored person `:personId`. */
  | 'person'
  /** The alert `:alertId` (its person). */
  | 'alert'
  /** The case and defendant of an enrollment body (`caseId`, `enrollment.defendant`). */
  | 'enrollment'
  /** Device events: each event's device must be assigned to the caller (a vendor's devices). */
  | 'devices';

export interface Policy {
  /** Who may call the route at all. `anyone` includes anonymous callers; `signedIn` any account. */
  roles: readonly Role[] | 'anyone' | 'signedIn';
  target: Target;
  /** One line for the matrix in docs/security.md. */
  description: string;
}

const CASE_READERS = ['judge', 'clerk', 'prosecutor', 'defense', 'officer', 'supervisor'] as const;
const MONITORING_READERS = ['judge', 'prosecutor', 'defense', 'officer', 'supervisor'] as const;
const OFFICERS = ['officer', 'supervisor'] as const;

export const POLICIES = {
  public: { roles: 'anyone', target: 'none', description: 'Anyone, signed in or not (sign-in, health).' },
  signedIn: {
    roles: 'signedIn',
    target: 'none',
    description: 'Any signed-in account (its own profile, the legal calendar, UI settings).',
  },
  'cases.list': {
    roles: CASE_READERS,
    target: 'list',
    description: 'Case readers; the list holds only the cases on the caller’s caseload.',
  },
  'case.read': {
    roles: CASE_READERS,
    target: 'case',
    description: 'Case readers, for a case on their caseload (a computation on it, such as a what-if, too).',
  },
  'case.create': {
    roles: ['clerk'],
    target: 'none',
    description: 'Clerks (a new case, an imported docket).',
  },
  'case.write': {
    roles: ['clerk', 'judge'],
    target: 'case',
    description: 'Clerks and chambers, for a case of their court: events, exclusions, re-imports.',
  },
  'case.delete': { roles: ['clerk'], target: 'case', description: 'Clerks, for a case of their court.' },
  'case.audit': {
    roles: ['auditor'],
    target: 'none',
    description: 'Auditors only (a case’s change history).',
  },
  'monitoring.people': {
    roles: MONITORING_READERS,
    target: 'list',
    description: 'Monitoring readers; only the people on the caller’s caseload.',
  },
  'monitoring.person': {
    roles: MONITORING_READERS,
    target: 'person',
    description:
      'Monitoring readers, for a person on their caseload; a protected person’s place only to the assigned officers.',
  },
  'monitoring.location': {
    roles: ['judge', 'defense', 'officer', 'supervisor'],
    target: 'person',
    description:
      'A supervisee’s track: chambers, their own counsel, officers, for a person on their caseload.',
  },
  'monitoring.report': {
    roles: MONITORING_READERS,
    target: 'person',
    description: 'The violation report, for a person on the caller’s caseload.',
  },
  'monitoring.enroll': {
    roles: OFFICERS,
    target: 'enrollment',
    description: 'Officers and supervisors, for a defendant on their caseload.',
  },
  'monitoring.person.write': {
    roles: OFFICERS,
    target: 'person',
    description: 'Officers and supervisors, for a person on their caseload (e.g. an approved suspension).',
  },
  'monitoring.metrics': {
    roles: ['officer', 'supervisor', 'admin'],
    target: 'list',
    description:
      'Officers, supervisors and administrators: triage figures of the people on the caller’s caseload only (a supervisor’s: their officers’; an administrator’s: those assigned to them); operating figures.',
  },
  'monitoring.zones.read': { roles: OFFICERS, target: 'none', description: 'Officers and supervisors.' },
  'monitoring.zones.write': { roles: OFFICERS, target: 'none', description: 'Officers and supervisors.' },
  'monitoring.ingest': {
    roles: ['vendor'],
    target: 'devices',
    description: 'Vendor integrations, for the devices assigned to them only.',
  },
  'alerts.list': {
    roles: MONITORING_READERS,
    target: 'list',
    description: 'Monitoring readers; only alerts of people on the caller’s caseload.',
  },
  'alerts.read': {
    roles: MONITORING_READERS,
    target: 'alert',
    description: 'Monitoring readers, for an alert of a person on their caseload.',
  },
  'alerts.act': {
    roles: OFFICERS,
    target: 'alert',
    description: 'Officers and supervisors, for an alert of a person on their caseload.',
  },
  'alerts.stream': {
    roles: OFFICERS,
    target: 'list',
    description: 'Officers and supervisors; only changes of people on their caseload.',
  },
  caseload: {
    roles: CASE_READERS,
    target: 'list',
    description: 'Case readers: every defendant on their caseload.',
  },
  'audit.read': { roles: ['auditor'], target: 'none', description: 'Auditors only.' },
  'accounts.manage': { roles: ['admin'], target: 'none', description: 'Administrators only.' },
} as const satisfies Record<string, Policy>;

export type PolicyName = keyof typeof POLICIES;

export const isPolicyName = (s: unknown): s is PolicyName =>
  typeof s === 'string' && Object.hasOwn(POLICIES, s);

/** Which roles a policy admits (every role for `anyone` and `signedIn`). */
export function rolesOf(name: PolicyName): readonly Role[] {
  const r = (POLICIES[name] as Policy).roles;
  return r === 'anyone' || r === 'signedIn' ? ROLES : r;
}

/**
 * Who is asking, with what they are assigned. Scope by assignment, not role alone (docs/security.md):
 * `courts` and `cases` open whole cases, `defendants` (`caseId#n`) one defendant's part of a case; a supervisor
 * holds the assignments of their officers too. `devices` are a vendor's devices (a trailing `*` is a prefix).
 */
export interface Principal {
  accountId: string;
  username: string;
  displayName: string;
  roles: readonly Role[];
  courts: ReadonlySet<string>;
  cases: ReadonlySet<string>;
  defendants: ReadonlySet<string>;
  /** Defendants assigned to this account itself (not through officers it supervises): an officer's own caseload. */
  ownDefendants: ReadonlySet<string>;
  devices: readonly string[];
  /** Cases whose sealed docket entries this account was granted (`sealed:<case id>`), beyond the court's own. */
  sealed?: ReadonlySet<string>;
  /** How the request was authenticated. */
  via: 'session' | 'token';
  /** For a token, the policies it may use (all of its account's, when empty). */
  scopes: readonly PolicyName[];
  demo: boolean;
}

export type Decision = { allow: true } | { allow: false; status: 401 | 403; reason: string };

/** May this caller use this policy at all (before the record is known)? */
export function decideRoute(principal: Principal | null, name: PolicyName): Decision {
  const policy = POLICIES[name] as Policy;
  if (policy.roles === 'anyone') return { allow: true };
  if (!principal) return { allow: false, status: 401, reason: 'sign in first' };
  if (principal.via === 'token' && principal.scopes.length > 0 && !principal.scopes.includes(name))
    return { allow: false, status: 403, reason: `this API token is not scoped for ${name}` };
  if (policy.roles === 'signedIn') return { allow: true };
  if (principal.roles.some((r) => (policy.roles as readonly Role[]).includes(r))) return { allow: true };
  return {
    allow: false,
    status: 403,
    reason: `${name} needs the role ${(policy.roles as readonly Role[]).join(', ')}`,
  };
}

/** Scope tests for one principal and one policy. */
export class Access {
  constructor(
    readonly principal: Principal,
    readonly policy: PolicyName,
  ) {}

  private roles(): readonly Role[] {
    const allowed = rolesOf(this.policy);
    return this.principal.roles.filter((r) => allowed.includes(r));
  }

  /** Whole-case access: a court or case assignment, held by a role of this policy. */
  seesCase(caseId: string, court: string): boolean {
    const p = this.principal;
    if (this.roles().length === 0) return false;
    return p.courts.has('*') || p.courts.has(court) || p.cases.has(caseId);
  }

  /** Any part of the case: the whole case, or one of its defendants assigned. */
  seesAnyOf(caseId: string, court: string): boolean {
    if (this.seesCase(caseId, court)) return true;
    const prefix = `${caseId}#`;
    for (const d of this.principal.defendants) if (d.startsWith(prefix)) return true;
    return false;
  }

  /** One defendant of a case. A judge, clerk or prosecutor sees every defendant of a case they see. */
  seesDefendant(caseId: string, court: string, defendant: number): boolean {
    if (this.roles().length === 0) return false;
    if (this.seesCase(caseId, court)) return true;
    return this.principal.defendants.has(`${caseId}#${defendant}`);
  }

  /**
   * A protected person's place (the mobile zone around their phone's last fix): only officers assigned to the
   * supervisee (their own caseload, or a court/case assignment as an officer). Supervisors, counsel, chambers:
   * proximity events only.
   */
  seesProtectedLocation(caseId: string, court: string, defendant: number): boolean {
    const p = this.principal;
    if (!p.roles.includes('officer')) return false;
    return (
      p.courts.has('*') ||
      p.courts.has(court) ||
      p.cases.has(caseId) ||
      p.ownDefendants.has(`${caseId}#${defendant}`)
    );
  }

  /**
   * A sealed docket entry's text: the court (a judge or clerk assigned the case's court, or the case) and
   * accounts granted the case's sealed entries (`sealed:<case id>`, given with `pretrial users grant`). Counsel,
   * prosecutors and officers see that a sealed entry exists, not its text: an entry sealed by the court is kept
   * from the parties and the public until it is unsealed (Fed. R. Crim. P. 49.1(d); "sealed entries need an
   * explicit grant", docs/security.md).
   */
  seesSealed(caseId: string, court: string): boolean {
    const p = this.principal;
    if (p.sealed?.has(caseId) && this.seesAnyOf(caseId, court)) return true;
    if (!p.roles.some((r) => r === 'judge' || r === 'clerk')) return false;
    return p.courts.has('*') || p.courts.has(court) || p.cases.has(caseId);
  }

  /** A vendor's device. */
  ownsDevice(deviceId: string): boolean {
    return this.principal.devices.some((d) =>
      d.endsWith('*') ? deviceId.startsWith(d.slice(0, -1)) : d === deviceId,
    );
  }
}

/** How the actor is named in change records: `username (role, role)`. */
export const actorName = (p: Principal): string => `${p.username} (${p.roles.join(', ') || 'no role'})`;
