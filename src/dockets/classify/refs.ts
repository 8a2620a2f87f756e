/**
 * References to other entries (docs/dockets.md § 5): old style `[62-1]` (entry 62, part 1), new style
 * `re 5`, `granting 14 Defendant's Motion`, `(Filing No. 22 )`, `filing no. 54`, `[229]`,
 * `Motion to Continue 19 as to`.
 */

export interface EntryRef {
  number: number;
  part: number | null;
  start: number;
  end: number;
}

const PATTERNS: RegExp[] = [
  /\[(\d{1,5})(?:-(\d{1,2}))?\]/g,
  /\b(?:Filing|filing|Docket|docket|Document|document|ECF)\s+(?:No\.?|no\.?|number)?\s*(\d{1,5})\b/g,
  /\b(?:granting|denying|GRANTING|DENYING|Granting|Denying|finding as moot|Finding as moot|denying as moot|Denying as moot|granting as moot|adopting|re:?|regarding|Re)\s+(?:in part and denying in part\s+)?(?:filing\s+)?(\d{1,5})\b(?!\s*(?:days?|months?|years?|hours?|minutes?|[/:.]\d))/g,
  /\b[Mm]otion\b[^.;[\]]{0,90}?\s(\d{1,5})\s+(?=as to\b|filed by\b|by\b)/g,
];

export function entryRefs(text: string): EntryRef[] {
  const out: EntryRef[] = [];
  for (const re of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const number = Number(m[1]);
      if (number === 0 || number > 99999) continue;
      const start = m.index + m[0].indexOf(m[1]!);
      if (out.some((r) => r.start === start)) continue;
      out.push({ number, part: m[2] ? Number(m[2]) : null, start, end: start + m[1]!.length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
