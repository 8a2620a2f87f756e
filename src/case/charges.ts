/** The statute a count cites, and the facts about a charge that decide its penalty and release consequences. */
import { z } from 'zod';
import { Id, IsoDate } from './primitives.ts';

export const Statute = z
  .object({
    citation: z
      .string()
      .min(1)
      .meta({
        description: 'As cited, e.g. "18 U.S.C. § 1591(a), (b)(1)".',
        examples: ['18 U.S.C. § 1591(a), (b)(1)'],
      }),
    title: z.number().int().positive().optional(),
    section: z
      .string()
      .optional()
      .meta({ examples: ['1591'] }),
    subsections: z
      .array(z.string())
      .default([])
      .meta({ examples: [['(a)', '(b)(1)']] }),
  })
  .strict()
  .meta({ id: 'Statute' });
export type Statute = z.infer<typeof Statute>;

/**
 * Facts about a count that decide its penalty and its release consequences, beyond the citation: the object
 * of a conspiracy or attempt, penalty facts charged (death results, brandished, a prior conviction …), a
 * minor victim, the offense date. All optional: an engine that needs a missing fact says so.
 */
export const ChargeAttributes = z
  .object({
    object: z
      .string()
      .min(1)
      .optional()
      .meta({
        description:
          'For a conspiracy or attempt punished like its object: the object offense as cited, e.g. "18 U.S.C. § 1589".',
        examples: ['18 U.S.C. § 1589'],
      }),
    penaltyFacts: z
      .array(z.string().min(1))
      .default([])
      .meta({
        description:
          'Penalty facts charged that select a statute’s enhanced penalty, by the catalog’s names: deathResults, brandished, discharged, lifePredicate, financialInstitution, priorConviction, armedCareerCriminal …',
        examples: [['brandished']],
      }),
    minorVictim: z
      .boolean()
      .optional()
      .meta({ description: 'The charge involves a minor victim (§ 3142(c)(1)(B), (e)(3)(E); § 3583(k)).' }),
    crimeOfViolence: z
      .boolean()
      .optional()
      .meta({ description: 'The charge is a crime of violence (§ 3142(f)(1)(A), § 3156(a)(4)).' }),
    offenseDate: IsoDate.optional().meta({
      description:
        'The last day of the charged conduct (for a conspiracy, its end): picks the version of the penalty in force.',
    }),
    attemptOfCount: Id.optional().meta({
      description:
        'For an attempt count: the id of the count charging the offense that was its sole objective (§ 3584(a): the terms may not run consecutively).',
    }),
  })
  .strict()
  .meta({ id: 'ChargeAttributes' });
export type ChargeAttributes = z.infer<typeof ChargeAttributes>;
