/**
 * Alert triage figures (docs/monitoring.md § 5.3), from the stored alerts and their histories: how fast
 * officers acknowledge and close alerts (median and 95th percentile, per officer, per caseload, per
 * severity), how many alerts each person draws a day, and what caused the alerts closed (per person and per
 * caseload). Pure: the alerts, the people and the period are arguments.
 */
import { ALERT_CAUSES, type Alert, type AlertCauseCode } from '../../monitoring/alerts.ts';

export interface TriagePerson {
  personId: string;
  label: string;
  /** The supervising officer (the caseload); null when the enrollment names none. */
  officer: string | null;
}

export interface ResponseGroup {
  key: string;
  /** Alerts detected in the period in this group. */
  alerts: number;
  /** Of them, acknowledged; seconds from detection to the first acknowledgement (null: none). */
  acknowledged: number;
  ackMedianSec: number | null;
  ackP95Sec: number | null;
  /** Of them, resolved or dismissed; seconds from detection to that. */
  closed: number;
  closeMedianSec: number | null;
  closeP95Sec: number | null;
}

export interface CauseRow {
  key: string;
  label: string;
  /** Alerts closed in the period, by cause, and those closed without one (before causes were asked). */
  counts: Record<AlertCauseCode | 'none', number>;
}

export interface PersonRate {
  personId: string;
  label: string;
  officer: string | null;
  alerts: number;
  perDay: number;
}

export interface TriageReport {
  from: string;
  to: string;
  days: number;
  /** Per officer who acted (acknowledged or closed); per caseload (the supervising officer); per severity. */
  byOfficer: ResponseGroup[];
  byCaseload: ResponseGroup[];
  bySeverity: ResponseGroup[];
  alertsPerPersonPerDay: number;
  people: PersonRate[];
  causesByPerson: CauseRow[];
  causesByCaseload: CauseRow[];
}

export const UNASSIGNED = '(no officer named)';

/** The nearest-rank percentile of ascending values (null when there are none). */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1] as number;
}

interface Times {
  alerts: number;
  ack: number[];
  close: number[];
}

const newTimes = (): Times => ({ alerts: 0, ack: [], close: [] });

function group(key: string, t: Times): ResponseGroup {
  const ack = [...t.ack].sort((a, b) => a - b);
  const close = [...t.close].sort((a, b) => a - b);
  return {
    key,
    alerts: t.alerts,
    acknowledged: ack.length,
    ackMedianSec: percentile(ack, 50),
    ackP95Sec: percentile(ack, 95),
    closed: close.length,
    closeMedianSec: percentile(close, 50),
    closeP95Sec: percentile(close, 95),
  };
}

const emptyCounts = (): Record<AlertCauseCode | 'none', number> =>
  Object.fromEntries([...ALERT_CAUSES, 'none'].map((c) => [c, 0])) as Record<AlertCauseCode | 'none', number>;

const byKey = <T extends { key: string }>(rows: T[]) => rows.sort((a, b) => (a.key < b.key ? -1 : 1));

