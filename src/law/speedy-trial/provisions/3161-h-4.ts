/**
 * 18 U.S.C. § 3161(h)(4): defendant incompetent or unable to stand trial.
 */
import { exclusion, STA } from './provision.ts';

export const incompetence = exclusion({
  kind: 'incompetence',
  label: 'Defendant incompetent or unable to stand trial',
  citation: `${STA} 3161(h)(4)`,
  formerCitations: { '1975': '(h)(4)', '1979-2008': '(h)(4)' },
  aoCodes: [{ code: 'N', meaning: 'defendant mentally incompetent or physically unable to stand trial' }],
  text: 'Any period of delay resulting from the fact that the defendant is mentally incompetent or physically unable to stand trial',
  automatic: true,
  period: 'finding of incompetence through finding of restoration',
  inForce: { from: null, to: null },
  docketCites: { current: '4', before2008: '4' },
  parameters: [],
});
