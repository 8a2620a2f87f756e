/**
 * The general provisions every count goes through: offense classes (§ 3559(a)), supervised release
 * (§ 3583(b), (k)), fines (§ 3571), special assessments (§§ 3013, 3014). Each is a default with its
 * exceptions, and each number is a dated, cited record. The catalog models the regime of the Sentencing
 * Reform Act, in force for offenses committed on or after November 1, 1987: earlier dates are not covered.
 */
import type { Dated } from './dated.ts';
import type { OffenseClass, Years } from './types.ts';

/** First day the catalog covers (Sentencing Reform Act of 1984, Pub. L. 98-473, effective Nov. 1, 1987). */
export const COVERAGE_FROM = '1987-11-01';
export const CHECKED_ON = '2026-03-30';

/**
 * 18 U.S.C. § 3559(a): "An offense that is not specifically classified by a letter grade in the section
 * defining it, is classified if the maximum term of imprisonment authorized is— (1) life imprisonment, or if
 * the maximum penalty is death, as a Class A felony; (2) twenty-five years or more, as a Class B felony; (3)
 * less than twenty-five years but ten or more years, as a Class C felony; (4) less than ten years but five or
 * more years, as a Class D felony; (5) less than five years but more than one year, as a Class E felony; (6)
 * one year or less but more than six months, as a Class A misdemeanor; (7) six months or less but more than
 * thirty days, as a Class B misdemeanor; (8) thirty days or less but more than five days, as a Class C
 * misdemeanor; or (9) five days or less, or if no imprisonment is authorized, as an infraction."
 *
 * A maximum under a year is a fraction of a year: six months is 0.5, thirty days 30/365.
 */
export const CLASS_CITATION = '18 U.S.C. § 3559(a)';
export function offenseClass(max: Years): OffenseClass {
  if (max === 'life') return 'A';
  if (max >= 25) return 'B';
  if (max >= 10) return 'C';
  if (max >= 5) return 'D';
  if (max > 1) return 'E';
  const months = Math.round(max * 12 * 1e6) / 1e6;
  const days = Math.round(max * 365 * 1e6) / 1e6;
  if (months > 6) return 'misdemeanorA';
  if (days > 30) return 'misdemeanorB';
  if (days > 5) return 'misdemeanorC';
  return 'infraction';
}

export const CLASS_LABEL: Record<OffenseClass, string> = {
  A: 'Class A felony',
  B: 'Class B felony',
  C: 'Class C felony',
  D: 'Class D felony',
  E: 'Class E felony',
  misdemeanorA: 'Class A misdemeanor',
  misdemeanorB: 'Class B misdemeanor',
  misdemeanorC: 'Class C misdemeanor',
  infraction: 'infraction',
};

/** § 3583(b): the authorized term of supervised release by class (the default). */
export interface SupervisedReleaseByClass extends Dated {
  byClass: Record<'AB' | 'CD' | 'EM', number>;
}

export const SUPERVISED_RELEASE_B: readonly SupervisedReleaseByClass[] = [
  {
    from: COVERAGE_FROM,
    to: '1988-11-17',
    byClass: { AB: 3, CD: 2, EM: 1 },
    citation: '18 U.S.C. § 3583(b) (1984)',
    enactedBy: 'Pub. L. 98-473, title II, § 212(a)(2) (Oct. 12, 1984), effective Nov. 1, 1987',
    sourceText:
      'for a Class A or Class B felony, not more than three years; (2) for a Class C or Class D felony, not more than two years; and (3) for a Class E felony, or for a misdemeanor (other than a petty offense), not more than one year',
    checkedOn: CHECKED_ON,
    unverified:
      'the 1984 text (3 / 2 / 1 years) is from the amendment notes, not checked against the Statutes at Large',
  },
  {
    from: '1988-11-18',
    to: null,
    byClass: { AB: 5, CD: 3, EM: 1 },
    citation: '18 U.S.C. § 3583(b)',
    enactedBy: 'Pub. L. 100-690, title VII, § 7108(a) (Nov. 18, 1988)',
    sourceText:
      'Except as otherwise provided, the authorized terms of supervised release are— (1) for a Class A or Class B felony, not more than five years; (2) for a Class C or Class D felony, not more than three years; and (3) for a Class E felony, or for a misdemeanor (other than a petty offense), not more than one year.',
    checkedOn: CHECKED_ON,
  },
];

