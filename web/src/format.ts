/** Display helpers: dates as lawyers read them, plain words for codes. */
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The one date form of the app: `2026-04-17` → `Fri Apr 17, 2026` (calendar arithmetic in UTC so no zone shifts
 * the day). Anything that is not a calendar date is returned as given.
 */
export function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const wd = new Date(Date.UTC(y, mo - 1, d)).getUTCDay();
  return `${WEEKDAYS[wd]} ${MONTHS[mo - 1]} ${d}, ${y}`;
}

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
