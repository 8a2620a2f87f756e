/**
 * After judgment no Speedy Trial clock runs: motions that come after a conviction or a sentence — criminal
 * forfeiture (Fed. R. Crim. P. 32.2), Rule 35, § 3582(c), § 2255, supervised release, surrender — are not pretrial
 * motions. They exclude nothing under § 3161(h)(1)(D) and are never reported as open pretrial motions. And an order
 * modifying conditions of release decides the motion that asked for it, also when the minutes that granted it
 * called for the written order. Entry texts are invented (fictional names) in real CM/ECF wordings.
 */
import { describe, expect, it } from 'vitest';
import type { CaseFile, Event } from '../../src/case/index.ts';
import { motionTypeOf } from '../../src/dockets/classify/proceedings.ts';
import { computeSpeedyTrial } from '../../src/law/speedy-trial/index.ts';
import { inventedDocket } from '../helpers/invented-docket.ts';

const docket = inventedDocket;
const entryOf = (e: Event) => (e.provenance.source === 'docket' ? e.provenance.entry : '');
const motions = (f: CaseFile) =>
  f.events.flatMap((e) => (e.kind === 'motionFiled' ? [[entryOf(e), e.motion]] : []));

describe('motions after conviction or judgment', () => {
  it.each([
    ['MOTION for Preliminary Order of Forfeiture by USA as to Dana R. Quill', 'postJudgment'],
    ['MOTION for Final Order of Forfeiture', 'postJudgment'],
    [
      'MOTION to Reduce Sentence pursuant to 18 U.S.C. § 3582(c)(1)(A) (Compassionate Release)',
      'postJudgment',
    ],
    ['MOTION to Vacate, Set Aside or Correct Sentence (2255)', 'postJudgment'],
    ['MOTION to Correct Sentence under Rule 35(a)', 'postJudgment'],
    ['MOTION for Early Termination of Supervised Release', 'postJudgment'],
    ['MOTION to Extend Self-Surrender Date', 'postJudgment'],
    ['MOTION to Amend Restitution Order', 'postJudgment'],
    // pretrial motions keep their type
    ['MOTION for Bill of Particulars as to the forfeiture allegation', 'billOfParticulars'],
    ['MOTION to Continue status report date', 'continue'],
    ['MOTION to Modify Conditions of Release', 'modifyConditions'],
    ['MOTION for Extension of Time to File Pretrial Motions', 'extendTime'],
  ])('"%s" is typed %s', (title, type) => {
    expect(motionTypeOf(title)).toBe(type);
  });

  const entries: Array<[number, string, string]> = [
    [1, '2026-01-05', 'INDICTMENT as to Dana R. Quill (1) count(s) 1, 2. (xyz)'],
    [
      2,
      '2026-01-12',
      'Minute Entry for proceedings held before Magistrate Judge Ana B. Corte: Initial Appearance and Arraignment as to Dana R. Quill (1) Count 1,2 held on 1/12/2026. Not Guilty plea entered. Defendant released on conditions. (xyz)',
    ],
    [
      3,
      '2026-02-09',
      'Minute Entry for proceedings held before Judge Ana B. Corte: Change of Plea Hearing as to Dana R. Quill held on 2/9/2026. Plea entered by Dana R. Quill (1) Guilty Count 1. (xyz)',
    ],
    [4, '2026-02-16', 'MOTION for Preliminary Order of Forfeiture by USA as to Dana R. Quill. (Lee, Ana)'],
    [5, '2026-05-11', 'MOTION to Extend Self-Surrender Date by Dana R. Quill. (Counsel, Lee)'],
    [6, '2026-06-01', 'MOTION for Copies of the Docket Sheet by Dana R. Quill. (xyz)'],
  ];

  it('excludes nothing for them and reports none of them as an open pretrial motion', () => {
    const f = docket(entries);
    expect(motions(f)).toEqual([
      ['n4', 'postJudgment'],
      ['n5', 'postJudgment'],
      ['n6', 'other'],
    ]);
    // the sentence, as a docket history names it (entry 5 of 5/11 asks to extend the surrender date it set)
    const sentencing = {
      kind: 'sentencing',
      id: 'sentencing-1',
      date: '2026-05-04',
      defendants: [1],
      provenance: { source: 'manual', by: 'clerk' },
    } as unknown as Event;
    const r = computeSpeedyTrial({ ...f, events: [...f.events, sentencing] }, '2026-07-01');
    const bases = r.defendants[0]!.clocks.flatMap((c) =>
      c.ledger.flatMap((p) => p.bases.flatMap((b) => b.sources.map((s) => s.entry?.number))),
    );
    for (const n of [4, 5, 6]) expect(bases).not.toContain(n);
    const motionEvents = new Set(['n4.motionFiled', 'n5.motionFiled', 'n6.motionFiled']);
    expect(r.warnings.filter((w) => w.events.some((e) => motionEvents.has(e)))).toEqual([]);
    expect(
      r.defendants[0]!.clocks.flatMap((c) => c.unknowns.filter((u) => u.cause === 'openMotion')),
    ).toEqual([]);
  });

  it('a forfeiture motion filed while the trial clock runs excludes nothing; a pretrial motion filed that day does', () => {
    const clock = (motion: string) => {
      const f = docket([
        entries[0]!,
        entries[1]!,
        [3, '2026-01-20', motion],
        [
          4,
          '2026-03-02',
          'NOTICE OF ATTORNEY APPEARANCE: Lee Counsel appearing for Dana R. Quill. (Counsel, Lee)',
        ],
      ]);
      return computeSpeedyTrial(f, '2026-03-01').defendants[0]!.clocks.find((c) => c.kind === 'trial')!;
    };
    // day 0 Mon 1/12 (arraignment); Jan 13 – Mar 1 = 48 days
    expect(
      clock('MOTION for Preliminary Order of Forfeiture by USA as to Dana R. Quill. (Lee, Ana)'),
    ).toMatchObject({
      daysUsed: 48,
      daysExcluded: 0,
    });
    // a motion with no ruling in a complete record stays pending: Jan 20 – Mar 1 = 41 days excluded (§ 3161(h)(1)(D))
    expect(clock('MOTION for Copies of the Docket Sheet by Dana R. Quill. (xyz)')).toMatchObject({
      daysUsed: 7,
      daysExcluded: 41,
    });
  });
});

