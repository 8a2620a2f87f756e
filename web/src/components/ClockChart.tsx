/**
 * The Speedy Trial chart: days counted over time against the limit, excluded periods shaded and labeled by
 * rule, unknown periods hatched (the record cannot tell), the as-of day, and the projection to the last day for
 * trial if nothing more is excluded. With unknown days there are two lines: the minimum (every unknown day
 * excluded, solid) and the maximum (every one counted, dashed amber).
 */
import { longDate } from '../format.ts';

export interface ChartPeriod {
  from: string;
  to: string;
  status: 'counted' | 'excluded' | 'unknown';
  /** Short label for an excluded band, e.g. "(h)(7) ends of justice". */
  label?: string;
  /** Full explanation for the tooltip. */
  title?: string;
}

export interface ChartData {
  /** Day 0 of the clock (the trigger day). */
  start: string;
  limit: number;
  asOf: string;
  periods: ChartPeriod[];
  /** Projected last day (unextended), when determinate. */
  projected?: string;
  /** Label for the limit line, e.g. "70-day limit, § 3161(c)(1)". */
  limitLabel: string;
}

const DAY = 86_400_000;
const t = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function ClockChart({
  data,
  width = 760,
  height = 240,
}: {
  data: ChartData;
  width?: number;
  height?: number;
}) {
  const pad = { left: 40, right: 16, top: 16, bottom: 38 };
  const x0 = t(data.start);
  const endCandidates = [
    t(data.asOf),
    ...(data.projected ? [t(data.projected)] : []),
    ...data.periods.map((p) => t(p.to)),
  ];
  const x1 = Math.max(...endCandidates) + 3 * DAY;
  const yMax = Math.ceil((data.limit * 1.12) / 10) * 10;
  const sx = (ms: number) => pad.left + ((ms - x0) / (x1 - x0)) * (width - pad.left - pad.right);
  const sy = (days: number) => height - pad.bottom - (days / yMax) * (height - pad.top - pad.bottom);

  // Cumulative counted days: counted periods rise one day per day; excluded periods stay flat. The line is solid
  // through the as-of day and dashed after it (the projection, if nothing more is excluded).
  const asOfMs = t(data.asOf);
  const past: Array<[number, number]> = [[sx(x0), sy(0)]];
  const future: Array<[number, number]> = [];
  const maxLine: Array<[number, number]> = [[sx(x0), sy(0)]];
  let used = 0;
  let usedMax = 0;
  let usedAtAsOf = 0;
  let maxAtAsOf = 0;
  for (const p of data.periods) {
    const from = t(p.from);
    const to = Math.min(t(p.to), asOfMs);
    if (from > asOfMs) break;
    const days = Math.round((to - from) / DAY) + 1;
    maxLine.push([sx(from - DAY / 2), sy(usedMax)]);
    if (p.status !== 'excluded') usedMax += days;
    maxLine.push([sx(to + DAY / 2), sy(usedMax)]);
    maxAtAsOf = usedMax;
  }
  for (const p of data.periods) {
    const from = t(p.from);
    const to = t(p.to);
    const segments: Array<[number, number, Array<[number, number]>]> = [];
    if (from <= asOfMs) segments.push([from, Math.min(to, asOfMs), past]);
    if (to > asOfMs) segments.push([Math.max(from, asOfMs + DAY), to, future]);
    for (const [a, b, line] of segments) {
      const days = Math.round((b - a) / DAY) + 1;
      if (line === future && future.length === 0) {
        // The projection counts every unknown day: it goes on from the maximum.
        used = Math.max(used, maxAtAsOf);
        future.push([sx(asOfMs + DAY / 2), sy(used)]);
      }
      line.push([sx(a - DAY / 2), sy(used)]);
      if (p.status === 'counted') used += days;
      line.push([sx(b + DAY / 2), sy(used)]);
      if (line === past) usedAtAsOf = used;
    }
  }
  const pathOf = (pts: Array<[number, number]>) =>
    pts.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
  const projected = data.projected ? t(data.projected) : undefined;

  const ticks: number[] = [];
  const first = new Date(x0);
  for (let d = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1); d < x1; ) {
    ticks.push(d);
    const n = new Date(d);
    d = Date.UTC(n.getUTCFullYear(), n.getUTCMonth() + 1, 1);
  }
  const every = Math.max(1, Math.ceil(ticks.length / 9));

  return (
    <svg
      className="clock-chart"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`Days counted: ${maxAtAsOf > usedAtAsOf ? `${usedAtAsOf}–${maxAtAsOf}` : usedAtAsOf} of ${data.limit}`}
    >
      <defs>
        <pattern
          id="unknown-hatch"
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" className="unknown-bg" />
          <line x1="0" y1="0" x2="0" y2="6" className="unknown-stripe" />
        </pattern>
      </defs>
      {data.periods
        .filter((p) => p.status === 'unknown' && t(p.from) <= asOfMs)
        .map((p) => {
          const a = sx(t(p.from) - DAY / 2);
          const b = sx(t(p.to) + DAY / 2);
          return (
            <g key={`u:${p.from}:${p.to}`} className="band-unknown" data-testid="unknown-band">
              <title>{p.title ?? 'Unknown: the record cannot tell whether these days count'}</title>
              <rect x={a} y={pad.top} width={Math.max(1, b - a)} height={height - pad.top - pad.bottom} />
              {b - a > 34 && (
                <text x={a + 3} y={pad.top + 12} className="band-label-unknown">
                  unknown
                </text>
              )}
            </g>
          );
        })}
      {data.periods
        .filter((p) => p.status === 'excluded')
        .map((p) => {
          const a = sx(t(p.from) - DAY / 2);
          const b = sx(t(p.to) + DAY / 2);
          return (
            <g key={`${p.from}:${p.to}`} className="band">
              <title>{p.title ?? p.label}</title>
              <rect x={a} y={pad.top} width={Math.max(1, b - a)} height={height - pad.top - pad.bottom} />
              {b - a > 34 && p.label && (
                <text x={a + 3} y={pad.top + 12} className="band-label">
                  {p.label}
                </text>
              )}
            </g>
          );
        })}
      <line x1={pad.left} x2={width - pad.right} y1={sy(data.limit)} y2={sy(data.limit)} className="limit" />
      <text x={width - pad.right} y={sy(data.limit) - 5} textAnchor="end" className="limit-label">
        {data.limitLabel}
      </text>
      {[0, Math.round(data.limit / 2), data.limit].map((v) => (
        <text key={v} x={pad.left - 6} y={sy(v) + 4} textAnchor="end" className="axis">
          {v}
        </text>
      ))}
      <line x1={pad.left} x2={width - pad.right} y1={sy(0)} y2={sy(0)} className="axis-line" />
      {ticks.map((tick, i) =>
        i % every === 0 ? (
          <text key={tick} x={sx(tick)} y={height - pad.bottom + 16} textAnchor="middle" className="axis">
            {MONTHS[new Date(tick).getUTCMonth()]} ’{String(new Date(tick).getUTCFullYear()).slice(2)}
          </text>
        ) : null,
      )}
      {maxAtAsOf > usedAtAsOf && <path d={pathOf(maxLine)} className="used-max" />}
      <path d={pathOf(past)} className="used" />
      {future.length > 1 && <path d={pathOf(future)} className="projection" />}
      {projected !== undefined && projected > asOfMs && (
        <>
          <circle cx={sx(projected + DAY / 2)} cy={sy(data.limit)} r={4.5} className="deadline-dot" />
          <text
            x={sx(projected + DAY / 2) + (sx(projected) > width - 90 ? -8 : 0)}
            y={sy(data.limit) + 18}
            textAnchor={sx(projected) > width - 90 ? 'end' : 'middle'}
            className="deadline-label"
          >
            last day {longDate(data.projected ?? '')}
          </text>
        </>
      )}
      <line
        x1={sx(asOfMs + DAY / 2)}
        x2={sx(asOfMs + DAY / 2)}
        y1={pad.top}
        y2={height - pad.bottom}
        className="asof-line"
      />
      <text x={sx(asOfMs + DAY / 2) + 4} y={height - pad.bottom - 6} className="axis">
        as of {longDate(data.asOf)}
      </text>
      <circle cx={sx(Math.min(asOfMs, x1) + DAY / 2)} cy={sy(usedAtAsOf)} r={3.5} className="used-dot" />
      {maxAtAsOf > usedAtAsOf && (
        <circle cx={sx(Math.min(asOfMs, x1) + DAY / 2)} cy={sy(maxAtAsOf)} r={3.5} className="used-max-dot" />
      )}
    </svg>
  );
}
