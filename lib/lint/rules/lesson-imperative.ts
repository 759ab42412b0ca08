import { judgeImperative } from '../language/imperative';
import type { Rule } from '../types';

export const lessonImperative: Rule = {
  id: 'lesson-imperative',
  severity: 'warning',
  message: "A lesson's text is one imperative sentence: a command a reader can act on.",
  docs: 'Write "Range-check every narrowing conversion …", not "Conversions should be checked" or "The team forgot …"; a leading clause is fine ("Before reusing a component, …").',
  checkCase(caseStudy, report) {
    caseStudy.frontmatter.lessons.forEach((lesson, i) => {
      const verdict = judgeImperative(lesson.text);
      if (!verdict.ok) report({ field: ['lessons', i, 'text'] }, `lesson "${lesson.id}" ${verdict.reason}`);
    });
  },
};
