import { Temporal } from 'temporal-polyfill';

/** Today's date on the server: the edge where "as of" comes from when a request gives none. */
export const todayIso = (): string => Temporal.Now.plainDateISO().toString();
