/**
 * Chapter Three, Parts A–C, applied to each unit (count or victim) before grouping (§ 1B1.1(a)(3)): victim-related
 * adjustments (§§ 3A1.1–3A1.5), role (§§ 3B1.1–3B1.4), obstruction (§§ 3C1.1–3C1.2).
 */
import { add, type Calc, info, setTo, skip } from './calc.ts';
import type { Ch2Unit, ResolvedChapter3 } from './chapter2/common.ts';
import { factText } from './facts.ts';
import type { Trail } from './trace.ts';

export const AGGRAVATING_ROLES = new Set([
  'organizerOrLeaderExtensive',
  'managerOrSupervisorExtensive',
  'aggravatingOther',
]);

export function chapterThreeABC(unit: Ch2Unit, ch3: ResolvedChapter3, trail: Trail): number {
  const c: Calc = { trail, stage: 'chapter3', unit: unit.label, level: unit.level };
  if (unit.chapter3Done) {
    info(
      c,
      '§ 2E1.1, comment. (n.1)',
      'Chapter Three, Parts A–D already applied',
      'applied to each alternative of § 2E1.1(a) before the greater was chosen',
    );
    return c.level;
  }
  const v = unit.victimFacts;
  if (ch3.hateCrime) add(c, '§ 3A1.1(a)', 'hate crime motivation', 3, '', [factText(ch3, 'hateCrime')]);
  else skip(c, '§ 3A1.1(a)', 'hate crime motivation', 'not found', [factText(ch3, 'hateCrime')]);
  const vulnerable = ch3.vulnerableVictim ?? (v?.vulnerable ? 'one' : 'none');
  const vfacts = [
    factText(ch3, 'vulnerableVictim'),
    ...(v ? [factText(v, 'vulnerable', `${v.label} vulnerable`)] : []),
  ];
  if (vulnerable === 'largeNumber')
    add(c, '§ 3A1.1(b)(1)–(2)', 'a large number of vulnerable victims', 4, '+2 and +2', vfacts);
  else if (vulnerable === 'one') add(c, '§ 3A1.1(b)(1)', 'vulnerable victim', 2, '', vfacts);
  else skip(c, '§ 3A1.1(b)', 'vulnerable victim', 'none recorded', vfacts);
  const official = ch3.officialVictim ?? 'none';
  if (official === 'a') add(c, '§ 3A1.2(a)', 'official victim', 3, '', [factText(ch3, 'officialVictim')]);
  else if (official === 'b' || official === 'c')
    add(c, `§ 3A1.2(${official})`, 'official victim', 6, '', [factText(ch3, 'officialVictim')]);
  else skip(c, '§ 3A1.2', 'official victim', 'none recorded', [factText(ch3, 'officialVictim')]);
  const restrained = ch3.restraint ?? v?.restrained;
  const rfacts = [
    factText(ch3, 'restraint'),
    ...(v ? [factText(v, 'restrained', `${v.label} restrained`)] : []),
  ];
  if (restrained && unit.guideline === '2B3.1')
    skip(
      c,
      '§ 3A1.3',
      'restraint of victim',
      'the offense guideline (§ 2B3.1(b)(4)(B)) already takes restraint into account (comment. (n.2))',
      rfacts,
    );
  else if (restrained) add(c, '§ 3A1.3', 'restraint of victim', 2, '', rfacts);
  else skip(c, '§ 3A1.3', 'restraint of victim', 'none recorded', rfacts);
  if (ch3.terrorism) {
    add(c, '§ 3A1.4(a)', 'terrorism', 12, '', [factText(ch3, 'terrorism')]);
    if (c.level < 32)
      setTo(
        c,
        '§ 3A1.4(a)',
        'floor of level 32',
        32,
        'if the resulting level is less than 32, increase to 32',
      );
  } else skip(c, '§ 3A1.4', 'terrorism', 'not found', [factText(ch3, 'terrorism')]);
  info(c, '§ 3A1.5', 'serious human rights offense', 'not in the engine’s facts');
  const role = ch3.role ?? 'none';
  const rf = [factText(ch3, 'role')];
  if (role === 'organizerOrLeaderExtensive')
    add(
      c,
      '§ 3B1.1(a)',
      'organizer or leader of 5 or more participants or otherwise extensive activity',
      4,
      '',
      rf,
    );
  else if (role === 'managerOrSupervisorExtensive')
    add(
      c,
      '§ 3B1.1(b)',
      'manager or supervisor of 5 or more participants or otherwise extensive activity',
      3,
      '',
      rf,
    );
  else if (role === 'aggravatingOther')
    add(c, '§ 3B1.1(c)', 'organizer, leader, manager or supervisor of other criminal activity', 2, '', rf);
  else skip(c, '§ 3B1.1', 'aggravating role', 'none recorded', rf);
  if (role === 'minimal') add(c, '§ 3B1.2(a)', 'minimal participant', -4, '', rf);
  else if (role === 'between') add(c, '§ 3B1.2', 'between minimal and minor participant', -3, '', rf);
  else if (role === 'minor') add(c, '§ 3B1.2(b)', 'minor participant', -2, '', rf);
  else skip(c, '§ 3B1.2', 'mitigating role', 'none recorded', rf);
  const custody = v?.custodyCareControl === true && unit.guideline === '2G1.3';
  if (ch3.abuseOfTrust && custody)
    skip(
      c,
      '§ 3B1.3',
      'abuse of position of trust',
      '§ 2G1.3(b)(1) applies: no § 3B1.3 (§ 2G1.3, comment. (n.2(B)))',
      [factText(ch3, 'abuseOfTrust')],
    );
  else if (ch3.abuseOfTrust)
    add(c, '§ 3B1.3', 'abuse of position of trust or use of special skill', 2, '', [
      factText(ch3, 'abuseOfTrust'),
    ]);
  else
    skip(c, '§ 3B1.3', 'abuse of position of trust or use of special skill', 'none recorded', [
      factText(ch3, 'abuseOfTrust'),
    ]);
  if (ch3.usedMinor)
    add(c, '§ 3B1.4', 'using a minor to commit a crime', 2, '', [factText(ch3, 'usedMinor')]);
  else skip(c, '§ 3B1.4', 'using a minor to commit a crime', 'none recorded', [factText(ch3, 'usedMinor')]);
  if (ch3.obstruction)
    add(c, '§ 3C1.1', 'obstructing or impeding the administration of justice', 2, '', [
      factText(ch3, 'obstruction'),
    ]);
  else skip(c, '§ 3C1.1', 'obstruction of justice', 'none recorded', [factText(ch3, 'obstruction')]);
  if (ch3.recklessFlight)
    add(c, '§ 3C1.2', 'reckless endangerment during flight', 2, '', [factText(ch3, 'recklessFlight')]);
  else
    skip(c, '§ 3C1.2', 'reckless endangerment during flight', 'none recorded', [
      factText(ch3, 'recklessFlight'),
    ]);
  return c.level;
}
