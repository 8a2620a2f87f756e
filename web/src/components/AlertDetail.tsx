import { useId, useState } from 'react';
import { datesIn, words } from '../format.ts';
import {
  type ActionBody,
  type Alert,
  type AlertAction,
  type AlertCauseCode,
  monitoringApi,
} from '../monitoring/api.ts';
import { allowedActions, KIND_WORDS, STATE_WORDS, zonedSpan, zonedTime } from '../monitoring/format.ts';
import { ErrorBox } from './ErrorBox.tsx';

export function SeverityBadge({ severity }: { severity: Alert['severity'] }) {
  return <span className={`sev sev-${severity}`}>{severity}</span>;
}

export function StateBadge({ state }: { state: Alert['state'] }) {
  return (
    <span className={`state state-${state}`} title={STATE_WORDS[state]}>
      {state}
    </span>
  );
}

const ACTION_WORDS: Record<AlertAction, string> = {
  acknowledge: 'Acknowledge',
  escalate: 'Escalate',
  resolve: 'Resolve',
  dismiss: 'Dismiss as false alarm',
  notes: 'Add note',
};

/** The causes an officer picks from when resolving or dismissing (the server's `ALERT_CAUSES`). */
export const CAUSES: [AlertCauseCode, string][] = [
  ['participantViolation', 'participant violation'],
  ['deviceFault', 'device or GPS fault'],
  ['communicationLoss', 'communication loss'],
  ['zoneOrScheduleError', 'zone or schedule error'],
  ['officerError', 'officer error'],
  ['other', 'other (say what in the note)'],
];
const CAUSE_WORDS = new Map(CAUSES);

const DISPOSITIONS = [
  'explained — no further action',
  'reported to the court',
  'equipment fault',
  'warned the defendant',
];

/** What the alert says, on what evidence, with which tolerances; its history; and the officer's actions. */
export function AlertDetail({
  alert,
  timeZone,
  onUpdated,
}: {
  alert: Alert;
  timeZone: string;
  onUpdated: (a: Alert) => void;
}) {
  const ev = alert.evidence;
  const facts = Object.entries(ev.facts);
  const tolerances = Object.entries(ev.tolerances);
  return (
    <div className="alert-detail" data-testid={`alert-detail-${alert.alertId}`}>
      <div className="alert-detail-grid">
        <div>
          <dl className="facts">
            <dt>What</dt>
            <dd>
              {KIND_WORDS[alert.kind]} <span className="muted small mono">({alert.kind})</span>
            </dd>
            <dt>When</dt>
            <dd>{zonedSpan(alert.startedAt, alert.endedAt, timeZone)}</dd>
            <dt>Detected</dt>
            <dd>
              {zonedTime(alert.detectedAt, timeZone)}
              {alert.late && (
                <span className="muted">
                  {' '}
                  · from late data, {Math.round(alert.detectionDelaySec / 60)} min after it could first be
                  raised
                </span>
              )}
            </dd>
            <dt>Condition</dt>
            <dd>
              “{alert.condition.text}” <span className="muted small">({words(alert.condition.kind)})</span>
            </dd>
            <dt>Order</dt>
            <dd>{datesIn(alert.order.description)}</dd>
            <dt>Rule</dt>
            <dd>
              {alert.rule.description} <span className="muted small">— {alert.rule.citation}</span>
            </dd>
            {alert.zone && (
              <>
                <dt>Zone</dt>
                <dd>{alert.zone.label}</dd>
              </>
            )}
            <dt>Confidence</dt>
            <dd>{alert.confidence}</dd>
            <dt>Evidence</dt>
            <dd>
              {ev.eventCount} event{ev.eventCount === 1 ? '' : 's'}
              {facts.length > 0 && <> · {facts.map(([k, v]) => `${words(k)}: ${v}`).join(' · ')}</>}
              {tolerances.length > 0 && (
                <div className="muted small">
                  Tolerances: {tolerances.map(([k, v]) => `${words(k)} ${v}`).join(' · ')}
                </div>
              )}
              {ev.notes.map((n) => (
                <div key={n} className="muted small">
                  {n}
                </div>
              ))}
            </dd>
            {alert.disposition && (
              <>
                <dt>Disposition</dt>
                <dd>{alert.disposition}</dd>
              </>
            )}
            {alert.cause && (
              <>
                <dt>Cause</dt>
                <dd>
                  {CAUSE_WORDS.get(alert.cause.code) ?? alert.cause.code}
                  {alert.cause.note && <span className="muted"> — {alert.cause.note}</span>}
                </dd>
              </>
            )}
          </dl>
        </div>
        <div>
          <h4 className="sub">History</h4>
          <ol className="history">
            {alert.history.map((h, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: history is append-only
              <li key={i}>
                <span className="nowrap">{zonedTime(h.at, timeZone)}</span> · <strong>{h.action}</strong>{' '}
                <span className="muted">by {h.by}</span>
                {h.note && <div className="history-note">{h.note}</div>}
              </li>
            ))}
          </ol>
        </div>
      </div>
      <AlertActions alert={alert} onUpdated={onUpdated} />
    </div>
  );
}

