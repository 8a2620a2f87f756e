/**
 * The defendants of a case and how docket text names them (docs/dockets.md §§ 2.4, 9.5): "as to
 * Robert Warren (1), Viki Warren (2)", placeholders of sealed defendants ("Sld Dft 1:03cr76-2", whose
 * suffix is the defendant's number), aliases, "as to all defendants".
 */

export interface RosterMember {
  number: number;
  name: string;
  aliases: string[];
  knownFrom: 'partyList' | 'docketText' | 'caption';
}

export interface Roster {
  members: RosterMember[];
  /** Defendants an entry concerns when it names none: the defendant(s) the docket page is for. */
  primary: number[];
  /** Placeholder pattern of this case's sealed defendants, e.g. `1:03cr76`. */
  placeholderCase: string | null;
}

export const normName = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/\s*,\s*/g, ', ')
    .trim();

const NOT_NAMES =
  /^(?:defendant|defendants|deft|dft|count|counts|plaintiff|usa|government|attorney|the|document|filing|no|docket|case|and|as|to|for|by|in|re|page|exhibit|sld dft)$/i;

/** "Robert Warren (1)", "R & V Warren Farms, Inc. (3)", "Sld Dft 1:03cr76-2 (2)" → number and name. */
const NUMBERED =
  /(?:^|as to |, |; | and | by |\bfor |: )((?:(?:[A-Z][A-Za-z'’.-]*|&|de|del|la|van|von|da|di|dos|[A-Z]\.|Sld Dft \d+:\d+[a-z]+\d+-\d+),? ){0,6}(?:[A-Z][A-Za-z'’.-]*|Sld Dft \d+:\d+[a-z]+\d+-\d+))\s?\((\d{1,3})\)/g;

const NUMBER_IN_PARENS = /\(\d{1,3}\)/;

/** Defendants the text names with their number, in order: the source of the roster for co-defendants. */
export function numberedNames(text: string): Array<{ number: number; name: string }> {
  const out: Array<{ number: number; name: string }> = [];
  // Every match ends in a number in parentheses: most entries have none, and looking for one is quick.
  if (!NUMBER_IN_PARENS.test(text)) return out;
  for (const m of text.matchAll(NUMBERED)) {
    let name = m[1]!.replace(/,\s*$/, '').trim();
    name = name.replace(/^(?:Defendant|Deft|Dft|defendant)\s+/, '');
    const words = name.split(/\s+/);
    if (words.length < 2 && !/^Sld Dft/.test(name)) continue;
    if (words.every((w) => NOT_NAMES.test(w.replace(/[.,]/g, '')))) continue;
    if (/^(?:Count|Counts|Filing|Docket|Document|Rule|Section|Title)\b/i.test(name)) continue;
    const number = Number(m[2]);
    if (number < 1 || number > 500) continue;
    out.push({ number, name });
  }
  return out;
}

/** `1:03-cr-00076` → `1:03cr76`, the form of the placeholders "Sld Dft 1:03cr76-2". */
export function placeholderCaseOf(docketNumber: string): string | null {
  const m = /^(\d{1,2}):(\d{2})-([a-z]+)-0*(\d+)$/.exec(docketNumber);
  return m ? `${m[1]}:${m[2]}${m[3]}${m[4]}` : null;
}

export function placeholderNumber(text: string, placeholderCase: string | null): number | null {
  const m = /Sld Dft (\d+:\d+[a-z]+\d+)-(\d+)/i.exec(text);
  if (!m) return null;
  if (placeholderCase && m[1]!.toLowerCase() !== placeholderCase.toLowerCase()) return null;
  return Number(m[2]);
}

export interface Mention {
  number: number;
  start: number;
  end: number;
}

const SUFFIX = /,?\s+(?:Jr|Sr|II|III|IV|V)\.?$/i;

/**
 * The ways docket text writes one name, lower-cased: as given ("robin k. hale, jr."), without the periods
 * ("robin k hale, jr"), without the suffix ("robin k. hale"), without middle initials ("robin hale, jr.", "robin
 * hale"). Only forms of two words or more, so a surname alone never names a defendant here.
 */
export function nameVariants(name: string): string[] {
  const base = name
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
  const out = new Set<string>([base]);
  const noSuffix = base.replace(SUFFIX, '').trim();
  for (const n of [base, noSuffix]) {
    out.add(n);
    out.add(n.replace(/\./g, '').replace(/\s+/g, ' ').trim());
    const words = n.split(' ');
    const noInitials = words.filter((w, i) => i === 0 || i === words.length - 1 || !/^[a-z]\.?$/.test(w));
    out.add(noInitials.join(' '));
  }
  return [...out].filter((v) => v.includes(' ') && v.length >= 5);
}

/**
 * The distinct variants of a member's name and aliases, kept per member while its name and aliases stay the
 * same: an import asks for them for every entry.
 */
const needlesOf = new WeakMap<RosterMember, { name: string; aliases: string[]; needles: string[] }>();
function needles(m: RosterMember): string[] {
  const known = needlesOf.get(m);
  if (
    known &&
    known.name === m.name &&
    known.aliases.length === m.aliases.length &&
    known.aliases.every((a, i) => a === m.aliases[i])
  )
    return known.needles;
  const computed = [...new Set([m.name, ...m.aliases].flatMap(nameVariants))];
  needlesOf.set(m, { name: m.name, aliases: [...m.aliases], needles: computed });
  return computed;
}

/** Every place in `text` where a roster defendant is named (by name, alias or placeholder). */
export function mentions(roster: Roster, text: string): Mention[] {
  const hay = text.toLowerCase();
  const out: Mention[] = [];
  for (const m of roster.members) {
    for (const needle of needles(m)) {
      if (needle.length < 3) continue;
      let at = hay.indexOf(needle);
      while (at >= 0) {
        const before = hay[at - 1];
        const after = hay[at + needle.length];
        if ((!before || !/[a-z]/.test(before)) && (!after || !/[a-z0-9]/.test(after)))
          out.push({ number: m.number, start: at, end: at + needle.length });
        at = hay.indexOf(needle, at + needle.length);
      }
    }
  }
  for (const p of text.matchAll(/Sld Dft (\d+:\d+[a-z]+\d+)-(\d+)/gi)) {
    const n = placeholderNumber(p[0], roster.placeholderCase);
    if (n !== null && roster.members.some((m) => m.number === n))
      out.push({ number: n, start: p.index, end: p.index + p[0].length });
  }
  for (const p of text.matchAll(/\(S\d?-\d{2}-Cr-\d+-(\d+)\)/gi)) {
    const n = Number(p[1]);
    if (roster.members.some((m) => m.number === n))
      out.push({ number: n, start: p.index, end: p.index + p[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Last names (5+ letters) that start a word in the text: "Defendant Mikhel Toradzes conditions". */
export function surnameMentions(roster: Roster, text: string): number[] {
  const out = new Set<number>();
  for (const m of roster.members) {
    const last = m.name.trim().split(/\s+/).pop() ?? '';
    if (last.length < 5 || !/^[A-Z]/.test(last)) continue;
    if (new RegExp(`\\b${last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i').test(text)) out.add(m.number);
  }
  return [...out];
}

/** The defendants an entry (or a part of it) concerns. */
export function defendantsOf(roster: Roster, text: string, fallback = true): number[] {
  // "as to all defendants", "continued as to both defendants", "all co-defendants"
  if (/\bas to (?:all|both|each of the) (?:the )?defendants\b|\ball co-?defendants\b/i.test(text))
    return roster.members.map((m) => m.number);
  const found = [...new Set(mentions(roster, text).map((m) => m.number))].sort((a, b) => a - b);
  if (found.length > 0) return found;
  return fallback ? [...roster.primary] : [];
}

/**
 * A defendant named with a number in an entry carried over from the magistrate (`-mj-`) case: that case numbers
 * its defendants on its own, so the number may be another defendant's on the district docket. The name decides
 * (in any of its variants); a name that matches no defendant is reported, and its number is not used.
 */
export function matchMagistrateName(
  members: RosterMember[],
  number: number,
  name: string,
  warnings: string[],
): RosterMember | undefined {
  const wanted = new Set(nameVariants(name));
  const byName = members.find((m) =>
    [m.name, ...m.aliases].some((n) => nameVariants(n).some((v) => wanted.has(v))),
  );
  if (byName) {
    if (byName.number !== number) {
      const note = `"${name} (${number})" on the magistrate docket is defendant ${byName.number} on this docket: matched by name`;
      if (!warnings.includes(note)) warnings.push(note);
    }
    return byName;
  }
  const note = `"${name} (${number})" on the magistrate docket matches no defendant of this docket by name; the entry is not assigned by its number`;
  if (!warnings.includes(note)) warnings.push(note);
  return undefined;
}
