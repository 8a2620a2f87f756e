/**
 * Sealed docket entries as the court's own docket marks them. CM/ECF shows a sealed filing's entry as
 * "SEALED DOCUMENT placed in vault", "SEALED MOTION …", with an access note "(Sealed - Court)" or
 * "(Sealed - Attorney)", or with the banner "THIS DOCKET ENTRY AND PDF DOCUMENT ARE SEALED PURSUANT TO AN ORDER
 * OF THE COURT"; the docket history names the event "Sealed Document" (or "Sealed …"). Such an entry is
 * `sealed`: its text reaches only the court and accounts granted the case's sealed entries (docs/security.md).
 *
 * Not sealed: a charging instrument first filed under seal ("SEALED INDICTMENT", "SEALED COMPLAINT"), which is
 * unsealed with the case and which every party must read; and a "RESTRICTED" entry, whose document PACER
 * restricts "to case participants and the court" (E-Government Act § 205(c); Fed. R. Crim. P. 49.1), not to
 * the court alone.
 */

const CHARGING = /^(?:SUPERSEDING\s+)?(?:INDICTMENT|INFORMATION|COMPLAINT|SUPERSEDING)\b/i;

/** Whether the docket marks an entry as sealed (by its text or its CM/ECF event name). */
export function isSealedEntry(text: string, eventName: string | null = null): boolean {
  if (eventName && /^\s*sealed\b/i.test(eventName) && !CHARGING.test(eventName.replace(/^\s*sealed\s+/i, '')))
    return true;
  const lead = /^\W*(?:\*+\s*)?SEALED\b\s*(.*)$/s.exec(text);
  if (lead && !CHARGING.test(lead[1] ?? '')) return true;
  return (
    /\((?:Sealed|SEALED)(?:\s*-\s*(?:Court|Attorney|Judge)[^)]*)?\)/.test(text) ||
    /\bARE SEALED PURSUANT TO AN ORDER OF THE COURT\b/i.test(text) ||
    /\bplaced in (?:the )?vault\b/i.test(text)
  );
}
