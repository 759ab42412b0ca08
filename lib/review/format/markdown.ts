// Browser-safe: the /review page calls formatMarkdown too, and its output must be byte-identical to the CLI's.
import { SITE_NAME } from '../../site';
import type { ReviewResult } from '../review-diff';
import { lessonUrl } from './lesson-url';
import { codeSpan } from './markdown-safe';
import { plural } from '../../plural';

/** Places listed per lesson; the rest are counted, so a sweeping change still makes a readable comment. */
export const MAX_PLACES_PER_LESSON = 10;


export interface MarkdownOptions {
  /** Base of the links to the precedent cases; defaults to SITE_URL. */
  siteUrl?: string;
}

/**
 * A pull-request comment: a heading with the counts, then each triggered lesson as a GitHub task item with its
 * check question, the precedent case, and the changed lines that raised it. Everything taken from the diff
 * (file names, code) goes through `codeSpan`; lesson text comes from the reviewed knowledge base.
 */
export function formatMarkdown(result: ReviewResult, options: MarkdownOptions = {}): string {
  const scope = `${plural(result.filesChanged, 'changed file')}, ${plural(result.linesAdded, 'added line')}`;
  const out: string[] = [];
  if (result.findings.length === 0) {
    out.push(`No lesson from ${SITE_NAME} applies to this change (${scope} reviewed).`);
  } else {
    const cases = new Set(result.findings.map((finding) => finding.lesson.slug)).size;
    out.push(
      `### ${SITE_NAME}: ${plural(result.findings.length, 'lesson')} from ${plural(cases, 'past failure')} may apply to this change`,
      '',
      `Reviewed ${scope}. Each item is a lesson from a real failure that this change resembles: answer its question, then tick it.`,
      '',
    );
    for (const { lesson, matches } of result.findings) {
      out.push(`- [ ] **${lesson.text}** ${lesson.check}`);
      out.push(`  Precedent: [${lesson.caseTitle}](${lessonUrl(lesson, options.siteUrl)})`);
      for (const match of matches.slice(0, MAX_PLACES_PER_LESSON)) {
        out.push(`  - ${codeSpan(`${match.file}:${match.line}`, 200)} ${codeSpan(match.code.trim())} — ${match.triggerSummary}`);
      }
      if (matches.length > MAX_PLACES_PER_LESSON) {
        out.push(`  - and ${plural(matches.length - MAX_PLACES_PER_LESSON, 'more place')}`);
      }
    }
  }
  for (const warning of result.warnings) out.push('', `> Note: ${warning}`);
  return `${out.join('\n')}\n`;
}
