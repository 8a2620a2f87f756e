/**
 * Writes the generated files that are checked in: the case file JSON Schema and the demo case file.
 * Tests fail when the checked-in copies drift from what this script writes.
 */
import { writeFileSync } from 'node:fs';
import { caseFileJsonSchemaText } from '../src/case/json-schema.ts';
import { haleCaseFileText } from '../src/demo/index.ts';

const root = new URL('../', import.meta.url);
writeFileSync(new URL('schema/case-file.schema.json', root), caseFileJsonSchemaText());
writeFileSync(new URL('examples/hale.case.json', root), haleCaseFileText());
console.log('wrote schema/case-file.schema.json and examples/hale.case.json');
