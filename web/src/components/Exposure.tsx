import { type CaseExposure, exposureSummaryRows } from '../../../src/contract.ts';
import { datesIn } from '../format.ts';
import { useLoad } from '../hooks.ts';
import { type DefendantChoice, DefendantPleaControls, useDefendantPlea } from './DefendantPlea.tsx';

/** Statutory exposure under the pending counts, with each plea offer (or a typed plea scenario) beside it. */
export function Exposure({
  caseId,
  asOf,
  defendants,
  preferred,
}: {
  caseId: string;
  asOf: string;
  defendants: DefendantChoice[];
  /** The defendant shown first: one with a plea offer, where there is one. */
  preferred?: number;
}) {
  const choice = useDefendantPlea(defendants, preferred);
  const { defendant, plea } = choice;
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
        <DefendantPleaControls
          defendants={defendants}
          state={choice}
          pleaLabel="Plead to counts"
          placeholder="e.g. 2s,3s"
        />
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
