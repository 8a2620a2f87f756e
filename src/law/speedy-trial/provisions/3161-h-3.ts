/**
 * 18 U.S.C. § 3161(h)(3)(A): absence or unavailability of the defendant or an essential witness.
 */
import { exclusion, STA } from './provision.ts';

export const absenceUnavailability = exclusion({
  kind: 'absenceUnavailability',
  label: 'Absence or unavailability of the defendant or an essential witness',
  citation: `${STA} 3161(h)(3)(A)`,
  formerCitations: { '1975': '(h)(3)(A)', '1979-2008': '(h)(3)(A)' },
  aoCodes: [{ code: 'M', meaning: 'absence or unavailability of defendant or essential witness' }],
  text: 'Any period of delay resulting from the absence or unavailability of the defendant or an essential witness',
  automatic: true,
  period:
    'the period of absence or unavailability as defined in (h)(3)(B); the Government goes forward with the evidence (§ 3162(a)(2))',
  inForce: { from: null, to: null },
  docketCites: { current: '3', before2008: '3' },
  parameters: [],
});
