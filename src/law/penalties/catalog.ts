/**
 * The statute catalog: one entry per penalty provision, each with dated versions that quote the words
 * stating the penalty. Built by hand from the statute text (there is no authoritative machine-readable
 * table; docs/exposure.md, "The catalog"); each `sourceText` is checked against the excerpts committed in
 * `test/fixtures/statutes/`, and the terms in each record against the numbers in its text.
 *
 * Versions start with the text whose penalty the record states; offenses before an entry's first version
 * are not covered (the engine says so rather than apply a later law). `unverified` marks what could not be
 * confirmed against the official text.
 */
import { CHECKED_ON, COVERAGE_FROM } from './general.ts';
import type { PenaltyEntry, PenaltyVariant, PenaltyVersion } from './types.ts';

const checkedOn = CHECKED_ON;
const FINED = { amountUsd: null } as const;

// ---------------------------------------------------------------- chapter 77: peonage, slavery, trafficking
const CH77 = { chapter: '77', chapterName: 'Peonage, slavery, and trafficking in persons' };
const TVPA = 'Pub. L. 106-386, div. A, § 112(a)(2) (Oct. 28, 2000)';
const TVPRA_2008 = 'Pub. L. 110-457, title II, § 222 (Dec. 23, 2008)';

const aggravated = (citation: string, sourceText: string): PenaltyVariant => ({
  id: 'deathResults',
  label:
    'death results, or the violation includes kidnaping, attempted kidnaping, aggravated sexual abuse (or an attempt), or an attempt to kill',
  prison: { min: 0, max: 'life' },
  citation,
  sourceText,
});

const s1589: PenaltyEntry = {
  key: '18:1589',
  title: 18,
  section: '1589',
  selectors: [],
  label: 'Forced labor',
  ...CH77,
  versions: [
    {
      from: '2000-10-28',
      to: null,
      prison: { min: 0, max: 20 },
      fine: FINED,
      citation: '18 U.S.C. § 1589(d)',
      enactedBy: `${TVPA}; penalty moved to subsection (d) by ${TVPRA_2008}, terms unchanged`,
      sourceText:
        'Whoever violates this section shall be fined under this title, imprisoned not more than 20 years, or both.',
      checkedOn,
      variants: [
        aggravated(
          '18 U.S.C. § 1589(d)',
          'If death results from a violation of this section, or if the violation includes kidnaping, an attempt to kidnap, aggravated sexual abuse, or an attempt to kill, the defendant shall be fined under this title, imprisoned for any term of years or life, or both.',
        ),
      ],
    },
  ],
};

const s1590: PenaltyEntry = {
  key: '18:1590',
  title: 18,
  section: '1590',
  selectors: [],
  label: 'Trafficking with respect to peonage, slavery, involuntary servitude, or forced labor',
  ...CH77,
  versions: [
    {
      from: '2000-10-28',
      to: null,
      prison: { min: 0, max: 20 },
      fine: FINED,
      citation: '18 U.S.C. § 1590(a)',
      enactedBy: TVPA,
      sourceText:
        'any person for labor or services in violation of this chapter shall be fined under this title or imprisoned not more than 20 years, or both.',
      checkedOn,
      variants: [
        aggravated(
          '18 U.S.C. § 1590(a)',
          'If death results from the violation of this section, or if the violation includes kidnaping or an attempt to kidnap, aggravated sexual abuse or the attempt to commit aggravated sexual abuse, or an attempt to kill, the defendant shall be fined under this title or imprisoned for any term of years or life, or both.',
        ),
      ],
    },
  ],
};

const s1591b1: PenaltyEntry = {
  key: '18:1591(b)(1)',
  title: 18,
  section: '1591',
  selectors: ['(b)(1)'],
  label: 'Sex trafficking by force, threats of force, fraud or coercion, or of a person under 14',
  ...CH77,
  versions: [
    {
      from: '2000-10-28',
      to: '2006-07-26',
      prison: { min: 0, max: 'life' },
      fine: FINED,
      citation: '18 U.S.C. § 1591(b)(1) (2000)',
      enactedBy: TVPA,
      sourceText:
        'if the offense was effected by force, fraud, or coercion or if the person recruited, enticed, harbored, transported, provided, or obtained had not attained the age of 14 years at the time of such offense, by a fine under this title or imprisonment for any term of years or life, or both',
      checkedOn,
      unverified: 'the 2000 text is from the amendment notes, not checked against the Statutes at Large',
    },
    {
      from: '2006-07-27',
      to: null,
      prison: { min: 15, max: 'life' },
      fine: FINED,
      citation: '18 U.S.C. § 1591(b)(1)',
      enactedBy: 'Pub. L. 109-248, title II, § 208 (July 27, 2006)',
      sourceText:
        'by a fine under this title and imprisonment for any term of years not less than 15 or for life',
      checkedOn,
    },
  ],
};

const s1591b2: PenaltyEntry = {
  key: '18:1591(b)(2)',
  title: 18,
  section: '1591',
  selectors: ['(b)(2)'],
  label: 'Sex trafficking of a person aged 14 to 17, not by force, fraud or coercion',
  ...CH77,
  versions: [
    {
      from: '2006-07-27',
      to: null,
      prison: { min: 10, max: 'life' },
      fine: FINED,
      citation: '18 U.S.C. § 1591(b)(2)',
      enactedBy: 'Pub. L. 109-248, title II, § 208 (July 27, 2006)',
      sourceText: 'by a fine under this title and imprisonment for not less than 10 years or for life',
      checkedOn,
      unverified: 'earlier versions of (b)(2) (2000–2006) are not modeled',
    },
  ],
};