/** § 3583(k): the exception for listed sex offenses ("any term of years not less than 5, or life"). */
export interface SupervisedReleaseK extends Dated {
  /** Sections (and `1594(c)`-style subsections) the exception lists. */
  sections: readonly string[];
  /** Sections listed only when a minor is the victim (§ 1201). */
  minorVictimSections: readonly string[];
  min: number;
  max: Years;
}

const K_SECTIONS_2006 = [
  '1591',
  '2241',
  '2242',
  '2243',
  '2244',
  '2245',
  '2250',
  '2251',
  '2251A',
  '2252',
  '2252A',
  '2260',
  '2421',
  '2422',
  '2423',
  '2425',
];

export const SUPERVISED_RELEASE_K: readonly SupervisedReleaseK[] = [
  {
    from: COVERAGE_FROM,
    to: '2006-07-26',
    sections: [],
    minorVictimSections: [],
    min: 0,
    max: 0,
    citation: '18 U.S.C. § 3583(k) (not modeled before 2006)',
    enactedBy: 'Pub. L. 108-21, § 101 (Apr. 30, 2003) first enacted a subsection (k)',
    sourceText: '',
    checkedOn: CHECKED_ON,
    unverified:
      'the 2003–2006 text of § 3583(k) (PROTECT Act) is not modeled: for offenses before July 27, 2006 the engine applies § 3583(b) and says so',
  },
  {
    from: '2006-07-27',
    to: '2015-05-28',
    sections: K_SECTIONS_2006,
    minorVictimSections: ['1201'],
    min: 5,
    max: 'life',
    citation: '18 U.S.C. § 3583(k)',
    enactedBy: 'Pub. L. 109-248, § 141(e) (July 27, 2006)',
    sourceText:
      'Notwithstanding subsection (b), the authorized term of supervised release for any offense under section 1201 involving a minor victim, and for any offense under section 1591, 2241, 2242, 2243, 2244, 2245, 2250, 2251, 2251A, 2252, 2252A, 2260, 2421, 2422, 2423, or 2425, is any term of years not less than 5, or life.',
    checkedOn: CHECKED_ON,
    unverified:
      'the 2006 list is reconstructed from the current text less § 1594(c); confirm against Pub. L. 109-248',
  },
  {
    from: '2015-05-29',
    to: null,
    sections: [...K_SECTIONS_2006, '1594(c)'],
    minorVictimSections: ['1201'],
    min: 5,
    max: 'life',
    citation: '18 U.S.C. § 3583(k)',
    enactedBy: 'Pub. L. 114-22 (May 29, 2015) (the date § 1594(c) entered the list is not verified)',
    sourceText:
      'Notwithstanding subsection (b), the authorized term of supervised release for any offense under section 1201 involving a minor victim, and for any offense under section 1591, 1594(c), 2241, 2242, 2243, 2244, 2245, 2250, 2251, 2251A, 2252, 2252A, 2260, 2421, 2422, 2423, or 2425, is any term of years not less than 5, or life.',
    checkedOn: CHECKED_ON,
    unverified: 'the enacting law and date of the addition of § 1594(c) to the list are not verified',
  },
];

/** § 3571(b): the fine for an individual, by class, where the offense statute states no greater amount. */
export interface FineByClass extends Dated {
  felony: number;
  misdemeanorDeath: number;
  misdemeanorA: number;
  misdemeanorBC: number;
  infraction: number;
}

export const FINES_3571: readonly FineByClass[] = [
  {
    from: COVERAGE_FROM,
    to: null,
    felony: 250_000,
    misdemeanorDeath: 250_000,
    misdemeanorA: 100_000,
    misdemeanorBC: 5_000,
    infraction: 5_000,
    citation: '18 U.S.C. § 3571(b)',
    enactedBy:
      'Pub. L. 98-473, § 212(a)(2) (1984), effective Nov. 1, 1987; as amended by Pub. L. 100-185, § 6 (Dec. 11, 1987)',
    sourceText:
      'an individual who has been found guilty of an offense may be fined not more than the greatest of— (1) the amount specified in the law setting forth the offense; (2) the applicable amount under subsection (d) of this section; (3) for a felony, not more than $250,000; (4) for a misdemeanor resulting in death, not more than $250,000; (5) for a Class A misdemeanor that does not result in death, not more than $100,000; (6) for a Class B or C misdemeanor that does not result in death, not more than $5,000; or (7) for an infraction, not more than $5,000.',
    checkedOn: CHECKED_ON,
    unverified: 'the text of § 3571 between Nov. 1 and Dec. 11, 1987 is not separately modeled',
  },
];

