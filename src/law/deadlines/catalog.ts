/**
 * The deadline catalog (docs/deadlines.md, "The catalog"): each rule quotes its text, says what triggers it and how
 * the period is counted, and what satisfies it or makes it moot. Dates are computed by the engine
 * (`compute.ts`) with the legal calendar, so every date carries a trace.
 */
import type { Event, EventOf } from '../../case/index.ts';
import { computeDeadline } from '../calendar/index.ts';
import { type DefendantFacts, firstFormalCharge, inCustodyOn, ofKind } from './facts.ts';
import type { DeadlineRule, Draft, RecordRef } from './types.ts';

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
 * count: business days after the first appearance (18 U.S.C. § 3142(f); docs/release.md, "Hearing timing").
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
      .flatMap((h) => {
        const given = filings(f, 'presentenceReport')[0];
        return [
          {
            defendant: f.defendant,
            trigger: h,
            from: h.for,
            counting: { method: 'rule45', days: 35, direction: 'backward' } as const,
            ...(given
              ? { satisfiedBy: { id: given.id, kind: 'filing presentenceReport', date: receivedOn(given) } }
              : {}),
            notes: ['Rule 32(e)(2): initial report, 35 days before sentencing.'],
          },
          {
            defendant: f.defendant,
            trigger: h,
            from: h.for,
            counting: { method: 'rule45', days: 7, direction: 'backward' },
            notes: ['Rule 32(g): final report and addendum, 7 days before sentencing.'],
          },
        ];
      });
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
        title: `Deadline to accept the plea offer of ${offer.madeOn}`,
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

// ------------------------------------------------------------------------------------------- filings
const filings = <F extends EventOf<'filing'>['filing']>(f: DefendantFacts, kind: F) =>
  ofKind(f, 'filing').filter((x) => x.filing === kind);
/** The day a party received a filing (its `served` date, else the filing date). */
const receivedOn = (e: EventOf<'filing'>) => e.served ?? e.date;
/** The trial date set, if any (the last `hearingSet` for trial on or before the as-of date). */
const trialDate = (f: DefendantFacts): { date: string; event: EventOf<'hearingSet'> } | undefined => {
  const set = ofKind(f, 'hearingSet')
    .filter((h) => h.hearing === 'trial')
    .at(-1);
  return set ? { date: set.for, event: set } : undefined;
};
const fourteenAfter = (date: string, court: string) =>
  computeDeadline({ trigger: date, days: 14, direction: 'forward', district: court }).date;

/**
 * Fed. R. App. P. 4(b)(3)(A): "If a defendant timely makes any of the following motions under the Federal
 * Rules of Criminal Procedure, the notice of appeal from a judgment of conviction must be filed within 14 days
 * after the later of: (i) the entry of the order disposing of the last such remaining motion; or (ii) the
 * entry of the judgment of conviction." The motions: (i) Rule 29 acquittal, (ii) Rule 33 new trial (on newly
 * discovered evidence only if made no later than 14 days after the entry of the judgment), (iii) Rule 34
 * arrest of judgment. Timely = within each rule's 14 days (Rules 29(c)(1), 33(b)(2), 34(b)), counted from
 * the verdict (or, for Rule 34, the plea).
 */
function tollingMotions(f: DefendantFacts) {
  const court = f.file.case.court;
  const verdict = ofKind(f, 'verdict').find((v) => v.results.some((r) => r.result === 'guilty'));
  const plea = ofKind(f, 'plea').find((p) => p.plea !== 'notGuilty');
  const out: Array<{ motion: EventOf<'motionFiled'>; timely: boolean; decided?: EventOf<'motionDecided'> }> =
    [];
  for (const m of ofKind(f, 'motionFiled')) {
    if (m.motion !== 'acquittal' && m.motion !== 'newTrial' && m.motion !== 'arrestJudgment') continue;
    const start = m.motion === 'arrestJudgment' ? (verdict ?? plea) : verdict;
    const timely = start ? m.date <= fourteenAfter(start.date, court) : false;
    const decided = ofKind(f, 'motionDecided').find((d) => d.motion === m.id);
    out.push({ motion: m, timely, ...(decided ? { decided } : {}) });
  }
  return out;
}

