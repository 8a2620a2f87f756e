/** Accounts and the audit trail of an opened store, and the demo accounts `npm start` seeds. */
import { AuditTrail } from '../../store/audit.ts';
import type { OpenedStore } from '../../store/db.ts';
import { DEMO_PASSWORD } from '../routes/auth.ts';
import { AccountStore, type AssignmentKind } from './accounts.ts';
import type { Role } from './policy.ts';

/** The court of the fictional sample docket in examples/. */
export const SAMPLE_DOCKET_COURT = 'ord';

export function openSecurity(
  store: Pick<OpenedStore, 'db' | 'dialect'>,
  now: () => number = Date.now,
): { accounts: AccountStore; audit: AuditTrail } {
  return { accounts: new AccountStore(store.db, now), audit: new AuditTrail(store.db, store.dialect, now) };
}

export interface DemoCase {
  caseId: string;
  court: string;
  /** The monitored defendant (the demo officer's caseload, the demo counsel's client). */
  defendant: number;
  deviceId: string;
}

/** One demo account per role (password "demo", no second factor; demo mode only), assigned to the demo case. */
export const demoAccounts = (
  d: DemoCase,
): { username: string; name: string; roles: Role[]; assign: [AssignmentKind, string][] }[] => [
  { username: 'judge', name: 'Demo Judge (chambers)', roles: ['judge'], assign: [['court', d.court]] },
  // The clerk also keeps the court of the sample docket (examples/sample-docket.html, D. Or.), so the README's
  // "import the sample docket" works in demo mode.
  {
    username: 'clerk',
    name: 'Demo Clerk',
    roles: ['clerk'],
    assign: [
      ['court', d.court],
      ['court', SAMPLE_DOCKET_COURT],
    ],
  },
  { username: 'prosecutor', name: 'Demo AUSA', roles: ['prosecutor'], assign: [['court', d.court]] },
  {
    username: 'defense',
    name: 'Demo Defense Counsel',
    roles: ['defense'],
    assign: [['defendant', `${d.caseId}#${d.defendant}`]],
  },
  {
    username: 'officer',
    name: 'Demo Pretrial Officer',
    roles: ['officer'],
    assign: [['defendant', `${d.caseId}#${d.defendant}`]],
  },
  {
    username: 'supervisor',
    name: 'Demo Supervisor',
    roles: ['supervisor'],
    assign: [['officer', 'officer']],
  },
  { username: 'vendor', name: 'Demo Monitoring Vendor', roles: ['vendor'], assign: [['device', d.deviceId]] },
  { username: 'auditor', name: 'Demo Auditor', roles: ['auditor'], assign: [] },
  { username: 'admin', name: 'Demo Administrator', roles: ['admin'], assign: [] },
];

export async function seedDemoAccounts(accounts: AccountStore, d: DemoCase): Promise<string[]> {
  const made: string[] = [];
  for (const a of demoAccounts(d)) {
    if (await accounts.find(a.username)) continue;
    await accounts.create({
      username: a.username,
      displayName: a.name,
      roles: a.roles,
      password: DEMO_PASSWORD,
      demo: true,
    });
    for (const [kind, ref] of a.assign) await accounts.assign(a.username, kind, ref);
    made.push(a.username);
  }
  return made;
}