/** § 3571(d): the alternative fine based on gain or loss. */
export const FINE_GAIN_LOSS = {
  citation: '18 U.S.C. § 3571(d)',
  sourceText:
    'If any person derives pecuniary gain from the offense, or if the offense results in pecuniary loss to a person other than the defendant, the defendant may be fined not more than the greater of twice the gross gain or twice the gross loss, unless imposition of a fine under this subsection would unduly complicate or prolong the sentencing process.',
};

/** § 3013(a): the special assessment per count of conviction, for an individual. */
export interface Assessment3013 extends Dated {
  felony: number;
  misdemeanorA: number;
  misdemeanorB: number;
  misdemeanorCOrInfraction: number;
}

export const ASSESSMENTS_3013: readonly Assessment3013[] = [
  {
    from: COVERAGE_FROM,
    to: '1988-11-17',
    felony: 50,
    misdemeanorA: 25,
    misdemeanorB: 25,
    misdemeanorCOrInfraction: 25,
    citation: '18 U.S.C. § 3013(a) (1984)',
    enactedBy: 'Pub. L. 98-473, title II, § 1405(a) (Oct. 12, 1984)',
    sourceText: '$50 if convicted of a felony; $25 if convicted of a misdemeanor',
    checkedOn: CHECKED_ON,
    unverified: 'amounts from U.S.S.G. § 5E1.3 comment. (n.2), not from the Statutes at Large',
  },
  {
    from: '1988-11-18',
    to: '1996-04-23',
    felony: 50,
    misdemeanorA: 25,
    misdemeanorB: 10,
    misdemeanorCOrInfraction: 5,
    citation: '18 U.S.C. § 3013(a) (1988)',
    enactedBy: 'Pub. L. 100-690, title VII, § 7085 (Nov. 18, 1988)',
    sourceText: '$50, if convicted of a felony; $25, if convicted of a Class A misdemeanor',
    checkedOn: CHECKED_ON,
    unverified: 'amounts from U.S.S.G. § 5E1.3 comment. (n.2), not from the Statutes at Large',
  },
  {
    from: '1996-04-24',
    to: null,
    felony: 100,
    misdemeanorA: 25,
    misdemeanorB: 10,
    misdemeanorCOrInfraction: 5,
    citation: '18 U.S.C. § 3013(a)',
    enactedBy: 'Pub. L. 104-132, title II, § 210 (Apr. 24, 1996)',
    sourceText:
      '(2) in the case of a felony— (A) the amount of $100 if the defendant is an individual; and (B) the amount of $400 if the defendant is a person other than an individual.',
    checkedOn: CHECKED_ON,
  },
];

/**
 * § 3014(a): $5,000 on a non-indigent person convicted under chapter 77, 109A, 110 or 117, or 8 U.S.C. § 1324.
 * The subsection has carried a sunset since its enactment ("Beginning on the date of enactment … and ending
 * on …"), extended several times; the date that matters is the day the court assesses (sentencing).
 */
export interface Assessment3014 extends Dated {
  amount: number;
  /** `inForce`: the text in force assesses; `unverified`: whether it does could not be confirmed. */
  status: 'inForce' | 'unverified';
  /** Chapters of title 18 listed in § 3014(a)(1)–(4). */
  chapters: readonly string[];
  /** Sections outside title 18 listed in § 3014(a) (paragraph (5): 8 U.S.C. § 1324), with the exception it states. */
  sections: ReadonlyArray<{ title: number; section: string; paragraph: string; unless?: string }>;
}

const CHAPTERS_3014 = ['77', '109A', '110', '117'];
/** § 3014(a)(5), in the text since Pub. L. 114-22 (2015). */
const SECTIONS_3014 = [
  {
    title: 8,
    section: '1324',
    paragraph: '18 U.S.C. § 3014(a)(5)',
    unless:
      'unless the person induced, assisted, abetted, or aided only an individual who at the time of such action was the alien’s spouse, parent, son, or daughter (and no other individual) to enter the United States in violation of law',
  },
] as const;
const TEXT_3014 =
  'in addition to the assessment imposed under section 3013, the court shall assess an amount of $5,000 on any non-indigent person or entity convicted of an offense under— (1) chapter 77 (relating to peonage, slavery, and trafficking in persons); (2) chapter 109A (relating to sexual abuse); (3) chapter 110 (relating to sexual exploitation and other abuse of children); (4) chapter 117 (relating to transportation for illegal sexual activity and related crimes); or (5) section 274 of the Immigration and Nationality Act (8 U.S.C. 1324) (relating to human smuggling)';
