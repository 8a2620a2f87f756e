import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { importDockets, type SourceFormat } from '../../dockets/index.ts';
import { CliError, type Out } from '../io.ts';
import { summarize } from './validate.ts';

const FORMATS: readonly SourceFormat[] = ['pacer', 'pacer-history', 'courtlistener', 'recap', 'recap-xml'];

export interface ImportCommandOptions {
  from?: string;
  output?: string;
  court?: string;
  json?: boolean;
}

/** A progress bar on stderr, only when stderr is a terminal and the file is large. */
function progressBar(bytes: number): ((done: number, total: number) => void) | undefined {
  if (!process.stderr.isTTY || bytes < 1_000_000) return undefined;
  return (done, total) => {
    const width = 30;
    const filled = Math.round((width * done) / Math.max(1, total));
    process.stderr.write(
      `\rclassifying [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} entries`,
    );
    if (done === total) process.stderr.write('\n');
  };
}

/** Read one file, with a one-line error naming it. */
function readInput(path: string): Buffer {
  try {
    if (statSync(path).isDirectory()) throw new CliError(`cannot read ${path}: it is a directory`);
    return readFileSync(path);
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOENT'
        ? `cannot read ${path}: no such file`
        : `cannot read ${path}: ${(e as Error).message}`,
    );
  }
}

/**
 * `pretrial import <file…> [--from …] [-o case.json]`: read a docket (PACER Docket Report or Docket History
 * HTML, CourtListener v4 JSON — one file or its responses saved apart —, RECAP archive JSON or XML) into a
 * case file; print a summary (with its coverage, as `validate` lists it); write `-o` only on success.
 */
export function importCommand(paths: string | string[], opts: ImportCommandOptions, out: Out): number {
  const files = Array.isArray(paths) ? paths : [paths];
  if (opts.from && !FORMATS.includes(opts.from as SourceFormat))
    throw new CliError(`--from must be one of ${FORMATS.join(', ')} (got "${opts.from}")`);
  const inputs = files.map((p) => ({ bytes: readInput(p), name: p.split(/[\\/]/).pop() ?? p }));
  const path = files.join(' + ');
  const onProgress = progressBar(inputs.reduce((n, i) => n + i.bytes.length, 0));
  const result = importDockets(inputs, {
    ...(opts.from ? { from: opts.from as SourceFormat } : {}),
    ...(opts.court ? { court: opts.court } : {}),
    importedFrom: inputs.map((i) => i.name).join(' + '),
    ...(onProgress ? { onProgress } : {}),
  });
  if (!result.ok) {
    if (opts.json) out.log(JSON.stringify(result, null, 2));
    else {
      out.error(`pretrial: ${path} was not imported: ${result.reason}`);
      if (result.evidence) out.error(`  evidence: ${result.evidence}`);
    }
    return 1;
  }
  const file = result.caseFile;
  if (opts.output) writeFileSync(opts.output, `${JSON.stringify(file, null, 2)}\n`);
  if (opts.json) {
    out.log(
      JSON.stringify(
        {
          ok: true,
          format: result.format,
          summary: summarize(file),
          coverage: file.coverage,
          written: opts.output ?? null,
        },
        null,
        2,
      ),
    );
    return 0;
  }
  out.log(`Imported ${path} (${result.format})`);
  for (const line of summarize(file)) out.log(line);
  const excluded = file.events.filter((e) => e.kind === 'timeExclusion');
  if (excluded.length > 0) {
    out.log(`Speedy Trial exclusions: ${excluded.length}`);
    for (const e of excluded) {
      if (e.kind !== 'timeExclusion') continue;
      const entry = e.provenance.source === 'docket' ? e.provenance.entry : 'manual';
      out.log(
        `  ${e.from} → ${e.to ?? `open (${e.until?.description ?? 'no end'})`}  ${e.basis}  defendants ${e.defendants.join(', ')}  [entry ${entry}]`,
      );
    }
  }
  if (opts.output) out.log(`Wrote ${opts.output}`);
  return 0;
}
