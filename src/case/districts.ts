/**
 * The 94 federal judicial districts, keyed by the court id PACER and CM/ECF use (`nyed`, `cacd`, `dcd`, …),
 * with the state whose holidays Rule 45(a)(6)(C) adds and the time zone of the court's seat (Rule 45(a)(4)(A):
 * electronic filing closes "at midnight in the court's time zone").
 */

export interface District {
  code: string;
  /** e.g. "Eastern District of New York" */
  name: string;
  /** Bluebook form, e.g. "E.D.N.Y." */
  abbreviation: string;
  /** Two-letter code of the state, commonwealth or territory (Rule 1(b)(9)). */
  state: string;
  timeZone: string;
  /**
   * Courthouses in the area 5 U.S.C. § 6103(c) names for Inauguration Day (the District of Columbia; Montgomery
   * and Prince George's Counties, Md.; Arlington and Fairfax Counties and Alexandria and Falls Church, Va.).
   */
  inaugurationArea: boolean;
  /**
   * Places where the court sits, listed for districts whose state declares a holiday for part of the state
   * only (a county or parish, a city): a holiday record's `area.seats` names these as `district:seat`.
   */
  seats?: readonly Seat[];
}

export interface Seat {
  /** e.g. `boston`; the form `mad:boston` names it in a holiday's area. */
  id: string;
  name: string;
  /** The county, parish or city the holiday statutes name. */
  county: string;
}

interface StateInfo {
  name: string;
  bluebook: string;
  timeZone: string;
}

