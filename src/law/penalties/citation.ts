/**
 * From a count's citation to a catalog entry. Reads the forms lawyers and PACER write ("18 U.S.C.
 * § 1591(a), (b)(1)", "18 U.S.C. §§ 846 and 841(b)(1)(A)", "18:1591(a)(1) and (b)(1)", "21:846=CD.F",
 * "Title 18, United States Code, Sections 1962(d)"), then finds the entry whose selectors the subsections
 * match. A citation that selects no entry, or more than one, is kept and flagged: never guessed.
 */
import { PENALTY_CATALOG } from './catalog.ts';
import type { PenaltyEntry, PenaltyVariant } from './types.ts';

export interface SectionMention {
  section: string;
  /** Each subsection path as cited, e.g. `(b)(1)`. */
  subsections: string[];
}

export interface ParsedCitation {
  raw: string;
  title: number | null;
  sections: SectionMention[];
}

const TITLE =
  /^\s*(?:title\s+)?(\d{1,2})\s*(?::|,?\s*(?:u\.?\s*s\.?\s*c\.?\s*a?\.?|united\s+states\s+code,?)\s*(?:§§?|sections?|secs?\.)?)\s*/i;
const HEAD = /^(?:[\s,;&§]+|and\b|through\b|\d{1,5}[A-Z]{0,2}|\([A-Za-z0-9]{1,8}\))+/;
const TOKEN = /(\d{1,5}[A-Z]{0,2})((?:\([A-Za-z0-9]{1,8}\))*)|((?:\([A-Za-z0-9]{1,8}\))+)/g;

/** Parse a citation as written; unknown forms give `title: null` or no sections. */
export function parseCitation(raw: string): ParsedCitation {
  const m = TITLE.exec(raw);
  if (!m) return { raw, title: null, sections: [] };
  const rest = raw.slice(m[0].length);
  const head = HEAD.exec(rest)?.[0] ?? '';
  const sections: SectionMention[] = [];
  for (const t of head.matchAll(TOKEN)) {
    if (t[1]) {
      const section = t[1].toUpperCase();
      const existing = sections.find((s) => s.section === section);
      const target = existing ?? { section, subsections: [] };
      if (!existing) sections.push(target);
      if (t[2]) target.subsections.push(t[2]);
    } else if (t[3]) {
      const last = sections[sections.length - 1];
      if (last) last.subsections.push(t[3]);
    }
  }
  return { raw, title: Number(m[1]), sections };
}

/** The citation key used in traces: `18:1591(a),(b)(1)`. */
export const citationKey = (p: ParsedCitation): string =>
  `${p.title ?? '?'}:${p.sections.map((s) => `${s.section}${s.subsections.join(',')}`).join('+')}`;

const entriesOfSection = (title: number, section: string): PenaltyEntry[] =>
  PENALTY_CATALOG.filter((e) => e.title === title && e.section === section);

const selects = (selectors: readonly string[], subsections: readonly string[]): boolean =>
  selectors.some((sel) => subsections.some((sub) => sub.startsWith(sel)));

const mentionForm = (m: SectionMention) => `${m.section}${m.subsections[0] ?? ''}`;

/** Does mention `m` name one of `forms` (`924(e)`, `1963`, `924(a)`)? */
const names = (m: SectionMention, forms: readonly string[] | undefined): boolean =>
  (forms ?? []).some((f) => {
    const sec = /^(\d+[A-Z]{0,2})/.exec(f)?.[1];
    if (sec !== m.section) return false;
    const sub = f.slice(sec.length);
    return sub === '' || m.subsections.some((s) => s.startsWith(sub));
  });

export type MentionMatch =
  | { status: 'one'; entry: PenaltyEntry }
  | { status: 'many'; candidates: PenaltyEntry[] }
  | { status: 'none' };

/** The entries a single section mention selects. */
export function matchMention(title: number, m: SectionMention): MentionMatch {
  const all = entriesOfSection(title, m.section);
  if (all.length === 0) return { status: 'none' };
  const chosen = all.filter((e) => e.selectors.length === 0 || selects(e.selectors, m.subsections));
  if (chosen.length === 1 && chosen[0]) return { status: 'one', entry: chosen[0] };
  if (chosen.length > 1) return { status: 'many', candidates: chosen };
  return { status: 'many', candidates: all };
}

export type CitationMatch =
  | {
      status: 'resolved';
      entry: PenaltyEntry;
      /** The object mention cited beside an attempt or conspiracy (`846 and 841(b)(1)(A)`). */
      objectEntry?: PenaltyEntry;
      /** Variant ids selected by the subsections or by sections cited beside (e.g. `924(e)`). */
      citedVariants: string[];
      notes: string[];
    }
  | { status: 'ambiguous'; reason: string; candidates: PenaltyEntry[]; notes: string[] }
  | { status: 'unknown'; reason: string; notes: string[] };

