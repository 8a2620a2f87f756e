/**
 * Exposure for the defendants of a case file: the pending counts ("the indictment"), and beside them each plea
 * scenario — counts named on request ("plead to 1s and 3s, the rest dismissed") and each plea offer recorded
 * in the file. Pure: the date of computation is an argument.
 */
import type { CaseFile, Count, PleaOffer } from '../../case/index.ts';
import { type Charge, countExposure, totalsOf } from './exposure.ts';
import {
  type CaseExposure,
  type DefendantExposure,
  type ExposureOptions,
  ExposureOptionsSchema,
  type ExposureTraceStep,
  type ScenarioExposure,
} from './schema.ts';

export class ExposureInputError extends Error {
  override name = 'ExposureInputError';
}

const instrumentDate = (file: CaseFile, count: Count): string | undefined =>
  count.instrument ? file.events.find((e) => e.id === count.instrument)?.date : undefined;

export const chargeOfCount = (file: CaseFile, count: Count): Charge => {
  const date = instrumentDate(file, count);
  return {
    label: count.number,
    countId: count.id,
    statute: count.statute,
    ...(count.attributes ? { attributes: count.attributes } : {}),
    ...(date ? { instrumentDate: date } : {}),
  };
};

/** The counts pending against a defendant (PACER sense: not dismissed or superseded). */
export const pendingCounts = (file: CaseFile, defendant: number): Count[] =>
  file.counts.filter((c) => c.defendant === defendant && c.status === 'pending');

export function scenario(
  name: string,
  description: string,
  charges: Charge[],
  options: ExposureOptions,
  extra: { label?: string; offerId?: string } = {},
): ScenarioExposure {
  const counts = charges.map((c) => countExposure(c, options));
  const trace: ExposureTraceStep[] = [];
  const totals = totalsOf(charges, counts, options, trace);
  return { scenario: name, ...extra, description, counts, totals, trace };
}

/** "Plead to counts X and Y, the rest dismissed": the charges of the named pending counts. */
export function pleaToCounts(file: CaseFile, defendant: number, numbers: readonly string[]): Charge[] {
  const pending = pendingCounts(file, defendant);
  return numbers.map((n) => {
    const count = pending.find((c) => c.number === n);
    if (!count)
      throw new ExposureInputError(
        `count "${n}" is not pending against defendant ${defendant} (pending: ${pending.map((c) => c.number).join(', ') || 'none'})`,
      );
    return chargeOfCount(file, count);
  });
}

/** The charges a plea offer asks the defendant to plead to. */
export function offerCharges(file: CaseFile, offer: PleaOffer): Charge[] {
  const pending = pendingCounts(file, offer.defendant);
  const latest = pending
    .map((c) => instrumentDate(file, c))
    .filter((d): d is string => d !== undefined)
    .sort()
    .pop();
  return offer.pleadTo.map((p, i) => {
    if (p.count !== undefined) {
      const count =
        pending.find((c) => c.number === p.count) ??
        file.counts.find((c) => c.defendant === offer.defendant && c.number === p.count);
      if (!count)
        throw new ExposureInputError(
          `plea offer "${offer.id}": count "${p.count}" is not a count of defendant ${offer.defendant}`,
        );
      const charge = chargeOfCount(file, count);
      return p.attributes ? { ...charge, attributes: { ...charge.attributes, ...p.attributes } } : charge;
    }
    return {
      label: `P${i + 1}`,
      statute: p.statute ?? null,
      ...(p.attributes ? { attributes: p.attributes } : {}),
      instrumentDate: latest ?? offer.madeOn,
    };
  });
}

/** An offer by its terms and date (never its internal id): who offered it, when, what to plead to. */
export function describeOffer(offer: PleaOffer): string {
  const pleas = offer.pleadTo
    .map((p, i) =>
      p.count ? `count ${p.count}` : `P${i + 1} ${p.description ?? p.statute?.citation ?? '?'}`,
    )
    .join(', ');
  const dismiss = offer.dismiss.length ? `; dismiss ${offer.dismiss.join(', ')}` : '';
  const expires = offer.expires ? `, expires ${offer.expires.date}` : '';
  const by = offer.offeredBy === 'government' ? 'Government' : 'Defense';
  return `${by} ${offer.form} offer of ${offer.madeOn} (${offer.status}${expires}): plead to ${pleas}${dismiss}`;
}

