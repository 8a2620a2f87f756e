import { useCallback, useEffect, useState } from 'react';
import type { Clock, DefendantClocks, LedgerPeriod, SpeedyTrialResult } from '../../../src/contract.ts';
import { dateRange, datesIn, longDate } from '../format.ts';
import { useDebounced, useLoad } from '../hooks.ts';
import { type ChartData, type ChartPeriod, ClockChart } from './ClockChart.tsx';
import { DateInput } from './DateInput.tsx';

const KIND_TITLE: Record<Clock['kind'], string> = {
  trial: 'Trial',
  indictment: 'Indictment',
  detention: 'Detention',
};

function shortBasis(p: LedgerPeriod): string {
  const b = p.bases[0];
  if (!b) return '';
  const m = /§ 3161\((h)\)(\(\d+\))(\([A-H]\))?/.exec(b.citation);
  return m ? `(h)${m[2]}${m[3] ?? ''} ${b.aoCode ?? ''}`.trim() : (b.aoCode ?? b.label);
}

function chartData(
  clock: Clock,
  asOf: string,
  projection?: LedgerPeriod[],
  lastDay?: string | null,
): ChartData | null {
  if (!clock.trigger.date) return null;
  const toPeriod = (p: LedgerPeriod): ChartPeriod => ({
    from: p.from,
    to: p.to,
    status: p.status,
    label: p.status === 'excluded' ? shortBasis(p) : undefined,
    title:
      p.status === 'unknown'
        ? (p.unknown ?? []).map((u) => `Unknown: ${u.reason} To settle: ${u.settle}.`).join('\n')
        : p.bases.map((b) => `${b.citation}${b.aoCode ? ` [${b.aoCode}]` : ''} ${b.label}`).join('\n'),
  });
  const projected = lastDay ?? (clock.lastDay?.determinate ? clock.lastDay.unextended : undefined);
  return {
    start: clock.trigger.date,
    limit: clock.limit.days,
    asOf: clock.through && clock.through < asOf ? clock.through : asOf,
    periods: [...clock.ledger, ...(projection ?? clock.projection)].map(toPeriod),
    ...(projected ? { projected } : {}),
    limitLabel: `${clock.limit.days}-day limit (${clock.citation.replace('18 U.S.C. ', '')})`,
  };
}

const range = (r: { min: number; max: number }): string =>
  r.min === r.max ? `${r.min}` : `${r.min}–${r.max}`;

const STATUS_WORD: Partial<Record<Clock['status'], string>> = {
  expired: 'run',
  mayHaveRun: 'may have run',
};

function headline(clock: Clock): string {
  const last = clock.lastDay;
  const latest = clock.lastDayLatest;
  const lastText = !last
    ? ''
    : last.determinate
      ? latest?.determinate && latest.date !== last.date
        ? ` · last day ${longDate(last.date)} to ${longDate(latest.date)}`
        : latest && !latest.determinate
          ? ` · last day ${longDate(last.date)} or later`
          : ` · last day ${longDate(last.date)}`
      : ` · stopped since ${longDate(last.stoppedSince)}, no last day yet`;
  const word = STATUS_WORD[clock.status];
  return `${word ? `${word[0]!.toUpperCase()}${word.slice(1)}: ` : ''}${range(clock.used)} of ${clock.limit.days} days used · ${range(clock.left)} left${lastText}`;
}

