/** Calendar dates as PACER prints them in headers and tables (`mm/dd/yyyy`), checked and made ISO. */

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** `YYYY-MM-DD` for a real calendar date, or null (Feb 30, month 13, year 0…). */
export function isoFromParts(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  const max = month === 2 && isLeap(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  if (!Number.isInteger(day) || day < 1 || day > max) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `mm/dd/yyyy` (one- or two-digit month and day, four-digit year) → ISO, or null. */
export function usDate(text: string | null | undefined): string | null {
  if (!text) return null;
  const m = /(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(text);
  if (!m) return null;
  return isoFromParts(Number(m[3]), Number(m[1]), Number(m[2]));
}