const s1594a: PenaltyEntry = {
  key: '18:1594(a)',
  title: 18,
  section: '1594',
  selectors: ['(a)'],
  label: 'Attempt to violate § 1581, 1583, 1584, 1589, 1590 or 1591',
  ...CH77,
  inchoate: { type: 'attempt', objectTitle: 18, objects: ['1581', '1583', '1584', '1589', '1590', '1591'] },
  versions: [
    {
      from: '2000-10-28',
      to: null,
      citation: '18 U.S.C. § 1594(a)',
      enactedBy: TVPA,
      sourceText:
        'Whoever attempts to violate section 1581, 1583, 1584, 1589, 1590, or 1591 shall be punishable in the same manner as a completed violation of that section.',
      checkedOn,
    },
  ],
};

const s1594b: PenaltyEntry = {
  key: '18:1594(b)',
  title: 18,
  section: '1594',
  selectors: ['(b)'],
  label: 'Conspiracy to violate § 1581, 1583, 1589, 1590 or 1592',
  ...CH77,
  inchoate: { type: 'conspiracy', objectTitle: 18, objects: ['1581', '1583', '1589', '1590', '1592'] },
  versions: [
    {
      from: '2008-12-23',
      to: null,
      citation: '18 U.S.C. § 1594(b)',
      enactedBy: TVPRA_2008,
      sourceText:
        'Whoever conspires with another to violate section 1581, 1583, 1589, 1590, or 1592 shall be punished in the same manner as a completed violation of such section.',
      checkedOn,
    },
  ],
};

const s1594c: PenaltyEntry = {
  key: '18:1594(c)',
  title: 18,
  section: '1594',
  selectors: ['(c)'],
  label: 'Conspiracy to violate § 1591 (sex trafficking)',
  ...CH77,
  versions: [
    {
      from: '2008-12-23',
      to: null,
      prison: { min: 0, max: 'life' },
      fine: FINED,
      citation: '18 U.S.C. § 1594(c)',
      enactedBy: TVPRA_2008,
      sourceText:
        'Whoever conspires with another to violate section 1591 shall be fined under this title, imprisoned for any term of years or for life, or both.',
      checkedOn,
    },
  ],
};

// ---------------------------------------------------------------- chapter 96: RICO
const s1962: PenaltyEntry = {
  key: '18:1962',
  title: 18,
  section: '1962',
  selectors: [],
  label: 'Racketeering (RICO), including conspiracy under § 1962(d)',
  chapter: '96',
  chapterName: 'Racketeer influenced and corrupt organizations',
  penaltySections: ['1963'],
  versions: [
    {
      from: '1988-11-18',
      to: null,
      prison: { min: 0, max: 20 },
      fine: {
        amountUsd: null,
        alternative: 'twice the gross profits or other proceeds (18 U.S.C. § 1963(a))',
      },
      citation: '18 U.S.C. § 1963(a)',
      enactedBy: 'Pub. L. 100-690, title VII, § 7058(d) (Nov. 18, 1988) (the life parenthetical)',
      sourceText:
        'Whoever violates any provision of section 1962 of this chapter shall be fined under this title or imprisoned not more than 20 years (or for life if the violation is based on a racketeering activity for which the maximum penalty includes life imprisonment), or both',
      checkedOn,
      unverified: 'the enacting section of the life parenthetical is not verified',
      variants: [
        {
          id: 'lifePredicate',
          label:
            'the violation is based on a racketeering activity for which the maximum penalty includes life imprisonment',
          prison: { min: 0, max: 'life' },
          citation: '18 U.S.C. § 1963(a)',
          sourceText:
            'or for life if the violation is based on a racketeering activity for which the maximum penalty includes life imprisonment',
        },
      ],
    },
  ],
};

// ---------------------------------------------------------------- chapter 63: mail and wire fraud
const CH63 = { chapter: '63', chapterName: 'Mail fraud and other fraud offenses' };
const SOX = 'Pub. L. 107-204, title IX, § 903 (July 30, 2002)';
const fraudVariants = (citation: string, disaster: boolean): PenaltyVariant[] => [
  {
    id: 'financialInstitution',
    label: 'the violation affects a financial institution',
    prison: { min: 0, max: 30 },
    fineUsd: 1_000_000,
    citation,
    sourceText:
      'or affects a financial institution, such person shall be fined not more than $1,000,000 or imprisoned not more than 30 years, or both.',
  },
  ...(disaster
    ? [
        {
          id: 'disasterBenefit',
          label: 'the violation relates to a presidentially declared major disaster or emergency benefit',
          prison: { min: 0, max: 30 },
          fineUsd: 1_000_000,
          citation,
          sourceText:
            'a presidentially declared major disaster or emergency (as those terms are defined in section 102 of the Robert T. Stafford Disaster Relief and Emergency Assistance Act (42 U.S.C. 5122)), or affects a financial institution, such person shall be fined not more than $1,000,000 or imprisoned not more than 30 years, or both.',
        } satisfies PenaltyVariant,
      ]
    : []),
];
const fraudVersions = (section: '1341' | '1343', sourceText: string): PenaltyVersion[] => [
  {
    from: '2002-07-30',
    to: '2008-01-06',
    prison: { min: 0, max: 20 },
    fine: FINED,
    citation: `18 U.S.C. § ${section}`,
    enactedBy: SOX,
    sourceText,
    checkedOn,
    variants: fraudVariants(`18 U.S.C. § ${section}`, false),
  },
  {
    from: '2008-01-07',
    to: null,
    prison: { min: 0, max: 20 },
    fine: FINED,
    citation: `18 U.S.C. § ${section}`,
    enactedBy: `${SOX}; disaster clause: Pub. L. 110-179, § 4 (Jan. 7, 2008)`,
    sourceText,
    checkedOn,
    unverified: 'the enacting section and date of the disaster clause are not verified for both sections',
    variants: fraudVariants(`18 U.S.C. § ${section}`, true),
  },
];

