/**
 * Invented sentencing facts for the demo case (United States v. Hale et al., fictional), so that the demo shows
 * a full Guidelines computation: Marcus Hale (1) on counts 1s–4s, and Renee Castell (2) on the same counts and
 * on the open plea offer (a § 371 conspiracy to violate § 1589), with her role disputed between the parties.
 * Every name and fact here is fictional.
 */
import type { SentencingFactsInput } from '../case/sentencing-facts.ts';

const user = { kind: 'user', note: 'Invented for the demo case.' } as const;
const psr = (ref: string) =>
  ({ kind: 'psr', ref, note: 'Invented draft presentence report for the demo.' }) as const;

const adultVictims = [
  { label: 'Victim-1', age: 24, fraudOrCoercion: true, source: psr('¶ 18') },
  { label: 'Victim-2', age: 27, fraudOrCoercion: true, source: psr('¶ 21') },
];
const laborVictim = [{ label: 'Worker-1', heldDays: 200, source: psr('¶ 25') }];
const completed = { value: true, source: psr('¶ 30') };

const counts = [
  { charge: '1s', offense: { guideline: '2G1.1', victims: adultVictims }, offenseDate: '2026-02-10' },
  {
    charge: '2s',
    offense: { guideline: '2G1.1', victims: adultVictims },
    inchoate: { kind: 'conspiracy', allActsCompleted: completed },
    offenseDate: '2026-02-10',
  },
  {
    charge: '3s',
    offense: { guideline: '2H4.1', victims: laborVictim },
    inchoate: { kind: 'conspiracy', allActsCompleted: completed },
    offenseDate: '2026-02-10',
  },
  {
    charge: '4s',
    racketeering: {
      predicates: [
        {
          label: 'RA-1 (sex trafficking)',
          statute: '18 U.S.C. § 1591(a), (b)(1)',
          offense: { guideline: '2G1.1', victims: adultVictims },
        },
        {
          label: 'RA-2 (forced labor)',
          statute: '18 U.S.C. § 1589',
          offense: { guideline: '2H4.1', victims: laborVictim },
        },
      ],
    },
    groupWith: ['1s', '2s', '3s'],
    offenseDate: '2026-02-10',
  },
] as const;

export const HALE_SENTENCING: SentencingFactsInput = {
  source: user,
  sentencingDate: '2027-05-04',
  offenseCommenced: '2023-06-01',
  ageAtOffense: 41,
  charges: counts as unknown as SentencingFactsInput['charges'],
  chapter3: { role: { value: 'organizerOrLeaderExtensive', source: psr('¶ 34') } },
  acceptance: true,
  priors: [
    {
      id: 'prior-1',
      description: 'State assault conviction (fictional)',
      offenseDate: '2016-08-02',
      imposed: '2017-03-10',
      prisonMonths: 18,
      releasedOn: '2018-06-01',
      felony: true,
      crimeOfViolence: true,
      source: psr('¶ 52'),
    },
  ],
  status: 'none',
  zeroPoint: { sexOffense: true },
};

export const CASTELL_SENTENCING: SentencingFactsInput = {
  source: user,
  sentencingDate: '2027-05-04',
  offenseCommenced: '2024-01-15',
  ageAtOffense: 36,
  charges: [
    ...(counts as unknown as NonNullable<SentencingFactsInput['charges']>),
    {
      charge: 'offer-castell-2#1',
      offense: { guideline: '2H4.1', victims: laborVictim },
      inchoate: { kind: 'conspiracy', allActsCompleted: completed },
      offenseDate: '2026-02-10',
      source: { kind: 'pleaAgreement', ref: 'offer-castell-2, stipulations', note: 'Invented for the demo.' },
    },
  ],
  chapter3: {
    role: {
      value: 'managerOrSupervisorExtensive',
      source: psr('¶ 36'),
      disputed: {
        value: 'none',
        by: 'defense',
        note: 'She followed Hale’s instructions and supervised no one.',
        source: { kind: 'user', ref: 'Defense objection to PSR ¶ 36', note: 'Invented for the demo.' },
      },
    },
  },
  acceptance: true,
  priors: [],
  status: 'none',
  zeroPoint: {
    violenceOrThreats: false,
    deathOrSeriousBodilyInjury: false,
    sexOffense: true,
    substantialFinancialHardship: false,
    weapon: false,
  },
};
