import type { DeadlineReport } from '../../../src/contract.ts';
import { datesIn, longDate } from '../format.ts';
import { useLoad } from '../hooks.ts';

const LABEL: Record<string, string> = {
  upcoming: 'upcoming',
  dueToday: 'due today',
  passed: 'passed',
  met: 'met',
  moot: 'moot',
};

/** The deadlines that follow from the case's events, as of the page's date. */
export function Deadlines({
  caseId,
  asOf,
  names,
}: {
  caseId: string;
  asOf: string;
  names: Map<number, string>;
}) {
  const { data, error } = useLoad(`deadlines:${caseId}:${asOf}`, async () => {
    const res = await fetch(`/api/v1/cases/${encodeURIComponent(caseId)}/deadlines?asOf=${asOf}`);
    if (!res.ok) throw new Error((await res.json()).error);
    return (await res.json()) as DeadlineReport;
  });
  if (error) return <p className="error-box">{error.message}</p>;
  if (!data) return null;
  const rows = data.deadlines.filter(
    (d) => d.status === 'upcoming' || d.status === 'dueToday' || d.status === 'passed',
  );
  const grouped = new Map<string, { d: (typeof rows)[number]; defendants: number[] }>();
  for (const d of rows) {
    const key = `${d.ruleId}|${d.title}|${d.due}|${d.trigger.eventId}`;
    const g = grouped.get(key) ?? { d, defendants: [] };
    g.defendants.push(d.defendant);
    grouped.set(key, g);
  }
  return (
    <section className="card" id="deadlines" data-testid="deadlines">
      <div className="card-head">
        <h2>Deadlines</h2>
        <a className="small" href={`/api/v1/cases/${encodeURIComponent(caseId)}/deadlines.ics?asOf=${asOf}`}>
          Add to calendar (.ics)
        </a>
      </div>
      {grouped.size === 0 && (
        <p className="muted">Nothing due after {longDate(asOf)} follows from the events recorded.</p>
      )}
      <table className="grid">
        <tbody>
          {[...grouped.values()].map(({ d, defendants }) => (
            <tr key={d.id} className={`deadline-${d.status}`}>
              <td className="nowrap">{longDate(d.due)}</td>
              <td className="nowrap">
                {d.status === 'upcoming' ? `in ${d.daysLeft} days` : LABEL[d.status]}
              </td>
              <td>
                <strong>{datesIn(d.title)}</strong>
                <div className="muted small">
                  {datesIn(d.citation)} ·{' '}
                  {defendants.length === names.size
                    ? 'all defendants'
                    : defendants.map((n) => names.get(n) ?? `(${n})`).join(', ')}
                </div>
                <details className="small">
                  <summary>How it was counted</summary>
                  <ol className="trace">
                    {d.trace.map((t) => (
                      <li key={`${t.step}:${t.text}`}>{datesIn(t.text)}</li>
                    ))}
                  </ol>
                  {d.alternatives.map((a) => (
                    <p key={a.label}>
                      Also: {a.label} → {longDate(a.date)}
                    </p>
                  ))}
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
