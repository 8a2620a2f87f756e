/**
 * The AO's excludable-delay letter codes (docs/speedy-trial.md, "Exclusions, § 3161(h)"). Letters were assigned by meaning
 * and did not change when Pub. L. 110-406 (2008) renumbered 18 U.S.C. § 3161(h), so a code maps to a
 * canonical category, not to a subsection letter. The letters live with their provisions
 * (src/law/speedy-trial/provisions/); U (plea withdrawn) and W (grand jury extension) are not exclusions and
 * are absent here.
 */
import type { ExclusionKind } from '../../case/index.ts';
import { AO_CODE_ROWS } from '../../law/speedy-trial/provisions/index.ts';

export interface AoCode {
  category: ExclusionKind;
  /** Current citation (after 2008). */
  citation: string;
  meaning: string;
}

/** The exclusion codes of the registry, by letter. */
export const AO_CODES: Readonly<Record<string, AoCode>> = Object.fromEntries(
  AO_CODE_ROWS.flatMap((c) =>
    c.kind === 'trigger' || c.kind === 'limit'
      ? []
      : [[c.code, { category: c.kind, citation: c.citation, meaning: c.meaning }]],
  ),
);

/** The (h)(7)(B) factor a T code names. */
export const T_FACTOR: Readonly<Record<string, 'i' | 'ii' | 'iii' | 'iv'>> = Object.fromEntries(
  AO_CODE_ROWS.flatMap((c) => (c.factor ? [[c.code, c.factor]] : [])),
);
