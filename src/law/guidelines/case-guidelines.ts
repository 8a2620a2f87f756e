/**
 * The Guidelines for the defendants of a case file, scenario by scenario (a trial on the pending counts, a plea
 * to them with acceptance, a plea to named counts, each recorded plea offer; with and without the safety valve
 * where it matters), each beside its statutory exposure, under every reading of the disputed facts, in the
 * Manual § 1B1.11 selects. Pure: the date of computation is an argument.
 */
import type { CaseFile, Count, PleaOffer } from '../../case/index.ts';
import { SentencingFacts } from '../../case/sentencing-facts.ts';
import {
  type Charge,
  type CountExposure,
  chargeOfCount,
  offerCharges,
  pendingCounts,
  scenario,
} from '../penalties/index.ts';
import type { Years } from '../penalties/types.ts';
import type { G11BaseReading } from './chapter2/common.ts';
import { type ComputeCharge, computeGuidelines, type GuidelinesComputation } from './compute.ts';
import { EDITIONS, type Edition, editionOfYear, editionOn, LATER_MANUALS } from './editions.ts';
import { type Dispute, disputesOf, type ResolvedFacts, resolveFacts } from './facts.ts';
import type { Range } from './table.ts';

export class GuidelinesInputError extends Error {
  override name = 'GuidelinesInputError';
}

export interface GuidelinesRequest {
  asOf: string;
  defendant?: number;
  /** A plea scenario: these pending counts, the rest dismissed. */
  pleaCounts?: readonly string[];
  /** Force one edition (2023, 2024, 2025) instead of the § 1B1.11 choice. */
  manual?: number;
  sentencingDate?: string;
  offers?: 'open' | 'all' | 'none';
}

export interface Reading {
  id: string;
  label: string;
  alternatives: string[];
  g11Base: G11BaseReading;
}

export interface ManualChoice {
  edition: number;
  sentencingDate: string;
  lastOffenseDate?: string;
  text: string;
  compared?: { edition: number; range: Range | null };
}

export interface ScenarioGuidelines {
  scenario: string;
  description: string;
  acceptance: boolean;
  safetyValve: 'ifEligible' | 'withheld';
  exposure: { floor: Years; ceiling: Years; complete: boolean; citation: string };
  results: Array<{ reading: string; manual: ManualChoice; result: GuidelinesComputation }>;
}

export interface DefendantGuidelines {
  defendant: number;
  name: string;
  hasFacts: boolean;
  readings: Reading[];
  disputes: Dispute[];
  scenarios: ScenarioGuidelines[];
  warnings: string[];
}

export interface CaseGuidelines {
  caption: string;
  asOf: string;
  editions: Array<{ year: number; from: string; to: string | null }>;
  defendants: DefendantGuidelines[];
}

/** The circuit of a district court, by its PACER id (only the circuits whose law an option reads). */
export function circuitOf(court: string): string | undefined {
  if (/^(ny|ct|vt)/.test(court)) return '2d';
  if (/^(pa|nj|de|vi)/.test(court)) return '3d';
  if (/^(oh|mi|ky|tn)/.test(court)) return '6th';
  if (/^(ca|or|wa|nv|az|id|mt|ak|hi|gu|nmi)/.test(court)) return '9th';
  return undefined;
}

/**
 * § 2G1.1(a)(1) for a § 1594(c) conspiracy: the Third Circuit reads the object conduct (Sims, 957 F.3d 362);
 * the Sixth and Ninth the offense of conviction (Pennington, 78 F.4th 955; Wei Lin, 841 F.3d 823); elsewhere
 * unresolved, and both readings are computed.
 */
export function g11Readings(court: string): {
  default: G11BaseReading;
  alternative?: G11BaseReading;
  note: string;
} {
  const circuit = circuitOf(court);
  if (circuit === '3d')
    return {
      default: 'objectConduct',
      note: 'Third Circuit: object conduct (United States v. Sims, 957 F.3d 362 (3d Cir. 2020))',
    };
  if (circuit === '6th' || circuit === '9th')
    return {
      default: 'conviction',
      note: `${circuit} Circuit: the offense of conviction (United States v. Wei Lin, 841 F.3d 823 (9th Cir. 2016); United States v. Pennington, 78 F.4th 955 (6th Cir. 2023))`,
    };
  return {
    default: 'objectConduct',
    alternative: 'conviction',
    note: 'the circuit has not decided: both readings (Sims; Wei Lin)',
  };
}

