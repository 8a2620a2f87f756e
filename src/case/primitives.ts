/** Building blocks shared by every part of the case record. */
import { z } from 'zod';

export const IsoDate = z.iso.date({ error: 'expected a real calendar date written YYYY-MM-DD' }).meta({
  id: 'IsoDate',
  description: 'A calendar date, YYYY-MM-DD (no time, no zone).',
  examples: ['2026-04-17'],
});
export type IsoDate = z.infer<typeof IsoDate>;

export const IsoDateTime = z.iso.datetime({
  offset: true,
  error: 'expected an ISO date-time with offset, e.g. 2026-04-17T10:30:00-04:00',
});

export const ClockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a 24-hour time HH:MM')
  .meta({ id: 'ClockTime', description: 'A wall-clock time, HH:MM (24-hour).', examples: ['21:00'] });

/** Record ids: short, stable, human-writable. */
export const Id = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._:-]{0,79}$/,
    'expected an id of letters, digits, ".", "_", ":" or "-" (at most 80)',
  )
  .meta({ id: 'Id', description: 'An identifier unique within its list.' });

/** A defendant's number in the case: the "(2)" in "as to Renee Castell (2)". */
export const DefendantNumber = z
  .number()
  .int()
  .min(1)
  .meta({ id: 'DefendantNumber', description: "The defendant's number in the case." });

/** PACER court id, e.g. `nyed`. */
export const CourtId = z
  .string()
  .regex(/^[a-z]{2,5}$/, 'expected a PACER court id in lower case, e.g. nyed, cacd, dcd')
  .meta({ id: 'CourtId', description: 'Court id as PACER writes it.', examples: ['nyed', 'cacd', 'dcd'] });

export const UsDollars = z
  .number()
  .nonnegative()
  .meta({ id: 'UsDollars', description: 'An amount in U.S. dollars.' });

/** Half-open character span `[start, end)` into a docket entry's verbatim text. */
export const Span = z
  .object({ start: z.number().int().min(0), end: z.number().int().min(1) })
  .strict()
  .refine((s) => s.end > s.start, { message: 'span end must be after its start', path: ['end'] })
  .meta({
    id: 'Span',
    description: 'Characters [start, end) of the docket entry text that state the event.',
  });
export type Span = z.infer<typeof Span>;

/**
 * Where a fact comes from: a docket entry (and the words in it), or an edit by a named user. Every event
 * carries one (architecture: provenance everywhere).
 */
export const Provenance = z
  .discriminatedUnion('source', [
    z
      .object({
        source: z.literal('docket'),
        entry: Id.meta({ description: 'The `id` of the docket entry in `docketEntries`.' }),
        span: Span.optional(),
        classifier: z
          .object({ rule: z.string().min(1), confidence: z.number().min(0).max(1) })
          .strict()
          .optional()
          .meta({ description: 'Set when the event was read from the text by the classifier.' }),
      })
      .strict(),
    z
      .object({
        source: z.literal('manual'),
        by: z.string().min(1).meta({ description: 'Who entered or edited the fact.' }),
        at: IsoDateTime.optional(),
        note: z.string().optional(),
      })
      .strict(),
  ])
  .meta({
    id: 'Provenance',
    description: 'Where a fact comes from: a docket entry (with the words), or a manual edit.',
  });
export type Provenance = z.infer<typeof Provenance>;

export const Movant = z
  .enum(['defendant', 'government', 'court', 'jointly', 'pretrialServices', 'other'])
  .meta({ id: 'Movant' });
export type Movant = z.infer<typeof Movant>;

/** A place named in an order (a residence, a facility), with a map point when one is known. */
export const Place = z
  .object({
    label: z.string().min(1),
    address: z.string().optional(),
    district: CourtId.optional(),
    location: z
      .object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) })
      .strict()
      .optional(),
  })
  .strict()
  .meta({ id: 'Place', description: 'A place named in an order.' });
export type Place = z.infer<typeof Place>;
