/** A Markdown table: a header row, the alignment row, then the rows. */
export function markdownTable(
  header: readonly string[],
  align: readonly ('l' | 'r')[],
  rows: readonly (readonly string[])[],
): string[] {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(align.map((a) => (a === 'r' ? '--:' : ':--'))), ...rows.map(line), ''];
}

/** `met` or `**missed**`. */
export function verdict(met: boolean): string {
  return met ? 'met' : '**missed**';
}
