import { describe, expect, it } from 'vitest';
import { type CaseFile, Condition, type Event } from '../../../src/case/index.ts';
import { buildHaleCaseFile } from '../../../src/demo/index.ts';
import {
  BOND_BASIS,
  CONDITION_CATALOG,
  chargeFacts,
  checkReleaseOrders,
  conditionsInForce,
  detentionAfterPlea,
  detentionHearingGrounds,
  detentionHearingLimits,
  failureToAppearMaximum,
  previousViolatorPresumption,
  probableCausePresumption,
  releaseStatusOn,
  temporaryDetentionLimit,
} from '../../../src/law/release/index.ts';

const demo = () => structuredClone(buildHaleCaseFile()) as CaseFile;
const castellOrder = (f: CaseFile) =>
  f.events.find((e) => e.id === 'ev-castell-release') as Extract<Event, { kind: 'releaseOrder' }>;
const manual = { source: 'manual' as const, by: 'test' };

describe('the § 3142 conditions catalog', () => {
  it('ties every condition kind of the record to its clause and the clause’s words', () => {
    const kinds = Condition.options.map((o) => o.shape.kind.value);
    expect(Object.keys(CONDITION_CATALOG).sort()).toEqual([...kinds].sort());
    expect(CONDITION_CATALOG.curfew).toMatchObject({
      citation: '18 U.S.C. § 3142(c)(1)(B)(vii)',
      statuteText: 'comply with a specified curfew',
    });
    expect(CONDITION_CATALOG.noContact.citation).toBe('18 U.S.C. § 3142(c)(1)(B)(v)');
    expect(CONDITION_CATALOG.propertyBond.citation).toBe('18 U.S.C. § 3142(c)(1)(B)(xi)');
    expect(CONDITION_CATALOG.suretyBond.citation).toBe('18 U.S.C. § 3142(c)(1)(B)(xii)');
    expect(CONDITION_CATALOG.noNewCrime).toMatchObject({
      citation: '18 U.S.C. § 3142(b), (c)(1)(A)',
      mandatory: true,
    });
    for (const kind of [
      'locationMonitoring',
      'homeDetention',
      'homeIncarceration',
      'passportSurrender',
      'other',
    ] as const)
      expect(CONDITION_CATALOG[kind].clause).toBe('(c)(1)(B)(xiv)');
  });

  it('maps bonds to § 3142(b) (recognizance, unsecured) and (c)(1)(B)(xi)/(xii) (cash, property, surety)', () => {
    expect(BOND_BASIS.recognizance.citation).toBe('18 U.S.C. § 3142(b)');
    expect(BOND_BASIS.unsecured.citation).toBe('18 U.S.C. § 3142(b)');
    expect(BOND_BASIS.property.citation).toMatch(/^18 U\.S\.C\. § 3142\(c\)\(1\)\(B\)\(xi\)/);
    expect(BOND_BASIS.surety.citation).toMatch(/^18 U\.S\.C\. § 3142\(c\)\(1\)\(B\)\(xii\)/);
  });
});

