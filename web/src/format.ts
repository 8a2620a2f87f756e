/** Display helpers: dates as lawyers read them, plain words for codes. */
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = [
  'Jan.',
  'Feb.',
  'Mar.',
  'Apr.',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];

/** `2026-04-17` → `Fri Apr. 17, 2026` (calendar arithmetic in UTC so no zone shifts the day). */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const wd = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${WEEKDAYS[wd]} ${MONTHS[m - 1]} ${d}, ${y}`;
}

export function shortDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${m}/${d}/${String(y).slice(2)}`;
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
