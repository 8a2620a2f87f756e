/**
 * Count and complaint lines as PACER prints them (docs/dockets.md § 2.3):
 * `[<title>:<section>[suffix]] [- ]<label>(<count spec>)`, e.g.
 * `8:1326(a) and (b)(1) Reentry of Removed Alien(1)`, `18:371.F CONSPIRACY TO DEFRAUD THE UNITED STATES(1)`,
 * `18:513A.F (18:513(a) and 2 -UTTERING AND POSSESSING …(2-4)`, `DISTRIBUTE EXPLOSIVE MATERIAL(3s)`.
 * The raw line is always kept; what cannot be read stays in the label.
 */
import type { Statute } from '../case/index.ts';

export interface ParsedCountLine {
  statute: Statute | null;
  /** Further sections charged on the same line (`, 2`, `, 28:2461(c)`, `and 960`). */
  alsoCited: string[];
  aoOffenseCode?: string;
  label: string;
  /** The count spec as printed, without parentheses: `1`, `2-4`, `1s-2s`, `3s`. Empty for complaints. */
  number: string;
  countNumbers: number[];
  supersedingLevel: number;
}

const SPEC = /\(\s*(\d+[a-z]*(?:\s*-\s*\d+[a-z]*)?(?:\s*,\s*\d+[a-z]*(?:\s*-\s*\d+[a-z]*)?)*)\s*\)\s*$/;

/** `2-4` → [2, 3, 4]; `1s-2s` → [1, 2]; the suffix letters give the superseding level (`s` 1, `ss` 2). */
export function countSpec(spec: string): { numbers: number[]; supersedingLevel: number } {
  const numbers: number[] = [];
  let level = 0;
  for (const part of spec.split(',')) {
    const m = /^\s*(\d+)([a-z]*)\s*(?:-\s*(\d+)([a-z]*))?\s*$/.exec(part);
    if (!m) continue;
    const from = Number(m[1]);
    const to = m[3] ? Number(m[3]) : from;
    level = Math.max(level, m[2]?.length ?? 0, m[4]?.length ?? 0);
    if (to >= from && to - from < 1000) for (let n = from; n <= to; n++) numbers.push(n);
  }
  return { numbers, supersedingLevel: level };
}

const SECTION = /^(\d+):([0-9][0-9A-Za-z]*)((?:-\d+)?(?:\.[A-Z]+)?)((?:\([0-9A-Za-z]+\))*)/;
const MORE =
  /^\s*(?:and|,|;|&)\s*((?:\d+:)?[0-9][0-9A-Za-z]*(?:\([0-9A-Za-z]+\))*|(?:\([0-9A-Za-z]+\))+)(?=[\s,;)-]|$)/;

/** Parse a count (with its spec) or complaint line. */
export function parseCountLine(raw: string, options: { complaint?: boolean } = {}): ParsedCountLine {
  let rest = raw.trim();
  let number = '';
  let numbers: number[] = [];
  let supersedingLevel = 0;
  if (!options.complaint) {
    const spec = SPEC.exec(rest);
    if (spec) {
      number = spec[1]!.replace(/\s+/g, '');
      ({ numbers, supersedingLevel } = countSpec(spec[1]!));
      rest = rest.slice(0, spec.index).trim();
    }
  }
  const first = SECTION.exec(rest);
  if (!first) {
    return {
      statute: null,
      alsoCited: [],
      label: rest || raw.trim(),
      number,
      countNumbers: numbers,
      supersedingLevel,
    };
  }
  const title = Number(first[1]);
  let section = first[2]!;
  const suffix = first[3] ?? '';
  let subsections = first[4] ? [first[4]] : [];
  let aoOffenseCode: string | undefined;
  if (suffix) {
    aoOffenseCode = `${section}${suffix}`;
    section = section.replace(/[A-Z]+$/, '') || section;
  }
  let cited = `${first[1]}:${section}${first[4] ?? ''}`;
  rest = rest.slice(first[0].length);

  // "18:513A.F (18:513(a) and 2 -UTTERING…": the AO code, then the statute in an unclosed parenthesis.
  const inner = /^\s*\((\d+):([0-9][0-9A-Za-z]*)((?:\([0-9A-Za-z]+\))*)/.exec(rest);
  if (aoOffenseCode && inner && Number(inner[1]) === title) {
    section = inner[2]!;
    subsections = inner[3] ? [inner[3]] : [];
    cited = `${inner[1]}:${inner[2]}${inner[3] ?? ''}`;
    rest = rest.slice(inner[0].length);
  }
  const alsoCited: string[] = [];
  for (let m = MORE.exec(rest); m; m = MORE.exec(rest)) {
    const piece = m[1]!;
    if (piece.startsWith('(') && alsoCited.length === 0) {
      subsections = [...subsections, piece];
      cited += ` and ${piece}`;
    } else {
      alsoCited.push(piece.includes(':') ? piece : `${title}:${piece}`);
      cited += `, ${piece}`;
    }
    rest = rest.slice(m[0].length);
  }
  const label = rest.replace(/^\s*\)?\s*-?\s*/, '').trim();
  const citation = `${title} U.S.C. § ${cited.slice(String(title).length + 1)}`.replace(
    /, (\d+):/g,
    (_, t: string) => `; ${t} U.S.C. § `,
  );
  return {
    statute: { citation, title, section, subsections },
    alsoCited,
    ...(aoOffenseCode ? { aoOffenseCode } : {}),
    label: label || raw.trim(),
    number,
    countNumbers: numbers,
    supersedingLevel,
  };
}

/** Complaint lines may list several statutes: `18:111(a)(1); 18:758 - Assault …; High Speed Flight …`. */
export function complaintStatutes(raw: string): Statute[] {
  const out: Statute[] = [];
  const re = /(\d+):([0-9][0-9A-Za-z]*)((?:\([0-9A-Za-z]+\))*)/g;
  for (const m of raw.matchAll(re)) {
    out.push({
      citation: `${m[1]} U.S.C. § ${m[2]}${m[3] ?? ''}`,
      title: Number(m[1]),
      section: m[2]!,
      subsections: m[3] ? [m[3]] : [],
    });
  }
  return out;
}
