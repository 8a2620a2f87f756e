/**
 * Detention and release (docs/dockets.md § 11, B4–B5): 18 U.S.C. § 3142 — detention orders ((e), and
 * temporary detention under (d) or pending a continued (f) hearing), release on recognizance or unsecured
 * bond ((b)) or on conditions ((c)), with the bond and the numbered conditions of the AO form, and later
 * modifications ((c)(3): "The judicial officer may at any time amend the order to impose additional or
 * different conditions of release").
 */
import type { z } from 'zod';
import type { Bond, Condition } from '../../case/index.ts';
import { type Ctx, emit, find, HIGH, hearingDate, LOW, MEDIUM, orderDate } from './context.ts';
import { sentenceWith } from './text.ts';

type ConditionInput = z.input<typeof Condition>;
type BondInput = z.input<typeof Bond>;
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

const money = (s: string) => Number(s.replace(/[$,\s]/g, ''));

/** "$40,000 P/S + 2 FRA's and 10% cash deposit", "$25,000,unsecured bond", "$200,000 PRB; 4 FRP; secured by $30,000 cash". */
export function bondOf(text: string): BondInput | null {
  const amount = /\$\s?([\d,]+(?:\.\d{2})?)/.exec(text);
  if (!amount) return null;
  const amountUsd = money(amount[1]!.replace(/,$/, ''));
  if (!Number.isFinite(amountUsd) || amountUsd <= 0) return null;
  const deposit = /(\d{1,2})\s*%\s*cash deposit|%\s*(\d{1,2})\s*cash deposit/i.exec(text);
  const cashSecured = /secured by \$\s?([\d,]+)\s*cash/i.exec(text);
  const property = /Deed of Trust|property|real estate/i.test(text);
  const unsecured = /\bunsecured\b|non-surety/i.test(text);
  const surety = /P\/S|personal surety|PRB|FRA|FRP|co-?sign|financially responsible/i.test(text);
  const security: NonNullable<BondInput['security']> = [];
  if (cashSecured)
    security.push({ kind: 'cash', description: cashSecured[0], valueUsd: money(cashSecured[1]!) });
  if (deposit) security.push({ kind: 'cash', description: deposit[0] });
  if (property)
    security.push({
      kind: 'realProperty',
      description: /[^.;]*(?:Deed of Trust|property)[^.;]*/i.exec(text)![0].trim(),
    });
  const type: BondInput['type'] = unsecured
    ? 'unsecured'
    : security.length > 0 && surety
      ? 'mixed'
      : property
        ? 'property'
        : surety
          ? 'surety'
          : security.length > 0
            ? 'cash'
            : 'surety';
  return {
    type,
    amountUsd,
    ...(deposit ? { depositPercent: Number(deposit[1] ?? deposit[2]) } : {}),
    security,
    status: /\bposted\b|\bBOND (?:entered|ENTERED)|\bBond Entered\b/.test(text) ? 'posted' : 'set',
  };
}

