import type { Event } from './api.ts';
import { dateRange, longDate, words } from './format.ts';

export type EventCategory = 'charge' | 'appearance' | 'custody' | 'motion' | 'clock' | 'trial' | 'hygiene';

const CATEGORY: Record<Event['kind'], EventCategory> = {
  complaint: 'charge',
  indictment: 'charge',
  supersedingIndictment: 'charge',
  information: 'charge',
  unsealing: 'charge',
  dismissal: 'charge',
  arrest: 'appearance',
  summons: 'appearance',
  initialAppearance: 'appearance',
  arraignment: 'appearance',
  plea: 'appearance',
  pleaWithdrawn: 'appearance',
  counselAppearance: 'appearance',
  detentionOrder: 'custody',
  releaseOrder: 'custody',
  conditionModification: 'custody',
  motionFiled: 'motion',
  motionDecided: 'motion',
  motionPending: 'motion',
  hearingHeld: 'motion',
  hearingSet: 'motion',
  deadlineSet: 'motion',
  stipulationFiled: 'motion',
  underAdvisement: 'motion',
  timeExclusion: 'clock',
  continuance: 'clock',
  speedyTrialWaiver: 'clock',
  waiver: 'appearance',
  competencyProceeding: 'clock',
  transfer: 'clock',
  transportation: 'clock',
  proceeding: 'clock',
  filing: 'motion',
  clockRestart: 'clock',
  clockStartFound: 'clock',
  excludableFinding: 'clock',
  pleaAgreementSubmitted: 'clock',
  pleaAgreementDecided: 'clock',
  severance: 'clock',
  trialStart: 'trial',
  verdict: 'trial',
  sentencing: 'trial',
  docketError: 'hygiene',
};

export const categoryOf = (e: Event): EventCategory => CATEGORY[e.kind];

/** A one-line description of an event for chips and lists. */
export function describeEvent(e: Event): string {
  switch (e.kind) {
    case 'timeExclusion':
      return `time excluded ${dateRange(e.from, e.to, e.until?.description)} (${words(e.basis)})`;
    case 'motionFiled':
      return `motion filed: ${e.title}`;
    case 'motionDecided':
      return `motion ${e.disposition}`;
    case 'plea':
      return `plea: ${words(e.plea)}${e.counts.length ? ` (counts ${e.counts.join(', ')})` : ''}`;
    case 'initialAppearance':
      return `initial appearance in ${e.district}${e.rule5c3 ? ' (Rule 5(c)(3))' : ''}`;
    case 'releaseOrder':
      return `release order${e.bond?.amountUsd ? `, $${e.bond.amountUsd.toLocaleString('en-US')} bond` : ''}, ${e.conditions.length} conditions`;
    case 'hearingSet':
      return `${words(e.hearing)} set for ${longDate(e.for)}`;
    case 'hearingHeld':
      return `${words(e.hearing)} hearing held`;
    case 'supersedingIndictment':
      return `superseding indictment ${e.designation}`;
    case 'continuance':
      return `continuance (${e.findings.status === 'onRecord' ? 'findings on record' : words(e.findings.status)})`;
    default:
      return words(e.kind);
  }
}