/**
 * Fed. R. App. P. 4(b)(1)(A): "In a criminal case, a defendant's notice of appeal must be filed in the district
 * court within 14 days after the later of: (i) the entry of either the judgment or the order being appealed;
 * or (ii) the filing of the government's notice of appeal." (b)(6): "A judgment or order is entered for
 * purposes of this Rule 4(b) when it is entered on the criminal docket." The period runs from the judgment's
 * entry, not the sentencing hearing; (b)(3)(A) resets it after a timely Rule 29, 33 or 34 motion. FRAP 26(a)
 * computes the period as Rule 45(a) does.
 */
export const noticeOfAppeal: DeadlineRule = {
  id: 'frap4b-notice-of-appeal',
  title: "Defendant's notice of appeal",
  citation: 'Fed. R. App. P. 4(b)(1)(A)',
  text: "In a criminal case, a defendant's notice of appeal must be filed in the district court within 14 days after the later of: (i) the entry of either the judgment or the order being appealed; or (ii) the filing of the government's notice of appeal.",
  generate(f) {
    const sentencing = ofKind(f, 'sentencing')[0];
    const judgment = filings(f, 'judgment')[0];
    if (!sentencing && !judgment) return [];
    const filed = filings(f, 'noticeOfAppeal').find((n) => n.by === 'defendant' || n.by === undefined);
    const notes: string[] = ['FRAP 26(a) counts the period as Rule 45(a) does.'];
    if (!judgment && sentencing)
      return [
        {
          defendant: f.defendant,
          trigger: sentencing,
          from: sentencing.date,
          counting: { method: 'rule45', days: 14, direction: 'forward' },
          ...(filed ? { satisfiedBy: filed } : {}),
          provisional:
            'the judgment is not entered in the record: the 14 days run from its entry on the criminal docket (FRAP 4(b)(1)(A)(i), (b)(6)), on or after the sentencing — this is the earliest the period can end',
          notes,
        },
      ];
    if (!judgment) return [];
    let trigger: RecordRef = judgment;
    const governmentNotice = filings(f, 'noticeOfAppeal').find(
      (n) => n.by === 'government' && n.date > judgment.date,
    );
    if (governmentNotice) {
      trigger = governmentNotice;
      notes.push(
        `The Government's notice of appeal (${governmentNotice.date}) is later than the judgment's entry: the 14 days run from it (4(b)(1)(A)(ii)).`,
      );
    }
    let provisional: string | undefined;
    const tolling = tollingMotions(f).filter((t) => t.timely);
    if (tolling.length > 0) {
      const pending = tolling.filter((t) => !t.decided);
      if (pending.length > 0)
        provisional = `a timely ${pending.map((t) => t.motion.title).join(', ')} is pending: the 14 days run from the entry of the order disposing of the last such motion, if later than the judgment (FRAP 4(b)(3)(A))`;
      else {
        const last = tolling
          .map((t) => t.decided)
          .filter((d): d is EventOf<'motionDecided'> => d !== undefined)
          .sort((a, b) => (a.date < b.date ? -1 : 1))
          .at(-1);
        if (last && last.date > trigger.date) {
          trigger = last;
          notes.push(
            `FRAP 4(b)(3)(A): the order disposing of the last timely post-verdict motion was entered ${last.date}, after the judgment: the 14 days run from it.`,
          );
        }
      }
    }
    for (const t of tollingMotions(f).filter((x) => !x.timely))
      notes.push(
        `${t.motion.title} (${t.motion.date}) was not made within its rule's 14 days: it does not extend the time to appeal (FRAP 4(b)(3)(A)).`,
      );
    return [
      {
        defendant: f.defendant,
        trigger,
        from: trigger.date,
        counting: { method: 'rule45', days: 14, direction: 'forward' },
        ...(filed ? { satisfiedBy: filed } : {}),
        ...(provisional ? { provisional } : {}),
        notes: [
          ...notes,
          'FRAP 4(b)(4): the district court may extend the time up to 30 days for excusable neglect or good cause; FRAP 4(b)(5): a Rule 35(a) motion does not suspend it.',
        ],
      },
    ];
  },
};

