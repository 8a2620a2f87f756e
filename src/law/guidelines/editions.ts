/**
 * The Guidelines Manuals the engine knows, as dated data (§ 1B1.11; the choice of Manual is in `manual.ts`).
 * Each edition lists the amendments whose arithmetic the engine carries; a rule that differs by edition asks
 * `edition.year` (one book: a computation never mixes two editions, § 1B1.11(b)(2)).
 *
 * Sources: the amendments effective Nov. 1, 2023 (88 Fed. Reg. 28254), Nov. 1, 2024 (89 Fed. Reg. 36853) and
 * Nov. 1, 2025 (90 Fed. Reg. 19798); USSG App. C. See docs/guidelines.md, "The computation" (the Manual in force).
 */
export interface Edition {
  year: 2023 | 2024 | 2025;
  /** First day in force. */
  from: string;
  /** Last day in force, or null while current. */
  to: string | null;
  label: string;
  /** The amendments of this edition whose arithmetic the engine applies. */
  amendments: readonly string[];
}

export const EDITIONS: readonly Edition[] = [
  {
    year: 2023,
    from: '2023-11-01',
    to: '2024-10-31',
    label: 'Guidelines Manual, Nov. 1, 2023',
    amendments: [
      'App. C amend. 817 (§ 2D1.1(a)(1), (a)(3): First Step Act terms)',
      'App. C amend. 820 (§ 3E1.1(b): "preparing for trial")',
      'App. C amend. 821 (§ 4A1.1(e) status points only with 7 or more points; § 4C1.1 zero-point offenders)',
    ],
  },
  {
    year: 2024,
    from: '2024-11-01',
    to: '2025-10-31',
    label: 'Guidelines Manual, Nov. 1, 2024',
    amendments: [
      'App. C amend. 826 (§ 1B1.3(c): acquitted conduct)',
      'App. C amend. 827 (§ 2B1.1(b)(1) Notes to Table: loss defined in the guideline)',
    ],
  },
  {
    year: 2025,
    from: '2025-11-01',
    to: null,
    label: 'Guidelines Manual, Nov. 1, 2025',
    amendments: [
      'App. C amend. 832 (§ 2B3.1(b)(2)(B), (b)(4)(B): "otherwise used" and "physically restrained" defined; same levels)',
      'App. C amend. 833 (§ 2D1.1(a)(5) mitigating-role cap: above 34 → 32, minimal participant → 30; § 2D1.1(e)(2))',
      'App. C amend. 834 (§ 2K2.1(b)(5) machinegun conversion devices; old (b)(5)–(9) become (b)(6)–(10))',
      'App. C amend. 836 (departures removed: the range, then 18 U.S.C. § 3553(a); § 5K1.1 kept)',
    ],
  },
];

/**
 * Manuals published after the last edition the engine carries. The amendments effective Nov. 1, 2026 were submitted
 * to Congress on May 4, 2026 (91 Fed. Reg. 24088); their text is not in the engine, so a sentencing date on or after
 * that day is still computed under the 2025 Manual, and the choice of Manual says so.
 */
export const LATER_MANUALS: ReadonlyArray<{ label: string; from: string; source: string }> = [
  {
    label: 'Guidelines Manual, Nov. 1, 2026',
    from: '2026-11-01',
    source: 'amendments effective Nov. 1, 2026, 91 Fed. Reg. 24088 (May 4, 2026)',
  },
];

/** The edition in force on an ISO date, or undefined before Nov. 1, 2023 (not supported). */
export function editionOn(date: string): Edition | undefined {
  return EDITIONS.find((e) => e.from <= date && (e.to === null || date <= e.to));
}

export function editionOfYear(year: number): Edition | undefined {
  return EDITIONS.find((e) => e.year === year);
}
