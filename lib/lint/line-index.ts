/** Maps between file offsets and 1-based line/column positions (columns in UTF-16 code units, as editors count). */
export interface LineIndex {
  position(offset: number): { line: number; column: number };
  /** Offset where a 1-based line starts (the file's length past the last line). */
  lineStart(line: number): number;
  lineCount: number;
}

export function lineIndex(source: string): LineIndex {
  const starts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return {
    lineCount: starts.length,
    lineStart: (line) => starts[line - 1] ?? source.length,
    position(offset) {
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if ((starts[mid] ?? 0) <= offset) low = mid;
        else high = mid - 1;
      }
      return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
    },
  };
}