/** The Speedy Trial clocks of the case as of a date: one tab per defendant, a chart, the ledger, warnings, what-if. */
export function SpeedyTrial({ caseId, asOf }: { caseId: string; asOf: string }) {
  const { data, error } = useLoad(`clock:${caseId}:${asOf}`, async () => {
    const res = await fetch(`/api/v1/cases/${encodeURIComponent(caseId)}/clock?asOf=${asOf}`);
    const body = await res.json();
    if (!res.ok) throw new Error(body.error);
    return body as SpeedyTrialResult;
  });
  const [selected, setSelected] = useState<number | null>(null);
  // Each defendant's clocks keep their own what-if (inputs and result), keyed `defendant:clock id`.
  const [whatIfs, setWhatIfs] = useState<Record<string, WhatIfState>>({});
  const updateWhatIf = useCallback(
    (key: string, patch: Partial<WhatIfState>) =>
      setWhatIfs((all) => ({ ...all, [key]: { ...EMPTY_WHAT_IF, ...all[key], ...patch } })),
    [],
  );
  if (error) return <p className="error-box">{error.message}</p>;
  if (!data)
    return (
      <section className="card">
        <h2>Speedy Trial Act</h2>
        <p className="muted">Computing the clocks…</p>
      </section>
    );
  const current = data.defendants.find((d) => d.defendant === selected) ?? data.defendants[0];
  return (
    <section className="card" id="speedy-trial" data-testid="speedy-trial">
      <h2>Speedy Trial Act — 18 U.S.C. § 3161</h2>
      <p className="muted small explainer">
        Trial must begin within 70 days of the later of the indictment and the first appearance (§
        3161(c)(1)), not counting excluded periods — pending motions, continuances granted with
        ends-of-justice findings and the other delays of § 3161(h), shaded green below. Each defendant has a
        clock; the ledger shows every day and why it counts or not. Days the record cannot tell about are
        unknown (hatched): the days used are then a range.
      </p>
      <p className="small coverage-line" data-testid="coverage">
        <strong>Coverage:</strong> {datesIn(data.coverage.text)}
      </p>
      <div className="tabs" role="tablist">
        {data.defendants.map((d) => {
          const next = nearestLastDay(d);
          return (
            <button
              key={d.defendant}
              type="button"
              role="tab"
              aria-selected={current?.defendant === d.defendant}
              className={current?.defendant === d.defendant ? 'tab active' : 'tab'}
              onClick={() => setSelected(d.defendant)}
            >
              ({d.defendant}) {d.name}
              {next && (
                <span className="tab-sub" data-testid={`tab-next-${d.defendant}`}>
                  {next}
                </span>
              )}
            </button>
          );
        })}
      </div>
      {current && (
        <DefendantClock
          key={current.defendant}
          d={current}
          asOf={data.asOf}
          caseId={caseId}
          whatIfs={whatIfs}
          updateWhatIf={updateWhatIf}
        />
      )}
      {data.warnings.length > 0 && <Warnings items={data.warnings.map((w) => w.message)} />}
    </section>
  );
}

/**
 * The defendant's nearest last day among the current clocks (trial, indictment, detention), named by clock:
 * `Detention: Fri Apr 17, 2026`. A clock that has run or stopped without a last day is said so.
 */
function nearestLastDay(d: DefendantClocks): string | null {
  const clocks = d.clocks.filter((c) => c.current);
  const dated = clocks
    .flatMap((c) => (c.lastDay?.determinate ? [{ c, date: c.lastDay.date }] : []))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const first = dated[0];
  if (first) return `${KIND_TITLE[first.c.kind]}: ${longDate(first.date)}`;
  const any = clocks.find((c) => c.kind === 'trial') ?? clocks[0];
  if (!any) return null;
  return `${KIND_TITLE[any.kind]}: ${STATUS_WORD[any.status] ?? (any.lastDay ? 'stopped' : any.status)}`;
}

interface WhatIfState {
  filed: string;
  decided: string;
  result: WhatIfView | null;
}
const EMPTY_WHAT_IF: WhatIfState = { filed: '', decided: '', result: null };

