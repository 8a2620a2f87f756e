/**
 * Arrest, charging instruments, appearances, arraignment and plea (docs/dockets.md § 11, B1–B3, B6–B7).
 * The (c)(1) trial clock starts from the later of the public filing of the indictment or information and
 * the first appearance in the charging court (18 U.S.C. § 3161(c)(1)); an appearance in the district of
 * arrest under Fed. R. Crim. P. 5(c)(3) does not start it.
 */
import { DISTRICTS } from '../../law/calendar/districts.ts';
import { type Ctx, dateIn, emit, find, HIGH, hearingDate, LOW, MEDIUM } from './context.ts';
import { defendantsOf, mentions } from './roster.ts';
import { IN_SENTENCE, magistrateSuffix } from './text.ts';

const head = (ctx: Ctx, n = 120) => ctx.work.slice(0, n);

/**
 * The defendants a proceeding concerns: those named between its heading and "held" ("Arraignment as to A (1), B (2)"),
 * else the entry's own. A minute entry for several defendants gives one event with all of them.
 */
function named(ctx: Ctx, span: { start: number; end: number }): number[] {
  const sentence = ctx.text.slice(span.start, span.end);
  const found = [...new Set(mentions(ctx.roster, sentence).map((m) => m.number))];
  return found.length > 0 ? found.sort((a, b) => a - b) : ctx.defendants;
}

/** Count numbers after "Count(s)": "count(s) 1, 2-4, 5" → ["1", "2-4", "5"]. */
export function countList(text: string): string[] {
  const m =
    /\bcounts?(?:\(s\))?\s+((?:\d+[a-z]*(?:\s*-\s*\d+[a-z]*)?(?:\s*,\s*|\s+and\s+|\s*$|(?=[\s.;)])))+)/i.exec(
      text,
    );
  if (!m) return [];
  return m[1]!
    .split(/\s*,\s*|\s+and\s+/)
    .map((s) => s.replace(/\s+/g, '').trim())
    .filter((s) => /^\d/.test(s));
}