export const ASSESSMENTS_3014: readonly Assessment3014[] = [
  {
    from: '1987-11-01',
    to: '2015-05-28',
    amount: 0,
    status: 'inForce',
    chapters: [],
    sections: [],
    citation: '18 U.S.C. § 3014 (not yet enacted)',
    enactedBy: '—',
    sourceText: '',
    checkedOn: CHECKED_ON,
  },
  {
    from: '2015-05-29',
    to: '2019-09-30',
    amount: 5_000,
    status: 'inForce',
    chapters: CHAPTERS_3014,
    sections: SECTIONS_3014,
    citation: '18 U.S.C. § 3014(a)',
    enactedBy:
      'Pub. L. 114-22, title I, § 101(a) (May 29, 2015) ("Beginning on the date of enactment … and ending on September 30, 2019")',
    sourceText: TEXT_3014,
    checkedOn: CHECKED_ON,
  },
  {
    from: '2019-10-01',
    to: '2025-09-30',
    amount: 5_000,
    status: 'inForce',
    chapters: CHAPTERS_3014,
    sections: SECTIONS_3014,
    citation: '18 U.S.C. § 3014(a)',
    enactedBy:
      'the end date extended repeatedly by appropriations and extension acts from 2019 on; the text in force in 2025 ends the assessment on Sept. 30, 2025, the date S. 2584, 119th Cong. (2025) (the Enduring Justice for Victims of Trafficking Act) proposes to strike',
    sourceText: TEXT_3014,
    checkedOn: CHECKED_ON,
    unverified:
      'the act that set each later end date, and that each extension was enacted before the previous end date, are not verified (a lapse between two extensions would be a day on which § 3014 did not assess); the text current through Pub. L. 118-19 (Oct. 2023) read "ending on December 23, 2024", so the Sept. 30, 2025 end date was set by a later act, not identified here',
  },
  {
    from: '2025-10-01',
    to: null,
    amount: 5_000,
    status: 'unverified',
    chapters: CHAPTERS_3014,
    sections: SECTIONS_3014,
    citation: '18 U.S.C. § 3014(a)',
    enactedBy:
      'unverified: the last end date verified is Sept. 30, 2025; S. 2584, 119th Cong. (the Enduring Justice for Victims of Trafficking Act), striking the end date, passed the Senate, and its House companion H.R. 4929 was referred to the Judiciary Committee — neither is verified as enacted; Pub. L. 119-37 (Nov. 12, 2025), which ended the Oct. 1 – Nov. 11, 2025 lapse in appropriations and extended "various expiring programs", is not verified to reach § 3014',
    sourceText: TEXT_3014,
    checkedOn: CHECKED_ON,
    unverified:
      'whether § 3014 assesses after Sept. 30, 2025 depends on legislation not verified here: check the current text of § 3014(a) before relying on the figure',
  },
];

/**
 * § 3561(a): "A defendant who has been found guilty of an offense may be sentenced to a term of probation
 * unless— (1) the offense is a Class A or Class B felony and the defendant is an individual; (2) the offense
 * is an offense for which probation has been expressly precluded; or (3) the defendant is sentenced at the
 * same time to a term of imprisonment for the same or a different offense that is not a petty offense."
 */
export const PROBATION_3561 = {
  citation: '18 U.S.C. § 3561(a)(1)',
  sourceText: 'the offense is a Class A or Class B felony and the defendant is an individual',
  expressCitation: '18 U.S.C. § 3561(a)(2)',
  expressText: 'the offense is an offense for which probation has been expressly precluded',
  sameTimeText:
    'the defendant is sentenced at the same time to a term of imprisonment for the same or a different offense that is not a petty offense',
} as const;

/** The general records by name, for the coverage sweep. */
export const GENERAL_RECORDS: ReadonlyArray<{ name: string; records: readonly Dated[] }> = [
  { name: '18 U.S.C. § 3583(b)', records: SUPERVISED_RELEASE_B },
  { name: '18 U.S.C. § 3583(k)', records: SUPERVISED_RELEASE_K },
  { name: '18 U.S.C. § 3571(b)', records: FINES_3571 },
  { name: '18 U.S.C. § 3013(a)', records: ASSESSMENTS_3013 },
  { name: '18 U.S.C. § 3014(a)', records: ASSESSMENTS_3014 },
];
