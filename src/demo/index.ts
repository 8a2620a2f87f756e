import { buildHaleCaseFile } from './hale.ts';

export { buildHaleCaseFile };

/** The demo case file as written to `examples/hale.case.json`. */
export const haleCaseFileText = (): string => `${JSON.stringify(buildHaleCaseFile(), null, 2)}\n`;
