/**
 * Officer actions and the workers' engines (docs/monitoring.md § 10.1). An officer acts through any server,
 * which writes the alert to PostgreSQL; the partition's worker evaluates the episode. Neither may lose the
 * other's part, so wherever the two meet (a worker's commit of the alert, or a server's notice that an
 * officer acted) the alert is merged:
 * - the episode (times, evidence, severity, the engine's history entries) is the engine's;
 * - the officer's history entries (acknowledged, escalated, resolved, dismissed, notes), the disposition
 *   and the cause are the officer's, each entry kept once;
 * - the state: resolved or dismissed when an officer closed it; else cleared when the episode has ended;
 *   else acknowledged or escalated as the officer's last such entry says; else the engine's.
 *
 * Merging is idempotent (merging the same alert twice changes nothing more), so a notice delivered twice
 * or a batch committed again is harmless.
 */
import type { Alert, HistoryEntry } from '../../monitoring/alerts.ts';

/** The engine signs its own history entries with this name (src/monitoring/episodes.ts). */
const SYSTEM = 'system';
const OFFICER_STATES = new Set(['acknowledged', 'escalated', 'resolved', 'dismissed']);

const entryKey = (h: HistoryEntry) => `${h.at}|${h.by}|${h.action}|${h.note ?? ''}`;

/** Whether `stored` holds an officer's part that `engine` lacks. */
export function needsMerge(engine: Alert, stored: Alert): boolean {
  const have = new Set(engine.history.map(entryKey));
  return stored.history.some((h) => h.by !== SYSTEM && !have.has(entryKey(h)));
}

/** The engine's alert with the officer's part of the stored one (the engine's copy when there is none). */
export function mergeOfficer(engine: Alert, stored: Alert): Alert {
  if (!needsMerge(engine, stored)) return engine;
  const have = new Set(engine.history.map(entryKey));
  const fresh = stored.history.filter((h) => h.by !== SYSTEM && !have.has(entryKey(h)));
  const history = [...engine.history, ...fresh]
    .map((h, i) => ({ h, i }))
    .sort((a, b) => (a.h.at < b.h.at ? -1 : a.h.at > b.h.at ? 1 : a.i - b.i))
    .map((x) => x.h);
  let officer: Alert['state'] | null = null;
  for (const h of history)
    if (h.by !== SYSTEM && OFFICER_STATES.has(h.action)) officer = h.action as Alert['state'];
  const state: Alert['state'] =
    officer === 'resolved' || officer === 'dismissed'
      ? officer
      : engine.endedAt !== null
        ? 'cleared'
        : (officer ?? engine.state);
  const cause = stored.cause ?? engine.cause;
  return {
    ...engine,
    state,
    disposition: stored.disposition ?? engine.disposition,
    ...(cause ? { cause } : {}),
    history,
  };
}
