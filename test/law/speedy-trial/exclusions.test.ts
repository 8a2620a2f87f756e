/**
 * Every excludable period of 18 U.S.C. § 3161(h)(1)–(8): the period the engine excludes, its current citation and
 * its AO letter code (speedy-trial spec §§ 3, 4), and the limits of each (caps, findings, Bloate, Zedner).
 *
 * Unless a test says otherwise the case is: indictment filed and public Mon 2027-03-01, first appearance the same
 * day → day 0 is 03-01; as of Fri 04-30 there are 03-02…04-30 = 30 + 30 = 60 calendar days.
 */
import { describe, expect, it } from 'vitest';
import { AO_CODES, computeSpeedyTrial, EXCLUSION_RULES } from '../../../src/law/speedy-trial/index.ts';
import { basesOf, caseWith, clock, clockOf, type EventSeed, expectLedgerSums, rows } from './helpers.ts';

const start: EventSeed[] = [
  { kind: 'indictment', date: '2027-03-01' },
  { kind: 'initialAppearance', date: '2027-03-01', district: 'nyed' },
];
const AS_OF = '2027-04-30';
const CALENDAR_DAYS = 60;

const motion = (id: string, date: string, extra: Record<string, unknown> = {}): EventSeed => ({
  kind: 'motionFiled',
  id,
  date,
  motion: 'suppress',
  title: `Motion ${id}`,
  movant: 'defendant',
  ...extra,
});

