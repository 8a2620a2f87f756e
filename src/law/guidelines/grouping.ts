/**
 * Chapter Three, Part D: grouping closely related counts (§ 3D1.2), the level of each group (§ 3D1.3) and the
 * combined offense level from the units table (§ 3D1.4).
 */
import { type GuidelineStep, step, type Trail } from './trace.ts';

/** § 3D1.2(d): guidelines whose offense level is determined largely by aggregate harm (those the engine covers). */
export const AGGREGATE_GUIDELINES = new Set(['2B1.1', '2D1.1', '2G2.2', '2K2.1', '2S1.1']);
/** § 3D1.2(d): guidelines specifically excluded from (d) (those the engine covers). */
export const EXCLUDED_FROM_D = new Set(['2B3.1', '2G1.1', '2H4.1']);

export interface LevelUnit {
  label: string;
  charge: string;
  guideline: string;
  victim?: string;
  level: number;
}

export interface Group {
  label: string;
  units: LevelUnit[];
  level: number;
  rule: string;
  units3D1_4?: number;
}

export interface Combined {
  groups: Group[];
  totalUnits: number;
  increase: number;
  level: number;
}

/** § 3D1.4: units → levels added. @example unitsIncrease(2) // 2; unitsIncrease(3.5) // 4 */
export function unitsIncrease(units: number): number {
  if (units <= 1) return 0;
  if (units <= 1.5) return 1;
  if (units <= 2) return 2;
  if (units <= 3) return 3;
  if (units <= 5) return 4;
  return 5;
}

/** § 3D1.4(a)–(c): one unit for the most serious group and each within 4 levels, ½ for 5–8 less, none for 9 or more. */
export function unitOf(highest: number, level: number): number {
  const less = highest - level;
  if (less <= 4) return 1;
  if (less <= 8) return 0.5;
  return 0;
}

/** Groups and the combined level. `groupWith` pairs charges the user found closely related (§ 3D1.2(a)–(c)). */
export function combine(
  units: readonly LevelUnit[],
  groupWith: ReadonlyArray<readonly [string, string]>,
  trail: Trail,
): Combined {
  const parent = units.map((_, i) => i);
  const why = new Map<number, string>();
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] as number;
    return i;
  };
  const union = (a: number, b: number, rule: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) {
      parent[rb] = ra;
      why.set(ra, why.has(ra) ? `${why.get(ra)}; ${rule}` : rule);
    }
  };
  for (const [i, a] of units.entries())
    for (const [j, b] of units.entries()) {
      if (j <= i) continue;
      if (a.victim && b.victim && a.charge !== b.charge && a.victim === b.victim)
        union(
          i,
          j,
          `§ 3D1.2(a)–(b): same victim (${a.victim}), counts ${a.charge} and ${b.charge} in one transaction or common scheme`,
        );
      else if (a.guideline === b.guideline && AGGREGATE_GUIDELINES.has(a.guideline) && a.charge !== b.charge)
        union(i, j, `§ 3D1.2(d): § ${a.guideline} measures harm in the aggregate`);
      const paired = groupWith.some(
        ([x, y]) => (x === a.charge && y === b.charge) || (x === b.charge && y === a.charge),
      );
      if (paired && (!a.victim || !b.victim || a.victim === b.victim))
        union(i, j, `§ 3D1.2: counts ${a.charge} and ${b.charge} grouped as recorded`);
    }
  const byRoot = new Map<number, LevelUnit[]>();
  for (const [i, u] of units.entries()) byRoot.set(find(i), [...(byRoot.get(find(i)) ?? []), u]);
  const groups: Group[] = [...byRoot.entries()].map(([root, members], k) => {
    const level = Math.max(...members.map((m) => m.level));
    const aggregate = members.every((m) => AGGREGATE_GUIDELINES.has(m.guideline)) && members.length > 1;
    return {
      label: `Group ${k + 1}`,
      units: members,
      level,
      rule:
        members.length === 1
          ? 'a single count or victim'
          : `${why.get(root) ?? 'grouped'}; level: ${aggregate ? '§ 3D1.3(b), the aggregate (record the total quantity or loss on each count)' : '§ 3D1.3(a), the highest count'}`,
    };
  });
  const highest = Math.max(...groups.map((g) => g.level));
  let total = 0;
  for (const g of groups) {
    g.units3D1_4 = unitOf(highest, g.level);
    total += g.units3D1_4;
  }
  const increase = unitsIncrease(total);
  for (const g of groups)
    push(trail, {
      citation: '§ 3D1.2–§ 3D1.3',
      title: `${g.label}: ${g.units.map((u) => u.label).join(', ')}`,
      status: 'info',
      levelAfter: g.level,
      text: `${g.rule}. Level ${g.level}; ${g.units3D1_4} unit${g.units3D1_4 === 1 ? '' : 's'} (§ 3D1.4${g.units3D1_4 === 1 ? '(a)' : g.units3D1_4 === 0.5 ? '(b)' : '(c)'})`,
    });
  if (groups.length > 1)
    push(trail, {
      citation: '§ 3D1.4',
      title: 'combined offense level',
      status: 'applied',
      change: increase,
      levelAfter: highest + increase,
      text: `${total} units → +${increase} to the highest group level ${highest}`,
    });
  else
    push(trail, {
      citation: '§ 3D1.1–§ 3D1.4',
      title: 'multiple counts',
      status: 'notApplicable',
      levelAfter: highest,
      text: 'one group: no increase',
    });
  return { groups, totalUnits: total, increase, level: highest + increase };
}

function push(trail: Trail, s: Omit<GuidelineStep, 'edition' | 'facts' | 'stage'>) {
  step(trail, { ...s, stage: 'grouping' });
}
