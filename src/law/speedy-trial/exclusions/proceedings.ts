/**
 * The windows of proceedings, read from events by the provision modules of § 3161(h)(1)–(4) and (h)(8):
 * competency and incompetence, transfer and removal, transportation, the court's consideration of a plea
 * agreement, and the periods of a `proceeding` event (other trial, interlocutory appeal, deferred prosecution,
 * absence, unavailability, foreign evidence, other), each sent to the provision it names.
 */
import type { EventOf } from '../../../case/events.ts';
import { type Ctx, type Ev, eventsOf } from '../context.ts';
import { otherProceedingWindows } from '../provisions/3161-h-1.ts';
import { competencyWindows } from '../provisions/3161-h-1-A.ts';
import { otherTrialWindows } from '../provisions/3161-h-1-B.ts';
import { interlocutoryAppealWindows } from '../provisions/3161-h-1-C.ts';
import { transferWindows } from '../provisions/3161-h-1-E.ts';
import { transportationEventWindows } from '../provisions/3161-h-1-F.ts';
import { pleaAgreementWindows } from '../provisions/3161-h-1-G.ts';
import { deferredProsecutionWindows } from '../provisions/3161-h-2.ts';
import { absenceWindows } from '../provisions/3161-h-3.ts';
import { foreignEvidenceRequestWindows } from '../provisions/3161-h-8.ts';
import type { Window } from '../window.ts';

type ProceedingWindows = (ctx: Ctx, ev: Ev<EventOf<'proceeding'>>, out: Window[]) => void;

/** The provision each kind of `proceeding` event names. */
const PROCEEDING_WINDOWS: Readonly<Record<EventOf<'proceeding'>['proceeding'], ProceedingWindows>> = {
  otherTrial: otherTrialWindows,
  interlocutoryAppeal: interlocutoryAppealWindows,
  deferredProsecution: deferredProsecutionWindows,
  absence: absenceWindows,
  unavailability: absenceWindows,
  foreignEvidenceRequest: foreignEvidenceRequestWindows,
  other: otherProceedingWindows,
};

/** The windows of proceedings concerning the defendants. */
export function proceedingWindows(ctx: Ctx): Window[] {
  const out: Window[] = [];
  competencyWindows(ctx, out);
  transferWindows(ctx, out);
  transportationEventWindows(ctx, out);
  pleaAgreementWindows(ctx, out);
  for (const ev of eventsOf(ctx, 'proceeding')) PROCEEDING_WINDOWS[ev.e.proceeding](ctx, ev, out);
  return out;
}
