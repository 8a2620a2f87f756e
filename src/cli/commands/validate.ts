import { type CaseFile, parseCaseFile } from '../../case/index.ts';
import { checkReleaseOrders } from '../../law/release/index.ts';
import { type Out, readText } from '../io.ts';

const CUSTODY: Record<string, string> = {
  inCustody: 'in custody',
  released: 'released',
  fugitive: 'fugitive',
  notArrested: 'not arrested',
  summoned: 'summoned',
  unknown: 'custody unknown',
};

export function summarize(file: CaseFile): string[] {
  const c = file.case;
  const kinds = new Map<string, number>();
  for (const e of file.events) kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
  const lines = [
    `${c.caption} — ${c.district} ${c.docketNumber}${c.fictional ? ' (fictional)' : ''}`,
    `${file.defendants.length} defendant${file.defendants.length === 1 ? '' : 's'}, ${file.counts.length} counts, ${file.docketEntries.length} docket entries, ${file.events.length} events`,
    'Defendants:',
    ...file.defendants.map((d) => {
      const counts = file.counts
        .filter((k) => k.defendant === d.number && k.status === 'pending')
        .map((k) => k.number);
      return `  (${d.number}) ${d.name} — ${CUSTODY[d.custody]}; pending counts: ${counts.join(', ') || 'none'}`;
    }),
    `Events: ${
      [...kinds.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${k} ${n}`)
        .join(', ') || 'none'
    }`,
  ];
  lines.push(...coverageLines(file));
  if (file.meta.warnings.length > 0) lines.push('Warnings:', ...file.meta.warnings.map((w) => `  - ${w}`));
  return lines;
}

/** What each source of the record covers: the Speedy Trial clock counts unknown days outside it. */
export function coverageLines(file: CaseFile): string[] {
  if (file.coverage.length === 0)
    return [
      'Coverage: not stated — the clocks count every day no event excludes, as if the record were complete; state `coverage` to show gaps as unknown days.',
    ];
  return [
    'Coverage:',
    ...file.coverage.map((s) => {
      const periods =
        s.periods.length === 0
          ? `from the start${s.reportDate ? ` through ${s.reportDate}` : ''}`
          : s.periods.map((p) => `${p.from} to ${p.to}`).join(', ');
      const numbers = s.entryNumbers
        ? `; entries ${s.entryNumbers.from ?? '?'}–${s.entryNumbers.to ?? '?'}${s.entryNumbers.missing.length > 0 ? ` (missing: ${s.entryNumbers.missing.join(', ')})` : ''}`
        : '';
      return `  ${s.id}  ${s.description} — ${s.complete ? 'complete' : 'partial'}, ${periods}${numbers}; entry texts ${s.entryTexts}${s.reportDate ? `; report date ${s.reportDate}` : ''}; stated by the ${s.setBy}`;
    }),
  ];
}

/** `pretrial validate <case-file>`: OK and a summary, or every problem with its JSON path (exit 1). */
export function validateCommand(path: string, opts: { json?: boolean }, out: Out): number {
  const result = parseCaseFile(readText(path));
  if (opts.json) {
    if (!result.ok) {
      out.log(JSON.stringify(result, null, 2));
      return 1;
    }
    const release = checkReleaseOrders(result.caseFile).filter((i) => i.severity !== 'info');
    const bad = release.some((i) => i.severity === 'error');
    out.log(
      JSON.stringify({ ok: !bad, summary: summarize(result.caseFile), releaseIssues: release }, null, 2),
    );
    return bad ? 1 : 0;
  }
  if (result.ok) {
    // Release orders: invalid combinations are errors (exit 1); warnings are listed (docs/release.md, "Checks").
    const release = checkReleaseOrders(result.caseFile).filter((i) => i.severity !== 'info');
    const errors = release.filter((i) => i.severity === 'error');
    out.log(
      errors.length > 0
        ? `INVALID ${path}: ${errors.length} release-order error${errors.length === 1 ? '' : 's'}`
        : 'OK',
    );
    for (const line of summarize(result.caseFile)) out.log(line);
    if (release.length > 0) {
      out.log('Release orders:');
      for (const i of release) out.log(`  ${i.severity} ${i.path}  ${i.message} (${i.citation})`);
    }
    return errors.length > 0 ? 1 : 0;
  }
  out.log(`INVALID ${path}: ${result.issues.length} problem${result.issues.length === 1 ? '' : 's'}`);
  const width = Math.min(48, Math.max(...result.issues.map((i) => i.path.length)));
  for (const issue of result.issues) out.log(`  ${issue.path.padEnd(width)}  ${issue.message}`);
  return 1;
}
