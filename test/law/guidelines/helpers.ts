/** Builders for Guidelines tests: facts as a user would record them, charges with their statutory penalties. */
import type { Statute } from '../../../src/case/charges.ts';
import { SentencingFacts, type SentencingFactsInput } from '../../../src/case/sentencing-facts.ts';
import {
  type ComputeCharge,
  computeGuidelines,
  editionOfYear,
  type GuidelinesComputation,
  resolveFacts,
} from '../../../src/law/guidelines/index.ts';
import type { Years } from '../../../src/law/penalties/types.ts';

export const statute = (citation: string): Statute => {
  const m = /^(\d+)\s*U\.S\.C\.\s*§+\s*([0-9A-Za-z]+)(.*)$/.exec(citation);
  return {
    citation,
    ...(m ? { title: Number(m[1]), section: m[2] } : {}),
    subsections: [...(m?.[3] ?? '').matchAll(/\([a-zA-Z0-9]+\)(\([a-zA-Z0-9]+\))*/g)].map((x) => x[0]),
  };
};

export interface TestCharge {
  label: string;
  statute: string;
  min?: Years;
  max?: Years;
  consecutive?: boolean;
}

export function run(
  input: Omit<SentencingFactsInput, 'source'> & { source?: SentencingFactsInput['source'] },
  charges: TestCharge[],
  opts: { year?: 2023 | 2024 | 2025; acceptance?: boolean; safetyValve?: 'ifEligible' | 'withheld' } = {},
): GuidelinesComputation {
  const facts = resolveFacts(SentencingFacts.parse({ source: { kind: 'user' }, ...input }));
  const cs: ComputeCharge[] = charges.map((c) => {
    const f = facts.charges.find((x) => x.charge === c.label);
    return {
      label: c.label,
      statute: statute(c.statute),
      ...(f ? { facts: f } : {}),
      ...(c.max !== undefined
        ? { statutory: { min: c.min ?? 0, max: c.max, consecutive: c.consecutive ?? false } }
        : {}),
    };
  });
  const edition = editionOfYear(opts.year ?? 2025);
  if (!edition) throw new Error('edition');
  return computeGuidelines(facts, cs, {
    edition,
    acceptance: opts.acceptance ?? false,
    safetyValve: opts.safetyValve ?? 'ifEligible',
    g11Base: 'objectConduct',
  });
}

/** Zero-point criteria all recorded as absent (for cases where the opinion shows no § 4C1.1 issue). */
export const noZeroPointBars = {
  violenceOrThreats: false,
  deathOrSeriousBodilyInjury: false,
  sexOffense: false,
  substantialFinancialHardship: false,
  weapon: false,
};
