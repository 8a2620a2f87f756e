/**
 * Chapter Four, Part A: criminal history points (§ 4A1.1, as amended Nov. 1, 2023 by App. C amend. 821) from the
 * prior sentences, with § 4A1.2's definitions, time windows and exclusions; the category from the points.
 * The windows run back from the commencement of the instant offense (§ 4A1.2(e)).
 */
import { Temporal } from 'temporal-polyfill';
import type { PriorSentence } from '../../case/sentencing-facts.ts';
import { factText, type Resolved } from './facts.ts';
import { type Chc, categoryOfPoints } from './table.ts';
import { step, type Trail } from './trace.ts';

type Prior = Resolved<PriorSentence>;

export interface ScoredPrior {
  id: string;
  description: string;
  points: number;
  citation: string;
  text: string;
  /** Months of imprisonment counted (§ 4A1.2(b), (k)). */
  months: number;
  /** For 18 U.S.C. § 3553(f)(1): a 3-point offense, a 2-point violent offense, a 1-point offense. */
  threePoint: boolean;
  twoPointViolent: boolean;
  onePoint: boolean;
}

export interface CriminalHistory {
  priors: ScoredPrior[];
  /** Points under § 4A1.1(a)–(d). */
  subtotal: number;
  statusPoint: number;
  points: number;
  category: Chc;
  windowsChecked: boolean;
}

const DAYS_PER_MONTH = 30.4375;
const pd = (s: string) => Temporal.PlainDate.from(s);
const onOrAfter = (a: string, b: Temporal.PlainDate) => Temporal.PlainDate.compare(pd(a), b) >= 0;

const EXCLUDED: Record<string, [string, string]> = {
  partOfInstantOffense: ['§ 4A1.2(a)(1)', 'conduct part of the instant offense is not a prior sentence'],
  listedC2: ['§ 4A1.2(c)(2)', 'a listed offense that is never counted'],
  diversionNoFinding: ['§ 4A1.2(f)', 'diversion without a finding of guilt'],
  summaryCourtMartial: ['§ 4A1.2(g)', 'a summary court-martial'],
  foreign: ['§ 4A1.2(h)', 'a foreign sentence'],
  tribal: ['§ 4A1.2(i)', 'a tribal court sentence'],
  expunged: ['§ 4A1.2(j)', 'an expunged conviction'],
};

