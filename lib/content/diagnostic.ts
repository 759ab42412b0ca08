import { plural } from '../plural';

/**
 * Which check found a problem, so tools (the linter) can tell problems apart without parsing messages. Every one of
 * them stops the site from loading the file.
 */
export const DIAGNOSTIC_CODES = [
  'front-matter',
  'yaml-syntax',
  'mdx-syntax',
  'file-name',
  'stray-file',
  'schema',
  'check-question',
  'unknown-category',
  'duplicate-id',
  'missing-cause-reference',
  'primary-source',
  'mdx-safety',
] as const;

export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

export function isDiagnosticCode(value: unknown): value is DiagnosticCode {
  return DIAGNOSTIC_CODES.some((code) => code === value);
}

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
  code?: DiagnosticCode;
  /** The field path as keys, when the problem is in the front matter (or the taxonomy). */
  path?: readonly PropertyKey[];
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
      `${plural(count, 'content problem')}:\n` + diagnostics.map((d) => `  ${formatDiagnostic(d)}`).join('\n'),
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
