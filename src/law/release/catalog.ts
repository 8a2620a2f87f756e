/**
 * The conditions of release of 18 U.S.C. § 3142, each condition kind of the case record tied to the clause
 * it comes from and that clause's words (18 U.S.C. § 3142(c); docs/release.md, "Conditions and their clauses").
 *
 * § 3142(b) and (c)(1)(A): release "subject to the condition that the person not commit a Federal, State, or
 * local crime during the period of release and subject to the condition that the person cooperate in the
 * collection of a DNA sample from the person if the collection of such a sample is authorized pursuant to
 * section 3 of the DNA Analysis Backlog Elimination Act of 2000 (34 U.S.C. 40702)".
 *
 * § 3142(c)(1)(B): "subject to the least restrictive further condition, or combination of conditions, that
 * such judicial officer determines will reasonably assure the appearance of the person as required and the
 * safety of any other person and the community, which may include the condition that the person—" (i)–(xiv).
 */
import type { ConditionKind } from '../../case/index.ts';

export interface ConditionClause {
  kind: ConditionKind;
  /** The clause, e.g. `18 U.S.C. § 3142(c)(1)(B)(vii)`. */
  citation: string;
  clause: '(b)/(c)(1)(A)' | `(c)(1)(B)(${string})`;
  label: string;
  statuteText: string;
  /** Mandatory in every release (§ 3142(b), (c)(1)(A)), or chosen by the court. */
  mandatory: boolean;
  /** Which monitoring rule the condition compiles to (docs/monitoring.md), if any. */
  monitoring: string | null;
}

const B = '18 U.S.C. § 3142(c)(1)(B)';
const XIV =
  'satisfy any other condition that is reasonably necessary to assure the appearance of the person as required and to assure the safety of any other person and the community';

