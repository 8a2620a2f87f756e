import { Link } from 'wouter';
import { api } from '../api.ts';
import { ErrorBox } from '../components/ErrorBox.tsx';
import { useLoad } from '../hooks.ts';

export function CaseList() {
  const { data, error, loading } = useLoad('cases', () => api.listCases());
  return (
    <section>
      <div className="page-head">
        <h1>Cases</h1>
        <Link href="/import" className="button">
          Import a docket
        </Link>
      </div>
      {error && <ErrorBox error={error} />}
      {loading && !data && <p className="muted">Loading…</p>}
      {data && data.cases.length === 0 && (
        <p className="empty">
          No cases yet. <Link href="/import">Import a docket</Link> (PACER HTML or CourtListener JSON) to
          begin.
        </p>
      )}
      {data && data.cases.length > 0 && (
        <table className="grid" data-testid="case-list">
          <thead>
            <tr>
              <th>Case</th>
              <th>Court</th>
              <th>Docket number</th>
              <th className="num">Defendants</th>
              <th className="num">Entries</th>
              <th className="num">Events</th>
            </tr>
          </thead>
          <tbody>
            {data.cases.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link href={`/cases/${c.id}`}>{c.caption}</Link>
                  {c.fictional && <span className="badge muted-badge">fictional</span>}
                </td>
                <td>{c.district}</td>
                <td className="mono">{c.docketNumber}</td>
                <td className="num">{c.defendants}</td>
                <td className="num">{c.docketEntries}</td>
                <td className="num">{c.events}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