/** Variants of an entry that the citation itself selects. */
export function citedVariants(variants: readonly PenaltyVariant[], mentions: SectionMention[]): string[] {
  const subs = mentions.flatMap((m) => m.subsections);
  return variants
    .filter(
      (v) => (v.subsections && selects(v.subsections, subs)) || mentions.some((m) => names(m, v.alsoCited)),
    )
    .map((v) => v.id)
    .filter((id, i, all) => all.indexOf(id) === i);
}

/** Find the catalog entry a citation names (without reading the count's stated facts). */
export function matchCitation(parsed: ParsedCitation): CitationMatch {
  const notes: string[] = [];
  if (parsed.title === null)
    return { status: 'unknown', reason: `cannot read a title and section in "${parsed.raw}"`, notes };
  let mentions = parsed.sections;
  if (parsed.title === 18 && mentions.some((m) => m.section === '2')) {
    notes.push(
      '18 U.S.C. § 2 (aiding and abetting) is cited: punishable as a principal; it adds no penalty.',
    );
    mentions = mentions.filter((m) => m.section !== '2');
  }
  if (mentions.length === 0)
    return { status: 'unknown', reason: `no section found in "${parsed.raw}"`, notes };

  const title = parsed.title;
  const matches = mentions.map((m) => ({ m, r: matchMention(title, m) }));
  // A mention that only names another mention's penalty section (924(a)(2) beside 922(g), 1963 beside 1962)
  // or selects one of its variants (924(e) beside 922(g)) is not a second offense.
  const resolved = matches.flatMap((x) => (x.r.status === 'one' ? [x.r.entry] : []));
  const isPenaltyOnly = (m: SectionMention) =>
    resolved.some(
      (e) =>
        names(m, e.penaltySections) ||
        e.versions.some((v) => (v.variants ?? []).some((variant) => names(m, variant.alsoCited))),
    );
  const primary = matches.filter((x) => !(isPenaltyOnly(x.m) && x.r.status !== 'one'));
  const offenses = primary.filter(
    (x) => !(x.r.status === 'one' && resolved.length > 1 && isPenaltyOnly(x.m)),
  );

  if (offenses.length === 1 && offenses[0]) {
    const { m, r } = offenses[0];
    if (r.status === 'one')
      return {
        status: 'resolved',
        entry: r.entry,
        citedVariants: citedVariants(
          r.entry.versions.flatMap((v) => v.variants ?? []),
          mentions,
        ),
        notes,
      };
    if (r.status === 'many')
      return {
        status: 'ambiguous',
        reason: `${title} U.S.C. § ${mentionForm(m)} does not say which penalty provision applies (${r.candidates.map((c) => c.key).join(', ')})`,
        candidates: r.candidates,
        notes,
      };
    return {
      status: 'unknown',
      reason: `${title} U.S.C. § ${m.section} is not in the statute catalog`,
      notes,
    };
  }

  // Two mentions: an attempt or conspiracy and its object ("21 U.S.C. §§ 846 and 841(b)(1)(A)").
  const inchoate = offenses.find((x) => x.r.status === 'one' && x.r.entry.inchoate);
  if (inchoate && inchoate.r.status === 'one' && offenses.length === 2) {
    const other = offenses.find((x) => x !== inchoate);
    const inch = inchoate.r.entry.inchoate;
    if (other && inch?.objects.includes(other.m.section)) {
      if (other.r.status === 'one')
        return {
          status: 'resolved',
          entry: inchoate.r.entry,
          objectEntry: other.r.entry,
          citedVariants: citedVariants(
            other.r.entry.versions.flatMap((v) => v.variants ?? []),
            [other.m],
          ),
          notes,
        };
      if (other.r.status === 'many')
        return {
          status: 'ambiguous',
          reason: `the object ${title} U.S.C. § ${mentionForm(other.m)} does not say which penalty provision applies`,
          candidates: other.r.candidates,
          notes,
        };
      return {
        status: 'unknown',
        reason: `the object ${title} U.S.C. § ${other.m.section} is not in the statute catalog`,
        notes,
      };
    }
  }
  const unknown = offenses.filter((x) => x.r.status === 'none').map((x) => `§ ${x.m.section}`);
  return {
    status: 'ambiguous',
    reason: `the citation names more than one offense (${offenses.map((x) => `§ ${mentionForm(x.m)}`).join(', ')})${unknown.length ? `; not in the catalog: ${unknown.join(', ')}` : ''}`,
    candidates: resolved,
    notes,
  };
}