function scoreOne(
  p: Prior,
  commenced: Temporal.PlainDate | undefined,
): Omit<ScoredPrior, 'threePoint' | 'twoPointViolent' | 'onePoint'> {
  const base = { id: p.id, description: p.description };
  const months = (p.prisonMonths ?? 0) + p.revocations.reduce((s, r) => s + r.prisonMonths, 0);
  const exclusion = p.exclusion ?? 'none';
  const ex = EXCLUDED[exclusion];
  if (ex) return { ...base, months, points: 0, citation: ex[0], text: `0: ${ex[1]}` };
  if (exclusion === 'listedC1' && !p.listedC1Exception)
    return {
      ...base,
      months,
      points: 0,
      citation: '§ 4A1.2(c)(1)',
      text: '0: a listed offense, without probation over a year, 30 days’ imprisonment, or similarity to the instant offense',
    };
  const days = months * DAYS_PER_MONTH;
  const revoked = p.revocations.length > 0 ? ' (with revocation time, § 4A1.2(k)(1))' : '';
  const released = p.releasedOn;
  if (p.before18 && !p.adultConviction) {
    // § 4A1.2(d)(2): offenses committed before age eighteen.
    if (!commenced)
      return {
        ...base,
        months,
        points: days >= 60 ? 2 : 1,
        citation: '§ 4A1.2(d)(2)',
        text: 'before 18: the 5-year window was not checked (offense commencement not recorded)',
      };
    const five = commenced.subtract({ years: 5 });
    if (days >= 60) {
      const out = released ?? p.imposed;
      return onOrAfter(out, five)
        ? {
            ...base,
            months,
            points: 2,
            citation: '§ 4A1.2(d)(2)(A)',
            text: `2: confinement of at least 60 days${revoked}, released within five years`,
          }
        : {
            ...base,
            months,
            points: 0,
            citation: '§ 4A1.2(d)(2)(A)',
            text: '0: released more than five years before the instant offense',
          };
    }
    return onOrAfter(p.imposed, five)
      ? {
          ...base,
          months,
          points: 1,
          citation: '§ 4A1.2(d)(2)(B)',
          text: '1: a sentence imposed within five years',
        }
      : {
          ...base,
          months,
          points: 0,
          citation: '§ 4A1.2(d)(2)(B)',
          text: '0: imposed more than five years before the instant offense',
        };
  }
  const [points, cite, label] =
    months > 13
      ? [3, '§ 4A1.1(a)', 'imprisonment exceeding one year and one month']
      : days >= 60
        ? [2, '§ 4A1.1(b)', 'imprisonment of at least 60 days']
        : [1, '§ 4A1.1(c)', 'a sentence not counted in (a) or (b)'];
  if (!commenced)
    return {
      ...base,
      months,
      points,
      citation: cite,
      text: `${points}: ${label}${revoked}; the § 4A1.2(e) window was not checked (offense commencement not recorded)`,
    };
  if (months > 13) {
    const fifteen = commenced.subtract({ years: 15 });
    const lastRelease = released ?? p.imposed;
    if (onOrAfter(p.imposed, fifteen) || onOrAfter(lastRelease, fifteen))
      return {
        ...base,
        months,
        points,
        citation: `${cite}; § 4A1.2(e)(1)`,
        text: `3: ${label}${revoked}, imposed or served within fifteen years`,
      };
    return {
      ...base,
      months,
      points: 0,
      citation: '§ 4A1.2(e)(1), (e)(3)',
      text: '0: imposed and served more than fifteen years before the instant offense',
    };
  }
  const ten = commenced.subtract({ years: 10 });
  if (onOrAfter(p.imposed, ten))
    return {
      ...base,
      months,
      points,
      citation: `${cite}; § 4A1.2(e)(2)`,
      text: `${points}: ${label}${revoked}, imposed within ten years`,
    };
  return {
    ...base,
    months,
    points: 0,
    citation: '§ 4A1.2(e)(2), (e)(3)',
    text: '0: imposed more than ten years before the instant offense',
  };
}