const s1341: PenaltyEntry = {
  key: '18:1341',
  title: 18,
  section: '1341',
  selectors: [],
  label: 'Mail fraud',
  ...CH63,
  versions: fraudVersions(
    '1341',
    'shall be fined under this title or imprisoned not more than 20 years, or both.',
  ),
};
const s1343: PenaltyEntry = {
  key: '18:1343',
  title: 18,
  section: '1343',
  selectors: [],
  label: 'Wire fraud',
  ...CH63,
  versions: fraudVersions(
    '1343',
    'shall be fined under this title or imprisoned not more than 20 years, or both.',
  ),
};

const s1349: PenaltyEntry = {
  key: '18:1349',
  title: 18,
  section: '1349',
  selectors: [],
  label: 'Attempt or conspiracy to commit a chapter 63 offense',
  ...CH63,
  inchoate: {
    type: 'attemptOrConspiracy',
    objectTitle: 18,
    objects: ['1341', '1342', '1343', '1344', '1345', '1346', '1347', '1348', '1350', '1351'],
  },
  versions: [
    {
      from: '2002-07-30',
      to: null,
      citation: '18 U.S.C. § 1349',
      enactedBy: 'Pub. L. 107-204, title IX, § 902(a) (July 30, 2002)',
      sourceText:
        'Any person who attempts or conspires to commit any offense under this chapter shall be subject to the same penalties as those prescribed for the offense, the commission of which was the object of the attempt or conspiracy.',
      checkedOn,
    },
  ],
};

// ---------------------------------------------------------------- chapter 19: conspiracy
const s371: PenaltyEntry = {
  key: '18:371',
  title: 18,
  section: '371',
  selectors: [],
  label: 'Conspiracy to commit an offense or to defraud the United States',
  chapter: '19',
  chapterName: 'Conspiracy',
  versions: [
    {
      from: COVERAGE_FROM,
      to: null,
      prison: { min: 0, max: 5 },
      fine: FINED,
      misdemeanorObjectCap: true,
      citation: '18 U.S.C. § 371',
      enactedBy:
        'June 25, 1948, ch. 645, 62 Stat. 701; "fined under this title": Pub. L. 103-322, § 330016(1)(L) (1994)',
      sourceText:
        'each shall be fined under this title or imprisoned not more than five years, or both. If, however, the offense, the commission of which is the object of the conspiracy, is a misdemeanor only, the punishment for such conspiracy shall not exceed the maximum punishment provided for such misdemeanor.',
      checkedOn,
    },
  ],
};

// ---------------------------------------------------------------- chapter 95: money laundering
const CH95 = { chapter: '95', chapterName: 'Racketeering (money laundering)' };
const launderingFine = {
  amountUsd: 500_000,
  alternative: 'twice the value of the property involved in the transaction (18 U.S.C. § 1956)',
};
const s1956a: PenaltyEntry = {
  key: '18:1956(a)',
  title: 18,
  section: '1956',
  selectors: ['(a)'],
  label: 'Laundering of monetary instruments',
  ...CH95,
  versions: [
    {
      from: COVERAGE_FROM,
      to: null,
      prison: { min: 0, max: 20 },
      fine: launderingFine,
      citation: '18 U.S.C. § 1956(a)(1)',
      enactedBy: 'Pub. L. 99-570, title I, § 1352(a) (Oct. 27, 1986)',
      sourceText:
        'shall be sentenced to a fine of not more than $500,000 or twice the value of the property involved in the transaction, whichever is greater, or imprisonment for not more than twenty years, or both.',
      checkedOn,
    },
  ],
};
const s1956h: PenaltyEntry = {
  key: '18:1956(h)',
  title: 18,
  section: '1956',
  selectors: ['(h)'],
  label: 'Conspiracy to commit money laundering (§ 1956 or § 1957)',
  ...CH95,
  inchoate: { type: 'conspiracy', objectTitle: 18, objects: ['1956', '1957'] },
  versions: [
    {
      from: '1992-10-28',
      to: null,
      citation: '18 U.S.C. § 1956(h)',
      enactedBy: 'Pub. L. 102-550, title XV, § 1530 (Oct. 28, 1992)',
      sourceText:
        'Any person who conspires to commit any offense defined in this section or section 1957 shall be subject to the same penalties as those prescribed for the offense the commission of which was the object of the conspiracy.',
      checkedOn,
    },
  ],
};
const s1957: PenaltyEntry = {
  key: '18:1957',
  title: 18,
  section: '1957',
  selectors: [],
  label: 'Monetary transactions in criminally derived property over $10,000',
  ...CH95,
  versions: [
    {
      from: COVERAGE_FROM,
      to: null,
      prison: { min: 0, max: 10 },
      fine: {
        amountUsd: null,
        alternative: 'twice the amount of the criminally derived property (18 U.S.C. § 1957(b)(2))',
      },
      citation: '18 U.S.C. § 1957(b)',
      enactedBy: 'Pub. L. 99-570, title I, § 1352(a) (Oct. 27, 1986)',
      sourceText:
        'the punishment for an offense under this section is a fine under title 18, United States Code, or imprisonment for not more than ten years or both.',
      checkedOn,
    },
  ],
};

