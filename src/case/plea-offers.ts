/**
 * Plea offers as the tracker records them (docs/case-file.md, "Plea offers"): who offered what and when, the counts
 * to plead to and to dismiss, each undertaking tagged with its Fed. R. Crim. P. 11(c)(1) type, the deadline
 * to accept, the status, the record of conveying the offer to the defendant (Missouri v. Frye, 566 U.S. 134
 * (2012)), and the Speedy Trial treatment of the negotiation period.
 */
import { z } from 'zod';
import { ChargeAttributes, Statute } from './charges.ts';
import { ClockTime, DefendantNumber, Id, IsoDate, Provenance } from './primitives.ts';

export const PleaOfferStatus = z
  .enum(['open', 'accepted', 'rejected', 'lapsed', 'withdrawn', 'superseded'])
  .meta({
    id: 'PleaOfferStatus',
    description: '`lapsed`: the deadline to accept passed (the offer expired).',
  });
export type PleaOfferStatus = z.infer<typeof PleaOfferStatus>;

/** A charge the defendant would plead to: a count of the case, or an offense not yet charged (an information). */
export const PleaCharge = z
  .object({
    count: z.string().min(1).optional().meta({
      description: 'The count number as the docket writes it ("1s"), when the charge is a count of the case.',
    }),
    statute: Statute.optional().meta({
      description:
        'The offense pleaded to, when it is not a count of the case (a lesser or related offense).',
    }),
    attributes: ChargeAttributes.optional(),
    description: z.string().min(1).optional(),
    lesserOrRelated: z
      .boolean()
      .default(false)
      .meta({ description: 'A lesser or related offense (Rule 11(c)(1)), e.g. charged by information.' }),
  })
  .strict()
  .refine((c) => c.count !== undefined || c.statute !== undefined, {
    message: 'name the count pleaded to ("count") or the offense ("statute")',
  })
  .meta({ id: 'PleaCharge' });
export type PleaCharge = z.infer<typeof PleaCharge>;

export const PleaUndertaking = z
  .object({
    type: z.enum(['A', 'B', 'C']).meta({
      description:
        'Fed. R. Crim. P. 11(c)(1): (A) not bring, or move to dismiss, other charges; (B) recommend or not oppose (does not bind the court); (C) agree that a specific sentence or range is appropriate (binds the court once it accepts).',
    }),
    text: z.string().min(1),
    sentence: z
      .string()
      .optional()
      .meta({ description: 'The sentence, range or Guidelines provision the term names.' }),
  })
  .strict()
  .meta({ id: 'PleaUndertaking' });
export type PleaUndertaking = z.infer<typeof PleaUndertaking>;

export const PleaCommunication = z
  .object({
    on: IsoDate,
    manner: z.enum(['inPerson', 'video', 'phone', 'letter', 'email', 'other']),
    by: z.string().min(1).meta({ description: 'Who conveyed it (a role label, e.g. "Defense counsel").' }),
    response: z.enum(['accepted', 'rejected', 'considering', 'none']).default('none'),
    responseOn: IsoDate.optional(),
    note: z.string().optional(),
  })
  .strict()
  .meta({ id: 'PleaCommunication', description: 'The offer conveyed to the defendant (Missouri v. Frye).' });
export type PleaCommunication = z.infer<typeof PleaCommunication>;

export const PleaOffer = z
  .object({
    id: Id,
    defendant: DefendantNumber,
    supersedes: Id.optional().meta({ description: 'The earlier offer this one replaces.' }),
    offeredBy: z.enum(['government', 'defense']),
    by: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'A role label, e.g. "AUSA".', examples: ['AUSA'] }),
    madeOn: IsoDate,
    madeAt: ClockTime.optional(),
    form: z.enum(['written', 'oral']),
    expires: z
      .object({
        date: IsoDate,
        time: ClockTime.optional(),
        timeZone: z.string().min(3).optional().meta({ description: 'IANA time zone of the time.' }),
      })
      .strict()
      .optional()
      .meta({ description: 'The deadline to accept, as the offer states it.' }),
    status: PleaOfferStatus,
    statusOn: IsoDate.optional().meta({ description: 'When the status last changed.' }),
    pleadTo: z.array(PleaCharge).min(1, 'name at least one charge to plead to'),
    dismiss: z
      .array(z.string().min(1))
      .default([])
      .meta({ description: 'Count numbers to be dismissed (a Rule 11(c)(1)(A) term).' }),
    notBring: z
      .array(z.string().min(1))
      .default([])
      .meta({ description: 'Charges the government agrees not to bring (Rule 11(c)(1)(A)).' }),
    undertakings: z.array(PleaUndertaking).default([]),
    stipulations: z
      .array(z.string().min(1))
      .default([])
      .meta({ description: 'Stipulated Guidelines factors and facts.' }),
    cooperation: z.boolean().default(false),
    waivers: z
      .object({ appeal: z.boolean().default(false), collateralAttack: z.boolean().default(false) })
      .strict()
      .default({ appeal: false, collateralAttack: false })
      .meta({ description: 'Appeal and collateral-attack waivers (Rule 11(b)(1)(N)).' }),
    communication: z.array(PleaCommunication).default([]),
    counselOfRecord: z.string().min(1).optional(),
    speedyTrial: z
      .object({
        exclusion: Id.optional().meta({
          description:
            'The timeExclusion or continuance event that excludes the negotiation period under § 3161(h)(7), with findings.',
        }),
        submittedToCourt: Id.optional().meta({
          description: 'The pleaAgreementSubmitted event (§ 3161(h)(1)(G) runs from it).',
        }),
      })
      .strict()
      .default({}),
    provenance: Provenance,
    note: z.string().optional(),
  })
  .strict()
  .meta({ id: 'PleaOffer', description: 'A plea offer and its history (docs/case-file.md, "Plea offers").' });
export type PleaOffer = z.infer<typeof PleaOffer>;
