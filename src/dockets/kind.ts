/**
 * Criminal or not. pretrial reads federal criminal dockets; a civil, bankruptcy or multidistrict docket is
 * refused with the signs that show what it is, never turned into "United States v. …". The signs PACER and
 * CourtListener give: the docket number's type (`1:20-cv-01603`), the heading ("CIVIL DOCKET FOR CASE #:"),
 * a "Nature of Suit:" (civil cases only), and a plaintiff that is not the United States.
 */
import type { RawDocket, Rejection } from './types.ts';
import { reject } from './types.ts';

/** Docket-number types that are never a criminal case (`cv` civil, `bk`/`ap` bankruptcy, `md`/`ml` MDL). */
const NON_CRIMINAL_TYPES: Readonly<Record<string, string>> = {
  cv: 'civil',
  bk: 'bankruptcy',
  ap: 'bankruptcy adversary proceeding',
  md: 'multidistrict litigation',
  ml: 'multidistrict litigation',
};

/** "USA", "U.S.A.", "United States of America", "The United States", "US Government"… */
export const UNITED_STATES =
  /^(?:the\s+)?(?:u\.?\s?s\.?\s?a?\.?|united\s+states(?:\s+of\s+america)?|us\s+government)(?:\s|,|$)/i;

export function nonCriminalReason(raw: RawDocket, docketType: string): Rejection | null {
  const signs: string[] = [];
  let what: string | null = null;
  const typed = NON_CRIMINAL_TYPES[docketType];
  if (typed) {
    what = typed;
    signs.push(`docket type "${docketType}" in ${raw.docketNumberFull}`);
  }
  const kind = raw.docketKind?.trim();
  if (kind && !/CRIMINAL/i.test(kind)) {
    what ??= kind.toLowerCase();
    signs.push(`the heading reads "${kind} DOCKET FOR CASE #"`);
  }
  const suit = raw.natureOfSuit?.trim();
  if (suit && !/^none$/i.test(suit)) {
    what ??= 'civil';
    signs.push(`Nature of Suit: ${suit}`);
  }
  const plaintiffs = raw.parties.filter(
    (p) => /^Plaintiff/i.test(p.type) && !UNITED_STATES.test(p.name.trim()),
  );
  const caption = raw.caseTitle.replace(/\s+/g, ' ').trim();
  const captionParty = /^(.+?)\s+v(?:s)?\.?\s+/i.exec(caption)?.[1];
  const captionNotUs = !!captionParty && !UNITED_STATES.test(captionParty) && !/^in re\b/i.test(caption);
  if (plaintiffs.length > 0 && (captionNotUs || !caption)) {
    what ??= 'civil';
    signs.push(`the plaintiff ${plaintiffs[0]!.name} is not the United States`);
  }
  if (captionNotUs && (signs.length > 0 || docketType !== 'cr'))
    signs.push(`the caption "${caption}" is not "United States v. …"`);
  if (!what) return null;
  return reject(
    `this is a ${what} docket, not a federal criminal case (${signs.join('; ')}): pretrial reads criminal dockets only`,
    caption || raw.docketNumberFull,
  );
}
