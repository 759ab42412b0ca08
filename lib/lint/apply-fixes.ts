import type { LintDiagnostic, TextEdit } from './types';

/**
 * Applies the fixes of `diagnostics` to `source`, each fix whole or not at all: a fix that overlaps one already taken
 * waits for the next pass (the caller lints again and repeats until nothing is left to fix).
 */
export function applyFixes(source: string, diagnostics: readonly LintDiagnostic[]): { output: string; fixed: number } {
  const taken: TextEdit[] = [];
  let fixed = 0;
  for (const diagnostic of diagnostics) {
    const edits = diagnostic.fix;
    if (!edits || edits.length === 0) continue;
    if (edits.some((edit) => taken.some((other) => overlaps(edit, other)))) continue;
    taken.push(...edits);
    fixed++;
  }
  let output = source;
  for (const edit of taken.sort((a, b) => b.start - a.start)) {
    output = output.slice(0, edit.start) + edit.text + output.slice(edit.end);
  }
  return { output, fixed };
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  // Two insertions at one point would be applied in an arbitrary order: treat them as overlapping too.
  return a.start < b.end && b.start < a.end ? true : a.start === b.start;
}
