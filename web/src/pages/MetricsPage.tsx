import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import type { AlertCauseCode, Severity } from '../../../src/contract.ts';
import { CAUSES } from '../components/AlertDetail.tsx';
import { DateInput } from '../components/DateInput.tsx';
import { ErrorBox } from '../components/ErrorBox.tsx';
import { dateTime } from '../format.ts';
import { useLoad } from '../hooks.ts';
import { metricsUrl, monitoringApi, type TriageReport } from '../monitoring/api.ts';
import { SEVERITY_ORDER } from '../monitoring/format.ts';

type Group = TriageReport['bySeverity'][number];
type CauseRow = TriageReport['causesByPerson'][number];

/** Every instant on this page: `Mon May 4, 2026, 07:00 UTC`. */
function instant(iso: string): string {
  return dateTime(iso, 'UTC');
}

/** Seconds as an officer reads a wait: `45 s`, `12 min`, `3 h 05 min`, `2 d 4 h`. */
export function duration(sec: number | null): string {
  if (sec === null) return '—';
  const s = Math.round(sec);
  if (s < 60) return `${s} s`;
  const min = Math.floor(s / 60);
  if (min < 60) return `${min} min`;
  const h = Math.floor(min / 60);
  if (h < 24) return `${h} h ${String(min % 60).padStart(2, '0')} min`;
  return `${Math.floor(h / 24)} d ${h % 24} h`;
}

const rate = (n: number) => (n === 0 ? '0' : n < 0.01 ? '< 0.01' : n.toFixed(2));