function DefendantClock({
  d,
  asOf,
  caseId,
  whatIfs,
  updateWhatIf,
}: {
  d: DefendantClocks;
  asOf: string;
  caseId: string;
  whatIfs: Record<string, WhatIfState>;
  updateWhatIf: (key: string, patch: Partial<WhatIfState>) => void;
}) {
  const clocks = d.clocks.filter((c) => c.current);
  const [kind, setKind] = useState<Clock['kind']>(
    clocks.find((c) => c.kind === 'trial') ? 'trial' : (clocks[0]?.kind ?? 'trial'),
  );
  const clock = clocks.find((c) => c.kind === kind) ?? clocks[0];
  const key = `${d.defendant}:${clock?.id ?? ''}`;
  const state = whatIfs[key] ?? EMPTY_WHAT_IF;
  const whatIf = state.result;
  const onResult = useCallback(
    (result: WhatIfView | null) => updateWhatIf(key, { result }),
    [key, updateWhatIf],
  );
  if (!clock) return <p className="muted">No clock has started for this defendant.</p>;
  const chart = chartData(clock, asOf, whatIf?.projection, whatIf?.lastDay);
  return (
    <div className="defendant-clock" data-testid={`clock-${d.defendant}`}>
      <div className="clock-kinds">
        {clocks.map((c) => (
          <button
            key={c.id}
            type="button"
            className={c.kind === clock.kind ? 'pill active' : 'pill'}
            onClick={() => setKind(c.kind)}
          >
            {KIND_TITLE[c.kind]} clock
          </button>
        ))}
      </div>
      <div className="clock-summary">
        <div>
          <div className="big" data-testid="clock-headline">
            {headline(clock)}
          </div>
          <div className="muted small">
            {clock.title} — {clock.citation}. {datesIn(clock.statusText)}
          </div>
          <div className="small">Start: {datesIn(clock.trigger.text)}</div>
          {d.earliestTrialDate && clock.kind === 'trial' && (
            <div className="small muted">{datesIn(d.earliestTrialDate.text)}</div>
          )}
        </div>
        <div className={`clock-stat${clock.status === 'mayHaveRun' ? ' stat-unknown' : ''}`}>
          <span className="stat-num">{range(clock.left)}</span>
          <span className="stat-label">days left</span>
        </div>
      </div>
      {chart && <ClockChart data={chart} />}
      {whatIf && (
        <p className="whatif-result" data-testid="whatif-result">
          {whatIf.text}
        </p>
      )}
      <WhatIfPanel
        key={key}
        caseId={caseId}
        asOf={asOf}
        defendant={d.defendant}
        clockId={clock.id}
        clockKind={clock.kind}
        filed={state.filed}
        decided={state.decided}
        onInput={(filed, decided) => updateWhatIf(key, { filed, decided })}
        onResult={onResult}
      />
      {clock.unknowns.length > 0 && (
        <div className="unknowns" data-testid="unknowns">
          <strong>What the record does not show</strong> ({clock.daysUnknown} day
          {clock.daysUnknown === 1 ? '' : 's'} unknown)
          <ul>
            {clock.unknowns.map((u) => (
              <li key={u.id}>
                {dateRange(u.window.from, u.window.to)}: {datesIn(u.reason)}{' '}
                <em>To settle: {datesIn(u.settle)}.</em>
              </li>
            ))}
          </ul>
        </div>
      )}
      {d.warnings.length > 0 && <Warnings items={d.warnings.map((w) => w.message)} />}
      <details className="ledger">
        <summary>
          Ledger: every day from the start, and why it counts or not ({clock.ledger.length} periods)
        </summary>
        <Ledger periods={clock.ledger} />
        {clock.projection.length > 0 && (
          <>
            <h3>Projection to the last day, if nothing more is excluded</h3>
            <Ledger periods={clock.projection} />
          </>
        )}
      </details>
    </div>
  );
}