// ---------------------------------------------------------------- chapter 47: aggravated identity theft
const s1028A: PenaltyEntry = {
  key: '18:1028A',
  title: 18,
  section: '1028A',
  selectors: [],
  label: 'Aggravated identity theft',
  chapter: '47',
  chapterName: 'Fraud and false statements',
  versions: [
    {
      from: '2004-07-15',
      to: null,
      prison: { min: 2, max: 2 },
      fine: FINED,
      citation: '18 U.S.C. § 1028A(a)(1)',
      enactedBy: 'Pub. L. 108-275, § 2(a) (July 15, 2004)',
      sourceText:
        'shall, in addition to the punishment provided for such felony, be sentenced to a term of imprisonment of 2 years.',
      checkedOn,
      consecutive: {
        citation: '18 U.S.C. § 1028A(b)(2), (4)',
        text: 'no term of imprisonment imposed on a person under this section shall run concurrently with any other term of imprisonment imposed on the person under any other provision of law',
        concurrentWithSameSection: true,
      },
      probationBarred: { citation: '18 U.S.C. § 1028A(b)(1)' },
      variants: [
        {
          id: 'terrorism',
          label: 'during and in relation to a felony listed in § 2332b(g)(5)(B) (terrorism)',
          subsections: ['(a)(2)'],
          prison: { min: 5, max: 5 },
          citation: '18 U.S.C. § 1028A(a)(2)',
          sourceText:
            'shall, in addition to the punishment provided for such felony, be sentenced to a term of imprisonment of 5 years.',
        },
      ],
    },
  ],
};

// ---------------------------------------------------------------- chapter 44: firearms
const CH44 = { chapter: '44', chapterName: 'Firearms' };
const consecutive924c = {
  citation: '18 U.S.C. § 924(c)(1)(D)(ii)',
  text: 'no term of imprisonment imposed on a person under this subsection shall run concurrently with any other term of imprisonment imposed on the person, including any term of imprisonment imposed for the crime of violence or drug trafficking crime during which the firearm was used, carried, or possessed.',
};
const LIFE_READ = 'the statute states no maximum; courts read it as life';
const variants924c = (priorText: string): PenaltyVariant[] => [
  {
    id: 'brandished',
    label: 'the firearm is brandished',
    subsections: ['(c)(1)(A)(ii)'],
    prison: { min: 7, max: 'life', maxReadFrom: LIFE_READ },
    citation: '18 U.S.C. § 924(c)(1)(A)(ii)',
    sourceText:
      'if the firearm is brandished, be sentenced to a term of imprisonment of not less than 7 years',
  },
  {
    id: 'discharged',
    label: 'the firearm is discharged',
    subsections: ['(c)(1)(A)(iii)'],
    prison: { min: 10, max: 'life', maxReadFrom: LIFE_READ },
    citation: '18 U.S.C. § 924(c)(1)(A)(iii)',
    sourceText:
      'if the firearm is discharged, be sentenced to a term of imprisonment of not less than 10 years',
  },
  {
    id: 'shortBarreled',
    label: 'a short-barreled rifle or shotgun (or, until the 2004 sunset, a semiautomatic assault weapon)',
    subsections: ['(c)(1)(B)(i)'],
    prison: { min: 10, max: 'life', maxReadFrom: LIFE_READ },
    citation: '18 U.S.C. § 924(c)(1)(B)(i)',
    sourceText:
      'is a short-barreled rifle, short-barreled shotgun, or semiautomatic assault weapon, the person shall be sentenced to a term of imprisonment of not less than 10 years',
  },
  {
    id: 'machinegun',
    label: 'a machinegun or destructive device, or a firearm with a silencer or muffler',
    subsections: ['(c)(1)(B)(ii)'],
    prison: { min: 30, max: 'life', maxReadFrom: LIFE_READ },
    citation: '18 U.S.C. § 924(c)(1)(B)(ii)',
    sourceText:
      'is a machinegun or a destructive device, or is equipped with a firearm silencer or firearm muffler, the person shall be sentenced to a term of imprisonment of not less than 30 years',
  },
  {
    id: 'priorConviction',
    label: 'a prior § 924(c) conviction (see the version for what counts)',
    subsections: ['(c)(1)(C)'],
    prison: { min: 25, max: 'life', maxReadFrom: LIFE_READ },
    citation: '18 U.S.C. § 924(c)(1)(C)(i)',
    sourceText: priorText,
  },
  {
    id: 'priorConvictionMachinegun',
    label: 'a prior § 924(c) conviction, and a machinegun, destructive device, silencer or muffler',
    prison: { min: 'life', max: 'life' },
    citation: '18 U.S.C. § 924(c)(1)(C)(ii)',
    sourceText:
      'if the firearm involved is a machinegun or a destructive device, or is equipped with a firearm silencer or firearm muffler, be sentenced to imprisonment for life.',
  },
];
const s924c: PenaltyEntry = {
  key: '18:924(c)',
  title: 18,
  section: '924',
  selectors: ['(c)'],
  label:
    'Using, carrying or possessing a firearm in relation to a crime of violence or drug trafficking crime',
  ...CH44,
  versions: [
    {
      from: '1998-11-13',
      to: '2018-12-20',
      prison: { min: 5, max: 'life', maxReadFrom: LIFE_READ },
      fine: FINED,
      citation: '18 U.S.C. § 924(c)(1)(A)(i)',
      enactedBy: 'Pub. L. 105-386, § 1(a)(1) (Nov. 13, 1998)',
      sourceText: 'be sentenced to a term of imprisonment of not less than 5 years',
      checkedOn,
      consecutive: consecutive924c,
      probationBarred: { citation: '18 U.S.C. § 924(c)(1)(D)(i)' },
      variants: variants924c(
        'In the case of a second or subsequent conviction under this subsection, the person shall— (i) be sentenced to a term of imprisonment of not less than 25 years',
      ),
    },
    {
      from: '2018-12-21',
      to: null,
      prison: { min: 5, max: 'life', maxReadFrom: LIFE_READ },
      fine: FINED,
      citation: '18 U.S.C. § 924(c)(1)(A)(i)',
      enactedBy: 'Pub. L. 115-391, title IV, § 403(a) (Dec. 21, 2018) (the (C) trigger)',
      pendingCases: {
        enactment: '2018-12-21',
        citation: 'Pub. L. 115-391, § 403(b) (Dec. 21, 2018)',
        sourceText:
          'This section, and the amendments made by this section, shall apply to any offense that was committed before the date of enactment of this Act, if a sentence for the offense has not been imposed as of such date of enactment.',
        authority:
          'Hewitt v. United States, 606 U.S. ___ (2025) (a sentence vacated and reimposed after Dec. 21, 2018 had "not been imposed as of" the enactment: the amended rule applies at resentencing)',
      },
      sourceText: 'be sentenced to a term of imprisonment of not less than 5 years',
      checkedOn,
      consecutive: consecutive924c,
      probationBarred: { citation: '18 U.S.C. § 924(c)(1)(D)(i)' },
      variants: variants924c(
        'In the case of a violation of this subsection that occurs after a prior conviction under this subsection has become final, the person shall— (i) be sentenced to a term of imprisonment of not less than 25 years',
      ),
    },
  ],
};

