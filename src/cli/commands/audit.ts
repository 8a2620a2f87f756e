/**
 * `pretrial audit prune`: remove the access-audit records older than the retention period (at least a year,
 * CJIS § 5.4.7, NIST SP 800-53 AU-11) through a checkpoint, so `pretrial audit verify` still passes.
 */
import { userInfo } from 'node:os';
import { openSecurity } from '../../server/auth/setup.ts';
import { retentionDays } from '../../store/audit.ts';
import { DEFAULT_SQLITE_PATH, openStore } from '../../store/db.ts';
import { CliError, type Out } from '../io.ts';

export interface AuditPruneOpts {
  db?: string;
  json?: boolean;
  /** Days to keep (default PRETRIAL_AUDIT_RETENTION_DAYS, else seven years); at least 365. */
  retentionDays?: string;
}

export async function auditPrune(opts: AuditPruneOpts, out: Out): Promise<number> {
  let days: number;
  try {
    days = retentionDays(
      opts.retentionDays === undefined ? process.env : { PRETRIAL_AUDIT_RETENTION_DAYS: opts.retentionDays },
    );
  } catch (e) {
    throw new CliError(
      (e as Error).message.replace(
        'PRETRIAL_AUDIT_RETENTION_DAYS',
        opts.retentionDays === undefined ? 'PRETRIAL_AUDIT_RETENTION_DAYS' : '--retention-days',
      ),
    );
  }
  const store = await openStore(opts.db ?? process.env.PRETRIAL_DATABASE_URL ?? DEFAULT_SQLITE_PATH);
  try {
    const { audit } = openSecurity(store);
    let by = 'cli';
    try {
      by = `cli:${userInfo().username}`;
    } catch {}
    const r = await audit.prune(days, by);
    if (opts.json) out.log(JSON.stringify({ retentionDays: days, ...r }, null, 2));
    else if (r.pruned === 0)
      out.log(`Nothing to prune: no audit record is older than ${days} days (before ${r.cutoff}).`);
    else
      out.log(
        `Pruned ${r.pruned} audit record(s) written before ${r.cutoff} (retention ${days} days), through record ${r.checkpoint?.throughId}; the chain is verified from that checkpoint.`,
      );
    return 0;
  } finally {
    await store.close();
  }
}
