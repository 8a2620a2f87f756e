/**
 * A running offense level for one unit (a count, a victim treated as a count, a group), with one step per
 * provision considered: `add` (applied), `skip` (not applicable, with the reason), `setTo`, `floorAt`.
 */
import { type GuidelineStep, type Stage, signed, step, type Trail } from './trace.ts';

export interface Calc {
  trail: Trail;
  stage: Stage;
  unit: string;
  level: number;
}

export function setTo(
  c: Calc,
  citation: string,
  title: string,
  level: number,
  text: string,
  facts: string[] = [],
) {
  // A base level starts the count: it has no change of its own.
  const change = c.level === 0 ? undefined : level - c.level;
  c.level = level;
  return step(c.trail, {
    stage: c.stage,
    citation,
    title,
    status: 'applied',
    ...(change !== undefined ? { change } : {}),
    levelAfter: level,
    unit: c.unit,
    facts,
    text,
  });
}

export function add(
  c: Calc,
  citation: string,
  title: string,
  change: number,
  text: string,
  facts: string[] = [],
) {
  c.level += change;
  return step(c.trail, {
    stage: c.stage,
    citation,
    title,
    status: 'applied',
    change,
    levelAfter: c.level,
    unit: c.unit,
    facts,
    text: text || `${title}: ${signed(change)}`,
  });
}

export function skip(
  c: Calc,
  citation: string,
  title: string,
  text: string,
  facts: string[] = [],
): GuidelineStep {
  return step(c.trail, {
    stage: c.stage,
    citation,
    title,
    status: 'notApplicable',
    unit: c.unit,
    facts,
    text,
  });
}

export function notComputed(c: Calc, citation: string, title: string, text: string, facts: string[] = []) {
  return step(c.trail, { stage: c.stage, citation, title, status: 'notComputed', unit: c.unit, facts, text });
}

export function info(c: Calc, citation: string, title: string, text: string, facts: string[] = []) {
  return step(c.trail, { stage: c.stage, citation, title, status: 'info', unit: c.unit, facts, text });
}

/** "If the resulting offense level is less than level X, increase to level X", right after the SOC. */
export function floorAt(c: Calc, citation: string, min: number) {
  if (c.level < min)
    setTo(
      c,
      citation,
      `floor of level ${min}`,
      min,
      `the resulting level is below ${min}: increased to ${min}`,
    );
}

/** One SOC: applied with `change` levels when `applies`, else listed as not applicable with `why`. */
export function soc(
  c: Calc,
  citation: string,
  title: string,
  applies: boolean | undefined,
  change: number,
  facts: string[],
  why = 'the facts recorded do not show it',
) {
  if (applies) return add(c, citation, title, change, `${title}: ${signed(change)}`, facts);
  return skip(c, citation, title, applies === undefined ? `not recorded: ${why}` : why, facts);
}