/** AO 199B "Additional conditions of release", as numbered on the form: (7a1) … (7y). */
export function conditionsOf(text: string, idPrefix: string, court: string): ConditionInput[] {
  const out: ConditionInput[] = [];
  const add = (c: WithoutId<ConditionInput>) =>
    out.push({ ...c, id: `${idPrefix}-c${out.length + 1}` } as ConditionInput);
  const clauses = [
    ...text.matchAll(
      /\((7[a-z]\d?)\)\s*([^()]*?)(?=\s*\(7[a-z]\d?\)|Other Conditions:|Special Conditions|$)/g,
    ),
  ];
  for (const m of clauses) {
    const code = m[1]!;
    const words = m[2]!.trim();
    const t = `(${code}) ${words}`;
    if (/^7a/.test(code)) continue; // the bond itself
    if (/^7b/.test(code) && /custod/i.test(words))
      add({ kind: 'thirdPartyCustodian', custodian: words.slice(0, 80), text: t });
    else if (/^7b/.test(code)) add({ kind: 'reporting', agency: 'Pretrial Services', text: t });
    else if (/^7c/.test(code)) add({ kind: 'employment', text: t });
    else if (/^7g/.test(code)) add({ kind: 'passportSurrender', noNewApplication: true, text: t });
    else if (/^7h/.test(code)) {
      const state = /restricted to (?:the )?State of ([A-Z][a-z]+(?: [A-Z][a-z]+)?)/.exec(words)?.[1];
      const districts = state ? districtsOfState(state) : [];
      if (districts.length > 0) add({ kind: 'travel', permittedDistricts: districts, text: t });
      else add({ kind: 'other', description: words, text: t });
    } else if (/^7j/.test(code)) {
      const at = /with\/at:\s*([^,]+),\s*at\s*(.+?)\.?$/.exec(words);
      add({
        kind: 'residence',
        residence: {
          label: (at?.[1] ?? words).trim().slice(0, 120),
          ...(at ? { address: at[2]!.trim() } : {}),
        },
        text: t,
      });
    } else if (/^7m/.test(code)) {
      const who = /with:\s*(.+?)\.?$/.exec(words)?.[1];
      add({
        kind: 'noContact',
        persons: who
          ? who
              .split(/\s*(?:,|;| and )\s*/)
              .filter(Boolean)
              .map((name) => ({ name }))
          : [],
        text: t,
      });
    } else if (/^7s/.test(code)) add({ kind: 'noWeapons', text: t });
    else add({ kind: 'other', description: words || t, text: t });
  }
  const custodian = /Third Party Custodian ?ship of ([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){1,3})/i.exec(text);
  if (custodian) add({ kind: 'thirdPartyCustodian', custodian: custodian[1]!, text: custodian[0] });
  const noNewCrime = sentenceWith(text, /shall not commit any offense/i);
  if (noNewCrime !== null) add({ kind: 'noNewCrime', text: noNewCrime.trim() });
  // Free-text conditions ("BAIL DISPOSITION: …; travel restricted to SDNY/EDNY; surrender travel documents; home detention; electronic monitoring").
  if (clauses.length === 0) {
    const travel = /travel restricted to ([A-Z/ ,]+?)(?:;|\.|$)/i.exec(text);
    if (travel) {
      const districts = travel[1]!
        .split(/[/,]| and /)
        .map((s) => s.trim().toLowerCase())
        .map((s) =>
          /^[sewnmc]d[a-z]{2}$/.test(s) ? `${s.slice(2)}${s.slice(0, 2) === 'sd' ? 's' : s.slice(0, 1)}d` : s,
        )
        .map((s) => DISTRICT_ABBREVIATIONS[s.toUpperCase()] ?? s)
        .filter((s) => /^[a-z]{3,5}$/.test(s));
      if (districts.length > 0) add({ kind: 'travel', permittedDistricts: districts, text: travel[0] });
    }
    if (/surrender (?:of )?(?:travel documents|passport)/i.test(text))
      add({
        kind: 'passportSurrender',
        noNewApplication: /no new applications?/i.test(text),
        text: /surrender (?:of )?(?:travel documents|passport)[^;.]*/i.exec(text)![0],
      });
    if (/electronic monitoring|location monitoring|\bGPS\b|\bEMS\b/i.test(text))
      add({
        kind: 'locationMonitoring',
        technology: /\bGPS\b/.test(text) ? 'gps' : 'unspecified',
        text: /[^;.]*(?:electronic monitoring|location monitoring|GPS|EMS)[^;.]*/i.exec(text)![0].trim(),
      });
    if (/home detention/i.test(text))
      add({
        kind: 'other',
        description: 'home detention (residence not named in the docket text)',
        text: 'home detention',
      });
    if (/pretrial supervision/i.test(text))
      add({
        kind: 'reporting',
        agency: 'Pretrial Services',
        text: /[^;.]*pretrial supervision[^;.]*/i.exec(text)![0].trim(),
      });
    if (/drug testing|urinalysis/i.test(text))
      add({
        kind: 'substances',
        alcohol: 'noExcessiveUse',
        testing: true,
        text: /[^;.]*(?:drug testing|urinalysis)[^;.]*/i.exec(text)![0].trim(),
      });
    if (/in-?patient treatment/i.test(text))
      add({
        kind: 'treatment',
        treatment: 'in-patient treatment program',
        text: /[^;.]*in-?patient treatment[^;.]*/i.exec(text)![0].trim(),
      });
  }
  void court;
  return out;
}

const DISTRICT_ABBREVIATIONS: Record<string, string> = {
  SDNY: 'nysd',
  EDNY: 'nyed',
  NDNY: 'nynd',
  WDNY: 'nywd',
  DNJ: 'njd',
  CDCA: 'cacd',
  SDCA: 'casd',
  NDCA: 'cand',
  EDCA: 'caed',
  DDC: 'dcd',
};

const STATE_DISTRICTS: Record<string, string[]> = {
  Hawaii: ['hid'],
  Nebraska: ['ned'],
  Arizona: ['azd'],
  Nevada: ['nvd'],
  Oregon: ['ord'],
  Alaska: ['akd'],
  Utah: ['utd'],
  'New Jersey': ['njd'],
  Colorado: ['cod'],
  Minnesota: ['mnd'],
  Maryland: ['mdd'],
  Delaware: ['ded'],
  Kansas: ['ksd'],
};
const districtsOfState = (state: string) => STATE_DISTRICTS[state] ?? [];

