/** Builds small, valid case files for tests: events need only their own fields. */
import { type CaseFile, validateCaseFile } from '../../src/case/index.ts';

export type EventSeed = { kind: string; date: string; defendants?: number[]; id?: string } & Record<
  string,
  unknown
>;

export function caseWith(
  events: EventSeed[],
  opts: { court?: string; district?: string; defendants?: number } = {},
): CaseFile {
  const n = opts.defendants ?? 1;
  const file = {
    format: 'pretrial.case-file',
    version: 1,
    case: {
      court: opts.court ?? 'nyed',
      district: opts.district ?? 'E.D.N.Y.',
      docketNumber: '1:27-cr-00001',
      caption: 'United States v. Test',
      judge: { assigned: null },
      dateFiled: '2027-01-04',
      fictional: true,
    },
    defendants: Array.from({ length: n }, (_, i) => ({
      number: i + 1,
      name: `Defendant ${i + 1}`,
      custody: 'unknown',
    })),
    events: events.map((e, i) => ({
      id: `e${i + 1}`,
      defendants: [1],
      provenance: { source: 'manual', by: 'test' },
      ...e,
    })),
  };
  const result = validateCaseFile(file);
  if (!result.ok) throw new Error(`test case file is invalid: ${JSON.stringify(result.issues)}`);
  return result.caseFile;
}
