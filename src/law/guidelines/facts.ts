/**
 * Readings of the sentencing facts. A fact written `{ value, source, disputed }` has two readings; the engine
 * computes the recorded reading and, for each disputed fact, the reading with the other value
 * (docs/guidelines.md, "Disputed facts"). `resolveFacts` unwraps every fact to its plain value for one reading
 * and remembers where each came from, so a step can quote the fact with its source (`factText`).
 */
import type { FactSource, SentencingFacts } from '../../case/sentencing-facts.ts';

/** The facts with every `{ value, source }` replaced by its value. */
export type Resolved<T> = T extends { value: infer V; source: FactSource }
  ? Resolved<V>
  : T extends readonly (infer E)[]
    ? Resolved<E>[]
    : T extends object
      ? { [K in keyof T]: Resolved<T[K]> }
      : T;
export type ResolvedFacts = Resolved<SentencingFacts>;

export interface Dispute {
  /** The fact's path in the defendant's facts, e.g. `charges[0].offense.lossUsd`. */
  path: string;
  recorded: unknown;
  recordedSource: string;
  alternative: unknown;
  by?: string;
  alternativeSource?: string;
  note?: string;
}

const KIND: Record<FactSource['kind'], string> = {
  docket: 'docket',
  pleaAgreement: 'plea agreement',
  psr: 'PSR',
  stipulation: 'stipulation',
  indictment: 'indictment',
  user: 'user',
};

export const sourceLabel = (s: FactSource): string => (s.ref ? `${KIND[s.kind]}, ${s.ref}` : KIND[s.kind]);

const isFactSource = (v: unknown): v is FactSource =>
  typeof v === 'object' && v !== null && typeof (v as { kind?: unknown }).kind === 'string';

interface SourcedValue {
  value: unknown;
  source: FactSource;
  disputed?: { value: unknown; by?: string; source?: FactSource; note?: string };
}
const isSourced = (v: unknown): v is SourcedValue =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  'value' in v &&
  'source' in v &&
  isFactSource((v as { source: unknown }).source);

const SOURCES = new WeakMap<object, Record<string, string>>();

/** Every disputed fact of a defendant's facts, in document order. */
export function disputesOf(facts: SentencingFacts): Dispute[] {
  const out: Dispute[] = [];
  const walk = (node: unknown, path: string) => {
    if (Array.isArray(node)) {
      for (const [i, x] of node.entries()) walk(x, `${path}[${i}]`);
    } else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        const p = path ? `${path}.${k}` : k;
        if (isSourced(v)) {
          if (v.disputed)
            out.push({
              path: p,
              recorded: v.value,
              recordedSource: sourceLabel(v.source),
              alternative: v.disputed.value,
              ...(v.disputed.by ? { by: v.disputed.by } : {}),
              ...(v.disputed.source ? { alternativeSource: sourceLabel(v.disputed.source) } : {}),
              ...(v.disputed.note ? { note: v.disputed.note } : {}),
            });
          walk(v.value, p);
        } else walk(v, p);
      }
    }
  };
  walk(facts, '');
  return out;
}

/** The facts of one reading: the recorded values, except the disputed facts at `alternatives` (paths). */
export function resolveFacts(
  facts: SentencingFacts,
  alternatives: ReadonlySet<string> = new Set(),
): ResolvedFacts {
  const walk = (node: unknown, path: string, inherited: string): unknown => {
    if (Array.isArray(node)) return node.map((x, i) => walk(x, `${path}[${i}]`, inherited));
    if (!node || typeof node !== 'object') return node;
    const o = node as Record<string, unknown>;
    const own = isFactSource(o.source) ? sourceLabel(o.source) : inherited;
    const out: Record<string, unknown> = {};
    const labels: Record<string, string> = {};
    for (const [k, v] of Object.entries(o)) {
      const p = path ? `${path}.${k}` : k;
      if (k === 'source' && isFactSource(v)) {
        out[k] = v;
        continue;
      }
      if (isSourced(v)) {
        const alt = v.disputed !== undefined && alternatives.has(p);
        labels[k] = alt
          ? `disputed: ${v.disputed?.by ?? 'other'} reading${v.disputed?.source ? `, ${sourceLabel(v.disputed.source)}` : ''}`
          : `${sourceLabel(v.source)}${v.disputed ? '; disputed' : ''}`;
        out[k] = walk(alt ? v.disputed?.value : v.value, p, labels[k]);
      } else {
        labels[k] = own;
        out[k] = walk(v, p, own);
      }
    }
    SOURCES.set(out, labels);
    return out;
  };
  return walk(facts, '', 'user') as ResolvedFacts;
}

const show = (v: unknown): string =>
  typeof v === 'number' ? v.toLocaleString('en-US') : typeof v === 'string' ? v : JSON.stringify(v);

/** "lossUsd = 2,000,000 (PSR, ¶ 21)": a fact with its source, for a step's `facts`. */
export function factText(obj: object | undefined, key: string, label = key): string {
  if (!obj) return `${label}: not recorded`;
  const value = (obj as Record<string, unknown>)[key];
  if (value === undefined) return `${label}: not recorded`;
  const src = SOURCES.get(obj)?.[key];
  return `${label} = ${show(value)}${src ? ` (${src})` : ''}`;
}