/** The heading of an offer's scenario: its date and status ("Offer of 2026-08-20 (open)"). */
export const offerLabel = (offer: PleaOffer): string => `Offer of ${offer.madeOn} (${offer.status})`;

export interface CaseExposureRequest {
  /** Only this defendant (default: every defendant with pending counts). */
  defendant?: number;
  /** A plea scenario: these pending counts, the rest dismissed. */
  pleaCounts?: readonly string[];
  /** Which of the file's plea offers to show as scenarios: `open` (default: open and accepted), `all`, `none`. */
  offers?: 'open' | 'all' | 'none';
}

/** Exposure of every (or one) defendant under the pending counts, with plea scenarios beside it. */
export function caseExposure(
  file: CaseFile,
  options: ExposureOptions,
  request: CaseExposureRequest = {},
): CaseExposure {
  // The court's circuit decides how § 3014 is counted unless the options name a court or a unit.
  const opts = ExposureOptionsSchema.parse({ court: file.case.court, ...options });
  const defendants =
    request.defendant !== undefined
      ? file.defendants.filter((d) => d.number === request.defendant)
      : file.defendants.filter((d) => pendingCounts(file, d.number).length > 0);
  if (request.defendant !== undefined && defendants.length === 0)
    throw new ExposureInputError(
      `defendant ${request.defendant} is not in the case (defendants: ${file.defendants.map((d) => d.number).join(', ')})`,
    );
  const out: DefendantExposure[] = defendants.map((d) => {
    const pending = pendingCounts(file, d.number);
    const warnings: string[] = [];
    if (pending.length === 0) warnings.push(`no counts are pending against defendant ${d.number}`);
    const indictment = scenario(
      'indictment',
      `Pending counts ${pending.map((c) => c.number).join(', ') || '(none)'}`,
      pending.map((c) => chargeOfCount(file, c)),
      opts,
      { label: 'Pending counts' },
    );
    const scenarios: ScenarioExposure[] = [];
    if (request.pleaCounts && request.pleaCounts.length > 0) {
      const rest = pending.filter((c) => !request.pleaCounts?.includes(c.number)).map((c) => c.number);
      scenarios.push(
        scenario(
          `plea ${request.pleaCounts.join(', ')}`,
          `Plead to count${request.pleaCounts.length === 1 ? '' : 's'} ${request.pleaCounts.join(', ')}; ${rest.length ? `counts ${rest.join(', ')} dismissed` : 'no other counts'}`,
          pleaToCounts(file, d.number, request.pleaCounts),
          opts,
          { label: `Plea to ${request.pleaCounts.join(', ')}` },
        ),
      );
    }
    const which = request.offers ?? 'open';
    for (const offer of file.pleaOffers.filter((o) => o.defendant === d.number)) {
      if (which === 'none' || (which === 'open' && offer.status !== 'open' && offer.status !== 'accepted'))
        continue;
      const offers = file.pleaOffers.filter((o) => o.defendant === d.number);
      const sameDay = offers.filter((o) => o.madeOn === offer.madeOn && o.status === offer.status);
      const label =
        sameDay.length > 1 ? `${offerLabel(offer)} #${sameDay.indexOf(offer) + 1}` : offerLabel(offer);
      scenarios.push(
        scenario(`${offer.id} (${offer.status})`, describeOffer(offer), offerCharges(file, offer), opts, {
          label,
          offerId: offer.id,
        }),
      );
    }
    return { defendant: d.number, name: d.name, indictment, scenarios, warnings };
  });
  return {
    caption: file.case.caption,
    asOf: opts.asOf,
    options: {
      indigent: opts.indigent,
      section3014Unit: opts.section3014Unit,
      sentencingDate: opts.sentencingDate ?? opts.asOf,
      ...(opts.court ? { court: opts.court } : {}),
    },
    defendants: out,
  };
}