const acca: PenaltyVariant = {
  id: 'armedCareerCriminal',
  label:
    'three previous convictions for a violent felony or serious drug offense (Armed Career Criminal Act)',
  alsoCited: ['924(e)'],
  prison: { min: 15, max: 'life', maxReadFrom: LIFE_READ },
  citation: '18 U.S.C. § 924(e)(1)',
  sourceText:
    'such person shall be fined under this title and imprisoned not less than fifteen years, and, notwithstanding any other provision of law, the court shall not suspend the sentence of, or grant a probationary sentence to, such person with respect to the conviction under section 922(g).',
  probationBarred: {
    citation: '18 U.S.C. § 924(e)(1)',
    sourceText:
      'the court shall not suspend the sentence of, or grant a probationary sentence to, such person with respect to the conviction under section 922(g)',
  },
};
const s922g: PenaltyEntry = {
  key: '18:922(g)',
  title: 18,
  section: '922',
  selectors: ['(g)'],
  label: 'Possession of a firearm or ammunition by a prohibited person',
  ...CH44,
  penaltySections: ['924(a)'],
  versions: [
    {
      from: '1986-11-15',
      to: '2022-06-24',
      prison: { min: 0, max: 10 },
      fine: FINED,
      citation: '18 U.S.C. § 924(a)(2)',
      enactedBy: 'Pub. L. 99-308, § 104(a) (May 19, 1986), effective Nov. 15, 1986',
      sourceText:
        'Whoever knowingly violates subsection (a)(6), (d), (g), (h), (i), (j), or (o) of section 922 shall be fined as provided in this title, imprisoned not more than 10 years, or both.',
      checkedOn,
      variants: [acca],
    },
    {
      from: '2022-06-25',
      to: null,
      prison: { min: 0, max: 15 },
      fine: FINED,
      citation: '18 U.S.C. § 924(a)(8)',
      enactedBy:
        'Pub. L. 117-159, div. A, title II, § 12004 (June 25, 2022) (Bipartisan Safer Communities Act)',
      sourceText:
        'Whoever knowingly violates subsection (d) or (g) of section 922 shall be fined under this title, imprisoned for not more than 15 years, or both.',
      checkedOn,
      unverified: 'paragraph (8) text checked against secondary sources, not the Statutes at Large',
      variants: [acca],
    },
  ],
};

// ---------------------------------------------------------------- 21 U.S.C.: controlled substances
const CSA = {
  chapter: '13',
  chapterName: 'Drug abuse prevention and control (21 U.S.C.)',
  controlledSubstancesAct: true,
};
const FSA = 'Pub. L. 115-391, title IV, § 401(a)(2) (Dec. 21, 2018) (First Step Act)';
const FAIR_SENTENCING = 'Pub. L. 111-220, § 2(a) (Aug. 3, 2010) (Fair Sentencing Act)';
const PRE_FSA_UNVERIFIED =
  'the terms are those of the text in force from the Fair Sentencing Act to the First Step Act; versions before Aug. 3, 2010 are not modeled';
const sr841 = (min: number, citation: string): PenaltyVersion['supervisedRelease'] => ({
  min,
  max: 'life',
  citation,
  note: 'the statute sets only a minimum ("Notwithstanding section 3583 of title 18 … at least"); the maximum is read as life',
});
/**
 * First Step Act § 401(c): the amended (b)(1)(A) and (B) reach an offense committed before Dec. 21, 2018 if
 * no sentence had been imposed by then. Hewitt v. United States, 606 U.S. ___ (2025), read the same words in
 * § 403(b): a sentence later vacated is not one that "has been imposed".
 */
const FSA_401C: PenaltyVersion['pendingCases'] = {
  enactment: '2018-12-21',
  citation: 'Pub. L. 115-391, § 401(c) (Dec. 21, 2018)',
  sourceText:
    'This section, and the amendments made by this section, shall apply to any offense that was committed before the date of enactment of this Act, if a sentence for the offense has not been imposed as of such date of enactment.',
  authority:
    'Hewitt v. United States, 606 U.S. ___ (2025) (decided on the identical words of § 403(b): a vacated sentence is not a sentence "imposed")',
  caution:
    'a prior "serious violent felony" that was not a "felony drug offense" cannot enhance an offense committed before Dec. 21, 2018 (U.S. Const. art. I, § 9, cl. 3): the amended clause reaches it only to the extent it is more lenient',
};
const noProbation841 = (sub: 'A' | 'B') => ({
  citation: `21 U.S.C. § 841(b)(1)(${sub})`,
  sourceText:
    'Notwithstanding any other provision of law, the court shall not place on probation or suspend the sentence of any person sentenced under this subparagraph.',
});
const deathOrInjury = (citation: string, sourceText: string): PenaltyVariant => ({
  id: 'deathOrSeriousBodilyInjury',
  label: 'death or serious bodily injury results from the use of the substance',
  prison: { min: 20, max: 'life' },
  citation,
  sourceText,
});
/** The combined clause: a prior conviction and death or serious bodily injury — life, not the higher floor. */
const priorAndDeath = (citation: string): PenaltyVariant => ({
  id: 'priorConvictionAndDeath',
  label:
    'after a prior conviction became final, and death or serious bodily injury results (the combined clause)',
  requires: [['priorConviction', 'twoPriorConvictions'], ['deathOrSeriousBodilyInjury']],
  prison: { min: 'life', max: 'life' },
  citation,
  sourceText:
    'and if death or serious bodily injury results from the use of such substance shall be sentenced to life imprisonment',
});
const DEATH_20 =
  'if death or serious bodily injury results from the use of such substance shall be not less than 20 years or more than life';