const STATES: Record<string, StateInfo> = {
  AL: { name: 'Alabama', bluebook: 'Ala.', timeZone: 'America/Chicago' },
  AK: { name: 'Alaska', bluebook: 'Alaska', timeZone: 'America/Anchorage' },
  AZ: { name: 'Arizona', bluebook: 'Ariz.', timeZone: 'America/Phoenix' },
  AR: { name: 'Arkansas', bluebook: 'Ark.', timeZone: 'America/Chicago' },
  CA: { name: 'California', bluebook: 'Cal.', timeZone: 'America/Los_Angeles' },
  CO: { name: 'Colorado', bluebook: 'Colo.', timeZone: 'America/Denver' },
  CT: { name: 'Connecticut', bluebook: 'Conn.', timeZone: 'America/New_York' },
  DE: { name: 'Delaware', bluebook: 'Del.', timeZone: 'America/New_York' },
  DC: { name: 'the District of Columbia', bluebook: 'D.C.', timeZone: 'America/New_York' },
  FL: { name: 'Florida', bluebook: 'Fla.', timeZone: 'America/New_York' },
  GA: { name: 'Georgia', bluebook: 'Ga.', timeZone: 'America/New_York' },
  GU: { name: 'Guam', bluebook: 'Guam', timeZone: 'Pacific/Guam' },
  HI: { name: 'Hawaii', bluebook: 'Haw.', timeZone: 'Pacific/Honolulu' },
  ID: { name: 'Idaho', bluebook: 'Idaho', timeZone: 'America/Boise' },
  IL: { name: 'Illinois', bluebook: 'Ill.', timeZone: 'America/Chicago' },
  IN: { name: 'Indiana', bluebook: 'Ind.', timeZone: 'America/Indiana/Indianapolis' },
  IA: { name: 'Iowa', bluebook: 'Iowa', timeZone: 'America/Chicago' },
  KS: { name: 'Kansas', bluebook: 'Kan.', timeZone: 'America/Chicago' },
  KY: { name: 'Kentucky', bluebook: 'Ky.', timeZone: 'America/New_York' },
  LA: { name: 'Louisiana', bluebook: 'La.', timeZone: 'America/Chicago' },
  ME: { name: 'Maine', bluebook: 'Me.', timeZone: 'America/New_York' },
  MD: { name: 'Maryland', bluebook: 'Md.', timeZone: 'America/New_York' },
  MA: { name: 'Massachusetts', bluebook: 'Mass.', timeZone: 'America/New_York' },
  MI: { name: 'Michigan', bluebook: 'Mich.', timeZone: 'America/Detroit' },
  MN: { name: 'Minnesota', bluebook: 'Minn.', timeZone: 'America/Chicago' },
  MS: { name: 'Mississippi', bluebook: 'Miss.', timeZone: 'America/Chicago' },
  MO: { name: 'Missouri', bluebook: 'Mo.', timeZone: 'America/Chicago' },
  MT: { name: 'Montana', bluebook: 'Mont.', timeZone: 'America/Denver' },
  NE: { name: 'Nebraska', bluebook: 'Neb.', timeZone: 'America/Chicago' },
  NV: { name: 'Nevada', bluebook: 'Nev.', timeZone: 'America/Los_Angeles' },
  NH: { name: 'New Hampshire', bluebook: 'N.H.', timeZone: 'America/New_York' },
  NJ: { name: 'New Jersey', bluebook: 'N.J.', timeZone: 'America/New_York' },
  NM: { name: 'New Mexico', bluebook: 'N.M.', timeZone: 'America/Denver' },
  NY: { name: 'New York', bluebook: 'N.Y.', timeZone: 'America/New_York' },
  NC: { name: 'North Carolina', bluebook: 'N.C.', timeZone: 'America/New_York' },
  ND: { name: 'North Dakota', bluebook: 'N.D.', timeZone: 'America/Chicago' },
  MP: { name: 'the Northern Mariana Islands', bluebook: 'N. Mar. I.', timeZone: 'Pacific/Saipan' },
  OH: { name: 'Ohio', bluebook: 'Ohio', timeZone: 'America/New_York' },
  OK: { name: 'Oklahoma', bluebook: 'Okla.', timeZone: 'America/Chicago' },
  OR: { name: 'Oregon', bluebook: 'Or.', timeZone: 'America/Los_Angeles' },
  PA: { name: 'Pennsylvania', bluebook: 'Pa.', timeZone: 'America/New_York' },
  PR: { name: 'Puerto Rico', bluebook: 'P.R.', timeZone: 'America/Puerto_Rico' },
  RI: { name: 'Rhode Island', bluebook: 'R.I.', timeZone: 'America/New_York' },
  SC: { name: 'South Carolina', bluebook: 'S.C.', timeZone: 'America/New_York' },
  SD: { name: 'South Dakota', bluebook: 'S.D.', timeZone: 'America/Chicago' },
  TN: { name: 'Tennessee', bluebook: 'Tenn.', timeZone: 'America/Chicago' },
  TX: { name: 'Texas', bluebook: 'Tex.', timeZone: 'America/Chicago' },
  UT: { name: 'Utah', bluebook: 'Utah', timeZone: 'America/Denver' },
  VT: { name: 'Vermont', bluebook: 'Vt.', timeZone: 'America/New_York' },
  VI: { name: 'the Virgin Islands', bluebook: 'V.I.', timeZone: 'America/St_Thomas' },
  VA: { name: 'Virginia', bluebook: 'Va.', timeZone: 'America/New_York' },
  WA: { name: 'Washington', bluebook: 'Wash.', timeZone: 'America/Los_Angeles' },
  WV: { name: 'West Virginia', bluebook: 'W. Va.', timeZone: 'America/New_York' },
  WI: { name: 'Wisconsin', bluebook: 'Wis.', timeZone: 'America/Chicago' },
  WY: { name: 'Wyoming', bluebook: 'Wyo.', timeZone: 'America/Denver' },
};

const PART: Record<string, { word: string; letter: string }> = {
  n: { word: 'Northern', letter: 'N.' },
  s: { word: 'Southern', letter: 'S.' },
  e: { word: 'Eastern', letter: 'E.' },
  w: { word: 'Western', letter: 'W.' },
  c: { word: 'Central', letter: 'C.' },
  m: { word: 'Middle', letter: 'M.' },
};

