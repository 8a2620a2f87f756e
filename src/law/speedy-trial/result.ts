/**
 * The result of the Speedy Trial engine, as zod schemas (the types are inferred from them). Every date is an
 * ISO `YYYY-MM-DD` string, so the result is plain JSON; the REST layer derives its OpenAPI from these schemas.
 */
import { z } from 'zod';
import { ExclusionKind } from '../../case/events.ts';
import { IsoDate } from '../../case/primitives.ts';
import { Flag } from './flags.ts';
import { SpeedyTrialOptions } from './options.ts';

/** An event behind a clock fact, with the docket entry and the words it was read from. */
export const EventRef = z
  .object({
    event: z.string().meta({ description: 'The event id in the case file.' }),
    kind: z.string(),
    date: IsoDate,
    entry: z
      .object({
        id: z.string(),
        number: z.number().int().nullable(),
        dateFiled: IsoDate,
        docketNumber: z
          .string()
          .optional()
          .meta({ description: 'Set when the entry is on a related docket.' }),
      })
      .strict()
      .optional(),
    quote: z.string().optional().meta({ description: 'The words of the entry that state the event.' }),
    manual: z.object({ by: z.string(), note: z.string().optional() }).strict().optional(),
    hypothetical: z.boolean().optional(),
  })
  .strict()
  .meta({ id: 'SpeedyTrialEventRef' });
export type EventRef = z.infer<typeof EventRef>;

/** One legal basis covering days of the ledger: an exclusion, or an item that does not exclude (and why). */
export const Basis = z
  .object({
    id: z.string(),
    kind: ExclusionKind,
    label: z.string(),
    citation: z
      .string()
      .meta({ description: 'The current citation, e.g. "18 U.S.C. § 3161(h)(7)(A), (B)(iv)".' }),
    citedAs: z.string().optional().meta({ description: 'The citation as the order writes it.' }),
    aoCode: z.string().nullable(),
    window: z
      .object({ from: IsoDate, to: IsoDate.nullable().meta({ description: 'Null while open-ended.' }) })
      .strict(),
    excludes: z
      .boolean()
      .meta({ description: 'False for an item that covers the days but does not exclude them.' }),
    flags: z.array(Flag),
    sources: z.array(EventRef),
    importedFrom: z
      .object({
        codefendants: z.array(z.number().int()),
        kind: ExclusionKind,
        citation: z.string(),
        aoCode: z.string().nullable(),
        label: z.string(),
      })
      .strict()
      .optional()
      .meta({ description: 'For a § 3161(h)(6) import: the co-defendants and the original basis.' }),
    waitingFor: z
      .string()
      .optional()
      .meta({ description: 'For an open window: the event that will end it.' }),
    note: z.string().optional(),
  })
  .strict()
  .meta({ id: 'SpeedyTrialBasis' });
export type Basis = z.infer<typeof Basis>;

/** Why the record cannot tell whether some days count, the entries involved, and what would settle it. */
export const UnknownItem = z
  .object({
    id: z.string(),
    cause: z
      .enum([
        'windowNotShown',
        'findingsNotShown',
        'basisNotShown',
        'entryWithoutText',
        'outsideCoverage',
        'afterReport',
        'missingEntries',
        'openMotion',
        'motionPending',
        'arrestNotShown',
      ])
      .meta({ description: 'What kind of gap in the record it is.' }),
    window: z
      .object({ from: IsoDate, to: IsoDate.nullable().meta({ description: 'Null while open-ended.' }) })
      .strict(),
    reason: z.string().meta({ description: 'Why these days are unknown.' }),
    settle: z.string().meta({ description: 'What would settle it, e.g. "read the text of order #65".' }),
    sources: z.array(EventRef).meta({ description: 'The events involved.' }),
    entries: z
      .array(z.number().int())
      .meta({ description: 'Docket entry numbers involved (missing ones included).' }),
  })
  .strict()
  .meta({ id: 'SpeedyTrialUnknown' });
