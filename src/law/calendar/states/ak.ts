import { D, defineState, fixed, lastOf, MONDAY, peerFederalOnly } from './build.ts';

/**
 * Alaska Stat. § 44.12.010: the legal holidays of Alaska — New Year's Day, Martin Luther King, Jr.'s Birthday,
 * Presidents' Day, Seward's Day (the last Monday in March), Memorial Day, Independence Day, Labor Day, Alaska
 * Day (October 18), Veterans' Day, Thanksgiving Day, Christmas Day, every Sunday, and every day the President
 * or the Governor designates. Columbus Day is not among them. § 44.12.020: a holiday on a Saturday is observed
 * the preceding Friday, on a Sunday the following Monday.
 */
export const AK = defineState({
  state: 'AK',
  citation: 'Alaska Stat. § 44.12.010',
  observance: 'sundayToMonday',
  observanceCitation: 'Alaska Stat. § 44.12.020 (holiday falling on Sunday)',
  verified: true,
  notes:
    'The list was checked against a published copy of § 44.12.010 and a bill quoting it (2021–22 S.B. 28); the Juneteenth amendment some sources report, and any Saturday rule, are unverified.',
  days: [
    D.newYear(),
    D.mlk({ sourceText: "the third Monday in January, Martin Luther King, Jr.'s Birthday" }),
    D.washington({ name: "Presidents' Day", sourceText: "the third Monday in February, Presidents' Day" }),
    {
      id: 'seward',
      name: "Seward's Day",
      rule: lastOf(MONDAY, 3),
      sourceText: "the last Monday in March, Seward's Day",
    },
    D.memorial(),
    D.independence(),
    D.labor(),
    {
      id: 'alaska-day',
      name: 'Alaska Day',
      rule: fixed(10, 18),
      sourceText: 'October 18, Alaska Day',
    },
    D.veterans(),
    D.thanksgiving(),
    D.christmas(),
  ],
  leftOut: [
    {
      name: "Indigenous Peoples' Day (second Monday in October)",
      reason:
        'Recognized by the Governor’s proclamations and a 2017 law as a day of recognition; not added to the § 44.12.010 list of legal holidays.',
    },
    {
      name: 'Juneteenth',
      reason:
        'Not in the § 44.12.010 list as we have its text (a 2022 bill to add it is unverified); a federal legal holiday anyway.',
    },
  ],
  peer: [
    peerFederalOnly('^Juneteenth$'),
    peerFederalOnly('^Columbus Day$'),
    {
      peer: "Indigenous Peoples' Day",
      reason:
        'A day of recognition in Alaska, not a legal holiday under § 44.12.010 (see leftOut); the federal Columbus Day on the same Monday is a legal holiday anyway.',
    },
  ],
});
