/**
 * The deadline catalogue (pretrial-rules spec § 3): each rule quotes its text, says what triggers it and how
 * the period is counted, and what satisfies it or makes it moot. Dates are computed by the engine
 * (`compute.ts`) with the legal calendar, so every date carries a trace.
 */
import type { Event, EventOf } from '../../case/index.ts';
import { type DefendantFacts, firstFormalCharge, inCustodyOn, ofKind } from './facts.ts';
import type { DeadlineRule, Draft } from './types.ts';

const after = (e: Event, date: string) => e.date >= date;

/**
 * Fed. R. Crim. P. 5.1(c): "The magistrate judge must hold the preliminary hearing within a reasonable time, but
 * no later than 14 days after the initial appearance if the defendant is in custody and no later than 21 days
 * if not in custody." 18 U.S.C. § 3060(b): "(1) the fourteenth day following the date of the initial appearance
 * … if the arrested person is held in custody …; or (2) the twentieth day following the date of the initial
 * appearance if the arrested person is released from custody …". No hearing is required once the defendant is
 * indicted or an information is filed, or if the defendant waives it (Rule 5.1(a); § 3060(e)).
 */
export const preliminaryHearing: DeadlineRule = {
  id: 'preliminary-hearing',
  title: 'Preliminary hearing',
  citation: 'Fed. R. Crim. P. 5.1(c); 18 U.S.C. § 3060(b)',
  text: 'The magistrate judge must hold the preliminary hearing within a reasonable time, but no later than 14 days after the initial appearance if the defendant is in custody and no later than 21 days if not in custody.',
  generate(f, options) {
    const complaint = ofKind(f, 'complaint')[0];
    const appearance = ofKind(f, 'initialAppearance')[0];
    if (!complaint || !appearance) return [];
    const formal = firstFormalCharge(f);
    if (formal && formal.date <= appearance.date) return []; // indicted first: Rule 5.1(a)(2)
    const custody = inCustodyOn(f, appearance.date);
    const waiver = ofKind(f, 'waiver').find(
      (w) => w.of === 'preliminaryHearing' && after(w, appearance.date),
    );
    const held = ofKind(f, 'hearingHeld').find(
      (h) => h.hearing === 'preliminary' && after(h, appearance.date),
    );
    const draft: Draft = {
      defendant: f.defendant,
      trigger: appearance,
      from: appearance.date,
      counting: { method: 'rule45', days: 14, direction: 'forward' },
      ...(held ? { satisfiedBy: held } : {}),
      notes: [
        custody
          ? 'In custody at the initial appearance: 14 days under both Rule 5.1(c) and § 3060(b)(1).'
          : 'Released at the initial appearance: Rule 5.1(c) allows 21 days, § 3060(b)(2) 20.',
      ],
    };
    if (appearance.kind === 'initialAppearance' && appearance.rule5c3) {
      draft.notes.push(
        'The initial appearance was under Rule 5(c)(3) in the district of arrest; the hearing may be held there or in the charging district (Rule 5(c)(3)(C)).',
      );
    }
    if (!custody) {
      const option = options.preliminaryHearingReleased;
      const days = option === 'rule' ? 21 : 20;
      draft.counting = { method: 'rule45', days, direction: 'forward' };
      draft.alternatives =
        option === 'rule'
          ? [
              {
                label: '18 U.S.C. § 3060(b)(2): the twentieth day',
                counting: { method: 'rule45', days: 20, direction: 'forward' },
              },
            ]
          : [
              {
                label: 'Fed. R. Crim. P. 5.1(c): 21 days',
                counting: { method: 'rule45', days: 21, direction: 'forward' },
              },
            ];
      draft.notes.push(`Option preliminaryHearingReleased = ${option}.`);
    }
    if (waiver) draft.moot = { event: waiver, reason: 'preliminary hearing waived (Rule 5.1(a)(1))' };
    else if (formal)
      draft.moot = {
        event: formal,
        reason: `${formal.kind === 'information' ? 'information filed' : 'indicted'} (Rule 5.1(a)(2)–(3); § 3060(e))`,
      };
    return [draft];
  },
};

/**
 * 18 U.S.C. § 3142(f): "The hearing shall be held immediately upon the person's first appearance before the
 * judicial officer unless that person, or the attorney for the Government, seeks a continuance. Except for good
 * cause, a continuance on motion of such person may not exceed five days (not including any intermediate
 * Saturday, Sunday, or legal holiday), and a continuance on motion of the attorney for the Government may not
 * exceed three days (not including any intermediate Saturday, Sunday, or legal holiday)." The statute's own
 * count: business days after the first appearance (pretrial-rules spec § 1.6).
 */