/** One case per rule; each gives the window Wed 03-10 … Fri 03-19 (10 days, both ends excluded). */
const RULES: Array<{ name: string; kind: string; citation: string; ao: string | null; events: EventSeed[] }> =
  [
    {
      name: '(h)(1)(A) competency examination: motion for the examination → determination',
      kind: 'competencyExam',
      citation: '18 U.S.C. § 3161(h)(1)(A)',
      ao: 'A',
      events: [
        { kind: 'competencyProceeding', date: '2027-03-10', phase: 'motion' },
        { kind: 'competencyProceeding', date: '2027-03-15', phase: 'examination' },
        { kind: 'competencyProceeding', date: '2027-03-19', phase: 'determination', result: 'competent' },
      ],
    },
    {
      name: '(h)(1)(B) trial on other charges: first to last day of the other trial',
      kind: 'otherTrial',
      citation: '18 U.S.C. § 3161(h)(1)(B)',
      ao: 'C',
      events: [
        {
          kind: 'proceeding',
          date: '2027-03-10',
          proceeding: 'otherTrial',
          from: '2027-03-10',
          to: '2027-03-19',
          description: 'Trial of the defendant on other charges (S.D.N.Y.)',
        },
      ],
    },
    {
      name: '(h)(1)(C) interlocutory appeal: notice of appeal → mandate issued (option appealEnd default)',
      kind: 'interlocutoryAppeal',
      citation: '18 U.S.C. § 3161(h)(1)(C)',
      ao: 'D',
      events: [
        {
          kind: 'proceeding',
          date: '2027-03-10',
          proceeding: 'interlocutoryAppeal',
          from: '2027-03-10',
          to: null,
          decided: '2027-03-16',
          mandateIssued: '2027-03-19',
          mandateReceived: '2027-03-23',
          description: 'Government’s appeal from the suppression order (§ 3731)',
        },
      ],
    },
    {
      name: '(h)(1)(D) pretrial motion: filing day through prompt disposition',
      kind: 'pretrialMotion',
      citation: '18 U.S.C. § 3161(h)(1)(D)',
      ao: 'E',
      events: [
        motion('m1', '2027-03-10'),
        { kind: 'motionDecided', date: '2027-03-19', motion: 'm1', disposition: 'denied' },
      ],
    },
    {
      name: '(h)(1)(E) transfer or removal proceeding (Rule 21): start → completion',
      kind: 'transferRemoval',
      citation: '18 U.S.C. § 3161(h)(1)(E)',
      ao: 'F',
      events: [
        { kind: 'transfer', date: '2027-03-10', rule: '21', phase: 'start' },
        { kind: 'transfer', date: '2027-03-19', rule: '21', phase: 'complete' },
      ],
    },
    {
      name: '(h)(1)(F) transportation: the day after the order → arrival, within ten days',
      kind: 'transportation',
      citation: '18 U.S.C. § 3161(h)(1)(F)',
      ao: 'J',
      events: [{ kind: 'transportation', date: '2027-03-09', purpose: 'examination', arrival: '2027-03-19' }],
    },
    {
      name: '(h)(1)(G) consideration of a proposed plea agreement: submission → ruling',
      kind: 'pleaAgreementConsideration',
      citation: '18 U.S.C. § 3161(h)(1)(G)',
      ao: 'I',
      events: [
        { kind: 'pleaAgreementSubmitted', id: 'pa', date: '2027-03-10', terms: ['C'] },
        { kind: 'pleaAgreementDecided', date: '2027-03-19', agreement: 'pa', ruling: 'rejected' },
      ],
    },
    {
      name: '(h)(1)(H) under advisement (an order naming the period)',
      kind: 'underAdvisement',
      citation: '18 U.S.C. § 3161(h)(1)(H)',
      ao: 'G',
      events: [
        {
          kind: 'timeExclusion',
          date: '2027-03-10',
          basis: 'underAdvisement',
          from: '2027-03-10',
          to: '2027-03-19',
        },
      ],
    },
    {
      name: '(h)(1) other proceeding concerning the defendant (probation revocation)',
      kind: 'otherProceeding',
      citation: '18 U.S.C. § 3161(h)(1)',
      ao: 'H',
      events: [
        {
          kind: 'proceeding',
          date: '2027-03-10',
          proceeding: 'other',
          from: '2027-03-10',
          to: '2027-03-19',
          description: 'Probation revocation proceeding in the District of New Jersey',
        },
      ],
    },
    {
      name: '(h)(2) deferred prosecution',
      kind: 'deferredProsecution',
      citation: '18 U.S.C. § 3161(h)(2)',
      ao: 'K',
      events: [
        {
          kind: 'proceeding',
          date: '2027-03-10',
          proceeding: 'deferredProsecution',
          from: '2027-03-10',
          to: '2027-03-19',
          description: 'Pretrial diversion agreement approved by the court',
        },
      ],
    },
    {
      name: '(h)(3)(A) unavailability of an essential witness',
      kind: 'absenceUnavailability',
      citation: '18 U.S.C. § 3161(h)(3)(A)',
      ao: 'M',
      events: [
        {
          kind: 'proceeding',
          date: '2027-03-10',
          proceeding: 'unavailability',
          from: '2027-03-10',
          to: '2027-03-19',
          description: 'Essential witness hospitalized',
        },
      ],
    },
    {
      name: '(h)(6) co-defendant period recorded by an order ("as to co-defendants", code R)',
      kind: 'codefendant',
      citation: '18 U.S.C. § 3161(h)(6)',
      ao: 'R',
      events: [
        {
          kind: 'timeExclusion',
          date: '2027-03-10',
          basis: 'codefendant',
          from: '2027-03-10',
          to: '2027-03-19',
          aoCode: 'R',
        },
      ],
    },
    {
      name: '(h)(7)(A) ends-of-justice continuance with reasons on the record ((B)(i) → T1)',
      kind: 'endsOfJustice',
      citation: '18 U.S.C. § 3161(h)(7)(A), (B)(i)',
      ao: 'T1',
      events: [
        {
          kind: 'timeExclusion',
          date: '2027-03-10',
          basis: 'endsOfJustice',
          from: '2027-03-10',
          to: '2027-03-19',
          findings: { status: 'onRecord', factors: ['i'], text: 'a miscarriage of justice would result' },
        },
      ],
    },
    {
      name: '(h)(8) foreign evidence, ordered on a party’s application with a finding (no AO code)',
      kind: 'foreignEvidence',
      citation: '18 U.S.C. § 3161(h)(8)',
      ao: null,
      events: [
        {
          kind: 'timeExclusion',
          date: '2027-03-10',
          basis: 'foreignEvidence',
          from: '2027-03-10',
          to: '2027-03-19',
        },
      ],
    },
  ];

