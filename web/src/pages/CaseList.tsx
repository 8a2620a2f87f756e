import { useState } from 'react';
import { Link } from 'wouter';
import { api, authApi, type CaseloadRow, type CaseSummary } from '../api.ts';
import { ErrorBox } from '../components/ErrorBox.tsx';
import { CUSTODY, longDate } from '../format.ts';
import { useLoad } from '../hooks.ts';

const range = (min: number, max: number) => (min === max ? String(min) : `${min}–${max}`);

/** One case's status from its defendants' caseload rows: custody, the nearest deadline, the tightest clock. */
interface CaseStatus {
  names: string[];
  custody: Map<string, number>;
  next: { title: string; due: string; daysLeft: number } | null;
  /** The fewest Speedy Trial days left of any defendant: a range where the record leaves days unknown. */
  clock: { min: number; max: number; name: string; mayHaveRun: boolean } | null;
  problem: string | null;
}

function statusOf(rows: CaseloadRow[]): CaseStatus {
  const s: CaseStatus = { names: [], custody: new Map(), next: null, clock: null, problem: null };
  for (const r of rows) {
    s.names.push(r.name);
    s.custody.set(r.custody, (s.custody.get(r.custody) ?? 0) + 1);
    if (r.nextDeadline && (!s.next || r.nextDeadline.daysLeft < s.next.daysLeft)) s.next = r.nextDeadline;
    const st = r.speedyTrial;
    if (st && (!s.clock || st.daysLeft.min < s.clock.min)) {
      s.clock = {
        min: st.daysLeft.min,
        max: st.daysLeft.max,
        name: r.name,
        mayHaveRun: st.status === 'mayHaveRun' || st.status === 'expired',
      };
    }
    s.problem ??= r.problem;
  }
  return s;
}

type CustodyFilter = 'any' | 'inCustody' | 'released';
type ClockFilter = 'any' | '30' | '10';

export function CaseList() {
  const { data, error, loading } = useLoad('cases', () => api.listCases());
  // `?asOf=YYYY-MM-DD` reads the status as of another day (the server's today by default).
  const asOf = /^\d{4}-\d{2}-\d{2}$/.exec(new URLSearchParams(window.location.search).get('asOf') ?? '')?.[0];
  const caseload = useLoad(`caseload:${asOf ?? ''}`, () => authApi.caseload(asOf));
  const [query, setQuery] = useState('');
  const [court, setCourt] = useState('');
  const [custody, setCustody] = useState<CustodyFilter>('any');
  const [clockWithin, setClockWithin] = useState<ClockFilter>('any');
  const statuses = new Map<string, CaseStatus>();
  if (caseload.data) {
    const byCase = new Map<string, CaseloadRow[]>();
    for (const r of caseload.data.rows) byCase.set(r.caseId, [...(byCase.get(r.caseId) ?? []), r]);
    for (const [id, rows] of byCase) statuses.set(id, statusOf(rows));
  }
  const courts = [...new Set((data?.cases ?? []).map((c) => c.district))].sort();
  const q = query.trim().toLowerCase();
  const shown = (data?.cases ?? []).filter((c) => {
    const s = statuses.get(c.id);
    if (court && c.district !== court) return false;
    if (q) {
      const hay = [c.caption, c.docketNumber, c.district, ...(s?.names ?? [])].join('\n').toLowerCase();
      if (!hay.includes(q)) return false;
    }
    if (custody !== 'any' && !s?.custody.get(custody)) return false;
    if (clockWithin !== 'any' && !(s?.clock && s.clock.min <= Number(clockWithin))) return false;
    return true;
  });
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
        <>
          <div className="controls case-filters">
            <input
              type="search"
              placeholder="Search caption, docket number, defendant"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              aria-label="Search the cases"
            />
            <label>
              Court{' '}
              <select value={court} onChange={(e) => setCourt(e.target.value)} aria-label="Court">
                <option value="">all</option>
                {courts.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Custody{' '}
              <select
                value={custody}
                onChange={(e) => setCustody(e.target.value as CustodyFilter)}
                aria-label="Custody"
              >
                <option value="any">any</option>
                <option value="inCustody">a defendant in custody</option>
                <option value="released">a defendant released</option>
              </select>
            </label>
            <label>
              Speedy Trial{' '}
              <select
                value={clockWithin}
                onChange={(e) => setClockWithin(e.target.value as ClockFilter)}
                aria-label="Speedy Trial days left"
              >
                <option value="any">any</option>
                <option value="30">30 days left or fewer</option>
                <option value="10">10 days left or fewer</option>
              </select>
            </label>
            <span className="muted small" data-testid="case-count">
              {shown.length} of {data.cases.length} cases
              {caseload.data && <> · status as of {longDate(caseload.data.asOf)}</>}
            </span>
          </div>
          {caseload.error && (
            <p className="muted small">The status of each case is not available: {caseload.error.message}</p>
          )}
          <div className="table-scroll">
            <table className="grid" data-testid="case-list">
              <thead>
                <tr>
                  <th>Case</th>
                  <th>Court</th>
                  <th>Docket number</th>
                  <th>Custody</th>
                  <th>Next deadline</th>
                  <th className="num">Speedy Trial days left</th>
                  <th className="num">Entries</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((c) => (
                  <CaseRow key={c.id} c={c} s={statuses.get(c.id)} loading={caseload.loading} />
                ))}
              </tbody>
            </table>
          </div>
          {shown.length === 0 && <p className="empty">No case matches.</p>}
          <p className="muted small">
            Speedy Trial days left: the fewest of any defendant in the case, on the current clock. A range
            (5–57) means the record leaves days unknown or the readings of an unsettled question differ; the
            case page shows why.
          </p>
        </>
      )}
    </section>
  );
}

