import { settingFor, type RuleSettings } from './config';
import type { Directive } from './disable-directives';
import type { FileLintResult } from './lint-file';
import { RULES, ruleById } from './registry';
import { isRuleId } from './rule-ids';
import type { Finding, LintDiagnostic } from './types';

/**
 * Turns every file's findings into the diagnostics a user sees: adds the corpus-wide rules' findings, drops what a
 * disable comment silences or the config turns off, reports disable comments that silence nothing, sets each
 * severity (loader problems are always errors) and sorts by file, line and column.
 */
export function finishLint(files: readonly FileLintResult[], settings: RuleSettings): LintDiagnostic[] {
  const findingsByFile = new Map(files.map((file) => [file.file, [...file.findings]]));
  const lessons = files.flatMap((file) => file.lessons);
  for (const rule of RULES) {
    rule.checkCorpus?.(lessons, (lesson, message) => {
      findingsByFile.get(lesson.file)?.push({ ruleId: rule.id, file: lesson.file, line: lesson.line, column: lesson.column, message });
    });
  }

  const diagnostics: LintDiagnostic[] = [];
  for (const file of files) {
    const findings = (findingsByFile.get(file.file) ?? []).filter((finding) => finding.blocking || settingFor(settings, ruleById(finding.ruleId)) !== 'off');
    const silenced = new Set<Finding>();
    for (const directive of file.directives) {
      const targets = findings.filter((finding) => finding.line === directive.targetLine && directive.ruleIds.includes(finding.ruleId));
      for (const finding of targets) if (!finding.blocking) silenced.add(finding);
      const problem = directiveProblem(directive, targets, settings);
      if (problem) findings.push({ ruleId: 'unused-disable', file: file.file, line: directive.line, column: directive.column, message: problem });
    }
    for (const finding of findings) {
      if (silenced.has(finding)) continue;
      const setting = finding.blocking ? 'error' : settingFor(settings, ruleById(finding.ruleId));
      if (setting !== 'off') diagnostics.push({ ...finding, severity: setting });
    }
  }
  return diagnostics.sort(
    (a, b) => compare(a.file, b.file) || a.line - b.line || a.column - b.column || compare(a.ruleId, b.ruleId) || compare(a.message, b.message),
  );
}

/** What is wrong with a directive, given the findings on its target line: nothing, or why it silences nothing. */
function directiveProblem(directive: Directive, targets: readonly Finding[], settings: RuleSettings): string | undefined {
  if (directive.ruleIds.length === 0) {
    return 'lessons-disable-next-line names no rule; write the rule id after it, e.g. "lessons-disable-next-line https-source"';
  }
  const unknown = directive.ruleIds.filter((id) => !isRuleId(id));
  if (unknown.length > 0) {
    const names = unknown.map((id) => `"${id}"`).join(', ');
    return `lessons-disable-next-line names unknown rule${unknown.length === 1 ? '' : 's'} ${names}; "lessons lint --list-rules" lists them`;
  }
  const blocking = targets.find((finding) => finding.blocking);
  if (blocking && targets.every((finding) => finding.blocking)) {
    return `"${blocking.ruleId}" cannot be disabled: the site cannot build this file until line ${directive.targetLine} is fixed`;
  }
  // A rule the config turns off has nothing to silence, and is no reason to complain.
  const idle = directive.ruleIds.filter(
    (id) => isRuleId(id) && settingFor(settings, ruleById(id)) !== 'off' && !targets.some((finding) => finding.ruleId === id),
  );
  if (idle.length === 0) return undefined;
  return `lessons-disable-next-line ${idle.join(', ')} silences nothing on the next line; delete ${idle.length === 1 ? 'it' : 'them'} or move the comment just above the problem`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