function AlertActions({ alert, onUpdated }: { alert: Alert; onUpdated: (a: Alert) => void }) {
  const [note, setNote] = useState('');
  const [disposition, setDisposition] = useState('');
  const [cause, setCause] = useState<AlertCauseCode | ''>('');
  const causeId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | undefined>();
  const [done, setDone] = useState('');
  const noteId = useId();
  const dispId = useId();
  const allowed = allowedActions(alert);
  const run = async (action: AlertAction) => {
    setBusy(true);
    setError(undefined);
    setDone('');
    try {
      const body: ActionBody = {};
      if (note.trim()) body.note = note.trim();
      if ((action === 'resolve' || action === 'dismiss') && disposition) body.disposition = disposition;
      if ((action === 'resolve' || action === 'dismiss') && cause) {
        body.cause = cause;
        if (cause === 'other' && note.trim()) body.causeNote = note.trim();
      }
      const updated = await monitoringApi.act(alert.alertId, action, body);
      setNote('');
      setDone(`${ACTION_WORDS[action]}: done.`);
      onUpdated(updated);
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="alert-actions" onSubmit={(e) => e.preventDefault()} aria-label="Officer's actions">
      <label htmlFor={noteId} className="small">
        Note{' '}
        <span className="muted">(required to resolve a tamper, and to dismiss; recorded with your name)</span>
      </label>
      <textarea
        id={noteId}
        value={note}
        rows={2}
        onChange={(e) => setNote(e.target.value)}
        placeholder="What you did or found"
      />
      <div className="action-row">
        {allowed.map((a) => (
          <button
            key={a}
            type="button"
            className={a === 'acknowledge' ? 'primary' : 'secondary'}
            disabled={busy}
            onClick={() => run(a)}
          >
            {ACTION_WORDS[a]}
          </button>
        ))}
        <button
          type="button"
          className="secondary"
          disabled={busy || !note.trim()}
          onClick={() => run('notes')}
        >
          {ACTION_WORDS.notes}
        </button>
        {(allowed.includes('resolve') || allowed.includes('dismiss')) && (
          <label htmlFor={causeId} className="small disposition">
            Cause{' '}
            <select
              id={causeId}
              value={cause}
              onChange={(e) => setCause(e.target.value as AlertCauseCode | '')}
              required
            >
              <option value="">(required to resolve or dismiss)</option>
              {CAUSES.map(([code, label]) => (
                <option key={code} value={code}>
                  {label}
                </option>
              ))}
            </select>
          </label>
        )}
        {(allowed.includes('resolve') || allowed.includes('dismiss')) && (
          <label htmlFor={dispId} className="small disposition">
            Disposition{' '}
            <select id={dispId} value={disposition} onChange={(e) => setDisposition(e.target.value)}>
              <option value="">(none)</option>
              {DISPOSITIONS.map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </select>
          </label>
        )}
        <span className="action-status small" role="status">
          {done}
        </span>
      </div>
      {error && <ErrorBox error={error} />}
    </form>
  );
}
