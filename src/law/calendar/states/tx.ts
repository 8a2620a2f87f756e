import { D, defineState, fixed, oursOnly, peerFederalOnly } from './build.ts';

const TX_STAFFED =
  'A "state holiday" under Tex. Gov\'t Code § 662.003(b), and so a "legal holiday" under § 662.021, but "a state agency … shall have enough employees on duty during a state holiday to conduct the public business" (§ 662.004(a)); whether that is "declared a holiday" for Rule 45 is a close call.';

/**
 * Tex. Gov't Code § 662.003(a): the national holidays kept in Texas — New Year's Day; Martin Luther King, Jr.,
 * Day; Presidents' Day; Memorial Day; Independence Day; Labor Day; Veterans Day; Thanksgiving Day; Christmas
 * Day. § 662.003(b): the state holidays — January 19 (Confederate Heroes Day); March 2 (Texas Independence
 * Day); April 21 (San Jacinto Day); June 19 (Emancipation Day in Texas); August 27 (Lyndon Baines Johnson Day);
 * the Friday after Thanksgiving; December 24; December 26. § 662.003(c) adds optional holidays (Cesar Chavez
 * Day, Good Friday, Rosh Hashanah, Yom Kippur). A holiday on a Saturday or Sunday is not moved.
 */
export const TX = defineState({
  state: 'TX',
  citation: "Tex. Gov't Code § 662.003(a)",
  observance: 'none',
  verified: true,
  notes:
    'Checked against published copies of §§ 662.003 and 662.004 (2005 and 2024 versions). § 662.004(b) exempts the Friday after Thanksgiving and December 24 and 26 from the staffing rule, so offices close on them; a 2025 bill to abolish Confederate Heroes Day (S.B. 2724) is not known to have passed.',
  days: [
    D.newYear(),
    D.mlk(),
    D.washington({ name: "Presidents' Day" }),
    D.memorial(),
    D.independence(),
    D.labor(),
    D.veterans(),
    D.thanksgiving(),
    D.christmas(),
    ...(
      [
        ['confederate-heroes', 'Confederate Heroes Day', 1, 19],
        ['texas-independence', 'Texas Independence Day', 3, 2],
        ['san-jacinto', 'San Jacinto Day', 4, 21],
        ['emancipation', 'Emancipation Day in Texas', 6, 19],
        ['lbj', 'Lyndon Baines Johnson Day', 8, 27],
      ] as const
    ).map(([id, name, month, dayOfMonth]) => ({
      id,
      name,
      rule: fixed(month, dayOfMonth),
      citation: "Tex. Gov't Code § 662.003(b)",
      sourceText: `${name}, ${['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August'][month]} ${dayOfMonth}`,
      closeCall: TX_STAFFED,
    })),
    D.dayAfterThanksgiving({
      citation: "Tex. Gov't Code § 662.003(b)",
      sourceText: 'the Friday after Thanksgiving Day',
    }),
    D.christmasEve({ citation: "Tex. Gov't Code § 662.003(b)", sourceText: 'December 24' }),
    {
      id: 'day-after-christmas',
      name: 'Day after Christmas',
      rule: fixed(12, 26),
      citation: "Tex. Gov't Code § 662.003(b)",
      sourceText: 'December 26',
    },
  ],
  leftOut: [
    {
      name: 'Optional holidays (Cesar Chavez Day, Good Friday, Rosh Hashanah, Yom Kippur)',
      reason:
        "Tex. Gov't Code § 662.003(c): an employee may take one in place of another; offices stay open.",
    },
    { name: 'Columbus Day', reason: 'Not a Texas holiday; a federal legal holiday anyway.' },
  ],
  peer: [
    peerFederalOnly('^Columbus Day$'),
    oursOnly(
      'tx-texas-independence',
      'A Texas "state holiday" on which agencies stay open (close call); the peer omits it.',
    ),
    oursOnly(
      'tx-san-jacinto',
      'A Texas "state holiday" on which agencies stay open (close call); the peer omits it.',
    ),
    oursOnly(
      'tx-lbj',
      'A Texas "state holiday" on which agencies stay open (close call); the peer omits it.',
    ),
    oursOnly(
      'tx-confederate-heroes',
      'A Texas "state holiday" on which agencies stay open (close call); the peer omits it.',
    ),
    oursOnly(
      'tx-emancipation',
      'Emancipation Day in Texas (June 19) is a state holiday since 1980; the peer lists June 19 only from 2021, as Juneteenth.',
    ),
  ],
});
