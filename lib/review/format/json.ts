import type { ReviewResult } from '../review-diff';
import { lessonUrl } from './lesson-url';

/**
 * `lessons review --format json`, a stable shape (bump `version` on any breaking change):
 * { version: 1, filesChanged, linesAdded, warnings: string[],
 *   findings: [{ slug, caseTitle, lessonId, text, check, url,
 *                matches: [{ file, line, column, triggerId, triggerSummary, code }] }] }
 * Lines and columns are 1-based; columns count UTF-16 code units.
 */
export function formatJson(result: ReviewResult, options: { siteUrl?: string } = {}): string {
  return JSON.stringify(
    {
      version: 1,
      filesChanged: result.filesChanged,
      linesAdded: result.linesAdded,
      warnings: result.warnings,
      findings: result.findings.map(({ lesson, matches }) => ({
        slug: lesson.slug,
        caseTitle: lesson.caseTitle,
        lessonId: lesson.lessonId,
        text: lesson.text,
        check: lesson.check,
        url: lessonUrl(lesson, options.siteUrl),
        matches: matches.map(({ file, line, column, triggerId, triggerSummary, code }) => ({
          file,
          line,
          column,
          triggerId,
          triggerSummary,
          code,
        })),
      })),
    },
    null,
    2,
  );
}