const higher = (a: Range | null, b: Range | null): boolean => {
  if (!a || !b) return false;
  const n = (m: number | 'life') => (m === 'life' ? Number.POSITIVE_INFINITY : m);
  return n(a.min) > n(b.min) || n(a.max) > n(b.max);
};

/** § 1B1.11: the Manual in effect at sentencing, unless it gives a higher range than the Manual in effect when the offense ended. */
export function chooseManual(
  sentencingDate: string,
  lastOffenseDate: string | undefined,
  forced: number | undefined,
  compute: (e: Edition) => GuidelinesComputation,
): { manual: ManualChoice; result: GuidelinesComputation } {
  const chosen = chooseManualIn(sentencingDate, lastOffenseDate, forced, compute);
  const later = LATER_MANUALS.find((m) => m.from <= sentencingDate);
  if (!later || forced !== undefined) return chosen;
  return {
    ...chosen,
    manual: {
      ...chosen.manual,
      text: `${chosen.manual.text}. Not in the engine: ${later.label}, in effect from ${later.from} (${later.source}) — the sentencing date falls under it, so this range is the 2025 Manual's and must be checked against that Manual`,
    },
  };
}

function chooseManualIn(
  sentencingDate: string,
  lastOffenseDate: string | undefined,
  forced: number | undefined,
  compute: (e: Edition) => GuidelinesComputation,
): { manual: ManualChoice; result: GuidelinesComputation } {
  if (forced !== undefined) {
    const e = editionOfYear(forced);
    if (!e)
      throw new GuidelinesInputError(
        `no ${forced} Manual in the engine (editions: ${EDITIONS.map((x) => x.year).join(', ')})`,
      );
    return {
      manual: {
        edition: e.year,
        sentencingDate,
        ...(lastOffenseDate ? { lastOffenseDate } : {}),
        text: `the ${e.label}, as chosen by the user`,
      },
      result: compute(e),
    };
  }
  const atSentencing = editionOn(sentencingDate);
  if (!atSentencing)
    throw new GuidelinesInputError(
      `sentencing date ${sentencingDate} is before Nov. 1, 2023: the engine has only the 2023, 2024 and 2025 Manuals`,
    );
  const base = { sentencingDate, ...(lastOffenseDate ? { lastOffenseDate } : {}) };
  const first = compute(atSentencing);
  if (!lastOffenseDate)
    return {
      manual: {
        ...base,
        edition: atSentencing.year,
        text: `§ 1B1.11(a): the ${atSentencing.label}, in effect on the sentencing date; the offense date is not recorded, so the ex post facto comparison was not made`,
      },
      result: first,
    };
  const atOffense = editionOn(lastOffenseDate);
  if (!atOffense)
    return {
      manual: {
        ...base,
        edition: atSentencing.year,
        text: `§ 1B1.11(a): the ${atSentencing.label}; the offense ended ${lastOffenseDate}, before the earliest Manual the engine has, so the ex post facto comparison (§ 1B1.11(b)(1); Peugh v. United States, 569 U.S. 530 (2013)) was not made`,
      },
      result: first,
    };
  if (atOffense.year === atSentencing.year)
    return {
      manual: {
        ...base,
        edition: atSentencing.year,
        text: `§ 1B1.11(a): the ${atSentencing.label}, in effect at sentencing and when the offense ended`,
      },
      result: first,
    };
  const second = compute(atOffense);
  if (higher(first.range, second.range))
    return {
      manual: {
        ...base,
        edition: atOffense.year,
        text: `§ 1B1.11(b)(1): the ${atSentencing.label} gives a higher range than the ${atOffense.label}, in effect when the offense ended (${lastOffenseDate}); the earlier Manual is used as a whole (Peugh v. United States, 569 U.S. 530 (2013))`,
        compared: { edition: atSentencing.year, range: first.range },
      },
      result: second,
    };
  return {
    manual: {
      ...base,
      edition: atSentencing.year,
      text: `§ 1B1.11(a): the ${atSentencing.label}; the ${atOffense.label} (offense ended ${lastOffenseDate}) does not give a lower range`,
      compared: { edition: atOffense.year, range: second.range },
    },
    result: first,
  };
}

