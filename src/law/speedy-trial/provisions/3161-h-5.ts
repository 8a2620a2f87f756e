/**
 * 18 U.S.C. § 3161(h)(5): dismissal on the government’s motion and re-charge ((h)(6) from 1979 to 2008).
 */
import { exclusion, STA } from './provision.ts';

export const governmentDismissalGap = exclusion({
  kind: 'governmentDismissalGap',
  label: 'Dismissal on the Government’s motion and re-charge',
  citation: `${STA} 3161(h)(5)`,
  formerCitations: { '1975': null, '1979-2008': '(h)(6)' },
  aoCodes: [{ code: 'P', meaning: 'new charges after the Government’s dismissal' }],
  text: 'If the information or indictment is dismissed upon motion of the attorney for the Government and thereafter a charge is filed against the defendant for the same offense, or any offense required to be joined with that offense, any period of delay from the date the charge was dismissed to the date the time limitation would commence to run as to the subsequent charge had there been no previous charge',
  automatic: true,
  period: 'dismissal day through the day the new charge’s clock would start; the old clock resumes',
  inForce: { from: null, to: null },
  docketCites: { current: '5', before2008: '6' },
  parameters: [],
});
