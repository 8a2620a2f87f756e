/**
 * Dated, cited values (OpenFisca's parameter habit): every number the law changes
 * over time is a record `{ from, to, value, citation, sourceText, checkedOn }`. A list of records for one
 * provision must be contiguous and must not overlap; `coverageProblems` says where it is not, and a test runs
 * it over every list in the catalog.
 */
import { addDays, parseDate } from '../calendar/dates.ts';

export interface Dated {
  /** First day the value is in force (ISO date). */
  from: string;
  /** Last day it is in force, or null while in force. */
  to: string | null;
  /** The provision that states the value, as lawyers cite it. */
  citation: string;
  /** The public law (and section) that enacted or last changed the value, with its date. */
  enactedBy: string;
  /** The words of the provision that state the value (an excerpt, checked against a committed fixture). */
  sourceText: string;
  /** The day the record was last checked against its source (ISO date). */
  checkedOn: string;
  /**
   * Set when a part of the record could not be confirmed against the official text: the engine carries the
   * note into every result that uses the record.
   */
  unverified?: string;
}

/** The record in force on `date` (ISO), or undefined when none is. */
export function inForceOn<T extends Dated>(records: readonly T[], date: string): T | undefined {
  for (const r of records) if (r.from <= date && (r.to === null || date <= r.to)) return r;
  return undefined;
}

const nextDay = (iso: string): string => addDays(parseDate(iso), 1).toString();

/**
 * Gaps, overlaps and inverted ranges in a list of dated records (sorted or not). The last record must be open
 * (`to: null`) unless `mayEnd` is set (a provision repealed without replacement).
 */
export function coverageProblems(
  name: string,
  records: readonly Dated[],
  opts: { mayEnd?: boolean } = {},
): string[] {
  const problems: string[] = [];
  if (records.length === 0) return [`${name}: no records`];
  const sorted = [...records].sort((a, b) => a.from.localeCompare(b.from));
  sorted.forEach((r, i) => {
    if (r.to !== null && r.to < r.from) problems.push(`${name}: record from ${r.from} ends before it starts`);
    const next = sorted[i + 1];
    if (!next) return;
    if (r.to === null) {
      problems.push(`${name}: record from ${r.from} is open but another starts ${next.from}`);
      return;
    }
    const expected = nextDay(r.to);
    if (next.from < expected) problems.push(`${name}: records from ${r.from} and ${next.from} overlap`);
    else if (next.from > expected)
      problems.push(`${name}: gap from ${expected} to the day before ${next.from}`);
  });
  const last = sorted[sorted.length - 1];
  if (last && last.to !== null && !opts.mayEnd) problems.push(`${name}: the last record ends ${last.to}`);
  return problems;
}
