/**
 * What an imported source covers (`coverage` in the case file, docs/import.md "Coverage"): the periods and
 * entry numbers it holds, whether its entries carry their texts, and whether it is complete. The Speedy
 * Trial engine counts a day only where the record can show what happened on it, so a source claims no more
 * than it holds:
 *
 * - a full PACER Docket Report is complete from the filing to the day it was run (its transaction receipt);
 * - a report run for a document or date range, a page cut off inside its table, a docket history without
 *   the entries' texts, a CourtListener docket with missing entry numbers, and any RECAP archive docket are
 *   partial, with the periods and entry numbers they hold.
 */
import type { z } from 'zod';
import type { SourceCoverage } from '../case/index.ts';
import { ENTRY_FORMAT, type RawDocket } from './types.ts';

type CoverageInput = z.input<typeof SourceCoverage>;

interface EntryFacts {
  number: number | null;
  dateFiled: string;
  text: string;
}

/** Missing numbers listed at most: a range with more gaps than this is summarized in the note. */
const MAX_LISTED_MISSING = 2000;

const minDate = (dates: string[]) =>
  dates.reduce<string | null>((a, d) => (a === null || d < a ? d : a), null);
const maxDate = (dates: string[]) =>
  dates.reduce<string | null>((a, d) => (a === null || d > a ? d : a), null);

/** The entry numbers present, their range (narrowed or widened by a document filter) and the gaps inside. */
function numbering(entries: EntryFacts[], filter: RawDocket['filter']) {
  const present = [...new Set(entries.map((e) => e.number).filter((n): n is number => n !== null))].sort(
    (a, b) => a - b,
  );
  if (present.length === 0) {
    if (filter?.fromDocument === undefined && filter?.toDocument === undefined) return null;
    return {
      range: {
        ...(filter.fromDocument !== undefined ? { from: filter.fromDocument } : {}),
        ...(filter.toDocument !== undefined ? { to: filter.toDocument } : {}),
        missing: [],
      },
      missingCount: 0,
    };
  }
  const from = Math.min(filter?.fromDocument ?? present[0]!, present[0]!);
  const last = present[present.length - 1]!;
  const to = filter?.toDocument !== undefined ? Math.max(filter.toDocument, last) : last;
  const have = new Set(present);
  const missing: number[] = [];
  let missingCount = 0;
  for (let n = from; n <= last; n++) {
    if (have.has(n)) continue;
    missingCount++;
    if (missing.length < MAX_LISTED_MISSING) missing.push(n);
  }
  return { range: { from, to, missing }, missingCount };
}

const SOURCE_NAME: Record<RawDocket['format'], string> = {
  pacer: 'PACER docket report',
  'pacer-history': 'PACER docket history',
  courtlistener: 'CourtListener docket',
  recap: 'RECAP archive docket (JSON)',
  'recap-xml': 'RECAP archive docket (Internet Archive docket.xml)',
};

