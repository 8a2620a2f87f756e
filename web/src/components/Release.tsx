import type { z } from 'zod';
import type {
  ConditionPeriodSchema,
  ReleaseIssueSchema,
  ReleaseSegmentSchema,
} from '../../../src/contract.ts';
import { CUSTODY, datesIn, longDate } from '../format.ts';
import { useLoad } from '../hooks.ts';
import { useEnrolledInCase } from '../monitoring/people.ts';
import { MonitoringLink } from './MonitoringLink.tsx';

interface ReleaseView {
  asOf: string;
  defendants: Array<{
    defendant: number;
    name: string;
    status: z.infer<typeof ReleaseSegmentSchema> | null;
    conditions: Array<z.infer<typeof ConditionPeriodSchema>>;
    issues: Array<z.infer<typeof ReleaseIssueSchema>>;
  }>;
}

const STATUS: Record<string, string> = {
  released: 'Released',
  detained: 'Detained',
  detainedPendingHearing: 'Detained pending a hearing',
  temporarilyDetained: 'Temporarily detained (§ 3142(d))',
};

/** Release or detention on the as-of date, and the conditions in force, each with its § 3142 clause and order. */
export function Release({
  caseId,
  asOf,
  custody,
}: {
  caseId: string;
  asOf: string;
  /** Each defendant's custody as the case record has it, to say why one without an order has no conditions. */
  custody: Map<number, string>;
}) {
  const { data, error } = useLoad(`release:${caseId}:${asOf}`, async () => {
    const res = await fetch(`/api/v1/cases/${encodeURIComponent(caseId)}/release?asOf=${asOf}`);
    const body = await res.json();
    if (!res.ok) throw new Error(body.error);
    return body as ReleaseView;
  });
  const enrolled = useEnrolledInCase(caseId);
  if (error) return <p className="error-box">{error.message}</p>;
  if (!data) return null;
  return (
    <section className="card" id="release" data-testid="release">
      <h2>Release and conditions in force on {longDate(data.asOf)}</h2>
      {data.defendants.map((d) => (
        <div key={d.defendant} className="release-defendant" data-testid={`release-${d.defendant}`}>
          <h3>
            ({d.defendant}) {d.name} — {d.status ? STATUS[d.status.status] : 'no order read from the docket'}
            {d.status && <span className="muted small"> since {longDate(d.status.from)}</span>}
            {d.status?.bond?.amountUsd ? (
              <span className="muted small">
                {' '}
                · ${d.status.bond.amountUsd.toLocaleString('en-US')} {d.status.bond.type} bond
              </span>
            ) : null}
          </h3>
          {enrolled.has(d.defendant) && (
            <MonitoringLink {...(enrolled.get(d.defendant) as { personId: string; openAlerts: number })} />
          )}
          {!d.status && d.conditions.length === 0 && (
            <p className="muted small" data-testid={`release-none-${d.defendant}`}>
              {noOrderReason(custody.get(d.defendant), data.asOf)}
            </p>
          )}
          {d.conditions.length > 0 && (
            <table className="grid">
              <tbody>
                {d.conditions.map((c) => (
                  <tr key={c.condition.id}>
                    <td>
                      <strong>{c.clause.label}</strong>
                      {c.condition.text && <div className="quote">“{c.condition.text}”</div>}
                    </td>
                    <td className="small">
                      {c.clause.citation}
                      <div className="muted">since {longDate(c.from)}</div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {d.issues.length > 0 && (
            <div className="warnings">
              <ul>
                {d.issues.map((i) => (
                  <li key={`${i.path}:${i.message}`}>
                    {i.severity}: {datesIn(i.message)} ({i.citation})
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      ))}
    </section>
  );
}

/** Why a defendant has no conditions to show: no release or detention order has been read from the record. */
function noOrderReason(custody: string | undefined, asOf: string): string {
  const held = custody ? CUSTODY[custody] : undefined;
  const record = held ? `The case record marks this defendant “${held.toLowerCase()}”, but n` : 'N';
  return `No conditions to show. ${record}o release or detention order in effect on ${longDate(asOf)} was read from the docket, so any conditions are not known here.`;
}
