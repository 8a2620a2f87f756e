/**
 * What the classifier records beyond the kind of each event, on the invented dockets of
 * test/fixtures/classifier-forms.json (fictional names, real CM/ECF wordings): the unknown parts of an order known
 * by its name, the result of a competency finding, the milestone of a trial start, the note of a motion decided
 * implicitly, and the warning when a magistrate docket's number is not the district docket's.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CaseFile, Event } from '../../src/case/index.ts';
import { importDocket } from '../../src/dockets/index.ts';
import { computeSpeedyTrial } from '../../src/law/speedy-trial/index.ts';

const forms: {
  dockets: Record<string, { court: string; defendants: string[]; entries: unknown[] }>;
} = JSON.parse(readFileSync(new URL('../fixtures/classifier-forms.json', import.meta.url), 'utf8'));

function load(name: string): CaseFile {
  const d = forms.dockets[name]!;
  const r = importDocket(
    JSON.stringify({
      docket: {
        court_id: d.court,
        docket_number: '1:26-cr-00900',
        case_name: `United States v. ${d.defendants[0]}`,
        date_filed: '2026-01-05',
      },
      parties: d.defendants.map((n, i) => ({
        name: n,
        extra_info: '',
        party_types: [{ name: `Defendant (${i + 1})`, criminal_counts: [], criminal_complaints: [] }],
        attorneys: [],
      })),
      docket_entries: d.entries,
    }),
  );
  if (!r.ok) throw new Error(`${name}: ${r.reason}`);
  return r.caseFile;
}
const from = (f: CaseFile, entry: string, kind: Event['kind']) =>
  f.events.filter((e) => e.kind === kind && e.provenance.source === 'docket' && e.provenance.entry === entry);

describe('invented docket forms', () => {
  it('an "Order to Continue - Ends of Justice" known by its event name only leaves its window and findings unknown, with what would settle them', () => {
    const f = load('sealed indictment, unsealing, trial copy, order known by its name only');
    expect(from(f, 'n4', 'continuance')).toMatchObject([
      {
        date: '2026-02-17',
        unknown: {
          fields: ['window', 'findings'],
          reason: expect.stringMatching(/event name only/),
          settle: 'read the text of order #4',
        },
      },
    ]);
    expect(f.events.filter((e) => e.kind === 'timeExclusion')).toEqual([]);
    expect(f.meta.warnings.join('\n')).toMatch(/Order to Continue - Ends of Justice/);
    // the redacted trial copy (entry 5) is not a second indictment; the unsealing order makes entry 1 public
    expect(f.events.filter((e) => e.kind === 'indictment').map((e) => e.id)).toEqual(['n1.indictment']);
    expect(from(f, 'n2', 'unsealing')).toMatchObject([{ instrument: 'n1.indictment' }]);
  });

  it('reads a finding of incompetence and of restoration, and the section the order cites', () => {
    const f = load('incompetence and restoration');
    expect(
      f.events
        .filter((e) => e.kind === 'competencyProceeding')
        .map((e) =>
          e.kind === 'competencyProceeding' ? [e.date, e.phase, e.result ?? '', e.statute ?? ''] : [],
        ),
    ).toEqual([
      ['2026-01-20', 'motion', '', ''],
      ['2026-02-10', 'order', '', '18 U.S.C. § 4241'],
      ['2026-04-01', 'determination', 'incompetent', '18 U.S.C. § 4241'],
      ['2026-08-20', 'determination', 'restored', ''],
    ]);
  });

  it('starts a jury trial when voir dire begins, once for both defendants, and not again on day 2', () => {
    const f = load('jury trial of two defendants');
    expect(f.events.filter((e) => e.kind === 'trialStart')).toMatchObject([
      { date: '2026-04-06', defendants: [1, 2], trialType: 'jury', milestone: 'voirDireBegins' },
    ]);
  });

  it('decides the detention motion by the detention order, and the motion to waive presence by the arraignment', () => {
    const f = load('complaint, detention, waiver of presence, time excluded until the next hearing');
    expect(from(f, 'n4', 'motionDecided')).toMatchObject([
      {
        date: '2026-01-06',
        motion: 'n3.motionFiled',
        disposition: 'granted',
        note: expect.stringMatching(/detention/),
      },
    ]);
    expect(from(f, 'n7', 'motionDecided')).toMatchObject([
      { date: '2026-01-28', motion: 'n5.motionFiled', disposition: 'granted' },
    ]);
    // "All time is excluded … until the next hearing", the status conference the same minutes set for 3/4/2026
    expect(from(f, 'n7', 'timeExclusion')).toMatchObject([
      { from: '2026-01-28', to: '2026-03-04', closedBy: 'n7.hearingSet' },
    ]);
  });

  it('reads the order accepting a written waiver of appearance at arraignment as the arraignment and the not-guilty plea, on the day it is signed (Fed. R. Crim. P. 10(b)); the waiver alone is neither', () => {
    const f = load('arraignment on a written waiver of appearance, accepted by order');
    expect(from(f, 'n3', 'arraignment')).toEqual([]);
    expect(from(f, 'n3', 'plea')).toEqual([]);
    expect(from(f, 'n4', 'arraignment')).toMatchObject([{ date: '2026-02-18', defendants: [1] }]);
    expect(from(f, 'n4', 'plea')).toMatchObject([{ date: '2026-02-18', plea: 'notGuilty', defendants: [1] }]);
    expect(from(f, 'n6', 'arraignment')).toMatchObject([{ date: '2026-02-23', defendants: [2] }]);
    expect(from(f, 'n6', 'plea')).toMatchObject([{ date: '2026-02-23', plea: 'notGuilty', defendants: [2] }]);
    // Summoned defendants who never came to court: the accepted waiver is their appearance, so the trial clock of
    // Sloane V. Pike (2) starts the day her waiver is accepted, Mon 2026-02-23 (§ 3161(c)(1), the later date).
    const pike = computeSpeedyTrial(f, '2026-03-10').defendants[1]!.clocks.find((c) => c.kind === 'trial')!;
    expect(pike.trigger.date).toBe('2026-02-23');
  });

  it('names sealed co-defendants ("Sld Dft 1:26cr900-2") from an entry listing every defendant in number order, so the joint appearance is theirs too, and says so', () => {
    const f = load('sealed co-defendants named by the order of a list of all defendants');
    expect(f.defendants.map((d) => [d.number, d.name])).toEqual([
      [1, 'Avery Q. Stone'],
      [2, 'Blair T. Cole'],
      [3, 'Casey M. Orr, Jr.'],
    ]);
    expect(from(f, 'u2026-01-07-2', 'initialAppearance')).toMatchObject([{ defendants: [1, 2] }]);
    expect(f.meta.warnings).toContain(
      '"Sld Dft 1:26cr900-2" is named "Blair T. Cole" (defendant 2) from the order of the defendants in entry 4, which lists all 3',
    );
  });

  it('matches a defendant numbered (1) on the magistrate docket by name to defendant 2, and says so', () => {
    const f = load('a co-defendant numbered differently on the magistrate docket');
    expect(from(f, 'n2', 'initialAppearance')).toMatchObject([{ defendants: [2] }]);
    expect(f.defendants.map((d) => [d.number, d.name])).toEqual([
      [1, 'Avery Q. Stone'],
      [2, 'Blair T. Cole'],
    ]);
    expect(f.meta.warnings).toContain(
      '"Blair T. Cole (1)" on the magistrate docket is defendant 2 on this docket: matched by name',
    );
  });
  it('links a motion hearing to the motions pending at it, a decision among one entry’s motions to its motion by title, an oral motion to the hearing it was made at, and leaves a scheduling order known by its title unknown', () => {
    const f = load(
      'motions heard at a motion hearing, decided one by one, an oral motion, a scheduling order by its title',
    );
    // "Motion Hearing … held on 3/23/2026" cites no motion: it heard every motion then pending
    expect(from(f, 'n5', 'hearingHeld')).toMatchObject([
      {
        date: '2026-03-23',
        hearing: 'motion',
        motions: ['n3.motionFiled', 'n3.motionFiled.2', 'n3.motionFiled.3', 'n4.motionFiled'],
      },
    ]);
    // "Finding as moot 3 Motion for Release of Brady Materials", "Granting 3 Motion to Produce": entry 3 filed three
    expect(
      from(f, 'n6', 'motionDecided').map((e) =>
        e.kind === 'motionDecided' ? [e.motion, e.disposition] : [],
      ),
    ).toEqual([
      ['n3.motionFiled.2', 'moot'],
      ['n3.motionFiled.3', 'granted'],
    ]);
    // "Defense oral motion to continue." with no ruling: made, and heard, at the status hearing
    expect(from(f, 'n7', 'hearingHeld')).toMatchObject([{ motions: ['n7.motionFiled'] }]);
    expect(from(f, 'n8', 'continuance')).toMatchObject([
      {
        of: 'trial',
        newDate: '2026-07-13',
        unknown: { fields: ['window', 'findings'], settle: 'read the text of order #8' },
      },
    ]);
    expect(f.meta.warnings.join('\n')).toMatch(
      /SCHEDULING AND TRIAL ORDER" is on the docket by its title only/,
    );
  });

  it('reads "EP: MINUTES: <motion>" as a hearing of the motions it cites, and puts under advisement only the motion named before "TAKEN UNDER ADVISEMENT"', () => {
    const f = load(
      'minutes of motion hearings cited by entry number ("EP: MINUTES"), one motion taken under advisement',
    );
    expect(from(f, 'n4', 'hearingHeld')).toMatchObject([
      { date: '2026-03-02', hearing: 'motion', motions: ['n3.motionFiled', 'n2.motionFiled'] },
    ]);
    expect(from(f, 'n4', 'underAdvisement')).toMatchObject([{ matters: ['n3.motionFiled'] }]);
    // the suppression hearing, continued on 3/2, concluded and decided on 3/30
    expect(from(f, 'n5', 'hearingHeld')).toMatchObject([{ date: '2026-03-30', motions: ['n2.motionFiled'] }]);
    expect(from(f, 'n5', 'motionDecided')).toMatchObject([
      { motion: 'n2.motionFiled', disposition: 'denied' },
    ]);
  });
});
