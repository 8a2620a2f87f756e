/**
 * Chapter Five: the range from the table, the zone, and the statutory limits of Part G (§ 5G1.1 one count,
 * § 5G1.2 several), with the safety valve (18 U.S.C. § 3553(f), § 5C1.2) and the § 3553(e) motion lifting the
 * minimum. § 5K1.1 and § 3553(e) are recorded facts, never computed.
 */
import type { Years } from '../penalties/types.ts';
import { formatRange, type Months, type Range } from './table.ts';
import { step, type Trail } from './trace.ts';

export interface StatutoryCount {
  label: string;
  min: Years;
  max: Years;
  consecutive: boolean;
  /** An offense the safety valve reaches (21 U.S.C. §§ 841, 844, 846, 960, 963; 46 U.S.C. §§ 70503, 70506). */
  safetyValveOffense: boolean;
}

export interface Restricted {
  range: Range;
  statutoryMinMonths: Months | null;
  statutoryMaxMonths: Months | null;
  minimumDisregarded: boolean;
  consecutiveMonths: number;
  text: string;
}

const toMonths = (y: Years): Months => (y === 'life' ? 'life' : Math.round(y * 12));
const lt = (a: Months, b: Months) => (a === 'life' ? false : b === 'life' ? true : a < b);
const minM = (a: Months, b: Months): Months => (lt(a, b) ? a : b);
const maxM = (a: Months, b: Months): Months => (lt(a, b) ? b : a);

export function restrictRange(
  range: Range,
  counts: readonly StatutoryCount[],
  liftMinimum: { safetyValve: boolean; motion3553e: boolean },
  trail: Trail,
): Restricted {
  const ordinary = counts.filter((c) => !c.consecutive);
  const consecutive = counts.filter((c) => c.consecutive);
  const consecutiveMonths = consecutive.reduce((s, c) => s + (c.min === 'life' ? 0 : c.min * 12), 0);
  if (ordinary.length === 0) {
    step(trail, {
      stage: 'chapter5',
      citation: '§ 5G1.1–§ 5G1.2',
      title: 'statutory limits',
      status: 'notComputed',
      facts: [],
      text: 'no count with a known statutory penalty: the range is not restricted',
    });
    return {
      range,
      statutoryMinMonths: null,
      statutoryMaxMonths: null,
      minimumDisregarded: false,
      consecutiveMonths,
      text: 'statutory limits unknown',
    };
  }
  let statMin: Months = ordinary.reduce<Months>((m, c) => maxM(m, toMonths(c.min)), 0);
  // § 5G1.2(d): the total punishment can reach the sum of the counts' maxima (consecutively to that extent).
  const statMax: Months = ordinary.reduce<Months>(
    (m, c) => (m === 'life' || c.max === 'life' ? 'life' : m + Math.round(c.max * 12)),
    0,
  );
  const svCovers = ordinary.filter((c) => c.min !== 0).every((c) => c.safetyValveOffense);
  let disregarded = false;
  if (statMin !== 0 && ((liftMinimum.safetyValve && svCovers) || liftMinimum.motion3553e)) {
    disregarded = true;
    step(trail, {
      stage: 'chapter5',
      citation: liftMinimum.motion3553e ? '18 U.S.C. § 3553(e)' : '18 U.S.C. § 3553(f); § 5C1.2(a)',
      title: 'statutory minimum disregarded',
      status: 'applied',
      facts: [],
      text: liftMinimum.motion3553e
        ? 'the government’s § 3553(e) motion is recorded: the court may sentence below the minimum'
        : 'the safety valve applies: the sentence is imposed without regard to the statutory minimum',
    });
    statMin = 0;
  }
  const cite = ordinary.length === 1 ? '§ 5G1.1' : '§ 5G1.2(b)–(d); § 5G1.2, comment. (n.3(B))';
  let out: Range;
  let text: string;
  if (lt(statMax, range.min)) {
    out = { min: statMax, max: statMax };
    text = `${ordinary.length === 1 ? '§ 5G1.1(a)' : cite}: the statutory maximum (${statMax} months) is below the range: it is the guideline sentence`;
  } else if (lt(range.max, statMin)) {
    out = { min: statMin, max: statMin };
    text = `${ordinary.length === 1 ? '§ 5G1.1(b)' : cite}: the statutory minimum (${statMin} months) is above the range: it is the guideline sentence`;
  } else {
    out = { min: maxM(range.min, statMin), max: minM(range.max, statMax) };
    text =
      out.min === range.min && out.max === range.max
        ? `${ordinary.length === 1 ? '§ 5G1.1(c)' : cite}: the range lies within the statutory limits (${statMin}–${statMax === 'life' ? 'life' : statMax} months)`
        : `${ordinary.length === 1 ? '§ 5G1.1(c)(2)' : cite}: the range is restricted by the statutory limits to ${formatRange(out)}`;
  }
  step(trail, {
    stage: 'chapter5',
    citation: cite,
    title: 'statutory limits',
    status: 'applied',
    facts: ordinary.map((c) => `count ${c.label}: ${c.min}–${c.max} years`),
    text,
  });
  if (consecutive.length)
    step(trail, {
      stage: 'chapter5',
      citation: '§ 5G1.2(a); § 3D1.1(b)(1)',
      title: 'consecutive mandatory terms',
      status: 'applied',
      facts: consecutive.map((c) => `count ${c.label}: at least ${c.min} years, consecutive`),
      text: `${consecutiveMonths} months imposed consecutively, outside the grouped range`,
    });
  return {
    range: out,
    statutoryMinMonths: statMin,
    statutoryMaxMonths: statMax,
    minimumDisregarded: disregarded,
    consecutiveMonths,
    text,
  };
}