/**
 * Released on conditions but held until they are met: "Defendant to be detained until all conditions are met",
 * "remanded until bail conditions are met", "detained pending satisfaction of bail conditions", "to be released upon
 * meeting conditions", "Defendant released when conditions are satisfied". The order sets conditions (§ 3142(c)), but
 * the defendant stays in custody — so under § 3164(b) the detention goes on — until an entry shows them met.
 */
const HELD_UNTIL_MET =
  /\b(?:detained|remanded|held|in custody)\b(?:U\.S\.|[^.;]){0,60}?\b(?:until|pending|unless)\b[^.;]{0,40}?\b(?:conditions?|bail|bond)\b[^.;]{0,30}?\b(?:met|satisfied|fulfilled|posted|executed|complied with)\b|\b(?:detained|remanded|held|in custody)\b[^.;]{0,60}?\bpending (?:the )?(?:satisfaction|fulfillment|completion|execution|posting) of\b[^.;]{0,30}?\b(?:conditions?|bail|bond)\b|\breleased? (?:upon|when|once|after|if)\b[^.;]{0,40}?\b(?:conditions?|bail|bond)\b[^.;]{0,30}?\b(?:met|satisfied|fulfilled|posted|executed)\b|\breleased? (?:upon|when|once|after) (?:meeting|satisfying|satisfaction of|fulfilling|fulfillment of|posting|execution of|completing|completion of)\b[^.;]{0,30}?\b(?:conditions?|bail|bond)\b/i;

/**
 * The conditions met, the bond posted, the release executed: the defendant held until the conditions were met is
 * released that day.
 */
const RELEASE_EXECUTED =
  /\b(?:all )?(?:bail |bond |release )?conditions (?:of (?:release|bail) )?(?:have been|were|are now|now) (?:met|satisfied|fulfilled)\b|\b(?:bail|bond) conditions (?:met|satisfied)\b|\bRelease (?:Order )?(?:Executed|executed)\b|\breleased from (?:the )?custody\b|\b(?:Appearance |APPEARANCE )?(?:Bond|BOND) (?:Entered|ENTERED|Posted|POSTED|posted|Executed|executed)\b/;

export function releaseRules(ctx: Ctx): void {
  const w = ctx.work;
  if (!/detention|detain|bond|bail|release|remand/i.test(w)) return;
  if (/^\W*(?:FILING|ENTRY) ERROR/i.test(w)) return;
  if (/Material Witness|\bMW Bond\b/i.test(w)) return; // a witness's bond, not a defendant's
  const request = ctx.kind === 'motion' || ctx.kind === 'letter' || ctx.kind === 'stipulation';

  // B4. Detention.
  const order = find(
    ctx,
    /\bORDER (?:OF|of) (?:DETENTION|Detention)\b|\bOrder of Detention\b|\bDETENTION ORDER\b/,
  );
  const temporary = find(ctx, /\bORDER (?:of|OF) Temporary Detention\b|\btemporary detention\b/i);
  const detainedMinute = find(
    ctx,
    /\b(?:continued detained|ordered detained|detained pending trial|remanded to the custody of the (?:US|U\.S\.) Marshal|stipulates to detention)\b/i,
  );
  const waiverApproved = find(ctx, /\bORDER APP(?:R)?OVING WAIVER OF DETENTION HEARING\b/i);
  const heldUntilMet = request ? null : find(ctx, HELD_UNTIL_MET);
  if (
    !request &&
    (order || temporary || waiverApproved || (detainedMinute && ctx.kind === 'minutes' && !heldUntilMet))
  ) {
    const hit = temporary ?? order ?? waiverApproved ?? detainedMinute!;
    const grounds: Array<'flight' | 'danger'> = [];
    if (/flight/i.test(w)) grounds.push('flight');
    if (/danger/i.test(w)) grounds.push('danger');
    emit(
      ctx,
      'detentionOrder',
      {
        grounds,
        temporary: !!temporary,
        pendingHearing: /Pending Hearing|pending (?:a |the )?(?:detention )?hearing/i.test(w),
        byConsent: !!waiverApproved || /stipulates to detention|waives? (?:a )?detention hearing/i.test(w),
      },
      {
        rule: temporary
          ? 'detention.temporary'
          : order
            ? 'detention.order'
            : waiverApproved
              ? 'detention.waiverApproved'
              : 'detention.minute',
        confidence: order || temporary ? HIGH : MEDIUM,
        span: hit,
        date: ctx.kind === 'minutes' ? hearingDate(ctx) : orderDate(ctx),
      },
    );
  }

  // B5. Release: orders setting conditions, bonds set or posted, "released on conditions".
  if (request) return;
  const setting = find(
    ctx,
    /\bORDER (?:Setting|SETTING|setting) (?:Conditions|CONDITIONS|conditions) (?:of|OF) (?:Release|RELEASE|release)\b/,
  );
  const bondSet = find(
    ctx,
    /\bBond set as to\b[^.;]*?\$[\d,]+|\bBail-?\s*\(7a1\)[^.]*\$[\d,]+|\bBAIL DISPOSITION:[^.]*|\b(?:APPEARANCE|Appearance) (?:BOND|Bond)\b[^.]*\$\s?[\d,]+[^.]*/,
  );
  const released = find(
    ctx,
    /\b(?:Defendant|Deft) (?:is )?released (?:on|forthwith)\b|\bDefendant released on conditions\b|\bdoes not oppose release on conditions\b/,
  );
  const executed = heldUntilMet ? null : find(ctx, RELEASE_EXECUTED);
  if (!setting && !bondSet && !released && !heldUntilMet && !executed) return;
  if (bondSet && /No Bail/i.test(bondSet.m[0]) && !setting) return;
  if (!setting && !bondSet && /supervised release|Revocation/i.test(w)) return;
  const prefix = `${ctx.entry.id}.releaseOrder${ctx.drafts.some((d) => d.event.kind === 'releaseOrder') ? '.2' : ''}`;
  const bondText = bondSet ? w.slice(bondSet.start, Math.min(w.length, bondSet.end + 160)) : w.slice(0, 400);
  const bond = bondOf(bondText);
  const conditions = conditionsOf(w, prefix, ctx.court);
  const outcome =
    /own recognizance|\bROR\b/i.test(w) && !bond
      ? 'recognizance'
      : bond?.type === 'unsecured' && conditions.length === 0
        ? 'unsecuredBond'
        : 'conditions';
  emit(
    ctx,
    'releaseOrder',
    { outcome, ...(bond ? { bond } : {}), conditions, ...(heldUntilMet ? { heldUntilMet: true } : {}) },
    {
      rule: heldUntilMet
        ? 'release.heldUntilMet'
        : setting
          ? 'release.order'
          : bondSet
            ? 'release.bond'
            : executed && !released
              ? 'release.executed'
              : 'release.minute',
      confidence: setting ? HIGH : bondSet || heldUntilMet ? MEDIUM : LOW + 0.2,
      span: heldUntilMet ?? setting ?? bondSet ?? released ?? executed!,
      date: ctx.kind === 'minutes' ? hearingDate(ctx) : orderDate(ctx),
    },
  );
}

