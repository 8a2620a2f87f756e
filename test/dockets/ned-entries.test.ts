/**
 * The classifier on entry texts of the real Benz docket (D. Neb. 4:13-cr-03121, ned.html), and the Speedy Trial
 * rules those entries exposed, on small cases built for each rule. Real names stay as the record has them.
 */
import { describe, expect, it } from 'vitest';
import type { EventInput } from '../../src/dockets/classify/index.ts';
import { classifyEntries } from '../../src/dockets/index.ts';
import { computeSpeedyTrial } from '../../src/law/speedy-trial/index.ts';
import { caseWith } from '../helpers/case-builder.ts';

const roster = {
  members: [{ number: 1, name: 'Joseph J. Benz', aliases: [], knownFrom: 'partyList' as const }],
  primary: [1],
  placeholderCase: null,
};
const e = (number: number, dateFiled: string, text: string) => ({ number, dateFiled, text });
const classify = (entries: Array<{ number: number; dateFiled: string; text: string }>): EventInput[] =>
  classifyEntries(
    entries.map((x, position) => ({ ...x, id: `n${x.number}`, position, eventName: null })),
    roster,
    { court: 'ned', governmentAttorneys: ['Steven A. Russell'] },
  ).events;
const from = (events: EventInput[], entry: string) =>
  events.filter((x) => x.provenance.source === 'docket' && x.provenance.entry === entry);

const E = {
  n14: e(
    14,
    '2013-12-03',
    'Unopposed MOTION to Continue Jury Trial by Attorney Robert B. Creager as to defendant(s) Joseph J. Benz. (Creager, Robert) (Entered: 12/03/2013)',
  ),
  n15: e(
    15,
    '2013-12-05',
    "MEMORANDUM AND ORDER granting 14 Defendant's Motion to Continue Trial as to Joseph J. Benz (1). 4-day Jury Trial continued to 2/18/2014 at 09:00 AM in Courtroom 1, Robert V. Denney Federal Building, 100 Centennial Mall North, Lincoln, NE before Senior Judge Richard G. Kopf. The time between today's date and the anticipated trial is excluded for purposes of computing the limits under the Speedy Trial Act. See 18 U.S.C. 3161(h)(1). Ordered by Magistrate Judge Cheryl R. Zwart. (JAB) (Entered: 12/06/2013)",
  ),
  n17: e(
    17,
    '2014-02-03',
    "ORDER granting Defendant's Motion to Extend Time to File Pretrial Motions 16 as to Joseph J. Benz (1). Pretrial Motions and briefs shall be filed on or before 3/10/2014. Trial of this case is continued pending resolution of any pretrial motions filed. The time between today's date and March 10, 2014, shall be excluded under the requirements of the Speety Trial Act. Ordered by Magistrate Judge Cheryl R. Zwart. ( CCB ) (Entered: 02/03/2014)",
  ),
  n48: e(
    48,
    '2015-03-25',
    'AMENDED MOTION in Limine by Attorney Steven A. Russell as to defendant(s) Joseph J. Benz. (Russell, Steven) (Entered: 03/25/2015)',
  ),
  n65: e(
    65,
    '2015-10-27',
    "ORDER as to defendant Joseph J. Benz. Defendant shall have 20 days from today's date to file a report of his expert in response to the report received from the Bureau of Prisons (Filing No. 63 ). Within 7 days thereafter, the parties may file concurrent briefs regarding such reports and Plaintiff's amended motion in limine (Filing No. 48 ). The motion will be taken under submission at such time; no reply briefs will be filed. The time between the filing of Plaintiff's amended motion in limine (Filing No. 48 ) and the court's final disposition thereof is excluded from computation under the Speedy Trial Act in the interests of justice. See 18 U.S.C. § 3161. Ordered by Senior Judge Richard G. Kopf. (GJG) (Entered: 10/27/2015)",
  ),
  n67: e(
    67,
    '2015-11-12',
    "ORDER that no later than Monday, November 23, 2015, the parties may file concurrent briefs regarding the various psychological reports and Plaintiff's amended motion in limine filing number 48 . The motion will be taken under submission at such time. No reply briefs will be filed as to Joseph J. Benz (1). Ordered by Senior Judge Richard G. Kopf. (KLF) (Entered: 11/12/2015)",
  ),
  n81: e(
    81,
    '2016-05-21',
    'TEXT ORDER SETTING HEARING as to defendant(s) Joseph J. Benz. 1) A Frye hearing will be held at 8:30 a.m. on May 23, 2016 in Courtroom 1, Robert V. Denney Federal Building, 100 Centennial Mall North, Lincoln, NE before Magistrate Judge Cheryl R. Zwart. 2) The defendant, defense counsel, and counsel for the government shall be present at the hearing. Ordered by Magistrate Judge Cheryl R. Zwart. (Zwart, Cheryl) (Entered: 05/21/2016)',
  ),
  n87: e(
    87,
    '2016-05-23',
    "TEXT MINUTE ENTRY for bench trial proceedings held before Senior Judge Richard G. Kopf in Lincoln on 05/23/2016 as to defendant Joseph J. Benz. Evidence by Government. Evidence by Defendant. Government rests. Defendant's motion to dismiss or directed verdict is denied. Court takes judicial notice of stipulation of parties to be filed with RESTRICTED access. Trial not concluded. Trial continued to 9:00 a.m. on 05/24/2016 in Courtroom 1, Robert V. Denney Federal Building, 100 Centennial Mall North, Lincoln, NE before Senior Judge Richard G. Kopf. Appearance for Plaintiff: Steven A. Russell; Defendant: Robert B. Creager, Retained; Courtroom Deputy: Connie Schultz; Court Reporter: digital; Time Start: 9:33 a.m. Time Stop: 3:26 p.m. Time in Court: 4 Hours 25 Minutes. (CS) (Entered: 05/23/2016)",
  ),
  n91: e(
    91,
    '2016-05-24',
    'TEXT MINUTE ENTRY for bench trial proceedings held before Senior Judge Richard G. Kopf in Lincoln on 05/24/2016 as to defendant Joseph J. Benz. Evidence by Government. Evidence by Defendant. Defendant rests. Trial not concluded. Trial continued to 9:00 a.m. on 05/25/2016 in Courtroom 1, Robert V. Denney Federal Building, 100 Centennial Mall North, Lincoln, NE before Senior Judge Richard G. Kopf. Appearance for Plaintiff: Steven A. Russell; Defendant: Robert B. Creager, Retained; Courtroom Deputy: Connie Schultz; Court Reporter: digital; Time Start: 9:42 a.m. Time Stop: 3:31 p.m. Time in Court: 3 Hours 4 Minutes. (CS) (Entered: 05/24/2016)',
  ),
};

