import type { LintRun } from '../run-lint';

export interface LintSummary {
  files: number;
  errors: number;
  warnings: number;
  /** Problems `--fix` could fix. */
  fixable: number;
  /** Problems `--fix` fixed in this run. */
  fixed: number;
}

export function summarize(run: LintRun): LintSummary {
  return {
    files: run.fileCount,
    errors: run.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length,
    warnings: run.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').length,
    fixable: run.diagnostics.filter((diagnostic) => diagnostic.fix).length,
    fixed: run.fixed.reduce((sum, file) => sum + file.count, 0),
  };
}