function detentionHearingRule(side: 'defendant' | 'government'): DeadlineRule {
  const days = side === 'defendant' ? 5 : 3;
  return {
    id: `detention-hearing-${side}-continuance`,
    title: `Detention hearing, if continued on the ${side === 'defendant' ? "defendant's" : "Government's"} motion`,
    citation: '18 U.S.C. § 3142(f)',
    text: `Except for good cause, a continuance on motion of ${side === 'defendant' ? 'such person may not exceed five days' : 'the attorney for the Government may not exceed three days'} (not including any intermediate Saturday, Sunday, or legal holiday).`,
    generate(f) {
      const out: Draft[] = [];
      for (const motion of ofKind(f, 'motionFiled')) {
        if (motion.motion !== 'detention' || motion.movant === 'defendant') continue;
        const appearance = ofKind(f, 'initialAppearance')
          .filter((a) => a.date <= motion.date)
          .at(-1);
        if (!appearance) continue;
        const heard = ofKind(f, 'hearingHeld').find(
          (h) => h.hearing === 'detention' && after(h, appearance.date),
        );
        const decided = ofKind(f, 'motionDecided').find((d) => d.motion === motion.id);
        const satisfiedBy = [heard, decided]
          .filter((e): e is EventOf<'hearingHeld'> | EventOf<'motionDecided'> => !!e)
          .sort((a, b) => (a.date < b.date ? -1 : 1))[0];
        out.push({
          defendant: f.defendant,
          trigger: appearance,
          from: appearance.date,
          counting: { method: 'businessDays', days },
          ...(satisfiedBy ? { satisfiedBy } : {}),
          notes: [
            `Government motion for detention: ${motion.title}. A continuance beyond this limit needs good cause, recorded with its source.`,
          ],
        });
      }
      return out;
    },
  };
}

/**
 * 18 U.S.C. § 3142(d): temporary detention "for a period of not more than ten days, excluding Saturdays, Sundays,
 * and holidays", so that the other authority can take the person into custody.
 */
export const temporaryDetention: DeadlineRule = {
  id: 'temporary-detention',
  title: 'End of temporary detention',
  citation: '18 U.S.C. § 3142(d)',
  text: 'the judicial officer shall order the detention of such person, for a period of not more than ten days, excluding Saturdays, Sundays, and holidays',
  generate(f) {
    return ofKind(f, 'detentionOrder')
      .filter((d) => d.temporary)
      .map((order) => {
        const next = f.events.find(
          (e) =>
            e.date >= order.date &&
            e !== order &&
            (e.kind === 'releaseOrder' || (e.kind === 'detentionOrder' && !e.temporary)),
        );
        return {
          defendant: f.defendant,
          trigger: order,
          from: order.date,
          counting: { method: 'businessDays', days: 10 },
          ...(next ? { satisfiedBy: next } : {}),
          notes: [
            'The statute counts its own way (Saturdays, Sundays and holidays excluded); Rule 45(a) does not govern.',
          ],
        };
      });
  },
};

/** Fed. R. Crim. P. 47(c): "A party must serve a written motion … at least 7 days before the hearing date, unless a rule or court order sets a different period." */
export const motionServiceBeforeHearing: DeadlineRule = {
  id: 'motion-service-before-hearing',
  title: 'Serve motion papers before the hearing',
  citation: 'Fed. R. Crim. P. 47(c)',
  text: 'A party must serve a written motion—other than one that the court may hear ex parte—and any hearing notice at least 7 days before the hearing date, unless a rule or court order sets a different period.',
  generate(f) {
    return ofKind(f, 'hearingSet')
      .filter((h) => h.hearing === 'motion' || h.hearing === 'suppression')
      .map((h) => ({
        defendant: f.defendant,
        trigger: h,
        from: h.for,
        counting: { method: 'rule45', days: 7, direction: 'backward' },
        notes: [`Hearing set for ${h.for}; counted backward from the hearing date (Rule 45(a)(5)).`],
      }));
  },
};

/** Fed. R. Crim. P. 32(e)(2): the presentence report to the parties "at least 35 days before sentencing unless the defendant waives this minimum period"; 32(g): the final report and addendum "at least 7 days before sentencing". */
export const presentenceReport: DeadlineRule = {
  id: 'presentence-report',
  title: 'Presentence report to the parties',
  citation: 'Fed. R. Crim. P. 32(e)(2), (g)',
  text: 'The probation officer must give the presentence report to the defendant, the defendant’s attorney, and an attorney for the government at least 35 days before sentencing unless the defendant waives this minimum period.',
  generate(f) {
    return ofKind(f, 'hearingSet')
      .filter((h) => h.hearing === 'sentencing')
      .flatMap((h) => [
        {
          defendant: f.defendant,
          trigger: h,
          from: h.for,
          counting: { method: 'rule45', days: 35, direction: 'backward' },
          notes: ['Rule 32(e)(2): initial report, 35 days before sentencing.'],
        },
        {
          defendant: f.defendant,
          trigger: h,
          from: h.for,
          counting: { method: 'rule45', days: 7, direction: 'backward' },
          notes: ['Rule 32(g): final report and addendum, 7 days before sentencing.'],
        },
      ]);
  },
};