export type UnknownItem = z.infer<typeof UnknownItem>;

/** A number of days the record gives only as bounds: min if every unknown day is excluded, max if each counts. */
export const DayRange = z
  .object({ min: z.number().int(), max: z.number().int() })
  .strict()
  .meta({ id: 'SpeedyTrialDayRange' });
export type DayRange = z.infer<typeof DayRange>;

export const LedgerPeriod = z
  .object({
    from: IsoDate,
    to: IsoDate,
    days: z.number().int().min(1),
    status: z.enum(['counted', 'excluded', 'unknown']).meta({
      description:
        'counted, excluded, or unknown: the record cannot tell (see `unknown` for why and what would settle it).',
    }),
    clockDays: z
      .object({ first: z.number().int(), last: z.number().int() })
      .strict()
      .nullable()
      .meta({ description: 'For a counted period: its first and last day numbers on the clock.' }),
    usedThrough: z
      .number()
      .int()
      .meta({ description: 'Days used at the end of the period (the minimum: unknown days not counted).' }),
    unknownThrough: z
      .number()
      .int()
      .optional()
      .meta({ description: 'Unknown days up to the end of the period, when there are any.' }),
    bases: z.array(Basis).meta({ description: 'What excludes these days (every basis that covers them).' }),
    notes: z.array(Basis).meta({ description: 'Items covering these days that do not exclude them.' }),
    unknown: z
      .array(UnknownItem)
      .optional()
      .meta({ description: 'For an unknown period: every gap in the record that covers it.' }),
  })
  .strict()
  .meta({ id: 'SpeedyTrialLedgerPeriod' });
export type LedgerPeriod = z.infer<typeof LedgerPeriod>;

export const LastDay = z
  .discriminatedUnion('determinate', [
    z
      .object({
        determinate: z.literal(true),
        date: IsoDate.meta({ description: 'The last day under the option lastDayRoll.' }),
        unextended: IsoDate.meta({ description: 'The day the count reaches the limit.' }),
        rolled: IsoDate.meta({
          description: 'The next day that is not a Saturday, Sunday or legal holiday.',
        }),
        lastDayRoll: z.enum(['rule45', 'none']),
        passedOver: z.array(z.object({ date: IsoDate, reasons: z.array(z.string()) }).strict()),
      })
      .strict(),
    z
      .object({
        determinate: z.literal(false),
        stoppedSince: IsoDate.meta({
          description: 'First day of the excluded stretch that has no known end.',
        }),
        waitingFor: z.array(z.string()),
      })
      .strict(),
  ])
  .meta({ id: 'SpeedyTrialLastDay' });
export type LastDay = z.infer<typeof LastDay>;

export const TriggerComponent = z
  .object({
    what: z.enum([
      'chargeFiled',
      'chargePublic',
      'firstAppearance',
      'codefendantTrigger',
      'arrest',
      'summons',
      'detention',
      'becameFinal',
      'reappearance',
      'courtFound',
    ]),
    date: IsoDate.nullable(),
    text: z.string(),
    defendant: z.number().int().optional(),
    source: EventRef.optional(),
  })
  .strict();

export const Trigger = z
  .object({
    date: IsoDate.nullable().meta({ description: 'Day 0 of the clock; null until it starts.' }),
    text: z.string(),
    components: z.array(TriggerComponent),
    own: z
      .object({ date: IsoDate.nullable(), text: z.string() })
      .strict()
      .optional()
      .meta({ description: 'The defendant’s own trigger, when the joint start differs.' }),
  })
  .strict();

export const Reading = z
  .object({
    option: z.string(),
    value: z.string(),
    trigger: IsoDate.nullable(),
    daysUsed: z.number().int(),
    daysLeft: z.number().int(),
    lastDay: LastDay.nullable(),
  })
  .strict()
  .meta({ id: 'SpeedyTrialReading', description: 'The clock under another value of an unsettled option.' });