describe('each exclusion of § 3161(h): period, citation and AO code', () => {
  for (const rule of RULES) {
    it(rule.name, () => {
      // 03-02…03-09 = 8 counted; 03-10…03-19 = 10 excluded; 03-20…04-30 = 12 + 30 = 42 counted → 50 used.
      const c = clock(caseWith([...start, ...rule.events]), AS_OF);
      expect(rows(c.ledger)).toEqual([
        '2027-03-02..2027-03-09 8 counted',
        `2027-03-10..2027-03-19 10 excluded ${rule.kind}`,
        '2027-03-20..2027-04-30 42 counted',
      ]);
      expect(c.ledger[1]!.bases[0]).toMatchObject({
        kind: rule.kind,
        citation: rule.citation,
        aoCode: rule.ao,
      });
      expect([c.daysUsed, c.daysExcluded, c.calendarDays]).toEqual([50, 10, CALENDAR_DAYS]);
      expectLedgerSums(c);
    });
  }

  it('(h)(4) incompetence: finding of incompetence → finding of restoration, after the (h)(1)(A) proceeding', () => {
    // (A) motion 03-05 → determination "incompetent" 03-09 (5 days); (h)(4) 03-09 → restored 03-19 (11 days);
    // union 03-05…03-19 = 15 excluded; 03-02…03-04 = 3 + 03-20…04-30 = 42 → 45 used.
    const c = clock(
      caseWith([
        ...start,
        { kind: 'competencyProceeding', date: '2027-03-05', phase: 'motion' },
        { kind: 'competencyProceeding', date: '2027-03-09', phase: 'determination', result: 'incompetent' },
        { kind: 'competencyProceeding', date: '2027-03-19', phase: 'determination', result: 'restored' },
      ]),
      AS_OF,
    );
    expect(rows(c.ledger)).toEqual([
      '2027-03-02..2027-03-04 3 counted',
      '2027-03-05..2027-03-08 4 excluded competencyExam',
      '2027-03-09..2027-03-09 1 excluded competencyExam+incompetence',
      '2027-03-10..2027-03-19 10 excluded incompetence',
      '2027-03-20..2027-04-30 42 counted',
    ]);
    expect(basesOf(c, 'incompetence')[0]).toMatchObject({ citation: '18 U.S.C. § 3161(h)(4)', aoCode: 'N' });
    expect(c.daysUsed).toBe(45);
  });

  it('(h)(1)(C) option appealEnd: the decision (03-16) or the receipt of the mandate (03-23) ends the appeal', () => {
    const file = caseWith([...start, ...RULES[2]!.events]);
    // decision: 03-10…03-16 = 7 excluded → 53 used; mandateReceived: 03-10…03-23 = 14 → 46 used.
    expect(clock(file, AS_OF, 'trial', { appealEnd: 'decision' }).daysUsed).toBe(53);
    expect(clock(file, AS_OF, 'trial', { appealEnd: 'mandateReceived' }).daysUsed).toBe(46);
  });

  it('flags the (h)(3) exclusion for the Government’s burden and (h)(2) for its three elements', () => {
    expect(
      basesOf(clock(caseWith([...start, ...RULES[10]!.events]), AS_OF), 'absenceUnavailability')[0]!.flags,
    ).toContain('governmentBurden');
    expect(
      basesOf(clock(caseWith([...start, ...RULES[9]!.events]), AS_OF), 'deferredProsecution')[0]!.flags,
    ).toContain('verifyElements');
  });
});

