import type { Rule } from '../types';

export const unusedCause: Rule = {
  id: 'unused-cause',
  severity: 'warning',
  message: 'Every contributing cause and trigger is cited by at least one lesson.',
  docs: 'Readers jump from a cause to what to do about it; cite the cause from the lesson that addresses it, or add one. (Root causes: see root-cause-without-lesson.)',
  checkCase(caseStudy, report) {
    const cited = new Set(caseStudy.frontmatter.lessons.flatMap((lesson) => lesson.causes));
    caseStudy.frontmatter.causes.forEach((cause, i) => {
      if (cause.role !== 'root' && !cited.has(cause.id)) {
        report(
          { field: ['causes', i, 'id'] },
          `no lesson cites ${cause.role} cause "${cause.id}"; add it to the causes of the lesson that addresses it`,
        );
      }
    });
  },
};
