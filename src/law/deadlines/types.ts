import type { TraceStep } from '../calendar/index.ts';
import type { DefendantFacts } from './facts.ts';

export type DeadlineStatus = 'upcoming' | 'dueToday' | 'passed' | 'met' | 'moot';

/**
 * `preliminaryHearingReleased` — Rule 5.1(c) allows 21 days for a defendant not in custody, 18 U.S.C. § 3060(b)(2)
 * 20 (docs/deadlines.md, "The catalog"): `earlier` (default) reports the 20th day and shows the Rule's date beside it.
 */
export interface DeadlineOptions {
  preliminaryHearingReleased: 'earlier' | 'rule' | 'statute';
  observedDays: 'observedCounts' | 'actualDayOnly';
}

export const DEFAULT_DEADLINE_OPTIONS: DeadlineOptions = {
  preliminaryHearingReleased: 'earlier',
  observedDays: 'observedCounts',
};

/** How a rule counts: a date the court fixed, Rule 45(a) days forward or backward, business days (a statute's own method), or years. */
export type Counting =
  | { method: 'fixed' }
  | { method: 'rule45'; days: number; direction: 'forward' | 'backward' }
  | { method: 'businessDays'; days: number }
  | { method: 'years'; years: number };

/** What set a deadline off, or met or ended it: an event of the case, or another record (a plea offer). */
export interface RecordRef {
  id: string;
  kind: string;
  date: string;
}

/** What a rule proposes from one trigger, before the engine computes the date and the status. */
export interface Draft {
  defendant: number;
  /** Overrides the rule's title and citation (a court-fixed date names what is due and the rule it is set under). */
  title?: string;
  citation?: string;
  trigger: RecordRef;
  /** The day counting starts from (usually the trigger's date; a hearing's date for periods before it). */
  from: string;
  counting: Counting;
  /** A later event that satisfies the deadline if dated on or before the due date. */
  satisfiedBy?: RecordRef;
  /** A later event that makes the deadline unnecessary (e.g. an indictment ends the need for a preliminary hearing). */
  moot?: { event: RecordRef; reason: string };
  notes: string[];
  /** The record already says why the date passed (e.g. an offer marked lapsed): no warning when it has. */
  passedKnown?: string;
  /** Other dates the law may give for the same requirement, each with its source. */
  alternatives?: Array<{ label: string; counting: Counting; from?: string }>;
  /**
   * The record lacks the event the period runs from (the judgment's entry, the order on a pending motion):
   * the date is the earliest it can be, said why, and never reported as missed.
   */
  provisional?: string;
  /** The due date is the earlier of the computed date and this one (e.g. "but no later than 14 days before trial"). */
  capAt?: { label: string; from: string; counting: Counting };
}

export interface DeadlineRule {
  id: string;
  title: string;
  citation: string;
  /** The words of the rule or statute. */
  text: string;
  generate(facts: DefendantFacts, options: DeadlineOptions): Draft[];
}

export interface Deadline {
  id: string;
  ruleId: string;
  title: string;
  citation: string;
  text: string;
  defendant: number;
  trigger: { eventId: string; kind: string; date: string };
  due: string;
  status: DeadlineStatus;
  /** Calendar days from the as-of date to the due date (negative once passed). */
  daysLeft: number;
  satisfiedBy?: { eventId: string; date: string };
  moot?: { eventId: string; date: string; reason: string };
  notes: string[];
  alternatives: Array<{ label: string; date: string }>;
  /** Set when the record lacks the event the period runs from: the date is provisional, never a miss. */
  provisional?: string;
  trace: TraceStep[];
}

export interface DeadlineReport {
  asOf: string;
  options: DeadlineOptions;
  deadlines: Deadline[];
  warnings: string[];
}
