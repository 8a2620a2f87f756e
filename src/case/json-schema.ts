/** The case file's JSON Schema, generated from the zod schemas (the file in `schema/` is this, written out). */
import { z } from 'zod';
import { CaseFileShape } from './record.ts';

export function caseFileJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(CaseFileShape, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  });
  return {
    $schema: schema.$schema,
    $id: 'https://pretrial.dev/schema/case-file.schema.json',
    title: 'pretrial case file',
    description:
      'The canonical record of a federal criminal case: the case, defendants, counts, verbatim docket entries and typed legal events with provenance. Cross-references (event ids, defendant numbers, docket entry ids) are checked by `pretrial validate`, beyond what JSON Schema can say.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}

/** Stable text form: two-space indent, trailing newline. */
export const caseFileJsonSchemaText = (): string => `${JSON.stringify(caseFileJsonSchema(), null, 2)}\n`;
