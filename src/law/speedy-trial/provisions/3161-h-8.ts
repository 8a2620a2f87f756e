/**
 * 18 U.S.C. § 3161(h)(8): evidence sought from a foreign country ((h)(9) from 1979 to 2008).
 */
import { exclusion, STA } from './provision.ts';

/** "not to exceed one year". */
export const FOREIGN_EVIDENCE_CAP_YEARS = 1;

export const foreignEvidence = exclusion({
  kind: 'foreignEvidence',
  label: 'Evidence sought from a foreign country',
  citation: `${STA} 3161(h)(8)`,
  formerCitations: { '1975': null, '1979-2008': '(h)(9)' },
  aoCodes: [],
  text: 'Any period of delay, not to exceed one year, ordered by a district court upon an application of a party and a finding by a preponderance of the evidence that an official request, as defined in section 3292 of this title, has been made for evidence of any such offense and that it reasonably appears, or reasonably appeared at the time the request was made, that such evidence is, or was, in such foreign country',
  automatic: false,
  period: 'the period the order names, at most one year',
  inForce: { from: '1984-10-12', to: null },
  docketCites: { current: '8', before2008: '9' },
  parameters: [
    {
      name: 'capYears',
      value: FOREIGN_EVIDENCE_CAP_YEARS,
      unit: 'years',
      words: 'not to exceed one year',
      from: '1984-10-12',
    },
  ],
});