function districtNamed(text: string): string | undefined {
  const m =
    /\b(?:in|from) the ((?:(?:Northern|Southern|Eastern|Western|Middle|Central) )?District of [A-Z][A-Za-z ]+?)(?=[.,;(]|$)/i.exec(
      text,
    ) ??
    /\b(?:in|from) ((?:(?:Northern|Southern|Eastern|Western|Middle|Central) )?District of [A-Z][A-Za-z ]+?)(?=[.,;(]|$)/i.exec(
      text,
    );
  if (!m) return undefined;
  const name = m[1]!.toLowerCase().trim();
  for (const d of DISTRICTS.values()) if (d.name.toLowerCase() === name) return d.code;
  return undefined;
}

export function chargeRules(ctx: Ctx): void {
  const w = ctx.work;
  if (!/arrest|warrant|complaint|indictment|information|unseal|appearance|arraign|A & P|guilty|plea/i.test(w))
    return;

  // B1. Arrest: "Arrest of X on 2/4/2017", "ARREST of Sld Dft …", "Arrest WARRANT Returned Executed … on 10/9/03".
  const arrest =
    find(ctx, /^\W*(?:ARREST|Arrest) of\b/) ??
    find(
      ctx,
      /\b(?:ARREST|Arrest|Amended) (?:WARRANT|Warrant)(?: for Arrest Warrant)? (?:RETURNED|Returned) (?:EXECUTED|Executed)\b/,
    ) ??
    find(ctx, /\bWarrant (?:RETURNED|Returned) (?:EXECUTED|Executed)\b/);
  if (arrest && !/\bsummons\b/i.test(head(ctx, 40))) {
    const on = /\bon\s*(\d{1,2}\/\d{1,2}\/\d{2,4})/.exec(w.slice(arrest.start, arrest.start + 200));
    const at = on ? ctx.dates.find((d) => d.start >= arrest.start && d.raw === on[1]) : undefined;
    const district = districtNamed(w.slice(arrest.start, arrest.start + 200));
    emit(
      ctx,
      'arrest',
      { on: /warrant/i.test(arrest.m[0]) ? 'warrant' : 'complaint', ...(district ? { district } : {}) },
      {
        rule: /warrant/i.test(arrest.m[0]) ? 'arrest.warrantReturned' : 'arrest.text',
        confidence: at?.iso || /^\W*(?:ARREST|Arrest) of/.test(w) ? HIGH : MEDIUM,
        span: { start: arrest.start, end: at ? at.end : arrest.end },
        date: at?.iso ?? ctx.entry.dateFiled,
      },
    );
  }

  // B2. Charging documents.
  const complaint = find(
    ctx,
    /^\W*(?:(?:SEALED|AMENDED|Amended|Sealed|CRIMINAL|Criminal)\s+){0,3}(?:COMPLAINT|Complaint)\b(?! for Forfeiture)/,
  );
  if (complaint) {
    const charges = [
      ...w.matchAll(
        /\b(\d+)\s*U\.?\s*S\.?\s*C\.?\s*(?:§+\s*)?(\d+[A-Za-z]?(?:\([0-9A-Za-z]+\))*)((?:,\s*\d+[A-Za-z]?(?:\([0-9A-Za-z]+\))*)*)/g,
      ),
    ].flatMap((m) =>
      [
        m[2]!,
        ...(m[3] ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      ].map((s) => `${m[1]} U.S.C. § ${s}`),
    );
    const caseNumber = magistrateSuffix(ctx.text);
    emit(
      ctx,
      'complaint',
      { charges, ...(caseNumber ? { caseNumber } : {}) },
      { rule: 'charging.complaint', confidence: HIGH, span: complaint, date: ctx.entry.dateFiled },
    );
  }
  const superseding =
    find(ctx, /^\W*(?:\w+\s+){0,2}?(?:SUPERSEDING|Superseding) (?:INDICTMENT|Indictment)\b/) ??
    find(ctx, /^\W*S\(?(\d)\)? (?:INDICTMENT|Indictment)\b/);
  const indictment = superseding
    ? null
    : find(
        ctx,
        /^\W*(?:EP:\s*)?(?:(?:SEALED|UNREDACTED|REDACTED|Sealed|Redacted)\s+)?(?:INDICTMENT|Indictment)\b(?!\s+unsealed)/,
      );
  const sealedText = (s: string) => /\bSEALED\b|\(SEALED\)|originally filed under seal/i.test(s);
  if (indictment) {
    // Part 2 of a split filing ("PART 2 OF 2 - FOREPERSON'S SIGNATURE PAGE regarding Indictment 1") is not a second indictment.
    emit(
      ctx,
      'indictment',
      { sealed: sealedText(w.slice(0, 80)) || sealedText(w) },
      { rule: 'charging.indictment', confidence: HIGH, span: indictment, date: ctx.entry.dateFiled },
    );
  }
  if (superseding) {
    const level =
      superseding.m[1] ?? /\bS\(?(\d)\)?/.exec(w)?.[1] ?? (/second superseding/i.test(w) ? '2' : '1');
    emit(
      ctx,
      'supersedingIndictment',
      { designation: `S${level}`, sealed: sealedText(w) },
      { rule: 'charging.superseding', confidence: HIGH, span: superseding, date: ctx.entry.dateFiled },
    );
  }
  const information = find(
    ctx,
    /^\W*(?:(?:SUPERSEDING|Superseding|SEALED)\s+)?(?:INFORMATION|Information)\b(?!\s+sheet)/,
  );
  if (information) {
    emit(
      ctx,
      'information',
      { sealed: sealedText(w.slice(0, 60)) },
      { rule: 'charging.information', confidence: HIGH, span: information, date: ctx.entry.dateFiled },
    );
  }
  const unsealed =
    find(ctx, /\b(?:Indictment|INDICTMENT|Information|Complaint|COMPLAINT) (?:unsealed|UNSEALED)\b/) ??
    find(ctx, /\bunsealing the (?:S\(?\d\)? )?(?:superseding )?(?:indictment|information|complaint)\b/i) ??
    // "ORDER to Unseal Indictment", "ORDER granting motion to unseal the indictment", "Case unsealed as to X".
    find(
      ctx,
      /^\W*(?:TEXT |SEALED )?ORDER (?:to|granting (?:the )?(?:government'?s )?(?:motion|application) to) unseal (?:the )?(?:S\(?\d\)? )?(?:superseding )?(?:indictment|information|complaint|case)\b|\b(?:Case|CASE) (?:is )?(?:hereby )?(?:unsealed|UNSEALED) as to\b/i,
    );
  if (unsealed && ctx.kind !== 'motion') {
    emit(
      ctx,
      'unsealing',
      { instrument: '' },
      {
        rule: 'charging.unsealing',
        confidence: MEDIUM,
        span: unsealed,
        date: ctx.kind === 'order' ? (ctx.signedOn ?? ctx.entry.dateFiled) : ctx.entry.dateFiled,
        ...(/S\(?\d\)?|superseding/i.test(unsealed.m[0]) ? { motionType: 'other' } : {}),
      },
    );
  }

  // B3. Appearances. "Initial Appearance … held", "Initial Appearances as to A (1), B (2) held", "first appearance of
  // dft", "Proceeding: Rule 9". A status hearing "re Initial Appearance" that continues it is not the appearance
  // (casd entry 3: "Status Hearing re Initial Appearance … held … Initial Appearance continued to 1/13/2015").
  const appearance =
    find(
      ctx,
      new RegExp(
        String.raw`(?<!\bre:? |\bre: )\b(?:INITIAL APPEARANCES?|Initial Appearances?)(?: on (?:the )?(?:Indictment|Information|Superseding Indictment|Complaint))?(?:\s+(?:and ARRAIGNMENT|and Arraignment))?\b(?:(?!\bset\b|\bscheduled\b|\bcontinued\b|\breset\b)${IN_SENTENCE}){0,200}?\bheld\b(?! before[^.;]{0,60} set)`,
      ),
    ) ??
    find(
      ctx,
      /\bEP:\s*MINUTES:\s*Initial Appearance\b|\bfirst appearance of\b|^\W*Initial Appearances? as to\b/,
    );
  if (
    appearance &&
    !/Revocation|Supervised Release|Probation|Material Witness/i.test(
      w.slice(appearance.start, appearance.end + 80),
    ) &&
    !/\bnot held\b/i.test(appearance.m[0]) &&
    ctx.kind !== 'notice'
  ) {
    const rule5 =
      /Rule 5\s*\(c\)\s*\(3\)|Rule 5\(c\)|\bin (?:the )?(?:\w+ )?District of\b[^.]{0,40}\barrest/i.test(w);
    const withCounsel =
      /appointed|\bAFPD\b|\bFPD\b|\bCJA\b|retained|counsel present|Attorney [A-Z][^.]{0,40}present|Apptd Atty/i.test(
        w,
      )
        ? true
        : /without counsel|no counsel/i.test(w)
          ? false
          : undefined;
    emit(
      ctx,
      'initialAppearance',
      { district: ctx.court, rule5c3: rule5, ...(withCounsel === undefined ? {} : { withCounsel }) },
      {
        rule: 'appearance.initial',
        confidence: HIGH,
        span: appearance,
        date: hearingDate(ctx),
        defendants: named(ctx, appearance),
      },
    );
  }

  // B6. Arraignment: "Arraignment on Information as to X (1) Count 1 held", "Arraignment as to A (1), B (2) held",
  // "A & P", "arraigned". A material witness's "arraignment" (casd entry 4) is not the defendant's.
  const arraignment =
    find(
      ctx,
      new RegExp(
        String.raw`\b(?:ARRAIGNMENTS?|Arraignments?)(?:\/Waiver and Plea Hearing)?(?: \(on [^)]*\))?(?: on (?:the )?(?:Indictment|Information|Superseding Indictment))?\b(?:(?!\bset\b|\bscheduled\b|\bOrder\b|\bcontinued\b|\breset\b)${IN_SENTENCE}){0,200}?\bheld\b(?! before[^.;]{0,60} set)`,
      ),
    ) ??
    find(
      ctx,
      // The minutes' heading names the proceeding held: "Minute Entry for proceedings held before District Judge
      // Stephen N. Limbaugh, Jr:Arraignment and Plea: Parties present for arraignment and plea."
      /\bA & P to the (?:Indictment|Information)\b|\bdft [A-Z][^.;]{0,60}? arraigned\b|\bDefendant (?:was )?arraigned\b|\bproceedings held before [^:;]{0,80}:\s*Arraignment\b(?![^.;]{0,80}\b(?:set|reset|scheduled|continued)\b)/,
    );
  // An order that narrates the arraignment: "On July 30, 2019, the defendant, appeared in person and in open court
  // with Attorney … and was arraigned in accordance with … Rule 10" — the arraignment, and the plea entered at it,
  // are of the day it names.
  const narrated = arraignment
    ? null
    : find(
        ctx,
        /\bOn ([A-Z][a-z]+\.? \d{1,2}, \d{4}),? (?:the )?(?:defendant|Defendant)\b(?:\b(?:Jr|Sr|[A-Z])\.|[^.;]){0,200}?\bwas arraigned\b/,
      );
  const narratedOn = narrated ? dateIn(ctx, narrated.start, narrated.start + 30)?.iso : undefined;
  if (narrated && narratedOn && ctx.kind !== 'notice')
    emit(
      ctx,
      'arraignment',
      { counts: [] },
      { rule: 'arraignment.narrated', confidence: MEDIUM, span: narrated, date: narratedOn },
    );
  if (
    arraignment &&
    ctx.kind !== 'notice' &&
    !/not held/.test(arraignment.m[0]) &&
    !/\bMaterial Witness/i.test(arraignment.m[0])
  ) {
    emit(
      ctx,
      'arraignment',
      { counts: countList(w.slice(arraignment.start, arraignment.end + 60)) },
      {
        rule: 'arraignment.held',
        confidence: HIGH,
        span: arraignment,
        date: hearingDate(ctx),
        defendants: named(ctx, arraignment),
      },
    );
  }
  // An arraignment on a written waiver (Fed. R. Crim. P. 10(b)): the defendant files a "WAIVER of Personal
  // Appearance at Arraignment and Entry of Plea of Not Guilty", and the arraignment and the plea take place when the
  // court accepts it — "ORDER accepting waiver of arraignment … plea of not guilty entered", "ORDER granting 12
  // Waiver of Appearance at Arraignment". The waiver alone is not the arraignment: the court may refuse it.
  const waived =
    !arraignment && (ctx.kind === 'order' || /^\W*(?:TEXT )?ORDER\b/i.test(w))
      ? find(
          ctx,
          /\b(?:accept(?:s|ed|ing)?|approv(?:es|ed|ing)|grant(?:s|ed|ing)|ACCEPT(?:S|ED|ING)?|APPROV(?:ES|ED|ING)|GRANT(?:S|ED|ING)?)\b(?:(?!\b(?:den(?:y|ies|ied|ying)|DEN(?:Y|IES|IED|YING))\b)[^.;]){0,80}?\b(?:WAIVER|Waiver|waiver) of (?:(?:(?:the )?(?:defendant'?s )?(?:personal |Personal |PERSONAL )?(?:appearance|Appearance|APPEARANCE|presence|Presence|PRESENCE) (?:at|for|AT|FOR) (?:the )?)?(?:ARRAIGNMENT|Arraignment|arraignment))\b/,
        )
      : null;
  if (waived) {
    emit(
      ctx,
      'arraignment',
      { counts: [] },
      {
        rule: 'arraignment.waiverAccepted',
        confidence: MEDIUM,
        span: waived,
        date: ctx.signedOn ?? ctx.entry.dateFiled,
        defendants: named(ctx, waived),
      },
    );
  }

  // Pleas. Not guilty: "Not Guilty plea entered", "pleads Not Guilty", "-- Not Guilty".
  const notGuilty = find(
    ctx,
    new RegExp(
      String.raw`\b(?:Not Guilty plea entered|not guilty plea entered|Plea of NOT GUILTY entered|pleads? Not Guilty|Plea entered by ${IN_SENTENCE}{1,120}?--\s*Not Guilty|Plea entered${IN_SENTENCE}{0,120}?\bNot Guilty|(?:enters?|entered) a plea of not guilty|entered pleas? of not guilty)\b`,
      'i',
    ),
  );
  if (notGuilty) {
    emit(
      ctx,
      'plea',
      { plea: 'notGuilty', counts: countList(w.slice(Math.max(0, notGuilty.start - 80), notGuilty.end)) },
      {
        rule: 'plea.notGuilty',
        confidence: HIGH,
        span: notGuilty,
        date: waived ? (ctx.signedOn ?? ctx.entry.dateFiled) : (narratedOn ?? hearingDate(ctx)),
      },
    );
  }
  // Rule 10(b)(2): a waiver of arraignment affirms that the defendant pleads not guilty; the plea is read where the
  // order accepting it says so.
  const waivedPlea = waived && !notGuilty ? find(ctx, /\bnot guilty\b/i) : null;
  if (waived && waivedPlea)
    emit(
      ctx,
      'plea',
      { plea: 'notGuilty', counts: [] },
      {
        rule: 'plea.waiverAccepted',
        confidence: MEDIUM,
        span: waivedPlea,
        date: ctx.signedOn ?? ctx.entry.dateFiled,
        defendants: named(ctx, waived),
      },
    );
  // Guilty, as entered or as a disposition: "Plea entered by X (1) Guilty Count 1", "Plea entered by X: Guilty",
  // "(1) Guilty Count 1", "GUILTY PLEA ENTERED as to X (1) Count 1", "Defendant pleads guilty to Count 1", and the
  // court's acceptance ("Court accepts the guilty plea"), which `resolveDrafts` keeps only when no earlier plea of
  // the same defendant is on the docket.
  const guilty =
    find(
      ctx,
      new RegExp(
        String.raw`\bPlea (?:entered|Tendered) by ${IN_SENTENCE}{1,120}?\bGuilty\b(?![^.;]{0,5}--)(?:\s+(?:on )?Counts?\s*[\d,\s-]+|\s+on count [a-z]+|\s+to Counts? [\d,\s-]+)?`,
      ),
    ) ??
    find(
      ctx,
      new RegExp(
        String.raw`\bguilty plea entered (?:by|as to) ${IN_SENTENCE}{1,120}?count\(?s?\)?\s*[\d,\s-]+`,
        'i',
      ),
    ) ??
    find(ctx, new RegExp(String.raw`\bGuilty: ${IN_SENTENCE}{1,120}?count\(?s?\)?\s*[\d,\s-]+`)) ??
    // "plea of guilty as to Adama Kane (1) Count 1s held on 2/15/2018" (a minute entry of arraignment and plea).
    find(
      ctx,
      new RegExp(
        String.raw`(?<!\bnot )\bplea of guilty as to ${IN_SENTENCE}{1,120}?\bCounts? [\dIVX][\dIVXa-z,\s-]*`,
        'i',
      ),
    ) ??
    find(ctx, /\(\d{1,3}\)\s*Guilty (?:on )?Counts? [\dIVX][\dIVXa-z,\s-]*/) ??
    find(ctx, /\bPLEA entered by\b[^.;]{0,40}/) ??
    (ctx.kind === 'minutes'
      ? // "Defendant enters a plea of guilty to the Information" (azd entry 13), "Defendant pleads guilty to Count 1".
        find(
          ctx,
          /\b(?:Defendant|Deft|Dft)\.? (?:enters|entered) (?:a )?pleas? of guilty\b[^.;]{0,60}|\b(?:Defendant|Deft|Dft)\.? (?:pleads|pled|pleaded) guilty to\b[^.;]{0,60}|(?<!\bNot )\bGuilty plea entered\b[^.;]{0,60}/i,
        )
      : null);
  const accepted =
    guilty === null && (ctx.kind === 'minutes' || ctx.kind === 'order')
      ? find(
          ctx,
          /\b(?:Court|court) (?:accepts|accepted) (?:the )?(?:defendant'?s )?(?:plea of guilty|guilty pleas?)\b[^.;]{0,60}|\bplea of guilty (?:is |was )?(?:hereby )?ACCEPTED\b/i,
        )
      : null;
  const plea = guilty ?? accepted;
  // A verdict's dispositions ("JURY VERDICT as to X (1) Guilty on Count 1") are not a plea.
  const verdict = /\bverdict\b|\bfound guilty\b|\bfinds (?:the )?defendant guilty\b/i.test(w);
  if (
    !verdict &&
    plea &&
    !/not guilty/i.test(plea.m[0]) &&
    !/Recommending|FINDINGS AND RECOMMENDATION/i.test(head(ctx, 60))
  ) {
    emit(
      ctx,
      'plea',
      { plea: 'guilty', counts: countList(plea.m[0]) },
      {
        rule: guilty ? 'plea.guilty' : 'plea.accepted',
        confidence: guilty ? HIGH : MEDIUM,
        span: plea,
        date: ctx.kind === 'order' ? (ctx.signedOn ?? ctx.entry.dateFiled) : hearingDate(ctx),
      },
    );
  }
  // A plea hearing a magistrate judge held under 28 U.S.C. § 636(b)(3) and narrates in the report and recommendation
  // that follows it: "I conducted a plea hearing in this case on December 4, 2023. … He then entered a plea of
  // guilty", "On August 14, 2018, this cause came before the undersigned … for entry of a guilty plea by the
  // defendant". The plea was entered that day; the district judge's acceptance comes later.
  if (!plea || verdict) {
    const held =
      find(
        ctx,
        /\bconducted (?:a|the) (?:plea|change of plea|Rule 11) hearing in this (?:case|matter) on ([A-Z][a-z]+\.? \d{1,2}, \d{4})\b/,
      ) ??
      find(
        ctx,
        /\bOn ([A-Z][a-z]+\.? \d{1,2}, \d{4}),? this (?:cause|matter|case) came before the undersigned\b[^.;]{0,160}?\bfor (?:the )?entry of a (?:guilty plea|plea of guilty)\b/,
      );
    const entered = held
      ? /\bfor (?:the )?entry of a (?:guilty plea|plea of guilty)\b/.test(held.m[0])
        ? held
        : find(ctx, /\b(?:entered|tendered) (?:a )?pleas? of guilty\b/i)
      : null;
    const on = held ? dateIn(ctx, held.start, held.end)?.iso : undefined;
    if (held && entered && on && !verdict) {
      emit(
        ctx,
        'plea',
        { plea: 'guilty', counts: [] },
        { rule: 'plea.narratedHearing', confidence: MEDIUM, span: entered, date: on },
      );
      const appearance = find(
        ctx,
        /\b(?:provided|gave) (?:the )?(?:Defendant|defendant) (?:with )?an initial appearance\b/,
      );
      if (appearance)
        emit(
          ctx,
          'initialAppearance',
          { district: ctx.court, rule5c3: false },
          { rule: 'appearance.narratedHearing', confidence: MEDIUM, span: appearance, date: on },
        );
    }
  }
  // "TRANSCRIPT filed … as to Robert Warren, Viki Warren for dates of 7/15/04 - Plea/R. 11 proceedings" (ncwd_1,
  // 2005-03-08): Fed. R. Crim. P. 11(b) proceedings are the colloquy before the court accepts a guilty or nolo
  // plea, so each defendant named pleaded that day. Low confidence: the plea entry itself is not on this docket
  // (a report run for a co-defendant); `resolveDrafts` drops it for a defendant whose plea is on the docket.
  const rule11 = find(
    ctx,
    /\bTRANSCRIPT\b[^;]{0,160}?\bfor dates? of\s*(\d{1,2}\/\d{1,2}\/\d{2,4})\s*-\s*Plea\s*\/\s*R(?:ule|\.)\s*11 proceedings\b/i,
  );
  if (rule11) {
    const at = rule11.start + rule11.m[0].lastIndexOf(rule11.m[1]!);
    const date = dateIn(ctx, at, at + 1)?.iso;
    if (date)
      emit(
        ctx,
        'plea',
        { plea: 'guilty', counts: [] },
        { rule: 'plea.rule11Transcript', confidence: LOW, span: rule11, date },
      );
  }
}

/** Named counsel: appointed, appearing, relieved. */
export function counselRules(ctx: Ctx): void {
  const w = ctx.work;
  if (!/appoint|APPEARANCE|relieve|terminated|substitut|retained/i.test(w)) return;
  const designation = (s: string) =>
    /\bA?FPD\b|Federal (?:Public )?Defender|FD-S\/A/i.test(s)
      ? ('federalDefender' as const)
      : /\bCJA\b/.test(s)
        ? ('cja' as const)
        : /Retained/i.test(s)
          ? ('retained' as const)
          : /Public Defender/i.test(s)
            ? ('publicDefender' as const)
            : ('other' as const);
  const NAME = "([A-Z][A-Za-z'.-]+(?: [A-Z][A-Za-z'.-]*){1,4})";
  const patterns: Array<[RegExp, 'appointed' | 'appearance' | 'withdrawn' | 'substituted']> = [
    [new RegExp(`\\bAttorney ${NAME}(?: \\([^)]*\\))? appointed for\\b`, 'g'), 'appointed'],
    [new RegExp(`\\bAppointing ${NAME} with Appointment Type: (\\w+)`, 'g'), 'appointed'],
    [new RegExp(`\\bCJA 20 Appointment of Attorney ${NAME} for\\b`, 'g'), 'appointed'],
    [new RegExp(`\\bappoints attorney ${NAME}`, 'g'), 'appointed'],
    [
      new RegExp(
        `\\b(?:ORDER APPOINTING FEDERAL PUBLIC DEFENDER as to [^.]*?) ${NAME} for [^.]*? appointed\\b`,
        'g',
      ),
      'appointed',
    ],
    [new RegExp(`\\bNOTICE OF ATTORNEY APPEARANCE:? ${NAME} appearing for (?!USA)`, 'g'), 'appearance'],
    [new RegExp(`\\brelieves attorney ${NAME}`, 'g'), 'withdrawn'],
    [new RegExp(`\\bAttorney ${NAME} terminated\\b`, 'g'), 'withdrawn'],
    [new RegExp(`\\b${NAME} is relieved as counsel\\b`, 'g'), 'withdrawn'],
    [new RegExp(`\\bsubstitutes ${NAME}`, 'g'), 'substituted'],
  ];
  if (/^\W*(?:FILING|ENTRY) ERROR/i.test(w)) return;
  const seen = new Set<string>();
  for (const [re, role] of patterns) {
    for (const m of w.matchAll(re)) {
      const attorney = m[1]!.replace(/,?\s*(?:Esq\.?|ESQ\.?)$/, '').trim();
      if (seen.has(`${attorney}/${role}`) || /^(?:Federal|Office|The|Attorney)\b/.test(attorney)) continue;
      seen.add(`${attorney}/${role}`);
      const sentence = w.slice(m.index, Math.min(w.length, m.index + m[0].length + 120));
      const d = role === 'appointed' && m[2] ? designation(m[2]) : designation(sentence);
      emit(
        ctx,
        'counselAppearance',
        { attorney, designation: d, role },
        {
          rule: `counsel.${role}`,
          confidence: MEDIUM,
          span: { start: m.index, end: m.index + m[0].length },
          date: ctx.signedOn ?? hearingDate(ctx),
        },
      );
    }
  }
  const retained = find(ctx, /\bDefendant (?:has )?retained counsel\b|\bDeft has retained Atty,? /);
  if (retained && !seen.size) {
    const name =
      /retained Atty,?\s+([A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){1,3})/.exec(w)?.[1] ??
      /For Defendant: ([A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){1,3}), Retained/.exec(w)?.[1];
    if (name)
      emit(
        ctx,
        'counselAppearance',
        { attorney: name, designation: 'retained', role: 'appearance' },
        { rule: 'counsel.retained', confidence: LOW + 0.2, span: retained, date: hearingDate(ctx) },
      );
  }
  void dateIn;
  void defendantsOf;
}
