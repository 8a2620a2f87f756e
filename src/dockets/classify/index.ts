/**
 * The docket-text classifier (docs/dockets.md § 9): each entry → zero or more typed events, each with the
 * words it was read from (span), the rule and a confidence; then one pass over the docket links and closes
 * what spans entries. Every rule runs on every entry (one minute entry often holds several events);
 * entries no rule recognizes stay plain docket entries.
 */

import { chargeRules, counselRules } from './charges.ts';
import type { Draft, EntryInput, EventInput } from './context.ts';
import { makeContext } from './context.ts';
import { eventNameRules } from './event-names.ts';
import { exclusionRules } from './exclusions.ts';
import { motionRules, otherRules, scheduleRules, trialRules } from './proceedings.ts';
import { modificationRules, releaseRules } from './release.ts';
import { resolveDrafts } from './resolve.ts';
import type { Roster } from './roster.ts';

export type { EntryInput, EventInput } from './context.ts';
export { findDates, resolveYear } from './dates.ts';
export { entryRefs } from './refs.ts';
export { numberedNames, placeholderCaseOf, type Roster, type RosterMember } from './roster.ts';
export { magistrateSuffix } from './text.ts';

export interface ClassifyOptions {
  court: string;
  /** Names of the Government's attorneys (party list), to tell who filed a motion. */
  governmentAttorneys?: string[];
  /** Called every 250 entries with (done, total). */
  onProgress?: (done: number, total: number) => void;
}

export interface Classification {
  events: EventInput[];
  warnings: string[];
  /** Per event id: the rule that produced it (also in its provenance). */
  rules: Map<string, string>;
}

export function classifyEntries(
  entries: EntryInput[],
  roster: Roster,
  options: ClassifyOptions,
): Classification {
  const warnings: string[] = [];
  const dateByNumber = new Map<number, string>();
  const perEntry: Draft[][] = [];
  const government = (options.governmentAttorneys ?? []).map((n) => n.toLowerCase());
  for (const entry of entries) {
    if (entry.number !== null && !dateByNumber.has(entry.number))
      dateByNumber.set(entry.number, entry.dateFiled);
    const ctx = makeContext(entry, roster, options.court, government, warnings, (n) => dateByNumber.get(n));
    for (const d of ctx.dates) {
      if (d.problem && /impossible year/.test(d.problem))
        warnings.push(`entry ${entry.id}: ${d.problem} in "${d.raw}"; the date was not read`);
    }
    otherRules(ctx);
    if (
      !ctx.drafts.some(
        (d) => d.event.kind === 'docketError' && (d.event as { target: string }).target === entry.id,
      )
    ) {
      chargeRules(ctx);
      counselRules(ctx);
      releaseRules(ctx);
      modificationRules(ctx);
      motionRules(ctx);
      scheduleRules(ctx);
      exclusionRules(ctx);
      trialRules(ctx);
      eventNameRules(ctx);
    }
    perEntry.push(ctx.drafts);
    if (options.onProgress && perEntry.length % 250 === 0)
      options.onProgress(perEntry.length, entries.length);
  }
  options.onProgress?.(entries.length, entries.length);
  const drafts = resolveDrafts(entries, perEntry, warnings);
  const rules = new Map<string, string>();
  const seen = new Set<string>();
  const events: EventInput[] = [];
  for (const d of drafts) {
    if (seen.has(d.event.id)) continue;
    seen.add(d.event.id);
    rules.set(d.event.id, d.rule);
    events.push(d.event);
  }
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { events, warnings, rules };
}
