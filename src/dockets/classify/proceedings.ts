/**
 * Motions and their decisions, continuances, settings and hearings, trial, verdict, sentence, dismissal,
 * plea agreements, competency steps, waivers, stipulations and docket hygiene (docs/dockets.md § 10 A4–A6,
 * § 11 B7–B11, § 12). A pretrial motion's pendency is excludable from filing to hearing or other prompt
 * disposition (18 U.S.C. § 3161(h)(1)(D); Henderson v. United States, 476 U.S. 321 (1986)), so each
 * decision is linked to the motion it disposes of.
 */
import type { HearingType, MotionType } from '../../case/index.ts';
import { countList } from './charges.ts';
import { type Ctx, dateIn, emit, find, HIGH, hearingDate, LOW, MEDIUM, orderDate } from './context.ts';
import { entryRefs } from './refs.ts';
import { IN_SENTENCE } from './text.ts';

/**
 * Motions that come after a conviction or a judgment and are no part of bringing the case to trial: criminal
 * forfeiture (Fed. R. Crim. P. 32.2), reducing or correcting a sentence (Rule 35, Rule 36, 18 U.S.C. § 3582(c)),
 * collateral attack (28 U.S.C. § 2255), supervised release and probation, surrender to serve a sentence,
 * restitution, and anything titled as after judgment or sentencing. They toll nothing under § 3161(h).
 */
const POST_JUDGMENT =
  /order of forfeiture|forfeiture money judgment|for (?:a )?forfeiture\b|rule 3[56]\b|\b2255\b|vacate,? set aside|correct (?:the |a |his |her )?sentence|(?:reduce|reduction (?:of|in)|modify|modification of|amend) (?:the |a |his |her )?(?:term of )?(?:sentence|imprisonment|judgment)|sentence reduction|\b3582\b|compassionate release|early termination|supervised release|(?:of|on) probation\b|probation violation|self-?surrender|voluntary surrender|surrender date|restitution|(?:after|post-?)\s?(?:judgment|sentencing|conviction)/;

/** The motion type named in a title ("MOTION to Suppress Evidence" → suppress). */
export function motionTypeOf(title: string): MotionType {
  const t = title.toLowerCase();
  if (POST_JUDGMENT.test(t)) return 'postJudgment';
  if (/exclude time|exclude speedy|speedy trial time/.test(t)) return 'excludeTime';
  if (/speedy trial/.test(t) && /dismiss/.test(t)) return 'speedyTrialDismissal';
  if (/suppress/.test(t)) return 'suppress';
  if (/dismiss/.test(t)) return 'dismiss';
  if (/continu/.test(t)) return 'continue';
  if (/extend|extension|additional time|enlarge/.test(t)) return 'extendTime';
  if (/compel/.test(t)) return 'compel';
  if (/bill of particulars/.test(t)) return 'billOfParticulars';
  if (/limine|exclude (?:the )?(?:testimony|evidence|expert)/.test(t)) return 'inLimine';
  if (/sever/.test(t)) return 'severance';
  if (/detain|detention/.test(t) && /review|reconsider|revoke.*detention/.test(t)) return 'bailReview';
  if (/detain|detention/.test(t)) return 'detention';
  if (/bail review|review of (?:bail|release)|reconsider(?:ation)? of (?:bail|release)/.test(t))
    return 'bailReview';
  if (/modify conditions|remove conditions|conditions of (?:release|bail)/.test(t)) return 'modifyConditions';
  if (/revoke/.test(t)) return 'revokeRelease';
  if (/competen|mental examination|medical\/mental|psychiatric/.test(t)) return 'competency';
  if (/complex/.test(t)) return 'designateComplex';
  if (/withdraw as (?:attorney|counsel)|to withdraw as|substitute attorney|substitution/.test(t))
    return 'withdrawCounsel';
  if (/change of plea|change plea/.test(t)) return 'changeOfPlea';
  if (/discovery|brady|jencks/.test(t)) return 'discovery';
  return 'other';
}

/** Who moved: by the filer named after "by", or "Defendant's"/"Government's"/"Joint" in the title. */
function movantOf(
  ctx: Ctx,
  text: string,
): { movant: 'defendant' | 'government' | 'jointly' | 'court' | 'other'; defendant?: number } {
  if (/\bjoint(?:ly)?\b|\bstipulated\b/i.test(text)) return { movant: 'jointly' };
  if (/court's own motion|sua sponte/i.test(text)) return { movant: 'court' };
  if (
    /\bby (?:the )?(?:USA|United States|Government|Plaintiff)\b|Document filed by USA|\bGovernment'?s\b|\bGov'?t\b|\bUSA oral\b|United States'? /i.test(
      text,
    )
  )
    return { movant: 'government' };
  const attorney = /\bby Attorney ([A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]*){1,4})/
    .exec(text)?.[1]
    ?.toLowerCase();
  if (
    attorney &&
    ctx.governmentAttorneys.some((a) => a === attorney || a.startsWith(attorney) || attorney.startsWith(a))
  )
    return { movant: 'government' };
  if (attorney || /\b(?:Defendant'?s?|defendant'?s|Defense|Deft'?s?)\b/.test(text)) {
    return ctx.defendants.length === 1
      ? { movant: 'defendant', defendant: ctx.defendants[0]! }
      : { movant: 'defendant' };
  }
  const filer = /\b(?:by|filed by) ([A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){1,4})/.exec(text)?.[1];
  if (filer) {
    const member = ctx.roster.members.find((m) => m.name.toLowerCase() === filer.toLowerCase());
    if (member) return { movant: 'defendant', defendant: member.number };
  }
  return { movant: 'other' };
}

/** Minutes of a trial day or of the verdict. */
export const TRIAL_DAY =
  /\b(?:bench|jury|non-jury) trial proceedings held\b|\bTrial not concluded\b|\b(?:Jury|Bench) Trial (?:\(?Day \d+\)? )?(?:held|began|continued)\b|\bCourt finds (?:the )?defendant (?:not )?guilty\b|\bverdict\b/i;

const MOTION_TITLE =
  /\b(?:(?:Oral|TEXT ORAL|Joint|Unopposed|UNOPPOSED|AMENDED|Amended|First|FIRST|Second|SECOND|Renewed|Emergency|Ex Parte|Sealed|SEALED|LETTER|Letter)\s+)*(?:MOTION|Motion)\b(?:\/Petition)?(?: in open court)?(?: (?:by|of) [^.;]{1,100}?)?(?:\s+(?:to|for|in|of|re:?)\s+[^.;,]{2,120}?|\s+(?!by\b|as\b|filed\b|referred\b|addressed\b)[a-z][a-z-]+(?:ing|ment|ion)\b[^.;,]{0,100}?)?(?=\s+by\b|\s+as to\b|\s+filed\b|\s+referred\b|\s+addressed to\b|\.|,|;|$)/g;