function CaseRow({ c, s, loading }: { c: CaseSummary; s: CaseStatus | undefined; loading: boolean }) {
  const none = <span className="muted">{loading ? '…' : 'not known'}</span>;
  return (
    <tr data-testid={`case-${c.id}`}>
      <td>
        <Link href={`/cases/${c.id}`}>{c.caption}</Link>
        {c.fictional && <span className="badge muted-badge">fictional</span>}
        <div className="muted small">
          {c.defendants} defendant{c.defendants === 1 ? '' : 's'}
        </div>
      </td>
      <td>{c.district}</td>
      <td className="mono">{c.docketNumber}</td>
      <td data-testid="case-custody">
        {s
          ? [...s.custody.entries()].map(([k, n]) => `${n} ${(CUSTODY[k] ?? k).toLowerCase()}`).join(', ')
          : none}
      </td>
      <td data-testid="case-next">
        {s ? (
          s.next ? (
            <>
              {s.next.title}
              <div className="muted small">
                {longDate(s.next.due)} · {s.next.daysLeft === 0 ? 'today' : `in ${s.next.daysLeft} days`}
              </div>
            </>
          ) : (
            <span className="muted">none upcoming</span>
          )
        ) : (
          none
        )}
      </td>
      <td className="num" data-testid="case-clock">
        {s ? (
          s.clock ? (
            <span
              title={
                s.clock.min === s.clock.max
                  ? `${s.clock.name}'s clock`
                  : `${s.clock.name}'s clock: a range, because the record leaves days unknown or readings differ`
              }
            >
              {s.clock.mayHaveRun && s.clock.min <= 0 ? 'may have run · ' : ''}
              {range(s.clock.min, s.clock.max)}
              <div className="muted small">{s.clock.name}</div>
            </span>
          ) : (
            <span className="muted">{s.problem ? 'not computed' : 'not started'}</span>
          )
        ) : (
          none
        )}
      </td>
      <td className="num">{c.docketEntries}</td>
    </tr>
  );
}