/** Orders modifying conditions (§ 3142(c)(3)); linked to the release order by the resolver. */
export function modificationRules(ctx: Ctx): void {
  const w = ctx.work;
  if (!/condition/i.test(w)) return;
  if (ctx.kind === 'motion' || ctx.kind === 'letter' || /^\W*(?:FILING|ENTRY) ERROR/i.test(w)) return;
  const hit =
    find(
      ctx,
      /\b(?:ORDER|Order)[^.;]{0,80}?\b(?:granting|Modifying|modifying)\b[^.;]{0,30}?\b(?:modification of conditions|Conditions of Release|conditions of bail|conditions of EMS)\b/i,
    ) ??
    find(ctx, /\bconditions of (?:bail|release) (?:are|is|be) (?:hereby )?modified\b/i) ??
    find(ctx, /\bOrder\/Agreement granting conditions of EMS\b/i);
  if (!hit) return;
  const added: ConditionInput[] = [];
  const id = `${ctx.entry.id}.conditionModification${ctx.drafts.some((d) => d.event.kind === 'conditionModification') ? '.2' : ''}`;
  if (/\bEMS\b|electronic monitoring|location monitoring/i.test(w))
    added.push({ id: `${id}-c1`, kind: 'locationMonitoring', technology: 'unspecified', text: hit.m[0] });
  const travel =
    /to include travel to the (District of [A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:,? for ([a-z ]+?) purposes)?/.exec(
      w,
    );
  if (travel) {
    const code = /New Jersey/.test(travel[1]!) ? 'njd' : undefined;
    if (code)
      added.push({
        id: `${id}-c${added.length + 1}`,
        kind: 'travel',
        permittedDistricts: [code],
        ...(travel[2] ? { purposeLimits: [{ district: code, purpose: travel[2] }] } : {}),
        text: travel[0],
      });
  }
  const removes = /curfew/i.test(w) && /(?:removed|deleted|remove)/i.test(w) ? 'curfew' : null;
  emit(
    ctx,
    'conditionModification',
    { order: '', added, removed: [], ...(removes ? { note: `removes: ${removes}` } : {}) },
    { rule: 'release.modified', confidence: MEDIUM, span: hit, date: orderDate(ctx) },
  );
}
