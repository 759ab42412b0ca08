export type Alignment = 'left' | 'right';

/** A GitHub-flavoured Markdown table; `|` inside a cell is escaped so it cannot open a new column. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[], align: readonly Alignment[] = []): string {
  for (const [index, row] of rows.entries()) {
    if (row.length !== header.length) {
      throw new Error(`row ${index + 1} has ${row.length} cells; the header has ${header.length}`);
    }
  }
  const line = (cells: readonly string[]) => `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;
  const rule = header.map((_, column) => (align[column] === 'right' ? '---:' : '---'));
  return [line(header), `| ${rule.join(' | ')} |`, ...rows.map(line)].join('\n');
}