/**
 * Fed. R. App. P. 4(b)(1)(B): "When the government is entitled to appeal, its notice of appeal must be filed in
 * the district court within 30 days after the later of: (i) the entry of the judgment or order being appealed;
 * or (ii) the filing of a notice of appeal by any defendant."
 */
export const governmentNoticeOfAppeal: DeadlineRule = {
  id: 'frap4b-government-notice-of-appeal',
  title: "Government's notice of appeal (when the Government is entitled to appeal)",
  citation: 'Fed. R. App. P. 4(b)(1)(B)',
  text: 'When the government is entitled to appeal, its notice of appeal must be filed in the district court within 30 days after the later of: (i) the entry of the judgment or order being appealed; or (ii) the filing of a notice of appeal by any defendant.',
  generate(f) {
    const judgment = filings(f, 'judgment')[0];
    if (!judgment) return [];
    // "by any defendant": a co-defendant's notice counts too.
    const defendantNotices = f.file.events
      .filter(
        (e): e is EventOf<'filing'> =>
          e.kind === 'filing' &&
          e.filing === 'noticeOfAppeal' &&
          e.by === 'defendant' &&
          e.date <= f.asOf &&
          e.date > judgment.date,
      )
      .sort((a, b) => (a.date < b.date ? -1 : 1));
    const last = defendantNotices.at(-1);
    const trigger: RecordRef = last ?? judgment;
    const filed = filings(f, 'noticeOfAppeal').find((n) => n.by === 'government');
    return [
      {
        defendant: f.defendant,
        trigger,
        from: trigger.date,
        counting: { method: 'rule45', days: 30, direction: 'forward' },
        ...(filed ? { satisfiedBy: filed } : {}),
        passedKnown:
          'the Government did not appeal (its right to appeal a sentence is under 18 U.S.C. § 3742(b))',
        notes: [
          last
            ? `Counted from the last defendant's notice of appeal, ${last.date} (4(b)(1)(B)(ii)).`
            : 'Counted from the entry of the judgment (4(b)(1)(B)(i)).',
        ],
      },
    ];
  },
};

/** Fed. R. Crim. P. 35(b)(1): "Upon the government's motion made within one year of sentencing, the court may reduce a sentence if the defendant, after sentencing, provided substantial assistance in investigating or prosecuting another person." */
export const substantialAssistance: DeadlineRule = {
  id: 'rule35b-substantial-assistance',
  title: "Government's motion to reduce the sentence for substantial assistance",
  citation: 'Fed. R. Crim. P. 35(b)(1)',
  text: "Upon the government's motion made within one year of sentencing, the court may reduce a sentence if the defendant, after sentencing, provided substantial assistance in investigating or prosecuting another person.",
  generate: (f) =>
    ofKind(f, 'sentencing').map((s) => ({
      defendant: f.defendant,
      trigger: s,
      from: s.date,
      counting: { method: 'years', years: 1 },
      passedKnown:
        'no Rule 35(b)(1) motion is recorded; Rule 35(b)(2) allows a later motion in the cases it lists',
      notes: [
        'Rule 35(b)(2): a motion made more than one year after sentencing only for information not known, not useful, or not reasonably anticipated within the year.',
      ],
    })),
};

/** Fed. R. Crim. P. 16.1(a): "No later than 14 days after the arraignment, the attorney for the government and the defendant's attorney must confer and try to agree on a timetable and procedures for pretrial disclosure under Rule 16." */
export const discoveryConference: DeadlineRule = {
  id: 'rule16-1-discovery-conference',
  title: 'Discovery conference of counsel',
  citation: 'Fed. R. Crim. P. 16.1(a)',
  text: "No later than 14 days after the arraignment, the attorney for the government and the defendant's attorney must confer and try to agree on a timetable and procedures for pretrial disclosure under Rule 16.",
  generate(f) {
    const arraignment = ofKind(f, 'arraignment')[0];
    if (!arraignment || arraignment.date < '2019-12-01') return [];
    return [
      {
        defendant: f.defendant,
        trigger: arraignment,
        from: arraignment.date,
        counting: { method: 'rule45', days: 14, direction: 'forward' },
        passedKnown: 'the conference is not a docket event: the record cannot show that it took place',
        notes: ['Rule 16.1 took effect Dec. 1, 2019. The conference of counsel is rarely docketed.'],
      },
    ];
  },
};

