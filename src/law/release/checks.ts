/**
 * Checks on release orders beyond their shape: combinations of conditions that cannot stand together, bonds
 * that do not add up, the minimum set the statute requires in a minor-victim case, and a financial
 * condition that keeps a person detained. Each issue names the order (by JSON path), the rule and why.
 * The court's choice of conditions is the default (§ 3142(c)(1)(B)); the minor-victim set is an exception
 * to it, written as one.
 */
import type { CaseFile, Condition, EventOf } from '../../case/index.ts';
import { jsonPath } from '../../case/validate.ts';
import { BOND_BASIS } from './catalog.ts';
import { chargeFacts, listedMinorVictimOffense } from './grounds.ts';
import { temporaryDetentionLimit } from './hearing.ts';
import { conditionsInForce, releaseHistory, releaseStatusOn } from './history.ts';

export interface ReleaseIssue {
  severity: 'error' | 'warning' | 'info';
  /** JSON path of the order (or condition) in the case file. */
  path: string;
  citation: string;
  message: string;
  defendant: number;
}

export interface ReleaseCheckOptions {
  /** Home detention or home incarceration satisfies the (vii) curfew of the minor-victim set (default true). */
  homeDetentionSatisfiesCurfew?: boolean;
}

const MINOR_VICTIM_SET = '18 U.S.C. § 3142(c)(1)(B) (minor-victim cases)';

/**
 * The exception: "In any case that involves a minor victim under section 1201, 1591, 2241, … or a failure to
 * register offense under section 2250 of this title, any release order shall contain, at a minimum, a
 * condition of electronic monitoring and each of the conditions specified at subparagraphs (iv), (v), (vi),
 * (vii), and (viii)."
 */
export function minorVictimSetMissing(
  kinds: ReadonlySet<Condition['kind']>,
  curfewByHome: boolean,
): string[] {
  const missing: string[] = [];
  if (!kinds.has('locationMonitoring')) missing.push('electronic monitoring');
  if (!['association', 'residence', 'travel'].some((k) => kinds.has(k as Condition['kind'])))
    missing.push('(iv) restrictions on associations, abode or travel');
  if (!kinds.has('noContact')) missing.push('(v) no contact with the alleged victim and potential witnesses');
  if (!kinds.has('reporting')) missing.push('(vi) regular reporting');
  const home = kinds.has('homeDetention') || kinds.has('homeIncarceration');
  if (!kinds.has('curfew') && !(curfewByHome && home)) missing.push('(vii) a specified curfew');
  if (!kinds.has('noWeapons'))
    missing.push('(viii) no firearm, destructive device or other dangerous weapon');
  return missing;
}

