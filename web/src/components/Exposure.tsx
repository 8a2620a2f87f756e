import { useState } from 'react';
import { type CaseExposure, exposureSummaryRows } from '../../../src/contract.ts';
import { datesIn } from '../format.ts';
import { useLoad } from '../hooks.ts';

/** Statutory exposure under the pending counts, with each plea offer (or a typed plea scenario) beside it. */
export function Exposure({
  caseId,
  asOf,
  defendants,
}: {
  caseId: string;
  asOf: string;
  defendants: Array<{ number: number; name: string }>;
}) {
  const [defendant, setDefendant] = useState(
    defendants.find((d) => d.number === 2)?.number ?? defendants[0]?.number ?? 1,
  );
  const [plea, setPlea] = useState('');
  const query = `asOf=${asOf}&defendant=${defendant}${plea.trim() ? `&plea=${encodeURIComponent(plea.trim())}` : ''}`;
  const { data, error } = useLoad(`exposure:${caseId}:${query}`, async () => {
    const res = await fetch(`/api/v1/cases/${encodeURIComponent(caseId)}/exposure?${query}`);
    const body = await res.json();
    if (!res.ok) throw new Error(body.error);
    return body as CaseExposure;
  });
  const d = data?.defendants[0];
  const scenarios = d ? [d.indictment, ...d.scenarios] : [];
  return (
    <section className="card" id="exposure" data-testid="exposure">
      <div className="card-head">
        <h2>Sentencing exposure</h2>
        <div className="controls">
          <label>
            Defendant{' '}
            <select value={defendant} onChange={(e) => setDefendant(Number(e.target.value))}>
              {defendants.map((x) => (
                <option key={x.number} value={x.number}>
                  ({x.number}) {x.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            Plead to{' '}
            <input
              value={plea}
              onChange={(e) => setPlea(e.target.value)}
              placeholder="e.g. 2s,3s"
              size={10}
              aria-label="Plead to counts"
            />
          </label>
        </div>
      </div>
      {error && <p className="error-box">{error.message}</p>}
      {d && (
        <>
          <table className="grid exposure">
            <thead>
              <tr>
                <th />
                {scenarios.map((s) => (
                  <th key={s.scenario} title={s.description}>
                    {s.scenario === 'indictment'
                      ? 'Under the pending counts'
                      : datesIn(s.label ?? s.scenario)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {exposureSummaryRows(scenarios).map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  {row.cells.map((cell, i) => (
                    <td key={scenarios[i]?.scenario}>{typeof cell === 'string' ? datesIn(cell) : cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted small">
            {scenarios
              .map(
                (s) =>
                  `${s.scenario === 'indictment' ? 'Pending counts' : (s.label ?? s.scenario)}: ${s.description}`,
              )
              .map(datesIn)
              .join(' · ')}
            . Statutory range only; the Guidelines sentence is not computed.
          </p>
          {d.warnings.length > 0 && (
            <div className="warnings">
              <ul>
                {d.warnings.map((w) => (
                  <li key={w}>{datesIn(w)}</li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </section>
  );
}
