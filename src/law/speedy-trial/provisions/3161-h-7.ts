/**
 * 18 U.S.C. § 3161(h)(7)(A): ends-of-justice continuance ((h)(8)(A) from 1979 to 2008).
 */
import { exclusion, STA } from './provision.ts';

/**
 * (h)(7)(B) factors → the AO T-codes (docs/speedy-trial.md, "Exclusions, § 3161(h)"); several factors, or
 * "other", take the plain T.
 */
export const ENDS_OF_JUSTICE_FACTORS = {
  i: {
    code: 'T1',
    cite: '(B)(i)',
    text: 'failure to continue would make a continuation impossible or result in a miscarriage of justice',
  },
  ii: { code: 'T2', cite: '(B)(ii)', text: 'the case is so unusual or so complex' },
  iii: { code: 'T3', cite: '(B)(iii)', text: 'indictment cannot reasonably be filed within § 3161(b)' },
  iv: {
    code: 'T4',
    cite: '(B)(iv)',
    text: 'time to obtain or keep counsel, or for effective preparation',
  },
  other: { code: 'T', cite: '(A)', text: 'reasons stated on the record' },
} as const;

/** The AO's short meaning of each factor's T-code. */
const T_MEANINGS = {
  i: 'miscarriage of justice or impossibility',
  ii: 'unusual or complex case',
  iii: 'indictment cannot be filed within 30 days of arrest',
  iv: 'time to obtain or keep counsel, or for effective preparation',
} as const;

export const endsOfJustice = exclusion({
  kind: 'endsOfJustice',
  label: 'Ends-of-justice continuance',
  citation: `${STA} 3161(h)(7)(A)`,
  formerCitations: { '1975': null, '1979-2008': '(h)(8)(A)' },
  aoCodes: [
    { code: ENDS_OF_JUSTICE_FACTORS.other.code, meaning: 'ends-of-justice continuance' },
    ...(['i', 'ii', 'iii', 'iv'] as const).map((factor) => ({
      code: ENDS_OF_JUSTICE_FACTORS[factor].code,
      meaning: T_MEANINGS[factor],
      factor,
    })),
  ],
  text: 'No such period of delay resulting from a continuance granted by the court in accordance with this paragraph shall be excludable under this subsection unless the court sets forth, in the record of the case, either orally or in writing, its reasons for finding that the ends of justice served by the granting of such continuance outweigh the best interests of the public and the defendant in a speedy trial.',
  automatic: false,
  period:
    'the continued period, only with reasons on the record (Zedner); never for calendar congestion or Government lack of diligence ((h)(7)(C))',
  inForce: { from: null, to: null },
  docketCites: { current: '7', before2008: '8' },
  parameters: [],
});
