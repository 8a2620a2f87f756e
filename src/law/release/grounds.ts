/**
 * What the charges say about release: the § 3142(f)(1) grounds for a detention hearing, the § 3142(e)(3)
 * rebuttable presumption, the (e)(2) previous-violator presumption, the § 3143(a)(2) consequence of a guilty
 * plea, the minor-victim set of § 3142(c)(1)(B), and the § 3146 / § 3147 penalties for failing to appear or
 * offending while released. Every flag is computed from the charge's attributes (section, chapter, the
 * statutory maximum from `law/penalties`, minor victim, crime of violence), never written per case, and
 * names the clause and the count behind it. None of this scores a person: § 3142(g) factors are not here.
 */
import type { CaseFile, ChargeAttributes, Count } from '../../case/index.ts';
import { addYears, parseDate } from '../calendar/dates.ts';
import {
  type CountExposure,
  chargeOfCount,
  countExposure,
  parseCitation,
  type Years,
} from '../penalties/index.ts';

export interface ChargeFacts {
  label: string;
  countId?: string;
  citation: string;
  title: number | null;
  section: string | null;
  /** Every subsection cited, e.g. `(a)(2)(A)`. */
  subsections: string[];
  chapter: string | null;
  max: Years | null;
  felony: boolean | null;
  controlledSubstancesAct: boolean;
  firearm: boolean;
  attributes: ChargeAttributes | undefined;
  /** Charged by a grand jury (an indictment establishes probable cause). */
  indicted: boolean;
  exposure: CountExposure;
}

export function chargeFacts(file: CaseFile, count: Count, asOf: string): ChargeFacts {
  const exposure = countExposure(chargeOfCount(file, count), { asOf });
  const parsed = count.statute ? parseCitation(count.statute.citation) : null;
  const first = parsed?.sections[0];
  const instrument = file.events.find((e) => e.id === count.instrument);
  // A count that does not state its penalty subsection (§ 1591(a) without (b)(1) or (b)(2)) has no single
  // range, but what every reading shares still decides the grounds: the maximum all readings reach.
  const max = exposure.prison?.max ?? exposure.eitherWay?.max ?? null;
  return {
    label: count.number,
    countId: count.id,
    citation: count.statute?.citation ?? '(no statute)',
    title: exposure.entry?.title ?? parsed?.title ?? count.statute?.title ?? null,
    section: exposure.entry?.section ?? first?.section ?? count.statute?.section ?? null,
    subsections: parsed?.sections.flatMap((s) => s.subsections) ?? count.statute?.subsections ?? [],
    chapter: exposure.entry?.chapter ?? exposure.eitherWay?.chapter ?? null,
    max,
    felony: max === null ? null : max === 'life' || max > 1,
    controlledSubstancesAct: exposure.entry?.title === 21,
    firearm: exposure.entry?.chapter === '44' && exposure.entry.title === 18,
    attributes: count.attributes,
    indicted: instrument?.kind === 'indictment' || instrument?.kind === 'supersedingIndictment',
    exposure,
  };
}

export interface ReleaseFlag {
  clause: string;
  citation: string;
  count: string;
  status: 'applies' | 'unknown';
  text: string;
}

const atLeast = (max: Years | null, years: number) => max === 'life' || (max !== null && max >= years);

/**
 * The minor-victim sections of § 3142(c)(1)(B) (the paragraph after (xiv)) and (e)(3)(E). A listed
 * subsection (e.g. 2252A(a)(1)) matches a count citing it or a subsection under it.
 */
export const MINOR_VICTIM_OFFENSES = [
  '1201',
  '1591',
  '2241',
  '2242',
  '2244(a)(1)',
  '2245',
  '2251',
  '2251A',
  '2252(a)(1)',
  '2252(a)(2)',
  '2252(a)(3)',
  '2252A(a)(1)',
  '2252A(a)(2)',
  '2252A(a)(3)',
  '2252A(a)(4)',
  '2260',
  '2421',
  '2422',
  '2423',
  '2425',
] as const;

export function listedMinorVictimOffense(
  f: Pick<ChargeFacts, 'title' | 'section' | 'subsections'>,
): string | null {
  if (f.title !== 18 || !f.section) return null;
  for (const listed of MINOR_VICTIM_OFFENSES) {
    const section = /^(\d+[A-Z]?)/.exec(listed)?.[1];
    if (section !== f.section) continue;
    const sub = listed.slice(section.length);
    if (sub === '' || f.subsections.some((s) => s.startsWith(sub))) return listed;
  }
  return null;
}

/** For a count whose penalty subsection is not stated: the readings, and that the ground holds under each. */
const eitherWayNote = (f: ChargeFacts): string =>
  `the penalty subsection is not stated — either way: ${f.exposure.candidates
    .map((c) =>
      `${c.citation ?? c.key} ${c.min === undefined ? '' : `${c.min === 'life' ? 'life' : c.min}–${c.max === 'life' ? 'life' : c.max}`}`.trim(),
    )
    .join(' or ')}`;

