/**
 * A large PACER Docket Report made from a real one: its docket rows repeated, the dates moved forward a
 * year at each repetition so the docket stays in order. Used by the benchmark and the size tests.
 */
export function syntheticDocket(html: string, targetBytes: number): string {
  const headerEnd = html.indexOf('</tr>', html.indexOf('Docket Text')) + '</tr>'.length;
  const tableEnd = html.indexOf('</table>', headerEnd);
  const rows = html.slice(headerEnd, tableEnd);
  const parts = [html.slice(0, headerEnd)];
  let size = html.length;
  for (let round = 0; size < targetBytes; round++) {
    const shifted = rows.replace(
      /(\d{2}\/\d{2}\/)(\d{4})/g,
      (_, md: string, y: string) => `${md}${Number(y) + round}`,
    );
    parts.push(shifted);
    size += shifted.length;
  }
  parts.push(html.slice(tableEnd));
  return parts.join('');
}
