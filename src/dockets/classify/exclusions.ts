/**
 * Speedy Trial exclusions in docket text (docs/dockets.md § 10; docs/speedy-trial.md, "Exclusions, § 3161(h)"):
 * explicit windows ("Time excluded from 10/27/03 to 1/5/04"), coded windows ("XE started … start date:
 * 2/9/4 end date: 3/15/4", "XT1 1/27/15 - 4/20/15"), relative windows ("the time between today's date and
 * the anticipated trial"), bare "all time is excluded", and orders known only by their event name.
 * An exclusion takes effect only from an order, or a minute entry recording one made in court; a
 * stipulation, letter or motion only asks for it (18 U.S.C. § 3161(h)(7)(A): "on the basis of [the
 * judge's] findings").
 */
import type { ExclusionKind, Findings, OpenEnd } from '../../case/index.ts';
import { docketCiteTable, RENUMBERING } from '../../law/speedy-trial/provisions/index.ts';
import { AO_CODES, T_FACTOR } from './ao-codes.ts';
import {
  type Ctx,
  dateIn,
  emit,
  HIGH,
  hearingDate,
  LOW,
  MEDIUM,
  type OpenEndRef,
  orderDate,
} from './context.ts';
import type { TextDate } from './dates.ts';
import { sentenceWith } from './text.ts';

const KEYWORD =
  /exclu(?:ded|dable|de|sion|ding)|\bexlude|excludable|\bX[A-Z]\d?\b|Local Codes?\b|\bT-?\d\b|\(T\d\)|\bExcludable Time\b/i;
const LOOK_ALIKE =
  /exclude (?:the )?(?:testimony|evidence|expert|witness|statements?)|MOTION (?:in Limine )?to Exclude|in Limine|excluded from (?:the )?(?:courtroom|evidence|trial)/i;
const JOIN =
  /^\s*[,;]?\s*(?:-|–|to|until|thru|through|and|up to and including|end date:?|,?\s*-?\s*stop(?: date)?\s*[:-]?|through stop date\s*-?)\s*$/i;

/** The category, the citation as written, and the AO code, from the words around a window. */
interface Basis {
  basis: ExclusionKind;
  citedAs?: string;
  aoCode?: string;
  unknownCode?: string;
  /** The cite does not fit the order (a continuance cited to (h)(1)); lowers the confidence. */
  inconsistent?: string;
  /** What a reader must check in the order (kept as the exclusion's note; the confidence is unchanged). */
  caution?: string;
}

/** 18 U.S.C. § 3161(h) as renumbered by Pub. L. 110-406, § 13 (2008), and before it. */
const CITE_NEW = docketCiteTable('current');
const CITE_OLD = docketCiteTable('before2008');

