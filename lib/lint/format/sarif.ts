import { sarifArtifact, sarifLocation, sarifLog } from '../../sarif';
import { RULES } from '../registry';
import type { LintRun } from '../run-lint';
import type { LintDiagnostic } from '../types';

/**
 * SARIF 2.1.0 for GitHub code scanning and reviewdog: one run, every rule in tool.driver.rules, one result per
 * diagnostic at its artifact (a path relative to the repository root, forward slashes) and 1-based line and column
 * in UTF-16 code units, with safe fixes as replacements.
 */
export function formatSarif(run: LintRun, toolVersion: string): string {
  const ruleIndex = new Map(RULES.map((rule, i) => [rule.id, i]));
  return sarifLog({
    tool: 'lessons-lint',
    version: toolVersion,
    rules: RULES.map((rule) => ({
      id: rule.id,
      shortDescription: { text: rule.message },
      fullDescription: { text: rule.docs },
      help: { text: `${rule.message} ${rule.docs}` },
      defaultConfiguration: { level: rule.severity },
      properties: { fixable: rule.fixable === true },
    })),
    root: 'The folder lessons lint ran in.',
    results: run.diagnostics.map((diagnostic) => result(diagnostic, ruleIndex.get(diagnostic.ruleId) ?? -1)),
  });
}

function result(diagnostic: LintDiagnostic, ruleIndex: number) {
  return {
    ruleId: diagnostic.ruleId,
    ruleIndex,
    level: diagnostic.severity,
    message: { text: diagnostic.field ? `${diagnostic.field}: ${diagnostic.message}` : diagnostic.message },
    locations: [sarifLocation(diagnostic.file, diagnostic.line, diagnostic.column)],
    ...(diagnostic.fix
      ? {
          fixes: [
            {
              description: { text: `Fix ${diagnostic.ruleId}` },
              artifactChanges: [
                {
                  artifactLocation: sarifArtifact(diagnostic.file),
                  replacements: diagnostic.fix.map((edit) => ({
                    deletedRegion: { charOffset: edit.start, charLength: edit.end - edit.start },
                    insertedContent: { text: edit.text },
                  })),
                },
              ],
            },
          ],
        }
      : {}),
  };
}
