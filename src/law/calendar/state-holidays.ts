/**
 * Fed. R. Crim. P. 45(a)(6)(C): for periods measured after an event, a legal holiday also includes "any other
 * day declared a holiday by … the state where the district court is located". Rule 1(b)(9): "'State' includes
 * the District of Columbia, and any commonwealth, territory, or possession of the United States."
 *
 * One table per state, commonwealth and territory with a district court, in `states/` (one file each, with
 * the statute, each day's words, dates, weekend rule, the days left out and why, and the known differences
 * from the `date-holidays` peer list). Records start no earlier than 1971, the first year this calendar
 * models; a `from` of 1971-01-01 means "in force throughout the modeled period". See docs/calendar.md.
 */
import type { HolidayRecord } from './holiday-types.ts';
import { AK } from './states/ak.ts';
import { AL } from './states/al.ts';
import { AR } from './states/ar.ts';
import { AZ } from './states/az.ts';
import type { StateTable } from './states/build.ts';
import { CA } from './states/ca.ts';
import { CO } from './states/co.ts';
import { CT } from './states/ct.ts';
import { DC } from './states/dc.ts';
import { DE } from './states/de.ts';
import { FL } from './states/fl.ts';
import { GA } from './states/ga.ts';
import { GU } from './states/gu.ts';
import { HI } from './states/hi.ts';
import { IA } from './states/ia.ts';
import { ID } from './states/id.ts';
import { IL } from './states/il.ts';
import { IN } from './states/in.ts';
import { KS } from './states/ks.ts';
import { KY } from './states/ky.ts';
import { LA } from './states/la.ts';
import { MA } from './states/ma.ts';
import { MD } from './states/md.ts';
import { ME } from './states/me.ts';
import { MI } from './states/mi.ts';
import { MN } from './states/mn.ts';
import { MO } from './states/mo.ts';
import { MP } from './states/mp.ts';
import { MS } from './states/ms.ts';
import { MT } from './states/mt.ts';
import { NC } from './states/nc.ts';
import { ND } from './states/nd.ts';
import { NE } from './states/ne.ts';
import { NH } from './states/nh.ts';
import { NJ } from './states/nj.ts';
import { NM } from './states/nm.ts';
import { NV } from './states/nv.ts';
import { NY } from './states/ny.ts';
import { OH } from './states/oh.ts';
import { OK } from './states/ok.ts';
import { OR } from './states/or.ts';
import { PA } from './states/pa.ts';
import { PR } from './states/pr.ts';
import { RI } from './states/ri.ts';
import { SC } from './states/sc.ts';
import { SD } from './states/sd.ts';
import { TN } from './states/tn.ts';
import { TX } from './states/tx.ts';
import { UT } from './states/ut.ts';
import { VA } from './states/va.ts';
import { VI } from './states/vi.ts';
import { VT } from './states/vt.ts';
import { WA } from './states/wa.ts';
import { WI } from './states/wi.ts';
import { WV } from './states/wv.ts';
import { WY } from './states/wy.ts';

export type { PeerNote, StateTable } from './states/build.ts';

/** Every state table, by two-letter code (states, D.C., Puerto Rico, the Virgin Islands, Guam, N. Mariana Is.). */
export const STATE_TABLES: Readonly<Record<string, StateTable>> = Object.fromEntries(
  [
    AK,
    AL,
    AR,
    AZ,
    CA,
    CO,
    CT,
    DC,
    DE,
    FL,
    GA,
    GU,
    HI,
    IA,
    ID,
    IL,
    IN,
    KS,
    KY,
    LA,
    MA,
    MD,
    ME,
    MI,
    MN,
    MO,
    MP,
    MS,
    MT,
    NC,
    ND,
    NE,
    NH,
    NJ,
    NM,
    NV,
    NY,
    OH,
    OK,
    OR,
    PA,
    PR,
    RI,
    SC,
    SD,
    TN,
    TX,
    UT,
    VA,
    VI,
    VT,
    WA,
    WI,
    WV,
    WY,
  ].map((t) => [t.state, t]),
);

/** State-holiday records by two-letter state code. */
export const STATE_HOLIDAYS: Readonly<Record<string, readonly HolidayRecord[]>> = Object.fromEntries(
  Object.values(STATE_TABLES).map((t) => [t.state, t.records]),
);