describe('the rule table matches the statute and the AO list (spec §§ 1, 4)', () => {
  it('gives each canonical category its current citation, former numbering and AO letter', () => {
    const table = Object.values(EXCLUSION_RULES)
      .filter((r) => r.inForce.to === null)
      .map((r) => [
        r.kind,
        r.citation.replace('18 U.S.C. § 3161', ''),
        r.formerCitations['1979-2008'],
        r.aoCode,
      ]);
    expect(table).toEqual([
      ['competencyExam', '(h)(1)(A)', '(h)(1)(A)', 'A'],
      ['otherTrial', '(h)(1)(B)', '(h)(1)(D)', 'C'],
      ['interlocutoryAppeal', '(h)(1)(C)', '(h)(1)(E)', 'D'],
      ['pretrialMotion', '(h)(1)(D)', '(h)(1)(F)', 'E'],
      ['transferRemoval', '(h)(1)(E)', '(h)(1)(G)', 'F'],
      ['transportation', '(h)(1)(F)', '(h)(1)(H)', 'J'],
      ['pleaAgreementConsideration', '(h)(1)(G)', '(h)(1)(I)', 'I'],
      ['underAdvisement', '(h)(1)(H)', '(h)(1)(J)', 'G'],
      ['otherProceeding', '(h)(1)', '(h)(1)', 'H'],
      ['deferredProsecution', '(h)(2)', '(h)(2)', 'K'],
      ['absenceUnavailability', '(h)(3)(A)', '(h)(3)(A)', 'M'],
      ['incompetence', '(h)(4)', '(h)(4)', 'N'],
      ['governmentDismissalGap', '(h)(5)', '(h)(6)', 'P'],
      ['codefendant', '(h)(6)', '(h)(7)', 'R'],
      ['endsOfJustice', '(h)(7)(A)', '(h)(8)(A)', 'T'],
      ['foreignEvidence', '(h)(8)', '(h)(9)', null],
    ]);
    // Only (h)(7) and (h)(8) need an order with findings; the rest are automatic (Tinklenberg).
    expect(
      Object.values(EXCLUSION_RULES)
        .filter((r) => !r.automatic)
        .map((r) => r.kind),
    ).toEqual(['endsOfJustice', 'foreignEvidence']);
  });

  it('maps every AO letter to its category by meaning (T1–T4 are ends-of-justice factors)', () => {
    expect(Object.fromEntries(Object.values(AO_CODES).map((c) => [c.code, c.kind]))).toEqual({
      A: 'competencyExam',
      B: 'naraExam',
      C: 'otherTrial',
      D: 'interlocutoryAppeal',
      E: 'pretrialMotion',
      F: 'transferRemoval',
      G: 'underAdvisement',
      H: 'otherProceeding',
      I: 'pleaAgreementConsideration',
      J: 'transportation',
      K: 'deferredProsecution',
      M: 'absenceUnavailability',
      N: 'incompetence',
      O: 'naraTreatment',
      P: 'governmentDismissalGap',
      R: 'codefendant',
      T: 'endsOfJustice',
      T1: 'endsOfJustice',
      T2: 'endsOfJustice',
      T3: 'endsOfJustice',
      T4: 'endsOfJustice',
      U: 'trigger',
      W: 'limit',
    });
  });

  it('keeps the citation as the order wrote it (old numbering) beside the current one', () => {
    // An order citing the pre-2008 "(h)(8)(A)" for an ends-of-justice continuance.
    const c = clock(
      caseWith([
        ...start,
        {
          kind: 'timeExclusion',
          date: '2027-03-10',
          basis: 'endsOfJustice',
          from: '2027-03-10',
          to: '2027-03-19',
          citedAs: '18 U.S.C. § 3161(h)(8)(A)',
          aoCode: 'T2',
          findings: { status: 'onRecord', factors: ['ii'] },
        },
      ]),
      AS_OF,
    );
    expect(c.ledger[1]!.bases[0]).toMatchObject({
      citation: '18 U.S.C. § 3161(h)(7)(A), (B)(ii)',
      citedAs: '18 U.S.C. § 3161(h)(8)(A)',
      aoCode: 'T2',
    });
  });

  it('gives several (h)(7)(B) factors the plain code T and cites each', () => {
    const c = clock(
      caseWith([
        ...start,
        {
          kind: 'timeExclusion',
          date: '2027-03-10',
          basis: 'endsOfJustice',
          from: '2027-03-10',
          to: '2027-03-19',
          findings: { status: 'onRecord', factors: ['ii', 'iv'] },
        },
      ]),
      AS_OF,
    );
    expect(c.ledger[1]!.bases[0]).toMatchObject({
      citation: '18 U.S.C. § 3161(h)(7)(A), (B)(ii), (B)(iv)',
      aoCode: 'T',
    });
  });

  it('warns on an unknown code and on a code that contradicts the basis, and still applies the order', () => {
    const r = computeSpeedyTrial(
      caseWith([
        ...start,
        {
          kind: 'timeExclusion',
          date: '2027-03-10',
          basis: 'pretrialMotion',
          from: '2027-03-10',
          to: '2027-03-12',
          aoCode: 'Z',
        },
        {
          kind: 'timeExclusion',
          date: '2027-03-15',
          basis: 'pretrialMotion',
          from: '2027-03-15',
          to: '2027-03-16',
          aoCode: 'T',
        },
      ]),
      AS_OF,
    );
    const c = clockOf(r, 'trial');
    // 3 + 2 = 5 excluded days.
    expect(c.daysExcluded).toBe(5);
    expect(basesOf(c, 'pretrialMotion').map((b) => b.flags.filter((f) => f !== 'userAssertion'))).toEqual([
      ['unknownExclusionCode'],
      ['aoCodeMismatch'],
    ]);
    expect(r.defendants[0]!.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['unknownExclusionCode', 'aoCodeMismatch']),
    );
  });
});

