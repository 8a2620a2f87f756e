import { useState } from 'react';
import {
  type CaseGuidelines,
  formatRange,
  type GuidelineStep,
  type ScenarioGuidelines,
} from '../../../src/contract.ts';
import { datesIn } from '../format.ts';
import { useLoad } from '../hooks.ts';
import { type DefendantChoice, DefendantPleaControls, useDefendantPlea } from './DefendantPlea.tsx';

const STAGES: Record<GuidelineStep['stage'], string> = {
  manual: 'Which Manual (§ 1B1.11)',
  chapter2: 'Chapter Two: offense conduct',
  chapter3: 'Chapter Three, Parts A–C: victim, role, obstruction',
  grouping: 'Chapter Three, Part D: multiple counts',
  acceptance: 'Chapter Three, Part E: acceptance of responsibility',
  chapter4: 'Chapter Four: criminal history',
  table: 'Sentencing Table',
  chapter5: 'Chapter Five: statutory limits, safety valve, motions',
};
const STATUS: Record<GuidelineStep['status'], string> = {
  applied: 'applied',
  notApplicable: 'not applicable',
  disputed: 'disputed',
  notComputed: 'not computed',
  info: '',
};
const years = (y: number | 'life') => (y === 'life' ? 'life' : `${y} y`);

/**
 * A scenario as a reader names it: trial and plea as they are, a plea offer by its date and status (the
 * description begins "Plea offer of <date>:"), never its record id.
 */
function scenarioName(s: ScenarioGuidelines): string {
  if (!s.scenario.startsWith('offer-')) return s.scenario;
  const status = /\(([^)]+)\)\s*$/.exec(s.scenario)?.[1];
  const head = s.description.split(':')[0] ?? 'Plea offer';
  return `${datesIn(head)}${status ? ` (${status})` : ''}`;
}

/** The Guidelines range per scenario and reading, beside the statutory exposure, with the trail step by step. */
export function Guidelines({
  caseId,
  asOf,
  defendants,
  preferred,
}: {
  caseId: string;
  asOf: string;
  defendants: DefendantChoice[];
  /** The defendant shown first: one with sentencing facts, where there is one. */
  preferred?: number;
}) {
  const choice = useDefendantPlea(defendants, preferred);
  const { defendant, plea } = choice;
  const [open, setOpen] = useState<string | null>(null);
  const query = `asOf=${asOf}&defendant=${defendant}${plea.trim() ? `&plea=${encodeURIComponent(plea.trim())}` : ''}`;
  const { data, error } = useLoad(`guidelines:${caseId}:${query}`, async () => {
    const res = await fetch(`/api/v1/cases/${encodeURIComponent(caseId)}/guidelines?${query}`);
    const body = await res.json();
    if (!res.ok) throw new Error(body.error);
    return body as CaseGuidelines;
  });
  const d = data?.defendants[0];
  const rows = (d?.scenarios ?? []).flatMap((s) =>
    s.results.map((r) => ({ s, r, key: `${s.scenario}|${r.reading}` })),
  );
  const selected = rows.find((x) => x.key === open) ?? rows[0];
  return (
    <section className="card" id="guidelines" data-testid="guidelines">
      <div className="card-head">
        <h2>Sentencing Guidelines</h2>
        <DefendantPleaControls
          defendants={defendants}
          state={choice}
          pleaLabel="Guidelines plea counts"
          placeholder="e.g. 3s"
        />
      </div>
      {error && <p className="error-box">{error.message}</p>}
      {d && d.warnings.length > 0 && (
        <div className="warnings">
          <ul>
            {d.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
      {d && rows.length > 0 && (
        <>
          <table className="grid guidelines">
            <thead>
              <tr>
                <th>Scenario</th>
                <th>Reading</th>
                <th>Manual</th>
                <th className="num">Level</th>
                <th>CHC</th>
                <th>Guideline range</th>
                <th>With statutory limits</th>
                <th>Statute</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ s, r, key }) => (
                <tr
                  key={key}
                  className={selected?.key === key ? 'selected' : undefined}
                  onClick={() => setOpen(key)}
                  data-testid="guidelines-row"
                >
                  <td title={s.description}>{scenarioName(s)}</td>
                  <td title={d.readings.find((x) => x.id === r.reading)?.label}>{r.reading}</td>
                  <td>{r.manual.edition}</td>
                  <td className="num">{r.result.totalOffenseLevel ?? '?'}</td>
                  <td>{r.result.criminalHistory.category}</td>
                  <td>{r.result.range ? formatRange(r.result.range) : 'unknown'}</td>
                  <td>{r.result.restricted ? formatRange(r.result.restricted.range) : ''}</td>
                  <td>
                    {years(s.exposure.floor)} – {years(s.exposure.ceiling)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted small">
            Readings: {d.readings.map((r) => `${r.id} — ${datesIn(r.label)}`).join(' · ')}. Click a row for
            its trail.
          </p>
          {selected && (
            <Trail scenario={selected.s} steps={selected.r.result.steps} reading={selected.r.reading} />
          )}
        </>
      )}
    </section>
  );
}

/** A key for each step from its content, numbered when two steps read the same. */
function stepKeys(steps: GuidelineStep[]): Map<GuidelineStep, string> {
  const seen = new Map<string, number>();
  const keys = new Map<GuidelineStep, string>();
  for (const s of steps) {
    const base = `${s.stage}|${s.citation}|${s.unit ?? ''}|${s.title}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    keys.set(s, `${base}|${n}`);
  }
  return keys;
}

function Trail({
  scenario,
  steps,
  reading,
}: {
  scenario: ScenarioGuidelines;
  steps: GuidelineStep[];
  reading: string;
}) {
  const stages = [...new Set(steps.map((s) => s.stage))];
  const keys = stepKeys(steps);
  return (
    <div className="trail" data-testid="guidelines-trail">
      <h3>
        Trail: {scenarioName(scenario)} ({reading})
      </h3>
      <p className="muted small">{datesIn(scenario.description)}</p>
      {stages.map((stage) => (
        <details key={stage} open={stage === 'table'} className="ledger">
          <summary>{STAGES[stage]}</summary>
          <ol className="steps">
            {steps
              .filter((s) => s.stage === stage)
              .map((s) => (
                <li key={keys.get(s)} className={`step step-${s.status}`}>
                  <details>
                    <summary>
                      <span className="mono">{s.citation}</span>
                      {s.unit && <span className="muted"> [{s.unit}]</span>} {datesIn(s.title)}
                      {s.change !== undefined && s.change !== 0 && (
                        <strong> {s.change > 0 ? `+${s.change}` : `−${-s.change}`}</strong>
                      )}
                      {s.levelAfter !== undefined && <span> → {s.levelAfter}</span>}
                      {STATUS[s.status] && <span className="badge muted-badge">{STATUS[s.status]}</span>}
                    </summary>
                    <p>{datesIn(s.text)}</p>
                    {s.facts.length > 0 && (
                      <ul className="small">
                        {s.facts.map((f) => (
                          <li key={f}>{datesIn(f)}</li>
                        ))}
                      </ul>
                    )}
                  </details>
                </li>
              ))}
          </ol>
        </details>
      ))}
    </div>
  );
}
