/**
 * Text that fits a terminal: words wrapped to a width, and tables whose wide columns wrap inside their cells
 * so that a row never runs past the width (120 columns unless asked otherwise).
 */

export const TERMINAL_WIDTH = 120;

/** Wrap on spaces to `width` characters; a word longer than the width is cut. */
export function wrapText(text: string, width: number): string[] {
  const w = Math.max(8, width);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let rest = word;
    while (rest.length > w) {
      if (line) {
        lines.push(line);
        line = '';
      }
      lines.push(rest.slice(0, w));
      rest = rest.slice(w);
    }
    if (!line) line = rest;
    else if (line.length + 1 + rest.length <= w) line = `${line} ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/** A paragraph with a first-line prefix and a hanging indent, wrapped to `width`. */
export function hanging(
  prefix: string,
  text: string,
  width = TERMINAL_WIDTH,
  indent = prefix.length,
): string[] {
  const first = wrapText(text, width - prefix.length);
  const head = first[0] ?? '';
  const tail = first.slice(1).join(' ');
  return [
    `${prefix}${head}`,
    ...(tail ? wrapText(tail, width - indent).map((l) => `${' '.repeat(indent)}${l}`) : []),
  ];
}

/**
 * A table that fits `width` characters (less `indent`): the widest columns, from the right, give up width
 * and their cells wrap; a column never shrinks below its header or `minWidth`.
 */
export function fittedTable(
  header: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  opts: { width?: number; indent?: number; minWidth?: number } = {},
): string[] {
  const width = (opts.width ?? TERMINAL_WIDTH) - (opts.indent ?? 0);
  const minWidth = opts.minWidth ?? 10;
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const floor = header.map((h) => Math.max(h.length, minWidth));
  const total = () => widths.reduce((s, w) => s + w, 0) + 2 * (widths.length - 1);
  while (total() > width) {
    let widest = -1;
    widths.forEach((w, i) => {
      if (w > (floor[i] ?? 0) && (widest < 0 || w >= (widths[widest] ?? 0))) widest = i;
    });
    if (widest < 0) break;
    widths[widest] = (widths[widest] ?? 0) - 1;
  }
  const render = (cells: readonly string[]): string[] => {
    const wrapped = widths.map((w, i) => wrapText(cells[i] ?? '', w));
    const height = Math.max(...wrapped.map((c) => c.length));
    const out: string[] = [];
    for (let k = 0; k < height; k++)
      out.push(
        wrapped
          .map((c, i) => (i === widths.length - 1 ? (c[k] ?? '') : (c[k] ?? '').padEnd(widths[i] ?? 0)))
          .join('  ')
          .trimEnd(),
      );
    return out;
  };
  const rule = widths.map((w) => '-'.repeat(w));
  return [...render(header), rule.join('  '), ...rows.flatMap(render)];
}