const s841A: PenaltyEntry = {
  key: '21:841(b)(1)(A)',
  title: 21,
  section: '841',
  selectors: ['(b)(1)(A)'],
  label: 'Drug offense, (b)(1)(A) quantities',
  ...CSA,
  versions: [
    {
      from: '2010-08-03',
      to: '2018-12-20',
      prison: { min: 10, max: 'life' },
      fine: { amountUsd: 10_000_000 },
      supervisedRelease: sr841(5, '21 U.S.C. § 841(b)(1)(A) (2010)'),
      probationBarred: noProbation841('A'),
      citation: '21 U.S.C. § 841(b)(1)(A) (2010)',
      enactedBy: `${FAIR_SENTENCING} (quantities); the terms as enacted by Pub. L. 100-690 (1988)`,
      sourceText:
        'such person shall be sentenced to a term of imprisonment which may not be less than 10 years or more than life',
      checkedOn,
      unverified: PRE_FSA_UNVERIFIED,
      variants: [
        deathOrInjury('21 U.S.C. § 841(b)(1)(A) (2010)', DEATH_20),
        {
          id: 'priorConviction',
          label: 'after a prior conviction for a felony drug offense became final',
          prison: { min: 20, max: 'life' },
          fineUsd: 20_000_000,
          supervisedRelease: sr841(10, '21 U.S.C. § 841(b)(1)(A) (2010)'),
          citation: '21 U.S.C. § 841(b)(1)(A) (2010)',
          sourceText:
            'after a prior conviction for a felony drug offense has become final, such person shall be sentenced to a term of imprisonment which may not be less than 20 years and not more than life imprisonment',
        },
        {
          id: 'twoPriorConvictions',
          label: 'after two or more prior convictions for a felony drug offense became final',
          prison: { min: 'life', max: 'life' },
          fineUsd: 20_000_000,
          supervisedRelease: sr841(10, '21 U.S.C. § 841(b)(1)(A) (2010)'),
          citation: '21 U.S.C. § 841(b)(1)(A) (2010)',
          sourceText:
            'after two or more prior convictions for a felony drug offense have become final, such person shall be sentenced to a mandatory term of life imprisonment without release',
        },
        priorAndDeath('21 U.S.C. § 841(b)(1)(A) (2010)'),
      ],
    },
    {
      from: '2018-12-21',
      to: null,
      prison: { min: 10, max: 'life' },
      fine: { amountUsd: 10_000_000 },
      supervisedRelease: sr841(5, '21 U.S.C. § 841(b)(1)(A)'),
      probationBarred: noProbation841('A'),
      pendingCases: FSA_401C,
      citation: '21 U.S.C. § 841(b)(1)(A)',
      enactedBy: FSA,
      sourceText:
        'such person shall be sentenced to a term of imprisonment which may not be less than 10 years or more than life',
      checkedOn,
      variants: [
        deathOrInjury('21 U.S.C. § 841(b)(1)(A)', DEATH_20),
        {
          id: 'priorConviction',
          label: 'after a prior conviction for a serious drug felony or serious violent felony became final',
          prison: { min: 15, max: 'life' },
          fineUsd: 20_000_000,
          supervisedRelease: sr841(10, '21 U.S.C. § 841(b)(1)(A)'),
          citation: '21 U.S.C. § 841(b)(1)(A)',
          sourceText:
            'such person shall be sentenced to a term of imprisonment of not less than 15 years and not more than life imprisonment',
        },
        {
          id: 'twoPriorConvictions',
          label:
            'after 2 or more prior convictions for a serious drug felony or serious violent felony became final',
          prison: {
            min: 25,
            max: 'life',
            maxReadFrom: 'the statute states no maximum for this clause; the base maximum, life, applies',
          },
          fineUsd: 20_000_000,
          supervisedRelease: sr841(10, '21 U.S.C. § 841(b)(1)(A)'),
          citation: '21 U.S.C. § 841(b)(1)(A)',
          sourceText: 'such person shall be sentenced to a term of imprisonment of not less than 25 years',
        },
        priorAndDeath('21 U.S.C. § 841(b)(1)(A)'),
      ],
    },
  ],
};
const s841B: PenaltyEntry = {
  key: '21:841(b)(1)(B)',
  title: 21,
  section: '841',
  selectors: ['(b)(1)(B)'],
  label: 'Drug offense, (b)(1)(B) quantities',
  ...CSA,
  versions: [
    {
      from: '2010-08-03',
      to: '2018-12-20',
      prison: { min: 5, max: 40 },
      fine: { amountUsd: 5_000_000 },
      supervisedRelease: sr841(4, '21 U.S.C. § 841(b)(1)(B) (2010)'),
      probationBarred: noProbation841('B'),
      citation: '21 U.S.C. § 841(b)(1)(B) (2010)',
      enactedBy: `${FAIR_SENTENCING} (quantities); the terms as enacted by Pub. L. 100-690 (1988)`,
      sourceText:
        'such person shall be sentenced to a term of imprisonment which may not be less than 5 years and not more than 40 years',
      checkedOn,
      unverified: PRE_FSA_UNVERIFIED,
      variants: [
        deathOrInjury('21 U.S.C. § 841(b)(1)(B) (2010)', DEATH_20),
        {
          id: 'priorConviction',
          label: 'after a prior conviction for a felony drug offense became final',
          prison: { min: 10, max: 'life' },
          fineUsd: 8_000_000,
          supervisedRelease: sr841(8, '21 U.S.C. § 841(b)(1)(B) (2010)'),
          citation: '21 U.S.C. § 841(b)(1)(B) (2010)',
          sourceText:
            'after a prior conviction for a felony drug offense has become final, such person shall be sentenced to a term of imprisonment which may not be less than 10 years and not more than life imprisonment',
        },
        priorAndDeath('21 U.S.C. § 841(b)(1)(B) (2010)'),
      ],
    },
    {
      from: '2018-12-21',
      to: null,
      prison: { min: 5, max: 40 },
      fine: { amountUsd: 5_000_000 },
      supervisedRelease: sr841(4, '21 U.S.C. § 841(b)(1)(B)'),
      probationBarred: noProbation841('B'),
      pendingCases: FSA_401C,
      citation: '21 U.S.C. § 841(b)(1)(B)',
      enactedBy: FSA,
      sourceText:
        'such person shall be sentenced to a term of imprisonment which may not be less than 5 years and not more than 40 years',
      checkedOn,
      variants: [
        deathOrInjury('21 U.S.C. § 841(b)(1)(B)', DEATH_20),
        {
          id: 'priorConviction',
          label: 'after a prior conviction for a serious drug felony or serious violent felony became final',
          prison: { min: 10, max: 'life' },
          fineUsd: 8_000_000,
          supervisedRelease: sr841(8, '21 U.S.C. § 841(b)(1)(B)'),
          citation: '21 U.S.C. § 841(b)(1)(B)',
          sourceText:
            'such person shall be sentenced to a term of imprisonment which may not be less than 10 years and not more than life imprisonment',
        },
        priorAndDeath('21 U.S.C. § 841(b)(1)(B)'),
      ],
    },
  ],
};
const s841C: PenaltyEntry = {
  key: '21:841(b)(1)(C)',
  title: 21,
  section: '841',
  selectors: ['(b)(1)(C)'],
  label: 'Drug offense, schedule I or II, any quantity',
  ...CSA,
  versions: [
    {
      from: '2010-08-03',
      to: null,
      prison: { min: 0, max: 20 },
      fine: { amountUsd: 1_000_000 },
      supervisedRelease: sr841(3, '21 U.S.C. § 841(b)(1)(C)'),
      citation: '21 U.S.C. § 841(b)(1)(C)',
      enactedBy:
        'terms unchanged by the Fair Sentencing Act (Pub. L. 111-220, 2010) and the First Step Act (Pub. L. 115-391, § 401, 2018), which amended (A) and (B) only',
      sourceText: 'such person shall be sentenced to a term of imprisonment of not more than 20 years',
      checkedOn,
      unverified: 'versions before Aug. 3, 2010 are not modeled',
      variants: [
        {
          ...deathOrInjury(
            '21 U.S.C. § 841(b)(1)(C)',
            'if death or serious bodily injury results from the use of such substance shall be sentenced to a term of imprisonment of not less than twenty years or more than life',
          ),
          probationBarred: {
            citation: '21 U.S.C. § 841(b)(1)(C)',
            sourceText:
              'Notwithstanding any other provision of law, the court shall not place on probation or suspend the sentence of any person sentenced under the provisions of this subparagraph which provide for a mandatory term of imprisonment if death or serious bodily injury results',
          },
        },
        {
          id: 'priorConviction',
          label: 'after a prior conviction for a felony drug offense became final',
          prison: { min: 0, max: 30 },
          fineUsd: 2_000_000,
          supervisedRelease: sr841(6, '21 U.S.C. § 841(b)(1)(C)'),
          citation: '21 U.S.C. § 841(b)(1)(C)',
          sourceText: 'such person shall be sentenced to a term of imprisonment of not more than 30 years',
        },
        priorAndDeath('21 U.S.C. § 841(b)(1)(C)'),
      ],
    },
  ],
};
const s846: PenaltyEntry = {
  key: '21:846',
  title: 21,
  section: '846',
  selectors: [],
  label: 'Attempt or conspiracy to commit a Controlled Substances Act offense',
  ...CSA,
  inchoate: {
    type: 'attemptOrConspiracy',
    objectTitle: 21,
    objects: ['841', '843', '844', '848', '856', '859', '860', '861'],
  },
  versions: [
    {
      from: '1988-11-18',
      to: null,
      citation: '21 U.S.C. § 846',
      enactedBy: 'Pub. L. 100-690, title VI, § 6470(a) (Nov. 18, 1988)',
      sourceText:
        'Any person who attempts or conspires to commit any offense defined in this subchapter shall be subject to the same penalties as those prescribed for the offense, the commission of which was the object of the attempt or conspiracy.',
      checkedOn,
    },
  ],
};

