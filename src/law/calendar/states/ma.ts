import { D, defineState, fixed, MONDAY, nth } from './build.ts';

const SUFFOLK = { text: 'Suffolk County (Boston)', seats: ['mad:boston'] };
const SUFFOLK_CLOSE =
  'Public offices in Suffolk County close (Mass. Gen. Laws ch. 136, § 12), but the Massachusetts Trial Court keeps its offices open on March 17 and June 17, and the day is not a legal holiday under ch. 4, § 7.';

/**
 * Mass. Gen. Laws ch. 4, § 7, cl. 18: "'Legal holiday' shall include January first, July fourth, November
 * eleventh, and Christmas Day, or the day following when any of said days occurs on Sunday, and the third
 * Monday in January, the third Monday in February, the third Monday in April, the last Monday in May, the first
 * Monday in September, the second Monday in October, and Thanksgiving Day" (Juneteenth added in 2020).
 * ch. 136, § 12: "in Suffolk county such offices shall be closed on March seventeenth and June seventeenth or
 * the day following when either of said days occurs on Sunday."
 */
export const MA = defineState({
  state: 'MA',
  citation: 'Mass. Gen. Laws ch. 4, § 7, cl. 18',
  observance: 'sundayToMonday',
  observanceCitation:
    'Mass. Gen. Laws ch. 4, § 7, cl. 18 ("or the day following when any of said days occurs on Sunday")',
  verified: true,
  days: [
    D.newYear({ sourceText: 'January first' }),
    D.mlk({ sourceText: 'the third Monday in January', observance: 'none' }),
    D.washington({ sourceText: 'the third Monday in February', observance: 'none' }),
    {
      id: 'patriots',
      name: "Patriots' Day",
      rule: nth(3, MONDAY, 4),
      sourceText: 'the third Monday in April',
      observance: 'none',
    },
    D.memorial({ sourceText: 'the last Monday in May', observance: 'none' }),
    D.juneteenth({
      from: '2021-01-01',
      sourceText: 'June nineteenth',
      verified: false,
      notes:
        'Added by St. 2020, c. 152 (Juneteenth Independence Day); first kept June 2021. The act and the weekend words are unverified.',
    }),
    D.independence({ sourceText: 'July fourth' }),
    D.labor({ sourceText: 'the first Monday in September', observance: 'none' }),
    D.columbus({ sourceText: 'the second Monday in October', observance: 'none' }),
    D.veterans({ sourceText: 'November eleventh' }),
    D.thanksgiving({ sourceText: 'Thanksgiving Day', observance: 'none' }),
    D.christmas({ sourceText: 'Christmas Day' }),
    {
      id: 'evacuation',
      name: 'Evacuation Day (Suffolk County)',
      rule: fixed(3, 17),
      citation: 'Mass. Gen. Laws ch. 136, § 12',
      sourceText:
        'in Suffolk county such offices shall be closed on March seventeenth … or the day following when either of said days occurs on Sunday',
      area: SUFFOLK,
      closeCall: SUFFOLK_CLOSE,
    },
    {
      id: 'bunker-hill',
      name: 'Bunker Hill Day (Suffolk County)',
      rule: fixed(6, 17),
      citation: 'Mass. Gen. Laws ch. 136, § 12',
      sourceText:
        'in Suffolk county such offices shall be closed on … June seventeenth or the day following when either of said days occurs on Sunday',
      area: SUFFOLK,
      closeCall: SUFFOLK_CLOSE,
    },
  ],
});