describe('classifier, on the Benz docket entries', () => {
  it('entry 87: the first bench-trial day that records evidence commences trial (first evidence), 2016-05-23; entry 91 is not a second start', () => {
    const events = classify([E.n87, E.n91]);
    const starts = events.filter((x) => x.kind === 'trialStart');
    expect(starts).toMatchObject([
      { id: 'n87.trialStart', date: '2016-05-23', trialType: 'bench', milestone: 'firstEvidence' },
    ]);
  });

  it('entries 87 and 91: "Trial not concluded. Trial continued to 9:00 a.m. on 05/24/2016" is a recess, not a continuance', () => {
    const events = classify([E.n87, E.n91]);
    expect(events.filter((x) => x.kind === 'continuance')).toEqual([]);
  });

  it('entry 81: "A Frye hearing will be held at 8:30 a.m. on May 23, 2016" sets a hearing; it does not record one held', () => {
    expect(from(classify([E.n81]), 'n81').map((x) => x.kind)).not.toContain('hearingHeld');
  });

  it('entry 67: "The motion will be taken under submission at such time" puts motion 48 under advisement when the briefs are due, 2015-11-23; entry 65, giving no date, does not', () => {
    const events = classify([E.n48, E.n65, E.n67]);
    expect(events.filter((x) => x.kind === 'underAdvisement')).toMatchObject([
      {
        id: 'n67.underAdvisement',
        date: '2015-11-23',
        matters: ['n48.motionFiled'],
        provenance: { classifier: { rule: 'motion.underAdvisementWhenBriefed' } },
      },
    ]);
  });

  it('entry 65: excluding the pendency of motion 48 "in the interests of justice" is an (h)(7) exclusion from the motion\'s filing, 2015-03-25, recited without reasons', () => {
    const ex = from(classify([E.n48, E.n65]), 'n65').filter((x) => x.kind === 'timeExclusion');
    expect(ex).toMatchObject([
      { basis: 'endsOfJustice', from: '2015-03-25', findings: { status: 'recitedOnly' } },
    ]);
  });

  it('entry 17: the window granted to file pretrial motions (to 2014-03-10) carries the Bloate caution', () => {
    const ex = from(classify([E.n17]), 'n17').filter((x) => x.kind === 'timeExclusion');
    expect(ex).toMatchObject([{ basis: 'endsOfJustice', from: '2014-02-03', to: '2014-03-10' }]);
    expect((ex[0] as { note?: string }).note).toMatch(/prepare pretrial motions.*Bloate/);
  });

  it('entry 15: one order both continues the trial (to 2014-02-18) and excludes the time to it', () => {
    const kinds = from(classify([E.n14, E.n15]), 'n15').map((x) => x.kind);
    expect(kinds).toEqual(expect.arrayContaining(['continuance', 'timeExclusion', 'motionDecided']));
  });
});

