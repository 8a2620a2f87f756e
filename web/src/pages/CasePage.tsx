import { useState } from 'react';
import { Link } from 'wouter';
import { api, type CaseFile } from '../api.ts';
import { DateInput } from '../components/DateInput.tsx';
import { Deadlines } from '../components/Deadlines.tsx';
import { Docket } from '../components/Docket.tsx';
import { ErrorBox } from '../components/ErrorBox.tsx';
import { Exposure } from '../components/Exposure.tsx';
import { Guidelines } from '../components/Guidelines.tsx';
import { MonitoringLink } from '../components/MonitoringLink.tsx';
import { Release } from '../components/Release.tsx';
import { SpeedyTrial } from '../components/SpeedyTrial.tsx';
import { CUSTODY, longDate, todayIso } from '../format.ts';
import { useLoad } from '../hooks.ts';
import { useEnrolledInCase } from '../monitoring/people.ts';

export function CasePage({ id }: { id: string }) {
  const { data, error, reload } = useLoad(`case:${id}`, () => api.getCase(id));
  const [asOf, setAsOf] = useState(todayIso());
  if (error) return <ErrorBox error={error} />;
  if (!data) return <p className="muted">Loading…</p>;
  const file = data.caseFile;
  const names = new Map(file.defendants.map((d) => [d.number, d.name]));
  const choices = file.defendants.map((d) => ({ number: d.number, name: d.name }));
  // The sentencing sections open on a defendant with something to weigh: one with a plea offer on the table.
  const offered = file.pleaOffers.find((o) => choices.some((c) => c.number === o.defendant))?.defendant;
  return (
    <article data-testid="case-page">
      <CaseHeader file={file} />
      <nav className="section-nav" aria-label="Sections">
        <a href="#speedy-trial">Speedy Trial</a>
        <a href="#deadlines">Deadlines</a>
        <a href="#counts">Counts</a>
        <a href="#exposure">Exposure</a>
        <a href="#guidelines">Guidelines</a>
        <a href="#release">Release</a>
        <a href="#docket">Docket</a>
      </nav>
      <div className="asof">
        <label>
          As of <DateInput value={asOf} onChange={setAsOf} data-testid="as-of" />
        </label>
        <span className="muted small">Every figure on this page is computed as of this day.</span>
      </div>
      <Defendants caseId={id} file={file} />
      <SpeedyTrial caseId={id} asOf={asOf} />
      <Deadlines caseId={id} asOf={asOf} names={names} />
      <Counts file={file} />
      <Exposure caseId={id} asOf={asOf} defendants={choices} preferred={offered} />
      <Guidelines
        caseId={id}
        asOf={asOf}
        defendants={choices}
        preferred={
          file.defendants.find((d) => d.sentencingFacts && d.number === offered)?.number ??
          file.defendants.find((d) => d.sentencingFacts)?.number
        }
      />
      <Release caseId={id} asOf={asOf} custody={new Map(file.defendants.map((d) => [d.number, d.custody]))} />
      <Docket file={file} />
      <p className="muted small">
        Version {data.version}.{' '}
        <button type="button" className="link" onClick={reload}>
          Reload
        </button>{' '}
        · <Link href="/">All cases</Link>
      </p>
    </article>
  );
}

function CaseHeader({ file }: { file: CaseFile }) {
  const c = file.case;
  return (
    <header className="case-head">
      <h1>
        {c.caption} {c.fictional && <span className="badge muted-badge">fictional demo</span>}
      </h1>
      <p className="muted">
        {c.district} · <span className="mono">{c.docketNumber}</span> · filed {longDate(c.dateFiled)}
        {c.judge.assigned && <> · {c.judge.assigned}</>}
        {c.relatedCases.length > 0 && (
          <> · related: {c.relatedCases.map((r) => `${r.docketNumber} (${r.relation})`).join(', ')}</>
        )}
      </p>
    </header>
  );
}

function Defendants({ caseId, file }: { caseId: string; file: CaseFile }) {
  const enrolled = useEnrolledInCase(caseId);
  return (
    <section className="card">
      <h2 id="defendants">Defendants</h2>
      <div className="defendants">
        {file.defendants.map((d) => {
          const pending = file.counts.filter((k) => k.defendant === d.number && k.status === 'pending');
          return (
            <div key={d.number} className="defendant" data-testid={`defendant-${d.number}`}>
              <div className="defendant-name">
                <span className="dnum">({d.number})</span> {d.name}
                <span className={`badge custody-${d.custody}`}>{CUSTODY[d.custody]}</span>
              </div>
              <div className="muted small">
                {d.counsel.length
                  ? d.counsel.map((c) => `${c.name} (${c.designation})`).join('; ')
                  : 'no counsel recorded'}
              </div>
              <div className="small">Pending counts: {pending.map((k) => k.number).join(', ') || 'none'}</div>
              {enrolled.has(d.number) && (
                <MonitoringLink {...(enrolled.get(d.number) as { personId: string; openAlerts: number })} />
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}

function Counts({ file }: { file: CaseFile }) {
  const pending = file.counts.filter((k) => k.status === 'pending');
  const byCount = new Map<string, { statute: string; text: string; defendants: number[] }>();
  for (const k of pending) {
    const key = `${k.number}|${k.statute?.citation ?? ''}`;
    const row = byCount.get(key) ?? {
      statute: k.statute?.citation ?? '(no statute on the docket)',
      text: k.text,
      defendants: [],
    };
    row.defendants.push(k.defendant);
    byCount.set(key, row);
  }
  return (
    <section className="card">
      <h2 id="counts">Pending counts</h2>
      <table className="grid">
        <thead>
          <tr>
            <th>Count</th>
            <th>Statute</th>
            <th>Charge</th>
            <th>Defendants</th>
          </tr>
        </thead>
        <tbody>
          {[...byCount.entries()].map(([key, row]) => (
            <tr key={key}>
              <td className="mono">{key.split('|')[0]}</td>
              <td>{row.statute}</td>
              <td>{row.text}</td>
              <td>{row.defendants.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