const statutoryOf = (c: CountExposure | undefined): ComputeCharge['statutory'] =>
  c && c.status === 'resolved' && c.prison
    ? { min: c.prison.min, max: c.prison.max, consecutive: c.consecutive !== undefined }
    : undefined;

interface ScenarioSpec {
  name: string;
  description: string;
  acceptance: boolean;
  labels: string[];
  charges: Charge[];
}

function readingsOf(
  facts: SentencingFacts,
  disputes: Dispute[],
  court: string,
  has1594c: boolean,
): Reading[] {
  const g = g11Readings(court);
  const out: Reading[] = [
    {
      id: 'recorded',
      label: has1594c ? `as recorded; § 2G1.1(a) for § 1594(c): ${g.default} (${g.note})` : 'as recorded',
      alternatives: [],
      g11Base: g.default,
    },
  ];
  for (const d of disputes)
    out.push({
      id: `disputed:${d.path}`,
      label: `${d.path} = ${JSON.stringify(d.alternative)} (${d.by ?? 'disputed'} reading${d.note ? `: ${d.note}` : ''})`,
      alternatives: [d.path],
      g11Base: g.default,
    });
  if (has1594c && g.alternative)
    out.push({
      id: `option:g11BaseFor1594c=${g.alternative}`,
      label: `§ 2G1.1(a) for a § 1594(c) conspiracy read as the offense of conviction (United States v. Wei Lin, 841 F.3d 823 (9th Cir. 2016))`,
      alternatives: [],
      g11Base: g.alternative,
    });
  void facts;
  return out;
}

export function caseGuidelines(file: CaseFile, request: GuidelinesRequest): CaseGuidelines {
  const defendants =
    request.defendant !== undefined
      ? file.defendants.filter((d) => d.number === request.defendant)
      : file.defendants.filter((d) => pendingCounts(file, d.number).length > 0);
  if (request.defendant !== undefined && defendants.length === 0)
    throw new GuidelinesInputError(
      `defendant ${request.defendant} is not in the case (defendants: ${file.defendants.map((d) => d.number).join(', ')})`,
    );
  return {
    caption: file.case.caption,
    asOf: request.asOf,
    editions: EDITIONS.map((e) => ({ year: e.year, from: e.from, to: e.to })),
    defendants: defendants.map((d) => defendantGuidelines(file, d.number, request)),
  };
}

