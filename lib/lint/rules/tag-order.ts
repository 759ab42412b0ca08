import type { ParsedCaseStudy } from '../../content/parse-case';
import type { Rule, TextEdit } from '../types';

const collator = new Intl.Collator('en', { numeric: true });

export const tagOrder: Rule = {
  id: 'tag-order',
  severity: 'warning',
  message: "A lesson's tags are in alphabetical order, each once.",
  docs: 'One order makes tag lists easy to scan and diffs small; `--fix` sorts them (numbers in order: inquiry-r2 before inquiry-r10).',
  fixable: true,
  checkCase(caseStudy, report) {
    caseStudy.frontmatter.lessons.forEach((lesson, i) => {
      const sorted = [...new Set(lesson.tags)].sort(collator.compare);
      const duplicate = lesson.tags.findIndex((tag, j) => lesson.tags.indexOf(tag) !== j);
      const misplaced = lesson.tags.findIndex((tag, j) => sorted[j] !== tag);
      if (duplicate === -1 && misplaced === -1) return;
      const fix = sortTags(caseStudy, i, sorted);
      if (duplicate !== -1) {
        report({ field: ['lessons', i, 'tags', duplicate] }, `tag "${lesson.tags[duplicate]}" appears twice in lesson "${lesson.id}"; list it once`, fix);
      } else {
        report(
          { field: ['lessons', i, 'tags', misplaced] },
          `tags of lesson "${lesson.id}" are not in alphabetical order; expected [${sorted.join(', ')}]`,
          fix,
        );
      }
    });
  },
};

/**
 * Edits that write the sorted tags in place: a one-line flow list `[a, b]` is rewritten whole; a block list keeps
 * its lines and swaps their items. No edit where that could lose something (comments, repeated items in a block).
 */
function sortTags(caseStudy: ParsedCaseStudy, lesson: number, sorted: readonly string[]): TextEdit[] | undefined {
  const path = ['lessons', lesson, 'tags'];
  const whole = caseStudy.rangeOf(path);
  if (!whole) return undefined;
  const written = caseStudy.source.slice(whole.start, whole.end);
  if (written.includes('#')) return undefined;
  if (written.startsWith('[')) {
    if (written.includes('\n')) return undefined;
    return [{ start: whole.start, end: whole.end, text: `[${sorted.join(', ')}]` }];
  }
  const items = caseStudy.frontmatter.lessons[lesson]?.tags ?? [];
  if (items.length !== sorted.length) return undefined;
  const edits: TextEdit[] = [];
  for (const [j, tag] of sorted.entries()) {
    const range = caseStudy.rangeOf([...path, j]);
    if (!range) return undefined;
    if (items[j] !== tag) edits.push({ start: range.start, end: range.end, text: tag });
  }
  return edits;
}