export function coverageOf(raw: RawDocket, entries: EntryFacts[]): CoverageInput {
  const dates = entries.map((e) => e.dateFiled);
  const firstEntry = minDate(dates);
  const lastEntry = maxDate(dates);
  const start = raw.dateFiled && (!firstEntry || raw.dateFiled <= firstEntry) ? raw.dateFiled : firstEntry;
  const withText = entries.filter((e) => e.text.trim() !== '').length;
  const entryTexts: CoverageInput['entryTexts'] =
    entries.length === 0
      ? 'none'
      : withText === entries.length
        ? 'full'
        : withText === 0
          ? 'none'
          : 'partial';
  const numbers = numbering(entries, raw.filter);
  const notes: string[] = [];
  if (numbers && numbers.missingCount > 0)
    notes.push(
      `${numbers.missingCount} entry number${numbers.missingCount === 1 ? ' is' : 's are'} missing inside ${numbers.range.from}–${numbers.range.to}${numbers.missingCount > MAX_LISTED_MISSING ? ` (the first ${MAX_LISTED_MISSING} listed)` : ''}`,
    );

  let complete = false;
  let reportDate: string | null = raw.reportDate ?? null;
  let end: string | null = null;
  let periodStart = start;
  const name = SOURCE_NAME[raw.format];
  let description = name;

  if (raw.format === 'pacer' || raw.format === 'pacer-history') {
    if (!reportDate) {
      reportDate = lastEntry;
      if (lastEntry)
        notes.push(
          `the page does not print the day the report was run (no transaction receipt): the last entry's date, ${lastEntry}, is taken as the report date`,
        );
    }
    description = reportDate ? `${name} run ${reportDate}` : name;
    end = reportDate;
    if (raw.filter) {
      notes.push(raw.filter.description);
      if (raw.filter.dateFrom) periodStart = raw.filter.dateFrom;
      if (raw.filter.dateTo && (!end || raw.filter.dateTo < end)) end = raw.filter.dateTo;
      if (!raw.filter.dateFrom && !raw.filter.dateTo) {
        // A document range: the days its entries span, no more.
        periodStart = firstEntry;
        end = lastEntry;
      }
    }
    if (raw.cutOff) {
      end = lastEntry;
      notes.push(
        `the page is cut off inside its table: nothing after ${lastEntry ?? 'the last entry read'} is known`,
      );
    }
    if (raw.format === 'pacer-history' && entryTexts !== 'full')
      notes.push(
        entryTexts === 'none'
          ? 'the docket history was run without the docket texts: the entries are known by their CM/ECF event names only'
          : `${entries.length - withText} of ${entries.length} entries of the docket history have no docket text`,
      );
    if (raw.format === 'pacer' && numbers && numbers.missingCount > 0 && !raw.filter && !raw.cutOff)
      notes.push('numbers missing from a full report are entries PACER does not show (sealed or restricted)');
    const oneDefendant = raw.format === 'pacer-history' && !raw.allDefendants;
    if (oneDefendant)
      notes.push(
        "the docket history was run for one defendant: entries that concern only the others (a co-defendant's motion, which can exclude time for all) are not shown",
      );
    complete = !raw.filter && !raw.cutOff && entryTexts === 'full' && !oneDefendant;
  } else {
    end =
      raw.format === 'courtlistener' && raw.dateLastFiling && (!lastEntry || raw.dateLastFiling >= lastEntry)
        ? raw.dateLastFiling
        : lastEntry;
    if (raw.sourceIds && raw.sourceIds.length > 0) description = `${name} (${raw.sourceIds.join(', ')})`;
    if (raw.format === 'courtlistener') {
      complete = entries.length > 0 && entryTexts === 'full' && (numbers?.missingCount ?? 0) === 0;
      notes.push(
        `CourtListener does not say when the docket was last brought up to date from PACER: the coverage ends at ${raw.dateLastFiling ? 'its last filing (date_last_filing)' : 'its last entry'}${complete ? '; no entry number is missing, but unnumbered minute entries may be' : ''}`,
      );
    } else {
      notes.push(
        'RECAP holds the entries its users happened to see on PACER: entries and texts between them may be missing',
      );
    }
    if (entries.length === 0) {
      notes.push('the file holds no docket entries: it shows nothing of what happened in the case');
      end = null;
    }
    if (raw.partialBecause && raw.partialBecause.length > 0) {
      complete = false;
      notes.push(...raw.partialBecause);
    }
    if (entryTexts === 'partial')
      notes.push(`${entries.length - withText} of ${entries.length} entries have no text`);
  }

  const periods = periodStart && end && periodStart <= end ? [{ from: periodStart, to: end }] : [];
  return {
    id: 'src-1',
    format: ENTRY_FORMAT[raw.format],
    description,
    ...(reportDate ? { reportDate } : {}),
    complete,
    periods,
    ...(numbers ? { entryNumbers: numbers.range } : {}),
    entryTexts,
    setBy: 'importer',
    ...(notes.length > 0 ? { note: notes.join('; ') } : {}),
  };
}
