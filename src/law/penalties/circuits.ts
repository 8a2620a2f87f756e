/**
 * The court of appeals over each district (28 U.S.C. § 41, the circuits by state; § 1294 for the
 * territories), and how each circuit has read § 3014(a): per count of conviction or once per offender.
 * A circuit with no ruling recorded here is reported as unsettled, with both figures.
 */
import { findDistrict } from '../calendar/districts.ts';

export type Circuit =
  | 'D.C.'
  | '1st'
  | '2d'
  | '3d'
  | '4th'
  | '5th'
  | '6th'
  | '7th'
  | '8th'
  | '9th'
  | '10th'
  | '11th';

/** 28 U.S.C. § 41: "Circuits — Composition". Puerto Rico, the Virgin Islands, Guam and the Northern Mariana Islands per § 41 and § 1294. */
const BY_STATE: Record<string, Circuit> = {
  DC: 'D.C.',
  ME: '1st',
  MA: '1st',
  NH: '1st',
  RI: '1st',
  PR: '1st',
  CT: '2d',
  NY: '2d',
  VT: '2d',
  DE: '3d',
  NJ: '3d',
  PA: '3d',
  VI: '3d',
  MD: '4th',
  NC: '4th',
  SC: '4th',
  VA: '4th',
  WV: '4th',
  LA: '5th',
  MS: '5th',
  TX: '5th',
  KY: '6th',
  MI: '6th',
  OH: '6th',
  TN: '6th',
  IL: '7th',
  IN: '7th',
  WI: '7th',
  AR: '8th',
  IA: '8th',
  MN: '8th',
  MO: '8th',
  NE: '8th',
  ND: '8th',
  SD: '8th',
  AK: '9th',
  AZ: '9th',
  CA: '9th',
  ID: '9th',
  MT: '9th',
  NV: '9th',
  OR: '9th',
  WA: '9th',
  GU: '9th',
  HI: '9th',
  MP: '9th',
  CO: '10th',
  KS: '10th',
  NM: '10th',
  OK: '10th',
  UT: '10th',
  WY: '10th',
  AL: '11th',
  FL: '11th',
  GA: '11th',
};

export const CIRCUIT_CITATION = '28 U.S.C. § 41';

/** The circuit of a district given by its PACER court id (`nyed` → `2d`), or null when the id is unknown. */
export function circuitOf(court: string): Circuit | null {
  const d = findDistrict(court);
  if (!d.ok) return null;
  return BY_STATE[d.district.state] ?? null;
}

export interface Section3014Ruling {
  circuit: Circuit;
  unit: 'perCount' | 'perOffender';
  authority: string;
  holding: string;
}

/** Published holdings on the unit of § 3014(a). */
export const SECTION_3014_RULINGS: readonly Section3014Ruling[] = [
  {
    circuit: '2d',
    unit: 'perOffender',
    authority: 'United States v. Haverkamp, 958 F.3d 145 (2d Cir. 2020)',
    holding:
      'the text of § 3014, "on any non-indigent person or entity convicted of an offense", is applied on a per-offender, not a per-count, basis',
  },
  {
    circuit: '3d',
    unit: 'perCount',
    authority: 'United States v. Johnman, 948 F.3d 612 (3d Cir. 2020)',
    holding: 'the JVTA assessment applies to each count of qualifying conviction',
  },
  {
    circuit: '9th',
    unit: 'perCount',
    authority: 'United States v. Randall, 34 F.4th 867 (9th Cir. 2022)',
    holding: 'the § 3014 assessment is imposed for each qualifying count',
  },
];

export const section3014RulingFor = (circuit: Circuit | null): Section3014Ruling | undefined =>
  circuit === null ? undefined : SECTION_3014_RULINGS.find((r) => r.circuit === circuit);