export function criminalHistory(
  priors: readonly Prior[],
  commencedIso: string | undefined,
  status: string | undefined,
  trail: Trail,
): CriminalHistory {
  const commenced = commencedIso ? pd(commencedIso) : undefined;
  const scored = priors.map((p) => ({ prior: p, ...scoreOne(p, commenced) }));
  // § 4A1.2(a)(2): sentences treated as a single sentence count once (the longest); § 4A1.1(d): a crime of
  // violence left without points by that rule adds 1 point (at most 3).
  let dPoints = 0;
  const groups = new Map<string, typeof scored>();
  for (const s of scored)
    if (s.prior.singleSentenceGroup)
      groups.set(s.prior.singleSentenceGroup, [...(groups.get(s.prior.singleSentenceGroup) ?? []), s]);
  for (const [label, members] of groups) {
    const keep = members.reduce((a, b) => (b.points > a.points ? b : a));
    for (const m of members)
      if (m !== keep && m.points > 0) {
        if (m.prior.crimeOfViolence && dPoints < 3) {
          dPoints += 1;
          m.points = 1;
          m.citation = '§ 4A1.1(d)';
          m.text = `1: a crime of violence treated as one sentence with ${keep.id} (single sentence "${label}", § 4A1.2(a)(2))`;
        } else {
          m.points = 0;
          m.citation = '§ 4A1.2(a)(2)';
          m.text = `0: one sentence with ${keep.id} (single sentence "${label}")`;
        }
      }
  }
  // § 4A1.1(c): at most 4 points in total.
  let cPoints = 0;
  for (const s of scored)
    if (s.citation.startsWith('§ 4A1.1(c)') || s.citation.startsWith('§ 4A1.2(d)(2)(B)')) {
      if (s.points > 0 && cPoints >= 4) {
        s.text = `0: § 4A1.1(c) allows at most 4 points (${s.text})`;
        s.points = 0;
      } else cPoints += s.points;
    }
  const out: ScoredPrior[] = scored.map((s) => ({
    id: s.id,
    description: s.description,
    points: s.points,
    citation: s.citation,
    text: s.text,
    months: s.months,
    threePoint: s.points === 3,
    twoPointViolent: s.points === 2 && s.prior.violentForSafetyValve === true,
    onePoint: s.points === 1,
  }));
  for (const s of scored)
    step(trail, {
      stage: 'chapter4',
      citation: s.citation,
      title: `prior sentence ${s.id}: ${s.description}`,
      status: s.points > 0 ? 'applied' : 'notApplicable',
      change: s.points,
      facts: [
        `imposed ${s.prior.imposed}`,
        factText(s.prior, 'prisonMonths', 'months imposed'),
        ...(s.prior.revocations.length
          ? [
              `revocations: ${s.prior.revocations.map((r) => `${r.date} (${r.prisonMonths} months)`).join(', ')}`,
            ]
          : []),
        ...(s.prior.releasedOn ? [`released ${s.prior.releasedOn}`] : []),
      ],
      text: s.text,
    });
  const subtotal = out.reduce((n, p) => n + p.points, 0);
  const under = status !== undefined && status !== 'none';
  const statusPoint = under && subtotal >= 7 ? 1 : 0;
  step(trail, {
    stage: 'chapter4',
    citation: '§ 4A1.1(e)',
    title: 'status points',
    status: statusPoint ? 'applied' : 'notApplicable',
    change: statusPoint,
    facts: [`status at the offense: ${status ?? 'not recorded'}`],
    text: statusPoint
      ? '1: 7 or more points under (a)–(d) and the offense was committed under a criminal justice sentence'
      : under
        ? `0: under a criminal justice sentence, but only ${subtotal} points under (a)–(d) (7 needed since Nov. 1, 2023)`
        : status === undefined
          ? '0: the status at the offense is not recorded'
          : '0: not under a criminal justice sentence',
  });
  const points = subtotal + statusPoint;
  const category = categoryOfPoints(points);
  step(trail, {
    stage: 'chapter4',
    citation: 'Ch. 5, Pt. A (Sentencing Table)',
    title: 'criminal history category',
    status: 'info',
    facts: [],
    text: `${points} points → category ${category}`,
  });
  return { priors: out, subtotal, statusPoint, points, category, windowsChecked: commenced !== undefined };
}

/**
 * 18 U.S.C. § 3553(f)(1) as amended by the First Step Act § 402: the defendant "does not have (A) more than 4
 * criminal history points, excluding any criminal history points resulting from a 1-point offense …; (B) a
 * prior 3-point offense …; and (C) a prior 2-point violent offense". Pulsifer v. United States, 601 U.S. 124
 * (2024): the "and" is distributive — any one of (A), (B), (C) makes the defendant ineligible.
 */
export function safetyValveHistory(ch: CriminalHistory): { met: boolean; reasons: string[] } {
  const reasons: string[] = [];
  const withoutOnePoint =
    ch.priors.filter((p) => !p.onePoint).reduce((n, p) => n + p.points, 0) + ch.statusPoint;
  if (withoutOnePoint > 4)
    reasons.push(`(f)(1)(A): ${withoutOnePoint} points excluding 1-point offenses (more than 4)`);
  const three = ch.priors.filter((p) => p.threePoint);
  if (three.length) reasons.push(`(f)(1)(B): a prior 3-point offense (${three.map((p) => p.id).join(', ')})`);
  const violent = ch.priors.filter((p) => p.twoPointViolent);
  if (violent.length)
    reasons.push(`(f)(1)(C): a prior 2-point violent offense (${violent.map((p) => p.id).join(', ')})`);
  return { met: reasons.length === 0, reasons };
}