function defendantGuidelines(
  file: CaseFile,
  number: number,
  request: GuidelinesRequest,
): DefendantGuidelines {
  const d = file.defendants.find((x) => x.number === number);
  if (!d) throw new GuidelinesInputError(`defendant ${number} is not in the case`);
  const warnings: string[] = [];
  const raw = d.sentencingFacts;
  if (!raw)
    return {
      defendant: number,
      name: d.name,
      hasFacts: false,
      readings: [],
      disputes: [],
      scenarios: [],
      warnings: [
        `no sentencing facts are recorded for ${d.name}: the Guidelines range is not computed (add \`sentencingFacts\` to the defendant)`,
      ],
    };
  const facts = SentencingFacts.parse(raw);
  const pending = pendingCounts(file, number);
  const specs: ScenarioSpec[] = [];
  const countCharges = (counts: Count[]) => ({
    labels: counts.map((c) => c.number),
    charges: counts.map((c) => chargeOfCount(file, c)),
  });
  const all = countCharges(pending);
  specs.push({
    name: 'trial',
    description: `Convicted at trial on the pending counts ${all.labels.join(', ')}`,
    acceptance: false,
    ...all,
  });
  specs.push({
    name: 'plea',
    description: `Plea to the pending counts ${all.labels.join(', ')}, with acceptance of responsibility`,
    acceptance: true,
    ...all,
  });
  if (request.pleaCounts?.length) {
    const named = request.pleaCounts.map((n) => {
      const c = pending.find((x) => x.number === n);
      if (!c)
        throw new GuidelinesInputError(
          `count "${n}" is not pending against defendant ${number} (pending: ${pending.map((x) => x.number).join(', ') || 'none'})`,
        );
      return c;
    });
    specs.push({
      name: `plea ${request.pleaCounts.join(', ')}`,
      description: `Plea to count${named.length === 1 ? '' : 's'} ${request.pleaCounts.join(', ')}, the rest dismissed, with acceptance`,
      acceptance: true,
      ...countCharges(named),
    });
  }
  const which = request.offers ?? 'open';
  for (const offer of file.pleaOffers.filter((o) => o.defendant === number)) {
    if (which === 'none' || (which === 'open' && offer.status !== 'open' && offer.status !== 'accepted'))
      continue;
    specs.push(offerSpec(file, offer));
  }
  const disputes = disputesOf(facts);
  const has1594c = [...pending.map((c) => c.statute?.citation ?? '')].some((s) => /1594\s*\(c\)/.test(s));
  const readings = readingsOf(facts, disputes, file.case.court, has1594c);
  const sentencingDate = request.sentencingDate ?? facts.sentencingDate ?? request.asOf;
  if (!facts.sentencingDate && !request.sentencingDate)
    warnings.push(`no sentencing date recorded: the Manual is chosen as of ${request.asOf}`);
  const scenarios: ScenarioGuidelines[] = [];
  for (const spec of specs) {
    const exposure = scenario(spec.name, spec.description, spec.charges, {
      asOf: request.asOf,
      sentencingDate,
    });
    const charges = spec.labels.map((label, i) => {
      const cf = facts.charges.find((c) => c.charge === label);
      return {
        label,
        statute: spec.charges[i]?.statute ?? null,
        cf,
        statutory: statutoryOf(exposure.counts[i]),
      };
    });
    const offenseDates = charges.flatMap((c, i) => {
      const date = c.cf?.offenseDate ?? spec.charges[i]?.attributes?.offenseDate;
      return date ? [date] : [];
    });
    const lastOffenseDate = offenseDates.sort().pop();
    const drug = charges.some((c) => c.cf?.offense?.guideline === '2D1.1');
    const variants: Array<'ifEligible' | 'withheld'> =
      drug && spec.acceptance ? ['ifEligible', 'withheld'] : ['ifEligible'];
    for (const sv of variants) {
      const results = readings.map((r) => {
        const resolved: ResolvedFacts = resolveFacts(facts, new Set(r.alternatives));
        const computeCharges: ComputeCharge[] = charges.map((c) => {
          const rc = resolved.charges.find((x) => x.charge === c.label);
          return {
            label: c.label,
            statute: c.statute,
            ...(rc ? { facts: rc } : {}),
            ...(c.statutory ? { statutory: c.statutory } : {}),
          };
        });
        const chosen = chooseManual(sentencingDate, lastOffenseDate, request.manual, (edition) =>
          computeGuidelines(resolved, computeCharges, {
            edition,
            acceptance: spec.acceptance,
            safetyValve: sv,
            g11Base: r.g11Base,
          }),
        );
        chosen.result.steps.unshift({
          stage: 'manual',
          citation: '§ 1B1.11',
          title: 'which Manual',
          status: 'info',
          facts: [`sentencing date ${sentencingDate}`, `offense ended ${lastOffenseDate ?? 'not recorded'}`],
          text: chosen.manual.text,
          edition: chosen.manual.edition,
        });
        return { reading: r.id, manual: chosen.manual, result: chosen.result };
      });
      scenarios.push({
        scenario:
          variants.length > 1
            ? `${spec.name} (${sv === 'ifEligible' ? 'with' : 'without'} the safety valve)`
            : spec.name,
        description: spec.description,
        acceptance: spec.acceptance,
        safetyValve: sv,
        exposure: {
          floor: exposure.totals.floor.years,
          ceiling: exposure.totals.ceiling.years,
          complete: exposure.totals.complete,
          citation: exposure.totals.floor.citation,
        },
        results,
      });
    }
  }
  return { defendant: number, name: d.name, hasFacts: true, readings, disputes, scenarios, warnings };
}

function offerSpec(file: CaseFile, offer: PleaOffer): ScenarioSpec {
  const charges = offerCharges(file, offer);
  const labels = offer.pleadTo.map((p, i) => p.count ?? `${offer.id}#${i + 1}`);
  const pleas = offer.pleadTo
    .map((p, i) =>
      p.count ? `count ${p.count}` : `${p.description ?? p.statute?.citation ?? `charge ${i + 1}`}`,
    )
    .join(', ');
  return {
    name: `${offer.id} (${offer.status})`,
    description: `Plea offer of ${offer.madeOn}: ${pleas}, with acceptance`,
    acceptance: true,
    labels,
    charges,
  };
}