function Ledger({ periods }: { periods: LedgerPeriod[] }) {
  return (
    <table className="grid ledger-table">
      <thead>
        <tr>
          <th>From</th>
          <th>To</th>
          <th className="num">Days</th>
          <th>Status</th>
          <th className="num">Used</th>
          <th>Legal basis and docket entries</th>
        </tr>
      </thead>
      <tbody>
        {periods.map((p) => (
          <tr key={`${p.from}:${p.status}`} className={`ledger-${p.status}`}>
            <td className="nowrap">{longDate(p.from)}</td>
            <td className="nowrap">{longDate(p.to)}</td>
            <td className="num">{p.days}</td>
            <td>
              {p.status === 'counted'
                ? `counted${p.clockDays ? ` (days ${p.clockDays.first}–${p.clockDays.last})` : ''}`
                : p.status}
            </td>
            <td className="num">
              {p.unknownThrough ? `${p.usedThrough}–${p.usedThrough + p.unknownThrough}` : p.usedThrough}
            </td>
            <td>
              {(p.unknown ?? []).map((u) => (
                <div key={u.id}>
                  {datesIn(u.reason)} <em>To settle: {datesIn(u.settle)}.</em>
                </div>
              ))}
              {p.bases.map((b) => (
                <div key={b.id}>
                  <strong>{b.citation}</strong>
                  {b.aoCode && <span className="badge muted-badge">{b.aoCode}</span>} {b.label}
                  {b.flags.length > 0 && <span className="muted"> ({b.flags.join(', ')})</span>}
                  <div className="muted small">
                    {b.sources
                      .map((s) =>
                        s.entry
                          ? `${s.entry.number ? `ECF ${s.entry.number}` : 'minute entry'} of ${longDate(s.entry.dateFiled)}`
                          : s.hypothetical
                            ? 'what-if'
                            : s.kind,
                      )
                      .join('; ')}
                  </div>
                </div>
              ))}
              {p.notes.map((n) => (
                <div key={n.id} className="muted small">
                  Not excluded: {n.citation} {n.label}
                  {n.note ? ` — ${datesIn(n.note)}` : ''}
                </div>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Warnings({ items }: { items: string[] }) {
  return (
    <div className="warnings">
      <ul>
        {items.map((w) => (
          <li key={w}>{datesIn(w)}</li>
        ))}
      </ul>
    </div>
  );
}

const LAST_DAY_OF: Record<Clock['kind'], string> = {
  trial: 'the last day for trial',
  indictment: 'the last day for an indictment',
  detention: 'the last day of detention before trial must begin',
};

interface WhatIfView {
  text: string;
  projection: LedgerPeriod[];
  lastDay: string | null;
}

/** A hypothetical motion, filed and decided on the days typed: the clock is recomputed as you type. */
function WhatIfPanel(props: {
  caseId: string;
  asOf: string;
  defendant: number;
  clockId: string;
  clockKind: Clock['kind'];
  filed: string;
  decided: string;
  onInput: (filed: string, decided: string) => void;
  onResult: (v: WhatIfView | null) => void;
}) {
  const { caseId, asOf, defendant, clockId, clockKind, filed, decided, onInput, onResult } = props;
  const [error, setError] = useState<string | null>(null);
  const input = useDebounced(`${filed}|${decided}`, 250);
  const lastDayOf = LAST_DAY_OF[clockKind];
  useEffect(() => {
    const [f, d] = input.split('|');
    if (!f) {
      onResult(null);
      setError(null);
      return;
    }
    const provenance = { source: 'manual', by: 'what-if' };
    const events: unknown[] = [
      {
        kind: 'motionFiled',
        id: 'what-if-motion',
        date: f,
        defendants: [defendant],
        motion: 'other',
        title: 'Hypothetical pretrial motion',
        movant: 'defendant',
        provenance,
      },
    ];
    if (d)
      events.push({
        kind: 'motionDecided',
        id: 'what-if-decision',
        date: d,
        defendants: [defendant],
        motion: 'what-if-motion',
        disposition: 'denied',
        provenance,
      });
    let live = true;
    fetch(`/api/v1/cases/${encodeURIComponent(caseId)}/clock/what-if`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ asOf, events }),
    })
      .then(async (res) => {
        const body = await res.json();
        if (!live) return;
        if (!res.ok) {
          setError(body.details?.[0]?.message ?? body.error);
          onResult(null);
          return;
        }
        setError(null);
        const result = body as SpeedyTrialResult;
        const c = result.whatIf?.defendants
          .find((x) => x.defendant === defendant)
          ?.clocks.find((x) => x.id === clockId);
        if (!c) return onResult(null);
        const before = c.actual?.lastDay?.determinate ? c.actual.lastDay.date : null;
        const after = c.whatIf?.lastDay?.determinate ? c.whatIf.lastDay.date : null;
        const text = !after
          ? `With the motion pending and undecided, the clock stops from ${longDate(f)}: no last day until it is decided.`
          : `With the motion ${d ? `filed ${longDate(f)} and decided ${longDate(d)}` : `filed ${longDate(f)}`}, ${lastDayOf} moves from ${before ? longDate(before) : '—'} to ${longDate(after)}${c.shiftDays !== null ? ` (${c.shiftDays >= 0 ? '+' : ''}${c.shiftDays} days)` : ''}.`;
        onResult({
          text,
          projection: c.projection,
          lastDay: c.whatIf?.lastDay?.determinate ? c.whatIf.lastDay.unextended : null,
        });
      })
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [input, caseId, asOf, defendant, clockId, onResult, lastDayOf]);
  return (
    <div className="whatif" data-testid="whatif">
      <strong>What if</strong> a pretrial motion were filed on{' '}
      <DateInput value={filed} onChange={(v) => onInput(v, decided)} aria-label="What-if motion filed" /> and
      decided on{' '}
      <DateInput value={decided} onChange={(v) => onInput(filed, v)} aria-label="What-if motion decided" />?
      {error && <span className="error-inline"> {error}</span>}
      <div className="muted small">
        § 3161(h)(1)(D) excludes the time from filing to the hearing or prompt disposition (Henderson);
        nothing is saved.
      </div>
    </div>
  );
}
