/** Builds small, valid case files for tests: events need only their own fields. */
import { type CaseFile, validateCaseFile } from '../../src/case/index.ts';

export type EventSeed = { kind: string; date: string; defendants?: number[]; id?: string } & Record<
  string,
  unknown
>;

/** A count: `id`, `defendant`, `number` and `citation` are enough; the rest gets test defaults. */
export type CountSeed = {
  id: string;
  defendant: number;
  number: string;
  citation: string;
  section?: string;
  instrument?: string | null;
};

/** A docket entry: `id`, `dateFiled` and `text`. */
export type EntrySeed = { id: string; number?: number | null; dateFiled: string; text: string };

export function caseWith(
  events: EventSeed[],
  opts: {
    court?: string;
    district?: string;
    defendants?: number;
    counts?: CountSeed[];
    docketEntries?: EntrySeed[];
  } = {},
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
    ...(opts.counts
      ? {
          counts: opts.counts.map((c) => ({
            id: c.id,
            defendant: c.defendant,
            number: c.number,
            statute: { citation: c.citation, ...(c.section ? { section: c.section } : {}) },
            text: c.citation,
            status: 'pending',
            instrument: c.instrument ?? null,
          })),
        }
      : {}),
    ...(opts.docketEntries
      ? {
          docketEntries: opts.docketEntries.map((d) => ({
            id: d.id,
            number: d.number ?? null,
            dateFiled: d.dateFiled,
            text: d.text,
            source: { format: 'manual' },
          })),
        }
      : {}),
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
