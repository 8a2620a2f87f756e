/**
 * 18 U.S.C. § 3161(h)(1)(A): competency or capacity proceeding.
 */
import { exclusion, STA } from './provision.ts';

export const competencyExam = exclusion({
  kind: 'competencyExam',
  label: 'Competency or capacity proceeding',
  citation: `${STA} 3161(h)(1)(A)`,
  formerCitations: { '1975': '(h)(1)(A)', '1979-2008': '(h)(1)(A)' },
  aoCodes: [{ code: 'A', meaning: 'examination or hearing on mental competency or physical capacity' }],
  text: 'delay resulting from any proceeding, including any examinations, to determine the mental competency or physical capacity of the defendant',
  automatic: true,
  period: 'from the motion or order for the examination through the competency determination',
  inForce: { from: null, to: null },
  docketCites: { current: '1A', before2008: '1A' },
  parameters: [],
});