// The rules on small cases. Trigger: indictment and first appearance Mon 2027-01-04 (day 0).
const start = [
  { kind: 'indictment', date: '2027-01-04', sealed: false, counts: [] },
  { kind: 'initialAppearance', date: '2027-01-04', district: 'nyed', rule5c3: false, withCounsel: true },
];
const trialClock = (file: ReturnType<typeof caseWith>, asOf: string) => {
  const d = computeSpeedyTrial(file, asOf).defendants[0]!;
  return { d, clock: d.clocks.find((c) => c.kind === 'trial')! };
};

describe('Speedy Trial rules the Benz docket exposed', () => {
  it('(h)(1)(A): an examination under § 4242 ends when the report is filed; a second copy of the report opens nothing', () => {
    const file = caseWith([
      ...start,
      { kind: 'competencyProceeding', date: '2027-03-01', phase: 'motion' },
      { kind: 'competencyProceeding', date: '2027-03-10', phase: 'order', statute: '18 U.S.C. § 4242' },
      { kind: 'competencyProceeding', date: '2027-05-03', phase: 'report' },
      { kind: 'competencyProceeding', date: '2027-05-03', phase: 'report' },
    ]);
    const { d, clock } = trialClock(file, '2027-05-10');
    // Counted: Jan 5–31 = 27 + Feb 28 = 55; excluded Mar 1–May 3 = 31 + 30 + 3 = 64; counted May 4–10 = 7 → 62.
    expect(clock.daysUsed).toBe(62);
    expect(clock.openExclusions).toEqual([]);
    const exam = clock.ledger.flatMap((p) => p.bases).find((b) => b.kind === 'competencyExam')!;
    expect(exam).toMatchObject({
      citation: '18 U.S.C. § 3161(h)(1)(A)',
      window: { from: '2027-03-01', to: '2027-05-03' },
    });
    expect(d.warnings.map((w) => w.code)).not.toContain('openWindow');
  });

  it('(h)(1)(A): a competency proceeding with no determination on the docket ends at the latest when trial begins', () => {
    const file = caseWith([
      ...start,
      { kind: 'competencyProceeding', date: '2027-03-01', phase: 'motion' },
      { kind: 'competencyProceeding', date: '2027-03-05', phase: 'order', statute: '18 U.S.C. § 4241' },
      { kind: 'trialStart', date: '2027-04-12', trialType: 'jury', milestone: 'voirDireBegins' },
    ]);
    const { d, clock } = trialClock(file, '2027-06-01');
    // Counted Jan 5–31 = 27 + Feb 1–28 = 28 → 55; Mar 1 … Apr 12 (the trial day) excluded.
    expect(clock.end).toMatchObject({ date: '2027-04-12', reason: 'trialCommenced' });
    expect(clock.daysUsed).toBe(55);
    const exam = clock.ledger.flatMap((p) => p.bases).find((b) => b.kind === 'competencyExam')!;
    expect(exam.window).toEqual({ from: '2027-03-01', to: '2027-04-12' });
    expect(d.warnings.map((w) => w.code)).not.toContain('openWindow');
  });

  it('a pending competency proceeding with no trial yet stays open and says so', () => {
    const file = caseWith([...start, { kind: 'competencyProceeding', date: '2027-03-01', phase: 'motion' }]);
    const { d, clock } = trialClock(file, '2027-04-01');
    expect(clock.openExclusions.map((b) => b.kind)).toEqual(['competencyExam']);
    expect(d.warnings.map((w) => w.code)).toContain('openWindow');
  });

  const docketed = (continuanceOnly: boolean) => {
    const file = caseWith([
      ...start,
      {
        id: 'cont',
        kind: 'continuance',
        date: '2027-02-01',
        of: 'trial',
        newDate: '2027-04-01',
        findings: { status: 'absent' },
      },
      ...(continuanceOnly
        ? []
        : [
            {
              id: 'excl',
              kind: 'timeExclusion',
              date: '2027-02-01',
              basis: 'endsOfJustice',
              from: '2027-02-01',
              to: '2027-04-01',
              findings: { status: 'recitedOnly' },
            },
          ]),
    ]);
    return {
      ...file,
      docketEntries: [
        {
          id: 'n15',
          number: 15,
          dateFiled: '2027-02-01',
          dateEntered: null,
          text: 'ORDER granting motion to continue. Jury Trial continued to 4/1/2027. The time between today’s date and the anticipated trial is excluded.',
          eventName: null,
          source: { format: 'manual' as const },
        },
      ],
      events: file.events.map((x) =>
        x.id === 'cont' || x.id === 'excl'
          ? { ...x, provenance: { source: 'docket' as const, entry: 'n15' } }
          : x,
      ),
    };
  };

  it('(h)(7)(A): a continuance in the same order that excludes time is read once, with the order’s findings', () => {
    const { d, clock } = trialClock(docketed(false), '2027-04-30');
    // Counted Jan 5–31 = 27, excluded Feb 1–Apr 1 = 28 + 31 + 1 = 60, counted Apr 2–30 = 29 → 56.
    expect(clock.daysUsed).toBe(56);
    expect(clock.ledger.flatMap((p) => p.notes)).toEqual([]);
    const codes = d.warnings.map((w) => w.code);
    expect(codes).toContain('findingsUnverified');
    expect(codes).not.toContain('continuanceWithoutFindings');
    expect(codes).not.toContain('exclusionWithoutDates');
  });

  it('(h)(7)(A): a continuance alone, without findings, is counted and flagged (Zedner)', () => {
    const { d, clock } = trialClock(docketed(true), '2027-04-30');
    // Nothing excluded: Jan 5–31 = 27 + Feb 28 + Mar 31 + Apr 30 = 116.
    expect(clock.daysUsed).toBe(116);
    expect(d.warnings.map((w) => w.code)).toContain('continuanceWithoutFindings');
  });

  it('once trial has commenced, later events raise no warnings (a post-trial motion pending, counts vacated)', () => {
    const file = caseWith([
      ...start,
      { kind: 'trialStart', date: '2027-03-01', trialType: 'bench', milestone: 'firstEvidence' },
      {
        kind: 'motionFiled',
        date: '2027-06-01',
        motion: 'other',
        title: 'MOTION for Downward Departure/Variance',
        movant: 'defendant',
      },
      {
        kind: 'dismissal',
        date: '2027-07-01',
        movant: 'court',
        scope: 'counts',
        counts: ['I'],
        prejudice: 'unspecified',
      },
    ]);
    const { d, clock } = trialClock(file, '2027-08-01');
    // Jan 5–31 = 27 + Feb 28 + Mar 1 (the trial day) = 56, timely.
    expect(clock.daysUsed).toBe(56);
    expect(d.warnings).toEqual([]);
  });
});