/** Fed. R. Crim. P. 32(f)(1): "Within 14 days after receiving the presentence report, the parties must state in writing any objections, including objections to material information, sentencing guideline ranges, and policy statements contained in or omitted from the report." */
export const presentenceObjections: DeadlineRule = {
  id: 'rule32f-objections',
  title: 'Objections to the presentence report',
  citation: 'Fed. R. Crim. P. 32(f)(1)',
  text: 'Within 14 days after receiving the presentence report, the parties must state in writing any objections, including objections to material information, sentencing guideline ranges, and policy statements contained in or omitted from the report.',
  generate: (f) =>
    filings(f, 'presentenceReport').map((r) => ({
      defendant: f.defendant,
      trigger: { id: r.id, kind: 'filing presentenceReport', date: receivedOn(r) },
      from: receivedOn(r),
      counting: { method: 'rule45', days: 14, direction: 'forward' },
      notes: [
        r.served
          ? `Counted from the day the report was received, ${r.served}.`
          : 'Counted from the filing date: record the day the report was received (`served`) if later.',
      ],
    })),
};

/**
 * Fed. R. Crim. P. 12.1(a)(2): "The defendant must serve written notice on an attorney for the government of
 * any intended alibi defense within 14 days after the request, or at some other time the court sets."
 */
export const alibiNotice: DeadlineRule = {
  id: 'rule12-1-alibi-notice',
  title: 'Notice of an alibi defense (if one is intended)',
  citation: 'Fed. R. Crim. P. 12.1(a)(2)',
  text: 'The defendant must serve written notice on an attorney for the government of any intended alibi defense within 14 days after the request, or at some other time the court sets.',
  generate: (f) =>
    filings(f, 'alibiRequest').map((req) => {
      const notice = filings(f, 'alibiNotice').find((n) => n.date >= req.date);
      return {
        defendant: f.defendant,
        trigger: req,
        from: receivedOn(req),
        counting: { method: 'rule45', days: 14, direction: 'forward' },
        ...(notice ? { satisfiedBy: notice } : {}),
        passedKnown:
          'no alibi notice is recorded: the court may exclude alibi testimony (Rule 12.1(e)) unless the defense is not intended',
        notes: ["Counted from the Government's written request (Rule 12.1(a)(1))."],
      };
    }),
};

/**
 * The Government's answer to a defense notice under Rules 12.1(b)(2) and 12.3(a)(3): "within 14 days after"
 * the notice (counted from its receipt), "but no later than" `beforeTrial` days before trial when a trial date
 * is set; without one, the cap is not computed and the note says so.
 */
function fourteenDaysButBeforeTrial(
  f: Parameters<DeadlineRule['generate']>[0],
  notices: EventOf<'filing'>[],
  rule: string,
  beforeTrial: number,
) {
  const trial = trialDate(f);
  return notices.map((n) => ({
    defendant: f.defendant,
    trigger: n,
    from: receivedOn(n),
    counting: { method: 'rule45', days: 14, direction: 'forward' } as const,
    ...(trial
      ? {
          capAt: {
            label: `${rule}: no later than ${beforeTrial} days before trial (set for ${trial.date})`,
            from: trial.date,
            counting: { method: 'rule45', days: beforeTrial, direction: 'backward' } as const,
          },
        }
      : {}),
    notes: trial
      ? []
      : [`No trial date is set: the ${beforeTrial}-days-before-trial limit (${rule}) is not computed.`],
  }));
}

/**
 * Fed. R. Crim. P. 12.1(b)(2): "Unless the court directs otherwise, an attorney for the government must give
 * its Rule 12.1(b)(1) disclosure within 14 days after the defendant serves notice of an intended alibi defense
 * under Rule 12.1(a)(2), but no later than 14 days before trial."
 */
export const alibiDisclosure: DeadlineRule = {
  id: 'rule12-1-government-disclosure',
  title: "Government's alibi rebuttal disclosure",
  citation: 'Fed. R. Crim. P. 12.1(b)(2)',
  text: 'Unless the court directs otherwise, an attorney for the government must give its Rule 12.1(b)(1) disclosure within 14 days after the defendant serves notice of an intended alibi defense under Rule 12.1(a)(2), but no later than 14 days before trial.',
  generate: (f) => fourteenDaysButBeforeTrial(f, filings(f, 'alibiNotice'), 'Rule 12.1(b)(2)', 14),
};

