export { computeSpeedyTrial, SpeedyTrialInputError, WhatIf } from './engine.ts';
export { FLAG_CODES, FLAGS, Flag, type FlagCode } from './flags.ts';
export {
  DEFAULT_OPTIONS,
  ImportReview,
  JudicialEmergency,
  SpeedyTrialOptions,
  type SpeedyTrialOptionsInput,
} from './options.ts';
export {
  Basis,
  Clock,
  DayRange,
  DefendantClocks,
  EventRef,
  LastDay,
  LedgerPeriod,
  SpeedyTrialResult,
  UnknownItem,
  Warning,
  WhatIfReport,
} from './result.ts';
export {
  AO_CODES,
  type AoCode,
  ENDS_OF_JUSTICE_FACTORS,
  EXCLUSION_RULES,
  type ExclusionRule,
  LIMITS,
  REMEDIES,
  RENUMBERING_ACT,
} from './rules.ts';
export { hypotheticalMotion } from './what-if.ts';