/** § 3142(f)(1)(A)–(C), (E): grounds on which the Government may move for a detention hearing. */
export function detentionHearingGrounds(f: ChargeFacts): ReleaseFlag[] {
  const out: ReleaseFlag[] = [];
  const base = { count: f.label };
  if (f.title === 18 && f.section === '1591')
    out.push({
      ...base,
      clause: '(f)(1)(A)',
      citation: '18 U.S.C. § 3142(f)(1)(A)',
      status: 'applies',
      text: `count ${f.label} is "a violation of section 1591"`,
    });
  else if (f.attributes?.crimeOfViolence === true)
    out.push({
      ...base,
      clause: '(f)(1)(A)',
      citation: '18 U.S.C. § 3142(f)(1)(A)',
      status: 'applies',
      text: `count ${f.label} is charged as "a crime of violence"`,
    });
  else if (f.attributes?.crimeOfViolence === undefined && f.exposure.status === 'resolved')
    out.push({
      ...base,
      clause: '(f)(1)(A)',
      citation: '18 U.S.C. § 3142(f)(1)(A)',
      status: 'unknown',
      text: `whether count ${f.label} is "a crime of violence" (§ 3156(a)(4)) is not recorded (attributes.crimeOfViolence)`,
    });
  if (f.max === 'life')
    out.push({
      ...base,
      clause: '(f)(1)(B)',
      citation: '18 U.S.C. § 3142(f)(1)(B)',
      status: 'applies',
      text: `count ${f.label} is "an offense for which the maximum sentence is life imprisonment or death" (${f.exposure.prison?.citation ?? eitherWayNote(f)})`,
    });
  if (f.controlledSubstancesAct && atLeast(f.max, 10))
    out.push({
      ...base,
      clause: '(f)(1)(C)',
      citation: '18 U.S.C. § 3142(f)(1)(C)',
      status: 'applies',
      text: `count ${f.label} is a Controlled Substances Act offense with a maximum of ten years or more`,
    });
  if (f.felony && f.attributes?.crimeOfViolence !== true && (f.attributes?.minorVictim === true || f.firearm))
    out.push({
      ...base,
      clause: '(f)(1)(E)',
      citation: '18 U.S.C. § 3142(f)(1)(E)',
      status: 'applies',
      text: `count ${f.label} is a felony that ${f.firearm ? 'involves the possession or use of a firearm' : 'involves a minor victim'}`,
    });
  return out;
}

/** § 3142(e)(3): "Subject to rebuttal by the person, it shall be presumed …" — the probable-cause presumption. */
export function probableCausePresumption(f: ChargeFacts): ReleaseFlag[] {
  const out: ReleaseFlag[] = [];
  const pc = f.indicted
    ? ' (probable cause: the indictment)'
    : ' (if the judicial officer finds probable cause)';
  const flag = (clause: string, text: string, status: ReleaseFlag['status'] = 'applies') =>
    out.push({ count: f.label, clause, citation: `18 U.S.C. § 3142${clause}`, status, text: `${text}${pc}` });
  if (f.controlledSubstancesAct && atLeast(f.max, 10))
    flag(
      '(e)(3)(A)',
      `count ${f.label}: a Controlled Substances Act offense with a maximum of ten years or more`,
    );
  if (
    f.title === 18 &&
    (f.section === '924'
      ? f.subsections.some((s) => s.startsWith('(c)'))
      : ['956', '2332B'].includes(f.section ?? ''))
  )
    flag('(e)(3)(B)', `count ${f.label}: "an offense under section 924(c), 956(a), or 2332b of this title"`);
  if (f.title === 18 && f.chapter === '77' && atLeast(f.max, 20))
    flag(
      '(e)(3)(D)',
      `count ${f.label}: "an offense under chapter 77 of this title for which a maximum term of imprisonment of 20 years or more is prescribed" (maximum ${f.max === 'life' ? 'life' : `${f.max} years`}${f.exposure.prison ? '' : `; ${eitherWayNote(f)}`})`,
    );
  const listed = listedMinorVictimOffense(f);
  if (listed && f.attributes?.minorVictim === true)
    flag('(e)(3)(E)', `count ${f.label}: an offense involving a minor victim under section ${listed}`);
  else if (listed && f.attributes?.minorVictim === undefined)
    flag(
      '(e)(3)(E)',
      `count ${f.label} is under section ${listed}: the presumption applies if it involves a minor victim (not recorded)`,
      'unknown',
    );
  return out;
}

/**
 * § 3142(e)(2): the previous-violator presumption needs facts the case file does not hold. Given them, all
 * three of (A)–(C) must hold, in an (f)(1) case.
 */
