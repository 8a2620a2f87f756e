import { Link } from 'wouter';
import { authApi, type CaseloadRow } from '../api.ts';
import { ErrorBox } from '../components/ErrorBox.tsx';
import { longDate } from '../format.ts';
import { useLoad } from '../hooks.ts';

const range = (r: { min: number; max: number }) => (r.min === r.max ? String(r.min) : `${r.min}–${r.max}`);
const CUSTODY: Record<string, string> = {
  inCustody: 'in custody',
  released: 'released',
  fugitive: 'fugitive',
  notArrested: 'not arrested',
  summoned: 'summoned',
  unknown: 'unknown',
};

function Row({ r }: { r: CaseloadRow }) {
  return (
    <tr data-testid="caseload-row">
      <td>
        <Link href={`/cases/${encodeURIComponent(r.caseId)}`}>{r.name}</Link>
        <div className="muted">{r.caption}</div>
      </td>
      <td>{CUSTODY[r.custody] ?? r.custody}</td>
      <td>
        {r.nextDeadline ? (
          <>
            {r.nextDeadline.title}{' '}
            <span className="muted">
              ({longDate(r.nextDeadline.due)}, {r.nextDeadline.daysLeft} days)
            </span>
          </>
        ) : (
          <span className="muted">none upcoming</span>
        )}
      </td>
      <td className="num">
        {r.speedyTrial ? (
          <span title={r.speedyTrial.clock}>
            {range(r.speedyTrial.daysUsed)} used / {range(r.speedyTrial.daysLeft)} left
          </span>
        ) : (
          <span className="muted">{r.problem ? 'not computed' : 'not started'}</span>
        )}
      </td>
      <td className="num">
        {r.personId ? (
          <Link href={`/monitoring/people/${encodeURIComponent(r.personId)}`}>{r.openAlerts} open</Link>
        ) : (
          <span className="muted">not monitored</span>
        )}
      </td>
    </tr>
  );
}

/** The home page: every defendant on the user's caseload, most urgent first. */
export function Caseload() {
  const { data, error, loading } = useLoad('caseload', () => authApi.caseload());
  return (
    <section>
      <div className="page-head">
        <h1>My caseload</h1>
      </div>
      {error && <ErrorBox error={error} />}
      {loading && !data && <p className="muted">Loading…</p>}
      {data && data.rows.length === 0 && <p className="empty">Nobody is on your caseload.</p>}
      {data && data.rows.length > 0 && (
        <table className="grid" data-testid="caseload">
          <thead>
            <tr>
              <th>Defendant</th>
              <th>Custody</th>
              <th>Next deadline</th>
              <th className="num">Speedy Trial days</th>
              <th className="num">Alerts</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((r) => (
              <Row key={`${r.caseId}#${r.defendant}`} r={r} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
