/**
 * 18 U.S.C. § 3161(h)(1)(G): court’s consideration of a proposed plea agreement ((h)(1)(I) from 1979 to 2008).
 */

import type { EventOf } from '../../../case/events.ts';
import { type Ctx, type Ev, eventsOf } from '../context.ts';
import { describeDay, OPEN } from '../days.ts';
import { addWindow, openWindowWarning, type Window } from '../window.ts';
import { exclusion, STA } from './provision.ts';

export const pleaAgreementConsideration = exclusion({
  kind: 'pleaAgreementConsideration',
  label: 'Court’s consideration of a proposed plea agreement',
  citation: `${STA} 3161(h)(1)(G)`,
  formerCitations: { '1975': null, '1979-2008': '(h)(1)(I)' },
  aoCodes: [{ code: 'I', meaning: 'consideration by the court of a proposed plea agreement' }],
  text: 'delay resulting from consideration by the court of a proposed plea agreement to be entered into by the defendant and the attorney for the Government',
  automatic: true,
  period:
    'submission of the proposed agreement to the court through acceptance, rejection or deferral (negotiations are not covered)',
  inForce: { from: null, to: null },
  docketCites: { current: '1G', before2008: '1I' },
  parameters: [],
});

/**
 * (h)(1)(G) "delay resulting from consideration by the court of a proposed plea agreement": from submission to
 * the court through acceptance, rejection or deferral. Negotiations before that are not covered (docs/speedy-trial.md, "Plea negotiations").
 *
 * The ruling is often not a docket entry of its own. Under Fed. R. Crim. P. 11(c)(3)(A) the court accepts the
 * agreement, rejects it or defers its decision until it has reviewed the presentence report; it does one of the
 * three when it accepts the defendant's guilty (or nolo) plea under the agreement, and it must have accepted or
 * rejected the agreement by sentencing (Rule 11(c)(4)–(5)). So the consideration ends, at the latest, on the first
 * of: a ruling on the agreement, a guilty or nolo plea of the defendant it concerns, his sentencing.
 */
export function pleaAgreementWindows(ctx: Ctx, out: Window[]): void {
  const rulings = new Map<string, Ev<EventOf<'pleaAgreementDecided'>>>();
  for (const ev of eventsOf(ctx, 'pleaAgreementDecided')) {
    if (!rulings.has(ev.e.agreement)) rulings.set(ev.e.agreement, ev);
  }
  const ends: Ev[] = [
    ...eventsOf(ctx, 'plea').filter((p) => p.e.plea !== 'notGuilty'),
    ...eventsOf(ctx, 'sentencing'),
  ].sort((a, b) => a.day - b.day || a.seq - b.seq);
  for (const ev of eventsOf(ctx, 'pleaAgreementSubmitted')) {
    const ruling: Ev | undefined =
      rulings.get(ev.e.id) ??
      ends.find((x) => x.day >= ev.day && x.e.defendants.some((d) => ev.e.defendants.includes(d)));
    const waitingFor = 'the court’s ruling on the plea agreement';
    const byPlea = ruling !== undefined && ruling.e.kind !== 'pleaAgreementDecided';
    addWindow(out, ctx, {
      kind: 'pleaAgreementConsideration',
      from: ev.day,
      to: ruling ? ruling.day : OPEN,
      excludes: true,
      defendants: ev.e.defendants,
      sources: ruling ? [ev, ruling] : [ev],
      part: 'h1G',
      ...(byPlea
        ? {
            note: `No separate ruling on the agreement is on the docket: the court's consideration ends with the ${ruling.e.kind === 'plea' ? 'guilty plea it accepted' : 'sentencing'} ${describeDay(ruling.day)} (Fed. R. Crim. P. 11(c)(3)(A), (c)(4)).`,
          }
        : {}),
      ...(ruling ? {} : { waitingFor }),
    });
    if (!ruling)
      openWindowWarning(
        ctx,
        ev,
        'the court’s consideration of the plea agreement',
        waitingFor,
        ev.e.defendants,
      );
  }
}
