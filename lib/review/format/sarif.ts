import type { ReviewResult } from '../review-diff';
import type { TriggerSet } from '../trigger-set';
import { sarifLocation, sarifLog } from '../../sarif';
import { lessonUrl } from './lesson-url';

/** A SARIF rule id per lesson: unique across the corpus, readable in code-scanning UIs. */
export const sarifRuleId = (lesson: { slug: string; lessonId: string }) => `${lesson.slug}/${lesson.lessonId}`;

/**
 * SARIF 2.1.0 for GitHub code scanning: one run, one rule per lesson that has triggers (so rule indices stay
 * stable whatever the change), one result per match at its file (relative to the repository root), line and
 * UTF-16 column, at level "note": a lesson is a question for the reviewer, not a defect.
 */
export function formatSarif(result: ReviewResult, triggers: TriggerSet, toolVersion: string, options: { siteUrl?: string } = {}): string {
  const lessons = triggers.lessons.map(({ lesson }) => lesson);
  const ruleIndex = new Map(lessons.map((lesson, i) => [sarifRuleId(lesson), i]));
  return sarifLog({
    tool: 'lessons-review',
    version: toolVersion,
    rules: lessons.map((lesson) => ({
      id: sarifRuleId(lesson),
      name: lesson.lessonId,
      shortDescription: { text: lesson.text },
      fullDescription: { text: `${lesson.text} ${lesson.check}` },
      helpUri: lessonUrl(lesson, options.siteUrl),
      help: { text: `${lesson.check} Precedent: ${lesson.caseTitle}.` },
      defaultConfiguration: { level: 'note' },
    })),
    root: 'The root of the reviewed repository.',
    results: result.findings.flatMap(({ lesson, matches }) =>
      matches.map((match) => ({
        ruleId: sarifRuleId(lesson),
        ruleIndex: ruleIndex.get(sarifRuleId(lesson)) ?? -1,
        level: 'note',
        message: { text: `${match.triggerSummary}: ${lesson.check} (precedent: ${lesson.caseTitle})` },
        locations: [sarifLocation(match.file, match.line, match.column)],
      })),
    ),
  });
}
