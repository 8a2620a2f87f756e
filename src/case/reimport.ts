import type { CaseFile } from './record.ts';

/**
 * A case's record after its docket is imported again: the docket's own parts (caption, defendants, counts,
 * entries, the events read from them, coverage) come from the new import; what people added stays — the events
 * entered by hand (`provenance.source: 'manual'`) unless the import now has an event of the same id, the clerk's
 * seal on an entry (an entry the docket itself marks sealed is sealed too), and the plea offers, which no docket
 * holds.
 */
export function mergeReimport(existing: CaseFile, imported: CaseFile): CaseFile {
  const taken = new Set(imported.events.map((e) => e.id));
  const manual = existing.events.filter((e) => e.provenance.source === 'manual' && !taken.has(e.id));
  const sealed = new Set(existing.docketEntries.filter((e) => e.sealed).map((e) => e.id));
  return {
    ...imported,
    docketEntries: imported.docketEntries.map((e) => (sealed.has(e.id) ? { ...e, sealed: true } : e)),
    pleaOffers: existing.pleaOffers,
    events: [...imported.events, ...manual],
  };
}