/** The triage figures of the alerts detected in [from, to) (epoch ms). */
export function triageReport(
  alerts: readonly Alert[],
  people: readonly TriagePerson[],
  from: number,
  to: number,
): TriageReport {
  const who = new Map(people.map((p) => [p.personId, p]));
  const officers = new Map<string, Times>();
  const caseloads = new Map<string, Times>();
  const severities = new Map<string, Times>();
  const perPerson = new Map<string, number>();
  const causesPerson = new Map<string, CauseRow>();
  const causesCaseload = new Map<string, CauseRow>();
  const at = <K>(m: Map<K, Times>, k: K) => {
    let t = m.get(k);
    if (!t) {
      t = newTimes();
      m.set(k, t);
    }
    return t;
  };
  for (const a of alerts) {
    const detected = Date.parse(a.detectedAt);
    if (!(detected >= from && detected < to)) continue;
    const person = who.get(a.personId);
    const caseload = person?.officer ?? UNASSIGNED;
    perPerson.set(a.personId, (perPerson.get(a.personId) ?? 0) + 1);
    const ack = a.history.find((h) => h.action === 'acknowledged');
    const close = a.history.find((h) => h.action === 'resolved' || h.action === 'dismissed');
    // On the engine's clock: a replay's officer steps are timed against its device events.
    const ackSec = ack ? (Date.parse(ack.clockAt ?? ack.at) - detected) / 1000 : null;
    const closeSec = close ? (Date.parse(close.clockAt ?? close.at) - detected) / 1000 : null;
    for (const t of [at(caseloads, caseload), at(severities, a.severity)]) {
      t.alerts++;
      if (ackSec !== null) t.ack.push(ackSec);
      if (closeSec !== null) t.close.push(closeSec);
    }
    // Per officer who acted: the acknowledgement counts for its officer, the closing for its own.
    const actors = new Set([ack?.by, close?.by].filter((b): b is string => b !== undefined));
    for (const by of actors) {
      const t = at(officers, by);
      t.alerts++;
      if (ackSec !== null && ack?.by === by) t.ack.push(ackSec);
      if (closeSec !== null && close?.by === by) t.close.push(closeSec);
    }
    if (close) {
      const code = a.cause?.code ?? 'none';
      for (const [m, key, label] of [
        [causesPerson, a.personId, person?.label ?? a.personId],
        [causesCaseload, caseload, caseload],
      ] as const) {
        let row = m.get(key);
        if (!row) {
          row = { key, label, counts: emptyCounts() };
          m.set(key, row);
        }
        row.counts[code]++;
      }
    }
  }
  const days = Math.max(1e-9, (to - from) / 86_400_000);
  const rates: PersonRate[] = people.map((p) => {
    const n = perPerson.get(p.personId) ?? 0;
    return { personId: p.personId, label: p.label, officer: p.officer, alerts: n, perDay: n / days };
  });
  const total = rates.reduce((n, r) => n + r.alerts, 0);
  return {
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
    days,
    byOfficer: byKey([...officers].map(([k, t]) => group(k, t))),
    byCaseload: byKey([...caseloads].map(([k, t]) => group(k, t))),
    bySeverity: byKey([...severities].map(([k, t]) => group(k, t))),
    alertsPerPersonPerDay: people.length === 0 ? 0 : total / people.length / days,
    people: rates.sort((a, b) => b.alerts - a.alerts || (a.personId < b.personId ? -1 : 1)),
    causesByPerson: byKey([...causesPerson.values()]),
    causesByCaseload: byKey([...causesCaseload.values()]),
  };
}

/** A CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180). */
function field(v: string | number | null): string {
  if (v === null) return '';
  const s = typeof v === 'number' ? String(Math.round(v * 1000) / 1000) : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const line = (values: (string | number | null)[]) => values.map(field).join(',');

/** The report as CSV: one table, its rows tagged by what they group (RFC 4180, header first). */
export function triageCsv(r: TriageReport): string {
  const rows: string[] = [
    line([
      'table',
      'key',
      'label',
      'alerts',
      'acknowledged',
      'ack_median_s',
      'ack_p95_s',
      'closed',
      'close_median_s',
      'close_p95_s',
      'alerts_per_day',
      ...ALERT_CAUSES.map((c) => `cause_${c}`),
      'cause_none',
    ]),
  ];
  const blanks = (n: number) => Array.from({ length: n }, () => null);
  for (const [table, groups] of [
    ['officer', r.byOfficer],
    ['caseload', r.byCaseload],
    ['severity', r.bySeverity],
  ] as const)
    for (const g of groups)
      rows.push(
        line([
          table,
          g.key,
          g.key,
          g.alerts,
          g.acknowledged,
          g.ackMedianSec,
          g.ackP95Sec,
          g.closed,
          g.closeMedianSec,
          g.closeP95Sec,
          ...blanks(1 + ALERT_CAUSES.length + 1),
        ]),
      );
  for (const p of r.people)
    rows.push(
      line([
        'person',
        p.personId,
        p.label,
        p.alerts,
        ...blanks(6),
        p.perDay,
        ...blanks(ALERT_CAUSES.length + 1),
      ]),
    );
  for (const [table, causes] of [
    ['causes_person', r.causesByPerson],
    ['causes_caseload', r.causesByCaseload],
  ] as const)
    for (const c of causes)
      rows.push(
        line([table, c.key, c.label, ...blanks(8), ...ALERT_CAUSES.map((k) => c.counts[k]), c.counts.none]),
      );
  return `${rows.join('\r\n')}\r\n`;
}
