import type { LintRun } from '../run-lint';
import type { LintDiagnostic } from '../types';
import { plural } from '../../plural';
import { summarize } from './summary';

export interface PrettyOptions {
  /** ANSI colours: only for a terminal. */
  color: boolean;
}

/**
 * For people: problems grouped by file, each starting with file:line:col (editors and terminals link it), then the
 * severity, the message with what to do, and the rule id; a summary last.
 */
export function formatPretty(run: LintRun, { color }: PrettyOptions): string {
  const paint = (code: string, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  for (const fixed of run.fixed) lines.push(paint('32', `fixed ${plural(fixed.count, 'problem')} in ${fixed.file}`));
  if (run.fixed.length > 0) lines.push('');

  const groups = groupByFile(run.diagnostics);
  for (const group of groups) {
    const width = Math.max(...group.map((d) => location(d).length));
    for (const diagnostic of group) {
      const severity = diagnostic.severity === 'error' ? paint('31', 'error  ') : paint('33', 'warning');
      const message = diagnostic.field ? `${diagnostic.field}: ${diagnostic.message}` : diagnostic.message;
      const rule = paint('2', diagnostic.fix ? `${diagnostic.ruleId} (fixable)` : diagnostic.ruleId);
      lines.push(`${paint('4', location(diagnostic))}${' '.repeat(width - location(diagnostic).length)}  ${severity}  ${message}  ${rule}`);
    }
    lines.push('');
  }

  const summary = summarize(run);
  const problems = summary.errors + summary.warnings;
  if (problems === 0) {
    lines.push(paint('32', `✔ ${plural(summary.files, 'file')} checked, no problems`));
  } else {
    const mark = summary.errors > 0 ? paint('31', '✖') : paint('33', '⚠');
    lines.push(
      `${mark} ${plural(problems, 'problem')} (${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}) in ${groups.length} of ${plural(summary.files, 'file')}`,
    );
    if (summary.fixable > 0) lines.push(`  ${summary.fixable} fixable with --fix`);
  }
  return lines.join('\n');
}

function location(diagnostic: LintDiagnostic): string {
  return `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`;
}

function groupByFile(diagnostics: readonly LintDiagnostic[]): LintDiagnostic[][] {
  const groups = new Map<string, LintDiagnostic[]>();
  for (const diagnostic of diagnostics) {
    const group = groups.get(diagnostic.file);
    if (group) group.push(diagnostic);
    else groups.set(diagnostic.file, [diagnostic]);
  }
  return [...groups.values()];
}