// ---------------------------------------------------------------- chapter 110: sexual exploitation of children
const CH110 = { chapter: '110', chapterName: 'Sexual exploitation and other abuse of children' };
const s2251: PenaltyEntry = {
  key: '18:2251',
  title: 18,
  section: '2251',
  selectors: [],
  label: 'Sexual exploitation of children (production), including attempt and conspiracy',
  ...CH110,
  penaltySections: ['2251(e)'],
  versions: [
    {
      from: '2003-04-30',
      to: null,
      prison: { min: 15, max: 30 },
      fine: FINED,
      citation: '18 U.S.C. § 2251(e)',
      enactedBy: 'Pub. L. 108-21, title I, § 103(b)(1)(A) (Apr. 30, 2003)',
      sourceText:
        'Any individual who violates, or attempts or conspires to violate, this section shall be fined under this title and imprisoned not less than 15 years nor more than 30 years',
      checkedOn,
      unverified:
        'later amendments to the prior-conviction lists and the death clause are not dated separately',
      variants: [
        {
          id: 'priorConviction',
          label: 'one prior conviction of a listed kind',
          prison: { min: 25, max: 50 },
          citation: '18 U.S.C. § 2251(e)',
          sourceText:
            'such person shall be fined under this title and imprisoned for not less than 25 years nor more than 50 years',
        },
        {
          id: 'twoPriorConvictions',
          label: 'two or more prior convictions of a listed kind',
          prison: { min: 35, max: 'life' },
          citation: '18 U.S.C. § 2251(e)',
          sourceText:
            'such person shall be fined under this title and imprisoned not less than 35 years nor more than life',
        },
        {
          id: 'deathResults',
          label: 'conduct in the course of the offense results in the death of a person',
          prison: { min: 30, max: 'life' },
          deathPenalty: {
            citation: '18 U.S.C. § 2251(e)',
            sourceText: 'shall be punished by death or imprisoned for not less than 30 years or for life',
          },
          citation: '18 U.S.C. § 2251(e)',
          sourceText: 'shall be punished by death or imprisoned for not less than 30 years or for life',
        },
      ],
    },
  ],
};
const priorCp = (min: number, max: number, citation: string, sourceText: string): PenaltyVariant => ({
  id: 'priorConviction',
  label: 'a prior conviction of a listed kind',
  prison: { min, max },
  citation,
  sourceText,
});
const s2252Ab1: PenaltyEntry = {
  key: '18:2252A(b)(1)',
  title: 18,
  section: '2252A',
  selectors: ['(a)(1)', '(a)(2)', '(a)(3)', '(a)(4)', '(a)(6)', '(b)(1)'],
  label: 'Child pornography: transport, receipt, distribution, sale, reproduction (§ 2252A(a)(1)–(4), (6))',
  ...CH110,
  versions: [
    {
      from: '2003-04-30',
      to: null,
      prison: { min: 5, max: 20 },
      fine: FINED,
      citation: '18 U.S.C. § 2252A(b)(1)',
      enactedBy: 'Pub. L. 108-21, title I, § 103(a)(2) (Apr. 30, 2003)',
      sourceText:
        'shall be fined under this title and imprisoned not less than 5 years and not more than 20 years',
      checkedOn,
      unverified:
        'later amendments adding paragraph (6) and to the prior-conviction list are not dated separately',
      variants: [
        priorCp(
          15,
          40,
          '18 U.S.C. § 2252A(b)(1)',
          'such person shall be fined under this title and imprisoned for not less than 15 years nor more than 40 years',
        ),
      ],
    },
  ],
};
const s2252Ab2: PenaltyEntry = {
  key: '18:2252A(b)(2)',
  title: 18,
  section: '2252A',
  selectors: ['(a)(5)', '(b)(2)'],
  label: 'Child pornography: possession or access with intent to view (§ 2252A(a)(5))',
  ...CH110,
  versions: [
    {
      from: '2003-04-30',
      to: '2012-12-06',
      prison: { min: 0, max: 10 },
      fine: FINED,
      citation: '18 U.S.C. § 2252A(b)(2)',
      enactedBy: 'Pub. L. 108-21, title I, § 103(a)(2) (Apr. 30, 2003)',
      sourceText: 'shall be fined under this title or imprisoned not more than 10 years, or both',
      checkedOn,
      variants: [
        priorCp(
          10,
          20,
          '18 U.S.C. § 2252A(b)(2)',
          'such person shall be fined under this title and imprisoned for not less than 10 years nor more than 20 years',
        ),
      ],
    },
    {
      from: '2012-12-07',
      to: null,
      prison: { min: 0, max: 10 },
      fine: FINED,
      citation: '18 U.S.C. § 2252A(b)(2)',
      enactedBy: 'Pub. L. 112-206, § 2(b) (Dec. 7, 2012) (the prepubescent-minor clause)',
      sourceText: 'shall be fined under this title or imprisoned not more than 10 years, or both',
      checkedOn,
      variants: [
        {
          id: 'prepubescentMinor',
          label: 'an image involved a prepubescent minor or a minor under 12',
          prison: { min: 0, max: 20 },
          citation: '18 U.S.C. § 2252A(b)(2)',
          sourceText:
            'if any image of child pornography involved in the offense involved a prepubescent minor or a minor who had not attained 12 years of age, such person shall be fined under this title and imprisoned for not more than 20 years',
        },
        priorCp(
          10,
          20,
          '18 U.S.C. § 2252A(b)(2)',
          'such person shall be fined under this title and imprisoned for not less than 10 years nor more than 20 years',
        ),
      ],
    },
  ],
};

/** Every entry of the catalog. */
export const PENALTY_CATALOG: readonly PenaltyEntry[] = [
  s1589,
  s1590,
  s1591b1,
  s1591b2,
  s1594a,
  s1594b,
  s1594c,
  s1962,
  s1341,
  s1343,
  s1349,
  s371,
  s1956a,
  s1956h,
  s1957,
  s1028A,
  s924c,
  s922g,
  s841A,
  s841B,
  s841C,
  s846,
  s2251,
  s2252Ab1,
  s2252Ab2,
];

export const entryByKey = (key: string): PenaltyEntry | undefined =>
  PENALTY_CATALOG.find((e) => e.key === key);
