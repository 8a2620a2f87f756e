/**
 * A working view of one entry's text (docs/dockets.md § 9.1). Clerks' trailers — `(Entered: …)`,
 * `Modified on …`, attachment notes, the magistrate-case suffix, courtroom time stamps, audio file data —
 * are masked with spaces of the same length, so that rules do not read their dates as events while every
 * span still points at the verbatim text.
 */

const MASKS: Array<[string, RegExp]> = [
  ['Entered', /\(Entered:\s*[\d/]+\)\s*$/g],
  ['odified', /Modified (?:on|text on|access on) [\d/]+(?: to [^.()]*)?(?:\s*\([^)]*\))?\.?/gi],
  [
    'on ',
    /(?:Additional attachment\(s\) added|Restricted Court Exhibit added|Main Document \d+ replaced) on [\d/]+[^()]*(?:\([^)]*\))?/gi,
  ],
  ['[', /\[\s*\d{1,2}:\d{2}-[a-z]{1,2}\s*-\s*\d+(?:-[A-Z]+)?\s*\]/gi],
  ['Time Start', /Time Start:[^;]*;\s*Time Stop:[^;.]*[;.]?(?:\s*Time in Court:[^.;(]*)?/gi],
  ['Hearing held', /Hearing held \d{1,2}:\d{2}\s*[AP]M to \d{1,2}:\d{2}\s*[AP]M/gi],
  ['Court Date', /Court Date & Time \[[^\]]*\]|File Size \[[^\]]*\]|Run Time \[[^\]]*\]/gi],
  ['(', /\((?:CD#|Ct Rptr|Court Reporter)[^)]*\)/gi],
  ['http', /https?:\/\/\S+/gi],
  ['Attachments', /\(Attachments:[^)]*(?:\([^)]*\)[^)]*)*\)/gi],
];

export function masked(text: string): string {
  let out = text;
  for (const [gate, re] of MASKS) {
    if (out.includes(gate)) out = out.replace(re, (m) => ' '.repeat(m.length));
  }
  return out;
}

/** The magistrate-case number an entry carries over from the `-mj-` docket: `[2:17-mj-01117-JFM]`. */
export function magistrateSuffix(text: string): string | null {
  if (!text.includes('[')) return null; // the bracket the pattern begins with (most entries have none)
  const m = /\[\s*(\d{1,2}:\d{2}-[a-z]{1,2}\s*-\s*\d+(?:-[A-Z]+)?)\s*\]/i.exec(text);
  if (!m) return null;
  const parts = /^(\d{1,2}):(\d{2})-([a-z]{1,2})\s*-\s*(\d+)(?:-([A-Z]+))?$/i.exec(m[1]!.replace(/\s+/g, ''));
  if (!parts) return m[1]!.replace(/\s+/g, '');
  const type = parts[3]!.toLowerCase() === 'm' ? 'mj' : parts[3]!.toLowerCase();
  return `${parts[1]}:${parts[2]}-${type}-${parts[4]!.padStart(5, '0')}${parts[5] ? `-${parts[5]}` : ''}`;
}

export type EntryKind = 'order' | 'minutes' | 'motion' | 'stipulation' | 'letter' | 'notice' | 'other';

/**
 * What the entry is, from its capitalized opening (docs/dockets.md § 9.4): an order, a record of a hearing,
 * a request, a notice. An exclusion takes effect only from an order or a minute entry recording one.
 */