function combinationIssues(
  conds: readonly Condition[],
): Array<{ citation: string; message: string; severity: ReleaseIssue['severity'] }> {
  const out: Array<{ citation: string; message: string; severity: ReleaseIssue['severity'] }> = [];
  const of = <K extends Condition['kind']>(k: K) =>
    conds.filter((c): c is Extract<Condition, { kind: K }> => c.kind === k);
  for (const c of of('curfew')) {
    if (c.start === c.end)
      out.push({
        severity: 'error',
        citation: '18 U.S.C. § 3142(c)(1)(B)(vii); § 3142(h)(1)',
        message: `curfew "${c.id}" has no hours: it starts and ends at ${c.start} (a curfew needs a window)`,
      });
  }
  const home = [...of('homeDetention'), ...of('homeIncarceration')];
  if (of('homeDetention').length > 0 && of('homeIncarceration').length > 0)
    out.push({
      severity: 'error',
      citation: '18 U.S.C. § 3142(c)(1)(B)(xiv)',
      message: `home detention "${of('homeDetention')[0]?.id}" and home incarceration "${of('homeIncarceration')[0]?.id}" are both in force: an order imposes one or the other`,
    });
  if (home.length > 0 && of('curfew').length > 0)
    out.push({
      severity: 'info',
      citation: '18 U.S.C. § 3142(c)(1)(B)(vii), (xiv)',
      message: `curfew "${of('curfew')[0]?.id}" is subsumed by ${home[0]?.kind} "${home[0]?.id}"`,
    });
  const travel = of('travel');
  for (const h of [...home, ...of('residence')]) {
    const district = h.residence.district;
    if (!district) continue;
    for (const t of travel)
      if (!t.permittedDistricts.includes(district))
        out.push({
          severity: 'error',
          citation: '18 U.S.C. § 3142(c)(1)(B)(iv); § 3142(h)(1)',
          message: `${h.kind} "${h.id}" places the residence in ${district}, but travel "${t.id}" permits only ${t.permittedDistricts.join(', ')}`,
        });
  }
  for (const h of home) {
    for (const w of h.absenceSchedule ?? []) {
      if (!h.approvedAbsences.includes(w.category))
        out.push({
          severity: 'error',
          citation: '18 U.S.C. § 3142(c)(1)(B)(xiv); § 3142(h)(1)',
          message: `${h.kind} "${h.id}" schedules an absence for ${w.category}, which is not among its approved absences (${h.approvedAbsences.join(', ') || 'none'})`,
        });
      if (w.start === w.end)
        out.push({
          severity: 'error',
          citation: '18 U.S.C. § 3142(h)(1)',
          message: `${h.kind} "${h.id}": the ${w.category} absence window starts and ends at ${w.start}`,
        });
    }
    if (!h.timeZone)
      out.push({
        severity: 'error',
        citation: '18 U.S.C. § 3142(h)(1)',
        message: `${h.kind} "${h.id}" has no time zone`,
      });
  }
  if (!conds.some((c) => c.kind === 'noNewCrime'))
    out.push({
      severity: 'info',
      citation: '18 U.S.C. § 3142(b), (c)(1)(A)',
      message: 'the order lists no condition not to commit a crime; the statute imposes it on every release',
    });
  return out;
}

type ReleaseOrder = EventOf<'releaseOrder'>;

function bondIssues(
  order: ReleaseOrder,
): Array<{ citation: string; message: string; severity: ReleaseIssue['severity'] }> {
  const out: Array<{ citation: string; message: string; severity: ReleaseIssue['severity'] }> = [];
  const bond = order.bond;
  const kinds = new Set(order.conditions.map((c) => c.kind));
  if (!bond) {
    if (order.outcome === 'unsecuredBond')
      out.push({
        severity: 'warning',
        citation: '18 U.S.C. § 3142(b)',
        message: 'release on an unsecured bond, but no bond is recorded',
      });
    return out;
  }
  const basis = BOND_BASIS[bond.type].citation;
  if (bond.type === 'recognizance' && (bond.amountUsd ?? 0) > 0)
    out.push({
      severity: 'error',
      citation: basis,
      message: `a recognizance bond carries no amount, but ${bond.amountUsd} is recorded (use type "unsecured")`,
    });
  if (bond.type !== 'recognizance' && bond.amountUsd === null)
    out.push({ severity: 'warning', citation: basis, message: `a ${bond.type} bond without an amount` });
  if (bond.type === 'surety' && bond.sureties.length === 0)
    out.push({ severity: 'error', citation: basis, message: 'a surety bond names no surety' });
  if ((bond.type === 'property' || bond.type === 'cash') && bond.security.length === 0)
    out.push({
      severity: 'warning',
      citation: basis,
      message: `a ${bond.type} bond lists no security (proof of ownership and value, § 3142(c)(1)(B)(xi))`,
    });
  if (kinds.has('propertyBond') && !['property', 'cash', 'mixed'].includes(bond.type))
    out.push({
      severity: 'warning',
      citation: '18 U.S.C. § 3142(c)(1)(B)(xi)',
      message: `a propertyBond condition with a ${bond.type} bond`,
    });
  if (kinds.has('suretyBond') && !['surety', 'mixed'].includes(bond.type))
    out.push({
      severity: 'warning',
      citation: '18 U.S.C. § 3142(c)(1)(B)(xii)',
      message: `a suretyBond condition with a ${bond.type} bond`,
    });
  if (
    (order.outcome === 'recognizance' || order.outcome === 'unsecuredBond') &&
    order.conditions.some((c) => c.kind !== 'noNewCrime' && c.kind !== 'dnaSample')
  )
    out.push({
      severity: 'info',
      citation: '18 U.S.C. § 3142(a)(2), (c)',
      message: `outcome "${order.outcome}" but the order imposes (c)(1)(B) conditions: the release is under § 3142(c)`,
    });
  return out;
}