export const CONDITION_CATALOG: Readonly<Record<ConditionKind, ConditionClause>> = {
  noNewCrime: {
    kind: 'noNewCrime',
    citation: '18 U.S.C. § 3142(b), (c)(1)(A)',
    clause: '(b)/(c)(1)(A)',
    label: 'Commit no Federal, State or local crime',
    statuteText:
      'the condition that the person not commit a Federal, State, or local crime during the period of release',
    mandatory: true,
    monitoring: null,
  },
  dnaSample: {
    kind: 'dnaSample',
    citation: '18 U.S.C. § 3142(b), (c)(1)(A)',
    clause: '(b)/(c)(1)(A)',
    label: 'Cooperate in the collection of a DNA sample, where authorized',
    statuteText:
      'the condition that the person cooperate in the collection of a DNA sample from the person if the collection of such a sample is authorized pursuant to section 3 of the DNA Analysis Backlog Elimination Act of 2000',
    mandatory: true,
    monitoring: null,
  },
  thirdPartyCustodian: {
    kind: 'thirdPartyCustodian',
    citation: `${B}(i)`,
    clause: '(c)(1)(B)(i)',
    label: 'Remain in the custody of a designated person',
    statuteText:
      'remain in the custody of a designated person, who agrees to assume supervision and to report any violation of a release condition to the court, if the designated person is able reasonably to assure the judicial officer that the person will appear as required and will not pose a danger to the safety of any other person or the community',
    mandatory: false,
    monitoring: null,
  },
  employment: {
    kind: 'employment',
    citation: `${B}(ii)`,
    clause: '(c)(1)(B)(ii)',
    label: 'Maintain or seek employment',
    statuteText: 'maintain employment, or, if unemployed, actively seek employment',
    mandatory: false,
    monitoring: 'approved-absence windows',
  },
  education: {
    kind: 'education',
    citation: `${B}(iii)`,
    clause: '(c)(1)(B)(iii)',
    label: 'Maintain or commence an educational program',
    statuteText: 'maintain or commence an educational program',
    mandatory: false,
    monitoring: 'approved-absence windows',
  },
  association: {
    kind: 'association',
    citation: `${B}(iv)`,
    clause: '(c)(1)(B)(iv)',
    label: 'Restrictions on personal associations',
    statuteText: 'abide by specified restrictions on personal associations, place of abode, or travel',
    mandatory: false,
    monitoring: 'association exclusion zones',
  },
  residence: {
    kind: 'residence',
    citation: `${B}(iv)`,
    clause: '(c)(1)(B)(iv)',
    label: 'Restrictions on place of abode',
    statuteText: 'abide by specified restrictions on personal associations, place of abode, or travel',
    mandatory: false,
    monitoring: 'residence geometry',
  },
  travel: {
    kind: 'travel',
    citation: `${B}(iv)`,
    clause: '(c)(1)(B)(iv)',
    label: 'Restrictions on travel',
    statuteText: 'abide by specified restrictions on personal associations, place of abode, or travel',
    mandatory: false,
    monitoring: 'travel inclusion zone',
  },
  noContact: {
    kind: 'noContact',
    citation: `${B}(v)`,
    clause: '(c)(1)(B)(v)',
    label: 'No contact with alleged victims and potential witnesses',
    statuteText:
      'avoid all contact with an alleged victim of the crime and with a potential witness who may testify concerning the offense',
    mandatory: false,
    monitoring: 'static and mobile victim zones',
  },
  reporting: {
    kind: 'reporting',
    citation: `${B}(vi)`,
    clause: '(c)(1)(B)(vi)',
    label: 'Report regularly to a designated agency',
    statuteText:
      'report on a regular basis to a designated law enforcement agency, pretrial services agency, or other agency',
    mandatory: false,
    monitoring: null,
  },
  curfew: {
    kind: 'curfew',
    citation: `${B}(vii)`,
    clause: '(c)(1)(B)(vii)',
    label: 'Comply with a specified curfew',
    statuteText: 'comply with a specified curfew',
    mandatory: false,
    monitoring: 'scheduled residence inclusion zone',
  },
  noWeapons: {
    kind: 'noWeapons',
    citation: `${B}(viii)`,
    clause: '(c)(1)(B)(viii)',
    label: 'No firearm, destructive device or other dangerous weapon',
    statuteText: 'refrain from possessing a firearm, destructive device, or other dangerous weapon',
    mandatory: false,
    monitoring: null,
  },
  substances: {
    kind: 'substances',
    citation: `${B}(ix)`,
    clause: '(c)(1)(B)(ix)',
    label: 'No excessive alcohol; no controlled substance without a prescription',
    statuteText:
      'refrain from excessive use of alcohol, or any use of a narcotic drug or other controlled substance, as defined in section 102 of the Controlled Substances Act (21 U.S.C. 802), without a prescription by a licensed medical practitioner',
    mandatory: false,
    monitoring: null,
  },
  treatment: {
    kind: 'treatment',
    citation: `${B}(x)`,
    clause: '(c)(1)(B)(x)',
    label: 'Undergo medical, psychological or psychiatric treatment',
    statuteText:
      'undergo available medical, psychological, or psychiatric treatment, including treatment for drug or alcohol dependency, and remain in a specified institution if required for that purpose',
    mandatory: false,
    monitoring: 'approved-absence windows',
  },
  propertyBond: {
    kind: 'propertyBond',
    citation: `${B}(xi)`,
    clause: '(c)(1)(B)(xi)',
    label: 'Agreement to forfeit property (including money) on failure to appear',
    statuteText:
      'execute an agreement to forfeit upon failing to appear as required, property of a sufficient unencumbered value, including money, as is reasonably necessary to assure the appearance of the person as required',
    mandatory: false,
    monitoring: null,
  },
  suretyBond: {
    kind: 'suretyBond',
    citation: `${B}(xii)`,
    clause: '(c)(1)(B)(xii)',
    label: 'Bail bond with solvent sureties',
    statuteText:
      'execute a bail bond with solvent sureties; who will execute an agreement to forfeit in such amount as is reasonably necessary to assure appearance of the person as required',
    mandatory: false,
    monitoring: null,
  },
  partialCustody: {
    kind: 'partialCustody',
    citation: `${B}(xiii)`,
    clause: '(c)(1)(B)(xiii)',
    label: 'Return to custody for specified hours',
    statuteText:
      'return to custody for specified hours following release for employment, schooling, or other limited purposes',
    mandatory: false,
    monitoring: 'scheduled facility inclusion zone',
  },
  locationMonitoring: {
    kind: 'locationMonitoring',
    citation: `${B}(xiv)`,
    clause: '(c)(1)(B)(xiv)',
    label: 'Location (electronic) monitoring',
    statuteText: XIV,
    mandatory: false,
    monitoring: 'device-health rules',
  },
  homeDetention: {
    kind: 'homeDetention',
    citation: `${B}(xiv)`,
    clause: '(c)(1)(B)(xiv)',
    label: 'Home detention, with approved absences',
    statuteText: XIV,
    mandatory: false,
    monitoring: 'home detention (residence inclusion zone outside approved absences)',
  },
  homeIncarceration: {
    kind: 'homeIncarceration',
    citation: `${B}(xiv)`,
    clause: '(c)(1)(B)(xiv)',
    label: 'Home incarceration (24-hour lock-down)',
    statuteText: XIV,
    mandatory: false,
    monitoring: 'home incarceration (residence inclusion zone at all times)',
  },
  passportSurrender: {
    kind: 'passportSurrender',
    citation: `${B}(xiv)`,
    clause: '(c)(1)(B)(xiv)',
    label: 'Surrender passport; obtain no new one',
    statuteText: XIV,
    mandatory: false,
    monitoring: null,
  },
  other: {
    kind: 'other',
    citation: `${B}(xiv)`,
    clause: '(c)(1)(B)(xiv)',
    label: 'Any other condition reasonably necessary',
    statuteText: XIV,
    mandatory: false,
    monitoring: null,
  },
};

