import { Fragment, useCallback, useEffect, useMemo, useState } from 'react';
import { Link } from 'wouter';
import { AlertDetail, SeverityBadge, StateBadge } from '../components/AlertDetail.tsx';
import { ErrorBox } from '../components/ErrorBox.tsx';
import { type Alert, type AlertChange, monitoringApi } from '../monitoring/api.ts';
import {
  compareAlerts,
  KIND_WORDS,
  orderLabel,
  SEVERITIES,
  STATE_WORDS,
  STATES,
  stateGroup,
  zonedSpan,
  zoneName,
} from '../monitoring/format.ts';
import { STATUS_WORDS, useAlertStream } from '../monitoring/live.ts';
import { FALLBACK_TZ, usePeople } from '../monitoring/people.ts';

type StateFilter = 'active' | 'all' | Alert['state'];

/** How many closed (resolved or dismissed) alerts the queue loads. */
const CLOSED_SHOWN = 500;

/** The officer's queue: every alert, those needing action first, live. */
export function AlertQueue() {
  const [alerts, setAlerts] = useState<Map<string, Alert>>(new Map());
  const [error, setError] = useState<Error | undefined>();
  const [loaded, setLoaded] = useState(false);
  const [fresh, setFresh] = useState<Set<string>>(new Set());
  const [liveCount, setLiveCount] = useState(0);
  const [open, setOpen] = useState<string | null>(null);
  const [stateFilter, setStateFilter] = useState<StateFilter>('active');
  const [severity, setSeverity] = useState('');
  const [person, setPerson] = useState('');
  const people = usePeople();

  // Every alert that still needs the officer, and the most recent closed ones.
  const [closedCapped, setClosedCapped] = useState(false);
  useEffect(() => {
    Promise.all([
      monitoringApi.alerts({ state: 'open,acknowledged,escalated,cleared', limit: '10000' }),
      monitoringApi.alerts({ state: 'resolved,dismissed', limit: String(CLOSED_SHOWN) }),
    ]).then(
      ([active, closed]) => {
        setClosedCapped(closed.alerts.length >= CLOSED_SHOWN);
        setAlerts((prev) => {
          // Changes that arrived over the stream while the lists loaded are newer: keep them.
          const next = new Map([...active.alerts, ...closed.alerts].map((a) => [a.alertId, a]));
          for (const [id, a] of prev) next.set(id, a);
          return next;
        });
        setLoaded(true);
      },
      (e: Error) => {
        setError(e);
        setLoaded(true);
      },
    );
  }, []);

  const { people: peopleMap, reload: reloadPeople } = people;
  const onChange = useCallback(
    (c: AlertChange) => {
      setAlerts((prev) => new Map(prev).set(c.alert.alertId, c.alert));
      if (c.change === 'opened') {
        setFresh((f) => new Set(f).add(c.alert.alertId));
        setLiveCount((n) => n + 1);
      }
      if (!peopleMap.has(c.alert.personId)) reloadPeople();
    },
    [peopleMap, reloadPeople],
  );
  const status = useAlertStream(onChange);

  const update = useCallback((a: Alert) => setAlerts((prev) => new Map(prev).set(a.alertId, a)), []);

  const shown = useMemo(
    () =>
      [...alerts.values()]
        // The alert the officer has open stays in view while they work on it, whatever its new state.
        .filter(
          (a) =>
            a.alertId === open ||
            ((stateFilter === 'all'
              ? true
              : stateFilter === 'active'
                ? stateGroup(a.state) < 2
                : a.state === stateFilter) &&
              (!severity || a.severity === severity) &&
              (!person || a.personId === person)),
        )
        .sort(compareAlerts),
    [alerts, stateFilter, severity, person, open],
  );
  const active = [...alerts.values()].filter((a) => stateGroup(a.state) === 0);
  const followUp = [...alerts.values()].filter((a) => stateGroup(a.state) === 1).length;
  const critical = [...alerts.values()].filter(
    (a) => a.severity === 'critical' && stateGroup(a.state) < 2,
  ).length;
  const zones = new Set([...peopleMap.values()].map((p) => p.timeZone));
  const sample = shown[0]?.startedAt ?? new Date(0).toISOString();

  return (
    <article data-testid="alert-queue">
      <header className="page-head queue-head">
        <div>
          <h1>Alert queue</h1>
          <p className="muted small">
            Times are in each person’s supervising district:{' '}
            {[...zones].map((z) => zoneName(z, sample)).join(', ') || '—'}.
          </p>
        </div>
        <div className="queue-stats" aria-live="polite">
          <div className="stat">
            <span className="stat-num" data-testid="active-count">
              {active.length}
            </span>
            <span className="stat-label">need action</span>
          </div>
          <div className="stat">
            <span className={`stat-num ${critical > 0 ? 'stat-critical' : ''}`}>{critical}</span>
            <span className="stat-label">critical unresolved</span>
          </div>
          <div className="stat">
            <span className="stat-num" data-testid="followup-count">
              {followUp}
            </span>
            <span className="stat-label">cleared, to follow up</span>
          </div>
          <div className="stat">
            <span className="stat-num" data-testid="live-count">
              {liveCount}
            </span>
            <span className="stat-label">new since opened</span>
          </div>
          <span className={`live live-${status}`} data-testid="stream-status">
            <span className="live-dot" aria-hidden="true" />
            {STATUS_WORDS[status]}
          </span>
        </div>
      </header>

      <fieldset className="controls queue-filters">
        <legend className="sr-only">Filters</legend>
        <label>
          State{' '}
          <select
            value={stateFilter}
            onChange={(e) => setStateFilter(e.target.value as StateFilter)}
            data-testid="filter-state"
          >
            <option value="active">Needs action or follow-up</option>
            <option value="all">All</option>
            {STATES.map((s) => (
              <option key={s} value={s}>
                {STATE_WORDS[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Severity{' '}
          <select
            value={severity}
            onChange={(e) => setSeverity(e.target.value)}
            data-testid="filter-severity"
          >
            <option value="">All</option>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          Person{' '}
          <select value={person} onChange={(e) => setPerson(e.target.value)} data-testid="filter-person">
            <option value="">Everyone</option>
            {[...peopleMap.values()].map((p) => (
              <option key={p.personId} value={p.personId}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <span className="muted small">
          {shown.length} of {alerts.size} shown
          {closedCapped && ` (closed alerts: the ${CLOSED_SHOWN} most recent)`}
        </span>
      </fieldset>

      {error && <ErrorBox error={error} />}
      {people.error && <ErrorBox error={people.error} />}
      {!loaded ? (
        <p className="muted">Loading…</p>
      ) : shown.length === 0 ? (
        <p className="empty">No alerts match these filters.</p>
      ) : (
        <table className="grid queue" data-testid="queue">
          <thead>
            <tr>
              <th>Severity</th>
              <th>Person</th>
              <th>Alert</th>
              <th>Started – ended</th>
              <th>Condition and order</th>
              <th>State</th>
              <th>
                <span className="sr-only">Details</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((a) => {
              const p = peopleMap.get(a.personId);
              const tz = p?.timeZone ?? FALLBACK_TZ;
              const expanded = open === a.alertId;
              return (
                <Fragment key={a.alertId}>
                  <tr
                    className={`queue-row sevrow-${a.severity} ${fresh.has(a.alertId) ? 'fresh' : ''} ${expanded ? 'expanded' : ''}`}
                    data-testid="alert-row"
                    data-alert-id={a.alertId}
                    data-kind={a.kind}
                    data-state={a.state}
                  >
                    <td>
                      <SeverityBadge severity={a.severity} />
                      {fresh.has(a.alertId) && <span className="new-tag">new</span>}
                    </td>
                    <td className="person">
                      <Link href={`/monitoring/people/${encodeURIComponent(a.personId)}`}>
                        {p?.label ?? a.personId}
                      </Link>
                      {p && <div className="muted small">{p.caseCaption}</div>}
                    </td>
                    <td>
                      <strong className="kind" data-testid="alert-kind">
                        {KIND_WORDS[a.kind]}
                      </strong>
                      {a.zone && <div className="small">{a.zone.label}</div>}
                      {a.late && <div className="muted small">raised from late data</div>}
                    </td>
                    <td className="small when" data-testid="alert-when">
                      {zonedSpan(a.startedAt, a.endedAt, tz)}
                    </td>
                    <td className="small">
                      {a.condition.text}
                      <div className="muted">{orderLabel(a.order)}</div>
                    </td>
                    <td>
                      <StateBadge state={a.state} />
                    </td>
                    <td>
                      <button
                        type="button"
                        className="secondary"
                        aria-expanded={expanded}
                        aria-controls={`alert-${a.alertId}`}
                        onClick={() => {
                          setOpen(expanded ? null : a.alertId);
                          setFresh((f) => {
                            const n = new Set(f);
                            n.delete(a.alertId);
                            return n;
                          });
                        }}
                      >
                        {expanded ? 'Close' : 'Open'}
                      </button>
                    </td>
                  </tr>
                  {expanded && (
                    <tr className="detail-row" id={`alert-${a.alertId}`}>
                      <td colSpan={7}>
                        <AlertDetail alert={a} timeZone={tz} onUpdated={update} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      )}
    </article>
  );
}
