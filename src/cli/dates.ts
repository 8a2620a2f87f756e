import { isIsoDate, Temporal } from '../law/calendar/index.ts';
import { CliError } from './io.ts';

/** Today's calendar date on this machine: the edge where "as of" comes from when the user gives none. */
export const today = (): string => Temporal.Now.plainDateISO().toString();

export function asOfOption(value: string | undefined): string {
  if (value === undefined) return today();
  if (!isIsoDate(value)) throw new CliError(`--as-of must be a real date written YYYY-MM-DD, got "${value}"`);
  return value;
}

/** An optional date option (`--sentencing`, `--as-of` where absence means "not given"), checked. */
export function dateOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) throw new CliError(`${name} must be a date written YYYY-MM-DD, got "${value}"`);
  return value;
}
