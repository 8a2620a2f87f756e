/**
 * Episodes → alerts. A rule's state machine describes each episode it sees (rule, zone, kind, start, end,
 * evidence) under a stable key; this module keeps one alert per episode: it opens the alert, appends
 * evidence, clears it on the clearing event, and reopens it on new evidence — recording every transition.
 * During a re-evaluation (late data) the descriptions are collected first and reconciled afterwards with the
 * alerts already raised, so late data extend or revise an existing alert instead of duplicating it.
 */

import { iso, revisedAlert } from './accelerated/memo.ts';
import {
  type Alert,
  type AlertChange,
  type AlertEvidence,
  type AlertKind,
  type Confidence,
  type FixSummary,
  type HistoryEntry,
  SEVERITY,
  type Severity,
} from './alerts.ts';
import type { RuleBase } from './rules.ts';

export { iso };

export interface EpisodeReport {
  key: string;
  rule: RuleBase;
  ruleKind: string;
  alertKind: AlertKind;
  severity?: Severity;
  zone: { id: string; label: string } | null;
  /** Episode start, epoch ms. */
  since: number;
  /** The moment the alert could first have been raised (start + grace or buffer), epoch ms. */
  due: number;
  /** Set by the clearing event. */
  end: number | null;
  endNote?: string;
  evidence: AlertEvidence;
  confidence: Confidence;
  /** A note to add to the alert when it is raised. */
  openNote?: string;
}

/** What the alert book needs to know about one device. */
export interface DeviceAlerts {
  deviceId: string;
  personId: string;
  /** Episode key → alert id. */
  episodeAlerts: Map<string, string>;
  /** Alert ids raised for this device (for reconciliation and pruning). */
  alertIds: string[];
}

export interface AlertBook {
  alerts: Map<string, Alert>;
}

const SYSTEM = 'system';

/**
 * FNV-1a 64-bit hash as 16 hex digits: a stable alert id for (device, first episode key). Computed in two
 * 32-bit halves (the prime is 2^40 + 0x1b3, so h × prime = h × 0x1b3 + (h << 40), modulo 2^64), which gives
 * the same digits as 64-bit arithmetic without allocating a BigInt per character.
 */
