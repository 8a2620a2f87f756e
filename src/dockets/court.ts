/**
 * Which of the 94 districts a page is from, read from the words PACER prints: the CM/ECF host in a link
 * (`ecf.azd.uscourts.gov`), the page title (`CM/ECF - azd`), and the heading in any of the forms courts use:
 *
 *   "District of Nebraska (4 Lincoln)"                      the district's name
 *   "Eastern District of New York (Brooklyn)"
 *   "California Northern District (San Francisco)"          state first, then the part
 *   "U.S. District Court — District of Utah (Central)"
 *   "UNITED STATES DISTRICT COURT FOR THE SOUTHERN DISTRICT OF NEW YORK"
 *   "E.D.N.Y."                                              the Bluebook abbreviation
 *
 * Matching ignores case, punctuation, dashes and line breaks; the longest name found wins ("Northern District
 * of West Virginia" over "District of Virginia" would never arise, but "West Virginia" must not read as
 * "Virginia").
 */
import { DISTRICTS } from '../law/calendar/districts.ts';

const PART_WORDS = ['northern', 'southern', 'eastern', 'western', 'central', 'middle'] as const;

/** Lower case, letters and digits only, single spaces, padded: "U.S. District Court—" → " u s district court ". */
export const normalizeWords = (s: string): string =>
  ` ${s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;

interface Form {
  code: string;
  phrase: string;
}

/** Every phrase that names a district, normalized, longest first. */
const FORMS: readonly Form[] = (() => {
  const forms: Form[] = [];
  for (const d of DISTRICTS.values()) {
    const m = /^(?:(\w+) )?District of (?:the )?(.+)$/.exec(d.name);
    const part = m?.[1]?.toLowerCase() ?? '';
    const state = (m?.[2] ?? d.name).toLowerCase();
    const add = (phrase: string) => forms.push({ code: d.code, phrase: normalizeWords(phrase) });
    add(d.name);
    add(`${part ? `${part} ` : ''}district of the ${state}`);
    if (part && (PART_WORDS as readonly string[]).includes(part)) {
      add(`${state} ${part} district`);
    } else {
      add(`${state} district`);
      add(`district court for ${state}`);
      add(`district court of ${state}`);
    }
    add(d.abbreviation);
  }
  if (DISTRICTS.has('dcd')) forms.push({ code: 'dcd', phrase: normalizeWords('district of columbia') });
  return forms.sort((a, b) => b.phrase.length - a.phrase.length);
})();

/**
 * The district a text names (a heading, a title, a caption), or null. `text` is matched whole-word; the
 * longest matching phrase wins, so "Northern District of West Virginia" is wvnd, never vawd.
 */
export function districtNamedIn(text: string): string | null {
  const hay = normalizeWords(text);
  for (const f of FORMS) if (hay.includes(f.phrase)) return f.code;
  return null;
}

/** The court id in a CM/ECF host or title (`ecf.azd.uscourts.gov`, `CM/ECF - azd`), when it is a district's. */
export function courtIdIn(text: string): string | null {
  const host = /\becf\.([a-z]{2,5})\.uscourts\.gov/i.exec(text);
  if (host && DISTRICTS.has(host[1]!.toLowerCase())) return host[1]!.toLowerCase();
  const title = /CM\/ECF\s*[-–—]\s*([a-z]{2,5})\b/i.exec(text);
  if (title && DISTRICTS.has(title[1]!.toLowerCase())) return title[1]!.toLowerCase();
  return null;
}

/** What the court detection looked at, for the message when it finds nothing. */
export const COURT_LOOKED_FOR =
  'a CM/ECF link (ecf.<court>.uscourts.gov), the page title ("CM/ECF - <court>"), and a district named in the heading ("District of Utah", "Eastern District of New York", "California Northern District", "E.D.N.Y.")';
