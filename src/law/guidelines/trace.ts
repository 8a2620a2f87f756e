/**
 * The trail of a Guidelines computation (docs/guidelines.md, "The trail"): every guideline considered is one
 * step — applied (with the levels it adds or removes and the level after it), not applicable (and why),
 * disputed, or not computed — with its section and application note, the Manual edition and the facts read.
 */
import type { Edition } from './editions.ts';

export type Stage =
  | 'manual'
  | 'chapter2'
  | 'chapter3'
  | 'grouping'
  | 'acceptance'
  | 'chapter4'
  | 'table'
  | 'chapter5';

export type StepStatus = 'applied' | 'notApplicable' | 'disputed' | 'notComputed' | 'info';

export interface GuidelineStep {
  stage: Stage;
  /** The section, subsection and application note, as the Manual cites them: "§ 2G1.1(b)(1)". */
  citation: string;
  title: string;
  status: StepStatus;
  /** Levels added (positive) or removed (negative). */
  change?: number;
  /** The level after the step, when the step acts on an offense level. */
  levelAfter?: number;
  /** The count, victim or group the step is about. */
  unit?: string;
  /** The facts read, each with its source. */
  facts: string[];
  /** Why, in a sentence a reader can quote. */
  text: string;
  edition: number;
}

/** A builder for the steps of one unit (a count, a victim, the combined level). */
export interface Trail {
  steps: GuidelineStep[];
  edition: Edition;
}

export function step(
  trail: Trail,
  s: Omit<GuidelineStep, 'edition' | 'facts'> & { facts?: string[] },
): GuidelineStep {
  const full: GuidelineStep = { ...s, facts: s.facts ?? [], edition: trail.edition.year };
  trail.steps.push(full);
  return full;
}

/** "+2", "−3", "0". */
export const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');