describe('pretrial motions: Henderson, Tinklenberg, Bloate (spec § 6)', () => {
  it('ends an original motion’s pendency when an amended motion of the same kind by the same party replaces it (spec § 6.2(1))', () => {
    // Motion m1 filed Wed 03-10; "AMENDED MOTION" m2 filed Mon 03-15; m2 denied Fri 03-19; m1 is never ruled on.
    // m1: 03-10…03-15; m2: 03-15…03-19 → excluded 03-10…03-19 (10 days); the clock runs again from 03-20:
    // used 8 (03-02…03-09) + 42 (03-20…04-30) = 50, not stopped since 03-10 by m1.
    const c = clock(
      caseWith([
        ...start,
        motion('m1', '2027-03-10'),
        motion('m2', '2027-03-15', { title: 'AMENDED MOTION to Suppress' }),
        { kind: 'motionDecided', date: '2027-03-19', motion: 'm2', disposition: 'denied' },
      ]),
      AS_OF,
    );
    expect(c).toMatchObject({ status: 'running', daysUsed: 50 });
    const m1 = c.ledger.flatMap((p) => p.bases).find((b) => b.sources[0]!.event === 'm1')!;
    expect(m1.window).toEqual({ from: '2027-03-10', to: '2027-03-15' });
    // Another party's amended motion does not replace it.
    const other = clock(
      caseWith([
        ...start,
        motion('m1', '2027-03-10'),
        motion('m2', '2027-03-15', { title: 'AMENDED MOTION to Suppress', movant: 'government' }),
        { kind: 'motionDecided', date: '2027-03-19', motion: 'm2', disposition: 'denied' },
      ]),
      AS_OF,
    );
    expect(other.status).toBe('stopped');
  });

  it('excludes both the day a motion is filed and the day it is decided (Henderson; spec § 9.1(3))', () => {
    // Filed Wed 03-10, decided Fri 03-12: 03-10, 03-11, 03-12 = 3 excluded days (not 12 − 10 = 2).
    const c = clock(
      caseWith([
        ...start,
        motion('m1', '2027-03-10'),
        { kind: 'motionDecided', date: '2027-03-12', motion: 'm1', disposition: 'denied' },
      ]),
      AS_OF,
    );
    expect(c.ledger[1]).toMatchObject({ from: '2027-03-10', to: '2027-03-12', days: 3, status: 'excluded' });
  });

  it('excludes one day for a motion decided the day it is filed (spec § 6.2(5))', () => {
    const c = clock(
      caseWith([
        ...start,
        motion('m1', '2027-03-10'),
        { kind: 'motionDecided', date: '2027-03-10', motion: 'm1', disposition: 'granted', oral: true },
      ]),
      AS_OF,
    );
    expect(rows(c.ledger)[1]).toBe('2027-03-10..2027-03-10 1 excluded pretrialMotion');
    expect(c.daysUsed).toBe(CALENDAR_DAYS - 1);
  });

  it('needs no showing that the motion delayed trial (Tinklenberg): the window is automatic', () => {
    // A motion in limine filed with trial months away is excluded all the same, with no finding asked for.
    const c = clock(
      caseWith([
        ...start,
        motion('m1', '2027-03-10', { motion: 'inLimine', title: 'Motion in limine' }),
        { kind: 'motionDecided', date: '2027-03-19', motion: 'm1', disposition: 'denied' },
      ]),
      AS_OF,
    );
    expect(c.ledger[1]!.bases[0]!.flags).toEqual(['userAssertion']);
    expect(EXCLUSION_RULES.pretrialMotion.automatic).toBe(true);
  });

  it('from a hearing on: at most 30 days under advisement, then counted (§ 3161(h)(1)(H))', () => {
    // Filed 03-05, heard Mon 03-08 (no briefs ordered), never ruled: (D) 03-05…03-08 (4), (H) 03-09…04-07 (30),
    // then 04-08…04-30 = 23 counted. Used = 03-02…03-04 (3) + 23 = 26.
    const c = clock(
      caseWith([
        ...start,
        motion('m1', '2027-03-05'),
        { kind: 'hearingHeld', date: '2027-03-08', hearing: 'motion', motions: ['m1'] },
      ]),
      AS_OF,
    );
    expect(rows(c.ledger)).toEqual([
      '2027-03-02..2027-03-04 3 counted',
      '2027-03-05..2027-03-08 4 excluded pretrialMotion',
      '2027-03-09..2027-04-07 30 excluded underAdvisement',
      '2027-04-08..2027-04-30 23 counted',
    ]);
    expect(c.daysUsed).toBe(26);
    expect(c.ledger[2]!.bases[0]!.flags).toContain('pendingNotDecided');
    expect(c.ledger[3]!.notes[0]!.flags).toContain('underAdvisementCapExceeded');
    expect(c.lastDay?.determinate).toBe(true);
  });

  it('without a hearing: the (D) window ends when the court has the last submission (an underAdvisement event)', () => {
    // Filed 03-05; briefing closed and matter taken under advisement 03-19; ruled 03-31.
    // (D) 03-05…03-19 (15), (H) 03-20…03-31 (12, under the cap) → 27 excluded, 33 used.
    const c = clock(
      caseWith([
        ...start,
        motion('m1', '2027-03-05', { motion: 'dismiss', title: 'Motion to dismiss' }),
        { kind: 'underAdvisement', date: '2027-03-19', matters: ['m1'] },
        { kind: 'motionDecided', date: '2027-03-31', motion: 'm1', disposition: 'denied' },
      ]),
      AS_OF,
    );
    expect(rows(c.ledger)).toEqual([
      '2027-03-02..2027-03-04 3 counted',
      '2027-03-05..2027-03-19 15 excluded pretrialMotion',
      '2027-03-20..2027-03-31 12 excluded underAdvisement',
      '2027-04-01..2027-04-30 30 counted',
    ]);
    expect(c.daysUsed).toBe(33);
  });

  it('caps an order’s own under-advisement period at 30 days', () => {
    // Order excluding 03-10…05-10 under (h)(1)(H): 03-10…04-08 (30) excluded; 04-09…04-30 (22) counted.
    const c = clock(
      caseWith([
        ...start,
        {
          kind: 'timeExclusion',
          date: '2027-03-10',
          basis: 'underAdvisement',
          from: '2027-03-10',
          to: '2027-05-10',
        },
      ]),
      AS_OF,
    );
    expect(rows(c.ledger)).toEqual([
      '2027-03-02..2027-03-09 8 counted',
      '2027-03-10..2027-04-08 30 excluded underAdvisement',
      '2027-04-09..2027-04-30 22 counted',
    ]);
    expect(c.ledger[2]!.notes[0]!.flags).toContain('underAdvisementCapExceeded');
  });

  it('counts a preparation window granted without findings (Bloate) but excludes the extension motion itself', () => {
    // Covered in full by example D; here a deadlineSet alone (no order excluding time) excludes nothing.
    const c = clock(
      caseWith([
        ...start,
        { kind: 'deadlineSet', date: '2027-03-10', title: 'Pretrial motions', due: '2027-04-09' },
      ]),
      AS_OF,
    );
    expect(c.daysExcluded).toBe(0);
  });
});