const guiltyVerdicts = (f: DefendantFacts) =>
  ofKind(f, 'verdict').filter((v) => v.results.some((r) => r.result === 'guilty'));

/** Fed. R. Crim. P. 29(c)(1): "A defendant may move for a judgment of acquittal, or renew such a motion, within 14 days after a guilty verdict or after the court discharges the jury, whichever is later." */
export const acquittalMotion: DeadlineRule = {
  id: 'rule29-acquittal',
  title: 'Motion for judgment of acquittal',
  citation: 'Fed. R. Crim. P. 29(c)(1)',
  text: 'A defendant may move for a judgment of acquittal, or renew such a motion, within 14 days after a guilty verdict or after the court discharges the jury, whichever is later.',
  generate: (f) =>
    guiltyVerdicts(f).map((v) => ({
      defendant: f.defendant,
      trigger: v,
      from: v.date,
      counting: { method: 'rule45', days: 14, direction: 'forward' },
      notes: ['Counted from the verdict; if the jury was discharged later, count from that day.'],
    })),
};

/** Fed. R. Crim. P. 33(b): "(1) Newly Discovered Evidence. Any motion for a new trial grounded on newly discovered evidence must be filed within 3 years after the verdict or finding of guilty. … (2) Other Grounds. Any motion for a new trial grounded on any reason other than newly discovered evidence must be filed within 14 days after the verdict or finding of guilty." */
export const newTrialMotion: DeadlineRule = {
  id: 'rule33-new-trial',
  title: 'Motion for a new trial',
  citation: 'Fed. R. Crim. P. 33(b)',
  text: 'Any motion for a new trial grounded on any reason other than newly discovered evidence must be filed within 14 days after the verdict or finding of guilty.',
  generate: (f) =>
    guiltyVerdicts(f).map((v) => ({
      defendant: f.defendant,
      trigger: v,
      from: v.date,
      counting: { method: 'rule45', days: 14, direction: 'forward' },
      notes: ['Rule 33(b)(2): grounds other than newly discovered evidence.'],
      alternatives: [
        {
          label: 'Rule 33(b)(1): newly discovered evidence, within 3 years',
          counting: { method: 'years', years: 3 },
        },
      ],
    })),
};

/** Fed. R. Crim. P. 34(b): "The defendant must move to arrest judgment within 14 days after the court accepts a verdict or finding of guilty, or after a plea of guilty or nolo contendere." */
export const arrestOfJudgment: DeadlineRule = {
  id: 'rule34-arrest-judgment',
  title: 'Motion to arrest judgment',
  citation: 'Fed. R. Crim. P. 34(b)',
  text: 'The defendant must move to arrest judgment within 14 days after the court accepts a verdict or finding of guilty, or after a plea of guilty or nolo contendere.',
  generate: (f) =>
    [...guiltyVerdicts(f), ...ofKind(f, 'plea').filter((p) => p.plea !== 'notGuilty')].map((e) => ({
      defendant: f.defendant,
      trigger: e,
      from: e.date,
      counting: { method: 'rule45', days: 14, direction: 'forward' },
      notes: [],
    })),
};

/** Fed. R. Crim. P. 35(a): "Within 14 days after sentencing, the court may correct a sentence that resulted from arithmetical, technical, or other clear error." 45(b)(2): no extension. */
export const correctSentence: DeadlineRule = {
  id: 'rule35a-correction',
  title: 'Correction of a clear error in the sentence',
  citation: 'Fed. R. Crim. P. 35(a)',
  text: 'Within 14 days after sentencing, the court may correct a sentence that resulted from arithmetical, technical, or other clear error.',
  generate: (f) =>
    ofKind(f, 'sentencing').map((s) => ({
      defendant: f.defendant,
      trigger: s,
      from: s.date,
      counting: { method: 'rule45', days: 14, direction: 'forward' },
      notes: ['Rule 45(b)(2): the court may not extend this time.'],
    })),
};