function ResponseTable({
  id,
  title,
  groupLabel,
  groups,
}: {
  id: string;
  title: string;
  groupLabel: string;
  groups: Group[];
}) {
  return (
    <section className="metrics-table">
      <h2>{title}</h2>
      {groups.length === 0 ? (
        <p className="empty">No alerts in the period.</p>
      ) : (
        <table className="grid" data-testid={`metrics-${id}`}>
          <thead>
            <tr>
              <th>{groupLabel}</th>
              <th className="num">Alerts</th>
              <th className="num">Acknowledged</th>
              <th className="num">To acknowledge, median</th>
              <th className="num">95th percentile</th>
              <th className="num">Resolved or dismissed</th>
              <th className="num">To resolve, median</th>
              <th className="num">95th percentile</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr key={g.key} data-testid={`metrics-${id}-row`}>
                <td>{g.key}</td>
                <td className="num">{g.alerts}</td>
                <td className="num">{g.acknowledged}</td>
                <td className="num">{duration(g.ackMedianSec)}</td>
                <td className="num">{duration(g.ackP95Sec)}</td>
                <td className="num">{g.closed}</td>
                <td className="num">{duration(g.closeMedianSec)}</td>
                <td className="num">{duration(g.closeP95Sec)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

const causeTotal = (r: CauseRow) => Object.values(r.counts).reduce((a, b) => a + b, 0);

function CauseTable({
  id,
  title,
  groupLabel,
  rows,
  link,
}: {
  id: string;
  title: string;
  groupLabel: string;
  rows: CauseRow[];
  link?: boolean;
}) {
  const columns: [AlertCauseCode | 'none', string][] = [
    ...CAUSES.map(([code, label]): [AlertCauseCode, string] => [code, code === 'other' ? 'other' : label]),
    ['none', 'no cause recorded'],
  ];
  return (
    <section className="metrics-table">
      <h2>{title}</h2>
      {rows.length === 0 ? (
        <p className="empty">No alert was resolved or dismissed in the period.</p>
      ) : (
        <table className="grid" data-testid={`metrics-${id}`}>
          <thead>
            <tr>
              <th>{groupLabel}</th>
              <th className="num">Closed</th>
              {columns.map(([code, label]) => (
                <th key={code} className="num">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} data-testid={`metrics-${id}-row`}>
                <td>
                  {link ? (
                    <Link href={`/monitoring/people/${encodeURIComponent(r.key)}`}>{r.label}</Link>
                  ) : (
                    r.label
                  )}
                </td>
                <td className="num">{causeTotal(r)}</td>
                {columns.map(([code]) => (
                  <td key={code} className="num">
                    {r.counts[code]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** `2026-05-04` → the instant that day begins in UTC, as the API takes it. */
const dayStart = (day: string) => `${day}T00:00:00Z`;
/** The day after `day` (the period's end is exclusive: the last day chosen is counted whole). */
function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
function previousDay(iso: string): string {
  const d = new Date(iso);
  // An end at midnight closes the day before; any later instant falls on its own day.
  if (iso.slice(11, 19) === '00:00:00') d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Alert triage figures for supervisors and officers (`GET /api/v1/monitoring/metrics`): how fast alerts are
 * acknowledged and closed, per severity, caseload and officer; alerts per person per day; the causes given
 * when closing them. The period defaults to the server's (the 30 days before now); days are UTC days.
 */
export function MetricsPage() {
  const [period, setPeriod] = useState<{ from: string; to: string } | null>(null);
  const [draft, setDraft] = useState<{ from: string; to: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const { data, error, loading } = useLoad(`metrics:${period?.from ?? ''}:${period?.to ?? ''}`, () =>
    monitoringApi.metrics(period ?? {}),
  );
  const shown = draft ?? (data ? { from: data.from.slice(0, 10), to: previousDay(data.to) } : null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!shown) return;
    if (!shown.from || !shown.to || shown.from > shown.to) {
      setProblem('The first day must be on or before the last day.');
      return;
    }
    setProblem(null);
    setPeriod({ from: dayStart(shown.from), to: dayStart(nextDay(shown.to)) });
  };
  const severities = data
    ? [...data.bySeverity].sort(
        (a, b) => SEVERITY_ORDER[a.key as Severity] - SEVERITY_ORDER[b.key as Severity],
      )
    : [];
  return (
    <section>
      <div className="page-head">
        <h1>Alert response metrics</h1>
        {data && (
          <a
            className="button"
            href={metricsUrl({ from: data.from, to: data.to, format: 'csv' })}
            download
            data-testid="metrics-csv"
          >
            Export CSV
          </a>
        )}
      </div>
      {shown && (
        <form className="controls" onSubmit={submit} data-testid="metrics-period">
          <label>
            First day <DateInput value={shown.from} onChange={(v) => setDraft({ ...shown, from: v })} />
          </label>
          <label>
            Last day <DateInput value={shown.to} onChange={(v) => setDraft({ ...shown, to: v })} />
          </label>
          <button type="submit">Show</button>
          {problem && (
            <span className="error-text" role="alert">
              {problem}
            </span>
          )}
        </form>
      )}
      {error && <ErrorBox error={error} />}
      {loading && !data && <p className="muted">Loading…</p>}
      {data && (
        <>
          <p data-testid="metrics-summary">
            Alerts detected from <strong>{instant(data.from)}</strong> to <strong>{instant(data.to)}</strong>{' '}
            ({rate(data.days)} days):{' '}
            <strong data-testid="metrics-per-person-day">{rate(data.alertsPerPersonPerDay)}</strong> alerts
            per person per day. Times run from the alert’s detection to the first acknowledgement, and to its
            resolution or dismissal; percentiles are nearest-rank.
          </p>
          <ResponseTable id="severity" title="By severity" groupLabel="Severity" groups={severities} />
          <ResponseTable
            id="caseload"
            title="By caseload"
            groupLabel="Supervising officer"
            groups={data.byCaseload}
          />
          <ResponseTable
            id="officer"
            title="By officer who acted"
            groupLabel="Officer"
            groups={data.byOfficer}
          />
          <section className="metrics-table">
            <h2>Alerts per person</h2>
            {data.people.length === 0 ? (
              <p className="empty">Nobody is enrolled.</p>
            ) : (
              <table className="grid" data-testid="metrics-people">
                <thead>
                  <tr>
                    <th>Person</th>
                    <th>Supervising officer</th>
                    <th className="num">Alerts</th>
                    <th className="num">Per day</th>
                  </tr>
                </thead>
                <tbody>
                  {data.people.map((p) => (
                    <tr key={p.personId} data-testid="metrics-people-row">
                      <td>
                        <Link href={`/monitoring/people/${encodeURIComponent(p.personId)}`}>{p.label}</Link>
                      </td>
                      <td>{p.officer ?? <span className="muted">none named</span>}</td>
                      <td className="num">{p.alerts}</td>
                      <td className="num">{rate(p.perDay)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <CauseTable
            id="causes-caseload"
            title="Causes given, by caseload"
            groupLabel="Supervising officer"
            rows={data.causesByCaseload}
          />
          <CauseTable
            id="causes-person"
            title="Causes given, by person"
            groupLabel="Person"
            rows={data.causesByPerson}
            link
          />
        </>
      )}
    </section>
  );
}