/** `[court id, state, part of state or '' for a whole-state district, time zone override?]` */
const COURTS: ReadonlyArray<readonly [string, string, string, string?]> = [
  ['almd', 'AL', 'm'],
  ['alnd', 'AL', 'n'],
  ['alsd', 'AL', 's'],
  ['akd', 'AK', ''],
  ['azd', 'AZ', ''],
  ['ared', 'AR', 'e'],
  ['arwd', 'AR', 'w'],
  ['cacd', 'CA', 'c'],
  ['caed', 'CA', 'e'],
  ['cand', 'CA', 'n'],
  ['casd', 'CA', 's'],
  ['cod', 'CO', ''],
  ['ctd', 'CT', ''],
  ['ded', 'DE', ''],
  ['dcd', 'DC', ''],
  ['flmd', 'FL', 'm'],
  ['flnd', 'FL', 'n'],
  ['flsd', 'FL', 's'],
  ['gamd', 'GA', 'm'],
  ['gand', 'GA', 'n'],
  ['gasd', 'GA', 's'],
  ['gud', 'GU', ''],
  ['hid', 'HI', ''],
  ['idd', 'ID', ''],
  ['ilcd', 'IL', 'c'],
  ['ilnd', 'IL', 'n'],
  ['ilsd', 'IL', 's'],
  ['innd', 'IN', 'n'],
  ['insd', 'IN', 's'],
  ['iand', 'IA', 'n'],
  ['iasd', 'IA', 's'],
  ['ksd', 'KS', ''],
  ['kyed', 'KY', 'e'],
  ['kywd', 'KY', 'w', 'America/Kentucky/Louisville'],
  ['laed', 'LA', 'e'],
  ['lamd', 'LA', 'm'],
  ['lawd', 'LA', 'w'],
  ['med', 'ME', ''],
  ['mdd', 'MD', ''],
  ['mad', 'MA', ''],
  ['mied', 'MI', 'e'],
  ['miwd', 'MI', 'w'],
  ['mnd', 'MN', ''],
  ['msnd', 'MS', 'n'],
  ['mssd', 'MS', 's'],
  ['moed', 'MO', 'e'],
  ['mowd', 'MO', 'w'],
  ['mtd', 'MT', ''],
  ['ned', 'NE', ''],
  ['nvd', 'NV', ''],
  ['nhd', 'NH', ''],
  ['njd', 'NJ', ''],
  ['nmd', 'NM', ''],
  ['nyed', 'NY', 'e'],
  ['nynd', 'NY', 'n'],
  ['nysd', 'NY', 's'],
  ['nywd', 'NY', 'w'],
  ['nced', 'NC', 'e'],
  ['ncmd', 'NC', 'm'],
  ['ncwd', 'NC', 'w'],
  ['ndd', 'ND', ''],
  ['nmid', 'MP', ''],
  ['ohnd', 'OH', 'n'],
  ['ohsd', 'OH', 's'],
  ['oked', 'OK', 'e'],
  ['oknd', 'OK', 'n'],
  ['okwd', 'OK', 'w'],
  ['ord', 'OR', ''],
  ['paed', 'PA', 'e'],
  ['pamd', 'PA', 'm'],
  ['pawd', 'PA', 'w'],
  ['prd', 'PR', ''],
  ['rid', 'RI', ''],
  ['scd', 'SC', ''],
  ['sdd', 'SD', ''],
  ['tned', 'TN', 'e', 'America/New_York'],
  ['tnmd', 'TN', 'm'],
  ['tnwd', 'TN', 'w'],
  ['txed', 'TX', 'e'],
  ['txnd', 'TX', 'n'],
  ['txsd', 'TX', 's'],
  ['txwd', 'TX', 'w'],
  ['utd', 'UT', ''],
  ['vtd', 'VT', ''],
  ['vid', 'VI', ''],
  ['vaed', 'VA', 'e'],
  ['vawd', 'VA', 'w'],
  ['waed', 'WA', 'e'],
  ['wawd', 'WA', 'w'],
  ['wvnd', 'WV', 'n'],
  ['wvsd', 'WV', 's'],
  ['wied', 'WI', 'e'],
  ['wiwd', 'WI', 'w'],
  ['wyd', 'WY', ''],
];

