/**
 * Conditions of release and bonds as the record stores them (18 U.S.C. § 3142(b), (c); Fed. R. Crim. P. 46).
 * The legal catalog built on these shapes — which clause each kind comes from, what combinations are
 * required or invalid, which conditions are in force on a date — lives in `law/release`.
 */
import { z } from 'zod';
import { ClockTime, CourtId, Id, IsoDate, Place, UsDollars } from './primitives.ts';

const base = {
  id: Id,
  /** The words of the order that impose the condition, kept so an alert can quote it. */
  text: z.string().optional(),
  effectiveFrom: IsoDate.optional().meta({
    description: 'Defaults to the date of the order that imposed it.',
  }),
  effectiveTo: IsoDate.nullable()
    .optional()
    .meta({ description: 'Set when a later order ends the condition.' }),
};

const cond = <K extends string, S extends z.ZodRawShape>(kind: K, shape: S) =>
  z
    .object({ kind: z.literal(kind), ...base, ...shape })
    .strict()
    .meta({ id: `Condition_${kind}` });

export const AbsenceCategory = z
  .enum([
    'employment',
    'education',
    'religiousServices',
    'medical',
    'treatment',
    'attorneyVisits',
    'court',
    'courtOrderedObligations',
    'other',
  ])
  .meta({ id: 'AbsenceCategory' });
export type AbsenceCategory = z.infer<typeof AbsenceCategory>;

export const Weekday = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']).meta({ id: 'Weekday' });
export type Weekday = z.infer<typeof Weekday>;

/** A recurring window in which an approved absence is allowed (e.g. employment, Mon–Fri 08:00–18:00). */
export const AbsenceWindow = z
  .object({
    category: AbsenceCategory,
    days: z
      .array(Weekday)
      .optional()
      .meta({ description: 'Days the window applies; every day when absent.' }),
    start: ClockTime,
    end: ClockTime,
    note: z.string().optional(),
  })
  .strict()
  .meta({ id: 'AbsenceWindow' });
export type AbsenceWindow = z.infer<typeof AbsenceWindow>;

const TimeZone = z.string().min(3).meta({ description: 'IANA time zone, e.g. America/Los_Angeles.' });

export const Condition = z
  .discriminatedUnion('kind', [
    cond('noNewCrime', {}),
    cond('dnaSample', {}),
    cond('thirdPartyCustodian', { custodian: z.string().min(1) }),
    cond('employment', {}),
    cond('education', {}),
    cond('association', { restriction: z.string().min(1) }),
    cond('residence', { residence: Place }),
    cond('travel', {
      permittedDistricts: z.array(CourtId).min(1),
      purposeLimits: z
        .array(z.object({ district: CourtId, purpose: z.string().min(1) }).strict())
        .optional()
        .meta({ description: 'Districts allowed only for a purpose, e.g. court appearances.' }),
    }),
    cond('noContact', {
      persons: z
        .array(
          z
            .object({
              name: z.string().min(1),
              role: z.enum(['victim', 'witness', 'codefendant', 'other']).optional(),
            })
            .strict(),
        )
        .default([]),
      organizations: z
        .array(
          z.object({ name: z.string().min(1), members: z.enum(['present', 'presentOrFormer']) }).strict(),
        )
        .default([]),
    }),
    cond('reporting', { agency: z.string().min(1), frequency: z.string().optional() }),
    cond('curfew', {
      start: ClockTime,
      end: ClockTime,
      timeZone: TimeZone,
      days: z.array(Weekday).optional().meta({
        description: 'Days the curfew applies (a window may run past midnight); every day when absent.',
      }),
    }),
    cond('noWeapons', {}),
    cond('substances', { alcohol: z.enum(['noExcessiveUse', 'noUse']), testing: z.boolean().default(false) }),
    cond('treatment', { treatment: z.string().min(1) }),
    cond('propertyBond', {}),
    cond('suretyBond', {}),
    cond('partialCustody', { facility: Place, hours: z.string().min(1) }),
    cond('homeDetention', {
      residence: Place,
      timeZone: TimeZone,
      approvedAbsences: z.array(AbsenceCategory).default([]),
      absenceSchedule: z.array(AbsenceWindow).optional().meta({
        description: 'Recurring windows for the approved absences, when the order or the officer sets them.',
      }),
    }),
    cond('homeIncarceration', {
      residence: Place,
      timeZone: TimeZone,
      approvedAbsences: z.array(AbsenceCategory).default([]),
      absenceSchedule: z.array(AbsenceWindow).optional(),
    }),
    cond('locationMonitoring', {
      technology: z.enum(['gps', 'radioFrequency', 'voiceRecognition', 'virtualMobile', 'unspecified']),
      paidBy: z.enum(['defendant', 'court', 'unspecified']).optional(),
    }),
    cond('passportSurrender', { noNewApplication: z.boolean().default(true) }),
    cond('other', { description: z.string().min(1) }),
  ])
  .meta({ id: 'Condition', description: 'A condition of release (18 U.S.C. § 3142(b), (c)).' });
export type Condition = z.infer<typeof Condition>;
export type ConditionKind = Condition['kind'];

export const Bond = z
  .object({
    type: z.enum(['recognizance', 'unsecured', 'cash', 'property', 'surety', 'mixed']),
    amountUsd: UsDollars.nullable(),
    depositPercent: z
      .number()
      .min(0)
      .max(100)
      .optional()
      .meta({ description: 'e.g. 10 for "10% cash deposit".' }),
    security: z
      .array(
        z
          .object({
            kind: z.enum(['cash', 'realProperty', 'otherProperty']),
            description: z.string().min(1),
            owner: z.string().optional(),
            valueUsd: UsDollars.optional(),
            lienRecorded: z.boolean().optional(),
          })
          .strict(),
      )
      .default([]),
    sureties: z
      .array(
        z
          .object({
            name: z.string().min(1),
            relation: z.string().optional(),
            financiallyResponsible: z.boolean().default(true),
          })
          .strict(),
      )
      .default([]),
    status: z.enum(['set', 'partiallyMet', 'posted', 'forfeited', 'setAside', 'exonerated']).default('set'),
  })
  .strict()
  .meta({ id: 'Bond', description: 'An appearance bond (Fed. R. Crim. P. 46; § 3142(c)(1)(B)(xi), (xii)).' });
export type Bond = z.infer<typeof Bond>;
