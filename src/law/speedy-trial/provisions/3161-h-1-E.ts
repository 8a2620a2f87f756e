/**
 * 18 U.S.C. § 3161(h)(1)(E): transfer or removal proceeding ((h)(1)(G) from 1979 to 2008).
 */
import { exclusion, STA } from './provision.ts';

export const transferRemoval = exclusion({
  kind: 'transferRemoval',
  label: 'Transfer or removal proceeding',
  citation: `${STA} 3161(h)(1)(E)`,
  formerCitations: { '1975': '(h)(1)(F)', '1979-2008': '(h)(1)(G)' },
  aoCodes: [{ code: 'F', meaning: 'transfer from another district or removal' }],
  text: 'delay resulting from any proceeding relating to the transfer of a case or the removal of any defendant from another district under the Federal Rules of Criminal Procedure',
  automatic: true,
  period: 'start through completion of the Rule 5(c)(3), 20, 21 or 40 proceeding',
  inForce: { from: null, to: null },
  docketCites: { current: '1E', before2008: '1G' },
  parameters: [],
});
