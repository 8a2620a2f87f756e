/**
 * Fidelity of the PACER importers on the real dockets in the development data (../shared/data/pacer): every field of
 * juriscraper's expected parse (the .json beside each page), mapped to the case file as docs/dockets.md
 * § 8 says, must agree. The test counts agreeing fields and prints the figure per fixture.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { CaseFile } from '../../src/case/index.ts';
import { importDocket } from '../../src/dockets/index.ts';
import { havePacerData, NO_PACER_DATA, PACER_DATA } from '../helpers/shared-data.ts';

if (!havePacerData) {
  describe.skip(NO_PACER_DATA, () => {
    it('needs the development dockets', () => {});
  });
} else {
  const root = new URL(`file://${PACER_DATA}`);
  const fixtures = ['dockets/district/', 'docket_history_reports/', 'dockets/not_dockets/'].flatMap((dir) =>
    readdirSync(new URL(dir, root))
      .filter((f) => f.endsWith('.html'))
      .map((f) => `${dir}${f.replace(/\.html$/, '')}`),
  );

  type Json = Record<string, any>;
  const totals = { agree: 0, fields: 0 };
  const report: string[] = [];

  /** Compare one expected value with ours; record the outcome; return the disagreements. */
  function comparer() {
    const misses: string[] = [];
    let agree = 0;
    let fields = 0;
    const eq = (path: string, ours: unknown, expected: unknown) => {
      fields++;
      if (JSON.stringify(ours) === JSON.stringify(expected)) agree++;
      else misses.push(`${path}: ours ${JSON.stringify(ours)} ≠ expected ${JSON.stringify(expected)}`);
    };
    return { eq, misses, counts: () => ({ agree, fields }) };
  }

  /** Our counsel → juriscraper's attorney shape ("TERMINATED: mm/dd/yyyy" is a role there). */
  const attorneys = (counsel: CaseFile['defendants'][number]['counsel']) =>
    counsel.map((c) => {
      const roles = [...c.roles];
      if (c.terminatedOn) {
        const [y, m, d] = c.terminatedOn.split('-');
        roles.unshift(`TERMINATED: ${m}/${d}/${y}`);
      }
      return { contact: c.contact ?? '', name: c.name, roles };
    });

  function compare(file: CaseFile, expected: Json) {
    const c = comparer();
    const k = file.case;
    c.eq('court_id', k.court, expected.court_id);
    c.eq('docket_number', k.docketNumber, expected.docket_number);
    c.eq('case_name', k.caption, expected.case_name);
    c.eq('date_filed', k.dateFiled, expected.date_filed);
    c.eq('date_terminated', k.dateTerminated, expected.date_terminated);
    if ('date_last_filing' in expected)
      c.eq('date_last_filing', k.dateLastFiling ?? null, expected.date_last_filing);
    c.eq('assigned_to_str', k.judge.assigned ?? '', expected.assigned_to_str);
    c.eq('referred_to_str', k.judge.referred ?? '', expected.referred_to_str);
    c.eq('federal_dn_office_code', k.numberParts?.office, expected.federal_dn_office_code);
    c.eq('federal_dn_case_type', k.numberParts?.type, expected.federal_dn_case_type);
    c.eq(
      'federal_dn_judge_initials_assigned',
      k.numberParts?.judgeInitialsAssigned,
      expected.federal_dn_judge_initials_assigned,
    );
    c.eq(
      'federal_dn_judge_initials_referred',
      k.numberParts?.judgeInitialsReferred,
      expected.federal_dn_judge_initials_referred,
    );
    c.eq(
      'federal_defendant_number',
      k.numberParts?.defendantNumber === null || k.numberParts?.defendantNumber === undefined
        ? null
        : String(k.numberParts.defendantNumber),
      expected.federal_defendant_number,
    );

    for (const [i, p] of (expected.parties ?? []).entries()) {
      const at = `parties[${i}]`;
      if (p.type === 'Defendant') {
        const d = file.defendants.find((x) => x.name === p.name);
        c.eq(`${at}.name`, d?.name, p.name);
        if (!d) continue;
        c.eq(`${at}.extra_info`, d.extraInfo ?? '', p.extra_info);
        c.eq(`${at}.date_terminated`, d.terminatedOn ?? null, p.date_terminated);
        c.eq(`${at}.attorneys`, attorneys(d.counsel), p.attorneys);
        const data = p.criminal_data;
        if (data) {
          const counts = file.counts.filter((x) => x.defendant === d.number);
          c.eq(
            `${at}.criminal_data.counts`,
            counts.map((x) => ({ disposition: x.disposition ?? '', name: x.raw, status: x.status })),
            data.counts,
          );
          c.eq(
            `${at}.criminal_data.complaints`,
            (d.complaintCharges ?? []).map((x) => ({ disposition: x.disposition ?? '', name: x.text })),
            data.complaints,
          );
          c.eq(
            `${at}.highest_offense_level_opening`,
            d.offenseLevel?.opening ?? '',
            data.highest_offense_level_opening,
          );
          c.eq(
            `${at}.highest_offense_level_terminated`,
            d.offenseLevel?.terminated ?? '',
            data.highest_offense_level_terminated,
          );
        }
      } else {
        const o = file.parties.find((x) => x.name === p.name && x.role === p.type);
        c.eq(`${at}.name/type`, o ? [o.name, o.role] : null, [p.name, p.type]);
        if (!o) continue;
        c.eq(`${at}.extra_info`, o.extraInfo ?? '', p.extra_info);
        c.eq(`${at}.date_terminated`, o.terminatedOn ?? null, p.date_terminated);
        c.eq(`${at}.attorneys`, attorneys(o.counsel), p.attorneys);
      }
    }

    const entries = expected.docket_entries ?? [];
    c.eq('docket_entries.length', file.docketEntries.length, entries.length);
    entries.forEach((e: Json, i: number) => {
      const ours = file.docketEntries[i];
      const at = `docket_entries[${i}]`;
      c.eq(
        `${at}.document_number`,
        ours?.number === null || ours === undefined ? null : String(ours.number),
        e.document_number,
      );
      c.eq(`${at}.date_filed`, ours?.dateFiled, e.date_filed);
      c.eq(`${at}.date_entered`, ours?.dateEntered ?? null, e.date_entered ?? null);
      c.eq(`${at}.description`, ours?.text, e.description);
      c.eq(`${at}.pacer_doc_id`, ours?.source.pacerDocId ?? null, e.pacer_doc_id);
      c.eq(`${at}.pacer_seq_no`, ours?.source.pacerSeqNo ?? null, e.pacer_seq_no);
      if ('short_description' in e)
        c.eq(`${at}.short_description`, ours?.eventName ?? '', e.short_description);
    });
    return c;
  }

  describe('fidelity of the PACER importers to the expected parse of each real docket', () => {
    for (const name of fixtures) {
      const expected: Json = JSON.parse(readFileSync(new URL(`${name}.json`, root), 'utf8'));
      const result = importDocket(readFileSync(new URL(`${name}.html`, root)));
      if (Object.keys(expected).length === 0) {
        it(`${name}: rejects a page whose expected parse is {} with a reason and evidence`, () => {
          expect(result.ok).toBe(false);
          if (result.ok) return;
          expect(result.reason.length).toBeGreaterThan(20);
          expect(result.evidence.length).toBeGreaterThan(0);
          report.push(`${name.padEnd(40)} rejected: ${result.reason}`);
        });
        continue;
      }
      it(`${name}: agrees field by field (100 %)`, () => {
        expect(result.ok, result.ok ? '' : `${result.reason} — ${result.evidence}`).toBe(true);
        if (!result.ok) return;
        const c = compare(result.caseFile, expected);
        const { agree, fields } = c.counts();
        totals.agree += agree;
        totals.fields += fields;
        report.push(
          `${name.padEnd(40)} ${agree}/${fields} fields (${((100 * agree) / fields).toFixed(1)} %)`,
        );
        expect(c.misses).toEqual([]);
      });
    }
    afterAll(() => {
      report.push(
        `${'all fixtures'.padEnd(40)} ${totals.agree}/${totals.fields} fields (${((100 * totals.agree) / Math.max(1, totals.fields)).toFixed(1)} %)`,
      );
      console.log(`Importer fidelity:\n  ${report.join('\n  ')}`);
    });
  });

  describe('what juriscraper drops and we keep (docs/dockets.md § 2.2, § 3.2)', () => {
    const load = (name: string) => {
      const r = importDocket(readFileSync(new URL(`${name}.html`, root)));
      if (!r.ok) throw new Error(r.reason);
      return r.caseFile;
    };
    it('keeps the magistrate case number of azd (2:17-mj-01117-JFM) and the printed docket number', () => {
      const f = load('dockets/district/azd');
      expect(f.case.relatedCases).toContainEqual({
        docketNumber: '2:17-mj-01117-JFM',
        relation: 'magistrate',
      });
      expect(f.case.docketNumberFull).toBe('2:17-cr-00378-SPL-1');
      expect(f.case.captionAsPrinted).toBe('USA v. Santana-Esmeralda');
    });
    it('keeps counsel designations (azd: "Public Defender or Community Defender Appointment")', () => {
      const f = load('dockets/district/azd');
      expect(f.defendants[0]!.counsel[0]).toMatchObject({
        name: 'Jared Heath Eggers',
        designation: 'federalDefender',
        designationText: 'Public Defender or Community Defender Appointment',
      });
    });
    it('keeps the motion "Terminated:" dates of flmd_331869 (entry 19, motion to continue trial, 2017-02-23)', () => {
      const f = load('docket_history_reports/flmd_331869');
      const e19 = f.docketEntries.find((e) => e.number === 19);
      expect(e19).toMatchObject({ eventName: 'Motion to Continue trial', terminatedOn: '2017-02-23' });
    });
    it('imports casd_2 with zero entries and records the filter of the report (starting with document 19)', () => {
      const f = load('dockets/district/casd_2');
      expect(f.docketEntries).toEqual([]);
      expect(f.meta.filter).toMatchObject({ fromDocument: 19 });
    });
    it('lifts "TERMINATED: 11/26/2007" out of the roles into terminatedOn (casd_2, Federal Defenders)', () => {
      const f = load('dockets/district/casd_2');
      const fd = f.defendants[0]!.counsel.find((c) => c.name === 'Federal Defenders');
      expect(fd).toMatchObject({
        terminatedOn: '2007-11-26',
        roles: ['LEAD ATTORNEY', 'ATTORNEY TO BE NOTICED'],
      });
    });
    it('parses count lines (§ 2.3): caed_2 "18:513A.F (18:513(a) and 2 -UTTERING …(2-4)"', () => {
      const f = load('dockets/district/caed_2');
      const count = f.counts.find((x) => x.number === '2-4');
      expect(count).toMatchObject({
        aoOffenseCode: '513A.F',
        countNumbers: [2, 3, 4],
        statute: { title: 18, section: '513', subsections: ['(a)'] },
        text: 'UTTERING AND POSSESSING COUNTERFEIT SECURITY OF A STATE AND AIDING AND ABETTING',
      });
    });
    it('keeps a count with no statute (mowd "DISTRIBUTE EXPLOSIVE MATERIAL(3s)", superseding level 1)', () => {
      const f = load('dockets/district/mowd');
      expect(f.counts.find((x) => x.number === '3s')).toMatchObject({ statute: null, supersedingLevel: 1 });
    });
    it('links a sealed defendant’s placeholder to the party by alias (ncwd_1: Robert Warren = Sld Dft 1:03cr76-1)', () => {
      const f = load('dockets/district/ncwd_1');
      expect(f.defendants.find((d) => d.number === 1)).toMatchObject({
        name: 'Robert Warren',
        aliases: ['Sld Dft 1:03cr76-1'],
      });
      expect(f.defendants.find((d) => d.number === 2)).toMatchObject({
        name: 'Viki Warren',
        knownFrom: 'docketText',
      });
    });
  });
}
