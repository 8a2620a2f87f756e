/**
 * Chapter Five, Part A: the Sentencing Table (43 offense levels × 6 criminal history categories, in months),
 * the zones, and the criminal history category for a number of points. USSG Ch. 5, Pt. A; unchanged from the
 * 2016 table through the 2025 Manual (docs/guidelines.md, "Sources").
 */
export type Months = number | 'life';
export interface Range {
  min: Months;
  max: Months;
}
export type Chc = 'I' | 'II' | 'III' | 'IV' | 'V' | 'VI';
export const CATEGORIES: readonly Chc[] = ['I', 'II', 'III', 'IV', 'V', 'VI'];

// Each row: level, then "min-max" for CHC I … VI. "L" is life.
const ROWS = `1 0-6 0-6 0-6 0-6 0-6 0-6
2 0-6 0-6 0-6 0-6 0-6 1-7
3 0-6 0-6 0-6 0-6 2-8 3-9
4 0-6 0-6 0-6 2-8 4-10 6-12
5 0-6 0-6 1-7 4-10 6-12 9-15
6 0-6 1-7 2-8 6-12 9-15 12-18
7 0-6 2-8 4-10 8-14 12-18 15-21
8 0-6 4-10 6-12 10-16 15-21 18-24
9 4-10 6-12 8-14 12-18 18-24 21-27
10 6-12 8-14 10-16 15-21 21-27 24-30
11 8-14 10-16 12-18 18-24 24-30 27-33
12 10-16 12-18 15-21 21-27 27-33 30-37
13 12-18 15-21 18-24 24-30 30-37 33-41
14 15-21 18-24 21-27 27-33 33-41 37-46
15 18-24 21-27 24-30 30-37 37-46 41-51
16 21-27 24-30 27-33 33-41 41-51 46-57
17 24-30 27-33 30-37 37-46 46-57 51-63
18 27-33 30-37 33-41 41-51 51-63 57-71
19 30-37 33-41 37-46 46-57 57-71 63-78
20 33-41 37-46 41-51 51-63 63-78 70-87
21 37-46 41-51 46-57 57-71 70-87 77-96
22 41-51 46-57 51-63 63-78 77-96 84-105
23 46-57 51-63 57-71 70-87 84-105 92-115
24 51-63 57-71 63-78 77-96 92-115 100-125
25 57-71 63-78 70-87 84-105 100-125 110-137
26 63-78 70-87 78-97 92-115 110-137 120-150
27 70-87 78-97 87-108 100-125 120-150 130-162
28 78-97 87-108 97-121 110-137 130-162 140-175
29 87-108 97-121 108-135 121-151 140-175 151-188
30 97-121 108-135 121-151 135-168 151-188 168-210
31 108-135 121-151 135-168 151-188 168-210 188-235
32 121-151 135-168 151-188 168-210 188-235 210-262
33 135-168 151-188 168-210 188-235 210-262 235-293
34 151-188 168-210 188-235 210-262 235-293 262-327
35 168-210 188-235 210-262 235-293 262-327 292-365
36 188-235 210-262 235-293 262-327 292-365 324-405
37 210-262 235-293 262-327 292-365 324-405 360-L
38 235-293 262-327 292-365 324-405 360-L 360-L
39 262-327 292-365 324-405 360-L 360-L 360-L
40 292-365 324-405 360-L 360-L 360-L 360-L
41 324-405 360-L 360-L 360-L 360-L 360-L
42 360-L 360-L 360-L 360-L 360-L 360-L
43 L-L L-L L-L L-L L-L L-L`;

const parse = (s: string): Months => (s === 'L' ? 'life' : Number(s));
export const SENTENCING_TABLE: ReadonlyArray<readonly Range[]> = ROWS.split('\n').map((line) =>
  line
    .split(' ')
    .slice(1)
    .map((cell) => {
      const [a = '', b = ''] = cell.split('-');
      return { min: parse(a), max: parse(b) };
    }),
);

/**
 * Ch. 5, Pt. A, comment. (n.2): a total offense level below 1 is treated as 1, above 43 as 43.
 * @example clampLevel(47) // 43
 */
export const clampLevel = (level: number): number => Math.min(43, Math.max(1, level));

/** @example guidelineRange(15, 'III') // { min: 24, max: 30 } (Ch. 5, Pt. A, comment. (n.1)) */
export function guidelineRange(level: number, chc: Chc): Range {
  const row = SENTENCING_TABLE[clampLevel(level) - 1];
  const cell = row?.[CATEGORIES.indexOf(chc)];
  if (!cell) throw new Error(`no table cell for level ${level}, category ${chc}`);
  return cell;
}

/** Ch. 5, Pt. A: category from points — I 0–1, II 2–3, III 4–6, IV 7–9, V 10–12, VI 13 or more. */
export function categoryOfPoints(points: number): Chc {
  if (points <= 1) return 'I';
  if (points <= 3) return 'II';
  if (points <= 6) return 'III';
  if (points <= 9) return 'IV';
  if (points <= 12) return 'V';
  return 'VI';
}

export type Zone = 'A' | 'B' | 'C' | 'D';
/**
 * Ch. 5, Pt. A, the zones: A — the range's minimum is 0; B — 1 to 9 months; C — 10 to 12 months; D — 15 or
 * more (no range's minimum lies between 12 and 15).
 */
export function zoneOf(range: Range): Zone {
  const min = range.min === 'life' ? Number.POSITIVE_INFINITY : range.min;
  if (min === 0) return 'A';
  if (min <= 9) return 'B';
  if (min <= 12) return 'C';
  return 'D';
}

export const formatMonths = (m: Months): string => (m === 'life' ? 'life' : `${m}`);
export const formatRange = (r: Range): string =>
  r.min === 'life' ? 'life' : `${formatMonths(r.min)}–${formatMonths(r.max)} months`;
