/**
 * The Speedy Trial ledger as the real-docket tests assert it: one line per period — from, to, days, status, and
 * each basis as kind:docket entries ("2017-02-09 2017-02-09 1 excluded pretrialMotion:4/5 pretrialMotion:5/7") —
 * compared period by period against a count by hand.
 */
import { expect } from 'vitest';
import type { Clock, LedgerPeriod } from '../../src/law/speedy-trial/index.ts';

/** One ledger period as a line: from, to, days, status, and each basis as kind:docket entries. */
export const ledgerLine = (p: LedgerPeriod): string =>
  [
    p.from,
    p.to,
    p.days,
    p.status,
    p.bases.map((b) => `${b.kind}:${b.sources.map((s) => s.entry?.number ?? '?').join('/')}`).join(' '),
  ]
    .join(' ')
    .trim();

/**
 * The clock's ledger is exactly these periods, in order (toEqual on the lines), each written by `format` (the one
 * above unless a test writes its lines with more, such as each basis's provision).
 */
export function expectLedger(
  clock: Clock,
  periods: readonly string[],
  format: (p: LedgerPeriod) => string = ledgerLine,
): void {
  expect(clock.ledger.map(format)).toEqual(periods);
}