export const clauseOf = (kind: ConditionKind): ConditionClause => CONDITION_CATALOG[kind];

/**
 * The bond's legal basis (18 U.S.C. § 3142(b), (c)(1)(B)(xi)–(xii); Fed. R. Crim. P. 46): recognizance and unsecured bond → § 3142(b); cash or
 * property → (c)(1)(B)(xi); a bail bond with a surety → (c)(1)(B)(xii). Rule 46 governs the bond itself.
 */
export const BOND_BASIS: Readonly<
  Record<
    'recognizance' | 'unsecured' | 'cash' | 'property' | 'surety' | 'mixed',
    { citation: string; text: string }
  >
> = {
  recognizance: {
    citation: '18 U.S.C. § 3142(b)',
    text: 'release of the person on personal recognizance',
  },
  unsecured: {
    citation: '18 U.S.C. § 3142(b)',
    text: 'upon execution of an unsecured appearance bond in an amount specified by the court',
  },
  cash: {
    citation: '18 U.S.C. § 3142(c)(1)(B)(xi); Fed. R. Crim. P. 46',
    text: 'execute an agreement to forfeit upon failing to appear as required, property of a sufficient unencumbered value, including money',
  },
  property: {
    citation: '18 U.S.C. § 3142(c)(1)(B)(xi); Fed. R. Crim. P. 46',
    text: 'execute an agreement to forfeit upon failing to appear as required, property of a sufficient unencumbered value, including money',
  },
  surety: {
    citation: '18 U.S.C. § 3142(c)(1)(B)(xii); Fed. R. Crim. P. 46(e)',
    text: 'execute a bail bond with solvent sureties',
  },
  mixed: {
    citation: '18 U.S.C. § 3142(c)(1)(B)(xi), (xii); Fed. R. Crim. P. 46',
    text: 'a bond secured in part by property or money and in part by sureties',
  },
};