/**
 * Seats of the districts whose state has a part-of-state holiday (28 U.S.C. §§ 81–131 name the places of
 * holding court): Mardi Gras in Mobile County, Ala.; Evacuation and Bunker Hill Days in Suffolk County, Mass.;
 * Inauguration Day in the city of Baton Rouge, La.
 */
const SEATS: Readonly<Record<string, readonly Seat[]>> = {
  alsd: [
    { id: 'mobile', name: 'Mobile', county: 'Mobile County' },
    { id: 'selma', name: 'Selma', county: 'Dallas County' },
  ],
  mad: [
    { id: 'boston', name: 'Boston', county: 'Suffolk County' },
    { id: 'worcester', name: 'Worcester', county: 'Worcester County' },
    { id: 'springfield', name: 'Springfield', county: 'Hampden County' },
  ],
  laed: [{ id: 'new-orleans', name: 'New Orleans', county: 'Orleans Parish' }],
  lamd: [{ id: 'baton-rouge', name: 'Baton Rouge', county: 'East Baton Rouge Parish (city of Baton Rouge)' }],
  lawd: [
    { id: 'shreveport', name: 'Shreveport', county: 'Caddo Parish' },
    { id: 'monroe', name: 'Monroe', county: 'Ouachita Parish' },
    { id: 'alexandria', name: 'Alexandria', county: 'Rapides Parish' },
    { id: 'lafayette', name: 'Lafayette', county: 'Lafayette Parish' },
    { id: 'lake-charles', name: 'Lake Charles', county: 'Calcasieu Parish' },
  ],
};

/** Courts with a courthouse inside the § 6103(c) Inauguration Day area. */
const INAUGURATION_AREA = new Set(['dcd', 'mdd', 'vaed']);

/** Bluebook closes up abbreviations made only of single capitals ("N.Y." → "E.D.N.Y."). */
function abbreviate(part: string, state: StateInfo): string {
  const closed = /^([A-Z]\.)+$/.test(state.bluebook);
  const prefix = part ? `${PART[part]?.letter}D.` : 'D.';
  return closed ? `${prefix}${state.bluebook}` : `${prefix} ${state.bluebook}`;
}

export const DISTRICTS: ReadonlyMap<string, District> = new Map(
  COURTS.map(([code, stateCode, part, tz]) => {
    const state = STATES[stateCode];
    if (!state) throw new Error(`district table names an unknown state ${stateCode}`);
    const name = part
      ? `${PART[part]?.word} District of ${state.name.replace(/^the /, '')}`
      : `District of ${state.name}`;
    return [
      code,
      {
        code,
        name: name.replace('District of the District of Columbia', 'District of Columbia'),
        abbreviation: abbreviate(part, state),
        state: stateCode,
        timeZone: tz ?? state.timeZone,
        inaugurationArea: INAUGURATION_AREA.has(code),
        ...(SEATS[code] ? { seats: SEATS[code] } : {}),
      },
    ];
  }),
);

export type DistrictLookup = { ok: true; district: District } | { ok: false; error: string };

/** Look a district up by its PACER court id (case-insensitive), with a clear error for an unknown code. */
export function findDistrict(code: string): DistrictLookup {
  const district = DISTRICTS.get(code.trim().toLowerCase());
  if (district) return { ok: true, district };
  return {
    ok: false,
    error: `unknown district "${code}": use the court id PACER uses, e.g. nyed, cacd, dcd (${DISTRICTS.size} known)`,
  };
}