/** Every issue with the release and detention orders of a case file. */
export function checkReleaseOrders(file: CaseFile, options: ReleaseCheckOptions = {}): ReleaseIssue[] {
  const curfewByHome = options.homeDetentionSatisfiesCurfew ?? true;
  const issues: ReleaseIssue[] = [];
  file.events.forEach((e, i) => {
    if (e.kind !== 'releaseOrder' && e.kind !== 'conditionModification' && e.kind !== 'detentionOrder')
      return;
    const path = jsonPath(['events', i]);
    for (const defendant of e.defendants) {
      const add = (x: { citation: string; message: string; severity: ReleaseIssue['severity'] }) =>
        issues.push({ ...x, path, defendant });
      if (e.kind === 'detentionOrder') {
        if (e.temporary) {
          const limit = temporaryDetentionLimit(e.date, file.case.court);
          add({
            severity: 'info',
            citation: '18 U.S.C. § 3142(d)',
            message: `temporary detention ordered ${e.date}: "not more than ten days, excluding Saturdays, Sundays, and holidays" — last day ${limit.date}`,
          });
        }
        continue;
      }
      const inForce = conditionsInForce(file, defendant, e.date).map((p) => p.condition);
      if (e.kind === 'releaseOrder') for (const x of bondIssues(e)) add(x);
      for (const x of combinationIssues(inForce))
        if (e.kind === 'releaseOrder' || x.severity !== 'info') add(x);

      // The minor-victim exception to the court's choice of conditions.
      const counts = file.counts.filter((c) => c.defendant === defendant && c.status === 'pending');
      const facts = counts.map((c) => chargeFacts(file, c, e.date));
      const kinds = new Set(inForce.map((c) => c.kind));
      const missing = minorVictimSetMissing(kinds, curfewByHome);
      for (const f of facts) {
        const listed = listedMinorVictimOffense(f);
        const failureToRegister = f.title === 18 && f.section === '2250';
        if (!listed && !failureToRegister) continue;
        if (missing.length === 0) continue;
        if (failureToRegister || f.attributes?.minorVictim === true)
          add({
            severity: 'warning',
            citation: MINOR_VICTIM_SET,
            message: `count ${f.label} (${failureToRegister ? '§ 2250 failure to register' : `§ ${listed} with a minor victim`}): the release order must contain at a minimum ${missing.join('; ')} — missing${curfewByHome ? '' : ' (option homeDetentionSatisfiesCurfew=false)'}`,
          });
        else if (f.attributes?.minorVictim === undefined)
          add({
            severity: 'info',
            citation: MINOR_VICTIM_SET,
            message: `count ${f.label} is under § ${listed}: if the case involves a minor victim (not recorded), the order must also contain ${missing.join('; ')}`,
          });
      }
    }
  });

  // § 3142(c)(2): "The judicial officer may not impose a financial condition that results in the pretrial
  // detention of the person."
  for (const d of file.defendants) {
    const h = releaseHistory(file, d.number);
    const last = h.segments[h.segments.length - 1];
    if (last?.status !== 'released' || !last.bond) continue;
    if ((last.bond.status === 'set' || last.bond.status === 'partiallyMet') && d.custody === 'inCustody') {
      const i = file.events.findIndex((e) => e.id === last.order);
      issues.push({
        severity: 'warning',
        path: jsonPath(['events', i, 'bond', 'status']),
        citation: '18 U.S.C. § 3142(c)(2)',
        message: `${d.name} is in custody while the bond of the release order of ${last.from} is ${last.bond.status}: "The judicial officer may not impose a financial condition that results in the pretrial detention of the person."`,
        defendant: d.number,
      });
    }
  }
  return issues;
}

/** The status and conditions in force for a defendant on a date, in one call (for reports and monitoring). */
export function releaseOn(file: CaseFile, defendant: number, date: string) {
  return {
    status: releaseStatusOn(file, defendant, date),
    conditions: conditionsInForce(file, defendant, date),
  };
}
