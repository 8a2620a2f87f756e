/**
 * Released on conditions but held until they are met (18 U.S.C. § 3142(c), § 3164(b)): "Defendant to be detained
 * until all conditions are met", "remanded until bail conditions are met", "detained pending satisfaction of bail
 * conditions", "to be released upon meeting conditions", "Defendant released when conditions are satisfied". The
 * order sets conditions, but the defendant stays in custody — the § 3164 detention clock runs — until an entry shows
 * the conditions met or the release executed. The entry texts are invented (fictional names) in real CM/ECF wordings.
 */
import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../src/case/index.ts';
import { computeSpeedyTrial } from '../../src/law/speedy-trial/index.ts';
import { inventedDocket } from '../helpers/invented-docket.ts';

const docket = inventedDocket;

const appearance = (held: string) =>
  docket([
    [1, '2026-01-05', 'INDICTMENT as to Dana R. Quill (1) count(s) 1. (xyz)'],
    [
      2,
      '2026-01-12',
      `Minute Entry for proceedings held before Magistrate Judge Ana B. Corte: Initial Appearance as to Dana R. Quill held on 1/12/2026. Bond set as to Dana R. Quill (1) $50,000 secured by property. ${held} (xyz)`,
    ],
    // a later entry, so that the record covers the days up to the as-of date
    [
      3,
      '2026-02-02',
      'NOTICE OF ATTORNEY APPEARANCE: Lee Counsel appearing for Dana R. Quill. (Counsel, Lee)',
    ],
  ]);

const detention = (f: CaseFile, asOf = '2026-02-01') =>
  computeSpeedyTrial(f, asOf).defendants[0]!.clocks.find((c) => c.kind === 'detention');

describe('release on conditions, held until they are met', () => {
  for (const held of [
    'Defendant to be detained until all conditions are met.',
    'Defendant remanded until bail conditions are met.',
    'Defendant detained pending satisfaction of bail conditions.',
    'Defendant to be released upon meeting conditions.',
    'Defendant released when conditions are satisfied.',
    'Defendant remanded to the custody of the U.S. Marshal until the conditions of release have been satisfied.',
  ]) {
    it(`"${held}" sets conditions and keeps the defendant detained: the § 3164 clock runs from the appearance`, () => {
      const f = appearance(held);
      expect(f.events.filter((e) => e.kind === 'releaseOrder')).toMatchObject([
        { date: '2026-01-12', heldUntilMet: true, bond: { amountUsd: 50000 } },
      ]);
      // conditions set, not a § 3142(e) detention order
      expect(f.events.filter((e) => e.kind === 'detentionOrder')).toEqual([]);
      const d = detention(f);
      // day 0 Mon 1/12; Jan 13 – Feb 1 = 20 days, none excluded
      expect(d).toMatchObject({ trigger: { date: '2026-01-12' }, calendarDays: 20, daysUsed: 20 });
      expect(d!.end).toBeNull();
    });
  }

  it('"Defendant released on conditions" is a release, not a detention: no § 3164 clock', () => {
    const f = appearance('Defendant released on conditions.');
    expect(f.events.filter((e) => e.kind === 'releaseOrder')).toMatchObject([{ heldUntilMet: false }]);
    expect(detention(f)).toBeUndefined();
  });

  for (const [date, text] of [
    [
      '2026-01-20',
      'Appearance Bond Entered as to Dana R. Quill in amount of $ 50,000, secured by property. (xyz)',
    ],
    ['2026-01-20', 'NOTICE as to Dana R. Quill: all bail conditions have been met. (xyz)'],
    ['2026-01-20', 'Release Order Executed as to Dana R. Quill on 1/20/2026. (xyz)'],
    ['2026-01-20', 'Defendant Dana R. Quill released from custody on 1/20/2026. (xyz)'],
  ] as const) {
    it(`the detention ends the day an entry shows the release: "${text}"`, () => {
      const f = docket([
        [1, '2026-01-05', 'INDICTMENT as to Dana R. Quill (1) count(s) 1. (xyz)'],
        [
          2,
          '2026-01-12',
          'Minute Entry for proceedings held before Magistrate Judge Ana B. Corte: Initial Appearance as to Dana R. Quill held on 1/12/2026. BAIL DISPOSITION: $50,000 PRB; 2 FRP; travel restricted to EDNY/SDNY. Defendant remanded until bail conditions are met. (xyz)',
        ],
        [3, date, text],
      ]);
      const released = f.events.filter((e) => e.kind === 'releaseOrder');
      expect(released.map((e) => e.kind === 'releaseOrder' && [e.date, e.heldUntilMet])).toEqual([
        ['2026-01-12', true],
        [date, false],
      ]);
      // day 0 Mon 1/12; Jan 13–20 = 8 days, the last the day of release
      expect(detention(f)).toMatchObject({
        trigger: { date: '2026-01-12' },
        status: 'ended',
        calendarDays: 8,
        daysUsed: 8,
        end: { date: '2026-01-20', reason: 'released' },
      });
    });
  }
});
