/** Display helpers: dates as lawyers read them, plain words for codes. */
import { longDate } from '../../src/contract.ts';

export { longDate };

/** `from`–`to` as two dates in the app's form: `Fri Apr 17, 2026 – Tue Apr 28, 2026`. */
export function dateRange(from: string, to: string | null | undefined, open = 'open'): string {
  return `${longDate(from)} – ${to ? longDate(to) : open}`;
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * An instant as the district reads it: `2026-05-05T20:00:00Z` in Los Angeles → `Tue May 5, 2026 13:00 PDT`
 * (the date in the app's one form, a 24-hour time and the zone's abbreviation).
 */
export function dateTime(instant: string, timeZone: string): string {
  let f = timeFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    });
    timeFormats.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return `${longDate(`${parts.year}-${parts.month}-${parts.day}`)} ${parts.hour}:${parts.minute} ${parts.timeZoneName}`;
}

/** Today's calendar date where the browser is. */
export function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export const CUSTODY: Record<string, string> = {
  inCustody: 'In custody',
  released: 'Released',
  fugitive: 'Fugitive',
  notArrested: 'Not arrested',
  summoned: 'Summoned',
  unknown: 'Custody unknown',
};

/** `motionFiled` → `motion filed` */
export function words(kind: string): string {
  return kind.replace(/([a-z])([A-Z0-9])/g, '$1 $2').toLowerCase();
}

const ISO_IN_TEXT = /\b(?:(?:Sun|Mon|Tue|Wed|Thu|Fri|Sat) )?(\d{4}-\d{2}-\d{2})\b(?!T\d)/g;

/**
 * The engines' explanations name days as `Thu 2026-04-09`; shown to a person, each becomes the app's one form
 * (`Thu Apr 9, 2026`). Only for text the engines write, never for docket text, which is shown as filed.
 */
export function datesIn(text: string): string {
  return text.replace(ISO_IN_TEXT, (_m, iso: string) => longDate(iso));
}

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function monthOf(name: string): number | null {
  const n = name.toLowerCase().replace(/\.$/, '');
  if (n.length < 3) return null;
  const i = MONTH_NAMES.findIndex((m) => m.startsWith(n) || (n === 'sept' && m === 'september'));
  return i < 0 ? null : i + 1;
}

function isoOf(y: number, mo: number, d: number): string | null {
  if (y < 1900 || y > 2199 || mo < 1 || mo > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A calendar date as a person types it, read to `YYYY-MM-DD`, or null when it is not one: the app's own form
 * (`Mon Dec 7, 2026`, the weekday optional), `December 7, 2026`, `7 Dec 2026`, `2026-12-07`, and the U.S.
 * numeric form month first (`12/7/2026`, `12/07/26` as 2026). A weekday that does not match the date is
 * refused rather than guessed past.
 */
export function parseDate(text: string): string | null {
  const t = text.trim().replace(/\s+/g, ' ');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(t);
  if (m) {
    const [, mo = '', d = '', yy = ''] = m;
    return isoOf(yy.length === 2 ? 2000 + Number(yy) : Number(yy), Number(mo), Number(d));
  }
  let weekday: string | undefined;
  let rest = t;
  const w = /^(sun|mon|tue|wed|thu|fri|sat)[a-z]*\.?,? /i.exec(rest);
  if (w) {
    weekday = (w[1] ?? '').toLowerCase();
    rest = rest.slice(w[0].length);
  }
  let iso: string | null = null;
  m = /^([A-Za-z]+\.?) (\d{1,2}),? (\d{4})$/.exec(rest);
  if (m) {
    const mo = monthOf(m[1] ?? '');
    iso = mo ? isoOf(Number(m[3]), mo, Number(m[2])) : null;
  } else {
    m = /^(\d{1,2}) ([A-Za-z]+\.?),? (\d{4})$/.exec(rest);
    if (m) {
      const mo = monthOf(m[2] ?? '');
      iso = mo ? isoOf(Number(m[3]), mo, Number(m[1])) : null;
    }
  }
  if (iso && weekday && longDate(iso).slice(0, 3).toLowerCase() !== weekday) return null;
  return iso;
}

/** A 24-hour time as typed (`9:05`, `09:05`, `2130`) to `HH:MM`, or null. */
export function parseTime(text: string): string | null {
  const m = /^(\d{1,2}):?(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return null;
  return `${String(h).padStart(2, '0')}:${m[2]}`;
}