function basisOf(ctx: Ctx, from: number, to: number, date: string): Basis {
  const around = ctx.work.slice(Math.max(0, from - 200), Math.min(ctx.work.length, to + 120));
  const out: Basis = { basis: 'endsOfJustice' };
  const code =
    /\bX([A-Z])(\d?)\b|Local Codes? ([A-Z](?:\d)?(?:,? (?:and )?[A-Z]\d?)*)|\bT-?(\d)\b|\(T(\d)\)/.exec(
      around,
    );
  if (code) {
    const letter = code[1]
      ? `${code[1]}${code[2] ?? ''}`
      : code[3]
        ? code[3].split(/[, ]+(?:and )?/).pop()!
        : `T${code[4] ?? code[5]}`;
    const known = AO_CODES[letter] ?? AO_CODES[letter.slice(0, 1)];
    if (known && letter !== 'T0') {
      out.basis = known.category;
      out.aoCode = letter;
    } else out.unknownCode = letter;
  } else {
    const other = /\b(S[A-Z])\s+excludable\b/.exec(around);
    if (other) out.unknownCode = other[1];
  }
  const cite = /3161\s*\(h\)\s*\((\d)\)(?:\s*\(([A-J])\))?(?:\s*(?:&|and)\s*\(B\))?/.exec(ctx.work);
  if (cite) {
    out.citedAs = cite[0].replace(/\s+/g, '');
    const key = `${cite[1]}${cite[2] ?? ''}`;
    const table = date >= RENUMBERING.on ? CITE_NEW : CITE_OLD;
    const category = table[key];
    if (!code && category) {
      if (category === 'otherProceeding' && /continu|trial/i.test(ctx.work)) {
        out.inconsistent = `cited as § ${out.citedAs}, but a continuance's exclusion rests on § 3161(h)(7) (Bloate v. United States, 559 U.S. 196 (2010))`;
      } else out.basis = category;
    }
  } else if (/See 18 U\.?S\.?C\.? ?§? ?3161\.?(?!\s*\()/.test(ctx.work)) {
    out.citedAs = '18 U.S.C. § 3161';
  }
  if (!code && !cite) {
    // "excluded … in the interests of justice" names § 3161(h)(7) even when the window is a motion's pendency
    // (ned entry 65); the motion's own (h)(1)(D) window is read from the motion itself.
    if (
      /pretrial motion|pending motion|disposition (?:of|thereof)|final disposition/i.test(around) &&
      !/continu|interests? of justice/i.test(around)
    )
      out.basis = 'pretrialMotion';
    if (
      /competen|mental (?:examination|evaluation)|4241/i.test(around) &&
      !/interests? of justice/i.test(around)
    )
      out.basis = 'competencyExam';
  }
  // Bloate v. United States, 559 U.S. 196 (2010): time granted to prepare pretrial motions is excludable only
  // as an (h)(7) continuance with findings (ned entry 17: "Pretrial Motions and briefs shall be filed on or
  // before 3/10/2014 … The time between today's date and March 10, 2014, shall be excluded").
  if (
    out.basis === 'endsOfJustice' &&
    /(?:time to file|extend[^.;]{0,40}?) pretrial motions|pretrial motions (?:and briefs )?(?:shall be |to be )?(?:filed|due)/i.test(
      ctx.work,
    )
  )
    out.caution =
      'the window is time to prepare pretrial motions: excludable only as an ends-of-justice continuance with findings on the record (Bloate v. United States, 559 U.S. 196 (2010))';
  return out;
}

/** Ends-of-justice findings (Zedner): reasons on the record, or a bare recital. */
function findingsOf(ctx: Ctx, basis: Basis): Findings | undefined {
  if (basis.basis !== 'endsOfJustice') return undefined;
  const t = ctx.work;
  const factors = new Set<'i' | 'ii' | 'iii' | 'iv' | 'other'>();
  if (basis.aoCode && T_FACTOR[basis.aoCode]) factors.add(T_FACTOR[basis.aoCode]!);
  const complex = /unusual and complex|so unusual or so complex|complex case|\bcomplex\b/i.test(t);
  const finds = /\b(?:court|I)\s+finds?\b|\bfinding that\b|\bfinds? that the ends of justice\b/i.test(t);
  const outweigh = /ends of justice[^.]{0,120}outweigh|outweigh[^.]{0,80}speedy trial/i.test(t);
  const reasons = /\bin order to\b|\bbecause\b|\bto (?:allow|permit|provide)\b/i.test(t);
  if (complex) factors.add('ii');
  if (/miscarriage of justice|impossible/i.test(t)) factors.add('i');
  if (
    /effective preparation|time to prepare|continuity of counsel|obtain counsel|review (?:the )?discovery/i.test(
      t,
    )
  )
    factors.add('iv');
  if (
    (finds && (outweigh || complex)) ||
    (complex && /because|finds/i.test(t)) ||
    (reasons && /exclu/i.test(t) && /justice|speedy/i.test(t) && /\bin order to provide|\bbecause\b/i.test(t))
  ) {
    if (factors.size === 0) factors.add('other');
    const m = sentenceWith(t, /finds|because|in order to/i);
    return { status: 'onRecord', factors: [...factors], ...(m ? { text: m.trim() } : {}) };
  }
  return { status: 'recitedOnly' };
}

function isAnnouncement(ctx: Ctx): boolean {
  return (
    ctx.kind === 'minutes' &&
    /will be submitted|Stip(?:ulation)? to be prepared|to prepare (?:an |the )?order|order to follow/i.test(
      ctx.work,
    )
  );
}

/** May this entry exclude time itself? Orders and minute entries; never requests. */
function speaksAsCourt(ctx: Ctx): boolean {
  return (
    ctx.kind === 'order' ||
    ctx.kind === 'minutes' ||
    (ctx.kind === 'other' && /\bby Judge\b|Ordered by|Signed by|SO ORDERED/i.test(ctx.work))
  );
}

export function exclusionRules(ctx: Ctx): void {
  if (/^\W*(?:ENTRY|FILING) ERROR/i.test(ctx.text)) return;
  if (
    ctx.text.trim() !== '' &&
    !/exclu|exlude|\bX[A-Z]|\bT-?\d\b|\(T\d\)|Local Code|started|extension of time to indict|time to (?:indict|file (?:an )?indictment)|continu|scheduling(?: and trial)? order|order setting (?:jury )?trial/i.test(
      ctx.work,
    )
  )
    return;
  const court = speaksAsCourt(ctx);
  const found: Array<{ from: string; to: string | null; start: number; end: number }> = [];
  const date = ctx.kind === 'minutes' ? hearingDate(ctx) : orderDate(ctx);

  // A1, A2: explicit and coded windows — two dates joined by "to", "until", "thru", "-", "end date:" …
  for (let i = 0; i + 1 < ctx.dates.length; i++) {
    const d1 = ctx.dates[i]!;
    const d2 = ctx.dates[i + 1]!;
    const between = ctx.work.slice(d1.end, d2.start);
    if (!JOIN.test(between)) continue;
    const before = ctx.work.slice(Math.max(0, d1.start - 170), d1.start);
    const after = ctx.work.slice(d2.end, d2.end + 50);
    const keyBefore = KEYWORD.exec(before);
    const lastStop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '));
    const keyNear =
      keyBefore &&
      (lastStop < 0 ||
        keyBefore.index > lastStop ||
        /^\s*\S{0,3}\s*$/.test(before.slice(lastStop + 2, keyBefore.index)));
    const keyAfter =
      /^\s*(?:per |pursuant to )?[^.]{0,30}?(?:\bT-?\d\b|Local Code|\bX[A-Z]\d?\b|exclu)/i.test(after);
    if (!keyNear && !keyAfter) continue;
    if (LOOK_ALIKE.test(before.slice(keyBefore?.index ?? 0))) continue;
    if (!d1.iso || !d2.iso) {
      ctx.warnings.push(
        `entry ${ctx.entry.id}: an exclusion window with a date that cannot be read (${[d1, d2]
          .filter((d) => !d.iso)
          .map((d) => d.problem)
          .join('; ')}); check the order`,
      );
      i++;
      continue;
    }
    if (d2.iso < d1.iso) {
      ctx.warnings.push(
        `entry ${ctx.entry.id}: exclusion window ends (${d2.iso}) before it starts (${d1.iso}); not applied`,
      );
      i++;
      continue;
    }
    const spanStart = keyNear && keyBefore ? d1.start - before.length + keyBefore.index : d1.start;
    found.push({ from: d1.iso, to: d2.iso, start: spanStart, end: d2.end });
    i++;
  }

  // Coded start without an end: "ST excludable started 9/5/26."
  for (const m of ctx.work.matchAll(/\b(X?[A-Z]{1,2}\d?)\s+(?:excludable\s+)?started\b[^.;]{0,40}?/g)) {
    const d = dateIn(ctx, m.index + m[0].length, m.index + m[0].length + 30);
    if (!d?.iso || found.some((f) => f.start <= d.start && f.end >= d.end)) continue;
    const next = ctx.dates[ctx.dates.indexOf(d) + 1];
    if (next && JOIN.test(ctx.work.slice(d.end, next.start))) continue;
    found.push({ from: d.iso, to: null, start: m.index, end: d.end });
  }

  for (const w of found) {
    const basis = basisOf(ctx, w.start, w.end, date);
    const announced = isAnnouncement(ctx);
    if (!court) continue;
    let confidence = ctx.kind === 'order' ? HIGH : MEDIUM;
    if (announced) confidence = 0.5;
    if (basis.inconsistent) confidence -= 0.1;
    if (basis.unknownCode) {
      confidence = LOW;
      ctx.warnings.push(
        `entry ${ctx.entry.id}: unknownExclusionCode "${basis.unknownCode}"; recorded as a low-confidence exclusion to confirm`,
      );
    }
    if (ctx.entry.eventName && /Ends of Justice|Exclud/i.test(ctx.entry.eventName))
      confidence = Math.min(0.95, confidence + 0.05);
    const findings = findingsOf(ctx, basis);
    const openEnd: OpenEnd | undefined = w.to
      ? undefined
      : { event: 'furtherOrder', description: ctx.work.slice(w.start, w.end).trim() };
    emit(
      ctx,
      'timeExclusion',
      {
        basis: basis.basis,
        from: w.from,
        to: w.to,
        ...(openEnd ? { until: openEnd } : {}),
        ...(basis.citedAs
          ? { citedAs: basis.citedAs }
          : basis.unknownCode
            ? { citedAs: basis.unknownCode }
            : {}),
        ...(basis.aoCode ? { aoCode: basis.aoCode } : {}),
        ...(findings ? { findings } : {}),
        ...(basis.inconsistent || basis.caution ? { note: (basis.inconsistent ?? basis.caution)! } : {}),
      },
      {
        rule: basis.aoCode ? 'exclusion.coded' : w.to ? 'exclusion.explicit' : 'exclusion.codedOpen',
        confidence,
        span: w,
        date,
        announced,
        ...(w.to ? {} : { openEnd: { to: 'furtherOrder' } }),
      },
    );
  }

  // A3: relative windows — "the time between today's date and the anticipated trial is excluded".
  const REL =
    /\b(?:the\s+)?time\s+between\s+(today'?s date|the date of this order|the filing of\s+(.{0,160}?))\s+and\s+(.{1,220}?)\s*,?\s+(?:is|shall be|be|are|will be)\s+(?:hereby\s+)?(?:deemed\s+)?(?:excluded|excludable)/gi;
  if (court) {
    for (const m of ctx.work.matchAll(REL)) {
      const span = { start: m.index, end: m.index + m[0].length };
      const endPhrase = m[3]!;
      const endAt = m.index + m[0].indexOf(endPhrase);
      let from = date;
      if (m[2]) {
        const ref = /(?:Filing|filing)\s+(?:No\.?|no\.?)?\s*(\d+)/.exec(m[2]);
        const filed = ref ? ctx.entryDate(Number(ref[1])) : undefined;
        if (filed) from = filed;
      }
      const basis = basisOf(ctx, span.start, span.end, date);
      const findings = findingsOf(ctx, basis);
      const endDate = ctx.dates.find((d) => d.start >= endAt && d.end <= endAt + endPhrase.length);
      let openEnd: OpenEndRef;
      let until: OpenEnd;
      const description = `the time between ${m[1]} and ${endPhrase}`.replace(/\s+/g, ' ');
      if (endDate?.iso) {
        emitRelative(
          ctx,
          from,
          endDate.iso,
          undefined,
          undefined,
          basis,
          findings,
          span,
          date,
          'exclusion.relativeDate',
          MEDIUM + 0.1,
        );
        continue;
      }
      if (/hearing|conference/i.test(endPhrase)) {
        openEnd = {
          to: 'hearing',
          hearing: /status/i.test(endPhrase) || /conference/i.test(endPhrase) ? 'status' : 'any',
        };
        until = { event: 'hearingHeld', hearing: 'status', description };
      } else if (/trial/i.test(endPhrase)) {
        openEnd = { to: 'trial' };
        until = { event: 'trialStart', description };
      } else if (/report|evaluation|submission/i.test(endPhrase)) {
        openEnd = { to: 'report' };
        until = { event: 'competencyProceeding', description };
      } else if (/disposition|ruling|decision|decides/i.test(endPhrase)) {
        const ref = m[2] ? /(?:Filing|filing)\s+(?:No\.?|no\.?)?\s*(\d+)/.exec(m[2]) : null;
        openEnd = ref ? { to: 'motionDecided', motionEntry: Number(ref[1]) } : { to: 'furtherOrder' };
        until = { event: 'motionDecided', description };
      } else {
        openEnd = { to: 'furtherOrder' };
        until = { event: 'furtherOrder', description };
      }
      emitRelative(
        ctx,
        from,
        null,
        until,
        openEnd,
        basis,
        findings,
        span,
        date,
        'exclusion.relative',
        MEDIUM,
      );
    }
  }

  const excluded = ctx.drafts.some((d) => d.event.kind === 'timeExclusion');
  // "All time is excluded" with no window: recorded open, low confidence, and a warning.
  if (court && !excluded) {
    const bare =
      // "ORDERED that the time lost under the Speedy Trial Act, 18 U.S.C. § 3161, be EXCLUDED" (M.D. Ga.)
      /\b(?:all )?time (?:is|shall be|will be|was|is hereby) excluded\b|\bexcluding time\b|\bEXCLUDING TIME\b|\btime excluded\b|\bthe time (?:lost|elapsed|elapsing)\b(?:U\.S\.C\.|[^.;]){0,80}?\b(?:be|is|shall be) (?:hereby )?excluded\b/i.exec(
        ctx.work,
      );
    if (bare && !LOOK_ALIKE.test(ctx.work)) {
      const basis = basisOf(ctx, bare.index, bare.index + bare[0].length, date);
      // "All time is excluded … until the next hearing": the end is the hearing the same (or the next) entry sets.
      const untilNext =
        /\buntil (?:the )?(?:next|further) (?:status )?(?:hearing|conference|court (?:date|appearance)|appearance)\b|\bto (?:the )?next (?:status )?(?:hearing|conference|court date)\b/i.exec(
          ctx.work.slice(bare.index, bare.index + 200),
        );
      if (untilNext) {
        const description = ctx.work.slice(bare.index, bare.index + untilNext.index + untilNext[0].length);
        emit(
          ctx,
          'timeExclusion',
          {
            basis: basis.basis,
            from: date,
            to: null,
            until: { event: 'hearingHeld', description: description.replace(/\s+/g, ' ').trim() },
            ...(basis.citedAs ? { citedAs: basis.citedAs } : {}),
            ...(basis.basis === 'endsOfJustice'
              ? { findings: findingsOf(ctx, basis) ?? { status: 'recitedOnly' } }
              : {}),
          },
          {
            rule: 'exclusion.untilNextHearing',
            confidence: MEDIUM,
            span: { start: bare.index, end: bare.index + description.length },
            date,
            openEnd: { to: 'hearing', hearing: /status/i.test(untilNext[0]) ? 'status' : 'any' },
          },
        );
        return;
      }
      ctx.warnings.push(
        `entry ${ctx.entry.id}: time is excluded with no dates in the docket text; read the order and confirm the window`,
      );
      emit(
        ctx,
        'timeExclusion',
        {
          basis: basis.basis,
          from: date,
          to: null,
          until: { event: 'furtherOrder', description: 'no end stated in the docket text' },
          unknown: {
            fields: ['window'],
            reason: 'the docket text says that time is excluded but not from when or until when',
            settle: `read the text of ${ctx.entry.number !== null ? `order #${ctx.entry.number}` : `the order of ${ctx.entry.dateFiled}`}`,
          },
          ...(basis.citedAs ? { citedAs: basis.citedAs } : {}),
          ...(basis.basis === 'endsOfJustice'
            ? { findings: findingsOf(ctx, basis) ?? { status: 'recitedOnly' } }
            : {}),
        },
        {
          rule: 'exclusion.noDates',
          confidence: LOW,
          span: { start: bare.index, end: bare.index + bare[0].length },
          date,
          openEnd: { to: 'furtherOrder' },
        },
      );
      return;
    }
  }
  // An order granting a motion that can only be granted by excluding time — to extend the time to indict (the
  // § 3161(b) deadline moves only by an (h) exclusion), to continue the trial, to exclude time — whose docket text
  // states no window (azd entry 7: "ORDER granting 5 Joint Motion for Extension of Time to Indict"): the order
  // excluded time, but which days is on the order only. A continuance with its window unknown, never a guess.
  if (
    court &&
    !excluded &&
    ctx.text.trim() !== '' &&
    !ctx.drafts.some((d) => d.event.kind === 'continuance')
  ) {
    const grant =
      /\b(?:granting|GRANTING|Granting|grants?)\b[^.;]{0,80}?\b(?:Motion|MOTION|motion|request|application)\b[^.;]{0,40}?\b(?:(?:for (?:an )?)?extension of time to (?:indict|file (?:an )?indictment|return (?:an )?indictment)|extend (?:the )?time (?:to|for) (?:indict|indictment|file (?:an )?indictment)|to exclude time|(?:to )?continue (?:the )?(?:jury |bench )?trial|continuance of (?:the )?(?:jury )?trial|(?:of )?continuance in (?:the )?interests? of justice)\b/i.exec(
        ctx.work,
      );
    const indictment = grant !== null && /indict/i.test(grant[0]);
    // An order granting a motion for more time to indict is read as such by the engine from the decision and its
    // motion (the window of the extension is unknown there too); a second event would say it twice.
    if (grant && !(indictment && ctx.drafts.some((d) => d.event.kind === 'motionDecided'))) {
      ctx.warnings.push(
        `entry ${ctx.entry.id}: the order grants "${grant[0].replace(/\s+/g, ' ').trim()}" but the docket text states no excluded window; read the order`,
      );
      emit(
        ctx,
        'continuance',
        {
          of: indictment ? 'other' : 'trial',
          findings: { status: 'recitedOnly' },
          unknown: {
            fields: ['window', 'findings'],
            reason: `the order grants ${indictment ? 'more time to indict' : 'a continuance'} but the docket text does not state the excluded window`,
            settle: `read the text of ${ctx.entry.number !== null ? `order #${ctx.entry.number}` : `the order of ${ctx.entry.dateFiled}`}`,
          },
        },
        {
          rule: 'continuance.windowNotStated',
          confidence: MEDIUM,
          span: { start: grant.index, end: grant.index + grant[0].length },
          date,
        },
      );
      return;
    }
  }
  // An order that says the continuance it grants is excludable time but not which days: "the continuance requested
  // constitutes excludable time under 18 U.S.C. § 3161(h)(7)", "the continuance granted by this order shall be
  // considered excludable time for the purposes of the Speedy Trial Act" (D. Kan., a deadline for pretrial motions
  // continued). Whether the delay runs from the motion, the old deadline or the order, and to the new deadline or the
  // hearing, the text leaves open: a continuance with its window unknown, its findings as the order states them.
  if (court && !excluded && !ctx.drafts.some((d) => d.event.kind === 'continuance')) {
    const said =
      /\bcontinuance\b[^.;]{0,60}?\b(?:constitutes|shall be (?:considered|deemed)|is|be (?:considered|deemed)) (?:an? )?excludable (?:time|delay)\b/i.exec(
        ctx.work,
      );
    if (said) {
      ctx.warnings.push(
        `entry ${ctx.entry.id}: the order makes its continuance excludable time but does not state the excluded window; read the order`,
      );
      const balance = /[^.;]*\b(?:ends|interests?) of justice\b[^.;]*\boutweigh[^.;]*/i.exec(ctx.work);
      emit(
        ctx,
        'continuance',
        {
          of: /\bcontinu\w*\b[^.;]{0,40}?\btrial\b|\btrial\b[^.;]{0,40}?\bcontinued\b/i.test(ctx.work)
            ? 'trial'
            : 'other',
          // the balance is stated; whether the order finds the (h)(7)(B) factors is for whoever reads it
          findings: { status: 'recitedOnly', ...(balance ? { text: balance[0].trim() } : {}) },
          unknown: {
            fields: ['window'],
            reason:
              'the order makes its continuance excludable time but does not say from when or until when',
            settle: `read the text of ${ctx.entry.number !== null ? `order #${ctx.entry.number}` : `the order of ${ctx.entry.dateFiled}`}`,
          },
        },
        {
          rule: 'continuance.excludableWindowNotStated',
          confidence: MEDIUM,
          span: { start: said.index, end: said.index + said[0].length },
          date,
        },
      );
      return;
    }
  }
  // A scheduling order known by its title only ("SCHEDULING AND TRIAL ORDER as to X; trial set for 7/21/08",
  // "Trial Scheduling Order", "Order Setting Trial Date"): the order that fixes the trial date is where a court
  // states an ends-of-justice exclusion for the time until it (§ 3161(h)(7)(A)) — or does not. The docket line
  // says neither, so the days it governs are unknown until the order is read, never counted as if no order
  // existed nor excluded on a guess.
  if (court && !excluded && !ctx.drafts.some((d) => d.event.kind === 'continuance')) {
    const title =
      /^\W*(?:(?:AMENDED|Amended|FIRST|First|SECOND|Second|THIRD|Third|CRIMINAL|Criminal|PRETRIAL|Pretrial|TRIAL|Trial)\s+)*(?:SCHEDULING|Scheduling)(?:\s+(?:and|AND|&)\s+(?:TRIAL|Trial))?\s+(?:ORDER|Order)\b|^\W*(?:ORDER|Order)\s+(?:SETTING|Setting)\s+(?:(?:JURY|Jury)\s+)?(?:TRIAL|Trial)\b/.exec(
        ctx.work,
      );
    const statesExclusion = /\bexclu|\bspeedy trial\b|\bends of justice\b|\b3161\b/i.test(ctx.work);
    const rest = title ? ctx.work.slice(title.index + title[0].length) : '';
    // The title, the parties, the dates it sets and the signature: nothing of what the order says about time.
    const titleOnly = rest.replace(/\([^)]*\)/g, '').length <= 160;
    if (title && !statesExclusion && titleOnly) {
      const trialSet = ctx.drafts.find(
        (d) => d.event.kind === 'hearingSet' && (d.event as { hearing: string }).hearing === 'trial',
      );
      ctx.warnings.push(
        `entry ${ctx.entry.id}: "${title[0].replace(/^\W+/, '')}" is on the docket by its title only; whether it excluded time, and which days, must be read from the order`,
      );
      emit(
        ctx,
        'continuance',
        {
          of: 'trial',
          ...(trialSet ? { newDate: (trialSet.event as { for: string }).for } : {}),
          findings: { status: 'recitedOnly' },
          unknown: {
            fields: ['window', 'findings'],
            reason: `the docket shows the scheduling order of ${ctx.entry.dateFiled} by its title only: whether it excluded time until the trial it set (§ 3161(h)(7)(A)), and which days, is in the order`,
            settle: `read the text of ${ctx.entry.number !== null ? `order #${ctx.entry.number}` : `the order of ${ctx.entry.dateFiled}`}`,
          },
        },
        {
          rule: 'continuance.schedulingOrderTitleOnly',
          confidence: LOW,
          span: { start: title.index, end: title.index + title[0].length },
          date,
        },
      );
      return;
    }
  }
  // A4: an order known by its event name only ("Order to Continue - Ends of Justice") — the kind, not the window.
  if (
    !excluded &&
    ctx.text.trim() === '' &&
    ctx.entry.eventName &&
    /Ends of Justice|Exclud(?:e|able|ing) (?:Delay|Time)/i.test(ctx.entry.eventName)
  ) {
    ctx.warnings.push(
      `entry ${ctx.entry.id}: "${ctx.entry.eventName}" has no docket text; the excluded window must be read from the order`,
    );
    emit(
      ctx,
      'continuance',
      {
        of: /trial/i.test(ctx.entry.eventName) ? 'trial' : 'other',
        findings: { status: 'recitedOnly' },
        unknown: unknownWindow(ctx),
      },
      { rule: 'eventName.endsOfJustice', confidence: LOW, date: ctx.entry.dateFiled },
    );
  }
}

/**
 * What the record does not show about an order known by its event name only: its window and its findings.
 * Never a guessed window (docs/import.md, "Unknown windows").
 */
export function unknownWindow(ctx: Ctx): {
  fields: Array<'window' | 'findings'>;
  reason: string;
  settle: string;
} {
  return {
    fields: ['window', 'findings'],
    reason: `the docket shows the order "${ctx.entry.eventName ?? 'order'}" of ${ctx.entry.dateFiled} by its event name only, without its text`,
    settle: `read the text of ${ctx.entry.number !== null ? `order #${ctx.entry.number}` : `the order of ${ctx.entry.dateFiled}`}`,
  };
}

function emitRelative(
  ctx: Ctx,
  from: string,
  to: string | null,
  until: OpenEnd | undefined,
  openEnd: OpenEndRef | undefined,
  basis: Basis,
  findings: Findings | undefined,
  span: { start: number; end: number },
  date: string,
  rule: string,
  confidence: number,
) {
  if (to && to < from) {
    ctx.warnings.push(
      `entry ${ctx.entry.id}: relative exclusion ends (${to}) before it starts (${from}); not applied`,
    );
    return;
  }
  emit(
    ctx,
    'timeExclusion',
    {
      basis: basis.basis,
      from,
      to,
      ...(until ? { until } : {}),
      ...(basis.citedAs ? { citedAs: basis.citedAs } : {}),
      ...(basis.aoCode ? { aoCode: basis.aoCode } : {}),
      ...(findings ? { findings } : {}),
      ...(basis.inconsistent || basis.caution ? { note: (basis.inconsistent ?? basis.caution)! } : {}),
    },
    {
      rule,
      confidence: basis.inconsistent ? confidence - 0.1 : confidence,
      span,
      date,
      ...(openEnd ? { openEnd } : {}),
    },
  );
}

export type { TextDate };
