/** The role × route matrix of docs/security.md, made from the routes' declared policies (a test keeps them equal). */
import { POLICIES, type Policy, type PolicyName, ROLES, rolesOf } from './policy.ts';

const ABBR: Record<(typeof ROLES)[number], string> = {
  judge: 'judge',
  clerk: 'clerk',
  prosecutor: 'AUSA',
  defense: 'defense',
  officer: 'officer',
  supervisor: 'superv.',
  vendor: 'vendor',
  auditor: 'auditor',
  admin: 'admin',
};

export function policyMatrixMarkdown(policies: ReadonlyMap<string, PolicyName>): string {
  const rows = [...policies.entries()]
    .filter(([route]) => route.includes(' /api/v1/'))
    .sort(([a], [b]) => {
      const [ma, pa] = a.split(' ') as [string, string];
      const [mb, pb] = b.split(' ') as [string, string];
      return pa === pb ? (ma < mb ? -1 : 1) : pa < pb ? -1 : 1;
    });
  const head = `| route | policy | ${ROLES.map((r) => ABBR[r]).join(' | ')} |`;
  const rule = `|---|---|${ROLES.map(() => ':-:').join('|')}|`;
  const lines = rows.map(([route, name]) => {
    const p = POLICIES[name] as Policy;
    const allowed = rolesOf(name);
    const cells = ROLES.map((r) =>
      p.roles === 'anyone' ? 'any' : allowed.includes(r) ? (p.target === 'none' ? '✓' : 'own') : '—',
    );
    return `| \`${route.replace('/api/v1', '')}\` | ${name} | ${cells.join(' | ')} |`;
  });
  return [head, rule, ...lines].join('\n');
}

export function policyListMarkdown(): string {
  return Object.entries(POLICIES)
    .map(([name, p]) => `- **${name}** — ${(p as Policy).description}`)
    .join('\n');
}