export function stableId(text: string): string {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (let i = 0; i < text.length; i++) {
    lo = (lo ^ text.charCodeAt(i)) >>> 0;
    const low = lo * 0x1b3; // < 2^41: exact
    const carry = Math.floor(low / 0x100000000);
    hi = (Math.imul(hi, 0x1b3) + carry + (lo << 8)) >>> 0;
    lo = low >>> 0;
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}

function newAlert(dev: DeviceAlerts, r: EpisodeReport, now: number, late: boolean): Alert {
  const severity = r.severity ?? SEVERITY[r.alertKind];
  const history: HistoryEntry[] = [
    { at: iso(now), by: SYSTEM, action: 'opened', ...(r.openNote ? { note: r.openNote } : {}) },
  ];
  let state: Alert['state'] = 'open';
  if (r.end !== null) {
    state = 'cleared';
    history.push({ at: iso(now), by: SYSTEM, action: 'cleared', ...(r.endNote ? { note: r.endNote } : {}) });
  }
  return {
    alertId: `al_${stableId(`${dev.deviceId}|${r.key}`)}`,
    personId: dev.personId,
    deviceId: dev.deviceId,
    kind: r.alertKind,
    severity,
    rule: {
      ruleId: r.rule.ruleId,
      kind: r.ruleKind,
      citation: r.rule.citation,
      description: r.rule.description,
    },
    condition: r.rule.condition,
    order: r.rule.order,
    zone: r.zone,
    startedAt: iso(r.since),
    endedAt: r.end === null ? null : iso(r.end),
    detectedAt: iso(now),
    late,
    detectionDelaySec: Math.max(0, Math.round((now - r.due) / 1000)),
    evidence: r.evidence,
    confidence: r.confidence,
    state,
    disposition: null,
    history,
  };
}

const ACTIVE = new Set(['open', 'acknowledged', 'escalated']);

/** Apply a new description of the episode to its alert; null when nothing changed. */
function revise(
  a: Alert,
  r: EpisodeReport,
  now: number,
): { alert: Alert; change: AlertChange['change'] } | null {
  const endedAt = r.end === null ? null : iso(r.end);
  const startedAt = iso(r.since);
  const history = a.history;
  let state = a.state;
  let change: AlertChange['change'] = 'updated';
  const extra: HistoryEntry[] = [];
  if (endedAt !== null && a.endedAt === null) {
    if (ACTIVE.has(state)) state = 'cleared';
    extra.push({ at: iso(now), by: SYSTEM, action: 'cleared', ...(r.endNote ? { note: r.endNote } : {}) });
    change = 'cleared';
  } else if (endedAt === null && a.endedAt !== null) {
    if (state === 'cleared') state = 'open';
    extra.push({ at: iso(now), by: SYSTEM, action: 'reopened', note: 'new evidence: the episode goes on' });
    change = 'reopened';
  } else if (endedAt !== null && a.endedAt !== null && endedAt !== a.endedAt) {
    extra.push({
      at: iso(now),
      by: SYSTEM,
      action: 'revised',
      note: `end revised from ${a.endedAt} to ${endedAt}`,
    });
  }
  if (
    extra.length === 0 &&
    startedAt === a.startedAt &&
    r.confidence === a.confidence &&
    r.evidence.eventCount === a.evidence.eventCount &&
    r.evidence.fixes.length === a.evidence.fixes.length
  )
    return null;
  if (startedAt !== a.startedAt)
    extra.push({
      at: iso(now),
      by: SYSTEM,
      action: 'revised',
      note: `start revised from ${a.startedAt} to ${startedAt}`,
    });
  return {
    // Alerts are values: a new history only when it has new entries (most revisions only add evidence).
    alert: revisedAlert(
      a,
      startedAt,
      endedAt,
      state,
      r.confidence,
      r.evidence,
      extra.length === 0 ? history : [...history, ...extra],
    ),
    change,
  };
}

/** Normal (in-order) path: open, update or clear the episode's alert at once. */
export function applyReport(
  book: AlertBook,
  dev: DeviceAlerts,
  r: EpisodeReport,
  now: number,
  changes: Map<string, AlertChange>,
  late = false,
): void {
  const id = dev.episodeAlerts.get(r.key);
  const existing = id ? book.alerts.get(id) : undefined;
  if (!existing) {
    const alert = newAlert(dev, r, now, late);
    book.alerts.set(alert.alertId, alert);
    dev.episodeAlerts.set(r.key, alert.alertId);
    dev.alertIds.push(alert.alertId);
    changes.set(alert.alertId, { change: 'opened', alert });
    return;
  }
  const revised = revise(existing, r, now);
  if (!revised) return;
  book.alerts.set(existing.alertId, revised.alert);
  const prior = changes.get(existing.alertId);
  changes.set(existing.alertId, {
    change: prior?.change === 'opened' ? 'opened' : revised.change,
    alert: revised.alert,
  });
}

const overlaps = (a: Alert, since: number, end: number | null): boolean => {
  const aStart = Date.parse(a.startedAt);
  const aEnd = a.endedAt === null ? Number.POSITIVE_INFINITY : Date.parse(a.endedAt);
  return aStart <= (end ?? Number.POSITIVE_INFINITY) && since <= aEnd;
};

/**
 * After a re-evaluation from `from`: match each episode found with the alert already raised for it (same
 * key, or same rule, zone and kind with overlapping times), revise it; raise the rest as late alerts; and
 * mark alerts the revised data no longer reproduce (they are kept: nothing is deleted).
 */
export function reconcile(
  book: AlertBook,
  dev: DeviceAlerts,
  reports: Map<string, EpisodeReport>,
  from: number,
  now: number,
  changes: Map<string, AlertChange>,
  ruleIds: ReadonlySet<string>,
): void {
  const matched = new Set<string>();
  const sorted = [...reports.values()].sort((a, b) => a.since - b.since);
  for (const r of sorted) {
    let id = dev.episodeAlerts.get(r.key);
    if (!id || matched.has(id)) {
      id = undefined;
      for (const cand of dev.alertIds) {
        if (matched.has(cand)) continue;
        const a = book.alerts.get(cand);
        if (
          !a ||
          a.rule.ruleId !== r.rule.ruleId ||
          a.kind !== r.alertKind ||
          (a.zone?.id ?? null) !== (r.zone?.id ?? null)
        )
          continue;
        if (overlaps(a, r.since, r.end)) {
          id = cand;
          break;
        }
      }
      if (id) dev.episodeAlerts.set(r.key, id);
    }
    if (id) {
      matched.add(id);
      applyReport(book, dev, r, now, changes);
    } else {
      applyReport(book, dev, r, now, changes, true);
      const newId = dev.episodeAlerts.get(r.key);
      if (newId) matched.add(newId);
    }
  }
  for (const id of dev.alertIds) {
    if (matched.has(id)) continue;
    const a = book.alerts.get(id);
    if (!a || !ruleIds.has(a.rule.ruleId)) continue;
    // Episodes that began before the re-evaluated window live on in the restored rule states.
    if (Date.parse(a.startedAt) < from) continue;
    const last = a.history[a.history.length - 1];
    if (last?.action === 'revised' && last.note?.startsWith('re-evaluation')) continue;
    const revised: Alert = {
      ...a,
      history: [
        ...a.history,
        {
          at: iso(now),
          by: SYSTEM,
          action: 'revised',
          note: 're-evaluation with late data no longer reproduces this episode; kept for the record',
        },
      ],
    };
    book.alerts.set(id, revised);
    changes.set(id, { change: 'updated', alert: revised });
  }
}

/** Evidence from a list of ids (first and last 25 kept) and key fixes. */
export interface EvidenceTrail {
  first: bigint[];
  last: bigint[];
  count: number;
  /** The same ids as decimal text, converted once when added (a report lists them on every fix). */
  firstText: string[];
  lastText: string[];
}

export const newTrail = (): EvidenceTrail => ({ first: [], last: [], count: 0, firstText: [], lastText: [] });

export function addToTrail(t: EvidenceTrail, id: bigint): void {
  t.count++;
  if (t.first.length < 25) {
    t.first.push(id);
    t.firstText.push(String(id));
  } else {
    t.last.push(id);
    t.lastText.push(String(id));
    if (t.last.length > 25) {
      t.last.shift();
      t.lastText.shift();
    }
  }
}

export function evidenceFrom(
  trail: EvidenceTrail,
  fixes: (FixSummary | null | undefined)[],
  tolerances: Record<string, number>,
  facts: Record<string, string | number> = {},
  notes: string[] = [],
): AlertEvidence {
  // The first summary of each fix id, in order (a handful: compared directly).
  const list: FixSummary[] = [];
  for (const f of fixes) {
    if (!f) continue;
    let dup = false;
    for (let i = 0; i < list.length; i++)
      if ((list[i] as FixSummary).id === f.id) {
        dup = true;
        break;
      }
    if (!dup) list.push(f);
  }
  const eventIds = trail.firstText.concat(trail.lastText);
  return {
    eventIds,
    eventCount: trail.count,
    fixes: list,
    tolerances,
    facts,
    notes,
  };
}
