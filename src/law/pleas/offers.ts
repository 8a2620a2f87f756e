/**
 * The plea-offer tracker's legal rules (docs/release.md, "Plea offers"): deadlines to accept, the record of
 * conveying each formal offer (Missouri v. Frye, 566 U.S. 134 (2012): counsel must communicate formal offers;
 * the duty covers offers that lapse), the Speedy Trial treatment of the negotiation period (only an
 * ends-of-justice order excludes it: § 3161(h)(7); Bloate v. United States, 559 U.S. 196 (2010)), and the
 * § 3143(a)(2) consequence of pleading guilty to an (f)(1)(A)–(C) offense.
 */
import type { CaseFile, Count, PleaOffer } from '../../case/index.ts';
import { daysInclusive, parseDate } from '../calendar/dates.ts';
import { chargeFacts, detentionAfterPlea } from '../release/grounds.ts';

export const FRYE = 'Missouri v. Frye, 566 U.S. 134 (2012)';

export interface PleaOfferDeadline {
  offer: string;
  defendant: number;
  name: string;
  date: string;
  time?: string;
  timeZone?: string;
  /** Calendar days from `asOf` to the deadline (0 = today; negative = passed). */
  daysLeft: number;
  state: 'upcoming' | 'today' | 'passedStillOpen';
  citation: string;
  text: string;
}

/**
 * The deadlines to accept of the offers recorded open, as of a date: upcoming ones (within `horizonDays`
 * when given), and those whose deadline passed while the record still says open. Sorted by date.
 */
export function pleaOfferDeadlines(
  file: CaseFile,
  asOf: string,
  opts: { horizonDays?: number; defendant?: number } = {},
): PleaOfferDeadline[] {
  const at = parseDate(asOf);
  const out: PleaOfferDeadline[] = [];
  for (const offer of file.pleaOffers) {
    if (offer.status !== 'open' || !offer.expires) continue;
    if (opts.defendant !== undefined && offer.defendant !== opts.defendant) continue;
    const due = parseDate(offer.expires.date);
    const daysLeft = offer.expires.date >= asOf ? daysInclusive(at, due) - 1 : -(daysInclusive(due, at) - 1);
    if (opts.horizonDays !== undefined && daysLeft > opts.horizonDays) continue;
    const name =
      file.defendants.find((d) => d.number === offer.defendant)?.name ?? `defendant ${offer.defendant}`;
    const when = `${offer.expires.date}${offer.expires.time ? ` ${offer.expires.time}` : ''}${offer.expires.timeZone ? ` (${offer.expires.timeZone})` : ''}`;
    const state = daysLeft > 0 ? 'upcoming' : daysLeft === 0 ? 'today' : 'passedStillOpen';
    out.push({
      offer: offer.id,
      defendant: offer.defendant,
      name,
      date: offer.expires.date,
      ...(offer.expires.time ? { time: offer.expires.time } : {}),
      ...(offer.expires.timeZone ? { timeZone: offer.expires.timeZone } : {}),
      daysLeft,
      state,
      citation: `the offer's own terms; ${FRYE}`,
      text:
        state === 'passedStillOpen'
          ? `Plea offer ${offer.id} to ${name} lapsed by its terms at ${when}, ${-daysLeft} day${daysLeft === -1 ? '' : 's'} ago, but is recorded open.`
          : `Plea offer ${offer.id} to ${name}: deadline to accept ${when}${state === 'today' ? ' — today' : `, in ${daysLeft} day${daysLeft === 1 ? '' : 's'}`}.`,
    });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || (a.time ?? '').localeCompare(b.time ?? ''));
}

export interface SpeedyTrialTreatment {
  offer: string;
  excluded: boolean;
  citation: string;
  text: string;
}

/** How the negotiation period of an offer is treated on the Speedy Trial clock (docs/speedy-trial.md, "Plea negotiations"). */
export function negotiationExclusion(file: CaseFile, offer: PleaOffer): SpeedyTrialTreatment {
  const id = offer.speedyTrial.exclusion;
  const order = id ? file.events.find((e) => e.id === id) : undefined;
  const findings =
    order?.kind === 'timeExclusion' || order?.kind === 'continuance' ? order.findings : undefined;
  if (order && findings?.status === 'onRecord')
    return {
      offer: offer.id,
      excluded: true,
      citation: '18 U.S.C. § 3161(h)(7)(A)',
      text: `excluded (h)(7) — order ${order.id} of ${order.date}, with ends-of-justice findings on the record`,
    };
  return {
    offer: offer.id,
    excluded: false,
    citation: '18 U.S.C. § 3161(h)(7)(A); Bloate v. United States, 559 U.S. 196 (2010)',
    text: order
      ? `not excluded: order ${order.id} states no ends-of-justice findings on the record (Zedner v. United States, 547 U.S. 489 (2006))`
      : 'not excluded: no ends-of-justice order is linked to this negotiation; negotiating does not by itself exclude time (§ 3161(h)(1)(G) begins only when an agreement is before the court)',
  };
}

export interface PleaOfferWarning {
  offer: string;
  defendant: number;
  severity: 'warning' | 'info';
  citation: string;
  message: string;
}

function pleaCounts(file: CaseFile, offer: PleaOffer): Count[] {
  return offer.pleadTo.map((p, i) => {
    const existing =
      p.count !== undefined
        ? file.counts.find((c) => c.defendant === offer.defendant && c.number === p.count)
        : undefined;
    if (existing)
      return p.attributes
        ? { ...existing, attributes: { ...existing.attributes, ...p.attributes } }
        : existing;
    return {
      id: `${offer.id}-plea-${i + 1}`,
      defendant: offer.defendant,
      number: p.description ?? p.statute?.citation ?? `plea ${i + 1}`,
      statute: p.statute ?? null,
      text: p.description ?? p.statute?.citation ?? '',
      status: 'pending',
      outcome: 'open',
      disposition: null,
      instrument: null,
      ...(p.attributes ? { attributes: p.attributes } : {}),
    };
  });
}

/** What the tracker should flag about each offer as of a date. */
export function pleaOfferWarnings(file: CaseFile, asOf: string): PleaOfferWarning[] {
  const out: PleaOfferWarning[] = [];
  for (const offer of file.pleaOffers) {
    const add = (severity: PleaOfferWarning['severity'], citation: string, message: string) =>
      out.push({ offer: offer.id, defendant: offer.defendant, severity, citation, message });
    if (offer.offeredBy === 'government' && offer.communication.length === 0)
      add(
        'warning',
        FRYE,
        `offer ${offer.id} of ${offer.madeOn}: no record that this formal offer was conveyed to the defendant`,
      );
    if (offer.status === 'open' && offer.expires && offer.expires.date < asOf)
      add(
        'warning',
        `${FRYE}`,
        `offer ${offer.id} lapsed by its terms on ${offer.expires.date} but is recorded open: record whether it was accepted, rejected or lapsed`,
      );
    const newer = file.pleaOffers.find((o) => o.supersedes === offer.id);
    if (newer && offer.status === 'open')
      add(
        'info',
        'docs/release.md, "Plea offers"',
        `offer ${offer.id} is superseded by ${newer.id} but is recorded open`,
      );
    if (offer.status === 'open') {
      for (const flag of detentionAfterPlea(pleaCounts(file, offer).map((c) => chargeFacts(file, c, asOf))))
        add('warning', flag.citation, `offer ${offer.id}: ${flag.text}`);
      const st = negotiationExclusion(file, offer);
      add('info', st.citation, `offer ${offer.id}: negotiation period ${st.text}`);
    }
  }
  return out;
}