export const Sanction = z
  .object({
    clock: z.enum(['indictment', 'trial']),
    violated: z.boolean(),
    daysOver: z.number().int().meta({
      description: 'Days used after the last day the clock shows (the rolled day under lastDayRoll=rule45).',
    }),
    daysOverRange: DayRange.optional().meta({ description: 'When some days are unknown.' }),
    dismissalMotionInRecord: z.boolean().meta({
      description:
        'Whether a motion to dismiss under § 3162 appears in this record before the clock stopped: a fact the court weighs under § 3162(a)(2), never a ruling.',
    }),
    pleaInRecord: IsoDate.optional().meta({
      description:
        'The day of a plea of guilty or nolo contendere by this defendant in the record: § 3162(a)(2), last sentence, speaks of a motion before such a plea; what follows is for the court.',
    }),
    remedy: z.string(),
    burdenNote: z.string().optional(),
    factors: z.array(
      z
        .object({
          name: z.enum(['seriousness', 'circumstances', 'reprosecutionImpact', 'prejudice']),
          input: z.string().nullable(),
          informational: z.boolean(),
        })
        .strict(),
    ),
    note: z.string(),
  })
  .strict()
  .meta({
    id: 'SpeedyTrialSanction',
    description: '§ 3162: a violation and the factors the court weighs; never a ruling.',
  });

export const ClockStatus = z.enum([
  'notStarted',
  'running',
  'stopped',
  'suspended',
  'ended',
  'met',
  'expired',
  'mayHaveRun',
]);

export const Clock = z
  .object({
    id: z.string(),
    kind: z.enum(['indictment', 'trial', 'detention']),
    title: z.string(),
    citation: z.string(),
    current: z.boolean().meta({ description: 'The clock now in force for this kind.' }),
    status: ClockStatus,
    statusText: z.string(),
    trigger: Trigger,
    limit: z.object({ days: z.number().int(), citation: z.string(), text: z.string() }).strict(),
    charges: z
      .array(z.string())
      .optional()
      .meta({ description: 'Count numbers, when the clock covers only some.' }),
    end: z
      .object({ date: IsoDate, reason: z.string(), text: z.string(), sources: z.array(EventRef) })
      .strict()
      .nullable(),
    through: IsoDate.nullable().meta({
      description: 'The last day the ledger covers (as-of date or the end).',
    }),
    calendarDays: z.number().int(),
    daysUsed: z
      .number()
      .int()
      .meta({ description: 'Days counted (the minimum when some days are unknown).' }),
    daysExcluded: z.number().int(),
    daysUnknown: z.number().int().meta({ description: 'Days the record cannot tell about.' }),
    daysLeft: z.number().int().meta({ description: 'Days left (the maximum when some days are unknown).' }),
    used: DayRange.meta({
      description: 'Days used: min if every unknown day is excluded, max if every one counts.',
    }),
    left: DayRange.meta({ description: 'Days left: min = limit − used.max, max = limit − used.min (≥ 0).' }),
    lastDay: LastDay.nullable().meta({
      description: 'The last day, counting every unknown day (the earliest it can be).',
    }),
    lastDayLatest: LastDay.nullable()
      .optional()
      .meta({ description: 'With unknown days: the last day if every one of them is excluded.' }),
    unknowns: z
      .array(UnknownItem)
      .meta({ description: 'Every gap in the record that covers days of this clock.' }),
    openExclusions: z.array(Basis).meta({ description: 'Exclusions in force on the as-of date.' }),
    ledger: z.array(LedgerPeriod),
    projection: z.array(LedgerPeriod).meta({
      description: 'After the as-of date, to the last day: known future exclusions and counted days.',
    }),
    readings: z.array(Reading),
    remedy: z.object({ citation: z.string(), text: z.string() }).strict(),
    sanction: Sanction.optional(),
  })
  .strict()
  .meta({ id: 'SpeedyTrialClock' });
