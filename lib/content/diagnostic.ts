/** A problem in a content file, located precisely enough for an editor to jump to it. */
export interface Diagnostic {
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** 1-based column in the file. */
  column: number;
  /** Field path in the front matter, e.g. `causes[0].category`; absent for body problems. */
  field?: string;
  message: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = `${d.file}:${d.line}:${d.column}`;
  return d.field ? `${where} ${d.field}: ${d.message}` : `${where} ${d.message}`;
}

/** Thrown when content cannot be loaded; carries every problem found, not just the first. */
export class ContentError extends Error {
  readonly diagnostics: readonly Diagnostic[];

  constructor(diagnostics: readonly Diagnostic[]) {
    const count = diagnostics.length;
    super(
      `${count} content problem${count === 1 ? '' : 's'}:\n` + diagnostics.map((d) => `  ${formatDiagnostic(d)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.diagnostics = diagnostics;
  }
}

/** `['causes', 0, 'category']` → `causes[0].category` */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}
