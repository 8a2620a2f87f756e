/**
 * 18 U.S.C. § 3161(h)(1)(F): transportation ((h)(1)(H) from 1979 to 2008).
 */
import { exclusion, STA } from './provision.ts';

/** "in excess of ten days from the date an order … directing such transportation": beyond it, presumed unreasonable. */
export const TRANSPORTATION_CAP_DAYS = 10;

export const transportation = exclusion({
  kind: 'transportation',
  label: 'Transportation',
  citation: `${STA} 3161(h)(1)(F)`,
  formerCitations: { '1975': null, '1979-2008': '(h)(1)(H)' },
  aoCodes: [{ code: 'J', meaning: `transportation, at most ${TRANSPORTATION_CAP_DAYS} days` }],
  text: "delay resulting from transportation of any defendant from another district, or to and from places of examination or hospitalization, except that any time consumed in excess of ten days from the date an order of removal or an order directing such transportation, and the defendant's arrival at the destination shall be presumed to be unreasonable",
  automatic: true,
  period:
    'days 1–10 after the order, up to arrival; later days are counted as presumed unreasonable unless a finding rebuts the presumption',
  inForce: { from: null, to: null },
  docketCites: { current: '1F', before2008: '1H' },
  parameters: [
    {
      name: 'capDays',
      value: TRANSPORTATION_CAP_DAYS,
      unit: 'days',
      words:
        'in excess of ten days from the date an order of removal or an order directing such transportation',
      from: null,
    },
  ],
});
