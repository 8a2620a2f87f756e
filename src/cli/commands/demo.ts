import { validateCaseFile } from '../../case/index.ts';
import { buildHaleCaseFile } from '../../demo/index.ts';
import { addBusinessDays, describe, parseDate } from '../../law/calendar/index.ts';
import type { Out } from '../io.ts';
import { summarize } from './validate.ts';

/** `pretrial demo`: the fictional demo case, validated and summarized, with deadlines computed from it. */
export function demoCommand(out: Out): number {
  const result = validateCaseFile(buildHaleCaseFile());
  if (!result.ok) {
    for (const issue of result.issues) out.error(`${issue.path}: ${issue.message}`);
    return 1;
  }
  const file = result.caseFile;
  out.log('pretrial — demo case (fictional)');
  out.log('');
  for (const line of summarize(file)) out.log(line);
  out.log('');

  const castellAppearance = file.events.find((e) => e.id === 'ev-castell-appearance');
  const release = file.events.find((e) => e.id === 'ev-castell-release');
  if (castellAppearance && release) {
    const first = parseDate(castellAppearance.date);
    const defense = addBusinessDays(first, 5, '18 U.S.C. § 3142(f) (continuance on the defendant’s motion)', {
      district: file.case.court,
    });
    const government = addBusinessDays(
      first,
      3,
      '18 U.S.C. § 3142(f) (continuance on the Government’s motion)',
      { district: file.case.court },
    );
    out.log(`Detention hearing limits from Renee Castell's first appearance (${describe(first)}):`);
    out.log(`  defense continuance ≤ 5 business days: ${describe(parseDate(defense.date))}`);
    out.log(`  Government continuance ≤ 3 business days: ${describe(parseDate(government.date))}`);
    out.log(`  release order entered ${describe(parseDate(release.date))}`);
    out.log(
      '  review of the release order: 18 U.S.C. § 3145(a), (b) — a motion to revoke or amend, "determined promptly" (no fixed period); appeal under § 3145(c)',
    );
  }
  out.log('');
  out.log('Try:  pretrial validate examples/hale.case.json');
  out.log('      pretrial days 2027-06-04 14 --district nyed');
  out.log('      pretrial exposure examples/hale.case.json --defendant 2');
  out.log('      pretrial guidelines examples/hale.case.json --defendant 2');
  return 0;
}
