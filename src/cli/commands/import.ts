import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { importDocket, type SourceFormat } from '../../dockets/index.ts';
import { CliError, type Out } from '../io.ts';
import { summarize } from './validate.ts';

const FORMATS: readonly SourceFormat[] = ['pacer', 'pacer-history', 'courtlistener', 'recap'];

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

/**
 * `pretrial import <file> [--from …] [-o case.json]`: read a docket (PACER Docket Report or Docket History
 * HTML, CourtListener v4 JSON, RECAP archive JSON) into a case file; print a summary; write `-o` only on
 * success.
 */
export function importCommand(path: string, opts: ImportCommandOptions, out: Out): number {
  if (opts.from && !FORMATS.includes(opts.from as SourceFormat))
    throw new CliError(`--from must be one of ${FORMATS.join(', ')} (got "${opts.from}")`);
  let bytes: Buffer;
  try {
    if (statSync(path).isDirectory()) throw new CliError(`cannot read ${path}: it is a directory`);
    bytes = readFileSync(path);
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOENT'
        ? `cannot read ${path}: no such file`
        : `cannot read ${path}: ${(e as Error).message}`,
    );
  }
  const onProgress = progressBar(bytes.length);
  const result = importDocket(bytes, {
    ...(opts.from ? { from: opts.from as SourceFormat } : {}),
    ...(opts.court ? { court: opts.court } : {}),
    importedFrom: path.split(/[\\/]/).pop() ?? path,
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
        { ok: true, format: result.format, summary: summarize(file), written: opts.output ?? null },
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
