/**
 * What has been checked of the 2025 Manual's numbers the engine uses, against which text, and what has not
 * (docs/guidelines.md, "Sources, and what is unverified"). `verified`: the number was read in the official text
 * (an Appendix C amendment, the Manual on guidelines.ussc.gov) or a holding; `partly`: part of the provision was
 * read; `unverified`: the engine's value is a reading not confirmed by any text read.
 */
export interface VerificationItem {
  id: string;
  provision: string;
  status: 'verified' | 'partly' | 'unverified';
  /** What the engine does with it. */
  engine: string;
  /** What was read, and where. */
  finding: string;
}

export const VERIFICATION: readonly VerificationItem[] = [
  {
    id: 'k21-trafficking',
    provision: '§ 2K2.1(b)(6) (2023–2024: (b)(5)) trafficking of firearms',
    status: 'partly',
    engine:
      '(A) +2 for a conviction under 18 U.S.C. § 933(a)(2) or (a)(3); (B) +2 for a recorded transfer; (C) not computed',
    finding:
      'App. C amend. 819 (guidelines.ussc.gov, Appendix C): "(Apply the Greatest) If the defendant— (A) was convicted under 18 U.S.C. § 933(a)(2) or (a)(3), increase by 2 levels; (B) … increase by 2 levels; or (C) (i) … two or more firearms …" — the text read stops before (C)\'s level; the renumbering to (b)(6) is App. C amend. 834 (2025)',
  },
  {
    id: 'k21-base-932-933',
    provision: '§ 2K2.1(a)(4)(B), (a)(6)(B): convictions under §§ 922(d), 932, 933',
    status: 'verified',
    engine:
      'a § 922(d), § 932 or § 933 count takes (a)(6)(B) 14, or (a)(4)(B) 20 with a § 5845(a) or SA-LCM firearm',
    finding:
      "App. C amend. 819: \"Section 2K2.1(a)(4)(B) is amended by inserting after '18 U.S.C. § 922(d)' the following: ', § 932, or § 933'\", and the same for (a)(6)(B)",
  },
  {
    id: 'd11-fentanyl-analogue',
    provision: '§ 2D1.1, comment. (n.8(D)): converted drug weight of a fentanyl analogue',
    status: 'partly',
    engine: '1 g = 10 kg of converted drug weight',
    finding:
      'App. C amend. 782 (ussc.gov) sets the table rows "9 KG or more of a Fentanyl Analogue" and "90,000 KG or more of Marihuana" at level 38 and "3 KG" / "30,000 KG" at level 36: a ratio of 10 kg a gram; the conversion table entry itself was not read',
  },
  {
    id: 'c41-a10',
    provision: '§ 4C1.1(a)(10): aggravating role or continuing criminal enterprise',
    status: 'verified',
    engine: 'either a § 3B1.1 adjustment or a continuing criminal enterprise bars the reduction',
    finding:
      'United States v. Jones, No. 24-30236 (5th Cir. Apr. 29, 2025): "either receiving a § 3B1.1 adjustment or engaging in a continuing criminal enterprise is sufficient to disqualify a defendant"; whether the Manual\'s own text was later split into two criteria was not read',
  },
  {
    id: 'c52-b-floor',
    provision: '§ 5C1.2(b): the level-17 floor with a five-year minimum',
    status: 'partly',
    engine:
      'the Chapters Two and Three level is not less than 17 when the safety valve applies to a count with a minimum of five years or more',
    finding:
      'App. C amend. 763 (Nov. 1, 2014; ussc.gov/guidelines/amendment/763), official text, adding § 2D1.11(b)(6): "If subsection (b)(6) applies, §5C1.2(b) does not apply. See §5C1.2(b)(2)(requiring a minimum offense level of level 17 if the \'statutorily required minimum sentence is at least five years\')" — the floor and its trigger as the engine applies them; the 2023 § 5C1.2 on guidelines.ussc.gov was read through (a)(1)–(5) and opens "(a) Except as provided in subsection (b)", then stops at "(b) In the case of a"; the 2025 text of (b) itself was not read',
  },
  {
    id: 'a832-part-b',
    provision: 'App. C amend. 832, Part B (2025)',
    status: 'unverified',
    engine:
      'Part A: § 2B3.1(b)(2)(B) and (b)(4)(B) carry the 2025 words in the 2025 edition, levels unchanged (a test holds both editions); Part B: nothing — single sentences under § 4A1.2(a)(2) stay the user’s grouping',
    finding:
      'the amendment text read (ussc.gov, amendment 832) is Part A: § 2B3.1(b)(2)(B) "used to convey a specific (not general) threat of harm … or to make physical contact with a victim" and (b)(4)(B) "freedom of movement was restricted through physical contact or confinement"; Part B was not reached, and a second search of the Appendix C pages (amendments 824, 831, 832) found no Part B text; a third search (Dec. 2026: the amendment page, the Federal Register notice of May 9, 2025, 90 Fed. Reg. 19798, and secondary summaries) reached Part A again and the notice’s first page only, so what Part B changed is not known here',
  },
  {
    id: 's11-b2-b3',
    provision: '§ 2S1.1(b)(2)(C) and (b)(3): in the business of laundering funds; sophisticated laundering',
    status: 'verified',
    engine:
      '(b)(2) the greatest of +1 (§ 1957), +2 (§ 1956) and +4 (in the business, only under (a)(2)); (b)(3) +2 only when (b)(2)(B) is the increase applied',
    finding:
      '§ 2S1.1 on guidelines.ussc.gov (the page does not name its edition): "(2) (Apply the Greatest): (A) If the defendant was convicted under 18 U.S.C. § 1957, increase by 1 level. (B) If the defendant was convicted under 18 U.S.C. § 1956, increase by 2 levels. (C) If (i) subsection (a)(2) applies; and (ii) the defendant was in the business of laundering funds, increase by 4 levels. (3) If (A) subsection (b)(2)(B) applies; and (B) the offense involved sophisticated laundering, increase by 2 levels." — the same text as the 2005 Manual (ussc.gov), after App. C amend. 634 (2001) and 655 (2003)',
  },
  {
    id: 'f31-fast-track',
    provision: '§ 3F1.1 (2025): early disposition (fast-track) programs',
    status: 'partly',
    engine: 'not computed: like § 5K1.1, the government’s motion and its extent are recorded by the user',
    finding:
      'a practitioner summary of the 2025 amendments: departures eliminated "except for substantial assistance and \'fast track\'", "the departure for fast-track cases is now found at §3F1.1" (App. C amend. 836); the text of § 3F1.1 was not read',
  },
  {
    id: 's3014-sunset',
    provision: '18 U.S.C. § 3014(a) after Sept. 30, 2025',
    status: 'unverified',
    engine: 'src/law/penalties: in force to Sept. 30, 2025; `unverified` from Oct. 1, 2025',
    finding:
      'S. 2584 (119th Cong.), striking the end date, passed the Senate; H.R. 4929 was referred to the House Judiciary Committee; Pub. L. 119-37 (Nov. 12, 2025; H.R. 5371, the Continuing Appropriations, Agriculture, Legislative Branch, Military Construction and Veterans Affairs, and Extensions Act, 2026) extended "various expiring programs and authorities" — its table of contents (congress.gov, Senate amendment of Nov. 10, 2025) names no title for § 3014, and the sections of its Division A were not read; the CRS overview of Division A (R48765, Dec. 15, 2025) places the act\'s authorization extensions in Divisions E–H, not read either; a further search (Dec. 2026) found no enacted act striking or extending the end date, so none is verified to continue § 3014',
  },
  {
    id: 'manual-2026',
    provision: 'the Guidelines Manual effective Nov. 1, 2026',
    status: 'verified',
    engine:
      'not in the engine: a sentencing on or after Nov. 1, 2026 is computed under the 2025 Manual and the choice of Manual says so',
    finding:
      'Notice of submission to Congress of amendments effective November 1, 2026, 91 Fed. Reg. 24088 (May 4, 2026)',
  },
];