describe('ends-of-justice continuances (§ 3161(h)(7); Zedner)', () => {
  const cont = (findings: Record<string, unknown>, extra: Record<string, unknown> = {}): EventSeed => ({
    kind: 'continuance',
    date: '2027-03-10',
    of: 'trial',
    newDate: '2027-05-03',
    excludeFrom: '2027-03-10',
    excludeTo: '2027-03-19',
    findings,
    ...extra,
  });

  it('counts a continuance without findings on the record and says why', () => {
    const r = computeSpeedyTrial(caseWith([...start, cont({ status: 'absent' })]), AS_OF);
    const c = clockOf(r, 'trial');
    expect(c.daysUsed).toBe(CALENDAR_DAYS);
    expect(c.ledger[1]!.notes[0]).toMatchObject({ kind: 'endsOfJustice', excludes: false });
    expect(c.ledger[1]!.notes[0]!.flags).toContain('noFindings');
    expect(r.defendants[0]!.warnings.find((w) => w.code === 'continuanceWithoutFindings')?.severity).toBe(
      'critical',
    );
  });

  it('rejects calendar congestion ((h)(7)(C)): counted', () => {
    const r = computeSpeedyTrial(
      caseWith([...start, cont({ status: 'forbiddenBasis', basis: 'calendarCongestion' })]),
      AS_OF,
    );
    const c = clockOf(r, 'trial');
    expect(c.daysUsed).toBe(CALENDAR_DAYS);
    expect(c.ledger[1]!.notes[0]).toMatchObject({ citation: '18 U.S.C. § 3161(h)(7)(A); (h)(7)(C)' });
    expect(r.defendants[0]!.warnings.map((w) => w.code)).toContain('forbiddenBasis');
  });

  it('excludes a bare recital provisionally, flagged findingsUnverified', () => {
    const c = clock(caseWith([...start, cont({ status: 'recitedOnly', text: 'time excluded' })]), AS_OF);
    expect(c.daysUsed).toBe(50);
    expect(c.ledger[1]!.bases[0]!.flags).toContain('findingsUnverified');
  });

  it('gives a speedy-trial waiver no effect on the clock (Zedner)', () => {
    const r = computeSpeedyTrial(
      caseWith([...start, { kind: 'speedyTrialWaiver', date: '2027-03-10' }]),
      AS_OF,
    );
    expect(clockOf(r, 'trial').daysUsed).toBe(CALENDAR_DAYS);
    // 60 of 70 days used: the clock is also within 14 days of running out.
    expect(r.defendants[0]!.warnings.map((w) => w.code)).toEqual(['waiverNoEffect', 'clockNearLimit']);
  });
});