describe('conditions in force on a date (release history)', () => {
  it('Castell: detained pending the hearing on 2026-04-20, released on conditions from 2026-04-21', () => {
    const f = buildHaleCaseFile();
    expect(releaseStatusOn(f, 2, '2026-04-16')).toBeNull();
    expect(releaseStatusOn(f, 2, '2026-04-20')).toMatchObject({
      status: 'detainedPendingHearing',
      order: 'ev-castell-detained-pending',
    });
    expect(conditionsInForce(f, 2, '2026-04-20')).toEqual([]);
    expect(releaseStatusOn(f, 2, '2026-04-21')).toMatchObject({
      status: 'released',
      bond: { amountUsd: 5_000_000 },
    });
    expect(conditionsInForce(f, 2, '2026-04-21').map((c) => [c.condition.kind, c.clause.clause])).toEqual([
      ['noNewCrime', '(b)/(c)(1)(A)'],
      ['propertyBond', '(c)(1)(B)(xi)'],
      ['homeDetention', '(c)(1)(B)(xiv)'],
      ['locationMonitoring', '(c)(1)(B)(xiv)'],
      ['noContact', '(c)(1)(B)(v)'],
      ['travel', '(c)(1)(B)(iv)'],
      ['passportSurrender', '(c)(1)(B)(xiv)'],
      ['reporting', '(c)(1)(B)(vi)'],
    ]);
    expect(releaseStatusOn(f, 1, '2026-06-15')).toMatchObject({ status: 'detained' });
  });

  it('a modification adds from its date and ends removed conditions the day before (§ 3142(c)(3))', () => {
    const f = demo();
    f.events.push({
      kind: 'conditionModification',
      id: 'ev-mod',
      date: '2026-06-01',
      defendants: [2],
      order: 'ev-castell-release',
      removed: ['c2-home-detention'],
      added: [
        {
          kind: 'curfew',
          id: 'c2-curfew',
          start: '21:00',
          end: '07:00',
          timeZone: 'America/Los_Angeles',
        } as never,
      ],
      provenance: manual,
    } as Event);
    const may31 = conditionsInForce(f, 2, '2026-05-31').map((c) => c.condition.id);
    const jun1 = conditionsInForce(f, 2, '2026-06-01').map((c) => c.condition.id);
    expect(may31).toContain('c2-home-detention');
    expect(may31).not.toContain('c2-curfew');
    expect(jun1).toContain('c2-curfew');
    expect(jun1).not.toContain('c2-home-detention');
    const period = conditionsInForce(f, 2, '2026-05-31').find((c) => c.condition.id === 'c2-home-detention');
    expect(period).toMatchObject({ from: '2026-04-21', to: '2026-05-31', endedBy: 'ev-mod' });
  });

  it('a later release order replaces the set; a detention order (revocation, § 3148) ends release', () => {
    const f = demo();
    f.events.push(
      {
        ...castellOrder(f),
        id: 'ev-amended',
        date: '2026-07-01',
        amends: 'ev-castell-release',
        conditions: [{ kind: 'noNewCrime', id: 'n2' }],
      } as Event,
      {
        kind: 'detentionOrder',
        id: 'ev-revoked',
        date: '2026-08-03',
        defendants: [2],
        grounds: ['danger'],
        temporary: false,
        pendingHearing: false,
        byConsent: false,
        provenance: manual,
      } as Event,
    );
    expect(conditionsInForce(f, 2, '2026-07-01').map((c) => c.condition.id)).toEqual(['n2']);
    expect(conditionsInForce(f, 2, '2026-08-02').map((c) => c.condition.id)).toEqual(['n2']);
    expect(conditionsInForce(f, 2, '2026-08-03')).toEqual([]);
    expect(releaseStatusOn(f, 2, '2026-08-03')?.status).toBe('detained');
  });

  it('answers 100,000 date queries quickly (the monitoring compiler asks per fix)', () => {
    const f = buildHaleCaseFile();
    const t0 = performance.now();
    let n = 0;
    for (let i = 0; i < 100_000; i++)
      n += conditionsInForce(f, 2, i % 2 ? '2026-05-01' : '2026-04-20').length;
    expect(n).toBe(50_000 * 8);
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
});

describe('checks on release orders', () => {
  const issues = (f: CaseFile) =>
    checkReleaseOrders(f).map((i) => `${i.severity} ${i.citation}: ${i.message}`);

  it('the demo’s orders raise no error or warning', () => {
    expect(checkReleaseOrders(buildHaleCaseFile()).filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('a curfew without hours, home detention with home incarceration, travel that excludes the residence', () => {
    const f = demo();
    const order = castellOrder(f);
    order.conditions.push(
      { kind: 'curfew', id: 'cf', start: '21:00', end: '21:00', timeZone: 'America/Los_Angeles' } as never,
      {
        kind: 'homeIncarceration',
        id: 'hi',
        residence: { label: 'home', district: 'cacd' },
        timeZone: 'America/Los_Angeles',
        approvedAbsences: [],
      } as never,
    );
    const travel = order.conditions.find((c) => c.kind === 'travel');
    if (travel?.kind === 'travel') travel.permittedDistricts = ['nyed'];
    const found = issues(f).filter((i) => i.startsWith('error'));
    expect(found).toEqual(
      expect.arrayContaining([
        'error 18 U.S.C. § 3142(c)(1)(B)(vii); § 3142(h)(1): curfew "cf" has no hours: it starts and ends at 21:00 (a curfew needs a window)',
        'error 18 U.S.C. § 3142(c)(1)(B)(xiv): home detention "c2-home-detention" and home incarceration "hi" are both in force: an order imposes one or the other',
        'error 18 U.S.C. § 3142(c)(1)(B)(iv); § 3142(h)(1): homeDetention "c2-home-detention" places the residence in cacd, but travel "c2-travel" permits only nyed',
      ]),
    );
  });

  it('an absence window for a category the order does not approve is an error', () => {
    const f = demo();
    const home = castellOrder(f).conditions.find((c) => c.kind === 'homeDetention');
    if (home?.kind === 'homeDetention')
      home.absenceSchedule = [{ category: 'employment', days: ['mon', 'tue'], start: '08:00', end: '18:00' }];
    expect(issues(f)).toContain(
      'error 18 U.S.C. § 3142(c)(1)(B)(xiv); § 3142(h)(1): homeDetention "c2-home-detention" schedules an absence for employment, which is not among its approved absences (attorneyVisits, court, medical, religiousServices)',
    );
  });

  it('a surety bond with no surety is an error; a recognizance bond with an amount is an error', () => {
    const f = demo();
    const order = castellOrder(f);
    if (order.bond) order.bond = { ...order.bond, type: 'surety', sureties: [] };
    expect(issues(f)).toContain(
      'error 18 U.S.C. § 3142(c)(1)(B)(xii); Fed. R. Crim. P. 46(e): a surety bond names no surety',
    );
    if (order.bond) order.bond = { ...order.bond, type: 'recognizance', amountUsd: 10_000 };
    expect(issues(f)).toContain(
      'error 18 U.S.C. § 3142(b): a recognizance bond carries no amount, but 10000 is recorded (use type "unsecured")',
    );
  });

  it('a minor-victim § 1591 case needs monitoring and (iv)–(viii): the demo order lacks (viii) no weapons', () => {
    const f = demo();
    for (const c of f.counts)
      if (c.defendant === 2) c.attributes = { ...c.attributes, penaltyFacts: [], minorVictim: true };
    // Castell's order has location monitoring, travel (iv), no contact (v), reporting (vi), home detention
    // (satisfies (vii) under the default option), but no weapons condition (viii).
    expect(issues(f)).toContain(
      'warning 18 U.S.C. § 3142(c)(1)(B) (minor-victim cases): count 1s (§ 1591 with a minor victim): the release order must contain at a minimum (viii) no firearm, destructive device or other dangerous weapon — missing',
    );
    const strict = checkReleaseOrders(f, { homeDetentionSatisfiesCurfew: false }).map((i) => i.message);
    expect(strict.some((m) => m.includes('(vii) a specified curfew'))).toBe(true);
  });

  it('flags a financial condition not met while the person stays in custody (§ 3142(c)(2))', () => {
    const f = demo();
    const order = castellOrder(f);
    if (order.bond) order.bond.status = 'set';
    const castell = f.defendants.find((d) => d.number === 2);
    if (castell) castell.custody = 'inCustody';
    expect(checkReleaseOrders(f).find((i) => i.citation === '18 U.S.C. § 3142(c)(2)')).toMatchObject({
      severity: 'warning',
      path: `$.events[${f.events.findIndex((e) => e.id === 'ev-castell-release')}].bond.status`,
    });
  });
});

describe('presumptions and grounds from the charges (§ 3142(e), (f)), never written per case', () => {
  const f = buildHaleCaseFile();
  const counts = f.counts.filter((c) => c.defendant === 2 && c.status === 'pending');
  const facts = counts.map((c) => chargeFacts(f, c, '2026-09-20'));

  it('(e)(3)(D): chapter 77 counts with maxima of 20 years or more (1s life, 2s life, 3s 20); not RICO 4s', () => {
    const flags = facts.flatMap(probableCausePresumption).filter((p) => p.status === 'applies');
    expect(flags.map((p) => [p.clause, p.count])).toEqual([
      ['(e)(3)(D)', '1s'],
      ['(e)(3)(D)', '2s'],
      ['(e)(3)(D)', '3s'],
    ]);
    expect(flags[0]?.text).toContain('(probable cause: the indictment)');
  });

  it('(f)(1)(A) for the § 1591 count; (f)(1)(B) for the life counts', () => {
    const grounds = facts.flatMap(detentionHearingGrounds).filter((g) => g.status === 'applies');
    expect(grounds.map((g) => [g.clause, g.count])).toEqual([
      ['(f)(1)(A)', '1s'],
      ['(f)(1)(B)', '1s'],
      ['(f)(1)(B)', '2s'],
    ]);
  });

  it('§ 1591(a) without (b)(1) or (b)(2): (b)(1) 15–life and (b)(2) 10–life both carry life, so (e)(3)(D) and (f)(1)(B) apply either way', () => {
    // 18 U.S.C. § 1591(b)(1): "not less than 15 or for life"; (b)(2): "not less than 10 years or for life".
    // § 3142(e)(3)(D): "an offense under chapter 77 … for which a maximum term of imprisonment of 20 years or
    // more is prescribed"; (f)(1)(B): "an offense for which the maximum sentence is life imprisonment or death".
    const file = demo();
    const count = file.counts.find((c) => c.defendant === 2 && c.number === '1s');
    if (!count) throw new Error('demo count 1s missing');
    count.statute = { citation: '18 U.S.C. § 1591(a)', title: 18, section: '1591', subsections: ['(a)'] };
    const facts = chargeFacts(file, count, '2026-09-20');
    expect(facts.exposure.status).toBe('ambiguous');
    expect([facts.max, facts.chapter]).toEqual(['life', '77']);
    const grounds = detentionHearingGrounds(facts).filter((g) => g.status === 'applies');
    expect(grounds.map((g) => g.clause)).toEqual(['(f)(1)(A)', '(f)(1)(B)']);
    expect(grounds[1]?.text).toContain(
      'either way: 18 U.S.C. § 1591(b)(1) 15–life or 18 U.S.C. § 1591(b)(2) 10–life',
    );
    const presumptions = probableCausePresumption(facts).filter((p) => p.clause === '(e)(3)(D)');
    expect(presumptions).toHaveLength(1);
    expect(presumptions[0]?.status).toBe('applies');
    expect(presumptions[0]?.text).toContain('the penalty subsection is not stated — either way');
  });

  it('§ 3143(a)(2): a plea to 1s or 2s means detention pending sentence; a plea to 3s or 4s does not', () => {
    expect(detentionAfterPlea(facts).map((x) => x.count)).toEqual(['1s', '1s', '2s']);
    expect(detentionAfterPlea(facts.slice(2))).toEqual([]);
  });

  it('(e)(2): all three of (A)–(C) and five years measured from the later of conviction or release', () => {
    const prior = {
      priorFOneConviction: true,
      committedOnPretrialRelease: true,
      convictionOrReleaseDate: '2021-09-20',
    };
    expect(previousViolatorPresumption(true, prior, '2026-09-20').applies).toBe(true); // exactly five years
    expect(previousViolatorPresumption(true, prior, '2026-09-21').applies).toBe(false);
    expect(previousViolatorPresumption(true, undefined, '2026-09-20').applies).toBeNull();
  });

  it('§ 3146(b)(1): the failure-to-appear maximum by the underlying charge', () => {
    expect(['life', 15, 14, 5, 4, 1].map((m) => failureToAppearMaximum(m as number | 'life')?.years)).toEqual(
      [10, 10, 5, 5, 2, 1],
    );
  });
});

describe('§ 3142(f) hearing timing and § 3142(d) temporary detention (statute-specific counts)', () => {
  it('Castell, first appearance Fri 2026-04-17: defense limit Fri 04-24, Government limit Wed 04-22', () => {
    expect(detentionHearingLimits('2026-04-17', { district: 'nyed' }).map((l) => [l.movant, l.date])).toEqual(
      [
        ['defendant', '2026-04-24'],
        ['government', '2026-04-22'],
      ],
    );
  });

  it('Wed 2027-11-24 (Thanksgiving Thu 11-25): defense Thu 12-02, Government Tue 11-30', () => {
    expect(detentionHearingLimits('2027-11-24').map((l) => l.date)).toEqual(['2027-12-02', '2027-11-30']);
  });

  it('option calendarSkipIntermediate: from Mon 2026-04-13 the fifth day is Sat 04-18, flagged; businessDays gives Mon 04-20', () => {
    // Tue 1, Wed 2, Thu 3, Fri 4, Sat 5 (not intermediate: it is the last day).
    const [defense] = detentionHearingLimits('2026-04-13', { option: 'calendarSkipIntermediate' });
    expect(defense).toMatchObject({ date: '2026-04-18', landsOnClosedDay: true });
    expect(detentionHearingLimits('2026-04-13')[0]?.date).toBe('2026-04-20');
  });

  it('§ 3142(d): ten days excluding weekends and holidays from Wed 2027-11-24 end Thu 2027-12-09', () => {
    expect(temporaryDetentionLimit('2027-11-24').date).toBe('2027-12-09');
  });
});
