/**
 * 18 U.S.C. § 3161(h)(1)(G): court’s consideration of a proposed plea agreement ((h)(1)(I) from 1979 to 2008).
 */
import { exclusion, STA } from './provision.ts';

export const pleaAgreementConsideration = exclusion({
  kind: 'pleaAgreementConsideration',
  label: 'Court’s consideration of a proposed plea agreement',
  citation: `${STA} 3161(h)(1)(G)`,
  formerCitations: { '1975': null, '1979-2008': '(h)(1)(I)' },
  aoCodes: [{ code: 'I', meaning: 'consideration by the court of a proposed plea agreement' }],
  text: 'delay resulting from consideration by the court of a proposed plea agreement to be entered into by the defendant and the attorney for the Government',
  automatic: true,
  period:
    'submission of the proposed agreement to the court through acceptance, rejection or deferral (negotiations are not covered)',
  inForce: { from: null, to: null },
  docketCites: { current: '1G', before2008: '1I' },
  parameters: [],
});
