/** The one date form people read in the app and in what it prints: `2026-04-17` → `Fri Apr 17, 2026`. */
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
