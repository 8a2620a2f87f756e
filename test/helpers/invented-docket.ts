import type { CaseFile } from '../../src/case/index.ts';
import { importDocket } from '../../src/dockets/index.ts';

/**
 * A one-defendant docket of invented entries (`[number, date filed, text]`) in the CourtListener form, imported:
 * United States v. Quill, E.D.N.Y. 1:26-cr-00900, defendant (1) Dana R. Quill (fictional).
 */
export function inventedDocket(entries: Array<[number, string, string]>): CaseFile {
  const r = importDocket(
    JSON.stringify({
      docket: {
        court_id: 'nyed',
        docket_number: '1:26-cr-00900',
        case_name: 'United States v. Quill',
        date_filed: '2026-01-05',
      },
      parties: [
        {
          name: 'Dana R. Quill',
          extra_info: '',
          party_types: [{ name: 'Defendant (1)', criminal_counts: [], criminal_complaints: [] }],
          attorneys: [],
        },
      ],
      docket_entries: entries.map(([n, d, t]) => ({ entry_number: n, date_filed: d, description: t })),
    }),
  );
  if (!r.ok) throw new Error(r.reason);
  return r.caseFile;
}
