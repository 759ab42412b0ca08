/** Markdown formatting of the results. */

export function table(header: readonly string[], rows: readonly (readonly string[])[], rightAligned = true): string {
  const align = header.map((_, i) => (i === 0 || !rightAligned ? '---' : '---:'));
  return [header, align, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

export const ms = (value: number): string => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
export const bytes = (value: number): string => value.toLocaleString('en-US');
export const percent = (value: number): string => (Number.isNaN(value) ? 'n/a' : `${Math.round(value * 100)}%`);
export const ratio = (ours: number, theirs: number): string => (theirs > 0 ? `${(ours / theirs).toFixed(2)}×` : 'n/a');
