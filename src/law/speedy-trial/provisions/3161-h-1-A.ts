/**
 * 18 U.S.C. § 3161(h)(1)(A): competency or capacity proceeding.
 */

import type { EventOf } from '../../../case/events.ts';
import { type Ctx, type Ev, eventsOf } from '../context.ts';
import { type Day, describeDay, OPEN } from '../days.ts';
import { addWindow, openWindowWarning, type Window } from '../window.ts';
import { exclusion, STA } from './provision.ts';

export const competencyExam = exclusion({
  kind: 'competencyExam',
  label: 'Competency or capacity proceeding',
  citation: `${STA} 3161(h)(1)(A)`,
  formerCitations: { '1975': '(h)(1)(A)', '1979-2008': '(h)(1)(A)' },
  aoCodes: [{ code: 'A', meaning: 'examination or hearing on mental competency or physical capacity' }],
  text: 'delay resulting from any proceeding, including any examinations, to determine the mental competency or physical capacity of the defendant',
  automatic: true,
  period: 'from the motion or order for the examination through the competency determination',
  inForce: { from: null, to: null },
  docketCites: { current: '1A', before2008: '1A' },
  parameters: [],
});

/**
 * An examination under 18 U.S.C. § 4242 asks whether the defendant was insane at the time of the offense, not
 * whether he can stand trial: no competency determination follows it. Its proceeding ends when the examiner's
 * report is filed with the court (§ 4247(c)).
 */
const SANITY_EXAM = /§\s*4242\b/;
const SANITY_NOTE =
  'An examination of the defendant’s mental condition at the time of the offense, ordered under 18 U.S.C. § 4242: excluded as a proceeding "including any examinations" concerning the defendant’s mental condition (§ 3161(h)(1)(A)) — the (h)(1) list is "not limited to" its subparagraphs — from the motion for the examination through the filing of the examiner’s report (§ 4247(c)).';

/**
 * (h)(1)(A) "delay resulting from any proceeding, including any examinations, to determine the mental
 * competency or physical capacity of the defendant": from the first step (motion, order, examination …)
 * through the determination — for a § 4242 examination, through the report. A proceeding still open when trial
 * begins ends that day at the latest: a trial under way presupposes a defendant able to stand trial.
 * (h)(4) "delay resulting from the fact that the defendant is mentally incompetent or physically unable to stand
 * trial": from a finding of incompetence through the finding of restoration.
 */
export function competencyWindows(ctx: Ctx, out: Window[]): void {
  const perDefendant = new Map<number, Array<Ev<EventOf<'competencyProceeding'>>>>();
  for (const ev of eventsOf(ctx, 'competencyProceeding')) {
    for (const d of ev.e.defendants) perDefendant.set(d, [...(perDefendant.get(d) ?? []), ev]);
  }
  for (const [d, list] of perDefendant) {
    let exam: Array<Ev<EventOf<'competencyProceeding'>>> | null = null;
    let incompetent: Ev | null = null;
    let sanityReportOn: Day | null = null;
    for (const ev of list) {
      const { phase, result } = ev.e;
      if (incompetent) {
        if (phase === 'determination' && (result === 'restored' || result === 'competent')) {
          addWindow(out, ctx, {
            kind: 'incompetence',
            from: incompetent.day,
            to: ev.day,
            excludes: true,
            defendants: [d],
            sources: [incompetent, ev],
            part: `h4-${d}`,
          });
          incompetent = null;
        }
        continue;
      }
      if (phase !== 'determination') {
        // A second copy of the report filed the day the § 4242 proceeding closed opens nothing new.
        if (!exam && phase === 'report' && ev.day === sanityReportOn) continue;
        if (!exam) exam = [ev];
        else exam.push(ev);
        if (phase === 'report' && exam.some((s) => SANITY_EXAM.test(s.e.statute ?? ''))) {
          addWindow(out, ctx, {
            kind: 'competencyExam',
            from: exam[0]!.day,
            to: ev.day,
            excludes: true,
            defendants: [d],
            sources: exam,
            part: `h1A-${d}`,
            label: 'Mental examination (18 U.S.C. § 4242)',
            note: SANITY_NOTE,
          });
          sanityReportOn = ev.day;
          exam = null;
        }
        continue;
      }
      const steps: Ev[] = exam ?? [];
      addWindow(out, ctx, {
        kind: 'competencyExam',
        from: steps[0]?.day ?? ev.day,
        to: ev.day,
        excludes: true,
        defendants: [d],
        sources: [...steps, ev],
        part: `h1A-${d}`,
      });
      exam = null;
      if (result === 'incompetent') incompetent = ev;
    }
    if (exam?.[0]) {
      const first = exam[0];
      const sanity = exam.some((s) => SANITY_EXAM.test(s.e.statute ?? ''));
      const trial = eventsOf(ctx, 'trialStart').find((t) => t.e.defendants.includes(d) && t.day >= first.day);
      const waitingFor = sanity ? 'the examiner’s report' : 'the competency determination';
      addWindow(out, ctx, {
        kind: 'competencyExam',
        from: first.day,
        to: trial ? trial.day : OPEN,
        excludes: true,
        defendants: [d],
        sources: trial ? [...exam, trial] : exam,
        part: `h1A-${d}`,
        ...(sanity ? { label: 'Mental examination (18 U.S.C. § 4242)' } : {}),
        ...(trial
          ? {
              note: `No ${sanity ? 'report' : 'determination'} on the record; the proceeding is taken to have ended at the latest when trial began, ${describeDay(trial.day)}.`,
            }
          : { waitingFor }),
      });
      if (!trial) openWindowWarning(ctx, first, 'the competency proceeding', waitingFor, [d]);
    }
    if (incompetent) {
      const waitingFor = 'a finding that competency is restored';
      addWindow(out, ctx, {
        kind: 'incompetence',
        from: incompetent.day,
        to: OPEN,
        excludes: true,
        defendants: [d],
        sources: [incompetent],
        part: `h4-${d}`,
        waitingFor,
      });
      openWindowWarning(ctx, incompetent, 'the period of incompetence', waitingFor, [d]);
    }
  }
}