/**
 * The notices due "within the time provided for filing a pretrial motion, or at any later time the court sets":
 * Rule 12.2(a) (insanity), 12.2(b)(1) (expert evidence of a mental condition), 12.3(a)(1) (public authority).
 * Rule 12(c)(1): the court may set a pretrial-motion deadline; "If the court does not set one, the deadline is
 * the start of trial." A notice not given forecloses the defense without leave, so a passed date is not a miss
 * unless the defense is intended: one date per defendant, the notices filed named in it.
 */
const DEFENSE_NOTICES = [
  ['insanityNotice', 'Rule 12.2(a) insanity'],
  ['mentalConditionNotice', 'Rule 12.2(b)(1) expert evidence of a mental condition'],
  ['publicAuthorityNotice', 'Rule 12.3(a)(1) public authority'],
] as const;
export const defenseNotices: DeadlineRule = {
  id: 'rule12-2-12-3-defense-notices',
  title: 'Defense notices: insanity, mental condition, public authority (if intended)',
  citation: 'Fed. R. Crim. P. 12.2(a), (b)(1); 12.3(a)(1)',
  text: 'A defendant who intends to assert a defense of insanity at the time of the alleged offense must so notify an attorney for the government in writing within the time provided for filing a pretrial motion, or at any later time the court sets, and file a copy of the notice with the clerk. (Rule 12.2(b)(1), expert evidence of a mental condition, and Rule 12.3(a)(1), public authority, set the same time.)',
  generate(f) {
    const motionsDue = ofKind(f, 'deadlineSet')
      .filter(
        (d) =>
          /12\(c\)/.test(d.citation ?? '') ||
          (/motion/i.test(d.title) && !/respon|repl|opposition/i.test(d.title)),
      )
      .at(-1);
    const trial = trialDate(f);
    const base = motionsDue ?? trial?.event;
    const due = motionsDue?.due ?? trial?.date;
    if (!base || !due) return [];
    const filed = DEFENSE_NOTICES.flatMap(([kind, label]) => (filings(f, kind)[0] ? [label] : []));
    return [
      {
        defendant: f.defendant,
        trigger: base,
        from: due,
        counting: { method: 'fixed' },
        passedKnown:
          filed.length > 0
            ? `notices filed: ${filed.join(', ')}; no other notice is recorded`
            : "no notice is recorded: the defenses are not available without the court's leave",
        notes: [
          motionsDue
            ? `The pretrial-motion deadline the court set (${motionsDue.title}, ${motionsDue.due}; Rule 12(c)(1)).`
            : `No pretrial-motion deadline is set: Rule 12(c)(1) makes it the start of trial (${due}).`,
          'Only if the defense is intended; Rule 12.3(a)(1): the public-authority notice is filed under seal.',
          ...(filed.length > 0 ? [`Filed: ${filed.join('; ')}.`] : []),
        ],
      },
    ];
  },
};

/** Fed. R. Crim. P. 12.3(a)(3): the Government's response "within 14 days after receiving the defendant's notice, but no later than 21 days before trial". */
export const publicAuthorityResponse: DeadlineRule = {
  id: 'rule12-3-government-response',
  title: "Government's response to a public-authority notice",
  citation: 'Fed. R. Crim. P. 12.3(a)(3)',
  text: "An attorney for the government must serve a written response on the defendant or the defendant's attorney within 14 days after receiving the defendant's notice, but no later than 21 days before trial.",
  generate: (f) => fourteenDaysButBeforeTrial(f, filings(f, 'publicAuthorityNotice'), 'Rule 12.3(a)(3)', 21),
};

/**
 * Fed. R. Crim. P. 59(a): objections to a magistrate judge's order on a nondispositive matter "within 14 days
 * after being served with a copy of a written order or after the oral order is stated on the record"; 59(b)(2):
 * "Within 14 days after being served with the recommended disposition … a party may serve and file specific
 * written objections". A release or detention order is reviewed under 18 U.S.C. § 3145 instead (a motion to
 * revoke or amend, "determined promptly"), with no fixed period: record those as motions.
 */
