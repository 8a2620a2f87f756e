/**
 * Dates written in docket text, in every form the fixtures show (docs/dockets.md § 9.6): `m/d/yy`,
 * `m/d/yyyy`, one-digit years (`2/9/4`, resolved to the decade of the entry), `m-d-yy`, long forms
 * (`August 17, 2004`, `Monday, May 23, 2016`), dates glued to a word (`on6/6/17`). A date that cannot be
 * a date (`5/22/20107`, `2/30/2015`) is reported as invalid, never guessed.
 */
import { isoFromParts } from '../dates.ts';

export interface TextDate {
  /** ISO date, or null when the text is not a real date. */
  iso: string | null;
  start: number;
  end: number;
  raw: string;
  /** Why the date was not read (impossible year, no such day). */
  problem?: string;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const NUMERIC = /(?<![\d/.:$])(\d{1,2})([/-])(\d{1,2})\2(\d{1,5})(?![\d/])/g;
const LONG =
  /\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/gi;

/**
 * Two- and one-digit years: the year with those last digits closest to the year the entry was filed
 * (`03` in 2004 → 2003; `4` in 2004 → 2004; `9` in 2010 → 2009).
 */
export function resolveYear(digits: string, nearYear: number): number {
  const n = Number(digits);
  if (digits.length >= 3) return n;
  const modulus = digits.length === 1 ? 10 : 100;
  const base = nearYear - (nearYear % modulus) + n;
  let best = base;
  for (const c of [base - modulus, base + modulus])
    if (Math.abs(c - nearYear) < Math.abs(best - nearYear)) best = c;
  return best;
}

/** Every date in `text` (which may be masked with spaces), in order of position. */
export function findDates(text: string, nearYear: number): TextDate[] {
  const out: TextDate[] = [];
  for (const m of text.matchAll(NUMERIC)) {
    const [raw, mo, sep, d, y] = m as unknown as [string, string, string, string, string];
    const start = m.index;
    if (sep === '-' && (y.length > 4 || text[start - 1] === '-')) continue;
    if (y.length === 3 || y.length === 5) {
      out.push({ iso: null, start, end: start + raw.length, raw, problem: `impossible year "${y}"` });
      continue;
    }
    const year = resolveYear(y, nearYear);
    const iso = isoFromParts(year, Number(mo), Number(d));
    out.push(
      iso
        ? { iso, start, end: start + raw.length, raw }
        : { iso: null, start, end: start + raw.length, raw, problem: `no such date "${raw}"` },
    );
  }
  for (const m of text.matchAll(LONG)) {
    const month = MONTHS[m[1]!.toLowerCase().slice(0, m[1]!.toLowerCase().startsWith('sept') ? 4 : 3)];
    const iso = month ? isoFromParts(Number(m[3]), month, Number(m[2])) : null;
    const start = m.index;
    const entry: TextDate = { iso, start, end: start + m[0].length, raw: m[0] };
    if (!iso) entry.problem = `no such date "${m[0]}"`;
    out.push(entry);
  }
  return out.sort((a, b) => a.start - b.start);
}
