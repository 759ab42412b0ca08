import type { ReviewResult } from '../review-diff';
import type { TriggerSet } from '../trigger-set';
import { lessonUrl } from './lesson-url';

/** A SARIF rule id per lesson: unique across the corpus, readable in code-scanning UIs. */
export const sarifRuleId = (lesson: { slug: string; lessonId: string }) => `${lesson.slug}/${lesson.lessonId}`;

/** A relative URI for a repository path: each segment percent-encoded, so "#" or "?" in a name stays a name. */
const relativeUri = (file: string) => file.split('/').map(encodeURIComponent).join('/');

/**
 * SARIF 2.1.0 for GitHub code scanning: one run, one rule per lesson that has triggers (so rule indices stay
 * stable whatever the change), one result per match at its file (relative to the repository root), line and
 * UTF-16 column, at level "note": a lesson is a question for the reviewer, not a defect.
 */
export function formatSarif(result: ReviewResult, triggers: TriggerSet, toolVersion: string, options: { siteUrl?: string } = {}): string {
  const lessons = triggers.lessons.map(({ lesson }) => lesson);
  const ruleIndex = new Map(lessons.map((lesson, i) => [sarifRuleId(lesson), i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'lessons-review',
            semanticVersion: toolVersion,
            rules: lessons.map((lesson) => ({
              id: sarifRuleId(lesson),
              name: lesson.lessonId,
              shortDescription: { text: lesson.text },
              fullDescription: { text: `${lesson.text} ${lesson.check}` },
              helpUri: lessonUrl(lesson, options.siteUrl),
              help: { text: `${lesson.check} Precedent: ${lesson.caseTitle}.` },
              defaultConfiguration: { level: 'note' },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The root of the reviewed repository.' } } },
        results: result.findings.flatMap(({ lesson, matches }) =>
          matches.map((match) => ({
            ruleId: sarifRuleId(lesson),
            ruleIndex: ruleIndex.get(sarifRuleId(lesson)) ?? -1,
            level: 'note',
            message: { text: `${match.triggerSummary}: ${lesson.check} (precedent: ${lesson.caseTitle})` },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: relativeUri(match.file), uriBaseId: '%SRCROOT%' },
                  region: { startLine: match.line, startColumn: match.column },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
