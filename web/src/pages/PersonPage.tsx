import { useCallback, useEffect, useMemo, useState } from 'react';
import { Temporal } from 'temporal-polyfill';
import { Link } from 'wouter';
import { AlertDetail, SeverityBadge, StateBadge } from '../components/AlertDetail.tsx';
import { DateInput, DateTimeInput } from '../components/DateInput.tsx';
import { ErrorBox } from '../components/ErrorBox.tsx';
import { MonitorMap } from '../components/MonitorMap.tsx';
import { longDate, words } from '../format.ts';
import { useLoad } from '../hooks.ts';
import {
  type Alert,
  type AlertChange,
  type Fix,
  monitoringApi,
  type PersonView,
  reportUrl,
} from '../monitoring/api.ts';
import {
  addHours,
  compareAlerts,
  fromLocalInput,
  KIND_WORDS,
  localDate,
  localDayBounds,
  toLocalInput,
  zonedSpan,
  zonedTime,
  zoneName,
} from '../monitoring/format.ts';
import { STATUS_WORDS, useAlertStream } from '../monitoring/live.ts';
import { timeZoneFor } from '../monitoring/people.ts';

/** One supervised person: who, the conditions in force, the map, the alerts, and the report for the court. */
export function PersonPage({ personId }: { personId: string }) {
  const { data, error } = useLoad(`person:${personId}`, async () => {
    const [person, config] = await Promise.all([monitoringApi.person(personId), monitoringApi.config()]);
    const timeZone = await timeZoneFor(person.caseId, person.defendant, person.timeZone);
    return { person, config, timeZone };
  });
  if (error) return <ErrorBox error={error} />;
  if (!data) return <p className="muted">Loading…</p>;
  return <PersonDetail person={data.person} config={data.config} timeZone={data.timeZone} />;
}