describe('an ends-of-justice exclusion reaching back before its order (Tunnessen)', () => {
  const order = (extra: EventSeed[] = []): EventSeed[] => [
    ...start,
    ...extra,
    {
      kind: 'timeExclusion',
      id: 'x',
      date: '2027-03-20',
      basis: 'endsOfJustice',
      from: '2027-03-10',
      to: '2027-03-31',
      findings: { status: 'onRecord', factors: ['iv'] },
    },
  ];

  it('flags the days before the order (03-10…03-19, 10 days) and still excludes them: the engine reports, it does not decide', () => {
    // Excluded 03-10…03-31 (22 days); used 03-02…03-09 (8) + 04-01…04-30 (30) = 38, as without the flag.
    const r = computeSpeedyTrial(caseWith(order()), AS_OF);
    const c = clockOf(r, 'trial');
    expect(c.daysUsed).toBe(38);
    expect(c.ledger[1]!.bases[0]!.flags).toContain('retroactiveEndsOfJustice');
    const w = r.defendants[0]!.warnings.find((x) => x.code === 'retroactiveEndsOfJustice')!;
    expect(w).toMatchObject({ severity: 'warning', events: ['x'] });
    expect(w.message).toContain('10 days are (Wed 2027-03-10 to Fri 2027-03-19)');
  });

  it('is only informational when a hearing was held the day the exclusion starts (the order may record a ruling made there)', () => {
    const r = computeSpeedyTrial(
      caseWith(order([{ kind: 'hearingHeld', date: '2027-03-10', hearing: 'status' }])),
      AS_OF,
    );
    expect(r.defendants[0]!.warnings.find((x) => x.code === 'retroactiveEndsOfJustice')).toMatchObject({
      severity: 'info',
    });
  });

  it('does not flag an exclusion that starts on the order’s day', () => {
    const r = computeSpeedyTrial(
      caseWith([
        ...start,
        {
          kind: 'timeExclusion',
          date: '2027-03-10',
          basis: 'endsOfJustice',
          from: '2027-03-10',
          to: '2027-03-31',
          findings: { status: 'onRecord', factors: ['iv'] },
        },
      ]),
      AS_OF,
    );
    expect(r.defendants[0]!.warnings.map((x) => x.code)).not.toContain('retroactiveEndsOfJustice');
  });
});

