/** Small helpers for the command line: reading files with clear errors, and printing. */
import { readFileSync } from 'node:fs';

export class CliError extends Error {
  override name = 'CliError';
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

export function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`cannot read ${path}: no such file`);
    if (code === 'EISDIR') throw new CliError(`cannot read ${path}: it is a directory`);
    throw new CliError(`cannot read ${path}: ${(e as Error).message}`);
  }
}

export interface Out {
  log(line?: string): void;
  error(line: string): void;
}

export const consoleOut: Out = {
  log: (line = '') => process.stdout.write(`${line}\n`),
  error: (line) => process.stderr.write(`${line}\n`),
};

/** Render rows as an aligned text table. */
export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  // The last column is not padded, so its rule stops at a readable width instead of the longest cell.
  const rule = widths.map((w, i) =>
    '-'.repeat(i === widths.length - 1 ? Math.min(w, Math.max(header[i]?.length ?? 0, 40)) : w),
  );
  return [line(header), line(rule), ...rows.map(line)];
}

/** `--defendant N`, checked: undefined when not given. */
export function defendantOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new CliError(`--defendant must be a defendant number, got "${value}"`);
  return Number(value);
}