describe('an order modifying conditions of release decides the motion that asked for it', () => {
  const base: Array<[number, string, string]> = [
    [1, '2026-01-05', 'INDICTMENT as to Dana R. Quill (1) count(s) 1. (xyz)'],
    [
      2,
      '2026-01-12',
      'Minute Entry for proceedings held before Magistrate Judge Ana B. Corte: Initial Appearance and Arraignment as to Dana R. Quill (1) Count 1 held on 1/12/2026. Not Guilty plea entered. ORDER Setting Conditions of Release as to Dana R. Quill (1) $25,000 unsecured. (xyz)',
    ],
    [3, '2026-02-02', 'MOTION to Modify Conditions of Release by Dana R. Quill. (Counsel, Lee)'],
  ];
  const decisions = (f: CaseFile) =>
    f.events.flatMap((e) =>
      e.kind === 'motionDecided' ? [[entryOf(e), e.date, e.motion, e.disposition]] : [],
    );

  it('when no entry rules on the motion', () => {
    const f = docket([
      ...base,
      [
        4,
        '2026-02-10',
        'ORDER granting modification of conditions of release as to Dana R. Quill: the curfew condition is removed. Signed by Magistrate Judge Ana B. Corte on 2/10/2026. (xyz)',
      ],
    ]);
    expect(decisions(f)).toEqual([['n4', '2026-02-10', 'n3.motionFiled', 'granted']]);
  });

  it('again when the minutes granting it call for the written order ("Counsel to prepare the Order")', () => {
    const f = docket([
      ...base,
      [
        4,
        '2026-02-06',
        'EP: MINUTES: Motion to Modify Conditions of Release - There being no opposition, Motion granted. Defense counsel to prepare the Order. [3-1] as to Dana R. Quill by Magistrate Judge Ana B. Corte (xyz)',
      ],
      [
        5,
        '2026-02-10',
        'ORDER granting modification of conditions of release as to Dana R. Quill: the curfew condition is removed. Signed by Magistrate Judge Ana B. Corte on 2/10/2026. (xyz)',
      ],
    ]);
    expect(decisions(f).map((d) => [d[0], d[2]])).toEqual([
      ['n4', 'n3.motionFiled'],
      ['n5', 'n3.motionFiled'],
    ]);
  });

  it('not when the minutes rule on it with no written order to follow', () => {
    const f = docket([
      ...base,
      [
        4,
        '2026-02-06',
        'EP: MINUTES: Motion to Modify Conditions of Release - Motion granted. [3-1] as to Dana R. Quill by Magistrate Judge Ana B. Corte (xyz)',
      ],
      [
        5,
        '2026-03-10',
        'ORDER granting modification of conditions of release as to Dana R. Quill: travel to the District of New Jersey permitted. (xyz)',
      ],
    ]);
    expect(decisions(f).map((d) => [d[0], d[2]])).toEqual([['n4', 'n3.motionFiled']]);
  });
});