export interface PriorViolation {
  /** (A) a prior conviction of an (f)(1) offense, or a state or local offense that would have been one. */
  priorFOneConviction: boolean;
  /** (B) committed while on release pending trial for a Federal, State, or local offense. */
  committedOnPretrialRelease: boolean;
  /** (C) the date of that conviction or of release from imprisonment for it, whichever is later (ISO). */
  convictionOrReleaseDate: string;
}

export function previousViolatorPresumption(
  fOneCase: boolean,
  prior: PriorViolation | undefined,
  asOf: string,
): { applies: boolean | null; citation: string; text: string } {
  const citation = '18 U.S.C. § 3142(e)(2)';
  if (!prior)
    return {
      applies: null,
      citation,
      text: 'Not computed: the prior conviction facts of (e)(2)(A)–(C) are not recorded.',
    };
  // "a period of not more than five years has elapsed": within while asOf is on or before the fifth anniversary.
  const within = asOf <= addYears(parseDate(prior.convictionOrReleaseDate), 5).toString();
  const applies = fOneCase && prior.priorFOneConviction && prior.committedOnPretrialRelease && within;
  return {
    applies,
    citation,
    text: applies
      ? `Presumed that no condition will reasonably assure safety: an (f)(1) case, a prior (f)(1) conviction for an offense committed on pretrial release, and not more than five years since ${prior.convictionOrReleaseDate}.`
      : `Does not apply: ${[
          fOneCase ? '' : 'not an (f)(1) case',
          prior.priorFOneConviction ? '' : 'no prior (f)(1) conviction',
          prior.committedOnPretrialRelease ? '' : 'the prior offense was not committed on pretrial release',
          within ? '' : `more than five years since ${prior.convictionOrReleaseDate}`,
        ]
          .filter(Boolean)
          .join('; ')}.`,
  };
}

/** § 3143(a)(2): detention after a guilty plea to an (f)(1)(A)–(C) offense. */
export function detentionAfterPlea(facts: readonly ChargeFacts[]): ReleaseFlag[] {
  return facts.flatMap((f) =>
    detentionHearingGrounds(f)
      .filter((g) => g.status === 'applies' && ['(f)(1)(A)', '(f)(1)(B)', '(f)(1)(C)'].includes(g.clause))
      .map((g) => ({
        count: f.label,
        clause: '(a)(2)',
        citation: '18 U.S.C. § 3143(a)(2)',
        status: 'applies' as const,
        text: `A guilty plea to count ${f.label} (${g.citation}: ${g.text}) means detention pending sentence unless (A)(i) there is a substantial likelihood of a motion for acquittal or new trial being granted, or (ii) the Government recommends no imprisonment, and (B) the court finds by clear and convincing evidence that the person is not likely to flee or pose a danger.`,
      })),
  );
}

/**
 * § 3146(b)(1): the maximum for failing to appear, keyed to the offense the person was released on.
 * (b)(2): "A term of imprisonment imposed under this section shall be consecutive to the sentence of
 * imprisonment for any other offense."
 */
export function failureToAppearMaximum(
  max: Years | null,
): { years: number; citation: string; text: string } | null {
  if (max === null) return null;
  if (max === 'life' || max >= 15)
    return {
      years: 10,
      citation: '18 U.S.C. § 3146(b)(1)(A)(i)',
      text: 'an offense punishable by death, life imprisonment, or imprisonment for 15 years or more: not more than ten years, consecutive (§ 3146(b)(2))',
    };
  if (max >= 5)
    return {
      years: 5,
      citation: '18 U.S.C. § 3146(b)(1)(A)(ii)',
      text: 'an offense punishable by imprisonment for five years or more: not more than five years, consecutive (§ 3146(b)(2))',
    };
  if (max > 1)
    return {
      years: 2,
      citation: '18 U.S.C. § 3146(b)(1)(A)(iii)',
      text: 'any other felony: not more than two years, consecutive (§ 3146(b)(2))',
    };
  return {
    years: 1,
    citation: '18 U.S.C. § 3146(b)(1)(A)(iv)',
    text: 'a misdemeanor: not more than one year, consecutive (§ 3146(b)(2))',
  };
}

/** § 3147: an offense committed while released adds, consecutively, up to ten years (felony) or one (misdemeanor). */
export const OFFENSE_WHILE_RELEASED = {
  citation: '18 U.S.C. § 3147',
  felonyYears: 10,
  misdemeanorYears: 1,
  text: 'in addition to the sentence prescribed for the offense, to— (1) a term of imprisonment of not more than ten years if the offense is a felony; or (2) a term of imprisonment of not more than one year if the offense is a misdemeanor. A term of imprisonment imposed under this section shall be consecutive to any other sentence of imprisonment.',
} as const;
