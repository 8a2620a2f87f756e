/**
 * CourtListener v4 and RECAP archive JSON (docs/dockets.md §§ 6–7), on invented values of the documented
 * shapes (fictional names, as in the spec's examples), and classifier rules on the spec's invented examples.
 */
import { describe, expect, it } from 'vitest';
import { importDocket } from '../../src/dockets/index.ts';

const docket = {
  court_id: 'nyed',
  docket_number: '1:26-cr-00201',
  case_name: 'United States v. Quill',
  assigned_to_str: 'Ana B. Corte',
  date_filed: '2026-03-02',
  federal_dn_judge_initials_assigned: 'ABC',
  federal_defendant_number: 1,
};
const party = {
  name: 'Dana R. Quill',
  extra_info: '',
  party_types: [
    {
      name: 'Defendant',
      date_terminated: null,
      highest_offense_level_opening: 'Felony',
      highest_offense_level_terminated: '',
      criminal_counts: [{ name: '18:1591(a) Sex Trafficking(1)', disposition: '', status: 1 }],
      criminal_complaints: [],
    },
  ],
  attorneys: [{ attorney_id: 700001, role: 2, date_action: null }],
};
const entries = [
  {
    entry_number: 1,
    date_filed: '2026-03-02',
    recap_sequence_number: '2026-03-02.001',
    description: 'INDICTMENT as to Dana R. Quill (1) count(s) 1. (xyz)',
    recap_documents: [{ document_number: '1', description: 'Indictment', pacer_doc_id: '12314651356' }],
  },
  {
    entry_number: 2,
    date_filed: '2026-03-02',
    recap_sequence_number: '2026-03-02.002',
    description:
      'ORDER ON ARRAIGNMENT to include Ends of Justice as to Dana R. Quill (Time excluded from 3/2/2026 until 6/15/2026} Pretrial Conference set for 5/4/2026 10:00 AM before Magistrate Judge Ana B. Corte; Jury Selection & Trial set for 6/15/2026 09:00 AM. Signed by Magistrate Judge Ana B. Corte on 3/2/2026. (xyz)',
    recap_documents: [],
  },
];

describe('CourtListener v4 bundle', () => {
  it('reads the docket, entries, parties and named attorneys into a valid case file', () => {
    const r = importDocket(
      JSON.stringify({
        docket,
        docket_entries: { results: entries },
        parties: [party],
        attorneys: [{ id: 700001, name: 'Lee Counsel', contact_raw: '1 Main St' }],
      }),
    );
    expect(r.ok, r.ok ? '' : r.reason).toBe(true);
    if (!r.ok) return;
    const f = r.caseFile;
    expect(f.case).toMatchObject({
      court: 'nyed',
      docketNumber: '1:26-cr-00201',
      docketNumberFull: '1:26-cr-00201-ABC-1',
      judge: { assigned: 'Ana B. Corte' },
    });
    expect(f.defendants[0]).toMatchObject({
      name: 'Dana R. Quill',
      counsel: [{ name: 'Lee Counsel', roles: ['LEAD ATTORNEY'] }],
    });
    expect(f.counts[0]).toMatchObject({ number: '1', status: 'pending', statute: { section: '1591' } });
    expect(f.docketEntries[0]).toMatchObject({
      eventName: 'Indictment',
      source: { format: 'courtlistener', pacerDocId: '12304651356' },
    });
    // The spec's invented example: an ends-of-justice exclusion closed by a brace instead of a parenthesis.
    const ex = f.events.find((e) => e.kind === 'timeExclusion');
    expect(ex).toMatchObject({
      from: '2026-03-02',
      to: '2026-06-15',
      basis: 'endsOfJustice',
      date: '2026-03-02',
    });
  });
  it('warns when the file holds the docket object alone', () => {
    const r = importDocket(JSON.stringify(docket));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.caseFile.meta.warnings.join(' ')).toMatch(/docket only/);
  });
});