/** Fed. R. App. P. 4(b)(1)(A): "In a criminal case, a defendant's notice of appeal must be filed in the district court within 14 days after the later of: (i) the entry of either the judgment or the order being appealed; or (ii) the filing of the government's notice of appeal." */
export const noticeOfAppeal: DeadlineRule = {
  id: 'frap4b-notice-of-appeal',
  title: "Defendant's notice of appeal",
  citation: 'Fed. R. App. P. 4(b)(1)(A)',
  text: "In a criminal case, a defendant's notice of appeal must be filed in the district court within 14 days after the later of: (i) the entry of either the judgment or the order being appealed; or (ii) the filing of the government's notice of appeal.",
  generate: (f) =>
    ofKind(f, 'sentencing').map((s) => ({
      defendant: f.defendant,
      trigger: s,
      from: s.date,
      counting: { method: 'rule45', days: 14, direction: 'forward' },
      notes: [
        'Counted from sentencing; the period runs from the entry of the judgment, usually a few days later — check the judgment entry. FRAP 26(a) counts as Rule 45(a) does.',
      ],
    })),
};

/**
 * Dates the court fixes ("motions due by …", Rule 12(c)(1): the court "may … set a deadline for the parties to
 * make pretrial motions"). A fixed date is shown as the order states it, never computed or rolled.
 */
export const courtFixedDates: DeadlineRule = {
  id: 'court-fixed-date',
  title: 'Date fixed by the court',
  citation: 'court order',
  text: 'A date set by the court’s order.',
  generate: (f) =>
    ofKind(f, 'deadlineSet').map((d) => ({
      defendant: f.defendant,
      title: d.title,
      citation: d.citation ? `${d.citation} (order of ${d.date})` : `order of ${d.date}`,
      trigger: d,
      from: d.due,
      counting: { method: 'fixed' },
      notes: ['Fixed by the court; not a computed period.'],
    })),
};

/**
 * A plea offer's deadline to accept, as the offer states it. Missouri v. Frye, 566 U.S. 134, 145 (2012): "as a
 * general rule, defense counsel has the duty to communicate formal offers from the prosecution to accept a plea on
 * terms and conditions that may be favorable to the accused" — an offer that lapses uncommunicated can be
 * ineffective assistance, so its expiry belongs on the deadline list. The offer's status on the as-of date decides:
 * accepted → met; rejected, withdrawn or superseded → moot; open or lapsed → the date stands.
 */
export const pleaOfferExpiry: DeadlineRule = {
  id: 'plea-offer-expiry',
  title: 'Deadline to accept a plea offer',
  citation: "the offer's terms; Missouri v. Frye, 566 U.S. 134 (2012)",
  text: 'Defense counsel has the duty to communicate formal offers from the prosecution to accept a plea on terms and conditions that may be favorable to the accused.',
  generate(f) {
    const out: Draft[] = [];
    for (const offer of f.file.pleaOffers) {
      if (offer.defendant !== f.defendant || !offer.expires || offer.madeOn > f.asOf) continue;
      const trigger = { id: offer.id, kind: 'pleaOffer', date: offer.madeOn };
      const decided = offer.statusOn !== undefined && offer.statusOn <= f.asOf ? offer.status : 'open';
      const change = { id: offer.id, kind: `pleaOffer ${decided}`, date: offer.statusOn ?? offer.madeOn };
      const time = offer.expires.time
        ? ` at ${offer.expires.time}${offer.expires.timeZone ? ` (${offer.expires.timeZone})` : ''}`
        : '';
      out.push({
        defendant: f.defendant,
        title: `Deadline to accept plea offer ${offer.id}`,
        trigger,
        from: offer.expires.date,
        counting: { method: 'fixed' },
        ...(decided === 'accepted' ? { satisfiedBy: change } : {}),
        ...(decided === 'rejected' || decided === 'withdrawn' || decided === 'superseded'
          ? { moot: { event: change, reason: `offer ${decided}` } }
          : {}),
        ...(decided === 'lapsed'
          ? { passedKnown: `the offer lapsed unaccepted (recorded ${offer.statusOn})` }
          : {}),
        notes: [
          `Offered by the ${offer.offeredBy} on ${offer.madeOn}; expires ${offer.expires.date}${time}.`,
          offer.communication.length === 0
            ? 'No record that the offer was conveyed to the defendant (Frye).'
            : `Conveyed to the defendant on ${offer.communication.map((c) => c.on).join(', ')}.`,
        ],
      });
    }
    return out;
  },
};

export const DEADLINE_RULES: readonly DeadlineRule[] = [
  courtFixedDates,
  pleaOfferExpiry,
  preliminaryHearing,
  detentionHearingRule('defendant'),
  detentionHearingRule('government'),
  temporaryDetention,
  motionServiceBeforeHearing,
  presentenceReport,
  acquittalMotion,
  newTrialMotion,
  arrestOfJudgment,
  correctSentence,
  noticeOfAppeal,
];