function PersonDetail({
  person,
  config,
  timeZone,
}: {
  person: PersonView;
  config: { mapTileUrl: string | null; mapAttribution: string | null };
  timeZone: string;
}) {
  const [alerts, setAlerts] = useState<Map<string, Alert>>(new Map());
  const [alertsError, setAlertsError] = useState<Error | undefined>();
  const [selected, setSelected] = useState<string | null>(null);
  const [lastFixAt, setLastFixAt] = useState<string | null>(person.lastFix?.at ?? null);
  // The default period: the last day that has a track (the district's calendar day of the last fix), not the
  // wall clock's day.
  const anchor = lastFixAt ?? new Date().toISOString();
  const [period, setPeriod] = useState(() => localDayBounds(localDate(anchor, timeZone), timeZone));

  useEffect(() => {
    monitoringApi.alerts({ personId: person.personId }).then(
      ({ alerts }) =>
        setAlerts((prev) => {
          const next = new Map(alerts.map((a) => [a.alertId, a]));
          for (const [id, a] of prev) next.set(id, a);
          return next;
        }),
      setAlertsError,
    );
  }, [person.personId]);

  const status = useAlertStream(
    useCallback(
      (c: AlertChange) => {
        if (c.alert.personId !== person.personId) return;
        setAlerts((prev) => new Map(prev).set(c.alert.alertId, c.alert));
        const latest = c.alert.evidence.fixes.at(-1)?.at;
        if (latest) setLastFixAt((prev) => (prev === null || latest > prev ? latest : prev));
      },
      [person.personId],
    ),
  );

  const list = useMemo(() => [...alerts.values()].sort(compareAlerts), [alerts]);
  const inPeriod = useMemo(
    () => list.filter((a) => a.startedAt <= period.to && (a.endedAt === null || a.endedAt >= period.from)),
    [list, period],
  );
  const track = useLoad(`track:${person.personId}:${period.from}:${period.to}`, () =>
    monitoringApi.track(person.personId, period.from, period.to),
  );
  const fixes: Fix[] = track.data?.fixes ?? [];
  const chosen = selected ? alerts.get(selected) : undefined;

  const showAlert = (a: Alert) => {
    setSelected(a.alertId);
    // Show the alert's episode on the map: from an hour before it started to an hour after it ended.
    const end = a.endedAt ?? a.detectedAt;
    if (a.startedAt < period.from || end > period.to)
      setPeriod({ from: addHours(a.startedAt, -1), to: addHours(end, 1) });
    document.getElementById('selected-alert')?.scrollIntoView({ block: 'nearest' });
  };

  return (
    <article data-testid="person-page">
      <header className="case-head person-head">
        <p className="muted small">
          <Link href="/monitoring">Alert queue</Link> › {person.label}
        </p>
        <h1>{person.label}</h1>
        <p className="muted">
          <Link href={`/cases/${encodeURIComponent(person.caseId)}`}>{person.caseCaption}</Link> · defendant (
          {person.defendant}) · device <span className="mono">{person.enrollment.device.id}</span> · last fix{' '}
          <span data-testid="last-fix">{lastFixAt ? zonedTime(lastFixAt, timeZone) : 'none yet'}</span>
        </p>
        <p className="muted small">
          Times in {zoneName(timeZone, lastFixAt ?? new Date().toISOString())} ·{' '}
          <span className={`live live-${status}`}>
            <span className="live-dot" aria-hidden="true" />
            {STATUS_WORDS[status]}
          </span>
        </p>
      </header>

      <div className="person-grid">
        <section className="card map-card" aria-labelledby="map-h">
          <div className="card-head">
            <h2 id="map-h">Map</h2>
            <PeriodControls
              period={period}
              timeZone={timeZone}
              anchor={anchor}
              onChange={setPeriod}
              count={track.loading ? null : fixes.length}
            />
          </div>
          <WeekTimeline
            personId={person.personId}
            anchor={anchor}
            timeZone={timeZone}
            period={period}
            onChange={setPeriod}
          />
          {track.error && <ErrorBox error={track.error} />}
          <MonitorMap
            config={config}
            zones={person.zones.features}
            track={fixes}
            alerts={inPeriod}
            timeZone={timeZone}
            selected={selected}
            onSelect={(id) => {
              setSelected(id);
              document.getElementById('selected-alert')?.scrollIntoView({ block: 'nearest' });
            }}
          />
        </section>

        <section className="card conditions-card" aria-labelledby="cond-h">
          <h2 id="cond-h">Conditions in force</h2>
          <ul className="conditions" data-testid="conditions">
            {person.conditions.map((c) => (
              <li key={c.id}>
                <strong>{words(c.kind)}</strong>
                <div>{c.text}</div>
                <div className="muted small">
                  Order of {longDate(c.order.date)}
                  {c.order.docketEntry ? (
                    <>
                      {' '}
                      ·{' '}
                      <Link href={`/cases/${encodeURIComponent(person.caseId)}#docket`}>
                        {c.order.docketEntry.number !== null
                          ? `ECF No. ${c.order.docketEntry.number}`
                          : 'minute entry'}
                      </Link>
                    </>
                  ) : (
                    ' · no docket entry'
                  )}
                </div>
              </li>
            ))}
            {person.conditions.length === 0 && <li className="muted">No conditions in force.</li>}
          </ul>
          {person.absences.length > 0 && (
            <>
              <h3>Approved absences</h3>
              <ul className="absences small">
                {person.absences.map((a) => (
                  <li key={a.id}>
                    {words(a.category)}: {zonedSpan(a.from, a.to, timeZone)}
                    {a.destination && <span className="muted"> · {a.destination.label}</span>}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      </div>

      <section className="card" id="selected-alert" aria-labelledby="sel-h">
        <h2 id="sel-h">{chosen ? KIND_WORDS[chosen.kind] : 'Alert details'}</h2>
        {chosen ? (
          <AlertDetail
            alert={chosen}
            timeZone={timeZone}
            onUpdated={(a) => setAlerts((prev) => new Map(prev).set(a.alertId, a))}
          />
        ) : (
          <p className="muted small">Choose an alert below, or click an alert point on the map.</p>
        )}
      </section>

      <section className="card" aria-labelledby="alerts-h">
        <h2 id="alerts-h">Alerts ({list.length})</h2>
        {alertsError && <ErrorBox error={alertsError} />}
        {list.length === 0 ? (
          <p className="muted small">No alerts.</p>
        ) : (
          <table className="grid queue" data-testid="person-alerts">
            <tbody>
              {list.map((a) => (
                <tr
                  key={a.alertId}
                  className={`queue-row sevrow-${a.severity} ${a.alertId === selected ? 'expanded' : ''}`}
                  data-testid="person-alert-row"
                  data-kind={a.kind}
                >
                  <td>
                    <SeverityBadge severity={a.severity} />
                  </td>
                  <td>
                    <strong>{KIND_WORDS[a.kind]}</strong>
                    {a.zone && <div className="small">{a.zone.label}</div>}
                  </td>
                  <td className="small">{zonedSpan(a.startedAt, a.endedAt, timeZone)}</td>
                  <td>
                    <StateBadge state={a.state} />
                  </td>
                  <td>
                    <button type="button" className="secondary" onClick={() => showAlert(a)}>
                      Show
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <ReportForm person={person} timeZone={timeZone} anchor={anchor} />
    </article>
  );
}

/**
 * The week up to the last day with data, one button a day (the district's calendar days), each with how many
 * fixes it has: a click shows that day on the map.
 */
function WeekTimeline({
  personId,
  anchor,
  timeZone,
  period,
  onChange,
}: {
  personId: string;
  anchor: string;
  timeZone: string;
  period: { from: string; to: string };
  onChange: (p: { from: string; to: string }) => void;
}) {
  const lastDay = localDate(anchor, timeZone);
  const days = useMemo(() => {
    const last = Temporal.PlainDate.from(lastDay);
    return Array.from({ length: 7 }, (_, i) => last.subtract({ days: 6 - i }));
  }, [lastDay]);
  const weekFrom = localDayBounds((days[0] as Temporal.PlainDate).toString(), timeZone).from;
  const weekTo = localDayBounds(lastDay, timeZone).to;
  const week = useLoad(`week:${personId}:${weekFrom}:${weekTo}`, () =>
    monitoringApi.track(personId, weekFrom, weekTo),
  );
  const counts = useMemo(() => {
    const c = new Map<string, number>();
    for (const f of week.data?.fixes ?? []) {
      const d = localDate(f.at, timeZone);
      c.set(d, (c.get(d) ?? 0) + 1);
    }
    return c;
  }, [week.data, timeZone]);
  const most = Math.max(1, ...counts.values());
  return (
    <ol className="week-timeline" aria-label="The week: choose a day" data-testid="week-timeline">
      {days.map((d) => {
        const day = d.toString();
        const bounds = localDayBounds(day, timeZone);
        const n = week.data ? (counts.get(day) ?? 0) : null;
        const chosen = period.from === bounds.from && period.to === bounds.to;
        // The app's date form without the year (the week is shown above): `Mon May 4`.
        const name = longDate(day).replace(/, \d{4}$/, '');
        return (
          <li key={day}>
            <button
              type="button"
              className={chosen ? 'day chosen' : 'day'}
              aria-pressed={chosen}
              data-testid={`day-${day}`}
              title={n === null ? longDate(day) : `${longDate(day)}: ${n} fixes`}
              onClick={() => onChange(bounds)}
            >
              <span className="day-name">{name}</span>
              <span className="day-bar" aria-hidden="true">
                <span style={{ height: `${n ? Math.max(8, Math.round((100 * n) / most)) : 0}%` }} />
              </span>
              <span className="day-count small muted">{n === null ? '…' : n === 0 ? 'no track' : n}</span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}

function PeriodControls({
  period,
  timeZone,
  anchor,
  onChange,
  count,
}: {
  period: { from: string; to: string };
  timeZone: string;
  anchor: string;
  onChange: (p: { from: string; to: string }) => void;
  count: number | null;
}) {
  const [from, setFrom] = useState(toLocalInput(period.from, timeZone));
  const [to, setTo] = useState(toLocalInput(period.to, timeZone));
  const [problem, setProblem] = useState('');
  useEffect(() => {
    setFrom(toLocalInput(period.from, timeZone));
    setTo(toLocalInput(period.to, timeZone));
  }, [period, timeZone]);
  const apply = (f: string, t: string) => {
    const a = fromLocalInput(f, timeZone);
    const b = fromLocalInput(t, timeZone);
    if (!a || !b) return setProblem('Enter both times.');
    if (a >= b) return setProblem('The period must end after it starts.');
    setProblem('');
    onChange({ from: a, to: b });
  };
  return (
    <form
      className="controls period"
      onSubmit={(e) => {
        e.preventDefault();
        apply(from, to);
      }}
      aria-label="Track period"
    >
      <label>
        From <DateTimeInput value={from} onChange={setFrom} label="From" data-testid="track-from" />
      </label>
      <label>
        to <DateTimeInput value={to} onChange={setTo} label="To" data-testid="track-to" />
      </label>
      <button type="submit" className="secondary">
        Show
      </button>
      <button
        type="button"
        className="secondary"
        onClick={() => onChange({ from: addHours(anchor, -24), to: anchor })}
      >
        Last 24 h of data
      </button>
      <span className="muted small track-count" data-testid="track-count">
        {problem ? (
          <span className="error-inline">{problem}</span>
        ) : count === null ? (
          'loading…'
        ) : (
          `${count} fixes`
        )}
      </span>
    </form>
  );
}

function ReportForm({ person, timeZone, anchor }: { person: PersonView; timeZone: string; anchor: string }) {
  const last = localDate(anchor, timeZone);
  const [from, setFrom] = useState(() => localDate(addHours(anchor, -24 * 6), timeZone));
  const [to, setTo] = useState(last);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to;
  const range = valid
    ? { from: localDayBounds(from, timeZone).from, to: localDayBounds(to, timeZone).to }
    : null;
  return (
    <section className="card" aria-labelledby="report-h" data-testid="report">
      <h2 id="report-h">Violation report for the court</h2>
      <p className="muted small">
        A factual report for § 3148 proceedings: each alert of the period with its times, place, the condition
        and order, the evidence and tolerances, device health, and the officer’s notes. Days are read in{' '}
        {timeZone}.
      </p>
      <form
        className="controls"
        onSubmit={(e) => {
          e.preventDefault();
          if (range) window.open(reportUrl(person.personId, range.from, range.to, 'html'), '_blank');
        }}
      >
        <label>
          From <DateInput value={from} onChange={setFrom} data-testid="report-from" />
        </label>
        <label>
          to <DateInput value={to} onChange={setTo} data-testid="report-to" />
        </label>
        {range ? (
          <>
            <a
              className="button"
              href={reportUrl(person.personId, range.from, range.to, 'html')}
              target="_blank"
              rel="noreferrer"
              data-testid="report-html"
            >
              Open the report
            </a>
            <a
              className="button secondary-link"
              href={reportUrl(person.personId, range.from, range.to, 'pdf')}
              download={`violation-report-${person.personId}-${from}-${to}.pdf`}
              data-testid="report-pdf"
            >
              Download PDF
            </a>
          </>
        ) : (
          <span className="error-inline small">The period must end on or after the day it starts.</span>
        )}
      </form>
    </section>
  );
}