export function entryKind(text: string, eventName: string | null): EntryKind {
  const head = text.slice(0, 160);
  if (/^\W*(?:FILING|ENTRY) ERROR/i.test(head)) return 'other';
  if (
    /^\W*(?:[\w']+\s+){0,3}?(?:STIPULATION|Stipulation)\b(?:(?!\.\s).){0,160}?\b(?:and|&)\s+(?:proposed\s+)?order\b/i.test(
      text,
    )
  )
    return /proposed order/i.test(head) ? 'stipulation' : 'order';
  if (
    /^\W*(?:TEXT\s+|Text\s+)?(?:MINUTE|Minute)s?\b|^\W*(?:EP|EO):\s*MINUTES|^\W*MINUTES\b|proceedings held before/.test(
      head,
    )
  )
    return 'minutes';
  if (
    /^\W*(?:(?:TEXT|AMENDED|CORRECTED|CONSENT|SEALED|FIRST|SECOND|THIRD|FINAL|PRELIMINARY|PROTECTIVE|GUIDELINE|Amended|Corrected|First|Second|Preliminary)\s+){0,3}(?:ORDER|Order|MEMORANDUM AND ORDER|MEMORANDUM OPINION AND ORDER|OPINION AND ORDER|MEMO ENDORSEMENT|SCHEDULING AND TRIAL ORDER|Order\/Agreement|Arraignment Order|JUDGMENT|Judgment)\b/.test(
      head,
    )
  )
    return 'order';
  if (
    /^\W*(?:[\w'’]+\s+){0,4}?(?:MOTION|Motion)\b|^\W*Notice of Motion;/.test(head) &&
    !/^\W*(?:ORDER|NOTICE OF HEARING)/.test(head)
  )
    return /^\W*(?:BRIEF|RESPONSE|REPLY|OPPOSITION|NOTICE OF HEARING)/i.test(head) ? 'other' : 'motion';
  if (/^\W*(?:\w+\s+){0,2}?STIPULATION\b/i.test(head)) return 'stipulation';
  if (/^\W*(?:LETTER|Letter)\b/.test(head)) return 'letter';
  if (/^\W*(?:TEXT\s+)?NOTICE\b/i.test(head)) return 'notice';
  if (eventName) {
    if (/^Order\b|Order to Continue|Memo Endorsement/i.test(eventName)) return 'order';
    if (/Motion/i.test(eventName)) return 'motion';
    if (/Stipulation/i.test(eventName)) return 'stipulation';
  }
  return 'other';
}

/** The sentence around a position: from the previous ". " (or start) to the next ". " (or end). */
export function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (
    start > 0 &&
    !(
      text[start - 1] === ' ' &&
      /[.;]/.test(text[start - 2] ?? '') &&
      /[a-z)\d]/i.test(text[start - 3] ?? '')
    )
  )
    start--;
  let end = at;
  while (
    end < text.length &&
    !(
      /[.;]/.test(text[end] ?? '') &&
      (text[end + 1] === ' ' || end + 1 === text.length) &&
      /[a-z)\d]/i.test(text[end - 1] ?? '') &&
      !/\b(?:U\.S|No|Inc|v|Jr|Sr|[A-Z])$/.test(text.slice(Math.max(0, end - 4), end))
    )
  )
    end++;
  return { start, end: Math.min(text.length, end + 1) };
}

/**
 * One character of a sentence, for patterns that run from a heading to its verb across a party's name: any
 * character but a full stop or semicolon, or a full stop that closes an initial or an abbreviation inside a name
 * ("Bobbi A. Constantine", "John Doe Jr.", "St. Louis"), which does not end the sentence.
 */
export const IN_SENTENCE = String.raw`(?:[^.;]|(?<=\b[A-Z])\.|(?<=\b(?:Jr|Sr|St|Mr|Ms|Mrs|Dr|No|Ste|Esq|[A-Z]\.[A-Z]))\.)`;

/**
 * The first sentence (the text between two periods, with its closing period) holding `word`: what
 * `/[^.]*(?:word)[^.]*\./` matches, found from the first occurrence of the word instead of by trying every
 * start, which costs the square of the sentence's length.
 */
export function sentenceWith(t: string, word: RegExp): string | null {
  const w = word.exec(t);
  if (!w) return null;
  const end = t.indexOf('.', w.index);
  if (end < 0) return null;
  return t.slice(t.lastIndexOf('.', w.index) + 1, end + 1);
}