export type Clock = z.infer<typeof Clock>;

export const Warning = z
  .object({
    code: z.string(),
    severity: z.enum(['info', 'warning', 'critical']),
    message: z.string(),
    defendant: z.number().int().optional(),
    clock: z.string().optional(),
    events: z.array(z.string()),
    date: IsoDate.optional(),
  })
  .strict()
  .meta({ id: 'SpeedyTrialWarning' });
export type Warning = z.infer<typeof Warning>;

export const DefendantClocks = z
  .object({
    defendant: z.number().int(),
    name: z.string(),
    custody: z.string(),
    clocks: z.array(Clock),
    earliestTrialDate: z
      .object({ date: IsoDate, text: z.string(), citation: z.string(), sources: z.array(EventRef) })
      .strict()
      .nullable(),
    joinder: z.array(
      z
        .object({
          defendant: z.number().int(),
          from: IsoDate,
          severedOn: IsoDate.nullable(),
          endedOn: z
            .object({ date: IsoDate, reason: z.enum(['guiltyPlea', 'sentencing']), event: z.string() })
            .strict()
            .nullable()
            .optional()
            .meta({
              description:
                'The last day of the joinder for trial when one of the two pleaded guilty (or nolo) or was sentenced (§ 3161(h)(6): no longer joined for trial).',
            }),
        })
        .strict(),
    ),
    warnings: z.array(Warning),
  })
  .strict()
  .meta({ id: 'SpeedyTrialDefendant' });
export type DefendantClocks = z.infer<typeof DefendantClocks>;

const ClockSummary = z
  .object({
    trigger: IsoDate.nullable(),
    status: ClockStatus,
    daysUsed: z.number().int(),
    daysLeft: z.number().int(),
    used: DayRange.optional(),
    lastDay: LastDay.nullable(),
  })
  .strict();

export const WhatIfReport = z
  .object({
    events: z.array(EventRef),
    defendants: z.array(
      z
        .object({
          defendant: z.number().int(),
          clocks: z.array(
            z
              .object({
                id: z.string(),
                kind: z.enum(['indictment', 'trial', 'detention']),
                actual: ClockSummary.nullable(),
                whatIf: ClockSummary.nullable(),
                shiftDays: z.number().int().nullable().meta({
                  description:
                    'Days the last day moves (later is positive); null if either is indeterminate.',
                }),
                projection: z.array(LedgerPeriod),
              })
              .strict(),
          ),
          warnings: z.array(Warning),
        })
        .strict(),
    ),
  })
  .strict()
  .meta({ id: 'SpeedyTrialWhatIfReport' });
export type WhatIfReport = z.infer<typeof WhatIfReport>;

export const SpeedyTrialResult = z
  .object({
    format: z.literal('pretrial.speedy-trial'),
    version: z.literal(1),
    case: z.object({ court: z.string(), docketNumber: z.string(), caption: z.string() }).strict(),
    asOf: IsoDate,
    options: SpeedyTrialOptions,
    defendants: z.array(DefendantClocks),
    warnings: z
      .array(Warning)
      .meta({ description: 'Case-level warnings (entries in error, unknown codes …).' }),
    coverage: z
      .object({
        stated: z
          .boolean()
          .meta({ description: 'False when the case file states no coverage for any source.' }),
        complete: z.boolean().meta({ description: 'True when some source states it is complete.' }),
        text: z.string(),
      })
      .strict()
      .meta({ description: 'What the record says it covers, as the engine read it.' }),
    whatIf: WhatIfReport.optional(),
  })
  .strict()
  .meta({
    id: 'SpeedyTrialResult',
    description: 'The Speedy Trial clocks of every defendant, with ledgers.',
  });
export type SpeedyTrialResult = z.infer<typeof SpeedyTrialResult>;