describe('RECAP archive docket JSON', () => {
  it('reads one document with entries, parties and attorneys with roles', () => {
    const recap = {
      ...docket,
      docket_entries: entries,
      parties: [
        {
          ...party,
          attorneys: [
            {
              name: 'Lee Counsel',
              contact_raw: '1 Main St',
              roles: [
                { role: 2, role_raw: 'LEAD ATTORNEY', date_action: null },
                { role: 6, role_raw: null, date_action: '2026-04-01' },
              ],
            },
          ],
        },
      ],
    };
    const r = importDocket(JSON.stringify(recap), { from: 'recap' });
    expect(r.ok, r.ok ? '' : r.reason).toBe(true);
    if (!r.ok) return;
    expect(r.caseFile.defendants[0]!.counsel[0]).toMatchObject({
      name: 'Lee Counsel',
      terminatedOn: '2026-04-01',
      roles: ['LEAD ATTORNEY'],
    });
    expect(r.caseFile.docketEntries.map((e) => e.source.format)).toEqual(['recap', 'recap']);
  });
});

describe('classifier rules on the spec’s invented examples', () => {
  const one = (text: string, date = '2026-03-05') => {
    const r = importDocket(
      JSON.stringify({
        docket,
        docket_entries: [{ entry_number: 9, date_filed: date, description: text }],
        parties: [party],
      }),
    );
    if (!r.ok) throw new Error(r.reason);
    return r.caseFile;
  };
  it('an entry marked ENTRY ERROR gives a docketError and no exclusion', () => {
    const f = one(
      'ENTRY ERROR - ORDER TO BE RE-ENTERED ON THE DOCKET. ORDER TO CONTINUE - Ends of Justice as to Dana R. Quill. Time excluded from 3/2/26 until 4/20/26. Signed by Magistrate Judge Ana B. Corte on 3/1/26. (xyz) Modified on 3/3/2026 (abc) (Entered: 03/03/2026)',
      '2026-03-03',
    );
    expect(f.events.map((e) => e.kind)).toEqual(['docketError']);
    expect(f.meta.warnings.join(' ')).toMatch(/marked in error/);
  });
  it('"All time is excluded" with no dates: an open, low-confidence exclusion and a warning', () => {
    const f = one(
      'Minute Entry for proceedings held before Magistrate Judge Ana B. Corte: Status Conference as to Dana R. Quill held on 3/2/2026. All time is excluded pursuant to the Speedy Trial Act. (xyz) (Entered: 03/02/2026)',
      '2026-03-02',
    );
    const ex = f.events.find((e) => e.kind === 'timeExclusion');
    expect(ex).toMatchObject({ from: '2026-03-02', to: null });
    expect(ex?.provenance.source === 'docket' && ex.provenance.classifier?.confidence).toBe(0.4);
    expect(f.meta.warnings.join(' ')).toMatch(/no dates/);
  });
  it('a coded window "TIME EXCLUDED: 03/02/26-04/27/26 per T-4" is an ends-of-justice exclusion, code T4', () => {
    const f = one(
      'ORDER continuing trial as to Dana R. Quill. TIME EXCLUDED: 03/02/26-04/27/26 per T-4. (xyz)',
    );
    expect(f.events.find((e) => e.kind === 'timeExclusion')).toMatchObject({
      from: '2026-03-02',
      to: '2026-04-27',
      aoCode: 'T4',
      basis: 'endsOfJustice',
    });
  });
  it('a stipulation to exclude time is a request, not an exclusion', () => {
    const f = one(
      'STIPULATION by USA to exclude speedy trial time from 3/5/2026 until 4/5/2026 (Coffman, Jeffrey)',
    );
    expect(f.events.map((e) => e.kind)).toEqual(['stipulationFiled']);
  });
  it('an impossible year (5/22/20107) is warned about, never guessed', () => {
    const f = one(
      'ORDER as to Dana R. Quill. The Sentencing set for 5/22/20107 is RESET for 6/26/2017. (xyz)',
    );
    expect(f.meta.warnings.join(' ')).toMatch(/impossible year "20107"/);
  });
});
