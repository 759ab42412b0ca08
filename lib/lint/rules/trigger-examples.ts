import { compileLineMatcher } from '../../review/compile-triggers';
import { matchSnippet, snippetLines } from '../../review/match-line';
import type { Rule } from '../types';

export const triggerExamples: Rule = {
  id: 'trigger-examples',
  severity: 'error',
  message: "Each of a trigger's `examples.match` snippets raises it and none of its `examples.miss` snippets does.",
  docs: 'The examples are the trigger\'s tests, run through the same matcher as `lessons review` (the last line of a snippet is the added line, the lines above it its context). Fix the pattern, context or unless, or the example.',
  checkCase(caseStudy, report) {
    caseStudy.frontmatter.lessons.forEach((lesson, i) => {
      lesson.triggers?.forEach((trigger, j) => {
        // The loader has rejected any trigger whose regexes do not compile, so this cannot throw.
        const matcher = compileLineMatcher(trigger);
        trigger.examples.match.forEach((snippet, k) => {
          if (!matchSnippet(matcher, snippet)) {
            report({ field: ['lessons', i, 'triggers', j, 'examples', 'match', k] }, `does not raise trigger "${trigger.id}"; ${why(matcher, snippet)}`);
          }
        });
        trigger.examples.miss.forEach((snippet, k) => {
          const hit = matchSnippet(matcher, snippet);
          if (hit) {
            report(
              { field: ['lessons', i, 'triggers', j, 'examples', 'miss', k] },
              `raises trigger "${trigger.id}" (pattern matches its line ${hit.line} at column ${hit.column}), but a near miss must not`,
            );
          }
        });
      });
    });
  },
};

/** Which part of the trigger turned a snippet down, so the author knows what to fix. */
function why(matcher: ReturnType<typeof compileLineMatcher>, snippet: string): string {
  const last = snippetLines(snippet).at(-1) ?? '';
  if (!matcher.pattern.test(last)) return 'pattern does not match its last line';
  if (matcher.unless?.test(last)) return 'unless matches its last line';
  return 'context does not match, in order, the lines above its last line';
}
