import type { LintRun } from '../run-lint';
import { summarize } from './summary';

/** For scripts: a summary and every diagnostic with its rule, position, severity and safe fix (file offsets). */
export function formatJson(run: LintRun): string {
  const diagnostics = run.diagnostics.map(({ file, line, column, severity, ruleId, field, message, fix }) => ({
    file,
    line,
    column,
    severity,
    ruleId,
    ...(field === undefined ? {} : { field }),
    message,
    ...(fix === undefined ? {} : { fix }),
  }));
  return JSON.stringify({ version: 1, summary: summarize(run), fixed: run.fixed, diagnostics }, null, 2);
}
