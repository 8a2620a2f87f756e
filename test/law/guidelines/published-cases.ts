/**
 * Published computations as a table: each opinion's facts, the Manual the court used, and every number the opinion
 * states, which `published.test.ts` asserts against the engine. A case is `full` when the opinion states every step
 * — the base offense level, each specific offense characteristic and adjustment, acceptance, the total offense
 * level, the criminal history category and the range — and the engine reproduces each of them. Where an opinion
 * gives a category without the prior sentences behind it, the priors are placeholders (said in the case) carrying
 * the fewest points that category needs; a placeholder never stands for a step the opinion does not state.
 */
import { expect } from 'vitest';
import type { Chc } from '../../../src/law/guidelines/table.ts';
import type { run, TestCharge } from './helpers.ts';

export type Run = ReturnType<typeof run>;
type Facts = Parameters<typeof run>[0];
type RunOptions = Omit<NonNullable<Parameters<typeof run>[2]>, 'year'>;
export type Edition = 2023 | 2024 | 2025;
export type AppliedStep = [citation: string, change: number | null, levelAfter: number | null];

export interface PublishedCase {
  /** The case: name, reporter or docket, court, year, and where the computation is stated. */
  cite: string;
  /** The computation the opinion states, in one line (the test's name). */
  states: string;
  /** The Manual the court used, and why the edition(s) run here give the same numbers. */
  manual: string;
  /** Every step stated by the opinion and reproduced (see the module comment). */
  full: boolean;
  facts: Facts;
  charges: TestCharge[];
  options?: RunOptions;
  /** The engine's editions to run (default: 2025). */
  editions?: readonly Edition[];
  expected: {
    /** The applied steps whose citation starts with one of `of`, in order. */
    steps?: { of: readonly string[]; are: readonly AppliedStep[] };
    /** Chapter Two's table level, where the test checks it alone. */
    tableLevel?: number;
    points?: number;
    category?: Chc;
    careerOffender?: boolean;
    acceptanceLevels?: number;
    total: number;
    range: { min: number; max: number };
    restricted?: { min: number; max: number };
  };
  /** Checks of this case alone (the safety valve, § 4C1.1, a table cell the opinion names). */
  also?: (r: Run) => void;
}

/** Placeholder prior felonies of three points each (a term over 13 months inside the 15-year window). */
export const threePointPriors = (n: number, commenced: string, extra: Record<string, unknown> = {}) =>
  Array.from({ length: n }, (_, i) => ({
    id: `placeholder-${i + 1}`,
    description: 'placeholder: a prior felony sentence the opinion counts but does not describe',
    imposed: `${Number(commenced.slice(0, 4)) - 3 - i}-01-15`,
    prisonMonths: 24,
    felony: true,
    ...extra,
  }));

/** A placeholder one-point sentence (§ 4A1.1(c)). */
export const onePointPrior = (imposed: string, id = 'placeholder-1pt') => ({
  id,
  description: 'placeholder: a one-point sentence',
  imposed,
});

/**
 * A career offender (§ 4B1.1): an adult, two placeholder controlled-substance felonies, the instant offense
 * qualifying; acceptance with the government's motion unless `acceptance` is false.
 */
export const careerFacts = (offense: Record<string, unknown>, acceptance = true): Facts => ({
  ageAtOffense: { value: 30, source: { kind: 'user', note: 'placeholder: an adult, § 4B1.1(a)(1)' } },
  offenseCommenced: '2015-01-01',
  charges: [{ charge: '1', offense: offense as never }],
  careerOffender: { instantOffenseQualifies: true },
  ...(acceptance ? { acceptance: true, governmentMotion3E1_1b: true } : {}),
  priors: threePointPriors(2, '2015-01-01', { controlledSubstanceOffense: true }),
});

/** The applied steps whose citation starts with one of the prefixes: [citation, change, level after]. */
export const applied = (r: Run, ...prefixes: string[]): AppliedStep[] =>
  r.steps
    .filter((s) => s.status === 'applied' && prefixes.some((p) => s.citation.startsWith(p)))
    .map((s) => [s.citation, s.change ?? null, s.levelAfter ?? null]);

export const step = (r: Run, prefix: string) => r.steps.find((s) => s.citation.startsWith(prefix));

/** Asserts every number the case states. */
export function checkPublished(r: Run, c: PublishedCase): void {
  const e = c.expected;
  if (e.steps) expect(applied(r, ...e.steps.of)).toEqual(e.steps.are);
  if (e.tableLevel !== undefined) expect(step(r, '§ 2D1.1(c)')?.levelAfter).toBe(e.tableLevel);
  if (e.points !== undefined) expect(r.criminalHistory.points).toBe(e.points);
  if (e.category !== undefined) expect(r.criminalHistory.category).toBe(e.category);
  if (e.careerOffender !== undefined) expect(r.careerOffender).toBe(e.careerOffender);
  if (e.acceptanceLevels !== undefined) expect(r.acceptanceLevels).toBe(e.acceptanceLevels);
  expect(r.totalOffenseLevel).toBe(e.total);
  expect(r.range).toEqual(e.range);
  if (e.restricted) expect(r.restricted?.range).toEqual(e.restricted);
  c.also?.(r);
}