function magistrateObjections(which: 'magistrateOrder' | 'magistrateRecommendation'): DeadlineRule {
  const order = which === 'magistrateOrder';
  return {
    id: order ? 'rule59a-objections' : 'rule59b-objections',
    title: order
      ? "Objections to a magistrate judge's order (nondispositive matter)"
      : "Objections to a magistrate judge's recommended disposition",
    citation: order ? 'Fed. R. Crim. P. 59(a)' : 'Fed. R. Crim. P. 59(b)(2)',
    text: order
      ? 'A party may serve and file objections to the order within 14 days after being served with a copy of a written order or after the oral order is stated on the record, or at some other time the court sets.'
      : 'Within 14 days after being served with the recommended disposition, or at some other time the court sets, a party may serve and file specific written objections to the proposed findings and recommendations.',
    generate: (f) =>
      filings(f, which).map((o) => ({
        defendant: f.defendant,
        trigger: { id: o.id, kind: `filing ${which}`, date: receivedOn(o) },
        from: receivedOn(o),
        counting: { method: 'rule45', days: 14, direction: 'forward' },
        passedKnown: `no objection is recorded: "Failure to object in accordance with this rule waives a party's right to review" (Rule 59(${order ? 'a' : 'b)(2'}))`,
        notes: [
          o.served
            ? `Counted from service, ${o.served}.`
            : 'Counted from the entry: record the day of service (`served`) if later.',
          'A release or detention order is not reviewed under Rule 59: 18 U.S.C. § 3145(a), (b) (a motion for revocation or amendment, to be "determined promptly"), § 3145(c) (appeal).',
        ],
      })),
  };
}

/**
 * 18 U.S.C. § 3731: the United States may appeal an order "dismissing an indictment or information or granting
 * a new trial after verdict or judgment, as to any one or more counts", or "suppressing or excluding evidence
 * or requiring the return of seized property" (certified not for delay), or "granting the release of a person";
 * "The appeal in all such cases shall be taken within thirty days after the decision, judgment or order has been
 * rendered and shall be diligently prosecuted."
 */
export const governmentInterlocutoryAppeal: DeadlineRule = {
  id: 'usc3731-government-appeal',
  title: 'Government appeal of a dismissal, suppression or new-trial order',
  citation: '18 U.S.C. § 3731',
  text: 'The appeal in all such cases shall be taken within thirty days after the decision, judgment or order has been rendered and shall be diligently prosecuted.',
  generate(f) {
    const out: Draft[] = [];
    const motions = new Map(ofKind(f, 'motionFiled').map((m) => [m.id, m]));
    for (const d of ofKind(f, 'motionDecided')) {
      const m = motions.get(d.motion);
      if (!m || (d.disposition !== 'granted' && d.disposition !== 'grantedInPart')) continue;
      if (m.motion !== 'suppress' && m.motion !== 'dismiss' && m.motion !== 'newTrial') continue;
      out.push({
        defendant: f.defendant,
        trigger: d,
        from: d.date,
        counting: { method: 'rule45', days: 30, direction: 'forward' },
        passedKnown: 'the Government did not appeal',
        notes: [
          `${m.title}: ${d.disposition}.`,
          ...(m.motion === 'suppress'
            ? [
                'A suppression appeal needs the United States attorney’s certification that it is not taken for delay and the evidence is substantial proof of a material fact (§ 3731, second paragraph); not before jeopardy attaches.',
              ]
            : []),
          'FRAP 4(b)(1)(B) sets the same 30 days.',
        ],
      });
    }
    for (const o of filings(f, 'appealableOrder'))
      out.push({
        defendant: f.defendant,
        trigger: o,
        from: o.date,
        counting: { method: 'rule45', days: 30, direction: 'forward' },
        passedKnown: 'the Government did not appeal',
        notes: [`${o.title}.`],
      });
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
  governmentNoticeOfAppeal,
  substantialAssistance,
  discoveryConference,
  presentenceObjections,
  alibiNotice,
  alibiDisclosure,
  defenseNotices,
  publicAuthorityResponse,
  magistrateObjections('magistrateOrder'),
  magistrateObjections('magistrateRecommendation'),
  governmentInterlocutoryAppeal,
];