describe('plea negotiations and § 3161(h)(1)(G) (spec § 7)', () => {
  const negotiation: EventSeed = {
    kind: 'timeExclusion',
    date: '2027-03-10',
    basis: 'otherProceeding',
    from: '2027-03-10',
    to: '2027-03-19',
    note: 'Time excluded to allow plea negotiations',
  };

  it('counts negotiation time without an (h)(7) order (Bloate; White; Mathurin)', () => {
    const r = computeSpeedyTrial(caseWith([...start, negotiation]), AS_OF);
    const c = clockOf(r, 'trial');
    expect(c.daysUsed).toBe(CALENDAR_DAYS);
    expect(c.ledger[1]!.notes[0]).toMatchObject({ label: 'Plea negotiations', excludes: false });
    expect(r.defendants[0]!.warnings.map((w) => w.code)).toContain('pleaNegotiationsNotExcluded');
  });

  it('option pleaNegotiation=automatic reproduces pre-Bloate computations', () => {
    const c = clock(caseWith([...start, negotiation]), AS_OF, 'trial', { pleaNegotiation: 'automatic' });
    expect(c.daysUsed).toBe(50);
    expect(c.ledger[1]!.bases[0]!.flags).toContain('pleaNegotiationsAutomatic');
  });

  it('excludes the court’s consideration of a submitted agreement, and keeps it open until the ruling', () => {
    // Submitted 03-10, no ruling by 04-30: open-ended, last day indeterminate since 03-10.
    const c = clock(caseWith([...start, { kind: 'pleaAgreementSubmitted', date: '2027-03-10' }]), AS_OF);
    expect(c.daysUsed).toBe(8);
    expect(c.status).toBe('stopped');
    expect(c.lastDay).toMatchObject({ determinate: false, stoppedSince: '2027-03-10' });
  });

  it('ends the consideration with the guilty plea the court accepts when no ruling on the agreement is docketed (Rule 11(c)(3)(A))', () => {
    // Submitted Wed 03-10, guilty plea Mon 03-22: (h)(1)(G) 03-10…03-22; the clock stops at the plea with 8 days
    // used (03-02…03-09).
    const c = clock(
      caseWith([
        ...start,
        { kind: 'pleaAgreementSubmitted', id: 'pa', date: '2027-03-10' },
        { kind: 'plea', id: 'p', date: '2027-03-22', plea: 'guilty' },
      ]),
      AS_OF,
    );
    expect(c).toMatchObject({
      status: 'ended',
      daysUsed: 8,
      end: { date: '2027-03-22', reason: 'guiltyPlea' },
    });
    const g = c.ledger.flatMap((p) => p.bases).find((b) => b.kind === 'pleaAgreementConsideration')!;
    expect(g.window).toEqual({ from: '2027-03-10', to: '2027-03-22' });
    expect(g.sources.map((x) => x.event)).toEqual(['pa', 'p']);
    expect(g.flags).not.toContain('open');
  });

  it('ends it by sentencing at the latest, and a sentence with no plea or trial on the docket stops the clock there, with a warning', () => {
    // Submitted 03-10, sentenced Tue 04-20, no plea, verdict or trial event: (h)(1)(G) 03-10…04-20; 8 days used.
    const r = computeSpeedyTrial(
      caseWith([
        ...start,
        { kind: 'pleaAgreementSubmitted', id: 'pa', date: '2027-03-10' },
        { kind: 'sentencing', id: 's', date: '2027-04-20' },
      ]),
      AS_OF,
    );
    const c = clockOf(r, 'trial');
    expect(c).toMatchObject({
      status: 'ended',
      daysUsed: 8,
      end: { date: '2027-04-20', reason: 'sentenced' },
    });
    const g = c.ledger.flatMap((p) => p.bases).find((b) => b.kind === 'pleaAgreementConsideration')!;
    expect(g.window).toEqual({ from: '2027-03-10', to: '2027-04-20' });
    expect(r.defendants[0]!.warnings.map((w) => w.code)).toContain('convictionNotOnDocket');
  });
});

describe('caps: (h)(8) one year; foreign-evidence request without an order', () => {
  it('excludes at most one year under (h)(8) and counts the rest', () => {
    // From Wed 2027-03-10 the year ends Thu 2028-03-09 (366 days: 2028 is a leap year); 2028-03-10…06-30 counted.
    const c = clock(
      caseWith([
        ...start,
        {
          kind: 'timeExclusion',
          date: '2027-03-10',
          basis: 'foreignEvidence',
          from: '2027-03-10',
          to: '2028-06-30',
        },
      ]),
      '2028-06-30',
    );
    expect(rows(c.ledger).slice(0, 3)).toEqual([
      '2027-03-02..2027-03-09 8 counted',
      '2027-03-10..2028-03-09 366 excluded foreignEvidence',
      '2028-03-10..2028-06-30 113 counted',
    ]);
    expect(c.ledger[2]!.notes[0]!.flags).toContain('foreignEvidenceCapExceeded');
  });

  it('does not exclude a request for foreign evidence without an order (§ 3161(h)(8))', () => {
    const r = computeSpeedyTrial(
      caseWith([
        ...start,
        {
          kind: 'proceeding',
          date: '2027-03-10',
          proceeding: 'foreignEvidenceRequest',
          from: '2027-03-10',
          to: '2027-03-19',
          description: 'MLAT request to the Netherlands',
        },
      ]),
      AS_OF,
    );
    expect(clockOf(r, 'trial').daysUsed).toBe(CALENDAR_DAYS);
    expect(r.defendants[0]!.warnings.map((w) => w.code)).toContain('orderRequired');
  });
});
