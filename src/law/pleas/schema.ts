/** zod schemas of the plea-offer results (the API serves them and generates OpenAPI from them). */
import { z } from 'zod';

export const PleaOfferDeadlineSchema = z
  .object({
    offer: z.string(),
    defendant: z.number(),
    name: z.string(),
    date: z.string(),
    time: z.string().optional(),
    timeZone: z.string().optional(),
    daysLeft: z.number(),
    state: z.enum(['upcoming', 'today', 'passedStillOpen']),
    citation: z.string(),
    text: z.string(),
  })
  .strict()
  .meta({ id: 'PleaOfferDeadline' });

export const PleaOfferWarningSchema = z
  .object({
    offer: z.string(),
    defendant: z.number(),
    severity: z.enum(['warning', 'info']),
    citation: z.string(),
    message: z.string(),
  })
  .strict()
  .meta({ id: 'PleaOfferWarning' });

export const Rule11AdvisementSchema = z
  .object({ clause: z.string(), citation: z.string(), text: z.string() })
  .strict()
  .meta({ id: 'Rule11Advisement' });
