/** What every Chapter Two guideline reads: the charge, its statute, the edition, and shared tables. */
import type { Statute } from '../../../case/charges.ts';
import type { Chapter3Facts, OffenseFacts } from '../../../case/sentencing-facts.ts';
import type { Years } from '../../penalties/types.ts';
import type { Calc } from '../calc.ts';
import type { Edition } from '../editions.ts';
import type { Resolved } from '../facts.ts';

export type ResolvedOffense = Resolved<OffenseFacts>;
export type ResolvedChapter3 = Resolved<Chapter3Facts>;
export type OffenseOf<G extends ResolvedOffense['guideline']> = Extract<ResolvedOffense, { guideline: G }>;
export type ResolvedVictim = OffenseOf<'2G1.1'>['victims'][number];

/** How the courts of this case read § 2G1.1(a)(1) for a § 1594(c) conspiracy (docs/guidelines.md, "Options"). */
export type G11BaseReading = 'objectConduct' | 'conviction';

export interface Ch2Context {
  calc: Calc;
  /** The charge as labeled in the case ("1s", "offer-castell-2#1"). */
  charge: string;
  statute: Statute | null;
  /** The statutory maximum of the charge, from the exposure engine, when resolved. */
  statutoryMax?: Years;
  edition: Edition;
  chapter3: ResolvedChapter3;
  /** § 5C1.2(a)(1)–(5) met (for § 2D1.1(b)(18)); undefined when not known. */
  safetyValveMet: boolean | undefined;
  g11Base: G11BaseReading;
}

/** One unit of Chapter Two: a count, or a victim treated as a count by a special instruction. */
export interface Ch2Unit {
  label: string;
  charge: string;
  guideline: string;
  victim?: string;
  level: number;
  /** Chapter Three Parts A–C are already in the level (§ 2E1.1, comment. (n.1)). */
  chapter3Done?: boolean;
  victimFacts?: ResolvedVictim;
}

const SECTION = /§+\s*([0-9]+[A-Za-z]*)/;
/** The section a statute cites: "1591" for "18 U.S.C. § 1591(a), (b)(1)". */
export function sectionOf(statute: Statute | null): string | undefined {
  if (!statute) return undefined;
  return statute.section ?? SECTION.exec(statute.citation)?.[1];
}

/** Whether the statute cites a subsection, e.g. `(b)(1)`. */
export function citesSubsection(statute: Statute | null, sub: string): boolean {
  if (!statute) return false;
  return statute.subsections.includes(sub) || statute.citation.replace(/\s/g, '').includes(sub);
}

export const isConspiracyStatute = (statute: Statute | null): boolean =>
  ['371', '846', '963', '1349', '1594', '1956(h)'].includes(sectionOf(statute) ?? '') &&
  !(sectionOf(statute) === '1594' && citesSubsection(statute, '(a)'));

/**
 * § 2B1.1(b)(1), the loss table (amounts "more than"; unchanged through the 2025 Manual): used also by
 * § 2S1.1(a)(2) and § 2G2.2(b)(3)(A).
 * @example lossTableLevels(2_000_000) // 16 (more than $1,500,000)
 */
export const LOSS_TABLE: ReadonlyArray<readonly [number, number, string]> = [
  [550_000_000, 30, '(P)'],
  [250_000_000, 28, '(O)'],
  [150_000_000, 26, '(N)'],
  [65_000_000, 24, '(M)'],
  [25_000_000, 22, '(L)'],
  [9_500_000, 20, '(K)'],
  [3_500_000, 18, '(J)'],
  [1_500_000, 16, '(I)'],
  [550_000, 14, '(H)'],
  [250_000, 12, '(G)'],
  [150_000, 10, '(F)'],
  [95_000, 8, '(E)'],
  [40_000, 6, '(D)'],
  [15_000, 4, '(C)'],
  [6_500, 2, '(B)'],
];
export function lossTableLevels(amount: number): { levels: number; row: string } {
  for (const [more, levels, row] of LOSS_TABLE) if (amount > more) return { levels, row };
  return { levels: 0, row: '(A)' };
}

export const usd = (n: number): string => `$${n.toLocaleString('en-US')}`;

/** A statute from its citation, e.g. "18 U.S.C. § 1591(a), (b)(1)" → title 18, section 1591, (a) and (b)(1). */
export function statuteOf(citation: string): Statute {
  const m = /^(\d+)\s*U\.S\.C\.?\s*§+\s*([0-9A-Za-z]+)(.*)$/.exec(citation.trim());
  return {
    citation,
    ...(m ? { title: Number(m[1]), section: m[2] } : {}),
    subsections: [...(m?.[3] ?? '').matchAll(/\([a-zA-Z0-9]+\)(\([a-zA-Z0-9]+\))*/g)].map((x) => x[0]),
  };
}