export function motionRules(ctx: Ctx): void {
  const w = ctx.work;
  if (/^\W*(?:FILING|ENTRY) ERROR/i.test(w)) return;
  const filed = ctx.kind === 'motion' || (ctx.kind === 'letter' && /LETTER MOTION/i.test(w.slice(0, 40)));
  if (filed) {
    const head = w.slice(0, 400);
    let count = 0;
    for (const m of head.matchAll(MOTION_TITLE)) {
      if (
        m.index > 0 &&
        !/^[,;\s]*$/.test(head.slice(Math.max(0, m.index - 2), m.index)) &&
        count > 0 &&
        !/,\s*$/.test(head.slice(0, m.index))
      )
        continue;
      const title = m[0].trim();
      if (title.length < 6) continue;
      // "Notice of Motion; MOTION to suppress evidence" (hid entries 20, 22, 23, 40): the notice heads the motion
      // it announces; it is not a second motion.
      if (/^motion$/i.test(title) && /\bNotice of\s*$/i.test(head.slice(Math.max(0, m.index - 12), m.index)))
        continue;
      const type = motionTypeOf(title === 'MOTION' ? head : title);
      const mv = movantOf(ctx, head);
      emit(
        ctx,
        'motionFiled',
        {
          motion: type,
          title,
          movant: mv.movant,
          ...(mv.defendant ? { movantDefendant: mv.defendant } : {}),
        },
        {
          rule: 'motion.filed',
          confidence: MEDIUM + 0.1,
          span: { start: m.index, end: m.index + m[0].length },
          date: ctx.entry.dateFiled,
        },
      );
      if (++count >= 6) break;
    }
  }

  // Oral motions made and ruled on in a hearing: "Defendant's oral motion to continue status hearing is granted".
  // Motions made at trial (Fed. R. Crim. P. 29 at the close of the evidence, after the verdict) are not pretrial
  // motions: the minutes of a trial day or of the verdict add none.
  if (
    (ctx.kind === 'minutes' || ctx.kind === 'order') &&
    /oral motion|moves for detention|Motion to Detain/i.test(w) &&
    !TRIAL_DAY.test(w)
  ) {
    const ORAL =
      /\b((?:Defendant'?s|Government'?s|Defense|USA|Gvt|Gov't)?\s*oral motion (?:for|to) ([^.;]{3,80}?))(?:;\s*motion)?(?:\s+|\s*-\s*)(?:is\s+|was\s+|hereby\s+)?(granted|denied|GRANTED|DENIED)\b/gi;
    // An oral motion the minutes record without a ruling ("Defense oral motion to continue.", casd entry 33): made
    // that day, decided later or withdrawn (the plea hearing's "Pending motions are withdrawn").
    const PENDING_ORAL =
      /\b((?:Defendant'?s|Government'?s|Defense|USA|Gvt|Gov't)\s+oral motion (?:for|to) ([^.;]{3,60}?))\s*\.(?:\s|$)/gi;
    for (const m of w.matchAll(PENDING_ORAL)) {
      if (/\b(?:granted|denied|moot|withdrawn)\b/i.test(m[2]!)) continue;
      const mv = movantOf(ctx, m[1]!);
      emit(
        ctx,
        'motionFiled',
        {
          motion: motionTypeOf(m[2]!),
          title: m[1]!.trim(),
          movant: mv.movant,
          ...(mv.defendant ? { movantDefendant: mv.defendant } : {}),
        },
        {
          rule: 'motion.oralPending',
          confidence: MEDIUM,
          span: { start: m.index, end: m.index + m[1]!.length },
          date: hearingDate(ctx),
        },
      );
    }
    for (const m of w.matchAll(ORAL)) {
      const mv = movantOf(ctx, m[1]!);
      const motion = emit(
        ctx,
        'motionFiled',
        {
          motion: motionTypeOf(m[2]!),
          title: m[1]!.trim(),
          movant: mv.movant,
          ...(mv.defendant ? { movantDefendant: mv.defendant } : {}),
        },
        {
          rule: 'motion.oral',
          confidence: MEDIUM,
          span: { start: m.index, end: m.index + m[1]!.length + 1 },
          date: hearingDate(ctx),
        },
      );
      emit(
        ctx,
        'motionDecided',
        { motion: motion.event.id, disposition: /grant/i.test(m[3]!) ? 'granted' : 'denied', oral: true },
        {
          rule: 'motion.oralDecided',
          confidence: MEDIUM,
          span: { start: m.index, end: m.index + m[0].length },
          date: hearingDate(ctx),
        },
      );
    }
    const detain = find(
      ctx,
      /\b(?:Government moves for detention|Motion to Detain filed|Oral MOTION to Detain)\b[^.;]*/i,
    );
    if (detain && !ctx.drafts.some((d) => d.event.kind === 'motionFiled')) {
      emit(
        ctx,
        'motionFiled',
        { motion: 'detention', title: detain.m[0].trim(), movant: 'government' },
        { rule: 'motion.detentionInHearing', confidence: MEDIUM, span: detain, date: hearingDate(ctx) },
      );
    }
  }

  // Decisions: "granting [62-1] motion", "ORDER denying … [22-1]", "finding as moot 4 Motion to Detain", "is granted".
  if (
    (ctx.kind === 'order' || ctx.kind === 'minutes' || ctx.kind === 'other') &&
    /grant|deni|deny|moot|withdrawn/i.test(w)
  ) {
    const refs = entryRefs(w);
    const VERB =
      /\b(granting in part and denying in part|granted in part and denied in part|granting|denying|finding as moot|denied as moot|denying as moot|granted|denied|is moot|withdrawn|taken under advisement)\b/gi;
    const used = new Set<number>();
    for (const v of w.matchAll(VERB)) {
      const verb = v[1]!.toLowerCase();
      if (verb === 'taken under advisement') continue;
      // Already read as an oral motion made and ruled on in the hearing.
      if (
        ctx.drafts.some(
          (d) =>
            d.rule === 'motion.oralDecided' &&
            d.event.provenance.source === 'docket' &&
            (d.event.provenance.span?.start ?? 0) <= v.index &&
            (d.event.provenance.span?.end ?? 0) >= v.index,
        )
      )
        continue;
      const windowStart = Math.max(0, v.index - 140);
      const windowEnd = Math.min(w.length, v.index + v[0].length + 130);
      const sentence = w.slice(windowStart, windowEnd);
      if (!/motion|\[\d|filing|request|application/i.test(sentence)) continue;
      // the reference that follows the verb (granting 14 …), else the nearest one before it in the sentence ([22-1] … DENIED)
      const after = refs.filter(
        (r) => r.start > v.index && r.start < v.index + v[0].length + 110 && !used.has(r.start),
      );
      const before = refs.filter((r) => r.start < v.index && r.start >= windowStart && !used.has(r.start));
      const prepositive = /^(?:granting|denying|finding|denied as|denying as)/.test(verb);
      // A ruling written after its subject ("… - Granted") is about the motion in its own clause: "Request for Court
      // Appointed Attorney - Granted … [5-1]" (hid entry 6) does not decide the motion cited later in the entry.
      const clause = w.slice(
        Math.max(windowStart, w.lastIndexOf('. ', v.index) + 1, w.lastIndexOf('; ', v.index) + 1),
        v.index,
      );
      const pick = prepositive
        ? (after[0] ?? before.at(-1))
        : (before.at(-1) ?? (/motion|\[\d/i.test(clause) ? after[0] : undefined));
      const disposition = /in part/.test(verb)
        ? 'grantedInPart'
        : /moot/.test(verb)
          ? 'moot'
          : /withdrawn/.test(verb)
            ? 'withdrawn'
            : /grant/.test(verb)
              ? 'granted'
              : 'denied';
      if (pick && pick.number !== ctx.entry.number) used.add(pick.start);
      // The motion named after the verb ("denying Motion to …"), else just before it ("Government's Motion to
      // Detain Defendant is hereby Denied", hid entry 9).
      const titled = prepositive
        ? (/^\S+(?:\s+as moot)?\s+(?:\[?\d+(?:-\d+)?\]?\s+)?(?:[\w']+\s+){0,3}?(Motion (?:to|for|in) [^.;,[\]]{3,60})/i.exec(
            w.slice(v.index, windowEnd),
          )?.[1] ?? '')
        : (/Motion (?:to|for|in) ([^.;,[\]]{3,60}?)(?:\s+|\s*-\s*)(?:is\s+|was\s+)?(?:hereby\s+)?$/i.exec(
            clause,
          )?.[0] ?? '');
      if (!pick && !titled) continue;
      // "denying as moot 139 Motion to Amend/Correct", "granting [119-1] motion to Unseal": the decision calls the
      // filing it refers to a motion, whatever its own heading ("PETITION for …", "SEALED DOCUMENT").
      const refIsMotion =
        pick !== undefined &&
        /^[\]\-\d\s]*(?:[\w']+\s+){0,2}?motion\b/i.test(w.slice(pick.end, pick.end + 40));
      emit(
        ctx,
        'motionDecided',
        { motion: '', disposition, oral: ctx.kind === 'minutes' },
        {
          rule: pick ? 'motion.decided' : 'motion.decidedByTitle',
          confidence: pick ? HIGH : LOW,
          span: {
            start: Math.min(v.index, pick?.start ?? v.index),
            end: Math.max(v.index + v[0].length, pick?.end ?? 0),
          },
          date: ctx.kind === 'minutes' ? hearingDate(ctx) : orderDate(ctx),
          ...(pick ? { refs: [pick.number] } : {}),
          ...(titled
            ? {
                motionType: motionTypeOf(titled),
                motionTitle: titled.replace(/\s+(?:(?:is|was|hereby)\s*)*$/i, '').trim(),
              }
            : {}),
          ...(refIsMotion ? { refIsMotion } : {}),
        },
      );
    }
  }
  // An order on a motion that names no disposition: "ORAL ORDER as to X re MOTION to Unseal Document, plea
  // agreements, filed by USA" (ncwd_1, 2005-09-08). The motion is disposed of; how is not on the docket.
  if (
    (ctx.kind === 'order' || /^\W*(?:ORAL |TEXT )?ORDER\b/.test(w)) &&
    !ctx.drafts.some((d) => d.event.kind === 'motionDecided')
  ) {
    const re =
      /^\W*(?:ORAL |TEXT )?ORDER\b[^.;]{0,200}?\bre:? (?:\[?(\d{1,5})\]?\s+)?(MOTION (?:to|for) [^.;,]{3,60})/i.exec(
        w,
      );
    if (re && !/\b(?:grant|deni|moot|withdraw)/i.test(re[0])) {
      emit(
        ctx,
        'motionDecided',
        { motion: '', disposition: 'other', oral: /^\W*ORAL ORDER/i.test(w) },
        {
          rule: 'motion.orderRe',
          confidence: LOW + 0.1,
          span: { start: re.index, end: re.index + re[0].length },
          date: orderDate(ctx),
          ...(re[1] ? { refs: [Number(re[1])], refIsMotion: true } : {}),
          motionType: motionTypeOf(re[2]!),
          motionTitle: re[2]!.trim(),
        },
      );
    }
  }
  // "The government's motion in limine (filing 35) is granted" / "motion … (filing no. 48) is denied".
  if (ctx.kind === 'order' || ctx.kind === 'minutes') {
    for (const m of w.matchAll(
      /\bmotion[^.;]{0,120}?\((?:filing|Filing)(?: No\.?| no\.?)?\s*(\d+)\s*\)[^.;]{0,40}?\bis (granted|denied)\b/gi,
    )) {
      if (ctx.drafts.some((d) => d.event.kind === 'motionDecided' && d.refs?.includes(Number(m[1]))))
        continue;
      emit(
        ctx,
        'motionDecided',
        { motion: '', disposition: m[2]!.toLowerCase() === 'granted' ? 'granted' : 'denied', oral: false },
        {
          rule: 'motion.decidedFiling',
          confidence: HIGH,
          span: { start: m.index, end: m.index + m[0].length },
          date: orderDate(ctx),
          refs: [Number(m[1])],
        },
      );
    }
    const advisement = find(ctx, /\bTAKEN UNDER ADVISEMENT\b|\btaken under (?:advisement|submission)\b/i);
    // "The motion will be taken under submission at such time" looks forward: the matter goes under advisement
    // when the briefing the same order allows closes ("no later than Monday, November 23, 2015, the parties may
    // file concurrent briefs"), the last brief due (Henderson, 476 U.S. at 330–331; docs/speedy-trial.md, "Pretrial motions"). Without such a
    // date the entry says nothing yet about when the court will have what it needs.
    const prospective =
      advisement &&
      /\b(?:will|shall) be\s*$/i.test(w.slice(Math.max(0, advisement.start - 12), advisement.start));
    const due = prospective
      ? ctx.dates.filter((d) => d.iso && d.start < advisement.start && d.iso > ctx.entry.dateFiled).at(-1)
          ?.iso
      : undefined;
    if (advisement && (!prospective || due)) {
      const refs = entryRefs(w).filter((r) => Math.abs(r.start - advisement.start) < 80);
      // The motion named in the clause that ends in the words ("Defendant's Motion to Dismiss No. 2- TAKEN UNDER
      // ADVISEMENT. [23-1], [20-1]", hid entry 32): of the motions cited, that one went under advisement.
      const clause =
        w
          .slice(Math.max(0, advisement.start - 200), advisement.start)
          .split(/(?<!\b(?:No|Nos|[A-Z]))[.;]\s/)
          .at(-1) ?? '';
      const named = /\bMotion (?:to|for|in) (?:[^.;,[\]]|\.(?= ?\d)){3,60}?(?=\s*-?\s*$)/i.exec(clause)?.[0];
      emit(
        ctx,
        'underAdvisement',
        { matters: [] },
        {
          rule: prospective ? 'motion.underAdvisementWhenBriefed' : 'motion.underAdvisement',
          confidence: MEDIUM,
          span: advisement,
          date: due ?? hearingDate(ctx),
          refs: refs.map((r) => r.number),
          ...(named ? { motionTitle: named } : {}),
        },
      );
    }
  }
  // Pending motions withdrawn at a plea hearing (casd entry 38).
  const withdrawn = find(ctx, /\bPending motions are withdrawn\b/i);
  if (withdrawn) {
    emit(
      ctx,
      'motionDecided',
      { motion: '', disposition: 'withdrawn', oral: true },
      {
        rule: 'motion.allWithdrawn',
        confidence: MEDIUM,
        span: withdrawn,
        date: hearingDate(ctx),
        motionType: 'other',
      },
    );
  }
}

const HEARING_NAMES: Array<[RegExp, HearingType | 'trial']> = [
  [
    /(?:jury selection\/)?(?:jury|bench|non-jury) trial|jury selection|^trial|js\/jt|trial of this (?:case|matter)/i,
    'trial',
  ],
  [
    /status (?:conference|hearing)|telephonic (?:status )?conference|telephone conference|scheduling conference|calendar call|conference/i,
    'status',
  ],
  [/final pre-?trial conference|pre-?trial conference|pretrial conf/i, 'pretrialConference'],
  [/detention hearing/i, 'detention'],
  [/bond hearing|bail review/i, 'bailReview'],
  [/arraignment/i, 'arraignment'],
  [/initial appearance/i, 'initialAppearance'],
  [/change of plea/i, 'changeOfPlea'],
  [/sentenc/i, 'sentencing'],
  [/suppression hearing/i, 'suppression'],
  [/motion hearing|motions? (?:hearing )?(?:has|have) been continued/i, 'motion'],
  [/competency/i, 'competency'],
  [/hearing/i, 'other'],
];

function hearingTypeOf(name: string): HearingType | 'trial' {
  const n = name.trim();
  for (const [re, type] of HEARING_NAMES) if (re.test(n)) return type;
  return 'other';
}

export function scheduleRules(ctx: Ctx): void {
  const w = ctx.work;
  if (
    !/\bset\b|continu|reset|held|schedul|commence|JS\/JT|Jury Selection|Conference-/i.test(w) &&
    !/^\W*EP:\s*MINUTES/.test(w)
  )
    return;
  if (
    ctx.kind === 'motion' ||
    ctx.kind === 'letter' ||
    ctx.kind === 'stipulation' ||
    /^\W*(?:FILING|ENTRY) ERROR/i.test(w)
  )
    return;
  // hearingSet: "<name> set for [time] <date>", "continued to <date>", "reset for", "will be held … on", "to commence on".
  const SET =
    /\b((?:4-day |\d+-day )?(?:Jury Selection\/Jury Trial|Jury Selection & Trial|Jury Trial|jury trial|Bench Trial|bench trial|Non-Jury Trial|non-jury trial|JS\/JT|[Tt]rial(?: of this (?:case|matter))?|(?:Telephonic |telephonic |"on the record" )?[Ss]tatus [Cc]onference|[Ss]tatus [Hh]earing|status\/trial setting hearing|status hrg[^.;]{0,40}?|[Tt]elephonic [Cc]onference|[Tt]elephone [Cc]onference|telephonic status conference|[Ss]cheduling [Cc]onference|Calendar Call|(?:Final )?[Pp]re-?[Tt]rial [Cc]onf(?:erence)?|pretrial|Detention Hearing(?: \([a-z]+\))?|Bond Hearing|Preliminary Hearing|Arraignment|Initial Appearance|Change of Plea Hearing|Sentenc(?:ing|e With PSR)|Motion Hearing(?:\/Trial Setting)?|Frye hearing|Hearing))\b([^.;]{0,60}?)\b(set for|reset for|reset to|REset for|continued to|CONTINUED to|continued until|is set to commence|shall commence on|to commence on|will be held (?:at [^.;]{0,30}? )?on|will be held on|will be at|is scheduled for|scheduled for|set|continued for a [^.;]{0,30}? on)\b/g;
  for (const m of w.matchAll(SET)) {
    const name = m[1]!;
    const tail = m.index + m[0].length;
    const d = dateIn(ctx, tail, tail + 110);
    if (!d?.iso) continue;
    if (/previously set for/i.test(w.slice(m.index, tail))) continue;
    const type = /continued for a ([^.;]{0,30}?) on/i.exec(m[3]!)?.[1]
      ? hearingTypeOf(/continued for a ([^.;]{0,30}?) on/i.exec(m[3]!)![1]!)
      : hearingTypeOf(name);
    if (d.iso < `${ctx.entry.dateFiled.slice(0, 4)}-01-01` && d.iso < ctx.entry.dateFiled) continue;
    emit(
      ctx,
      'hearingSet',
      { hearing: type, for: d.iso },
      {
        rule: 'schedule.set',
        confidence: MEDIUM,
        span: { start: m.index, end: d.end },
        date: ctx.kind === 'minutes' ? hearingDate(ctx) : orderDate(ctx),
      },
    );
  }
  // "This matter is continued for a Status Conference on 02/23/2016".
  for (const m of w.matchAll(/\bcontinued for an? ([A-Za-z" ]{3,40}?) on\s*/g)) {
    const d = dateIn(ctx, m.index + m[0].length, m.index + m[0].length + 3);
    if (!d?.iso) continue;
    emit(
      ctx,
      'hearingSet',
      { hearing: hearingTypeOf(m[1]!), for: d.iso },
      {
        rule: 'schedule.continuedFor',
        confidence: MEDIUM,
        span: { start: m.index, end: d.end },
        date: hearingDate(ctx),
      },
    );
  }
  // "Jury Selection/Jury Trial-October 19, 2004", "JS/JT 8-17-04": dates written straight after the name.
  for (const m of w.matchAll(/\b(Jury Selection\/Jury Trial|JS\/JT|Final PreTrial Conference)\s*-?\s*/g)) {
    const d = dateIn(ctx, m.index + m[0].length, m.index + m[0].length + 3);
    if (
      !d?.iso ||
      ctx.drafts.some((x) => x.event.kind === 'hearingSet' && (x.event as { for: string }).for === d.iso)
    )
      continue;
    emit(
      ctx,
      'hearingSet',
      { hearing: hearingTypeOf(m[1]!), for: d.iso },
      {
        rule: 'schedule.list',
        confidence: MEDIUM,
        span: { start: m.index, end: d.end },
        date: hearingDate(ctx),
      },
    );
  }

  // Continuances of trial: "Jury Trial continued to 2/18/2014", "STIPULATION continuing trial date", "trial … CONTINUED".
  const cont = find(
    ctx,
    /\b(?:(?:Jury )?Trial|trial date|Jury Selection\/Trial[^.;]{0,20}?)\b[^.;]{0,40}?\b(?:continued|CONTINUED)\b|\bcontinuing trial\b|\bTrial of this case is continued\b|\btrial of this matter is continued\b/i,
  );
  // A trial day's minutes ("bench trial proceedings held … Trial not concluded. Trial continued to 9:00 a.m. on
  // 05/24/2016") record a recess of a trial already under way, not a continuance of its start (§ 3161(h)(7)).
  const trialUnderWay = /\b(?:bench|jury|non-jury) trial proceedings held\b|\bTrial not concluded\b/i.test(w);
  if (
    cont &&
    (ctx.kind === 'order' || ctx.kind === 'minutes') &&
    !trialUnderWay &&
    !/not continued|remains scheduled/i.test(cont.m[0])
  ) {
    const trialSet = ctx.drafts.find(
      (d) => d.event.kind === 'hearingSet' && (d.event as { hearing: string }).hearing === 'trial',
    );
    const exclusion = ctx.drafts.find((d) => d.event.kind === 'timeExclusion');
    const ex = exclusion?.event as
      | { from?: string; to?: string | null; findings?: { status: 'onRecord' | 'recitedOnly' | 'absent' } }
      | undefined;
    emit(
      ctx,
      'continuance',
      {
        of: 'trial',
        ...(trialSet ? { newDate: (trialSet.event as { for: string }).for } : {}),
        ...(ex?.from ? { excludeFrom: ex.from } : {}),
        ...(ex?.to ? { excludeTo: ex.to } : {}),
        findings: (ex?.findings as never) ?? { status: 'absent' },
        ...(/Defendant'?s|defendant'?s|defense/i.test(w)
          ? { requestedBy: 'defendant' as const }
          : /Government'?s/i.test(w)
            ? { requestedBy: 'government' as const }
            : /Joint|stipulat/i.test(w)
              ? { requestedBy: 'jointly' as const }
              : {}),
      },
      {
        rule: 'continuance.trial',
        confidence: MEDIUM,
        span: cont,
        date: ctx.kind === 'minutes' ? hearingDate(ctx) : orderDate(ctx),
      },
    );
  }

  // Hearings held: "Status Conference held", "Detention Hearing … held on", "final pretrial conference held on 2/18/05".
  if (ctx.kind === 'minutes' || /\bheld\b/.test(w.slice(0, 200))) {
    // A name's initial ("as to Rowan P. Ellery held on …") does not end the sentence (IN_SENTENCE).
    const HELD = new RegExp(
      String.raw`\b(Status Conference|Status hearing|status hearing|STATUS CONFERENCE|SCHEDULING CONFERENCE|Pretrial Conference|pretrial conference|final pretrial conference|Detention Hearing|BOND HEARING|Change of Plea Hearing|CHANGE OF PLEA|MOTION HEARING|Motion Hearing|Sentence With PSR Hearing|SENTENCING|Frye hearing|Curcio Hearing|Hearing|Plea and Rule 11 hearing|Attorney Representation Hearing|Arraignment\/Waiver and Plea Hearing)\b((?:${IN_SENTENCE}){0,140}?)\bheld\b(?! before[^.;]{0,60} set)`,
      'g',
    );
    for (const m of w.matchAll(HELD)) {
      // "A Frye hearing will be held at 8:30 a.m. on May 23" sets a hearing; it does not record one.
      if (/\bnot\s*$|\b(?:will|shall|to)\s+be\s*$/i.test(m[2]!) || /not held/.test(m[0])) continue;
      const type = hearingTypeOf(m[1]!);
      if (type === 'trial' || type === 'initialAppearance' || type === 'arraignment') continue;
      emit(
        ctx,
        'hearingHeld',
        { hearing: type },
        {
          rule: 'hearing.held',
          confidence: MEDIUM,
          span: { start: m.index, end: m.index + m[0].length },
          date: hearingDate(ctx),
        },
      );
      break;
    }
    // "EP: MINUTES: Defendant's Motion to Dismiss. Defendant … presence waived. … DENIED [22-1]" (D. Haw.): "EP"
    // (entering proceedings) heads the minutes of a proceeding held that day, "EO" a chambers order. The heading
    // names the proceeding: a motion heard, a detention hearing, a status conference.
    const ep = /^\W*EP:\s*MINUTES:\s*((?:(?!(?<!\b[A-Z])\.\s|\s-\s|-[A-Z])[^;])*)/.exec(w);
    if (ep && !ctx.drafts.some((d) => d.event.kind === 'hearingHeld')) {
      const heading = ep[1]!;
      const type = /\bMotions?\b/i.test(heading) ? 'motion' : hearingTypeOf(heading);
      if (type !== 'trial' && type !== 'initialAppearance' && type !== 'arraignment' && type !== 'other')
        emit(
          ctx,
          'hearingHeld',
          { hearing: type },
          {
            rule: 'hearing.minutesHeading',
            confidence: MEDIUM,
            span: { start: ep.index, end: ep.index + ep[0].length },
            date: hearingDate(ctx),
          },
        );
    }
  }
}

export function trialRules(ctx: Ctx): void {
  const w = ctx.work;
  if (!/trial|jury|voir dire|verdict|sentenc|dismiss|guilty/i.test(w)) return;
  if (ctx.kind === 'motion' || /^\W*(?:FILING|ENTRY) ERROR/i.test(w)) return;
  // Trial commences (§ 3161(c)(1)): for a jury trial when voir dire begins, for a bench trial when the first
  // evidence is taken. Minutes write it "Jury Trial held", "Jury Trial (Day 1) held", "Jury Selection held",
  // "Voir Dire begun", "Bench Trial held", "Non-Jury Trial - Began"; a later day ("Jury Trial (Day 2) held") or a
  // trial set, continued or completed is not its start. `resolveDrafts` keeps the first start per defendant.
  const LATER_DAY = /\bDay (?:[2-9]|\d\d+|Two|Three|Four|Five)\b|\bcompleted\b|\bconcluded\b|\bended\b/i;
  const not = String.raw`(?!\bset\b|\breset\b|\bcontinued\b|\bscheduled\b|\bvacated\b|\bcancell?ed\b)`;
  const bench =
    find(
      ctx,
      // The minute entry of a bench-trial day that records evidence ("… as to defendant Joseph J. Benz. Evidence by
      // Government."): a name's initial ("J.") may sit between the heading and the first evidence.
      /\bbench trial proceedings held\b[\s\S]{0,300}?\bEvidence by\b|\bNon-Jury Trial - Began\b/i,
    ) ??
    find(
      ctx,
      new RegExp(
        String.raw`\b(?:Bench|BENCH|Non-Jury|NON-JURY|Court) (?:Trial|TRIAL)\b(?: \(?(?:Day 1|Day One)\)?)?(?:${not}${IN_SENTENCE}){0,160}?\b(?:held|began|begun|commenced)\b`,
      ),
    );
  const jury =
    find(
      ctx,
      /\bJury Trial (?:-\s*)?(?:Began|began|Day 1)\b|\bvoir dire (?:begun|began|commenced|held)\b|\bjury (?:impaneled|empaneled) and sworn\b/i,
    ) ??
    find(
      ctx,
      new RegExp(
        String.raw`\b(?:Jury|JURY) (?:Trial|TRIAL|Selection|SELECTION)\b(?: \(?(?:Day 1|Day One)\)?)?(?:${not}${IN_SENTENCE}){0,160}?\b(?:held|began|begun|commenced)\b|\b(?:Voir Dire|VOIR DIRE)\b(?:${not}${IN_SENTENCE}){0,120}?\b(?:held|began|begun|commenced)\b`,
      ),
    );
  const start = [bench, jury].find((x) => x && !LATER_DAY.test(x.m[0]) && !/\bnot held\b/i.test(x.m[0]));
  if (start && ctx.kind === 'minutes') {
    const isBench = start === bench;
    emit(
      ctx,
      'trialStart',
      isBench
        ? { trialType: 'bench', milestone: 'firstEvidence' }
        : {
            trialType: 'jury',
            milestone:
              /sworn/i.test(start.m[0]) && !/selection|voir dire/i.test(w) ? 'jurySworn' : 'voirDireBegins',
          },
      {
        rule: isBench ? 'trial.bench' : 'trial.jury',
        confidence: MEDIUM,
        span: start,
        date: hearingDate(ctx),
      },
    );
  }
  // Verdicts: "JURY VERDICT as to X (1) Guilty on Count 1", "VERDICT AND FINDINGS OF FACT", "verdict of guilty",
  // "Court finds defendant guilty", "Jury returns a verdict". A proposed verdict form or a motion for a directed
  // verdict is not one.
  const verdict = find(
    ctx,
    /^\W*(?:JURY |Jury )?VERDICT\b(?! FORM \(PROPOSED\))|^\W*(?:Jury |JURY )?Verdict(?: Form)? (?:as to|returned)\b|\bverdict of (?:guilty|not guilty)\b|\bCourt finds (?:the )?defendant (?:guilty|not guilty)\b|\bJury (?:returns|returned|renders|rendered) (?:a |its )?verdict\b|\bJURY VERDICT\b/,
  );
  if (
    verdict &&
    !/proposed|directed verdict/i.test(w.slice(Math.max(0, verdict.start - 20), verdict.end + 10)) &&
    (ctx.kind === 'minutes' || verdict.start < 12 || ctx.kind === 'order')
  ) {
    const guilty = /\bguilty\b/i.test(verdict.m[0]) || /finds defendant guilty|verdict of guilty/i.test(w);
    emit(
      ctx,
      'verdict',
      { results: guilty ? countList(w).map((count) => ({ count, result: 'guilty' as const })) : [] },
      { rule: 'trial.verdict', confidence: MEDIUM, span: verdict, date: hearingDate(ctx) },
    );
  }
  const sentence = find(
    ctx,
    /\bSENTENCING held\b|\bSentence With PSR Hearing held\b|\bsentencing proceedings held\b|^\W*MINUTES before [^.;]{0,40}? sentencing\b|\bis sentenced to\b/i,
  );
  if (sentence && ctx.kind === 'minutes') {
    emit(
      ctx,
      'sentencing',
      {},
      { rule: 'sentence.hearing', confidence: MEDIUM, span: sentence, date: hearingDate(ctx) },
    );
  }
  // B11. Dismissal.
  const dismissal =
    find(ctx, /\bcase dismissed as to\b[^.]*|\bORDER for dismissal\b/i) ??
    find(
      ctx,
      /\bCounts? [\dIVX,\s-]+(?:of the (?:Indictment|Information) )?(?:is|are)? ?(?:dismissed|DISMISSED|Dismissed)\b[^.]*/,
    ) ??
    find(ctx, /\bcounts as to Dft \(\d+\) count\(s\) [\d,\s-]+\.\s*DISMISSED\b/) ??
    // A judgment's dispositions: "Count(s) 1, Dismissed without prejudice", "Count(s) 10-20, 2-4, 21, Dismissed on
    // motion of the US Atty.".
    find(
      ctx,
      /\bCount\(s\)\s*[\dIVX][\dIVXa-z,\s-]*?,?\s*(?:is |are )?(?:dismissed|DISMISSED|Dismissed)\b[^.;]*/,
    );
  if (dismissal && (ctx.kind === 'order' || ctx.kind === 'minutes') && !/appeal/i.test(dismissal.m[0])) {
    const s = w.slice(dismissal.start, Math.min(w.length, dismissal.end + 80));
    const movant = /Gov'?t|government|by USA|terminated by USA/i.test(s)
      ? 'government'
      : /court's own motion|sua sponte/i.test(s)
        ? 'court'
        : /defendant'?s motion/i.test(s)
          ? 'defendant'
          : 'court';
    const counts = countList(s);
    emit(
      ctx,
      'dismissal',
      {
        movant,
        // "case dismissed as to Jason Furtado (1) count(s) 1 … case terminated" (hid entry 46) ends the case.
        scope: /\bcase (?:dismissed|terminated)\b/i.test(s)
          ? 'case'
          : counts.length > 0 || /\bCounts?\b/i.test(dismissal.m[0])
            ? 'counts'
            : /complaint/i.test(s)
              ? 'complaint'
              : 'case',
        counts:
          counts.length > 0
            ? counts
            : (/\bCounts? ([\dIVX][\dIVX,\s-]*)/
                .exec(s)?.[1]
                ?.split(/,\s*/)
                .map((x) => x.trim())
                .filter(Boolean) ?? []),
        prejudice: /without prejudice/i.test(s)
          ? 'without'
          : /with prejudice/i.test(s)
            ? 'with'
            : 'unspecified',
      },
      {
        rule: 'dismissal',
        confidence: movant === 'court' && !/court's own/i.test(s) ? LOW + 0.2 : MEDIUM,
        span: dismissal,
        date: ctx.kind === 'minutes' ? hearingDate(ctx) : orderDate(ctx),
      },
    );
  }
}

export function otherRules(ctx: Ctx): void {
  const w = ctx.work;
  const error = find(ctx, /^\W*(?:ENTRY ERROR|FILING ERROR|\*+\s*ENTRY ERROR)\b[^.;]*/i);
  if (error) {
    emit(
      ctx,
      'docketError',
      { target: ctx.entry.id },
      { rule: 'hygiene.entryError', confidence: HIGH, span: error, date: ctx.entry.dateFiled },
    );
    if (/exclu/i.test(w))
      ctx.warnings.push(
        `entry ${ctx.entry.id} is marked in error and holds an exclusion: not applied; look for the re-entered order`,
      );
    return;
  }
  const correction = find(
    ctx,
    /\bCLERK'?S CORRECTION OF DOCKET ENTRY\b[^.]*|\bNOTICE OF DOCKET ERROR\b[^.]*|\bNOTE TO ATTORNEY TO RE-FILE DOCUMENT\b[^.]*|\bNOTICE TO ATTORNEY TO RE-FILE DOCUMENT\b[^.]*/i,
  );
  if (correction) {
    const target = /(?:Docket No\.|Document No\.|Document|re:?)\s*\[?(\d+)\]?/i.exec(
      w.slice(correction.start),
    );
    emit(
      ctx,
      'docketError',
      { target: target ? `#${target[1]}` : ctx.entry.id },
      { rule: 'hygiene.correction', confidence: MEDIUM, span: correction, date: ctx.entry.dateFiled },
    );
  }
  // A4. "WAIVER of Speedy Trial" — no effect on the clock (Zedner v. United States, 547 U.S. 489 (2006)).
  const waiver = find(
    ctx,
    /\bWAIVER of Speedy Trial\b|\bwaiver of speedy trial\b|\bwaives? (?:his |her |the )?(?:right to a )?speedy trial\b/i,
  );
  if (waiver)
    emit(
      ctx,
      'speedyTrialWaiver',
      {},
      { rule: 'waiver.speedyTrial', confidence: HIGH, span: waiver, date: hearingDate(ctx) },
    );

  // Stipulations: requests, not orders.
  const stip = ctx.kind === 'stipulation' ? find(ctx, /\bSTIPULATION\b[^.;]*/i) : null;
  if (stip) {
    const subject = /exclu|speedy/i.test(w)
      ? 'excludeTime'
      : /continu/i.test(w)
        ? 'continuance'
        : /detention/i.test(w)
          ? 'detention'
          : 'other';
    emit(
      ctx,
      'stipulationFiled',
      {
        subject,
        title: stip.m[0].trim().slice(0, 200),
        ...(/by USA|by the Government|by the United States/i.test(w)
          ? { by: 'government' as const }
          : /by (?:the )?defendant/i.test(w)
            ? { by: 'defendant' as const }
            : {}),
      },
      { rule: 'stipulation.filed', confidence: MEDIUM, span: stip, date: ctx.entry.dateFiled },
    );
  }

  // Plea agreements (§ 3161(h)(1)(G) runs from submission to the court's ruling).
  const agreement = find(
    ctx,
    /^\W*(?:LODGED |MEMORANDUM OF |GUILTY )?PLEA (?:AGREEMENT|Agreement)\b(?! SUPPLEMENT)|^\W*Plea Agreement as to\b|\bA written plea agreement is handed up\b/i,
  );
  if (agreement)
    emit(
      ctx,
      'pleaAgreementSubmitted',
      { terms: [] },
      { rule: 'plea.agreement', confidence: MEDIUM, span: agreement, date: ctx.entry.dateFiled },
    );
  const accepted = find(ctx, /\bPlea Agreement Accepted\b|\bCourt accepts (?:the )?plea agreement\b/i);
  if (accepted)
    emit(
      ctx,
      'pleaAgreementDecided',
      { agreement: '', ruling: 'accepted' },
      { rule: 'plea.agreementAccepted', confidence: MEDIUM, span: accepted, date: hearingDate(ctx) },
    );

  // B9. Competency and sanity proceedings, 18 U.S.C. §§ 4241–4247: the motion, the order for an examination
  // (with commitment for it), the examination under way, the examiner's report, the hearing and the court's
  // finding. § 3161(h)(1)(A) excludes "any proceeding, including any examinations, to determine the mental
  // competency or physical capacity of the defendant" from its first step to the determination; a finding of
  // incompetence starts (h)(4) until competency is restored.
  competencyRules(ctx);
  void LOW;
}

const REPORT =
  /^\W*(?:RESTRICTED |SEALED |Sealed |Restricted )?(?:Evaluation|Psychiatric (?:Report|Evaluation)|Psychological (?:Report|Evaluation)|Forensic (?:Evaluation|Report)|Competency (?:Evaluation )?Report|Mental (?:Health )?(?:Evaluation|Report)|Certificate of Restoration)\b|\bevaluation from the Bureau of Prisons\b|\b(?:psychiatric|psychological|forensic|competency) (?:evaluation|report) (?:was |is |has been )?(?:received|filed)\b/i;

const MENTAL =
  /\b(?:competen(?:cy|t|ce)|incompeten(?:cy|t|ce)|psychiatric|psychological|mental (?:health )?(?:examination|evaluation|exam|condition|competency)|medical\/mental|forensic (?:evaluation|examination)|sanity|insanity|4241|4242|4243|4244|4245|4246|4247)\b/i;

function competencyRules(ctx: Ctx): void {
  const w = ctx.work;
  if (!MENTAL.test(w) && !REPORT.test(w)) return;
  const statute = /18 U\.?S\.?C\.?\s*§*\s*(424[1-7])(?!\d)/.exec(w);
  const cite = statute ? { statute: `18 U.S.C. § ${statute[1]}` } : {};
  const add = (
    phase: 'motion' | 'order' | 'examination' | 'report' | 'hearing' | 'determination',
    span: { start: number; end: number },
    rule: string,
    date: string,
    result?: 'competent' | 'incompetent' | 'restored',
  ) => {
    if (
      ctx.drafts.some(
        (d) => d.event.kind === 'competencyProceeding' && (d.event as { phase: string }).phase === phase,
      )
    )
      return;
    emit(
      ctx,
      'competencyProceeding',
      { phase, ...(result ? { result } : {}), ...cite },
      { rule, confidence: MEDIUM, span, date },
    );
  };
  // The motion: "MOTION for Competency Evaluation", "MOTION to Determine Mental Competency", "MOTION for
  // Psychiatric Examination", "MOTION for Medical/Mental Examination of Defendant".
  if (ctx.kind === 'motion') {
    const m = find(
      ctx,
      /\bMOTION\b[^.;]{0,60}?\b(?:for|to|requesting)\b[^.;]{0,40}?\b(?:(?:mental )?competen(?:cy|ce)|(?:psychiatric|psychological|(?:medical\/)?mental|forensic|sanity|insanity)(?: (?:health|or psychological|or psychiatric))? (?:examination|evaluation|exam|testing|hearing))\b[^.;]*/i,
    );
    if (m && !/\bin limine\b|\btestimony\b|\bexclude\b/i.test(w.slice(0, m.end)))
      add('motion', m, 'competency.motion', ctx.entry.dateFiled);
    return;
  }
  const court = ctx.kind === 'order' || ctx.kind === 'minutes';
  const date = ctx.kind === 'minutes' ? hearingDate(ctx) : orderDate(ctx);
  // The finding: competent, incompetent, restored.
  const restored = find(
    ctx,
    /\b(?:competency (?:has been|is|was) restored|restored to competency|competency restored|regained (?:his |her )?competency)\b[^.;]*/i,
  );
  const incompetent = find(
    ctx,
    /\b(?:finds?|found|finding) (?:that )?(?:the )?(?:defendant|deft|dft)?[^.;]{0,60}?\b(?:is |to be |was )?(?:presently )?(?:mentally )?incompetent\b[^.;]*|\bFINDING (?:DEFENDANT )?(?:MENTALLY )?INCOMPETENT\b[^.;]*|\bDefendant (?:is )?(?:found )?(?:mentally )?incompetent to stand trial\b[^.;]*/i,
  );
  const competent = find(
    ctx,
    /\b(?:finds?|found|finding) (?:that )?(?:the )?(?:defendant|deft|dft)?[^.;]{0,60}?\b(?:is |to be |was )?(?:mentally )?competent to (?:stand trial|proceed)\b[^.;]*|\bFINDING (?:DEFENDANT )?COMPETENT\b[^.;]*|\bDefendant (?:is )?(?:found )?competent to (?:stand trial|proceed)\b[^.;]*/i,
  );
  // The hearing: "Competency Hearing as to X held on …".
  const hearing =
    ctx.kind === 'minutes' || /\bheld\b/.test(w)
      ? find(
          ctx,
          new RegExp(
            String.raw`\b(?:Competency|COMPETENCY|Mental Competency) (?:Hearing|HEARING)\b(?:(?!\bset\b|\bcontinued\b)${IN_SENTENCE}){0,160}?\bheld\b(?!\s+in abeyance)`,
          ),
        )
      : null;
  if (hearing && !/\bnot held\b/.test(hearing.m[0]))
    add('hearing', hearing, 'competency.hearing', hearingDate(ctx));
  // The order for an examination: "ORDER FOR PSYCHIATRIC OR PSYCHOLOGICAL EXAMINATION", "ORDER granting … Motion
  // for Competency Evaluation", "shall undergo a psychiatric examination", "committed to the custody of the
  // Attorney General for … examination" (a § 4241(d) commitment for hospitalization follows a finding of
  // incompetence and belongs to it).
  const order = court
    ? find(
        ctx,
        /^\W*(?:SEALED |AMENDED )?ORDER (?:FOR|DIRECTING|RE:?|REGARDING|FOR A|FOR AN)\b[^.;]{0,40}?\b(?:COMPETEN\w*|PSYCHIATRIC|PSYCHOLOGICAL|MENTAL|FORENSIC|SANITY)\b[^.;]*|\b(?:granting|GRANTING|Granting)\b[^.;]{0,30}?\bMotion\b[^.;]{0,30}?\b(?:competen\w*|psychiatric|psychological|(?:medical\/)?mental (?:health )?(?:examination|evaluation|exam)|forensic)\b[^.;]*|\b(?:shall|will|to) (?:undergo|submit to|be (?:examined|evaluated))\b[^.;]{0,40}?\b(?:competen\w*|psychiatric|psychological|mental|forensic)\b[^.;]*|\bshall conduct an? (?:psychiatric |psychological |mental |competency |forensic )?(?:examination|evaluation)\b[^.;]*|\bcommitted\b[^.;]{0,80}?\bfor (?:a |an |the purpose of (?:a |an )?)?(?:psychiatric|psychological|competency|mental|forensic)[^.;]{0,20}?(?:examination|evaluation)\b[^.;]*|\bcompetency (?:evaluation|examination) (?:is |was )?(?:hereby )?ordered\b[^.;]*/i,
      )
    : null;
  if (order && !incompetent) add('order', order, 'competency.order', date);
  // The examination under way: "Defendant is undergoing a competency evaluation".
  const exam = find(
    ctx,
    /\b(?:is|remains|was) (?:currently )?(?:undergoing|awaiting(?: the results of)?) (?:a |an |the )?(?:competency|psychiatric|psychological|mental|forensic)[^.;]{0,20}?(?:evaluation|examination)\b[^.;]*/i,
  );
  if (exam && !order) add('examination', exam, 'competency.examination', hearingDate(ctx));
  // The report: "SEALED Psychiatric Report", "Forensic Evaluation", "Competency Evaluation Report", "the
  // evaluation from the Bureau of Prisons".
  const report = find(ctx, REPORT);

  if (report && !ctx.drafts.some((d) => d.event.kind === 'competencyProceeding'))
    add('report', report, 'competency.report', ctx.entry.dateFiled);
  if (court) {
    if (restored) add('determination', restored, 'competency.restored', date, 'restored');
    else if (incompetent) add('determination', incompetent, 'competency.incompetent', date, 'incompetent');
    else if (competent) add('determination', competent, 'competency.competent', date, 'competent');
  }
}
