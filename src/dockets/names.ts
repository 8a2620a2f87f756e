/** Docket numbers, judges' names and captions, read the way the reference parse reads them. */

export interface DocketNumberParts {
  /** `office:yy-type-serial`, e.g. `2:17-cr-00378`. */
  core: string;
  office: string;
  year: string;
  type: string;
  serial: string;
  judgeInitialsAssigned: string | null;
  judgeInitialsReferred: string | null;
  defendantNumber: number | null;
}

/**
 * `2:17-cr-00378-SPL-1` → office 2, year 17, type cr, serial 00378, judge SPL, defendant 1;
 * `6:16-cr-00270-JA-DCI` → judges JA (assigned) and DCI (referred), no defendant suffix.
 */
export function parseDocketNumber(full: string): DocketNumberParts | null {
  const m = /^\s*(\d{1,2}):(\d{2})-([a-z]{1,4})-(\d{1,10})((?:-[A-Za-z0-9]+)*)\s*$/i.exec(full);
  if (!m) return null;
  const judges: string[] = [];
  let defendantNumber: number | null = null;
  for (const token of (m[5] ?? '').split('-').filter(Boolean)) {
    if (/^\d+$/.test(token)) defendantNumber = Number(token);
    else judges.push(token);
  }
  const serial = m[4]!.padStart(5, '0');
  return {
    core: `${m[1]}:${m[2]}-${m[3]!.toLowerCase()}-${serial}`,
    office: m[1]!,
    year: m[2]!,
    type: m[3]!.toLowerCase(),
    serial,
    judgeInitialsAssigned: judges[0] ?? null,
    judgeInitialsReferred: judges[1] ?? null,
    defendantNumber: defendantNumber && defendantNumber > 0 ? defendantNumber : null,
  };
}

const TITLES =
  /^(?:(?:the\s+)?hon(?:orable|\.)?\s+|u\.?s\.?\s+|united\s+states\s+|chief\s+|senior\s+|district\s+|magistrate\s+|bankruptcy\s+|visiting\s+|judge\s+|justice\s+)+/i;

/**
 * "Judge Steven P Logan" → "Steven P. Logan"; "JUDGE DAVID ALAN EZRA" → "David Alan Ezra";
 * "Magistrate Judge Cheryl R. Zwart" → "Cheryl R. Zwart".
 */
export function judgeName(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let name = raw.replace(/\s+/g, ' ').trim().replace(TITLES, '');
  if (!name) return null;
  if (name === name.toUpperCase()) {
    name = name
      .toLowerCase()
      .replace(/\b([a-z])([a-z']*)/g, (_, a: string, b: string) => a.toUpperCase() + b);
  }
  return name.replace(/\b([A-Z])(?=\s)/g, '$1.');
}

/**
 * The caption as lawyers write it: "USA v. Warren et al" → "United States v. Warren" (the form the
 * reference parse and CourtListener use; the printed title is kept beside it).
 */
export function normalizeCaption(title: string): string {
  return title
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:USA|U\.S\.A\.|U\.S\.|United States of America)\s+v\.?\s+/i, 'United States v. ')
    .replace(/,?\s+et\.?\s+al\.?$/i, '')
    .trim();
}

/** The defendant named in a caption: "United States v. Esposito" → "Esposito". */
export function captionDefendant(caption: string): string | null {
  const m = /\bv\.?\s+(.+)$/i.exec(caption);
  return m ? m[1]!.trim() || null : null;
}
