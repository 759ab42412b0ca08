import safeRegex from 'safe-regex2';
import type { Rule } from '../types';

export const triggerRegexSafety: Rule = {
  id: 'trigger-regex-safety',
  severity: 'error',
  message: "A trigger's pattern, context and unless regexes have no nested or overlapping repetition that can backtrack catastrophically.",
  docs: '`lessons review` runs triggers on diffs anyone can write, in CI and in the browser: a regex like `(a+)+` can take hours on one hostile line, as Cloudflare\'s WAF regex took its edge down in 2019. Rewrite without a quantifier inside a quantified group (checked by safe-regex2).',
  checkCase(caseStudy, report) {
    caseStudy.frontmatter.lessons.forEach((lesson, i) => {
      lesson.triggers?.forEach((trigger, j) => {
        const regexes: [readonly PropertyKey[], string][] = [
          [['pattern'], trigger.pattern],
          ...(trigger.context ?? []).map((source, k): [readonly PropertyKey[], string] => [['context', k], source]),
          ...(trigger.unless === undefined ? [] : [[['unless'], trigger.unless] as [readonly PropertyKey[], string]]),
        ];
        for (const [path, source] of regexes) {
          if (!safeRegex(source)) {
            report(
              { field: ['lessons', i, 'triggers', j, ...path] },
              `regex /${source}/ may backtrack catastrophically (a repetition inside a repeated group, or too many repetitions)`,
            );
          }
        }
      });
    });
  },
};
